/* status.h - tables of SMTP reply codes (RFC 5321) and enhanced status codes (RFC 3463) */
#ifndef BOUNCED_STATUS_H
#define BOUNCED_STATUS_H

#include <glib.h>

G_BEGIN_DECLS

/*
 * How far a code alone decides the reason.  A STRONG code names one cause
 * (5.1.1: no such mailbox); a WEAK one only narrows it (5.7.1: "not
 * authorized" covers spam, policy, PTR and more), so diagnostic text is
 * consulted before it.
 */
typedef enum status_strength {
	STATUS_WEAK = 0,
	STATUS_STRONG,
} status_strength;

/* One enhanced status code: "1.1" (any class) or "4.4.1" (one class only). */
typedef struct status_code {
	const char *code;
	const char *reason; /* NULL: says nothing about the reason */
	status_strength strength;
	const char *meaning;
} status_code;

/* One basic reply code of RFC 5321 or of a vendor. */
typedef struct status_reply {
	int code;
	const char *reason; /* NULL: says nothing about the reason */
	const char *meaning;
} status_reply;

/* status_code_valid - TRUE when s is "C.SSS.DDD" with C in 2/4/5 (RFC 3463 §2) */
gboolean status_code_valid(const char *s);

/*
 * status_code_lookup - the table entry for an enhanced status code, trying
 * the class-specific entry first ("4.4.1"), then "subject.detail"; NULL when
 * the code is unknown.  Returns a pointer into a static table.
 */
const status_code *status_code_lookup(const char *status);

/* status_reply_lookup - the table entry for a reply code ("550"), NULL when unknown */
const status_reply *status_reply_lookup(const char *reply);

/* status_code_table, status_reply_table - the whole tables (for tests) */
const status_code *status_code_table(gsize *n_r);
const status_reply *status_reply_table(gsize *n_r);

/*
 * status_find_code - find the last enhanced status code in text (the
 * innermost reply: "5.2.2" in "5.1.0 - Unknown address error 550-'5.2.2
 * <a@b>... Mailbox Full'"); copies it to buf and returns TRUE.  Linear in len.
 */
gboolean status_find_code(const char *text, gsize len, char *buf, gsize bufsize);

/*
 * status_is_version - TRUE when the code at text + at, whose detail is detail[0..detail_len),
 * is a version number and no status: RFC 3463 defines only X.0.0 in subject 0, so X.0.D
 * ("fml 4.0.3") counts only right after a reply code and a space or '-' (Exchange's
 * "550 5.0.350")
 */
gboolean status_is_version(const char *text, gsize at, const char *detail, gsize detail_len);

G_END_DECLS

#endif
