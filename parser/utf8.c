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
