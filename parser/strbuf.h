/* strbuf.h - appending to a GString inline: GLib 2.74's g_string_append_len is a call into its
 * generic insert, some eighty instructions for a few bytes */
#ifndef BOUNCED_STRBUF_H
#define BOUNCED_STRBUF_H

#include <string.h>
#include <glib.h>

/* strbuf_grow - make s n bytes longer (NUL-terminated) and return where those bytes start */
static inline char *
strbuf_grow(GString *s, size_t n)
{
	size_t at = s->len;

	if (at + n < s->allocated_len) {
		s->len = at + n;
		s->str[s->len] = '\0';
	} else {
		g_string_set_size(s, at + n);
	}
	return s->str + at;
}

/* strbuf_append - g_string_append_len(s, p, n) for n >= 0, the same bytes */
static inline void
strbuf_append(GString *s, const char *p, size_t n)
{
	if (n > 0)
		memcpy(strbuf_grow(s, n), p, n);
}

#endif
