/* scrape_engine.h - the table-driven reader of free-text bounces shared by every family */
#ifndef BOUNCED_SCRAPE_ENGINE_H
#define BOUNCED_SCRAPE_ENGINE_H

#include <glib.h>
#include "scrape_rules.h"
#include "scrape_text.h"

/* Limits on what one message costs, whatever its text. */
#define SCRAPE_MAX_LINES 5000      /* lines of notification text looked at */
#define SCRAPE_MAX_LINE 4096       /* bytes of one line matched against the rules */
#define SCRAPE_MAX_SEGMENT 8192    /* bytes of text kept about one recipient */
#define SCRAPE_MAX_DIAGNOSTIC 1000 /* bytes of an unfolded diagnostic */
#define SCRAPE_DETECT_BYTES 4096   /* bytes of body searched for detection markers */
#define SCRAPE_MAX_FOUND 1000      /* recipients per message (BD_PARSE_MAX_RECORDS) */
#define SCRAPE_STATUS_MAX 12       /* bytes of an enhanced status code ("5.7.123") and its NUL */
#define SCRAPE_MAX_HEADING 200     /* bytes of a line that may head a list ("Mailbox full:") */
#define SCRAPE_CONTEXT_LINES 4     /* lines with text in one piece of context */
#define SCRAPE_CONTEXT_BYTES 600   /* bytes of one piece of context */

/* The notification as the engine reads it; everything is borrowed from the caller. */
typedef struct scrape_doc {
	const char *body;       /* UTF-8 text, LF line ends, capped */
	const char *body_lower; /* the same, ASCII lower-cased (same offsets) */
	size_t body_len;
	GArray *lines; /* scrape_line of body */
	const char *subject_lower;
	const char *sender;  /* lower-cased From: of the returned message, or NULL */
	const char *bouncer; /* lower-cased address in the bounce's own From:, or NULL */
} scrape_doc;

/* What the text says about one recipient; rule ids say which row found each field. */
typedef struct scrape_found {
	char *address; /* as printed, not normalised */
	char *reply_code;
	char *status;
	char *diagnostic;
	char *remote_mta;
	char *smtp_command;
	char *feedback_type; /* complaints (Amazon SES notifications) */
	char *context;       /* text outside the recipient's own diagnostic that may name the cause:
	                      * "origin\ttext\n" pieces, nearest first (bd_record.context) */
	const char *action;  /* NULL: "failed", or "delayed" for delay warnings */
	const char *rcpt_rule; /* rule ids (static strings) for bd_record_explain */
	const char *command_rule;
	const char *host_rule;
	gboolean from_phrase; /* found by a RCPT_PREFIX/RCPT_AFTER row, not by layout */
	gboolean delivered;   /* listed only under a heading that says the list was reached */
} scrape_found;

/* scrape_found_free - free one scrape_found (GDestroyNotify) */
void scrape_found_free(gpointer p);

/*
 * What the whole failure section says (for recipients taken from headers, and
 * a single recipient whose own lines carry no code).  Most messages never ask:
 * its fields are worked out on the first call of scrape_section_found.
 */
typedef struct scrape_section scrape_section;

/*
 * scrape_engine_run - read the failure section of doc with fam's rules and
 * return one scrape_found per distinct recipient, in order of appearance
 * (owned by the returned array).  *section_r receives the section, to be
 * freed with scrape_section_free before doc is.  *end_r is the body offset
 * where the section ended (a returned message printed inline starts there).
 * Linear in the text.
 */
GPtrArray *scrape_engine_run(const scrape_family *fam, const scrape_doc *doc,
                             scrape_section **section_r, size_t *end_r);

/* scrape_section_found - the section's fields as a scrape_found with no address (owned by s) */
const scrape_found *scrape_section_found(scrape_section *s);

/* scrape_section_opened - did a START row open the section? */
gboolean scrape_section_opened(const scrape_section *s);

/* scrape_section_delayed - does a delay row match the subject or the section? */
gboolean scrape_section_delayed(scrape_section *s);

/* scrape_section_permanent - does a PERMANENT row match the section? */
gboolean scrape_section_permanent(scrape_section *s);

/* scrape_section_free - free what scrape_engine_run kept of the section */
void scrape_section_free(scrape_section *s);

/*
 * scrape_engine_command - the SMTP command fam's rows find in text (a DSN's
 * own Diagnostic-Code: "... (in reply to RCPT TO command)"), or NULL; the
 * matching row in *rule_r
 */
const char *scrape_engine_command(const scrape_family *fam, const char *text,
                                  const scrape_rule **rule_r);

/* scrape_rule_id - the explanation id "scrape.<family>.<id>" (newly allocated) */
char *scrape_rule_id(const scrape_family *fam, const char *id);

#endif
