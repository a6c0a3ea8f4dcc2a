/* fields.c - "Name: value" blocks split into unfolded fields */
#include <string.h>
#include "fields.h"
#include "utf8.h"
#include "strbuf.h"

/* fields_field_free - GPtrArray free function of fields_field */
static void
fields_field_free(gpointer p)
{
	fields_field *f = p;

	g_free(f->name);
	g_free(f->value);
	g_free(f);
}

/* fields_name_len - length of the field name at line start, or 0 when the line is no field */
static size_t
fields_name_len(const char *line, size_t len)
{
	size_t i = 0;

	/* eight bytes per step up to a colon, a byte up to ' ' or one from 0x7f (of the flag
	 * word, the lowest flagged byte is exact: borrows only run upwards) */
	for (; i + 8 <= MIN(len, 80); i += 8) {
		guint64 v, colon, del, stop;

		memcpy(&v, line + i, 8);
		v = GUINT64_FROM_LE(v);
		colon = v ^ G_GUINT64_CONSTANT(0x3a3a3a3a3a3a3a3a); /* zero where v has ':' */
		del = v ^ G_GUINT64_CONSTANT(0x7f7f7f7f7f7f7f7f);   /* zero where v has DEL */
		stop = ((v - G_GUINT64_CONSTANT(0x2121212121212121)) & ~v) |
		       ((colon - G_GUINT64_CONSTANT(0x0101010101010101)) & ~colon) |
		       ((del - G_GUINT64_CONSTANT(0x0101010101010101)) & ~del) | v;
		stop &= G_GUINT64_CONSTANT(0x8080808080808080);
		if (stop != 0) {
			i += (size_t)__builtin_ctzll(stop) / 8;
			break;
		}
	}
	while (i < len && i < 80) {
		unsigned char c = (unsigned char)line[i];

		if (c == ':')
			break;
		if (c <= ' ' || c >= 0x7f)
			break;
		i++;
	}
	if (i == 0 || i >= len)
		return 0;
	/* allow "Name :" (seen in the wild) but nothing else before the colon */
	{
		size_t j = i;

		while (j < len && (line[j] == ' ' || line[j] == '\t'))
			j++;
		if (j >= len || line[j] != ':')
			return 0;
	}
	return i;
}

/* fields_append - append trimmed text to value, joined by one space */
static void
fields_append(GString *value, const char *s, size_t len)
{
	while (len > 0 && g_ascii_isspace(*s))
		s++, len--;
	while (len > 0 && g_ascii_isspace(s[len - 1]))
		len--;
	if (len == 0)
		return;
	if (value->len >= FIELDS_MAX_VALUE)
		return;
	if (len > FIELDS_MAX_VALUE - value->len)
		len = FIELDS_MAX_VALUE - value->len;
	if (value->len > 0)
		g_string_append_c(value, ' ');
	strbuf_append(value, s, len);
}

/* fields_finish - move the field being built into arr; value is a scratch buffer, emptied */
static void
fields_finish(GPtrArray *arr, char **name, GString *value)
{
	fields_field *f;

	if (*name == NULL)
		return;
	f = g_new(fields_field, 1);
	f->name = *name;
	f->value = g_strndup(value->str, value->len);
	g_ptr_array_add(arr, f);
	*name = NULL;
	g_string_truncate(value, 0);
}

/* fields_loose - TRUE when name is one of the loose fields (NULL-terminated list) */
static gboolean
fields_loose(const char *name, const char *const *loose)
{
	for (; loose != NULL && *loose != NULL; loose++) {
		if (strcmp(name, *loose) == 0)
			return TRUE;
	}
	return FALSE;
}

/* fields_wanted - is the field name at p[0..n) one of names (lower case, NULL-terminated)? */
static gboolean
fields_wanted(const char *p, size_t n, const char *const *names)
{
	for (; *names != NULL; names++) {
		if (strlen(*names) == n && ascii_ncase_eq(p, *names, n))
			return TRUE;
	}
	return FALSE;
}

/*
 * The walk of fields_parse_loose and fields_parse_named.  Fields whose name
 * is not wanted are read like the others (they count towards FIELDS_MAX and
 * end the field before them) but nothing of them is copied: count, named and
 * last_named stand for the array the full parse would have built.
 */
typedef struct fields_walk {
	GPtrArray *arr;
	guint count;         /* entries the full parse would hold */
	guint named;         /* ... with a name */
	gboolean last_named; /* its last entry has a name */
	char *name;          /* the wanted field being read, or NULL */
	gboolean skipping;   /* an unwanted field is being read */
	GString *value;
} fields_walk;

/* fields_walk_finish - end the field being read */
static void
fields_walk_finish(fields_walk *w)
{
	if (w->name != NULL) {
		fields_finish(w->arr, &w->name, w->value);
	} else if (!w->skipping) {
		return;
	}
	w->skipping = FALSE;
	w->count++;
	w->named++;
	w->last_named = TRUE;
}

/* fields_rule_line - is p[0..n) a drawn rule: three or more of one of "-=_*~" and blanks? */
static gboolean
fields_rule_line(const char *p, size_t n)
{
	size_t marks = 0;

	for (size_t i = 0; i < n; i++) {
		if (p[i] == p[0])
			marks++;
		else if (!g_ascii_isspace(p[i]))
			return FALSE;
	}
	return p[0] != '\0' && strchr("-=_*~", p[0]) != NULL && marks >= 3;
}

