/* scrape_text.h - linear-time text helpers for the free-text scrapers: addresses, codes, lines */
#ifndef BOUNCED_SCRAPE_TEXT_H
#define BOUNCED_SCRAPE_TEXT_H

#include <stddef.h>
#include <glib.h>

/* The longest address part looked at; anything longer is not an address. */
#define SCRAPE_MAX_LOCAL 128
#define SCRAPE_MAX_DOMAIN 255

/* One line of a text: a pointer into the text (not a copy) and its length without the LF. */
typedef struct scrape_line {
	const char *p;
	size_t len;
} scrape_line;

/*
 * scrape_address_find - the first address in s[0..len): its start and end
 * offsets.  Returns FALSE when there is none.  Linear in len.
 */
gboolean scrape_address_find(const char *s, size_t len, size_t *start_r, size_t *end_r);

/*
 * scrape_address_lead - an address right at the start of s (after an
 * optional '<', '"' or '\''): its offsets, and in *after_r the offset just
 * past it and its closing bracket or quote.  FALSE when s does not start
 * with an address.
 */
gboolean scrape_address_lead(const char *s, size_t len, size_t *start_r, size_t *end_r,
                             size_t *after_r);

/* Rank of a reply code found by scrape_reply_find: higher is more certain. */
enum {
	SCRAPE_CODE_NONE = 0,
	SCRAPE_CODE_LOOSE,  /* three digits between separators */
	SCRAPE_CODE_PLACED, /* at a line start or after "said:", "; ", "[" … */
	SCRAPE_CODE_PAIRED, /* followed by an enhanced status code */
};

/*
 * scrape_reply_find - the best 4xx/5xx SMTP reply code in s[0..len): the
 * earliest one of the highest rank.  Returns its rank (SCRAPE_CODE_NONE
 * when there is none) and its offset in *pos_r.
 */
int scrape_reply_find(const char *s, size_t len, size_t *pos_r);

/*
 * scrape_status_at - whether an enhanced status code (2/4/5.x.y, RFC 3463)
 * starts at s[i]; its length in *n_r.
 */
gboolean scrape_status_at(const char *s, size_t len, size_t i, size_t *n_r);

/* scrape_status_find - the first enhanced status code in s[0..len), or FALSE. */
gboolean scrape_status_find(const char *s, size_t len, size_t *pos_r, size_t *n_r);

/* scrape_lower - a NUL-terminated lower-cased copy (ASCII and the common two-byte capitals, as
 * long) of s[0..n) (newly allocated) */
char *scrape_lower(const char *s, size_t n);

/* scrape_lower_to - write s[0..n) lower-cased (as scrape_lower) to out[0..n) (out may be s; no NUL
 * added) */
void scrape_lower_to(char *out, const char *s, size_t n);

/*
 * scrape_unwrap_addresses - a newly allocated copy of text[0..len) in which
 * every address in angle brackets that a fixed-width wrap split over two
 * lines ("<first.\n  last@example.com>", or in the domain after a hyphen) is
 * whole again, its length in *len_r; NULL (nothing allocated) when the text splits none.  Linear.
 */
char *scrape_unwrap_addresses(const char *text, size_t len, size_t *len_r);

/* scrape_split_lines - split text[0..len) at LF into at most max_lines lines (CR trimmed), a
 * line longer than max_line at blanks into pieces within it */
GArray *scrape_split_lines(const char *text, size_t len, guint max_lines, size_t max_line);

/* scrape_blank - is d[from..to) only white space? */
gboolean scrape_blank(const char *d, size_t from, size_t to);

/*
 * scrape_unfold - a newly allocated copy of s[0..len) with every run of
 * white space (line ends included) turned into one space, trimmed, cut to
 * max bytes at a character boundary and made valid UTF-8.
 */
char *scrape_unfold(const char *s, size_t len, size_t max);

#endif
