/* utf8.c - same-length lower-casing of UTF-8 text, for matching localised wordings */
#include <string.h>
#include "utf8.h"

/* utf8_lower_char - one character lower-cased in place of length (see utf8.h) */
size_t
utf8_lower_char(const char *p, size_t avail, char *out, size_t room)
{
	unsigned char c = (unsigned char)*p;
	size_t n = 1;

	if (c < 0x80) {
		if (room < 1)
			return 0;
		*out = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
		return 1;
	}
	{
		gunichar u = g_utf8_get_char_validated(p, (gssize)MIN(avail, 4));

		if (u != (gunichar)-1 && u != (gunichar)-2) {
			char low[6];

			n = (size_t)g_utf8_skip[c];
			if (n <= room && g_unichar_to_utf8(g_unichar_tolower(u), low) == (gint)n) {
				memcpy(out, low, n);
				return n;
			}
		}
	}
	if (n > room)
		return 0;
	memcpy(out, p, n);
	return n;
}

/* utf8_lower - lower-cased copy of s[0..n), the same length */
char *
utf8_lower(const char *s, size_t n)
{
	char *out = g_malloc(n + 1);
	size_t i = 0;

	while (i < n) {
		size_t k = utf8_lower_char(s + i, n - i, out + i, n - i);

		i += k > 0 ? k : 1;
	}
	out[n] = '\0';
	return out;
}

/* ascii_strdown - g_ascii_strdown without a call per byte (see utf8.h) */
char *
ascii_strdown(const char *s, gssize len)
{
	size_t n = len < 0 ? strlen(s) : (size_t)len, m = strnlen(s, n);
	char *out = g_malloc(n + 1);

	for (size_t i = 0; i < m; i++) {
		char c = s[i];

		out[i] = (c >= 'A' && c <= 'Z') ? (char)(c + ('a' - 'A')) : c;
	}
	memset(out + m, 0, n + 1 - m);
	return out;
}

/* strdown_utf8 - g_utf8_strdown(s, -1), ASCII folded without Unicode lookups (see utf8.h) */
char *
strdown_utf8(const char *s)
{
	const char *p = s;

	while (*p != '\0' && (unsigned char)*p < 0x80)
		p++;
	return *p == '\0' ? ascii_strdown(s, p - s) : g_utf8_strdown(s, -1);
}

/* halfwidth_lead - does s hold a UTF-8 lead of U+FF40..U+FFBF (EF BD, EF BE)? memchr-fast */
static gboolean
halfwidth_lead(const char *s, size_t len)
{
	for (const char *p = len > 1 ? memchr(s, 0xef, len - 1) : NULL; p != NULL;
	     p = p + 2 < s + len ? memchr(p + 1, 0xef, (size_t)(s + len - p - 2)) : NULL)
		if ((guchar)p[1] == 0xbd || (guchar)p[1] == 0xbe)
			return TRUE;
	return FALSE;
}

/*
 * utf8_fold_halfwidth_kana - half-width katakana (U+FF61..U+FF9F, JIS X 0201 kana as
 * Shift_JIS mail still writes them: "ﾒｰﾙﾎﾞｯｸｽ") as their full-width forms in place, a
 * voiced or semi-voiced mark joined to the kana before it ("ﾎﾞ" -> "ボ"), so the wordings
 * written in full-width katakana match; full-width ASCII ("ｕｓｅｒ＠") stays as it is.
 * Returns the new length (never longer: each form is three bytes in UTF-8).
 */
