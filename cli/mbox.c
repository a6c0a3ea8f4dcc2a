/* mbox.c - the messages of an mbox file (mboxo/mboxrd), for import and parse */
#include <string.h>
#include "mbox.h"

/*
 * mbox_line_end - where the line at p ends (after its LF, CRLF or lone CR), at
 * most end.  Two memchr calls, not a test per byte: a bounce's lines are long.
 */
static const char *
mbox_line_end(const char *p, const char *end)
{
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	const char *cr = memchr(p, '\r', (size_t)((nl != NULL ? nl : end) - p));

	if (cr != NULL)
		return cr + 1 < end && cr[1] == '\n' ? cr + 2 : cr + 1;
	return nl != NULL ? nl + 1 : end;
}

/* mbox_blank - the line [p, next) holds nothing but its line end */
static gboolean
mbox_blank(const char *p, const char *next)
{
	return (next - p == 1 && (*p == '\n' || *p == '\r')) ||
	       (next - p == 2 && p[0] == '\r' && p[1] == '\n');
}

/*
 * mbox_postmark - the line is a "From sender date" separator by its syntax
 * ("From a@b Thu Jul  2 12:05:05 2020"): a time with seconds and, after it, a
 * year.  Files made by concatenating messages often leave out the blank line
 * before it.
 */
static gboolean
mbox_postmark(const char *p, const char *next)
{
	const char *q = p + 5, *time = NULL;

	while (q < next && *q != ' ' && *q != '\t' && *q != '\r' && *q != '\n')
		q++; /* the sender */
	for (; q + 8 <= next && time == NULL; q++)
		if (g_ascii_isdigit(q[0]) && g_ascii_isdigit(q[1]) && q[2] == ':' &&
		    g_ascii_isdigit(q[3]) && g_ascii_isdigit(q[4]) && q[5] == ':' &&
		    g_ascii_isdigit(q[6]) && g_ascii_isdigit(q[7]))
			time = q;
	for (q = time ? time + 8 : next; q + 4 <= next; q++)
		if (q[-1] == ' ' && g_ascii_isdigit(q[0]) && g_ascii_isdigit(q[1]) &&
		    g_ascii_isdigit(q[2]) && g_ascii_isdigit(q[3]) &&
		    (q + 4 == next || !g_ascii_isdigit(q[4])))
			return TRUE;
	return FALSE;
}

/* mbox_escaped - the line is a quoted From_ line (">From ", ">>From " …) */
static gboolean
mbox_escaped(const char *p, const char *next)
{
	const char *q = p;

	while (q < next && *q == '>')
		q++;
	return q > p && (size_t)(next - q) >= 5 && memcmp(q, "From ", 5) == 0;
}

/* mbox_unescape - a copy of [p, end) with one '>' taken from each quoted From_ line */
static char *
mbox_unescape(const char *p, const char *end, size_t *len_r)
{
	GString *g = g_string_sized_new((gsize)(end - p));

	while (p < end) {
		const char *next = mbox_line_end(p, end);

		if (mbox_escaped(p, next))
			g_string_append_len(g, p + 1, next - p - 1);
		else
			g_string_append_len(g, p, next - p);
		p = next;
	}
	*len_r = g->len;
	return g_string_free(g, FALSE);
}

/* mbox_flush - hand message [start, end) to fn, without the line end mbox put before the
 * next separator; an empty message is skipped */
static gboolean
mbox_flush(const char *start, const char *end, gboolean escaped, unsigned *n, mbox_message_fn fn,
           gpointer user_data)
{
	size_t len;
	char *copy = NULL;

	if (end > start && end[-1] == '\n')
		end -= end - 1 > start && end[-2] == '\r' ? 2 : 1;
	else if (end > start && end[-1] == '\r')
		end--;
	if (end <= start)
		return TRUE;
	len = (size_t)(end - start);
	if (escaped)
		copy = mbox_unescape(start, end, &len);
	return fn(copy, copy != NULL ? copy : start, len, ++*n, user_data);
}

/* mbox_is - the bytes start like an mbox: a "From " separator line */
gboolean
mbox_is(const char *data, size_t len)
{
	return len >= 5 && memcmp(data, "From ", 5) == 0;
}

/* mbox_split - one pass over the lines: separators after blank lines start messages */
gboolean
mbox_split(const char *data, size_t len, mbox_message_fn fn, gpointer user_data)
{
	const char *p = data, *end = data + len, *start = NULL;
	gboolean prev_blank = TRUE, escaped = FALSE, ok = TRUE;
	unsigned n = 0;

	while (ok && p < end) {
		const char *next = mbox_line_end(p, end);

		if ((size_t)(next - p) >= 5 && memcmp(p, "From ", 5) == 0 &&
		    (prev_blank || mbox_postmark(p, next))) {
			if (start != NULL)
				ok = mbox_flush(start, p, escaped, &n, fn, user_data);
			start = next;
			escaped = FALSE;
		} else if (!escaped && p[0] == '>') {
			escaped = mbox_escaped(p, next);
		}
		prev_blank = mbox_blank(p, next);
		p = next;
	}
	if (ok && start != NULL)
		ok = mbox_flush(start, end, escaped, &n, fn, user_data);
	return ok;
}
