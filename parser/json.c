/* json.c - a small JSON writer on GString */
#include <string.h>
#include "json.h"

/* json_append_string - append s as a quoted JSON string; invalid UTF-8 becomes U+FFFD */
void
json_append_string(GString *out, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	const char *p, *end;

	if (s == NULL) {
		g_string_append(out, "null");
		return;
	}
	g_string_append_c(out, '"');
	p = s;
	end = s + strlen(s);
	while (p < end) {
		const char *bad;
		const char *q;

		/* a run of ASCII is valid UTF-8: validate only when a byte above 0x7f follows */
		for (bad = p; bad < end && (unsigned char)*bad < 0x80; bad++)
			;
		if (bad < end && !g_utf8_validate(p, end - p, &bad) && bad == p) {
			g_string_append(out, "\\ufffd");
			p++;
			continue;
		}
		if (bad == NULL)
			bad = end;
		for (q = p; q < bad; q++) {
			unsigned char c = (unsigned char)*q;
			const char *run = q;

			/* bytes that need no escape go out as one run */
			while (q < bad && (unsigned char)*q >= 0x20 && *q != '"' && *q != '\\' &&
			       *q != 0x7f)
				q++;
			if (q > run)
				g_string_append_len(out, run, q - run);
			if (q == bad)
				break;
			c = (unsigned char)*q;
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
				if (c < 0x20 || c == 0x7f) {
					g_string_append(out, "\\u00");
					g_string_append_c(out, hex[c >> 4]);
					g_string_append_c(out, hex[c & 15]);
				} else {
					g_string_append_c(out, (char)c);
				}
			}
		}
		p = bad;
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