size_t
utf8_fold_halfwidth_kana(char *s, size_t len)
{
	/* U+FF61..U+FF9F in order: punctuation, small kana, the long mark, the kana, the marks */
	static const gunichar full[] = {
	    0x3002, 0x300c, 0x300d, 0x3001, 0x30fb, 0x30f2, 0x30a1, 0x30a3, 0x30a5, 0x30a7, 0x30a9,
	    0x30e3, 0x30e5, 0x30e7, 0x30c3, 0x30fc, 0x30a2, 0x30a4, 0x30a6, 0x30a8, 0x30aa, 0x30ab,
	    0x30ad, 0x30af, 0x30b1, 0x30b3, 0x30b5, 0x30b7, 0x30b9, 0x30bb, 0x30bd, 0x30bf, 0x30c1,
	    0x30c4, 0x30c6, 0x30c8, 0x30ca, 0x30cb, 0x30cc, 0x30cd, 0x30ce, 0x30cf, 0x30d2, 0x30d5,
	    0x30d8, 0x30db, 0x30de, 0x30df, 0x30e0, 0x30e1, 0x30e2, 0x30e4, 0x30e6, 0x30e8, 0x30e9,
	    0x30ea, 0x30eb, 0x30ec, 0x30ed, 0x30ef, 0x30f3, 0x309b, 0x309c};
	size_t in = 0, out = 0, last = (size_t)-1; /* last: where the previous kana was written */

	if (!halfwidth_lead(s, len))
		return len;
	while (in < len) {
		guchar b0 = (guchar)s[in];
		gunichar u = 0, f;

		if (b0 == 0xef && in + 2 < len &&
		    ((guchar)s[in + 1] == 0xbd || (guchar)s[in + 1] == 0xbe))
			u = g_utf8_get_char_validated(s + in, 3);
		if (u < 0xff61 || u > 0xff9f) {
			last = (size_t)-1;
			s[out++] = s[in++];
			continue;
		}
		in += 3;
		f = full[u - 0xff61];
		if ((u == 0xff9e || u == 0xff9f) && last != (size_t)-1) {
			gunichar k = g_utf8_get_char(s + last);
			gboolean hv = k >= 0x30cf && k <= 0x30db && (k - 0x30cf) % 3 == 0;

			/* ｶ..ﾄ take the voiced mark (+1), ﾊ..ﾎ both (+1, +2), ｳ becomes ヴ */
			if (u == 0xff9e && ((k >= 0x30ab && k <= 0x30c8) || hv || k == 0x30a6)) {
				g_unichar_to_utf8(k == 0x30a6 ? 0x30f4 : k + 1, s + last);
				last = (size_t)-1;
				continue;
			}
			if (u == 0xff9f && hv) {
				g_unichar_to_utf8(k + 2, s + last);
				last = (size_t)-1;
				continue;
			}
		}
		last = out;
		out += (size_t)g_unichar_to_utf8(f, s + out);
	}
	return out;
}

/*
 * utf8_fold_ja_variants - the other spellings Japanese notices use for one word, as the
 * spelling the phrase tables are written in, in place: 見付か/見付け as 見つか/見つけ, 大き過ぎ/
 * 多過ぎ as 大きすぎ/多すぎ, あて先/宛て先 as 宛先, 見当たら/見当たり as 見つから/見つかり.
 * Returns the new length (never longer).
 */
size_t
utf8_fold_ja_variants(char *s, size_t len)
{
	static const struct {
		const char *from, *to;
	} pairs[] = {
	    {"\xe8\xa6\x8b\xe4\xbb\x98", "\xe8\xa6\x8b\xe3\x81\xa4"}, /* 見付 -> 見つ */
	    {"\xe5\xa4\xa7\xe3\x81\x8d\xe9\x81\x8e",
	     "\xe5\xa4\xa7\xe3\x81\x8d\xe3\x81\x99"},                 /* 大き過 -> 大きす */
	    {"\xe5\xa4\x9a\xe9\x81\x8e", "\xe5\xa4\x9a\xe3\x81\x99"}, /* 多過 -> 多す */
	    {"\xe3\x81\x82\xe3\x81\xa6\xe5\x85\x88",
	     "\xe5\xae\x9b\xe5\x85\x88"}, /* あて先 -> 宛先 */
	    {"\xe5\xae\x9b\xe3\x81\xa6\xe5\x85\x88",
	     "\xe5\xae\x9b\xe5\x85\x88"}, /* 宛て先 -> 宛先 */
	    /* japan12: 見当たり/見当たら ("not found") as 見つかり/見つから */
	    {"\xe8\xa6\x8b\xe5\xbd\x93\xe3\x81\x9f",
	     "\xe8\xa6\x8b\xe3\x81\xa4\xe3\x81\x8b"}, /* 見当た -> 見つか */
	};
	size_t in = 0, out = 0;

	/* every pattern starts with one of three lead bytes: most text has none of them */
	if (memchr(s, 0xe3, len) == NULL && memchr(s, 0xe5, len) == NULL &&
	    memchr(s, 0xe8, len) == NULL)
		return len;
	while (in < len) {
		size_t i = 0;

		for (; i < G_N_ELEMENTS(pairs); i++) {
			size_t fl = strlen(pairs[i].from);

			if (in + fl <= len && memcmp(s + in, pairs[i].from, fl) == 0) {
				size_t tl = strlen(pairs[i].to);

				memmove(s + out, pairs[i].to, tl);
				out += tl;
				in += fl;
				break;
			}
		}
		if (i == G_N_ELEMENTS(pairs))
			s[out++] = s[in++];
	}
	return out;
}

