/* scrape_rules.h - the data that drives the free-text scrapers: one family per MTA or provider */
#ifndef BOUNCED_SCRAPE_RULES_H
#define BOUNCED_SCRAPE_RULES_H

#include <stddef.h>

/* Where a detection marker is looked for.  Every marker text is lower case. */
typedef enum scrape_where {
	SCRAPE_IN_FROM = 1, /* From: of the bounce */
	SCRAPE_IN_SUBJECT,  /* Subject: of the bounce */
	SCRAPE_IN_HEADERS,  /* all top-level headers (X-Mailer, Received, boundaries …) */
	SCRAPE_IN_BODY,     /* the first SCRAPE_DETECT_BYTES of the notification text */
	SCRAPE_IN_STATUS,   /* the first SCRAPE_DETECT_BYTES of the delivery-status fields */
} scrape_where;

/*
 * One detection marker: the family wrote the bounce when text (and also, if set) occur in
 * where.  A text starting with '^' must start a line, unindented: the notice's own template
 * line, not the same words inside a remote reply that the notice quotes.
 */
typedef struct scrape_marker {
	scrape_where where;
	const char *text;
	const char *also;
} scrape_marker;

/*
 * What a rule row does.  text is lower case and matched as a substring of the
 * lower-cased line (PREFIX kinds: at the start of the trimmed line).
 */
typedef enum scrape_rule_kind {
	SCRAPE_R_START = 1,    /* the failure section starts after the first line holding text */
	SCRAPE_R_END,          /* the failure section ends at a line holding text */
	SCRAPE_R_END_PREFIX,   /* … or at a line starting with text (a returned message inline) */
	SCRAPE_R_RCPT_PREFIX,  /* a line starting with text is followed by a recipient address */
	SCRAPE_R_RCPT_AFTER,   /* the first address after text on a line is a recipient */
	SCRAPE_R_SKIP,         /* a line holding text is boilerplate, kept out of the diagnostic */
	SCRAPE_R_SKIP_LINE,    /* a line that is exactly text (trimmed) is boilerplate */
	SCRAPE_R_COMMAND,      /* text in a recipient's block names the SMTP command value */
	SCRAPE_R_COMMAND_ELSE, /* … the value, when no COMMAND row matches (a reply to no command)
	                        */
	SCRAPE_R_HOST_AFTER,   /* the word after text is the remote host */
	SCRAPE_R_HOST_BEFORE,  /* the word before text is the remote host */
	SCRAPE_R_DELAY,        /* text in the subject or the section: only a delay warning */
	SCRAPE_R_BREAK,        /* a line holding text closes the current recipient's text */
	SCRAPE_R_HOST_SECTION, /* a line holding text opens a transcript part about one host:
	                        * the word after text is the remote host of every recipient
	                        * named below it, up to the next such line */
	SCRAPE_R_REPLY,        /* a line holding text quotes the remote server's reply after
	                        * text: it is the diagnostic, not the prose around it */
	SCRAPE_R_RCPT_REPLACE, /* a line starting with text names, in the address after it,
	                        * the recipient the open one stands for ("Original address:"
	                        * under a rewritten or source-routed "Recipient address:"):
	                        * it replaces the open recipient, or opens one when the
	                        * recipient line before it held no readable address */
	SCRAPE_R_PERMANENT,    /* text in the section: the notice also reports addresses that
	                        * failed for good (a delay warning with permanent failures) */
	SCRAPE_R_RCPT_BEFORE,  /* text in the words after an address that starts a line
	                        * (SCRAPE_F_ADDR_LINES) says that address failed: "<a@b>:
	                        * mailbox is full" names a recipient as a phrase row does */
	SCRAPE_R_NOT_DELAY,    /* text in the subject or the section: the sender stopped
	                        * retrying, so no DELAY row makes it a delay warning
	                        * (delay_phrases.c) */
	SCRAPE_R_KINDS         /* (the number of kinds) */
} scrape_rule_kind;

/* One rule row; id names it in explanations as "scrape.<family>.<id>". */
/* scrape_rule.value of a RCPT_PREFIX row whose address must be no contact of the notice's own */
#define SCRAPE_RCPT_OTHER "other"

typedef struct scrape_rule {
	scrape_rule_kind kind;
	const char *text;
	const char *value; /* SCRAPE_R_COMMAND: the command; SCRAPE_RCPT_OTHER; otherwise NULL */
	const char *id;
} scrape_rule;

/* How a family's text is laid out (scrape_family.flags). */
enum {
	SCRAPE_F_ADDR_LINES = 1u << 0,     /* a line starting with an address opens a recipient */
	SCRAPE_F_SENDMAIL_LINES = 1u << 1, /* "550 <addr>... text" lines are recipients */
	SCRAPE_F_CONTEXT_BEFORE = 1u << 2, /* the text about a recipient comes before its address */
	SCRAPE_F_FAILED_HEADER = 1u << 3,  /* recipients come from X-Failed-Recipients */
	SCRAPE_F_RETURNED_TO = 1u << 4,    /* no recipient in the text: use the returned To: */
	SCRAPE_F_NEED_CODE = 1u << 5,      /* only blocks with a code or a recipient phrase count */
	SCRAPE_F_SES_JSON = 1u << 6,       /* Amazon SES notifications in JSON */
	SCRAPE_F_CONTEXT_ALSO = 1u << 7, /* the section's opening lines belong to every recipient */
	SCRAPE_F_WHOLE_BODY =
	    1u << 8, /* START rows only tell a failure notice; reading starts at the top */
	SCRAPE_F_REPLY_NAMES =
	    1u << 9, /* before any recipient, a reply naming an address opens that recipient */
};

#define SCRAPE_MAX_TABLES 4

/* A family: who wrote the bounce, how to recognise it, and how to read it. */
typedef struct scrape_family {
	const char *name;                            /* report->mta */
	const scrape_marker *detect;                 /* NULL-text terminated; any one matches */
	const scrape_rule *rules[SCRAPE_MAX_TABLES]; /* NULL terminated list of tables */
	unsigned flags;
} scrape_family;

/* The families in detection order (more specific first), and their count. */
extern const scrape_family scrape_families[];
extern const size_t scrape_n_families;

/* Rows every family uses after its own (end markers, commands, hosts, delays). */
extern const scrape_rule scrape_common_rules[];

/* The fall-back for bounces of an unknown MTA, and what makes a message look like one. */
extern const scrape_family scrape_generic_family;
extern const scrape_marker scrape_bounce_markers[];
/* What says a notice reports a success (a relay or delivery notice): when no failure section
 * opens, its addresses are no failed recipients. */
extern const scrape_marker scrape_success_markers[];

/* What says a list heading ("Delivered successfully to:") heads recipients the message
 * reached, lower case, NULL-terminated; scrape_delivered_negations rule a heading out
 * ("could not be delivered to:") */
extern const char *const scrape_delivered_headings[];
extern const char *const scrape_delivered_negations[];
/* What an item's own text (no failure code in it) says when its recipient was reached
 * ("accepted message.", "Delivered to local mailbox."), lower case, NULL-terminated */
extern const char *const scrape_delivered_items[];

#endif
