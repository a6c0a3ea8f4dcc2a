/* scrape_grams.c - which byte pairs (or triples) a text holds: rules out patterns before strstr */
#include <string.h>
#include "scrape_grams.h"

/* GRAM_SPACE - what every white space byte folds to; pairs holding it are not counted */
#define GRAM_SPACE 0u

/* FOLD - a byte as pairs count it: ASCII lower case, white space (g_ascii_isspace) as GRAM_SPACE */
#define FOLD(c)                                                                                    \
	((guint8)((c) == ' ' || ((c) >= '\t' && (c) <= '\r') ? GRAM_SPACE                          \
	          : (c) >= 'A' && (c) <= 'Z'                 ? (c) + ('a' - 'A')                   \
	                                                     : (c)))
#define EACH4(M, c) M(c), M((c) + 1), M((c) + 2), M((c) + 3)
#define EACH16(M, c) EACH4(M, c), EACH4(M, (c) + 4), EACH4(M, (c) + 8), EACH4(M, (c) + 12)
#define EACH64(M, c) EACH16(M, c), EACH16(M, (c) + 16), EACH16(M, (c) + 32), EACH16(M, (c) + 48)
#define EACH256(M) EACH64(M, 0), EACH64(M, 64), EACH64(M, 128), EACH64(M, 192)

/* Every byte folded, so a pass over a text costs one load per byte. */
static const guint8 gram_folded[256] = {EACH256(FOLD)};

/* The first two bytes' terms of gram_hash3, folded and multiplied, reduced to the bit set's
 * size (the sum is taken modulo that size anyway): the strided pass's loads, not its multiplies */
#define HASH3_A(c) ((guint16)((FOLD(c) * 1031u) & (SCRAPE_GRAM_BITS - 1)))
#define HASH3_B(c) ((guint16)((FOLD(c) * 37u) & (SCRAPE_GRAM_BITS - 1)))
static const guint16 gram_hash3_a[256] = {EACH256(HASH3_A)};
static const guint16 gram_hash3_b[256] = {EACH256(HASH3_B)};

/* gram_fold - the byte as pairs count it */
static inline guint
gram_fold(unsigned char c)
{
	return gram_folded[c];
}

/* gram_hash - the bit of the pair (a, b), both folded; letter pairs never collide */
static inline guint
gram_hash(guint a, guint b)
{
	return ((a << 5) ^ b) & (SCRAPE_GRAM_BITS - 1);
}

/* gram_summary_bit - the bit of the summary for a pair hash (both halves mixed in) */
static inline guint64
gram_summary_bit(guint h)
{
	return G_GUINT64_CONSTANT(1) << ((h ^ (h >> 6)) & 63);
}

/* scrape_grams_clear - empty the set */
void
scrape_grams_clear(scrape_grams *g)
{
	memset(g->bits, 0, sizeof(g->bits));
}

/*
 * scrape_grams_add - one pass over s.  Pairs holding white space set a bit
 * too (no branch per byte): an extra bit only lets more rows through.
 */
guint64
scrape_grams_add(scrape_grams *g, const char *s, size_t n)
{
	guint prev = GRAM_SPACE;
	guint64 summary = 0;

	for (size_t i = 0; i < n; i++) {
		guint c = gram_fold((unsigned char)s[i]), h = gram_hash(prev, c);

		g->bits[h >> 6] |= G_GUINT64_CONSTANT(1) << (h & 63);
		summary |= gram_summary_bit(h);
		prev = c;
	}
	return summary;
}

/* scrape_pairs_of - one pass over s, white space pairs summed too (see scrape_grams_add) */
guint64
scrape_pairs_of(const char *s, size_t n)
{
	guint prev = GRAM_SPACE;
	guint64 summary = 0;

	for (size_t i = 0; i < n; i++) {
		guint c = gram_fold((unsigned char)s[i]);

		summary |= gram_summary_bit(gram_hash(prev, c));
		prev = c;
	}
	return summary;
}

/* scrape_grams_fill - clear, then add s */
void
scrape_grams_fill(scrape_grams *g, const char *s, size_t n)
{
	scrape_grams_clear(g);
	scrape_grams_add(g, s, n);
}

/* scrape_gram_sig_init - up to SCRAPE_GRAM_SIG of the counted pairs, evenly spread */
void
scrape_gram_sig_init(scrape_gram_sig *sig, const char *p, size_t n)
{
	guint16 all[64];
	size_t pairs = 0, want;
	guint64 summary = 0;

	for (size_t i = 0; i + 1 < n; i++) {
		guint a = gram_fold((unsigned char)p[i]), b = gram_fold((unsigned char)p[i + 1]);

		if (a == GRAM_SPACE || b == GRAM_SPACE)
			continue;
		summary |= gram_summary_bit(gram_hash(a, b));
		if (pairs < G_N_ELEMENTS(all))
			all[pairs++] = (guint16)gram_hash(a, b);
	}
	sig->summary = summary;
	want = MIN(pairs, (size_t)SCRAPE_GRAM_SIG);
	sig->n = 0;
	for (size_t k = 0; k < want; k++)
		sig->hash[sig->n++] = all[want == 1 ? 0 : k * (pairs - 1) / (want - 1)];
}

/* gram_hash3 - the bit of the triple (a, b, c), all folded */
static inline guint
gram_hash3(guint a, guint b, guint c)
{
	return (a * 1031u + b * 37u + c) & (SCRAPE_GRAM_BITS - 1);
}

/* scrape_grams_fill_strided - the triples at offsets 0, STRIDE, 2 * STRIDE … */
void
scrape_grams_fill_strided(scrape_grams *g, const char *s, size_t n)
{
	scrape_grams_clear(g);
	for (size_t i = 0; i + 2 < n; i += SCRAPE_GRAM_STRIDE) {
		/* gram_hash3 of the three folded bytes, from the tables */
		guint h =
		    (gram_hash3_a[(unsigned char)s[i]] + gram_hash3_b[(unsigned char)s[i + 1]] +
		     gram_fold((unsigned char)s[i + 2])) &
		    (SCRAPE_GRAM_BITS - 1);

		g->bits[h >> 6] |= G_GUINT64_CONSTANT(1) << (h & 63);
	}
}

/*
 * scrape_stride_sig_init - for offset j, the triples at j, j + STRIDE …, at
 * most SCRAPE_GRAM_STRIDE_SIG of them spread from first to last.  White
 * space counts here: the text is searched for the pattern as it is.
 */
void
scrape_stride_sig_init(scrape_stride_sig *sig, const char *p, size_t n)
{
	memset(sig, 0, sizeof(*sig));
	sig->any = n < SCRAPE_GRAM_STRIDE + 2;
	for (size_t j = 0; j < SCRAPE_GRAM_STRIDE && !sig->any; j++) {
		size_t triples = (n - 3 - j) / SCRAPE_GRAM_STRIDE + 1;
		size_t want = MIN(triples, (size_t)SCRAPE_GRAM_STRIDE_SIG);

		for (size_t k = 0; k < want; k++) {
			size_t o = j + SCRAPE_GRAM_STRIDE *
			                   (want == 1 ? 0 : k * (triples - 1) / (want - 1));

			sig->hash[j][k] = (guint16)gram_hash3(gram_fold((unsigned char)p[o]),
			                                      gram_fold((unsigned char)p[o + 1]),
			                                      gram_fold((unsigned char)p[o + 2]));
		}
		sig->n[j] = (guint8)want;
	}
}