/*
 * utf8_fold_fullwidth_alnum - full-width digits and Latin letters (U+FF10..U+FF19,
 * U+FF21..U+FF3A, U+FF41..U+FF5A: "ＳＰＦ", "ＵＲＬ", "２０ＭＢ", as Japanese notices set
 * them) as ASCII in place, letters in lower case; full-width punctuation ("：", "（", "＠")
 * stays, as the tables write it.  Returns the new length (never longer).
 */
size_t
utf8_fold_fullwidth_alnum(char *s, size_t len)
{
	size_t in = 0, out = 0;

	if (memchr(s, 0xef, len) == NULL)
		return len;
	while (in < len) {
		guchar b1 = in + 2 < len ? (guchar)s[in + 1] : 0, b2 = b1 ? (guchar)s[in + 2] : 0;

		/* U+FF10..U+FF3F is EF BC 90..BF, U+FF40..U+FF5F is EF BD 80..9F */
		if ((guchar)s[in] == 0xef && b1 == 0xbc && b2 >= 0x90 && b2 <= 0x99) {
			s[out++] = (char)('0' + (b2 - 0x90));
			in += 3;
		} else if ((guchar)s[in] == 0xef && b1 == 0xbc && b2 >= 0xa1 && b2 <= 0xba) {
			s[out++] = (char)('a' + (b2 - 0xa1));
			in += 3;
		} else if ((guchar)s[in] == 0xef && b1 == 0xbd && b2 >= 0x81 && b2 <= 0x9a) {
			s[out++] = (char)('a' + (b2 - 0x81));
			in += 3;
		} else
			s[out++] = s[in++];
	}
	return out;
}

/* ascii_prefix - the length of the all-ASCII start of s[0..len), read eight bytes at a time */
static size_t
ascii_prefix(const char *s, size_t len)
{
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		guint64 w;

		memcpy(&w, s + i, 8);
		if ((w & G_GUINT64_CONSTANT(0x8080808080808080)) != 0)
			break;
	}
	while (i < len && (guchar)s[i] < 0x80)
		i++;
	return i;
}