/* fields_parse_walk - fields_parse_loose keeping only the fields named in wanted (NULL: all) */
static GPtrArray *
fields_parse_walk(const char *text, size_t len, const char *const *loose, const char *const *wanted,
                  guint *named_r)
{
	fields_walk w = {.arr = g_ptr_array_new_with_free_func(fields_field_free),
	                 .value = g_string_sized_new(256)};
	const char *p = text, *end = text + len;

	while (p < end && w.count < FIELDS_MAX) {
		const char *nl = memchr(p, '\n', end - p);
		const char *le = nl ? nl : end;
		size_t n = le - p, nlen;
		gboolean blank = TRUE;

		for (size_t i = 0; i < n; i++) {
			if (!g_ascii_isspace(p[i])) {
				blank = FALSE;
				break;
			}
		}
		/* an unindented rule ("--------", "====") separates groups as a blank line does:
		 * it is no field, and no line of the reply above it */
		if (!blank && n > 0 && !g_ascii_isspace(p[0]))
			blank = fields_rule_line(p, n);
		if (blank) {
			fields_walk_finish(&w);
			if (w.count == 0 || w.last_named) {
				g_ptr_array_add(w.arr, g_new0(fields_field, 1));
				w.count++;
				w.last_named = FALSE;
			}
		} else if ((p[0] == ' ' || p[0] == '\t') && (w.name != NULL || w.skipping)) {
			if (w.name != NULL)
				fields_append(w.value, p, n);
		} else if ((nlen = fields_name_len(p, n)) > 0) {
			const char *colon = memchr(p, ':', n);

			fields_walk_finish(&w);
			if (wanted != NULL && !fields_wanted(p, nlen, wanted)) {
				w.skipping = TRUE;
			} else {
				w.name = ascii_strdown(p, nlen);
				fields_append(w.value, colon + 1, le - colon - 1);
			}
		} else if (w.name != NULL && fields_loose(w.name, loose)) {
			/* a multi-line reply pasted without folding white space */
			fields_append(w.value, p, n);
		} else {
			fields_walk_finish(&w);
		}
		p = nl ? nl + 1 : end;
	}
	fields_walk_finish(&w);
	g_string_free(w.value, TRUE);
	if (named_r != NULL)
		*named_r = w.named;
	return w.arr;
}

/* fields_parse - split a field block into unfolded fields and blank-line markers */
GPtrArray *
fields_parse(const char *text, size_t len)
{
	return fields_parse_walk(text, len, NULL, NULL, NULL);
}

/* fields_parse_loose - fields_parse where a bare line continues a loose field */
GPtrArray *
fields_parse_loose(const char *text, size_t len, const char *const *loose)
{
	return fields_parse_walk(text, len, loose, NULL, NULL);
}

/* fields_parse_named - fields_parse keeping only the fields named in names */
GPtrArray *
fields_parse_named(const char *text, size_t len, const char *const *names, guint *named_r)
{
	return fields_parse_walk(text, len, NULL, names, named_r);
}

/* fields_get - first value of a field by lower-case name */
const char *
fields_get(const GPtrArray *arr, const char *name)
{
	for (guint i = 0; i < arr->len; i++) {
		const fields_field *f = g_ptr_array_index(arr, i);

		if (f->name != NULL && strcmp(f->name, name) == 0)
			return f->value;
	}
	return NULL;
}

/* fields_strip_comments - copy of a field value without (comments) */
char *
fields_strip_comments(const char *value)
{
	GString *out = g_string_sized_new(strlen(value));
	int depth = 0;
	gboolean quoted = FALSE;

	for (const char *p = value; *p; p++) {
		if (*p == '\\' && p[1] != '\0') {
			if (depth == 0) {
				g_string_append_c(out, p[0]);
				g_string_append_c(out, p[1]);
			}
			p++;
		} else if (*p == '"' && depth == 0) {
			quoted = !quoted;
			g_string_append_c(out, *p);
		} else if (*p == '(' && !quoted) {
			depth++;
		} else if (*p == ')' && !quoted && depth > 0) {
			depth--;
		} else if (depth == 0) {
			g_string_append_c(out, *p);
		}
	}
	return g_strstrip(g_string_free(out, FALSE));
}

/* fields_strip_type - skip a "type;" prefix of a DSN field value */
const char *
fields_strip_type(const char *value)
{
	const char *semi = strchr(value, ';');

	if (semi != NULL) {
		/*
		 * only one short word before ';' is a type ("smtp", "X-Unix", "utf-8",
		 * "SMTP ;"): a Diagnostic-Code without its type ("550 Requested action
		 * not taken; mailbox unavailable") keeps its reply code
		 */
		const char *p = value;
		gboolean token = semi - value < 32 && g_ascii_isalpha(*p);

		while (token && p < semi && (g_ascii_isalnum(*p) || *p == '-' || *p == '_'))
			p++;
		while (token && p < semi && (*p == ' ' || *p == '\t'))
			p++;
		if (token && p == semi)
			value = semi + 1;
	}
	while (g_ascii_isspace(*value))
		value++;
	return value;
}
