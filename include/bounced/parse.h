/* parse.h - bytes in, bd_report out: the parser's entry point */
#ifndef BOUNCED_PARSE_H
#define BOUNCED_PARSE_H

#include <stddef.h>
#include <bounced/report.h>

G_BEGIN_DECLS

/* The SMTP/LMTP envelope a message arrived with; every member may be NULL/0. */
typedef struct bd_envelope {
	const char *mail_from;
	const char *const *rcpt_to;
	size_t n_rcpt_to;
} bd_envelope;

/* Limits on hostile input; a value of 0 means the built-in default. */
#define BD_PARSE_MAX_MESSAGE_SIZE (64u * 1024 * 1024) /* bytes parsed at most */
#define BD_PARSE_MAX_DEPTH 32                         /* MIME nesting followed at most */
#define BD_PARSE_MAX_PARTS 512                        /* MIME parts looked at at most */
#define BD_PARSE_MAX_RECORDS 1000                     /* records per message at most */
#define BD_PARSE_MAX_TEXT (1024u * 1024)              /* bytes of body text scraped at most */
#define BD_PARSE_MAX_HEADER_LINES 50000               /* header lines handed to GMime at most */
#define BD_PARSE_MAX_HEADER_BYTES (256u * 1024)       /* longest header handed to GMime */

typedef struct bd_parse_options {
	/* NULL-terminated header names kept from the original message as
	 * campaign headers; NULL means { "X-Campaign-Id", NULL }. */
	const char *const *campaign_headers;
	size_t max_message_size;
	unsigned max_depth;
	unsigned max_parts;
} bd_parse_options;

/* bd_parse_init - initialise GMime once; safe to call from any thread, any number of times */
void bd_parse_init(void);

/*
 * bd_parse - parse one message.  Pure: no I/O, no shared state, safe on
 * several threads at once.  env and opts may be NULL.  Never returns NULL:
 * input that cannot be parsed gives kind none with report->error set.
 */
bd_report *bd_parse(const char *data, size_t len, const bd_envelope *env,
                    const bd_parse_options *opts);

G_END_DECLS

#endif
