/* autoreply.h - RFC 3834 auto-replies and vacation notices */
#ifndef BOUNCED_AUTOREPLY_H
#define BOUNCED_AUTOREPLY_H

#include <gmime/gmime.h>

/*
 * autoreply_detect - TRUE when the top-level headers of msg mark it as an
 * auto-reply (Auto-Submitted: auto-replied, X-Autoreply, X-Autorespond,
 * Precedence: auto_reply, a vacation subject) and it is not a delivery
 * failure from a mailer daemon.  *why_r points to a static description of
 * the rule that matched.
 */
gboolean autoreply_detect(GMimeMessage *msg, const char **rule_r, const char **why_r);

/* autoreply_from_daemon - TRUE when the sender looks like a mailer daemon / postmaster */
gboolean autoreply_from_daemon(const char *from);

#endif
