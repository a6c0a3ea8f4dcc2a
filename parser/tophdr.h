/* tophdr.h - the top-level headers of a bounce, from GMime or from the lines it was not given */
#ifndef BOUNCED_TOPHDR_H
#define BOUNCED_TOPHDR_H

#include <stddef.h>
#include <gmime/gmime.h>

/*
 * The top-level (non Content-*) headers that bd_parse reads by name.  When
 * the prescan left them all out of what GMime parses (prescan_run_hiding),
 * they are added here as raw lines and answered the way GMime would answer:
 * the first header of the name, its value unfolded and RFC 2047-decoded.
 * With no line added, every question goes to the GMime object.
 */
typedef struct tophdr tophdr;

/* tophdr_new - headers read from obj (borrowed, must outlive the result) until lines are added */
tophdr *tophdr_new(GMimeObject *obj);

/* tophdr_add - add a header: name (without the colon) and raw value (after it, with line ends) */
void tophdr_add(tophdr *t, const char *name, size_t name_len, const char *raw, size_t raw_len);

/* tophdr_get - the decoded value of the first header called name, or NULL; owned by t */
const char *tophdr_get(tophdr *t, const char *name);

/* tophdr_get_utf8 - text_header_get_utf8 of the header called name; newly allocated or NULL */
char *tophdr_get_utf8(tophdr *t, const char *name);

/* tophdr_get_raw - the raw (still encoded, folded) value of the first header called name, or
 * NULL; borrowed */
const char *tophdr_get_raw(tophdr *t, const char *name);

/*
 * tophdr_unfold - what g_mime_utils_header_unfold returns for raw (newly
 * allocated), without its table lookup per byte: no ' ', '\t', '\r' or '\n'
 * at either end, no '\r' or '\n' inside (check_tophdr compares the two)
 */
char *tophdr_unfold(const char *raw);

/* tophdr_free - free t and set it to NULL */
void tophdr_free(tophdr **t);

#endif
