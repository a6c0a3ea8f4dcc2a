/* address.h - e-mail address normalisation and VERP decoding, shared by parser and store */
#ifndef BOUNCED_ADDRESS_H
#define BOUNCED_ADDRESS_H

#include <glib.h>

G_BEGIN_DECLS

/*
 * bd_address_normalize - the canonical form of one address, or NULL when raw
 * is not an address: surrounding space, angle brackets, "rfc822;"/"utf-8;"
 * prefixes, a quoted local part that needs no quotes, and trailing dots are
 * removed; the domain is lower-cased and IDN domains are converted to ASCII
 * (punycode).  The local part keeps its case.  Newly allocated.
 */
char *bd_address_normalize(const char *raw);

/* bd_address_key - the lookup key: bd_address_normalize, then all lower case; NULL if invalid */
char *bd_address_key(const char *raw);

/* bd_address_domain - pointer to the domain inside a normalised address (not a copy), or NULL */
const char *bd_address_domain(const char *address);

/*
 * bd_verp_decode - the recipient encoded in a VERP envelope address such as
 * bounce+alice=example.org@lists.example.com (→ alice@example.org), or NULL
 * when the local part carries none.  Newly allocated, normalised.
 */
char *bd_verp_decode(const char *envelope_rcpt);

/*
 * bd_address_redacted - TRUE when address is a placeholder a feedback loop put
 * where the recipient was ("redacted@example.net", "[redacted]@example.com",
 * "xxxxxx@example.com", "*****@example.com"): it names nobody and must never be
 * suppressed.
 */
gboolean bd_address_redacted(const char *address);

G_END_DECLS

#endif
