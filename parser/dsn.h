/* dsn.h - RFC 3464 / RFC 6533 delivery-status fields into report and records */
#ifndef BOUNCED_DSN_H
#define BOUNCED_DSN_H

#include <stddef.h>
#include <bounced/report.h>

/*
 * dsn_parse - read the delivery-status fields in text (LF line ends): fill
 * the per-message fields of report that are still empty and append one
 * record per recipient group.  With strict FALSE (a status block pasted
 * into a text part, perhaps indented), a group counts only when it names a
 * recipient and carries an Action, Status or Diagnostic-Code; with strict
 * TRUE a line that is no field continues the Diagnostic-Code above it.
 * Records are not classified.  Returns the number of records added.
 */
int dsn_parse(const char *text, size_t len, gboolean strict, bd_report *report);

/*
 * dsn_looks_like - TRUE when text carries a Final-/Original-Recipient field and
 * an Action or Status, at line start or indented by at most 16 blanks
 */
gboolean dsn_looks_like(const char *text, size_t len);

/*
 * dsn_find_status - the first (or with last, the last) enhanced status code
 * "c.s.d" (class 2, 4 or 5) in text, newly allocated, or NULL.  Linear.
 */
char *dsn_find_status(const char *text, gboolean last);

/* dsn_find_reply - the first (or last) SMTP reply code ("550") in text, newly allocated, or NULL */
char *dsn_find_reply(const char *text, gboolean last);

/*
 * dsn_find_pair - the last reply code directly followed by an enhanced status
 * ("550 5.1.1", "550-'5.2.2") in text: both newly allocated into *reply_r and
 * *status_r; with want set ('4'), only a reply of that class counts.  FALSE (both
 * NULL) when there is none.
 */
gboolean dsn_find_pair(const char *text, char want, char **reply_r, char **status_r);

#endif
