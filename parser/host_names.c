/* host_names.c - host names inside a diagnostic: names, not words of a cause */
#include <string.h>
#include "host_names.h"

/* label_char - a byte of a host name's label */
static gboolean
label_char(char c)
{
	return g_ascii_isalnum(c) || c == '-';
}

/*
 * top_level - can t[0..n) (letters) end a host name: up to six letters (com, online) or a
 * reserved name (example, invalid, localhost); Exchange's "RESOLVER.ADR.RecipientNotFound"
 * and "…ADR.Ambiguous" are status names, not hosts
 */
static gboolean
top_level(const char *t, gsize n)
{
	static const char *const reserved[] = {"example", "invalid", "localhost", "localdomain",
	                                       "internal"};

	if (n <= 6)
		return TRUE;
	for (guint i = 0; i < G_N_ELEMENTS(reserved); i++)
		if (strlen(reserved[i]) == n && g_ascii_strncasecmp(t, reserved[i], n) == 0)
			return TRUE;
	return FALSE;
}

/* is_host_name - is the run t[0..n) of label characters and dots a host name? */
static gboolean
is_host_name(const char *t, gsize n)
{
	guint dots = 0;
	gsize last = 0;

	for (gsize k = 0; k < n; k++) {
		if (t[k] != '.')
			continue;
		if (k == 0 || k + 1 == n || !label_char(t[k - 1]) || !label_char(t[k + 1]))
			return FALSE;
		dots++;
		last = k + 1;
	}
	if (dots < 2 || n - last < 2)
		return FALSE;
	for (gsize k = last; k < n; k++)
		if (!g_ascii_isalpha(t[k]))
			return FALSE;
	return top_level(t + last, n - last);
}

guint
host_names_mark(const char *text, gsize len, guint16 *ids)
{
	guint n = 0;

	memset(ids, 0, len * sizeof(*ids));
	for (gsize s = 0; s < len;) {
		gsize e = s;
		gboolean link;

		while (e < len && (label_char(text[e]) || text[e] == '.'))
			e++;
		if (e == s) {
			s++;
			continue;
		}
		/* a sentence's full stop after the name is no part of it */
		while (e > s && text[e - 1] == '.')
			e--;
		/* a link's host names the page it points to, often the cause itself
		 * ("http://www.openspf.net/Why?…", "www.spamcop.net/bl.shtml") */
		link = (s >= 3 && memcmp(text + s - 3, "://", 3) == 0) ||
		       (e - s > 4 && memcmp(text + s, "www.", 4) == 0);
		if (!link && n < G_MAXUINT16 && is_host_name(text + s, e - s)) {
			n++;
			for (gsize k = s; k < e; k++)
				ids[k] = (guint16)n;
		}
		while (e < len && (label_char(text[e]) || text[e] == '.'))
			e++;
		s = e;
	}
	return n;
}

gboolean
host_names_only(const char *text, gsize len, const guint16 *ids, const char *phrase)
{
	gsize n = strlen(phrase);
	gboolean seen = FALSE;

	if (n == 0 || strpbrk(phrase, ".@") != NULL)
		return FALSE;
	for (const char *at = g_strstr_len(text, (gssize)len, phrase); at != NULL;
	     at = g_strstr_len(at + 1, (gssize)(len - (gsize)(at + 1 - text)), phrase)) {
		gsize k = (gsize)(at - text);

		if (ids[k] == 0 || ids[k] != ids[k + n - 1])
			return FALSE;
		/* a whole label names the host's owner on purpose: "zen.spamhaus.org",
		 * "multi.uribl.com", "www.facebook.com" */
		if ((k == 0 || ids[k - 1] != ids[k] || text[k - 1] == '.') &&
		    (k + n == len || ids[k + n] != ids[k] || text[k + n] == '.'))
			return FALSE;
		seen = TRUE;
	}
	return seen;
}

void
host_names_blank(char *buf, gsize len, const guint16 *ids)
{
	for (gsize k = 0; k < len; k++)
		if (ids[k] != 0)
			buf[k] = ' ';
}
