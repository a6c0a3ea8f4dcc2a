/* utf8.h - same-length lower-casing of UTF-8 text, for matching localised wordings */
#ifndef BOUNCED_UTF8_H
#define BOUNCED_UTF8_H

#include <stddef.h>
#include <glib.h>

/*
 * utf8_lower_char - copy the character at p (at most avail bytes of it
 * readable) to out (room bytes free), lower-cased when its lower case has
 * the same UTF-8 length (Ä, É, Ł, Д), else as it is; an undecodable byte is
 * copied alone.  Returns the bytes consumed and written, 0 when the
 * character does not fit in room.  Offsets into the copy stay offsets into
 * the original.
 */
size_t utf8_lower_char(const char *p, size_t avail, char *out, size_t room);

/* utf8_lower - a NUL-terminated lower-cased copy of s[0..n) (ASCII and same-length UTF-8) */
char *utf8_lower(const char *s, size_t n);

/*
 * utf8_fold_halfwidth_kana - half-width katakana (U+FF61..U+FF9F) in s[0..len) as their
 * full-width forms in place, a voiced or semi-voiced mark joined to the kana before it
 * ("ﾎﾞ" -> "ボ"); full-width ASCII stays as it is.  Returns the new length (never longer).
 */
size_t utf8_fold_halfwidth_kana(char *s, size_t len);

/*
 * utf8_fold_ja_variants - other spellings of one Japanese word (見付かりません, 大き過ぎ,
 * あて先) as the one the phrase tables use (見つかりません, 大きすぎ, 宛先), in place.  Returns
 * the new length (never longer).
 */
size_t utf8_fold_ja_variants(char *s, size_t len);

/*
 * ascii_strdown - g_ascii_strdown(s, len) to the byte (a copy of len bytes, or
 * of strlen(s) when len < 0, lower-cased up to its first NUL and zeros after
 * it), without GLib's call per byte
 */
char *ascii_strdown(const char *s, gssize len);

/*
 * strdown_utf8 - g_utf8_strdown(s, -1) as it folds outside a Turkic locale
 * (which nothing here sets): ASCII text, nearly all of it, without GLib's
 * per-character Unicode lookups
 */
char *strdown_utf8(const char *s);

/*
 * ascii_ncase_eq - g_ascii_strncasecmp(a, b, n) == 0, inline: GLib's costs a
 * call and two more per byte
 */
static inline gboolean
ascii_ncase_eq(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char ca = a[i], cb = b[i];

		ca = (ca >= 'A' && ca <= 'Z') ? (char)(ca + ('a' - 'A')) : ca;
		cb = (cb >= 'A' && cb <= 'Z') ? (char)(cb + ('a' - 'A')) : cb;
		if (ca != cb)
			return FALSE;
		if (ca == '\0')
			return TRUE;
	}
	return TRUE;
}

/*
 * utf8_fold_fullwidth_alnum - full-width digits and Latin letters ("ＳＰＦ", "２０ＭＢ") as ASCII
 * (letters lower-cased) in s[0..len) in place; full-width punctuation stays.  Returns the new
 * length (never longer).
 */
size_t utf8_fold_fullwidth_alnum(char *s, size_t len);

/*
 * utf8_fold_marks - Latin and Greek letters with diacritics as their base letter ("é" as "e",
 * "ά" as "α"), combining marks dropped, Arabic yeh / alef maksura / kaf as Persian yeh / keheh,
 * in s[0..len) in place.  Returns the new length (never longer).
 */
size_t utf8_fold_marks(char *s, size_t len);

/*
 * utf8_compose - s[0..len) (valid UTF-8) in Unicode NFC in place when it holds combining
 * marks, at most size - 1 bytes, cut at a character boundary.  Returns the new length.
 */
size_t utf8_compose(char *s, size_t len, size_t size);

/*
 * utf8_has_combining_mark - s[0..len) holds a combining mark NFC would compose (U+0300..U+036F,
 * Arabic U+0653..U+0655, kana U+3099..U+309A)
 */
gboolean utf8_has_combining_mark(const char *s, size_t len);

#endif
