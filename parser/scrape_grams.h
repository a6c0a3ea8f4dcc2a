/* scrape_grams.h - which byte pairs (or triples) a text holds: rules out patterns before strstr */
#ifndef BOUNCED_SCRAPE_GRAMS_H
#define BOUNCED_SCRAPE_GRAMS_H

#include <stddef.h>
#include <glib.h>

/*
 * A text's byte pairs, hashed into a bit set.  Case is folded and pairs
 * holding white space are left out, so the set of a text also covers its
 * lower-cased and white-space-collapsed copies, and any text made of its
 * pieces joined by white space.  A pattern with a pair missing from the set
 * cannot occur in the text; one with all its pairs present may (the hash
 * lets some through).
 */
#define SCRAPE_GRAM_BITS 4096
typedef struct scrape_grams {
	guint64 bits[SCRAPE_GRAM_BITS / 64];
} scrape_grams;

/* The pairs of a pattern that scrape_grams_may_hold tests (spread over it). */
#define SCRAPE_GRAM_SIG 8
typedef struct scrape_gram_sig {
	guint16 hash[SCRAPE_GRAM_SIG];
	guint n;
	guint64 summary; /* every counted pair of the pattern, as scrape_pairs_of sums them */
} scrape_gram_sig;

/*
 * The pairs of a short text (one line) summed up in 64 bits, one per pair
 * hash: a register-sized set, tested against a pattern in one AND.
 */
#define SCRAPE_PAIRS_ANY (~G_GUINT64_CONSTANT(0)) /* a text whose pairs are not known */

/* scrape_grams_clear - g holds no pair */
void scrape_grams_clear(scrape_grams *g);

/* scrape_grams_add - add the pairs of s[0..n) to g; returns their 64-bit summary */
guint64 scrape_grams_add(scrape_grams *g, const char *s, size_t n);

/* scrape_pairs_of - the 64-bit summary of the pairs of s[0..n) */
guint64 scrape_pairs_of(const char *s, size_t n);

/* scrape_grams_fill - set g to the pairs of s[0..n) */
void scrape_grams_fill(scrape_grams *g, const char *s, size_t n);

/* scrape_gram_sig_init - the pairs of the pattern p[0..n) to test (none: any text may hold it) */
void scrape_gram_sig_init(scrape_gram_sig *sig, const char *p, size_t n);

/* scrape_grams_may_hold - FALSE when the pattern of sig cannot occur in the text of g */
static inline gboolean
scrape_grams_may_hold(const scrape_grams *g, const scrape_gram_sig *sig)
{
	for (guint i = 0; i < sig->n; i++) {
		guint h = sig->hash[i];

		if (!(g->bits[h >> 6] & (G_GUINT64_CONSTANT(1) << (h & 63))))
			return FALSE;
	}
	return TRUE;
}

/*
 * Long texts searched for many patterns as they are (the lower-cased places
 * detection markers are looked for) record only the byte triples starting
 * at every SCRAPE_GRAM_STRIDE-th byte, in the same bit set: a pattern of
 * SCRAPE_GRAM_STRIDE + 2 bytes or more that occurs covers such a triple at
 * one of SCRAPE_GRAM_STRIDE offsets, and every SCRAPE_GRAM_STRIDE-th triple
 * after it.  Triples, as common letter pairs are in any long text.  The
 * stride signature keeps, per offset, the triples to test.
 */
#define SCRAPE_GRAM_STRIDE 4
#define SCRAPE_GRAM_STRIDE_SIG 6
typedef struct scrape_stride_sig {
	guint16 hash[SCRAPE_GRAM_STRIDE][SCRAPE_GRAM_STRIDE_SIG];
	guint8 n[SCRAPE_GRAM_STRIDE];
	gboolean any; /* too short to test: every text may hold it */
} scrape_stride_sig;

/* scrape_grams_fill_strided - set g to the triples of s[0..n) at every SCRAPE_GRAM_STRIDE-th byte
 */
void scrape_grams_fill_strided(scrape_grams *g, const char *s, size_t n);

/* scrape_stride_sig_init - the triples of the pattern p[0..n) to test, per offset */
void scrape_stride_sig_init(scrape_stride_sig *sig, const char *p, size_t n);

/*
 * scrape_grams_may_hold_strided - FALSE when the pattern cannot occur in the
 * text of g (strided): no offset has all its triples.  Inline: detection asks
 * it of every marker of every family tried.
 */
static inline gboolean
scrape_grams_may_hold_strided(const scrape_grams *g, const scrape_stride_sig *sig)
{
	if (sig->any)
		return TRUE;
	for (guint j = 0; j < SCRAPE_GRAM_STRIDE; j++) {
		guint k = 0;

		while (k < sig->n[j] &&
		       (g->bits[sig->hash[j][k] >> 6] >> (sig->hash[j][k] & 63) & 1) != 0)
			k++;
		if (k == sig->n[j])
			return TRUE;
	}
	return FALSE;
}

/* scrape_pairs_may_hold - FALSE when the pattern of sig cannot occur in a text of summary pairs */
static inline gboolean
scrape_pairs_may_hold(guint64 pairs, const scrape_gram_sig *sig)
{
	return (sig->summary & ~pairs) == 0;
}

#endif
