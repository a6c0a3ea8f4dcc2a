/* scrape_cause.c - the sentence of a code-less notice that names a cause the classifier knows */
#include <string.h>
#include <glib.h>
#include <bounced/classify.h>
#include <bounced/report.h>
#include "scrape_cause.h"
#include "scrape_engine.h"
#include "scrape_text.h"

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
	/* a code-less "user unknown" is read by its words too (filtered, as the
	 * classifier's evidence rule has it, not a dead mailbox) */
	known = rec->rule != NULL &&
	        (g_str_has_prefix(rec->rule, "text:") ||
	         g_str_has_prefix(rec->rule, "evidence:userunknown-without-code")) &&
	        g_strcmp0(rec->reason, "onhold") != 0 && g_strcmp0(rec->reason, "feedback") != 0;
	bd_record_free(&rec);
	return known;
}

/* line_end - the offset of the newline ending the line at s (or len) */
static size_t
line_end(const char *text, size_t s, size_t len)
{
	const char *nl = memchr(text + s, '\n', len - s);

	return nl != NULL ? (size_t)(nl - text) : len;
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
		if (!scrape_blank(text, ls, le) && decided_by_words(text + ls, le - ls, to))
			return after_wrap || wraps
			           ? scrape_unfold(text + s, e - s, SCRAPE_MAX_DIAGNOSTIC)
			           : scrape_unfold(text + ls, le - ls, SCRAPE_MAX_DIAGNOSTIC);
		after_wrap = wraps;
		ls = le + 1;
	}
	return scrape_unfold(text + s, e - s, SCRAPE_MAX_DIAGNOSTIC);
}

/*
 * The openings of help text: a paragraph that lists what may cause a failure in general
 * ("Common reasons are a full mailbox, …", "If the mailbox is full, …") names no cause of
 * this one, and decides only when no other paragraph does.
 */
static const char *const help_openings[] = {
    "if ",
    "common reason",
    "common cause",
    "possible reason",
    "possible cause",
    "typical reason",
    "typical cause",
    "usual reason",
    "usual cause",
    "reasons can be",
    "reasons may be",
    "this can happen",
    "this may happen",
    "tip:",
    "tips:",
};

/* help_paragraph - does text[s..e) open as help text (help_openings)? */
static gboolean
help_paragraph(const char *text, size_t s, size_t e)
{
	while (s < e && g_ascii_isspace(text[s]))
		s++;
	for (size_t k = 0; k < G_N_ELEMENTS(help_openings); k++) {
		size_t n = strlen(help_openings[k]);

		if (e - s >= n && g_ascii_strncasecmp(text + s, help_openings[k], n) == 0)
			return TRUE;
	}
	return FALSE;
}

char *
scrape_cause_find(const char *text, size_t len, const char *to)
{
	guint pieces = 0;
	size_t s = 0, help_s = 0, help_e = 0;
	gboolean help = FALSE;

	while (s < len && pieces < SCRAPE_CAUSE_PIECES) {
		size_t e = s, le;

		while (s < len && scrape_blank(text, s, line_end(text, s, len)))
			s = line_end(text, s, len) + 1;
		if (s >= len)
			break;
		/* the paragraph: lines up to the next blank one */
		for (e = s; e < len; e = le + 1) {
			le = line_end(text, e, len);
			if (scrape_blank(text, e, le))
				break;
		}
		e = MIN(e, len);
		pieces++;
		if (decided_by_words(text + s, e - s, to)) {
			if (!help_paragraph(text, s, e))
				return narrowest(text, s, e, to, &pieces);
			if (!help) { /* kept in case no other paragraph names a cause */
				help = TRUE;
				help_s = s;
				help_e = e;
			}
		}
		s = e;
	}
	if (help)
		return narrowest(text, help_s, help_e, to, &pieces);
	return NULL;
}
