/* scrape_cause.c - the sentence of a code-less notice that names a cause the classifier knows */
#include <string.h>
#include <glib.h>
#include <bounced/classify.h>
#include <bounced/report.h>
#include "scrape_cause.h"

/*
 * decided_by_words - does text[0..len), as a failure's only diagnostic, get a reason
 * from the classifier's text rows (not a code, not "onhold", not a complaint)?
 */
static gboolean
decided_by_words(const char *text, size_t len, const char *to)
{
	bd_record *rec = bd_record_new();
	gboolean known;

	rec->recipient = g_strdup(to);
	rec->action = g_strdup("failed");
	rec->diagnostic = g_strndup(text, len);
	bd_classify_record(rec, NULL);
	/* heldout30: a text row's "user unknown" that the code-less evidence rule turned into
	 * `filtered` ("the account … has been closed") was decided by words too */
	known =
	    rec->rule != NULL &&
	    (g_str_has_prefix(rec->rule, "text:") || g_str_has_prefix(rec->rule, "evidence:")) &&
	    g_strcmp0(rec->reason, "onhold") != 0 && g_strcmp0(rec->reason, "feedback") != 0;
	bd_record_free(&rec);
	return known;
}

/* blank_line - does text[s..e) hold only white space? */
static gboolean
blank_line(const char *text, size_t s, size_t e)
{
	for (size_t k = s; k < e; k++)
		if (!g_ascii_isspace(text[k]))
			return FALSE;
	return TRUE;
}

/* line_end - the offset of the newline ending the line at s (or len) */
static size_t
line_end(const char *text, size_t s, size_t len)
{
	const char *nl = memchr(text + s, '\n', len - s);

	return nl != NULL ? (size_t)(nl - text) : len;
}

/* unfolded - text[s..e) with its line breaks and runs of white space as one space */
static char *
unfolded(const char *text, size_t s, size_t e)
{
	GString *out = g_string_sized_new(e - s);

	for (size_t k = s; k < e; k++) {
		gboolean space = g_ascii_isspace(text[k]);

		if (!space)
			g_string_append_c(out, text[k]);
		else if (out->len > 0 && out->str[out->len - 1] != ' ')
			g_string_append_c(out, ' ');
	}
	if (out->len > 0 && out->str[out->len - 1] == ' ')
		g_string_truncate(out, out->len - 1);
	return g_string_free(out, FALSE);
}

/*
 * wrapped_line - does text[s..e) read as prose wrapped onto the next line: long (as a
 * mailer fills its lines) and ending without a sentence's or a row's last character?
 */
static gboolean
wrapped_line(const char *text, size_t s, size_t e)
{
	while (e > s && g_ascii_isspace(text[e - 1]))
		e--;
	return e - s >= SCRAPE_CAUSE_FILLED && strchr(".!?:;)]>\"'", text[e - 1]) == NULL;
}

/*
 * narrowest - of the paragraph text[s..e), which names a cause, its first line that
 * names one on its own (a notice's "Reason: …" row among others, HTML table rows), else
 * the whole; never a line cut from wrapped prose, whose sentence the paragraph holds
 */
static char *
narrowest(const char *text, size_t s, size_t e, const char *to, guint *pieces)
{
	gboolean after_wrap = FALSE;

	for (size_t ls = s; ls < e && *pieces < SCRAPE_CAUSE_PIECES;) {
		size_t le = line_end(text, ls, e);
		gboolean wraps = wrapped_line(text, ls, le);

		if (ls == s && le >= e)
			break; /* one line: the paragraph itself */
		(*pieces)++;
		if (!blank_line(text, ls, le) && decided_by_words(text + ls, le - ls, to))
			return after_wrap || wraps ? unfolded(text, s, e) : unfolded(text, ls, le);
		after_wrap = wraps;
		ls = le + 1;
	}
	return unfolded(text, s, e);
}

char *
scrape_cause_find(const char *text, size_t len, const char *to)
{
	guint pieces = 0;
	size_t s = 0;

	while (s < len && pieces < SCRAPE_CAUSE_PIECES) {
		size_t e = s, le;

		while (s < len && blank_line(text, s, line_end(text, s, len)))
			s = line_end(text, s, len) + 1;
		if (s >= len)
			break;
		/* the paragraph: lines up to the next blank one */
		for (e = s; e < len; e = le + 1) {
			le = line_end(text, e, len);
			if (blank_line(text, e, le))
				break;
		}
		e = MIN(e, len);
		pieces++;
		if (decided_by_words(text + s, e - s, to))
			return narrowest(text, s, e, to, &pieces);
		s = e;
	}
	return NULL;
}
