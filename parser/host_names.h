/* host_names.h - host names inside a diagnostic: names, not words of a cause */
#ifndef BOUNCED_HOST_NAMES_H
#define BOUNCED_HOST_NAMES_H

#include <glib.h>

/*
 * host_names_mark - number in ids[0..len) the host name each byte of the lower-cased text
 * belongs to (0: none) and return how many there are.  A host name is a run of letters,
 * digits, '-' and '.' holding at least two dots, each between two label characters, whose
 * last label is two to six letters or a reserved name ("mx.antispam.dest.example",
 * "virusgate.isp.net"); "full.please", "v2.5.1", "e.g." and Exchange's
 * "resolver.adr.recipientnotfound" are none, nor is a link's host ("://…", "www.…").  Linear in
 * len; at most 65535 are numbered.
 */
guint host_names_mark(const char *text, gsize len, guint16 *ids);

/*
 * host_names_only - does phrase occur in text[0..len), and every time inside one host name
 * as part of a label ("spam" in "mx.antispam.dest.example", ids from host_names_mark)?
 * FALSE for a phrase that holds a dot or an '@', or that is a whole label once: those name
 * a host or its owner on purpose ("spamhaus.org", "zen.spamhaus.org").
 */
gboolean host_names_only(const char *text, gsize len, const guint16 *ids, const char *phrase);

/* host_names_blank - overwrite, in place, every byte of buf[0..len) inside a host name */
void host_names_blank(char *buf, gsize len, const guint16 *ids);

#endif
