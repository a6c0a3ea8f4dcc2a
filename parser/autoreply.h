/* autoreply.h - RFC 3834 auto-replies and vacation notices */
#ifndef BOUNCED_AUTOREPLY_H
#define BOUNCED_AUTOREPLY_H

#include <gmime/gmime.h>
#include "tophdr.h"

/* How far into the reply's text a challenge or a help desk's acknowledgement is looked for. */
#define AUTOREPLY_BODY_SCAN 2048

/*
 * autoreply_detect - TRUE when the top-level headers (top) mark the message as an
 * auto-reply (Auto-Submitted: auto-replied, X-Autoreply, X-Autorespond,
 * Precedence: auto_reply, a vacation subject), or its own text (body, LF line
 * ends, the first AUTOREPLY_BODY_SCAN bytes, quoted lines skipped) is a
 * challenge-response request or, under Auto-Submitted: auto-generated, a help
 * desk's acknowledgement, and it is not a delivery failure from a mailer
 * daemon, a report or list mail (the text and subject rules).  *why_r points
 * to the header, subject or phrase that matched.  part is the message's
 * top-level MIME part (a multipart/report is never an auto-reply), or NULL.
 */
gboolean autoreply_detect(GMimeObject *part, tophdr *top, const char *body, size_t len,
                          const char **rule_r, const char **why_r);

/* autoreply_from_daemon - TRUE when the sender looks like a mailer daemon / postmaster */
gboolean autoreply_from_daemon(const char *from);

/* How far into the reply's text the moved wording is looked for, and how much of it is kept. */
#define AUTOREPLY_MOVED_SCAN 4096
#define AUTOREPLY_MOVED_KEEP 512

/*
 * autoreply_moved - when the text of an auto-reply (LF line ends) says the
 * person left or the address was replaced ("no longer with the company", "my
 * e-mail address has changed"), newly allocated text, else
 * NULL.  Quoted lines ("> …") are skipped; only the first
 * AUTOREPLY_MOVED_SCAN bytes are read.  Returns the reply's text (white space
 * collapsed, at most AUTOREPLY_MOVED_KEEP bytes): it names the new address.
 */
char *autoreply_moved(const char *body, size_t len);

/* One phrase list of the auto-reply reader: any phrase found in the lower-cased text matches. */
typedef struct autoreply_phrase_list {
	const char *name;
	const char *const *phrases;
	size_t n;
} autoreply_phrase_list;

/* autoreply_phrase_lists - every phrase list the reader matches, *n of them (for the tests) */
const autoreply_phrase_list *autoreply_phrase_lists(size_t *n);

#endif
