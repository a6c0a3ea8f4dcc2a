/* json.c - a small JSON writer on GString */
#include <string.h>
#include "json.h"
#include "strbuf.h"

/* json_plain - bytes that go out as they are: printable ASCII but '"' and '\\' */
static gboolean
json_plain(unsigned char c)
{
	return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
}

/* Every byte of a word: the bit patterns json_plain_run tests eight bytes at a time with. */
#define JSON_ONES G_GUINT64_CONSTANT(0x0101010101010101)
#define JSON_HIGH G_GUINT64_CONSTANT(0x8080808080808080)

/* json_has_zero - the high bit of some byte is set when a byte of v is 0 (exact for "any") */
static inline guint64
json_has_zero(guint64 v)
{
	return (v - JSON_ONES) & ~v & JSON_HIGH;
}

/*
 * json_plain_run - the first byte of s[0..n) that is not json_plain, or
 * s + n.  Eight bytes per step: a word holds none when it has no byte from
 * 0x80 up, none below 0x20, and no 0x7f, '"' or '\\' (each of those tested
 * as "some byte is zero" of the word xor the byte).  Such a test can be
 * wrong about which byte it is, never about whether there is one: the byte
 * loop after it finds the byte.
 */
static const char *
json_plain_run(const char *s, size_t n)
{
	const char *p = s, *end = s + n;

	while ((size_t)(end - p) >= 8) {
		guint64 v;

		memcpy(&v, p, 8);
		if (((v & JSON_HIGH) | ((v - 0x20 * JSON_ONES) & ~v & JSON_HIGH) |
		     json_has_zero(v ^ (0x7f * JSON_ONES)) | json_has_zero(v ^ ('"' * JSON_ONES)) |
		     json_has_zero(v ^ ('\\' * JSON_ONES))) != 0)
			break;
		p += 8;
	}
	while (p < end && json_plain((unsigned char)*p))
		p++;
	return p;
}

/* json_append_escape - one ASCII byte that needs an escape */
static void
json_append_escape(GString *out, unsigned char c)
{
	static const char hex[] = "0123456789abcdef";

	switch (c) {
	case '"':
		g_string_append(out, "\\\"");
		break;
	case '\\':
		g_string_append(out, "\\\\");
		break;
	case '\n':
		g_string_append(out, "\\n");
		break;
	case '\r':
		g_string_append(out, "\\r");
		break;
	case '\t':
		g_string_append(out, "\\t");
		break;
	default:
		g_string_append(out, "\\u00");
		g_string_append_c(out, hex[c >> 4]);
		g_string_append_c(out, hex[c & 15]);
	}
}

/*
 * json_line_breaking - a character JSON allows raw that line readers split at:
 * the C1 controls (U+0085 NEL among them, often a Latin-1 byte mislabelled as
 * UTF-8) and U+2028/U+2029; escaped, each report stays on one line for
 * readers such as Python's str.splitlines() and JavaScript.
 */
static gboolean
json_line_breaking(gunichar ch)
{
	return (ch >= 0x80 && ch <= 0x9f) || ch == 0x2028 || ch == 0x2029;
}

/* json_append_string - append s as a quoted JSON string; invalid UTF-8 becomes U+FFFD */
void
json_append_string(GString *out, const char *s)
{
	const char *p, *end;

	if (s == NULL) {
		g_string_append(out, "null");
		return;
	}
	end = s + strlen(s);
	p = json_plain_run(s, (size_t)(end - s));
	if (p == end) {
		/* the common case: nothing to escape, one copy */
		size_t n = (size_t)(end - s);
		char *w = strbuf_grow(out, n + 2);

		w[0] = '"';
		memcpy(w + 1, s, n);
		w[n + 1] = '"';
		return;
	}
	g_string_append_c(out, '"');
	strbuf_append(out, s, (size_t)(p - s));
	while (p < end) {
		const char *run = p;
		unsigned char c;

		/* bytes that need nothing go out as one run */
		p = json_plain_run(p, (size_t)(end - p));
		if (p > run)
			strbuf_append(out, run, (size_t)(p - run));
		if (p == end)
			break;
		c = (unsigned char)*p;
		if (c < 0x80) {
			json_append_escape(out, c);
			p++;
		} else {
			/* one UTF-8 character as it is, or U+FFFD for each byte that starts none */
			gunichar ch = g_utf8_get_char_validated(p, end - p);

			if (ch == (gunichar)-1 || ch == (gunichar)-2) {
				g_string_append(out, "\\ufffd");
				p++;
			} else {
				const char *next = g_utf8_next_char(p);

				if (json_line_breaking(ch))
					g_string_append_printf(out, "\\u%04x", (unsigned)ch);
				else
					strbuf_append(out, p, (size_t)(next - p));
				p = next;
			}
		}
	}
	g_string_append_c(out, '"');
}

/* json_append_member - append "name":"value" with a leading comma unless first */
void
json_append_member(GString *out, gboolean *first, const char *name, const char *value)
{
	if (!*first)
		g_string_append_c(out, ',');
	*first = FALSE;
	json_append_string(out, name);
	g_string_append_c(out, ':');
	json_append_string(out, value);
}

/* json_append_member_key - append ,"name":"value" with "name": written already (key) */
void
json_append_member_key(GString *out, gboolean *first, const char *key, size_t key_len,
                       const char *value)
{
	if (!*first)
		g_string_append_c(out, ',');
	*first = FALSE;
	strbuf_append(out, key, key_len);
	json_append_string(out, value);
}

/* json_append_member_raw - append "name":raw where raw is already JSON */
void
json_append_member_raw(GString *out, gboolean *first, const char *name, const char *raw)
{
	if (!*first)
		g_string_append_c(out, ',');
	*first = FALSE;
	json_append_string(out, name);
	g_string_append_c(out, ':');
	g_string_append(out, raw);
}
