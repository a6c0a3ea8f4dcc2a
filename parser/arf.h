/* arf.h - RFC 5965 feedback reports (and the common non-ARF complaint forms) */
#ifndef BOUNCED_ARF_H
#define BOUNCED_ARF_H

#include <stddef.h>
#include <bounced/report.h>

/* Where a report's recipient may come from when its fields do not name it (borrowed). */
typedef struct arf_fallback {
	const char *original_to;  /* the returned message's To: addresses, comma-separated */
	const char *return_path;  /* the returned message's Return-Path */
	const char *hotmail_rcpt; /* the returned message's X-HmXmrOriginalRecipient (JMRP) */
} arf_fallback;

/* How far into the notification text the ARF sentence is looked for. */
#define ARF_MARKER_SCAN 4096

/*
 * arf_parse - read the fields of a message/feedback-report part and append
 * its records: one per usable Original-Rcpt-To, else one from
 * Removal-Recipient or arf_fallback_recipient (possibly without recipient).
 * Feedback type kept, reason feedback, class by bd_feedback_class.  Fills
 * report->arrival_date and reporting_mta when still empty.  Returns the number
 * of records added.
 */
int arf_parse(const char *text, size_t len, const arf_fallback *fb, bd_report *report);

/*
 * arf_fallback_recipient - the complained-about address from the returned
 * message (Microsoft's X-HmXmrOriginalRecipient, single To:, VERP of mail_from or of the
 * Return-Path, first To:), never a redaction placeholder; newly allocated or NULL, *rule_r names
 * the source.  fb and mail_from may be NULL.
 */
char *arf_fallback_recipient(const arf_fallback *fb, const char *mail_from, const char **rule_r);

/* arf_abuse_report_text - the abuse-report opener ("This is an email abuse report", SpamCop's
 * banner …) found in the first ARF_MARKER_SCAN bytes, lower case (static), or NULL */
const char *arf_abuse_report_text(const char *body, size_t len);

/* arf_record - append a feedback record for recipient (may be NULL) with type and rule id */
void arf_record(bd_report *report, const char *recipient, const char *feedback_type,
                const char *rule, const char *matched);

#endif