/* mark_base - the letter a Latin or Greek letter with diacritics is written on, 0 if none */
static gunichar
mark_base(gunichar u)
{
	gunichar d[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
	gsize n = g_unichar_fully_decompose(u, FALSE, d, G_N_ELEMENTS(d));

	if (n < 2)
		return 0;
	/* "é" is e + U+0301, "ῷ" is ω + marks; Cyrillic й, kana with dakuten and Hangul
	 * decompose too, but their marks are letters of their own and stay */
	if ((d[0] >= 'a' && d[0] <= 'z') || (d[0] >= 'A' && d[0] <= 'Z') ||
	    (d[0] >= 0x391 && d[0] <= 0x3c9))
		return g_unichar_tolower(d[0]);
	return 0;
}

/*
 * utf8_fold_marks - Latin and Greek letters with diacritics as their base letter ("é" as
 * "e", "ş" as "s", "ệ" as "e", "ά" as "α") and combining marks U+0300..U+036F dropped, in
 * s[0..len) in place: a wording typed without its accents reads as the one with them.
 * Letters without a decomposition (ł, ø, đ, ß, ı) stay.  Arabic yeh, alef maksura and kaf read
 * as Persian yeh and keheh, the letters a Persian text in windows-1256 cannot write (i18n34).
 * Returns the new length (never longer).
 */
size_t
utf8_fold_marks(char *s, size_t len)
{
	size_t in = 0, out;

	in = ascii_prefix(s, len); /* most diagnostics are ASCII: nothing to move before it */
	while (in < len && (guchar)s[in] < 0xc3)
		in++;
	out = in;
	while (in < len) {
		guchar c = (guchar)s[in];
		size_t n = c < 0x80 ? 1 : (size_t)g_utf8_skip[c];
		gunichar u, base = 0;

		if (c < 0x80) {
			s[out++] = s[in++];
			continue;
		}
		/* i18n34: Arabic yeh and alef maksura (U+064A, U+0649) as Persian yeh (U+06CC),
		 * Arabic kaf (U+0643) as Persian keheh (U+06A9): windows-1256 has no Persian yeh,
		 * so a Persian notice in it spells "تحویل" with the Arabic letter; each is two
		 * bytes as its fold */
		if (c == 0xd9 && in + 1 < len &&
		    ((guchar)s[in + 1] == 0x8a || (guchar)s[in + 1] == 0x89 ||
		     (guchar)s[in + 1] == 0x83)) {
			gboolean kaf = (guchar)s[in + 1] == 0x83;

			s[out++] = (char)(kaf ? 0xda : 0xdb);
			s[out++] = (char)(kaf ? 0xa9 : 0x8c);
			in += 2;
			continue;
		}

		/* Latin-1 Supplement to Latin Extended-B (C3..C9), combining marks (CC, CD),
		 * Greek (CE, CF) and Latin Extended Additional (E1 B8..BB) */
		if (c < 0xc3 || (c > 0xcf && c != 0xe1) || in + n > len ||
		    (c == 0xe1 && ((guchar)s[in + 1] < 0xb8 || (guchar)s[in + 1] > 0xbb))) {
			memmove(s + out, s + in, n <= len - in ? n : len - in);
			out += n <= len - in ? n : len - in;
			in += n;
			continue;
		}
		u = g_utf8_get_char_validated(s + in, (gssize)n);
		if (u == (gunichar)-1 || u == (gunichar)-2) {
			s[out++] = s[in++];
			continue;
		}
		if (u >= 0x300 && u <= 0x36f) {
			in += n; /* a combining mark of a decomposed letter */
			continue;
		}
		base = mark_base(u);
		if (base == 0) {
			memmove(s + out, s + in, n);
			out += n;
		} else {
			out += (size_t)g_unichar_to_utf8(base, s + out);
		}
		in += n;
	}
	return out;
}

/* utf8_has_combining_mark - does s[0..len) hold a combining mark NFC would compose: U+0300..U+036F
 * (CC, CD), Arabic U+0653..U+0655 (D9 93..95), kana U+3099..U+309A (E3 82 99..9A)? */
gboolean
utf8_has_combining_mark(const char *s, size_t len)
{
	for (size_t i = ascii_prefix(s, len); i < len; i++) {
		guchar c = (guchar)s[i];

		if (c == 0xcc || c == 0xcd)
			return TRUE;
		if (c == 0xd9 && i + 1 < len && (guchar)s[i + 1] >= 0x93 &&
		    (guchar)s[i + 1] <= 0x95)
			return TRUE;
		if (c == 0xe3 && i + 2 < len && (guchar)s[i + 1] == 0x82 &&
		    ((guchar)s[i + 2] == 0x99 || (guchar)s[i + 2] == 0x9a))
			return TRUE;
	}
	return FALSE;
}

/*
 * utf8_compose - s[0..len) in Unicode NFC in place when it holds combining marks (a
 * decomposed "é", "й", "が"), cut at a character boundary to fit size - 1 bytes; valid
 * UTF-8 only (anything else is left as it is).  Returns the new length.
 */
size_t
utf8_compose(char *s, size_t len, size_t size)
{
	char *nfc;
	size_t n;

	if (size == 0 || !utf8_has_combining_mark(s, len))
		return len;
	nfc = g_utf8_normalize(s, (gssize)len, G_NORMALIZE_NFC);
	if (nfc == NULL)
		return len;
	n = strlen(nfc);
	if (n > size - 1) {
		n = size - 1;
		while (n > 0 && ((guchar)nfc[n] & 0xc0) == 0x80)
			n--; /* never half a character */
	}
	memcpy(s, nfc, n);
	g_free(nfc);
	return n;
}
