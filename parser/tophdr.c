/* tophdr.c - the top-level headers of a bounce, from GMime or from the lines it was not given */
#include <string.h>
#include "strbuf.h"
#include "text.h"
#include "tophdr.h"
#include "utf8.h"

/* One header added as a raw line; its name and raw value are kept in tophdr.text. */
typedef struct tophdr_line {
	size_t name; /* offset of the name, as GMime would name it: the bytes before the colon */
	size_t name_len;
	size_t raw;  /* offset of the raw value, as GMime would keep it: after the colon, line ends
	                included */
	char *value; /* decoded on first use, or NULL */
} tophdr_line;

struct tophdr {
	GMimeObject *obj; /* borrowed */
	tophdr_line *lines;
	guint n, cap;
	/* every name and raw value added, each followed by a NUL: one buffer for the ~25 headers
	 * of a message, not two allocations per header */
	GString *text;
};

/* tophdr_name - the name of a line, NUL-terminated */
static inline const char *
tophdr_name(const tophdr *t, const tophdr_line *l)
{
	return t->text->str + l->name;
}

/* tophdr_raw - the raw value of a line, NUL-terminated */
static inline const char *
tophdr_raw(const tophdr *t, const tophdr_line *l)
{
	return t->text->str + l->raw;
}

tophdr *
tophdr_new(GMimeObject *obj)
{
	tophdr *t = g_new0(tophdr, 1);

	t->obj = obj;
	return t;
}

/* tophdr_keep - append p[0..n) and a NUL to s; returns where it starts */
static size_t
tophdr_keep(GString *s, const char *p, size_t n)
{
	size_t at = s->len;
	char *o = strbuf_grow(s, n + 1);

	memcpy(o, p, n);
	o[n] = '\0';
	return at;
}

void
tophdr_add(tophdr *t, const char *name, size_t name_len, const char *raw, size_t raw_len)
{
	tophdr_line *l;

	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 32;
		t->lines = g_renew(tophdr_line, t->lines, t->cap);
	}
	if (t->text == NULL)
		t->text = g_string_sized_new(2048);
	l = &t->lines[t->n++];
	l->name = tophdr_keep(t->text, name, name_len);
	l->name_len = name_len;
	l->raw = tophdr_keep(t->text, raw, raw_len);
	l->value = NULL;
}

/* tophdr_find - the first line called name (ASCII case ignored, as GMime's list), or NULL */
static tophdr_line *
tophdr_find(tophdr *t, const char *name)
{
	size_t n = strlen(name);

	for (guint i = 0; i < t->n; i++) {
		tophdr_line *l = &t->lines[i];

		if (l->name_len == n && ascii_ncase_eq(tophdr_name(t, l), name, n))
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

	if (t->n == 0)
		return t->obj ? g_mime_object_get_header(t->obj, name) : NULL;
	if ((l = tophdr_find(t, name)) == NULL)
		return NULL;
	if (l->value == NULL) {
		/* what g_mime_header_get_value does with a parsed header; ASCII text
		 * without an encoded word comes out of the decoder as it went in */
		char *flat = tophdr_unfold(tophdr_raw(t, l));

		if (strstr(flat, "=?") == NULL &&
		    text_is_ascii((const guint8 *)flat, strlen(flat))) {
			l->value = flat;
		} else {
			l->value = text_header_decode(flat);
			g_free(flat);
		}
	}
	return l->value;
}

const char *
tophdr_get_raw(tophdr *t, const char *name)
{
	tophdr_line *l;

	if (t->n == 0) {
		GMimeHeaderList *list = t->obj ? g_mime_object_get_header_list(t->obj) : NULL;
		GMimeHeader *h = list ? g_mime_header_list_get_header(list, name) : NULL;

		return h ? g_mime_header_get_raw_value(h) : NULL;
	}
	return (l = tophdr_find(t, name)) != NULL ? tophdr_raw(t, l) : NULL;
}

char *
tophdr_get_utf8(tophdr *t, const char *name)
{
	tophdr_line *l;
	char *conv;

	if (t->n == 0)
		return t->obj ? text_header_get_utf8(t->obj, name) : NULL;
	if ((l = tophdr_find(t, name)) == NULL)
		return NULL;
	if ((conv = text_header_raw_japanese(tophdr_raw(t, l))) != NULL)
		return conv;
	return text_header_utf8(tophdr_get(t, name));
}

void
tophdr_free(tophdr **t)
{
	if (*t == NULL)
		return;
	for (guint i = 0; i < (*t)->n; i++)
		g_free((*t)->lines[i].value);
	g_free((*t)->lines);
	if ((*t)->text != NULL)
		g_string_free((*t)->text, TRUE);
	g_free(*t);
	*t = NULL;
}
