/* report.h - the data model of a parsed bounce (DESIGN.md §3) */
#ifndef BOUNCED_REPORT_H
#define BOUNCED_REPORT_H

#include <glib.h>

G_BEGIN_DECLS

/* What kind of message the parser found. */
typedef enum bd_kind {
	BD_KIND_NONE = 0,  /* not a bounce */
	BD_KIND_DSN,       /* an RFC 3464 delivery-status part was found */
	BD_KIND_SCRAPED,   /* a free-text NDR */
	BD_KIND_ARF,       /* an RFC 5965 feedback report */
	BD_KIND_AUTOREPLY, /* an RFC 3834 auto-reply / vacation message */
} bd_kind;

/* What a record means for the recipient address (DESIGN.md §4). */
typedef enum bd_class {
	BD_CLASS_UNKNOWN = 0,
	BD_CLASS_HARD,
	BD_CLASS_SOFT,
	BD_CLASS_BLOCK,
	BD_CLASS_COMPLAINT,
	BD_CLASS_DELAY,
	BD_CLASS_AUTOREPLY,
	BD_CLASS_SUCCESS,
} bd_class;

/*
 * One failed (or reported) recipient.  Every string is owned by the record
 * (g_malloc'd, UTF-8) and may be NULL when unknown.
 */
typedef struct bd_record {
	char *recipient;          /* final recipient, domain lower-cased */
	char *original_recipient; /* Original-Recipient, when given */
	char *action;             /* failed, delayed, delivered, relayed, expanded */
	char *status;             /* enhanced status code "5.1.1" (found or inferred) */
	char *reply_code;         /* three-digit SMTP reply code "550" */
	char *reason;             /* one word of DESIGN.md §4 */
	bd_class klass;           /* the class of the reason */
	gboolean hard_bounce;     /* true only when the address itself is dead */
	char *diagnostic;         /* remote server's text, unfolded */
	char *remote_mta;         /* who refused */
	char *smtp_command;       /* MAIL, RCPT, DATA, … when known */
	char *feedback_type;      /* ARF feedback type */
	char *rule;               /* id of the rule that decided reason */
	char *last_attempt_date;  /* DSN Last-Attempt-Date */
	char *will_retry_until;   /* DSN Will-Retry-Until */
	char *diagnostic_type; /* type of the DSN Diagnostic-Code ("smtp", "x-unix"), lower case */
	char *status_comment;  /* comment of the DSN Status field ("mailbox disabled, ...") */
	char *bounce_category; /* the reporting MTA's own category of the failure, as
	                        * "vendor:category" ("powermta:bad-mailbox"), lower case */
	char *context;      /* text outside the recipient's own diagnostic that may name the cause,
	                     * read only when that diagnostic names none: one "origin\ttext" piece a
	                     * line, nearest first (above-reply, heading, preamble; docs/scraping.md) */
	GPtrArray *explain; /* char *: "field: rule-id: matched text", for --explain */
} bd_record;

/* A header kept from the original message (configured campaign headers). */
typedef struct bd_header {
	char *name;
	char *value;
} bd_header;

/* One parsed message.  Owns everything it points to. */
typedef struct bd_report {
	bd_kind kind;
	char *error; /* why the message could not be (fully) parsed, or NULL */
	char *mta;   /* family of the MTA/provider that wrote it ("postfix", …) */

	/* the bounce message itself */
	char *message_id;
	char *from;
	char *subject;
	char *date;

	/* RFC 3464 per-message fields */
	char *reporting_mta;
	char *received_from_mta;
	char *arrival_date;
	char *original_envelope_id;

	/* the original (bounced) message */
	char *original_message_id;
	char *original_from;
	char *original_to;
	char *original_subject;
	char *original_date;
	char *original_list_id;
	GPtrArray *campaign; /* bd_header * */

	/* the envelope the bounce arrived with (daemon / import) */
	char *mail_from;
	GPtrArray *rcpt_to;   /* char * */
	char *verp_recipient; /* decoded from an RCPT like bounce+alice=example.org@… */

	GPtrArray *records; /* bd_record * */
} bd_report;

/* bd_report_new - an empty report of kind none */
bd_report *bd_report_new(void);
/* bd_report_free - free a report and set *report to NULL */
void bd_report_free(bd_report **report);
/* bd_record_new - an empty record; add it with bd_report_add_record */
bd_record *bd_record_new(void);
/* bd_record_free - free a record and set *record to NULL */
void bd_record_free(bd_record **record);
/* bd_report_add_record - append rec to the report, which takes ownership */
void bd_report_add_record(bd_report *report, bd_record *rec);
/* bd_record_explain - note which rule decided a field and the text it matched */
void bd_record_explain(bd_record *rec, const char *field, const char *rule, const char *matched);
/* bd_set_str - replace *dst with a copy of src (NULL allowed) */
void bd_set_str(char **dst, const char *src);

/* bd_kind_name, bd_class_name - the public names ("dsn", "hard", …) */
const char *bd_kind_name(bd_kind kind);
const char *bd_class_name(bd_class klass);
/* bd_class_from_name - parse a class name; FALSE when unknown */
gboolean bd_class_from_name(const char *name, bd_class *klass_r);

/*
 * bd_report_to_json - one JSON object on one line (no trailing newline) as
 * DESIGN.md §3 describes; file may be NULL.  Returns a newly allocated string.
 */
char *bd_report_to_json(const bd_report *report, const char *file);

/* bd_record_append_json_members - append the record's fields as JSON members
 * ("name":value, a comma first unless *first) to out, for front ends that wrap them */
void bd_record_append_json_members(GString *out, gboolean *first, const bd_record *rec);

G_END_DECLS

#endif
