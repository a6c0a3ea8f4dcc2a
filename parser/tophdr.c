/* tophdr.c - the top-level headers of a bounce, from GMime or from the lines it was not given */
#include <string.h>
#include "text.h"
#include "tophdr.h"
#include "utf8.h"

/* One header added as a raw line. */
typedef struct tophdr_line {
	char *name; /* as GMime would name it: the bytes before the colon */
	size_t name_len;
	char *raw;   /* as GMime would keep it: the bytes after the colon, line ends included */
	char *value; /* decoded on first use, or NULL */
} tophdr_line;

struct tophdr {
	GMimeObject *obj; /* borrowed */
	GArray *lines;    /* tophdr_line */
};

tophdr *
tophdr_new(GMimeObject *obj)
{
	tophdr *t = g_new0(tophdr, 1);

	t->obj = obj;
	t->lines = g_array_new(FALSE, FALSE, sizeof(tophdr_line));
	return t;
}

void
tophdr_add(tophdr *t, const char *name, size_t name_len, const char *raw, size_t raw_len)
{
	tophdr_line line = {g_strndup(name, name_len), name_len, g_strndup(raw, raw_len), NULL};

	g_array_append_val(t->lines, line);
}

/* tophdr_find - the first line called name (ASCII case ignored, as GMime's list), or NULL */
static tophdr_line *
tophdr_find(tophdr *t, const char *name)
{
	size_t n = strlen(name);

	for (guint i = 0; i < t->lines->len; i++) {
		tophdr_line *l = &g_array_index(t->lines, tophdr_line, i);

		if (l->name_len == n && ascii_ncase_eq(l->name, name, n))
			return l;
	}
	return NULL;
}

/* tophdr_lwsp - the white space g_mime_utils_header_unfold trims: ' ', '\t', '\r', '\n' */
static inline gboolean
tophdr_lwsp(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

char *
tophdr_unfold(const char *raw)
{
	const char *start = raw, *end;
	char *out, *o;

	while (tophdr_lwsp(*start))
		start++;
	end = start + strlen(start);
	while (end > start && tophdr_lwsp(end[-1]))
		end--;
	/* most values are one line: nothing inside to remove */
	if (memchr(start, '\n', (size_t)(end - start)) == NULL &&
	    memchr(start, '\r', (size_t)(end - start)) == NULL)
		return g_strndup(start, (size_t)(end - start));
	out = o = g_malloc((size_t)(end - start) + 1);
	for (const char *p = start; p < end; p++)
		if (*p != '\r' && *p != '\n')
			*o++ = *p;
	*o = '\0';
	return out;
}

const char *
tophdr_get(tophdr *t, const char *name)
{
	tophdr_line *l;

	if (t->lines->len == 0)
		return t->obj ? g_mime_object_get_header(t->obj, name) : NULL;
	if ((l = tophdr_find(t, name)) == NULL)
		return NULL;
	if (l->value == NULL) {
		/* what g_mime_header_get_value does with a parsed header; ASCII text
		 * without an encoded word comes out of the decoder as it went in */
		char *flat = tophdr_unfold(l->raw);

		if (strstr(flat, "=?") == NULL &&
		    text_is_ascii((const guint8 *)flat, strlen(flat))) {
			l->value = flat;
		} else {
			l->value = g_mime_utils_header_decode_text(NULL, flat);
			g_free(flat);
		}
	}
	return l->value;
}

char *
tophdr_get_utf8(tophdr *t, const char *name)
{
	tophdr_line *l;
	char *conv;

	if (t->lines->len == 0)
		return t->obj ? text_header_get_utf8(t->obj, name) : NULL;
	if ((l = tophdr_find(t, name)) == NULL)
		return NULL;
	if ((conv = text_header_raw_japanese(l->raw)) != NULL)
		return conv;
	return text_header_utf8(tophdr_get(t, name));
}

void
tophdr_free(tophdr **t)
{
	if (*t == NULL)
		return;
	for (guint i = 0; i < (*t)->lines->len; i++) {
		tophdr_line *l = &g_array_index((*t)->lines, tophdr_line, i);

		g_free(l->name);
		g_free(l->raw);
		g_free(l->value);
	}
	g_array_unref((*t)->lines);
	g_free(*t);
	*t = NULL;
}
