/* classify.h - reason, class and hard_bounce for one record (DESIGN.md §4) */
#ifndef BOUNCED_CLASSIFY_H
#define BOUNCED_CLASSIFY_H

#include <bounced/report.h>

G_BEGIN_DECLS

/*
 * bd_classify_record - decide rec->reason, rec->klass, rec->hard_bounce and
 * rec->rule from its action, status, reply_code, diagnostic and smtp_command,
 * in the order of DESIGN.md §4; fills rec->status with an inferred code when
 * none was found.  mta is the detected family of the bounce (may be NULL).
 * Records the winning rule with bd_record_explain.
 */
void bd_classify_record(bd_record *rec, const char *mta);

/* bd_reason_class - the class of a reason word ("userunknown" → hard), UNKNOWN when not a reason */
bd_class bd_reason_class(const char *reason);

/*
 * bd_feedback_class - the class of a feedback report of type feedback_type
 * (RFC 5965, lower case, may be NULL): COMPLAINT for a recipient's complaint or
 * opt-out (abuse, fraud, opt-out, other, unknown types); BLOCK for reports of
 * the sender's own fault (RFC 6591 auth-failure, virus); UNKNOWN for not-spam,
 * which is the recipient asking for the mail and must never suppress.
 */
bd_class bd_feedback_class(const char *feedback_type);

/* bd_reason_is_known - TRUE when reason is one of the words of DESIGN.md §4 */
gboolean bd_reason_is_known(const char *reason);

G_END_DECLS

#endif
