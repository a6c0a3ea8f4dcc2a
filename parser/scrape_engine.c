/* scrape_engine.c - the table-driven reader of free-text bounces shared by every family */
#include <string.h>
#include "scrape_engine.h"
#include "delay_phrases.h"
#include "scrape_grams.h"
#include "strbuf.h"

/* The text one recipient line (and what follows it) says about that recipient. */
typedef struct segment {
	GString *raw;     /* every line, for command and host rows */
	GString *diag;    /* lines that are not boilerplate */
	size_t own_off;   /* where the recipient line's own text starts in diag */
	size_t own_end;   /* where it ends (own_off when the line had no text of its own) */
	size_t words_off; /* where the item's own words start, to compare with another item's */
	char own_code[4]; /* "550 <addr>... text" lines: the leading code */
	char own_status[SCRAPE_STATUS_MAX]; /* and the status after it ("550 5.1.1 <addr>...") */
	int cont_code;     /* the previous diag line began "NNN-": its code, for unfolding */
	gboolean has_code; /* a line of the diagnostic holds a placed reply code */
	gboolean broken;   /* a BREAK row was seen: once it has a code, later lines are context */
	gboolean sealed;   /* a titled section began below its own words: later lines are context */
	char *host;        /* the host of the transcript part the segment began in, or NULL */
	const char *host_rule;
	size_t last_off;       /* where the last line with text starts in diag */
	size_t last_raw_off;   /* and in raw */
	gboolean last_heading; /* that line may head a list: it ends with ':' and holds no code */
	char *heading;         /* the heading of the list the recipient was listed under, or NULL */
	gboolean borrowed;     /* a list item: its text is what the list shared after it */
	gboolean delivered;    /* listed under a heading that says the list was reached */
	size_t para_off;       /* where the paragraph of the last line starts in diag */
	size_t para_raw_off;   /* and in raw */
	guint para_lines;      /* the lines with text in that paragraph */
	gboolean para_code;    /* one of them holds a placed reply code */
	gboolean reply_before; /* the reply paragraph right above the recipient line is its own */
} segment;

/* One distinct recipient and the segments that mention it. */
typedef struct block {
	char *address;
	GPtrArray *segments; /* segment * */
	const char *rule;
	gboolean from_phrase;
} block;

typedef struct kind_list kind_list;

/* Reading state of one message. */
typedef struct engine {
	const scrape_family *fam;
	const kind_list *kinds; /* fam's rows by kind */
	const scrape_doc *doc;
	GPtrArray *blocks;       /* block *, in order */
	GHashTable *by_addr;     /* lower-cased address -> block * */
	segment *cur;            /* where following lines go, or NULL */
	block *cur_block;        /* the recipient cur belongs to */
	size_t cur_indent;       /* the indentation of the line that named that recipient */
	gboolean item_open;      /* no line as shallow as that one has come since */
	segment *pending;        /* lines not yet given to a recipient */
	segment *context;        /* CONTEXT_BEFORE: what the last recipient took from pending */
	segment *section;        /* every line of the section */
	GPtrArray *group;        /* recipients listed one after another, sharing the text below */
	GPtrArray *group_blocks; /* the block of each of those */
	size_t end_off;          /* offset in the body of the line that ended the section */
	gint64 start;            /* the line that opened the section, or -1 */
	gboolean unnamed; /* the last recipient line (RCPT_PREFIX) held no readable address */
	char *part_host;  /* the host of the open transcript part (HOST_SECTION), or NULL */
	const char *part_host_rule;
	segment *exchange;  /* the part's lines before its first recipient, or NULL */
	GString *exchanged; /* those lines once the part's first recipient took them, or NULL */
	segment *part_from; /* the item open when the part began, which took its lines too */
	block *part_from_block;
	size_t part_diag_off, part_raw_off; /* that item's text before the part */
	scrape_grams grams; /* the pairs of every line read: segments are made of those lines */
	char *heading;      /* the heading of the open list (moved out of the text before it) */
	gboolean delivered_list; /* that heading (or the first list's) says the list was reached */
	char *preamble;          /* the section's last lines before its first recipient, or NULL */
	char *opening;    /* the opening line, when the preamble is the lead above it, or NULL */
	GPtrArray *alike; /* recipients listed one after another with the same words, no reply */
	GPtrArray *alike_blocks; /* the block of each of those */
	GPtrArray *shared;       /* the items a block of replies is held for, the open one last */
	GPtrArray *shared_blocks;
	GPtrArray *held; /* held_reply *: the replies REPLY rows marked after them, in order */
	char *program;   /* a program or file line heading the open item ("|/usr/bin/x") */
	size_t program_indent;
	GHashTable *programs;    /* such a line's program -> the block of the address it expanded */
	gboolean list_cont;      /* the last recipient line ended its list with ',' or ';' */
	gboolean ends_para;      /* the line being read is the last of its paragraph */
	const scrape_rule *wrap; /* the last line's RCPT_AFTER phrase had no address after it */
	const char *wrap_p;      /* that line, its indentation left out */
	gboolean wrap_heading;   /* that line is a heading (wrap_heading_line) */
} engine;

/* Recipients of one list that share the explanation printed after it, at most. */
#define SCRAPE_MAX_GROUP 100

/* A display name before an address in parentheses ("Jonas Keller (jonas@x)"), at most. */
#define SCRAPE_MAX_NAME 64
#define SCRAPE_MAX_NAME_SPACES 6

/* A reply line marked after items listed with the same words, held until the block ends. */
typedef struct held_reply {
	char *text;
	size_t n;
	gboolean skip;
} held_reply;

/* held_free - free one held_reply (GDestroyNotify) */
static void
held_free(gpointer p)
{
	held_reply *r = p;

	g_free(r->text);
	g_free(r);
}

/* segment_new - an empty segment */
static segment *
segment_new(void)
{
	segment *s = g_new0(segment, 1);

	s->raw = g_string_new(NULL);
	s->diag = g_string_new(NULL);
	return s;
}

/* segment_free - free a segment (GDestroyNotify) */
static void
segment_free(gpointer p)
{
	segment *s = p;

	g_string_free(s->raw, TRUE);
	g_string_free(s->diag, TRUE);
	g_free(s->host);
	g_free(s->heading);
	g_free(s);
}

/* block_free - free a block and its segments (GDestroyNotify) */
static void
block_free(gpointer p)
{
	block *b = p;

	g_free(b->address);
	g_ptr_array_free(b->segments, TRUE);
	g_free(b);
}

/* scrape_found_free - free one scrape_found */
void
scrape_found_free(gpointer p)
{
	scrape_found *f = p;

	if (f == NULL)
		return;
	g_free(f->address);
	g_free(f->reply_code);
	g_free(f->status);
	g_free(f->diagnostic);
	g_free(f->remote_mta);
	g_free(f->smtp_command);
	g_free(f->feedback_type);
	g_free(f->context);
	g_free(f);
}

/* scrape_rule_id - "scrape.<family>.<id>" */
char *
scrape_rule_id(const scrape_family *fam, const char *id)
{
	return g_strconcat("scrape.", fam->name, ".", id ? id : "text", NULL);
}

/* line_code - the reply code a line starts with ("550-…" or "550 …"), or 0 */
static int
line_code(const char *p, size_t n, gboolean *dash_r)
{
	if (n < 4 || (p[0] != '4' && p[0] != '5') || !g_ascii_isdigit(p[1]) ||
	    !g_ascii_isdigit(p[2]) || (p[3] != '-' && p[3] != ' '))
		return 0;
	*dash_r = p[3] == '-';
	return (p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0');
}

/* decoration - a rule of "=====" or "-----" drawn across the text */
static gboolean
decoration(const char *p, size_t n)
{
	if (n < 4)
		return FALSE;
	for (size_t i = 0; i < n; i++) {
		switch (p[i]) {
		case '=':
		case '-':
		case '*':
		case '_':
		case '#':
		case '~':
		case '+':
		case ' ':
		case '\0': /* strchr("=-*_#~+ ", c) finds the NUL too */
			break;
		default:
			return FALSE;
		}
	}
	return TRUE;
}

/*
 * underline - a line of '-' or '=' only (a setext title's rule, not a "_____" separator),
 * about as long as the title line above it (title_len bytes with its newline)
 */
static gboolean
underline(const char *p, size_t n, size_t title_len)
{
	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
		n--;
	if (n < 4 || title_len < 2 || n + 8 < title_len || n > 2 * title_len + 8)
		return FALSE;
	for (size_t i = 0; i < n; i++)
		if (p[i] != p[0] || (p[0] != '-' && p[0] != '='))
			return FALSE;
	return TRUE;
}

/*
 * heading_line - a line that may name what the list below it has in common:
 * short, ending with a colon (ASCII or full-width), without a reply code
 */
static gboolean
heading_line(const char *p, size_t n)
{
	size_t pos;

	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
		n--;
	if (n < 2 || n > SCRAPE_MAX_HEADING)
		return FALSE;
	if (p[n - 1] != ':' && !(n >= 3 && memcmp(p + n - 3, "\xef\xbc\x9a", 3) == 0))
		return FALSE;
	return scrape_reply_find(p, n, &pos) == SCRAPE_CODE_NONE;
}

/*
 * reply_opens - the code of a multi-line reply that starts inside the line
 * ("host mx[ip]: 550-5.1.1 The email account …", Exim's older layout), placed
 * (after "said:", "]:", "; " …) so that prose ("error 550-ish") is no reply, with
 * or without an enhanced status ("said: 550-Verification failed for <a>", an
 * Exim callout quoted by Postfix), or 0.  Only a next line that starts with the
 * same code loses it, so a reply that does not go on costs nothing.
 */
static int
reply_opens(const char *p, size_t n)
{
	size_t pos;
	gboolean dash_code = FALSE;

	/* most lines hold no "NNN-" at all: look for one before the reply search */
	for (const char *d = n > 3 ? memchr(p + 3, '-', n - 3) : NULL; d != NULL && !dash_code;
	     d = d + 1 < p + n ? memchr(d + 1, '-', (size_t)(p + n - d - 1)) : NULL)
		dash_code =
		    g_ascii_isdigit(d[-1]) && g_ascii_isdigit(d[-2]) && g_ascii_isdigit(d[-3]);
	if (!dash_code || scrape_reply_find(p, n, &pos) < SCRAPE_CODE_PLACED || pos + 4 > n ||
	    p[pos + 3] != '-')
		return 0;
	return (p[pos] - '0') * 100 + (p[pos + 1] - '0') * 10 + (p[pos + 2] - '0');
}

/*
 * segment_add - append one line; skip keeps it out of the diagnostic.  A
 * continuation of a multi-line reply ("550-5.7.1 …" after "550-…") loses its
 * repeated code so the diagnostic reads as one sentence: also when the reply
 * began inside a line ("host x [ip]: 550-5.1.1 …", Exim's older layout) or
 * is a transcript's answer ("<<< 550-5.1.1 …" then "<<< 550 5.1.1 …",
 * Sendmail), whose arrow goes with the repeated code.
 */
static void
segment_add_line(segment *s, const char *p, size_t n, gboolean skip)
{
	gboolean dash = FALSE;
	int code;
	size_t arrow, raw_off = s->raw->len;

	if (s->raw->len + n + 1 > SCRAPE_MAX_SEGMENT)
		return;
	strbuf_append(s->raw, p, n);
	g_string_append_c(s->raw, '\n');
	while (n > 0 && (*p == ' ' || *p == '\t')) {
		p++;
		n--;
	}
	if (n > 0 && !decoration(p, n)) {
		/* "Mailbox full:", "The following recipients are unknown:" may head the list below
		 */
		s->last_off = s->diag->len;
		s->last_raw_off = raw_off;
		s->last_heading = !skip && !(s->broken && s->has_code) && heading_line(p, n);
	}
	if (skip || (s->broken && s->has_code) || s->sealed)
		return;
	arrow = n > 4 && memcmp(p, "<<< ", 4) == 0 ? 4 : 0;
	code = line_code(p + arrow, n - arrow, &dash);
	if (code != 0 && code == s->cont_code) {
		size_t k = arrow + 4, sn;

		if (scrape_status_at(p, n, k, &sn))
			k += sn;
		p += k;
		n -= k;
	} else if (code == 0 && (code = reply_opens(p, n)) != 0) {
		dash = TRUE;
	}
	s->cont_code = dash ? code : 0;
	/* "550-5.7.26" alone: a line of the reply, not a blank line between paragraphs */
	if (code != 0 && scrape_blank(p, 0, n) && s->diag->len > 0)
		return;
	if (!s->has_code) {
		size_t pos;

		s->has_code = scrape_reply_find(p, n, &pos) >= SCRAPE_CODE_PLACED;
	}
	strbuf_append(s->diag, p, n);
	g_string_append_c(s->diag, '\n');
}

/*
 * segment_add - segment_add_line, keeping track of the paragraph the line belongs to (the
 * lines since the last blank one) and whether it holds a placed reply code (engine13)
 */
static void
segment_add(segment *s, const char *p, size_t n, gboolean skip)
{
	size_t pos;

	segment_add_line(s, p, n, skip);
	if (scrape_blank(p, 0, n)) {
		s->para_off = s->diag->len;
		s->para_raw_off = s->raw->len;
		s->para_lines = 0;
		s->para_code = FALSE;
	} else {
		s->para_lines++;
		if (!skip && scrape_reply_find(p, n, &pos) >= SCRAPE_CODE_PLACED)
			s->para_code = TRUE;
	}
}

/* The rows of one kind that apply to a family (its tables, then the common rows), with lengths. */
struct kind_list {
	const scrape_rule **rules;
	size_t *lens;
	gboolean *plain; /* every white space of the text is one ' ' between other characters */
	scrape_gram_sig *sigs; /* the pairs that rule a row out of a text before strstr */
	guint n;
	size_t min_len; /* the shortest text of the list: shorter lines are not looked at */
};

#define KINDS SCRAPE_R_KINDS

/* Per family (and the generic one, last): its rows sorted by kind, built once. */
static kind_list (*compiled)[KINDS];

/* text_plain - is every white space character of t a lone ' ' with text on both sides? */
static gboolean
text_plain(const char *t)
{
	for (size_t i = 0; t[i] != '\0'; i++) {
		if (!g_ascii_isspace(t[i]))
			continue;
		if (t[i] != ' ' || i == 0 || t[i + 1] == '\0' || g_ascii_isspace(t[i - 1]) ||
		    g_ascii_isspace(t[i + 1]))
			return FALSE;
	}
	return TRUE;
}

/* compile_count - add the rows of one table to the per-kind counts */
static void
compile_count(guint *counts, const scrape_rule *table)
{
	for (const scrape_rule *r = table; r->kind != 0; r++)
		counts[r->kind]++;
}

/* compile_add - append the rows of one table to kind lists sized by compile_count */
static void
compile_add(kind_list *lists, const scrape_rule *table)
{
	for (const scrape_rule *r = table; r->kind != 0; r++) {
		kind_list *k = &lists[r->kind];

		k->rules[k->n] = r;
		k->lens[k->n] = strlen(r->text);
		k->plain[k->n] = text_plain(r->text);
		scrape_gram_sig_init(&k->sigs[k->n], r->text, k->lens[k->n]);
		k->n++;
	}
}

/* compile_append - append the rows of a compiled list (the common rows) to another */
static void
compile_append(kind_list *to, const kind_list *from)
{
	memcpy(to->rules + to->n, from->rules, from->n * sizeof(*from->rules));
	memcpy(to->lens + to->n, from->lens, from->n * sizeof(*from->lens));
	memcpy(to->plain + to->n, from->plain, from->n * sizeof(*from->plain));
	memcpy(to->sigs + to->n, from->sigs, from->n * sizeof(*from->sigs));
	to->n += from->n;
}

/* compile_alloc - room for counts[kind] rows in each kind list */
static void
compile_alloc(kind_list *lists, const guint *counts)
{
	for (int k = 0; k < KINDS; k++) {
		lists[k].rules = g_new(const scrape_rule *, counts[k] + 1);
		lists[k].lens = g_new(size_t, counts[k] + 1);
		lists[k].plain = g_new(gboolean, counts[k] + 1);
		lists[k].sigs = g_new(scrape_gram_sig, counts[k] + 1);
		lists[k].n = 0;
	}
}

/* One table's rows compiled once: generic_rules alone is shared by some twenty families. */
typedef struct {
	const scrape_rule *table;
	kind_list lists[KINDS];
} compiled_table;

/* compile_table - the kind lists of table, compiled on first use into cache */
static const kind_list *
compile_table(GArray *cache, const scrape_rule *table)
{
	compiled_table *c;
	guint counts[KINDS] = {0};

	for (guint i = 0; i < cache->len; i++)
		if (g_array_index(cache, compiled_table, i).table == table)
			return g_array_index(cache, compiled_table, i).lists;
	g_array_set_size(cache, cache->len + 1);
	c = &g_array_index(cache, compiled_table, cache->len - 1);
	c->table = table;
	compile_count(counts, table);
	compile_alloc(c->lists, counts);
	compile_add(c->lists, table);
	return c->lists;
}

/* compile_free - free the kind lists of one compiled table */
static void
compile_free(kind_list *lists)
{
	for (int k = 0; k < KINDS; k++) {
		g_free(lists[k].rules);
		g_free(lists[k].lens);
		g_free(lists[k].plain);
		g_free(lists[k].sigs);
	}
}

/*
 * compile_family - the kind lists of one family, table order kept: its own
 * rows, then the common rows (compiled once, in common); each table's rows are
 * compiled once (in cache) and copied
 */
static void
compile_family(kind_list *lists, const scrape_family *fam, const kind_list *common, GArray *cache)
{
	guint counts[KINDS] = {0};

	for (int t = 0; t < SCRAPE_MAX_TABLES && fam->rules[t] != NULL; t++)
		compile_count(counts, fam->rules[t]);
	for (int k = 0; k < KINDS; k++)
		counts[k] += common[k].n;
	compile_alloc(lists, counts);
	for (int t = 0; t < SCRAPE_MAX_TABLES && fam->rules[t] != NULL; t++) {
		const kind_list *own = compile_table(cache, fam->rules[t]);

		for (int k = 0; k < KINDS; k++)
			compile_append(&lists[k], &own[k]);
	}
	for (int k = 0; k < KINDS; k++) {
		compile_append(&lists[k], &common[k]);
		lists[k].min_len = lists[k].n > 0 ? lists[k].lens[0] : 0;
		for (guint i = 1; i < lists[k].n; i++)
			lists[k].min_len = MIN(lists[k].min_len, lists[k].lens[i]);
	}
}

/* compile_all - the kind lists of every family and the generic one */
static void
compile_all(void)
{
	kind_list common[KINDS];
	guint counts[KINDS] = {0};
	GArray *cache = g_array_new(FALSE, TRUE, sizeof(compiled_table));

	compile_count(counts, scrape_common_rules);
	compile_count(counts, delay_phrases);
	compile_alloc(common, counts);
	compile_add(common, scrape_common_rules);
	compile_add(common, delay_phrases);
	compiled = g_malloc0_n(scrape_n_families + 1, sizeof(*compiled));
	for (size_t i = 0; i < scrape_n_families; i++)
		compile_family(compiled[i], &scrape_families[i], common, cache);
	compile_family(compiled[scrape_n_families], &scrape_generic_family, common, cache);
	compile_free(common);
	for (guint i = 0; i < cache->len; i++)
		compile_free(g_array_index(cache, compiled_table, i).lists);
	g_array_free(cache, TRUE);
}

/* family_kinds - the compiled kind lists of fam, indexed by kind (built on first use, thread-safe)
 */
static const kind_list *
family_kinds(const scrape_family *fam)
{
	static gsize once = 0;
	size_t idx;

	if (G_UNLIKELY(g_once_init_enter(&once))) {
		compile_all();
		g_once_init_leave(&once, 1);
	}
	if (fam >= scrape_families && fam < scrape_families + scrape_n_families)
		idx = (size_t)(fam - scrape_families);
	else
		idx = scrape_n_families;
	return compiled[idx];
}

/*
 * rule_match - the first row of kind (table order) matching the lower-cased
 * line l[0..n), which is NUL-terminated at or after n; *at_r points just past
 * the match.  pairs sums up the pairs of l[0..n) (scrape_pairs_of, or
 * SCRAPE_PAIRS_ANY): rows with a pair it lacks are not compared.
 */
static const scrape_rule *
rule_match_from(const engine *en, scrape_rule_kind kind, const char *l, size_t n, guint64 pairs,
                const char **at_r, guint *from)
{
	const kind_list *k = &en->kinds[kind];

	if (n < k->min_len)
		return NULL;
	for (guint i = from != NULL ? *from : 0; i < k->n; i++) {
		const char *text = k->rules[i]->text, *at;
		size_t tl = k->lens[i];

		if (tl > n || !scrape_pairs_may_hold(pairs, &k->sigs[i]))
			continue;
		if (kind == SCRAPE_R_END_PREFIX || kind == SCRAPE_R_RCPT_PREFIX ||
		    kind == SCRAPE_R_RCPT_REPLACE) {
			if (memcmp(l, text, tl) != 0)
				continue;
			*at_r = l + tl;
		} else if (kind == SCRAPE_R_SKIP_LINE) {
			size_t m = n;

			while (m > 0 && (l[m - 1] == ' ' || l[m - 1] == '\t'))
				m--;
			if (tl != m || memcmp(l, text, tl) != 0)
				continue;
			*at_r = l;
		} else {
			if ((at = strstr(l, text)) == NULL || (size_t)(at - l) + tl > n)
				continue;
			*at_r = at + tl;
		}
		if (from != NULL)
			*from = i + 1;
		return k->rules[i];
	}
	return NULL;
}

/* rule_match - the first row of kind in the line l[0..n), and where its text ends in *at_r */
static const scrape_rule *
rule_match(const engine *en, scrape_rule_kind kind, const char *l, size_t n, guint64 pairs,
           const char **at_r)
{
	return rule_match_from(en, kind, l, n, pairs, at_r, NULL);
}

/* family_has - does one of fam's own tables have a row of kind? */
static gboolean
family_has(const scrape_family *fam, scrape_rule_kind kind)
{
	for (int t = 0; t < SCRAPE_MAX_TABLES && fam->rules[t] != NULL; t++)
		for (const scrape_rule *r = fam->rules[t]; r->kind != 0; r++)
			if (r->kind == kind)
				return TRUE;
	return FALSE;
}

/* trim_left - skip blanks */
static size_t
trim_left(const char *p, size_t n)
{
	size_t i = 0;

	while (i < n && (p[i] == ' ' || p[i] == '\t'))
		i++;
	return i;
}

/*
 * trim_indent - the indentation at p: ASCII blanks and full-width ones (U+3000), which
 * Japanese notices indent their labels with ("　宛先：a@b", "　　理由：…")
 */
static size_t
trim_indent(const char *p, size_t n)
{
	size_t i = 0;

	for (;;) {
		if (i < n && (p[i] == ' ' || p[i] == '\t'))
			i++;
		else if (i + 3 <= n && memcmp(p + i, "\xe3\x80\x80", 3) == 0)
			i += 3;
		else
			return i;
	}
}

/* lead_boundary - may an address at the start of a line be followed by c? */
static gboolean
lead_boundary(const char *p, size_t n, size_t after)
{
	/* japan14: or anything after a full-width closing bracket ("「a@b」宛てのメールは") */
	return after >= n || strchr(" \t:;,.([<'\"", p[after]) != NULL ||
	       (after >= 3 && (memcmp(p + after - 3, "\xe3\x80\x8d", 3) == 0 ||
	                       memcmp(p + after - 3, "\xe3\x80\x8f", 3) == 0 ||
	                       memcmp(p + after - 3, "\xef\xbc\x9e", 3) == 0 ||
	                       memcmp(p + after - 3, "\xef\xbc\x89", 3) == 0));
}

/* Where a recipient was found on a line. */
typedef struct rcpt_hit {
	size_t a_start, a_end;          /* address, offsets in the line */
	size_t rest;                    /* where the recipient's own text starts */
	char code[4];                   /* sendmail lines */
	char status[SCRAPE_STATUS_MAX]; /* and the status after the code ("550 5.1.1 <a>...") */
	const scrape_rule *rule;
	const char *layout; /* rule id when found by layout */
	gboolean unnamed;   /* a RCPT_PREFIX row matched, but no address could be read after it */
	const char *alias;  /* the address a program line named in the line stands for, or NULL */
	const scrape_rule *phrase; /* an address line: the RCPT_BEFORE row its own text holds */
	const scrape_rule *wrap;   /* a RCPT_AFTER phrase no address followed on its line */
} rcpt_hit;

/*
 * column_address - a table row whose reply column comes first and whose address column
 * ends the line ("550 5.1.1 No such recipient      a@b", engine14): the line starts with
 * a reply code, and its last word, after a gap of two blanks or a tab, is an address and
 * nothing else.  The whole line is the recipient's own text.
 */
static gboolean
column_address(const char *p, size_t n, rcpt_hit *h)
{
	size_t ind = trim_left(p, n), end = n, t, s, e, after;
	gboolean dash;

	while (end > ind && (p[end - 1] == ' ' || p[end - 1] == '\t' || p[end - 1] == '\r'))
		end--;
	t = end;
	while (t > ind && p[t - 1] != ' ' && p[t - 1] != '\t')
		t--;
	if (line_code(p + ind, n - ind, &dash) == 0 || t < ind + 6 ||
	    (p[t - 1] != '\t' && p[t - 2] != ' ') ||
	    !scrape_address_lead(p + t, end - t, &s, &e, &after) || t + after != end)
		return FALSE;
	h->a_start = t + s;
	h->a_end = t + e;
	h->rest = 0;
	h->layout = "address-column";
	return TRUE;
}

/*
 * paren_cause_address - a line that puts the cause before the address, in parentheses or
 * brackets ("(mailbox full) a@b", "[account disabled] <a@b>", engine15): the parenthesis
 * opens the line, holds words (no address), and the address after it ends the line.  The
 * whole line is the recipient's own text.
 */
static gboolean
paren_cause_address(const char *p, size_t n, rcpt_hit *h)
{
	size_t ind = trim_left(p, n), end = n, c, t, s, e, after;
	gboolean letter = FALSE;
	char close;

	if (ind >= n || (p[ind] != '(' && p[ind] != '['))
		return FALSE;
	close = p[ind] == '(' ? ')' : ']';
	for (c = ind + 1; c < n && p[c] != close; c++) {
		if (p[c] == '@' || p[c] == '(' || p[c] == '[' || p[c] == '<')
			return FALSE;
		letter |= g_ascii_isalpha(p[c]) || (unsigned char)p[c] >= 0x80;
	}
	if (c >= n || !letter)
		return FALSE;
	while (end > c && (p[end - 1] == ' ' || p[end - 1] == '\t' || p[end - 1] == '\r'))
		end--;
	t = c + 1 + trim_left(p + c + 1, n - c - 1);
	if (t >= end || !scrape_address_lead(p + t, end - t, &s, &e, &after) || t + after != end)
		return FALSE;
	h->a_start = t + s;
	h->a_end = t + e;
	h->rest = 0;
	h->layout = "paren-cause-address";
	return TRUE;
}

/* command_line - is the line a transcript's command sent (">>> RCPT To:<a>"), maybe indented? */
static gboolean
command_line(const char *p, size_t n)
{
	while (n > 0 && (*p == ' ' || *p == '\t')) {
		p++;
		n--;
	}
	return n >= 4 && memcmp(p, ">>> ", 4) == 0;
}

/* item_digits - the length of one or two digits at p, ASCII or full-width (U+FF10-U+FF19) */
static size_t
item_digits(const char *p, size_t n)
{
	size_t i = 0;

	for (int k = 0; k < 2; k++) {
		if (i < n && g_ascii_isdigit(p[i]))
			i++;
		else if (i + 3 <= n && (guchar)p[i] == 0xef && (guchar)p[i + 1] == 0xbc &&
		         (guchar)p[i + 2] >= 0x90 && (guchar)p[i + 2] <= 0x99)
			i += 3;
		else
			break;
	}
	return i;
}

/*
 * item_number_skip - length of an item number and the blank after it at p: "1. ", "2) ",
 * "[1] ", "(3) " (japan6: numbered recipient lists, "1. a@b", "[2] a@b"), 0 when none.  The
 * blank is required, so "1.2.3.4" or a reply code's digits are no item number.
 */
static size_t
item_number_skip(const char *p, size_t n)
{
	size_t i = 0, d;
	char close = '\0';

	if (n > 0 && (p[0] == '[' || p[0] == '(')) {
		close = p[0] == '[' ? ']' : ')';
		i = 1;
	}
	d = item_digits(p + i, n - i);
	if (d == 0 || i + d >= n)
		return 0;
	i += d;
	if (close != '\0' ? p[i] != close : (p[i] != '.' && p[i] != ')'))
		return 0;
	i++;
	return i < n && (p[i] == ' ' || p[i] == '\t') ? i : 0;
}

/* bullet_skip - length of a list bullet, item number, transcript arrow or table bar at p ("* ",
 * "- ", "1. ", ">>> ", "| ") */
static size_t
bullet_skip(const char *p, size_t n)
{
	size_t i = 0;

	/* engine14: "| a@b | 5.1.1 | 550 … |", the first cell of a table drawn with bars */
	if (n >= 2 && (p[0] == '*' || p[0] == '-' || p[0] == '|') && p[1] == ' ')
		i = 2;
	/* paraphrase29: U+2022, the bullet of a typeset list ("  • a@b") */
	else if (n >= 4 && memcmp(p, "\xe2\x80\xa2 ", 4) == 0)
		i = 4;
	else if (n >= 3 && memcmp(p, ">>>", 3) == 0)
		i = 3;
	else
		i = item_number_skip(p, n);
	return i + trim_left(p + i, n - i);
}

/*
 * list_mark_skip - length of a Japanese list mark (or an item number, "1)") at p and the
 * blanks after it ("■ 宛先: a@b",
 * "●宛先：a@b", "・宛先　: a@b"; U+3000 counts as a blank), 0 when the line has none.  The
 * marks are the ones Japanese notices put before their items; "※" (a note) is not among
 * them.  Circled digits ("① 宛先：a@b", NEC's row 13 in CP932 notices) count like item
 * numbers: only a recipient prefix after one makes the line count, so a numbered step
 * ("① 宛先をご確認ください") still names nobody.
 */
static size_t
list_mark_skip(const char *p, size_t n)
{
	static const char *const marks[] = {"\xe2\x96\xa0", "\xe2\x96\xa1", "\xe2\x97\x8f",
	                                    "\xe2\x97\x8b", "\xe2\x97\x86", "\xe2\x97\x87",
	                                    "\xe3\x83\xbb"};
	size_t i = 0;

	for (gsize k = 0; k < G_N_ELEMENTS(marks) && i == 0; k++)
		if (n >= 3 && memcmp(p, marks[k], 3) == 0)
			i = 3;
	/* japan4: an item number, "1) 宛先: a@b", "2） 宛先：…" (only a recipient prefix after it
	 * makes it count, so a numbered step "1) 宛先をご確認ください" names nobody); japan5: in
	 * full-width digits too, and closed by a period ("１．宛先：a@b", "2. 宛先: a@b") */
	/* i18n15: an ASCII bullet or U+2022 before the prefix ("  - 수신자: a@b", "* Получатель:
	 * a@b", "• 收件人：a@b"); only a recipient prefix after it makes the line count */
	if (i == 0 && n >= 2 && (p[0] == '-' || p[0] == '*') && p[1] == ' ')
		i = 1;
	if (i == 0 && n >= 3 && memcmp(p, "\xe2\x80\xa2", 3) == 0)
		i = 3;
	/* japan13: U+2460..U+2473 (①..⑳) */
	if (i == 0 && n >= 3 && (guchar)p[0] == 0xe2 && (guchar)p[1] == 0x91 &&
	    (guchar)p[2] >= 0xa0 && (guchar)p[2] <= 0xb3)
		i = 3;
	/* paraphrase29: an item number in brackets, "[1] Subscriber: a@b" */
	if (i == 0 && n > 0 && p[0] == '[')
		i = item_number_skip(p, n);
	if (i == 0) {
		size_t d = item_digits(p, n);

		if (d > 0 && d < n && (p[d] == ')' || p[d] == '.'))
			i = d + 1;
		else if (d > 0 && d + 3 <= n &&
		         (memcmp(p + d, "\xef\xbc\x89", 3) == 0 ||
		          memcmp(p + d, "\xef\xbc\x8e", 3) == 0))
			i = d + 3;
	}
	if (i == 0)
		return 0;
	i += trim_indent(p + i, n - i);
	return i < n ? i : 0;
}

/* display_address - "addr <addr2>": exim prints the parsed address in brackets after the raw one */
static void
display_address(const char *p, size_t n, rcpt_hit *h)
{
	size_t i = h->rest, s, e, after;

	while (i < n && p[i] == ' ')
		i++;
	if (i < n && p[i] == '<' && scrape_address_lead(p + i, n - i, &s, &e, &after)) {
		h->a_start = i + s;
		h->a_end = i + e;
		h->rest = i + after;
	}
}

/*
 * program_token - a program or file recipient quoted at p[0..n) ("\"|/usr/bin/x -a\"",
 * "\"/var/mail/box\""): its length up to and with the closing quote, 0 when none
 */
static size_t
program_token(const char *p, size_t n)
{
	const char *q;

	if (n < 3 || p[0] != '"' || (p[1] != '|' && p[1] != '/'))
		return 0;
	q = memchr(p + 1, '"', n - 1);
	return q != NULL ? (size_t)(q - p) + 1 : 0;
}

/*
 * local_name_token - a local user's bare name at p[0..n) ("kpatel"): letters, digits and
 * "._+-", starting with a letter or digit; its length, 0 when none
 */
static size_t
local_name_token(const char *p, size_t n)
{
	size_t k = 0;

	if (n == 0 || !g_ascii_isalnum(p[0]))
		return 0;
	while (k < n && k <= 64 && (g_ascii_isalnum(p[k]) || strchr("._+-", p[k]) != NULL) &&
	       !(p[k] == '.' && k + 1 < n && p[k + 1] == '.'))
		k++;
	return k <= 64 ? k : 0;
}

/*
 * program_alias - "554 5.3.0 \"|/usr/bin/x\"... unknown mailer error 1": the
 * address the listed program line expanded from ("(expanded from: <a@b>)"); a
 * local user's bare name ("554 5.2.2 kpatel... Disc quota exceeded") the same
 */
static const char *
program_alias(const engine *en, const char *p, size_t n, size_t *after_r)
{
	size_t k = program_token(p, n);
	gboolean bare = k == 0;
	const block *b;
	char *key;

	if (bare)
		k = local_name_token(p, n);
	if (k == 0 || en->programs == NULL || k + 3 > n || memcmp(p + k, "...", 3) != 0)
		return NULL;
	key = bare ? g_strndup(p, k) : g_strndup(p + 1, k - 2);
	b = g_hash_table_lookup(en->programs, key);
	g_free(key);
	*after_r = k;
	return b != NULL ? b->address : NULL;
}

/* find_sendmail - "550 5.1.1 <addr>... text", or a listed program instead of <addr> */
static gboolean
find_sendmail(const engine *en, const char *p, size_t n, rcpt_hit *h)
{
	size_t i = 0, sn, s = 0, e = 0, after;
	gboolean dash;

	if (line_code(p, n, &dash) == 0 || dash)
		return FALSE;
	i = 4;
	if (scrape_status_at(p, n, i, &sn) && i + sn < n && p[i + sn] == ' ')
		i += sn + 1;
	else
		sn = 0;
	if (i < n && (h->alias = program_alias(en, p + i, n - i, &after)) != NULL)
		;
	else if (i >= n || !scrape_address_lead(p + i, n - i, &s, &e, &after))
		return FALSE;
	/* "554 5.4.6 a@b... aliasing/forwarding loop broken": Sendmail prints an address
	 * as it was given, bare as often as in brackets */
	if (i + after + 3 > n || memcmp(p + i + after, "...", 3) != 0)
		return FALSE;
	memcpy(h->code, p, 3);
	h->code[3] = '\0';
	if (sn > 0 && sn < sizeof(h->status)) {
		memcpy(h->status, p + 4, sn);
		h->status[sn] = '\0';
	}
	h->a_start = i + s;
	h->a_end = i + e;
	h->rest = i + after + 3;
	h->layout = "sendmail-line";
	return TRUE;
}

/*
 * name_address - "Jonas Keller (jonas.keller@x)", also followed by
 * "<mailto:jonas.keller@x>": Exchange lists a recipient by its display name with
 * the address in parentheses, and nothing else on the line.  The name is short,
 * has no sentence punctuation and does not start in lower case, so that a
 * sentence ending in an address ("contact your admin (admin@x)") names nobody.
 */
static gboolean
name_address(const char *p, size_t n, rcpt_hit *h)
{
	const char *open = memchr(p, '(', MIN(n, SCRAPE_MAX_NAME + 1));
	size_t o, s, e, after, i, spaces = 0;

	if (open == NULL || (o = (size_t)(open - p)) < 2 || p[o - 1] != ' ' ||
	    g_ascii_islower(p[0]))
		return FALSE;
	for (i = 0; i < o; i++) {
		if (strchr(":;!?@<>()[]", p[i]) != NULL)
			return FALSE;
		spaces += p[i] == ' ';
	}
	if (spaces > SCRAPE_MAX_NAME_SPACES ||
	    !scrape_address_lead(p + o + 1, n - o - 1, &s, &e, &after))
		return FALSE;
	i = o + 1 + after;
	if (i >= n || p[i] != ')')
		return FALSE;
	i++;
	i += trim_left(p + i, n - i);
	if (i < n && !(n - i > 9 && g_ascii_strncasecmp(p + i, "<mailto:", 8) == 0 &&
	               p[n - 1] == '>' && memchr(p + i + 1, '<', n - i - 1) == NULL))
		return FALSE;
	h->a_start = o + 1 + s;
	h->a_end = o + 1 + e;
	h->rest = n;
	h->layout = "name-address-line";
	return TRUE;
}

/*
 * remark_only - the recipient's own text is one parenthesized remark without digits or
 * a colon: "a@x (Rolf Meyer)", a display name, no words about the delivery
 */
static gboolean
remark_only(const char *p, size_t n)
{
	size_t i = trim_left(p, n);

	while (n > i && (p[n - 1] == ' ' || p[n - 1] == '\t'))
		n--;
	if (n - i < 3 || n - i > SCRAPE_MAX_NAME + 2 || p[i] != '(' || p[n - 1] != ')')
		return FALSE;
	for (size_t k = i + 1; k + 1 < n; k++)
		if (g_ascii_isdigit(p[k]) || strchr("():@", p[k]) != NULL)
			return FALSE;
	return TRUE;
}

/*
 * display_name_skip - "\"Karin Weiss\" <karin@x>", "Karin Weiss <karin@x>": the
 * length of a display name (quoted, or at most SCRAPE_MAX_NAME bytes of words
 * without address punctuation) and the space before the '<' that follows it; 0 when
 * p does not start so
 */
static size_t
display_name_skip(const char *p, size_t n)
{
	size_t i = 0;

	if (n > 0 && p[0] == '"') {
		const char *q = memchr(p + 1, '"', MIN(n - 1, SCRAPE_MAX_NAME + 1));

		if (q == NULL)
			return 0;
		i = (size_t)(q - p) + 1;
	} else {
		while (i < n && i <= SCRAPE_MAX_NAME && p[i] != '<' &&
		       strchr(":;!?@>()[],\"", p[i]) == NULL)
			i++;
		while (i > 0 && p[i - 1] == ' ')
			i--;
		if (i == 0 || i > SCRAPE_MAX_NAME)
			return 0;
	}
	while (i < n && p[i] == ' ')
		i++;
	return i < n && p[i] == '<' ? i : 0;
}

/*
 * name_before_angle - "\"Lee, Paula\" <paula@x>: 550 …", "Quentin Roy <q@x>", "Xena Paul
 * <xena@x> on 4/12/2024 10:12 AM": the length of a display name (and its blanks) that
 * opens a line and an address in angle brackets follows, when after the '>' comes nothing,
 * a colon and the recipient's text, or a date; 0 otherwise.  An unquoted name is at most
 * SCRAPE_MAX_NAME_SPACES + 1 words, each starting in upper case (or a particle of at most
 * three letters, "van", "de", or a letter beyond ASCII) and holds no CJK or full-width
 * punctuation, so that a sentence ending in an address ("Please contact <admin@x>",
 * "…場合は、<support@x>") names nobody.
 */
static gboolean date_remainder(const char *p, size_t n);

static size_t
name_before_angle(const char *p, size_t n)
{
	size_t k = display_name_skip(p, n), s, e, after, i, spaces = 0;

	if (k == 0 || !scrape_address_lead(p + k, n - k, &s, &e, &after))
		return 0;
	if (p[0] != '"') {
		for (i = 0; i < k && p[i] != '<';) {
			size_t w = i;

			while (i < k && p[i] != ' ' && p[i] != '<')
				i++;
			if (i > w && g_ascii_islower(p[w]) && i - w > 3)
				return 0;
			if (i > w && g_ascii_isdigit(p[w]))
				return 0;
			/* CJK or full-width punctuation: a Japanese or Chinese sentence ("…場合は、
			 * <support@x>"), no name */
			for (size_t c = w; c + 1 < i; c++)
				if (((guchar)p[c] == 0xe3 && (guchar)p[c + 1] == 0x80) ||
				    ((guchar)p[c] == 0xef &&
				     ((guchar)p[c + 1] == 0xbc || (guchar)p[c + 1] == 0xbd)))
					return 0;
			while (i < k && p[i] == ' ') {
				i++;
				spaces++;
			}
		}
		if (spaces > SCRAPE_MAX_NAME_SPACES + 1 || g_ascii_islower(p[0]))
			return 0;
	}
	i = k + after;
	i += trim_left(p + i, n - i);
	return i >= n || p[i] == ':' || date_remainder(p + i, n - i) ? k : 0;
}

/*
 * label_pad_len - a label padded to its colon ("宛先　　: a@b", "宛先  ：a@b": labels aligned in
 * a column with ASCII or full-width blanks): the blanks' start in *start and their length
 * (0: none, or no colon in the first 48 bytes).  The prefix rules name the label with its colon
 * right after it.
 */
static size_t
label_pad_len(const char *l, size_t n, size_t *start)
{
	size_t lim = MIN(n, 48);
	int words = 0;

	for (size_t i = 1; i < lim; i++) {
		size_t j = i;

		if (l[i - 1] == ' ' || l[i - 1] == '\t')
			return 0; /* a blank that does not end the label ends the search */
		while (j < lim) {
			if (l[j] == ' ' || l[j] == '\t')
				j++;
			else if (j + 3 <= lim && memcmp(l + j, "\xe3\x80\x80", 3) == 0)
				j += 3;
			else
				break;
		}
		if (j > i && j < lim &&
		    (l[j] == ':' || (j + 3 <= lim && memcmp(l + j, "\xef\xbc\x9a", 3) == 0))) {
			*start = i;
			return j - i;
		}
		/* paraphrase29: a label of several words, padded to a column ("Recipient
		 * address : a@b"): one space between two words goes on with the label */
		if (j == i + 1 && l[i] == ' ' && words < 3) {
			words++;
			i = j;
			continue;
		}
		if (j > i)
			return 0;
	}
	return 0;
}

/*
 * bilingual_label_skip - a label given in two languages, "Recipient / 宛先: a@b" or
 * "宛先 / Recipient: a@b": the offset of its second half (after " / "), 0 when the line
 * has no " / " in its first 48 bytes before a colon
 */
static size_t
bilingual_label_skip(const char *l, size_t n)
{
	size_t lim = MIN(n, 48);

	/* the " / " needs a slash: most lines have none, and one memchr rules them out */
	if (lim < 4 || memchr(l + 1, '/', lim - 1) == NULL)
		return 0;
	for (size_t i = 1; i + 3 < lim; i++) {
		if (l[i] == ':' || (i + 3 <= lim && memcmp(l + i, "\xef\xbc\x9a", 3) == 0))
			return 0;
		if (l[i] == ' ' && l[i + 1] == '/' && l[i + 2] == ' ')
			return i + 3;
	}
	return 0;
}

/*
 * address_type_skip - an address type written before the address, as a DSN's
 * Final-Recipient carries it ("rfc822;<a@b>", "RFC822; a@b", "utf-8;a@b"; a gateway copies
 * the field's value into its own text): its length with the blanks after it, else 0
 */
static size_t
address_type_skip(const char *p, size_t n)
{
	static const char *const types[] = {"rfc822", "utf-8"};

	for (size_t k = 0; k < G_N_ELEMENTS(types); k++) {
		size_t t = strlen(types[k]), i;

		if (n <= t || g_ascii_strncasecmp(p, types[k], t) != 0)
			continue;
		for (i = t; i < n && p[i] == ' '; i++)
			;
		if (i < n && (p[i] == ';' || p[i] == ':')) {
			for (i++; i < n && p[i] == ' '; i++)
				;
			return i < n ? i : 0;
		}
	}
	return 0;
}

/*
 * find_recipient - does this line (p original, l lower case, both trimmed;
 * pairs: their summary) name a recipient?
 */
/*
 * from_sender_to - a line that names the message's sender, then "to" and another address
 * ("Message from s@x to r@y could not be delivered.", "Mail from <s@x> to <r@y> was
 * rejected"): that address is the recipient, whatever words come around the pair.  The
 * sender is the returned message's From, else the notice's own addressee (scrape.c).
 * p and its lower-cased copy l, n bytes.
 */
static gboolean
from_sender_to(const engine *en, const char *p, const char *l, size_t n, rcpt_hit *h)
{
	const char *sender = en->doc->sender, *at;
	size_t sn, off, s, e, after;
	char *ls;

	if (sender == NULL || (sn = strlen(sender)) == 0 || sn >= n || memchr(l, '@', n) == NULL)
		return FALSE;
	ls = g_ascii_strdown(sender, (gssize)sn);
	at = g_strstr_len(l, (gssize)n, ls);
	g_free(ls);
	if (at == NULL || (at > l && !(at[-1] == ' ' || at[-1] == '<' || at[-1] == '\t')))
		return FALSE;
	off = (size_t)(at - l) + sn;
	if (off < n && p[off] == '>')
		off++;
	off += trim_left(p + off, n - off);
	if (n - off < 3 || memcmp(l + off, "to ", 3) != 0)
		return FALSE;
	off += 3;
	off += trim_left(p + off, n - off);
	if (!scrape_address_lead(p + off, n - off, &s, &e, &after))
		return FALSE;
	h->a_start = off + s;
	h->a_end = off + e;
	h->rest = 0; /* the whole line tells why */
	h->layout = "from-sender-to";
	return TRUE;
}

/*
 * wrapped_address - does the line p[0..n) open with an address, alone or after one short
 * word ("to", "an", "à": at most four bytes of letters, UTF-8 included, and a space)?  Its
 * bounds in *s_r, *e_r
 */
static gboolean
wrapped_address(const char *p, size_t n, size_t *s_r, size_t *e_r)
{
	size_t off = 0, s, e, after;

	while (off < n && off < 5 && (g_ascii_isalpha(p[off]) || (guchar)p[off] >= 0x80))
		off++;
	if (off > 4 || off >= n || p[off] != ' ')
		off = 0;
	off += trim_left(p + off, n - off);
	if (!scrape_address_lead(p + off, n - off, &s, &e, &after) ||
	    !lead_boundary(p + off, n - off, after))
		return FALSE;
	*s_r = off + s;
	*e_r = off + e;
	return TRUE;
}

/*
 * wrapped_recipient - the address a RCPT_AFTER phrase names on the next line of its
 * paragraph ("we were unable to deliver your email \"Artwork\"\nto a@b."): the line opens
 * with it (wrapped_address)
 */
static gboolean
wrapped_recipient(const scrape_rule *wrap, const char *p, size_t n, rcpt_hit *h)
{
	if (wrap == NULL || !wrapped_address(p, n, &h->a_start, &h->a_end))
		return FALSE;
	h->rule = wrap;
	h->rest = 0; /* the whole line tells why */
	return TRUE;
}

/*
 * phrase_at_line_end - a RCPT_AFTER row whose phrase ends the lower-cased line l[0..n) short
 * of its closing space ("We're still trying to deliver your message to", the address on the
 * next line), or NULL
 */
static const scrape_rule *
phrase_at_line_end(const engine *en, const char *l, size_t n)
{
	char buf[SCRAPE_MAX_LINE + 2];
	const scrape_rule *row;
	const char *at;
	guint from = 0;
	guint64 pairs;

	if (n == 0 || n > SCRAPE_MAX_LINE || l[n - 1] == ' ')
		return NULL;
	memcpy(buf, l, n);
	buf[n] = ' ';
	buf[n + 1] = '\0';
	pairs = scrape_pairs_of(buf, n + 1);
	while ((row = rule_match_from(en, SCRAPE_R_RCPT_AFTER, buf, n + 1, pairs, &at, &from)) !=
	       NULL)
		if ((size_t)(at - buf) == n + 1)
			return row;
	return NULL;
}

static gboolean is_sender(const engine *en, const char *addr, size_t n);
static gboolean role_address(const char *a, size_t n);

/*
 * own_contact - is addr[0..n) an address a notice gives for its reader: a role mailbox
 * (role_address), the sender or the bouncer, or one of the bouncer's own domain (or a
 * domain of which one is the other's subdomain: "help@example.com" in a notice from
 * "notify@mail.example.com")?
 */
static gboolean
own_contact(const engine *en, const char *addr, size_t n)
{
	const char *b = en->doc->bouncer, *at = memchr(addr, '@', n), *bat;
	size_t dn, bn;

	if (role_address(addr, n) || is_sender(en, addr, n))
		return TRUE;
	if (b == NULL || at == NULL || (bat = strchr(b, '@')) == NULL)
		return FALSE;
	at++;
	bat++;
	dn = n - (size_t)(at - addr);
	bn = strlen(bat);
	if (dn == bn)
		return g_ascii_strncasecmp(at, bat, dn) == 0;
	if (dn > bn)
		return at[dn - bn - 1] == '.' && g_ascii_strncasecmp(at + dn - bn, bat, bn) == 0;
	return bat[bn - dn - 1] == '.' && g_ascii_strncasecmp(bat + bn - dn, at, dn) == 0;
}

static gboolean
find_recipient(const engine *en, const char *p, const char *l, size_t n, guint64 pairs, rcpt_hit *h)
{
	const scrape_family *fam = en->fam;
	const char *at;
	size_t s, e, after, b;

	memset(h, 0, sizeof(*h));
	for (int k = 0; k < 2; k++) {
		scrape_rule_kind kind = k == 0 ? SCRAPE_R_RCPT_REPLACE : SCRAPE_R_RCPT_PREFIX;
		size_t off;

		if ((h->rule = rule_match(en, kind, l, n, pairs, &at)) == NULL) {
			/* the same prefix behind a Japanese list mark ("■ 宛先: a@b") */
			size_t mark = list_mark_skip(l, n);

			size_t ps = 0, pad = label_pad_len(l, n, &ps), alt;
			char packed[256];

			if (mark > 0 && (h->rule = rule_match(en, kind, l + mark, n - mark, pairs,
			                                      &at)) != NULL) {
				/* found behind the mark */
			} else if ((alt = bilingual_label_skip(l, n)) > 0 &&
			           (h->rule = rule_match(en, kind, l + alt, n - alt, pairs, &at)) !=
			               NULL) {
				/* japan5: the second half of a bilingual label ("Recipient / 宛先:
				 * a@b") */
			} else if (pad > 0 && n - pad < sizeof(packed)) {
				/* japan4: the label's padding left out ("宛先　　:" as "宛先:") */
				size_t m = n - pad;

				memcpy(packed, l, ps);
				memcpy(packed + ps, l + ps + pad, n - ps - pad);
				packed[m] = '\0';
				if ((h->rule = rule_match(en, kind, packed, m,
				                          scrape_pairs_of(packed, m), &at)) == NULL)
					continue;
				at = l + (size_t)(at - packed) +
				     ((size_t)(at - packed) >= ps ? pad : 0);
			} else
				continue;
		}
		off = (size_t)(at - l);
		off += trim_left(p + off, n - off);
		/* japan12: full-width blanks after the label too ("宛先　：　a@b", U+3000) */
		while (n - off >= 3 && memcmp(p + off, "\xe3\x80\x80", 3) == 0)
			off += 3 + trim_left(p + off + 3, n - off - 3);
		off += address_type_skip(p + off, n - off);
		/* "Recipient: \"Karin Weiss\" <karin@x>": the address after a display name */
		if (!scrape_address_lead(p + off, n - off, &s, &e, &after))
			off += display_name_skip(p + off, n - off);
		if (scrape_address_lead(p + off, n - off, &s, &e, &after)) {
			if (h->rule->value != NULL &&
			    strcmp(h->rule->value, SCRAPE_RCPT_OTHER) == 0 &&
			    own_contact(en, p + off + s, e - s)) {
				h->rule = NULL;
				return FALSE;
			}
			h->a_start = off + s;
			h->a_end = off + e;
			h->rest = off + after;
			return TRUE;
		}
		/* "Recipient address: @host:user@store": an item whose address is unreadable */
		h->unnamed |= kind == SCRAPE_R_RCPT_PREFIX;
	}
	/* a row whose phrase no address follows ("could not be delivered to the mailbox") leaves
	 * the line to the next row ("your email to a@b"), then to the readings below; a later row
	 * names the address right after its phrase (a display name between), so "Votre message à
	 * la liste l@x n'a pas pu être remis" does not make the list a recipient */
	for (guint from = 0, tried = 0;
	     (h->rule = rule_match_from(en, SCRAPE_R_RCPT_AFTER, l, n, pairs, &at, &from)) != NULL;
	     tried++) {
		size_t off = (size_t)(at - l);

		if (tried > 0) {
			off += trim_left(p + off, n - off);
			if (!scrape_address_lead(p + off, n - off, &s, &e, &after))
				off += display_name_skip(p + off, n - off);
			if (!scrape_address_lead(p + off, n - off, &s, &e, &after))
				continue;
		} else if (!scrape_address_find(p + off, n - off, &s, &e)) {
			h->wrap = h->rule;
			continue;
		}
		h->a_start = off + s;
		h->a_end = off + e;
		h->rest = 0; /* the whole line tells why */
		return TRUE;
	}
	h->rule = NULL;
	if (from_sender_to(en, p, l, n, h))
		return TRUE;
	if ((fam->flags & SCRAPE_F_SENDMAIL_LINES) && find_sendmail(en, p, n, h))
		return TRUE;
	if (fam->flags & SCRAPE_F_ADDR_LINES) {
		char quote = '\0';

		b = bullet_skip(p, n);
		b += address_type_skip(p + b, n - b);
		/* CommuniGate's "'<a@b>': text": a quoted address in brackets */
		if (n - b > 2 && (p[b] == '\'' || p[b] == '"') && p[b + 1] == '<')
			quote = p[b++];
		/* engine11: "Quentin Roy <q@x>: 550 …", "\"Lee, Paula\" <p@x>": a display name
		 * before the address in brackets */
		else if (!scrape_address_lead(p + b, n - b, &s, &e, &after))
			b += name_before_angle(p + b, n - b);
		if (scrape_address_lead(p + b, n - b, &s, &e, &after) &&
		    (quote == '\0' || (after < n - b && p[b + after] == quote)) &&
		    lead_boundary(p + b, n - b, after + (quote != '\0'))) {
			h->a_start = b + s;
			h->a_end = b + e;
			h->rest = b + after + (quote != '\0');
			display_address(p, n, h);
			/* "<a>: text", and smail's and Sendmail's "<a> ... text" */
			while (h->rest < n &&
			       (p[h->rest] == ':' || p[h->rest] == ' ' || p[h->rest] == '.'))
				h->rest++;
			/* "<a>: mailbox is full": the line's own words say it failed */
			if (h->rest < n)
				h->phrase = rule_match(en, SCRAPE_R_RCPT_BEFORE, l + h->rest,
				                       n - h->rest, pairs, &at);
			/* Postfix's "<a> (expanded from <list>): text": the alias is no diagnostic
			 */
			if (n - h->rest > 15 &&
			    g_ascii_strncasecmp(p + h->rest, "(expanded from ", 15) == 0) {
				const char *close = memchr(p + h->rest, ')', n - h->rest);

				if (close != NULL) {
					h->rest = (size_t)(close - p) + 1;
					while (h->rest < n &&
					       (p[h->rest] == ':' || p[h->rest] == ' '))
						h->rest++;
				}
			}
			h->layout = "address-line";
			return TRUE;
		}
		if (name_address(p + b, n - b, h)) {
			h->a_start += b;
			h->a_end += b;
			h->rest = n;
			return TRUE;
		}
		if (column_address(p, n, h))
			return TRUE;
		if (paren_cause_address(p, n, h))
			return TRUE;
	}
	return FALSE;
}

/* block_for - the block of address, created on first sight; NULL past the limit */
static block *
block_for(engine *en, const char *addr, size_t n, const rcpt_hit *h)
{
	char *key = scrape_lower(addr, n);
	block *b = g_hash_table_lookup(en->by_addr, key);

	if (b != NULL) {
		g_free(key);
		b->from_phrase |= h->phrase != NULL;
		return b;
	}
	if (en->blocks->len >= SCRAPE_MAX_FOUND) {
		g_free(key);
		return NULL;
	}
	b = g_new0(block, 1);
	b->address = g_strndup(addr, n);
	b->segments = g_ptr_array_new_with_free_func(segment_free);
	b->rule = h->rule ? h->rule->id : h->phrase ? h->phrase->id : h->layout;
	b->from_phrase = h->rule != NULL || h->phrase != NULL;
	g_ptr_array_add(en->blocks, b);
	g_hash_table_insert(en->by_addr, key, b);
	return b;
}

/* is_sender - the address is the returned message's sender or the bouncer itself */
static gboolean
is_sender(const engine *en, const char *addr, size_t n)
{
	const char *s = en->doc->sender, *b = en->doc->bouncer;

	return (s != NULL && strlen(s) == n && g_ascii_strncasecmp(s, addr, n) == 0) ||
	       (b != NULL && strlen(b) == n && g_ascii_strncasecmp(b, addr, n) == 0);
}

/*
 * date_remainder - "addr on Thu, 29 Apr 2010 …" (Exchange): the rest of the line is a date;
 * Exchange's translations put their own word before a numeric date ("addr am 07.12.2026
 * 09:13", "addr le 07/12/2026 09:13", "el", "em", "il", "op")
 */
static gboolean
date_remainder(const char *p, size_t n)
{
	static const char *const local[] = {"am ", "le ", "el ", "em ", "il ", "op "};

	for (size_t k = 0; k < G_N_ELEMENTS(local); k++)
		if (n > 4 && g_ascii_strncasecmp(p, local[k], 3) == 0 && g_ascii_isdigit(p[3]))
			return TRUE;
	if (n < 4 || g_ascii_strncasecmp(p, "on ", 3) != 0)
		return FALSE;
	for (size_t i = 3; i < n; i++)
		if (g_ascii_isdigit(p[i]))
			return TRUE;
	return FALSE;
}

/* segment_empty - nothing but white space after the recipient's address so far */
static gboolean
segment_empty(const segment *s)
{
	if (s->reply_before)
		return FALSE;
	for (size_t i = s->own_off; i < s->diag->len; i++)
		if (!g_ascii_isspace(s->diag->str[i]))
			return FALSE;
	return TRUE;
}

/* has_reply - does p[0..n) hold a placed 4xx/5xx reply code */
static gboolean
has_reply(const char *p, size_t n)
{
	size_t pos;

	return scrape_reply_find(p, n, &pos) > 0;
}

/*
 * tail_lines - the last SCRAPE_CONTEXT_LINES lines with text of d[0..n),
 * whole lines within SCRAPE_CONTEXT_BYTES, unfolded; NULL when there is none
 */
static char *
tail_lines(const char *d, size_t n)
{
	size_t start = n, lines = 0, i, floor;
	char *out;

	while (n > 0 && g_ascii_isspace(d[n - 1]))
		n--;
	floor = n > SCRAPE_CONTEXT_BYTES ? n - SCRAPE_CONTEXT_BYTES : 0;
	for (i = n; i > floor && lines < SCRAPE_CONTEXT_LINES;) {
		size_t b = i, k;

		while (b > floor && d[b - 1] != '\n')
			b--;
		if (b > 0 && d[b - 1] != '\n')
			break; /* the line goes on beyond the bound: whole lines only */
		for (k = b; k < i && g_ascii_isspace(d[k]); k++)
			;
		lines += k < i;
		start = b;
		i = b > 0 ? b - 1 : 0;
	}
	if (start >= n)
		return NULL;
	out = scrape_unfold(d + start, n - start, SCRAPE_CONTEXT_BYTES);
	if (out[0] == '\0')
		g_clear_pointer(&out, g_free);
	return out;
}

/*
 * says_delivered - does text[0..n), lower-cased, hold one of phrases and none of the words that
 * deny a delivery (scrape_delivered_negations: "not delivered", "could not be delivered")?
 */
static gboolean
says_delivered(const char *text, size_t n, const char *const *phrases)
{
	char *l = g_ascii_strdown(text, (gssize)n);
	gboolean yes = FALSE;

	for (size_t k = 0; phrases[k] != NULL && !yes; k++)
		yes = strstr(l, phrases[k]) != NULL;
	for (size_t k = 0; scrape_delivered_negations[k] != NULL && yes; k++)
		yes = strstr(l, scrape_delivered_negations[k]) == NULL;
	g_free(l);
	return yes;
}

/*
 * delivered_heading - does the heading text say that the recipients listed under it were
 * reached ("Delivered successfully to:", "The message was delivered to:"), and not that
 * they were not ("Could not be delivered to:")?
 */
static gboolean
delivered_heading(const char *text, size_t n)
{
	if (text == NULL || n == 0)
		return FALSE;
	return says_delivered(text, MIN(n, SCRAPE_MAX_HEADING), scrape_delivered_headings);
}

/* cut_heading - drop the heading line (and what follows it) from the end of a segment */
static char *
cut_heading(segment *s)
{
	char *text = NULL;

	if (!s->last_heading || s->last_off > s->diag->len)
		return NULL;
	text = scrape_unfold(s->diag->str + s->last_off, s->diag->len - s->last_off,
	                     SCRAPE_MAX_HEADING);
	g_string_truncate(s->diag, s->last_off);
	if (s->last_raw_off <= s->raw->len)
		g_string_truncate(s->raw, s->last_raw_off);
	s->last_heading = FALSE;
	return text;
}

/*
 * take_heading - the open recipient's last line heads the list that starts
 * on this line: it leaves that recipient's text (and that of the list it
 * shared, whose segments got the same line) and heads the recipients to come
 */
static void
take_heading(engine *en)
{
	g_free(en->heading);
	en->heading = cut_heading(en->cur);
	for (guint g = 0; g < en->group->len; g++)
		g_free(cut_heading(g_ptr_array_index(en->group, g)));
}

/* Lines above the section's opening line that may be read as its preamble. */
#define SCRAPE_LEAD_LINES 8

/*
 * lead_lines - the last lines with text above the line that opened the
 * section, SKIP rows left out, as tail_lines cuts them: a lead sentence a
 * template prints above its opening line (Biglobe's Japanese "… のため、以下の
 * あて先にメールを配信できませんでした。" above "The following addresses had
 * delivery problems"); NULL for a family that reads the whole body
 */
static char *
lead_lines(const engine *en)
{
	const scrape_doc *d = en->doc;
	guint to, from;
	segment *s;
	char *out;

	if (en->start <= 0 || (en->fam->flags & SCRAPE_F_WHOLE_BODY))
		return NULL;
	to = (guint)en->start;
	from = to > SCRAPE_LEAD_LINES ? to - SCRAPE_LEAD_LINES : 0;
	s = segment_new();
	for (guint i = from; i < to; i++) {
		const scrape_line *ln = &g_array_index(d->lines, scrape_line, i);
		const char *p = ln->p, *l = d->body_lower + (ln->p - d->body), *at;
		size_t n = MIN(ln->len, SCRAPE_MAX_LINE), t = trim_left(p, n);
		guint64 pairs;
		gboolean skip;

		p += t;
		l += t;
		n -= t;
		pairs = scrape_pairs_of(l, n);
		skip = decoration(p, n) ||
		       rule_match(en, SCRAPE_R_SKIP, l, n, pairs, &at) != NULL ||
		       rule_match(en, SCRAPE_R_SKIP_LINE, l, n, pairs, &at) != NULL;
		segment_add(s, p, n, skip);
	}
	out = tail_lines(s->diag->str, s->diag->len);
	segment_free(s);
	return out;
}

/*
 * opening_line - the line that opened the section, as a preamble of last resort: a
 * template that names the cause in its opening sentence and prints nothing else above
 * its first recipient (docomo's "以下の宛先へのメールは、保持期間を過ぎたため送信できません
 * でした。" then "宛先：a@b"); NULL for a family that reads the whole body, whose preamble
 * already holds it
 */
static char *
opening_line(const engine *en)
{
	const scrape_line *ln;
	size_t n, t;

	if (en->start < 0 || (en->fam->flags & SCRAPE_F_WHOLE_BODY))
		return NULL;
	ln = &g_array_index(en->doc->lines, scrape_line, (guint)en->start);
	n = MIN(ln->len, SCRAPE_MAX_LINE);
	t = trim_left(ln->p, n);
	return tail_lines(ln->p + t, n - t);
}

/*
 * mark_heading - the line just added to the open recipient (and to its list)
 * may head the list below it, though it does not end with a colon
 */
static void
mark_heading(engine *en)
{
	en->cur->last_heading = en->cur->last_off >= en->cur->own_end;
	for (guint g = 0; g < en->group->len; g++) {
		segment *s = g_ptr_array_index(en->group, g);

		s->last_heading = s->last_off >= s->own_end;
	}
}

static void share_finish(engine *en);
static void group_finish(engine *en);

/*
 * part_from_give_back - a transcript part's lines turned out to be owner's exchange: the
 * item open when the part began (part_from) loses the text it took from them, unless it is
 * owner's own
 */
static void
part_from_give_back(engine *en, const block *owner)
{
	if (en->part_from != NULL && en->part_from_block != owner &&
	    en->part_from->diag->len >= en->part_diag_off &&
	    en->part_from->raw->len >= en->part_raw_off) {
		g_string_truncate(en->part_from->diag, en->part_diag_off);
		g_string_truncate(en->part_from->raw, en->part_raw_off);
	}
}

/* heading_again - the open item holds a reply and ends with a heading ("Temporary failure
 * (will retry):\n  a@x\n    451 …\n\nPermanent failure (giving up):\n  a@x\n    550 …"): an
 * address line naming its recipient below that heading is another attempt, not a fold
 * (engine14) */
static gboolean
heading_again(const engine *en)
{
	return en->cur->last_heading && en->cur->last_off >= en->cur->own_end &&
	       en->cur->last_off > 0 && has_reply(en->cur->diag->str, en->cur->last_off);
}

/* take_recipient - start a segment for the recipient found on a line */
static gboolean names_address(const char *l, size_t ln, const char *addr);

/* exchanged_names - do the lines of the open transcript part that its first recipient took
 * name b's address too */
static gboolean
exchanged_names(const engine *en, const block *b)
{
	char *lower = scrape_lower(en->exchanged->str, en->exchanged->len);
	gboolean yes = names_address(lower, en->exchanged->len, b->address);

	g_free(lower);
	return yes;
}

/*
 * reply_paragraph_take - a notice that prints each recipient's reply ABOVE its address, one
 * paragraph per recipient ("Error: 550 5.1.1 Mailbox does not exist\nAddress: <a@x>", "Reason:
 * 554 5.7.1 …\nRecipient: b@x"): when the line naming a new recipient ends its paragraph, holds
 * no reply itself, and the lines right above it in that paragraph hold a placed reply and
 * began after a blank line below the open item's own line (or, for the first recipient, below
 * the notice's opening), those lines leave the open item (or the preamble) and are returned as
 * the new recipient's text; NULL otherwise.  A list ("a@x\nb@x"), a heading, a transcript part
 * or an item whose reply follows its address is left as it was (engine13).
 */
static segment *
reply_paragraph_take(engine *en, const block *b, const char *p, size_t n, const rcpt_hit *h)
{
	segment *src = en->cur != NULL ? en->cur : en->pending, *out;
	size_t floor = en->cur != NULL ? en->cur->own_end : 0, pos;

	if ((en->fam->flags & (SCRAPE_F_CONTEXT_BEFORE | SCRAPE_F_CONTEXT_ALSO)) ||
	    !en->ends_para || h->code[0] != '\0' || has_reply(p, n) || command_line(p, n) ||
	    src == NULL || (en->cur != NULL && en->cur_block == b) || en->part_host != NULL ||
	    en->exchange != NULL || en->list_cont || !src->para_code || src->last_heading ||
	    src->para_lines == 0 || src->para_lines > SCRAPE_CONTEXT_LINES ||
	    src->para_off <= floor || src->para_off > src->diag->len ||
	    src->para_raw_off > src->raw->len)
		return NULL;
	out = segment_new();
	strbuf_append(out->raw, src->raw->str + src->para_raw_off,
	              src->raw->len - src->para_raw_off);
	strbuf_append(out->diag, src->diag->str + src->para_off, src->diag->len - src->para_off);
	g_string_truncate(src->raw, src->para_raw_off);
	g_string_truncate(src->diag, src->para_off);
	src->has_code =
	    scrape_reply_find(src->diag->str, src->diag->len, &pos) >= SCRAPE_CODE_PLACED;
	src->para_code = FALSE;
	src->para_lines = 0;
	src->last_heading = FALSE;
	src->cont_code = 0;
	return out;
}

static void
take_recipient(engine *en, const char *p, size_t n, const rcpt_hit *h, gboolean skip)
{
	const char *addr = h->alias != NULL ? h->alias : p + h->a_start;
	size_t addr_n = h->alias != NULL ? strlen(h->alias) : h->a_end - h->a_start;
	block *b;
	segment *s, *before;
	gboolean headed = FALSE;

	/* the replies held for the items before: each to its own, before anything looks at them */
	share_finish(en);
	/* a list whose shared text is complete: the replies in it that name its items */
	if (en->cur != NULL && !segment_empty(en->cur) && !en->cur->last_heading && !en->list_cont)
		group_finish(en);
	if (is_sender(en, addr, addr_n)) {
		segment_add(en->cur ? en->cur : en->pending, p, n, skip);
		return;
	}
	b = block_for(en, addr, addr_n, h);
	if (b == NULL)
		return;
	/* "\"|/usr/bin/x\"\n    (expanded from: <a@b>)": the transcript names the program */
	if (en->program != NULL && h->alias == NULL) {
		if (en->programs == NULL)
			en->programs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
		g_hash_table_replace(en->programs, en->program, b);
		en->program = NULL;
	}
	/* engine13: "Error: 550 5.1.1 …\nAddress: <a@x>\n\nError: 552 …\nAddress: <b@x>": a
	 * paragraph whose reply comes first and whose recipient line ends it is that recipient's
	 * own, not the tail of the item (or the preamble) above */
	before = reply_paragraph_take(en, b, p, n, h);
	/* "<a>: host said: 550\n    <a>: User unknown": a folded line, not a new mention; but
	 * a second reply for the same address is a new attempt ("a: [ip], 451 …" then
	 * "a: [ip], 550 …"), whose segment says as much and, coming later, is final.  A
	 * phrase naming the open recipient again before it has any reply ("delivered to a@b."
	 * then "when we sent RCPT TO:<a@b>:" above the server's words) completes its text
	 * too; after a reply, or as a transcript's command line (">>> RCPT To:<a>"), it opens
	 * an exchange of its own */
	if (en->cur != NULL && en->cur_block == b && h->code[0] == '\0' && !command_line(p, n) &&
	    (h->layout != NULL ? !(has_reply(p + h->rest, n - h->rest) &&
	                           has_reply(en->cur->diag->str, en->cur->diag->len)) &&
	                             !heading_again(en)
	                       : !has_reply(en->cur->diag->str, en->cur->diag->len))) {
		segment_add(en->cur, p, n, skip);
		/* MDaemon's "* To: a" above its transcript, then "--> RCPT To:<a>" inside the part
		 * of the host it tried: the item's exchange is with that host */
		if (en->part_host != NULL && en->cur->host == NULL) {
			en->cur->host = g_strdup(en->part_host);
			en->cur->host_rule = en->part_host_rule;
		}
		/* "Your message to a, b couldn't be delivered." then "a" alone: the words that
		 * follow the bare address are the item's own, as they are for b */
		if (h->layout != NULL && h->rest >= n)
			en->cur->words_off = en->cur->diag->len;
		return;
	}
	/* "Mailbox full:\n a@x\n\nUser unknown:\n b@y": the heading above b's list names the
	 * cause of that list, it is no text of the recipient before it */
	if (en->cur != NULL && en->cur_block != b && h->code[0] == '\0' &&
	    !(en->fam->flags & SCRAPE_F_CONTEXT_BEFORE) && en->cur->last_heading &&
	    en->cur->last_off >= en->cur->own_end) {
		take_heading(en);
		headed = TRUE;
		g_ptr_array_set_size(en->group, 0);
		g_ptr_array_set_size(en->group_blocks, 0);
		g_ptr_array_set_size(en->alike, 0);
		g_ptr_array_set_size(en->alike_blocks, 0);
	} else if (en->cur != NULL && !en->cur->has_code && !segment_empty(en->cur) &&
	           h->code[0] == '\0' && en->alike->len < SCRAPE_MAX_GROUP) {
		/* "a@x\n Not found.\n\n b@y\n Not found.\n … Reported error: 550 …": items
		 * with their own words but no reply may share the reply quoted after them */
		g_ptr_array_add(en->alike, en->cur);
		g_ptr_array_add(en->alike_blocks, en->cur_block);
	} else {
		g_ptr_array_set_size(en->alike, 0);
		g_ptr_array_set_size(en->alike_blocks, 0);
	}
	/* nothing but the opening line before the first recipient: the lead above that line */
	if (en->preamble == NULL && en->blocks->len == 1 && b->segments->len == 0 &&
	    !(en->fam->flags & SCRAPE_F_CONTEXT_BEFORE)) {
		en->preamble = tail_lines(en->pending->diag->str, en->pending->diag->len);
		/* a lead above the opening line ("ドコモメールからのお知らせです。") may say
		 * nothing of the cause the opening line names
		 * ("…メールボックスが一杯のため配信できませんでし た。"): that line is read after
		 * it */
		if (en->preamble == NULL && (en->preamble = lead_lines(en)) != NULL)
			en->opening = opening_line(en);
		if (en->preamble == NULL)
			en->preamble = opening_line(en);
	} else if (en->preamble == NULL && en->blocks->len == 1 && b->segments->len == 0 &&
	           (en->fam->flags & SCRAPE_F_CONTEXT_BEFORE) && segment_empty(en->pending)) {
		/* family20: a family that reads the text before each address, with nothing but its
		 * opening line above the first one (Trend Micro's "Unable to deliver message to the
		 * following recipients, due to being unable to connect …" then "a@b"): that line
		 * names the cause */
		en->preamble = opening_line(en);
	}
	/* "a@x\n b@y\n\n reason": a list of recipients shares what follows it; not across a
	 * heading: "Delayed:\n a@x\n\nFailed permanently:\n b@y\n 550 …" — a@x's text was
	 * only the heading of b's list, it is no member of that list (engine11) */
	if (en->cur != NULL && !headed && (segment_empty(en->cur) || en->list_cont) &&
	    h->code[0] == '\0' && en->group->len < SCRAPE_MAX_GROUP) {
		en->cur->borrowed = TRUE;
		g_ptr_array_add(en->group, en->cur);
		g_ptr_array_add(en->group_blocks, en->cur_block);
	} else {
		g_ptr_array_set_size(en->group, 0);
		g_ptr_array_set_size(en->group_blocks, 0);
	}
	/* engine11: "Delivered successfully to:\n a@x\n b@y\n\nCould not be delivered to:\n
	 * c@z\n 550 …": the heading of each list says whether its recipients were reached; the
	 * first list's heading is the last line before it */
	if (headed)
		en->delivered_list =
		    en->heading != NULL && delivered_heading(en->heading, strlen(en->heading));
	else if (en->blocks->len == 1 && b->segments->len == 0 && en->pending->last_heading &&
	         en->pending->last_off < en->pending->diag->len)
		en->delivered_list =
		    delivered_heading(en->pending->diag->str + en->pending->last_off,
		                      en->pending->diag->len - en->pending->last_off);
	s = segment_new();
	s->delivered = en->delivered_list;
	s->heading = g_strdup(en->heading);
	g_strlcpy(s->own_code, h->code, sizeof(s->own_code));
	g_strlcpy(s->own_status, h->status, sizeof(s->own_status));
	if (en->fam->flags & SCRAPE_F_CONTEXT_BEFORE) {
		/* "reason\n-> a@x\n-> b@y": a list after its reason shares it */
		if (!segment_empty(en->pending)) {
			g_string_assign(en->context->raw, en->pending->raw->str);
			g_string_assign(en->context->diag, en->pending->diag->str);
		}
		strbuf_append(s->raw, en->context->raw->str, en->context->raw->len);
		strbuf_append(s->diag, en->context->diag->str, en->context->diag->len);
		g_string_truncate(en->pending->raw, 0);
		g_string_truncate(en->pending->diag, 0);
	} else if (en->fam->flags & SCRAPE_F_CONTEXT_ALSO) {
		strbuf_append(s->raw, en->pending->raw->str, en->pending->raw->len);
		strbuf_append(s->diag, en->pending->diag->str, en->pending->diag->len);
	}
	if (before != NULL) {
		strbuf_append(s->raw, before->raw->str, before->raw->len);
		strbuf_append(s->diag, before->diag->str, before->diag->len);
		s->has_code = TRUE;
		s->reply_before = TRUE;
		segment_free(before);
	}
	if (en->part_host != NULL) {
		s->host = g_strdup(en->part_host);
		s->host_rule = en->part_host_rule;
	}
	/* "... while talking to mx.:\n>>> DATA\n<<< 552 …\n552 <a>... Mailbox full": the
	 * exchange under the part's heading says at which command the first recipient failed */
	if (en->exchange != NULL) {
		strbuf_append(s->raw, en->exchange->raw->str, en->exchange->raw->len);
		if (en->exchanged != NULL)
			g_string_free(en->exchanged, TRUE);
		en->exchanged =
		    g_string_new_len(en->exchange->raw->str, (gssize)en->exchange->raw->len);
		g_clear_pointer(&en->exchange, segment_free);
		/* "<b>... Deferred: 452 …" then "... while talking to mx.c.:", ">>> DATA", "<<<
		 * 451 …", "<c>... Deferred: 451 …": the part's lines were c's exchange, not b's
		 * text */
		part_from_give_back(en, b);
	} else if (en->exchanged != NULL && en->part_host != NULL && exchanged_names(en, b)) {
		/* engine13: ">>> DATA", "<<< 552 … <b>… Mailbox full", "<<< 550 … <a>… User
		 * unknown", then "550 … <a>…" and "552 … <b>…": the exchange the part's first
		 * recipient took names b too, and says at which command b failed as well */
		strbuf_append(s->raw, en->exchanged->str, en->exchanged->len);
	}
	en->part_from = NULL;
	s->own_off = s->diag->len;
	if (h->rest == 0) {
		segment_add(s, p, n, FALSE);
	} else {
		/* the phrase before the address still tells the command ("RCPT TO:<a>") */
		if (s->raw->len + h->rest + 1 <= SCRAPE_MAX_SEGMENT) {
			strbuf_append(s->raw, p, h->rest);
			g_string_append_c(s->raw, ' ');
		}
		if (h->rest < n && !date_remainder(p + h->rest, n - h->rest))
			segment_add(s, p + h->rest, n - h->rest, FALSE);
	}
	s->own_end = s->diag->len;
	/* "a@x (Rolf Meyer)": a display name is no word about the delivery */
	s->words_off = h->layout != NULL && h->rest < n && remark_only(p + h->rest, n - h->rest)
	                   ? s->own_end
	                   : s->own_off;
	g_ptr_array_add(b->segments, s);
	en->cur_block = b;
	/* a sendmail line is complete in itself: what follows is about the next one */
	en->cur = (en->fam->flags & SCRAPE_F_CONTEXT_BEFORE) || h->code[0] ? NULL : s;
}

/* Further addresses listed on one recipient line after its first ("a@x, b@x: 550 …"), at most. */
#define SCRAPE_MAX_LIST 32

/*
 * address_list - the addresses that follow the one h found on the line p[0..n), each after a
 * ',' or ';' ("a@x, b@x: 550 …", "Failed recipients: a@x; b@y", "宛先: a@x, b@x"): their
 * offsets in list[][2], their number returned (0: none), and in *end_r where the list
 * ends.  A line that is a sendmail line or a program's names one address.
 */
static guint
address_list(const char *p, size_t n, const rcpt_hit *h, size_t list[][2], size_t *end_r)
{
	size_t j = h->a_end, s, e, after;
	guint m = 0;

	if (h->code[0] != '\0' || h->alias != NULL || h->a_end <= h->a_start)
		return 0;
	if (j < n && (p[j] == '>' || p[j] == '"' || p[j] == '\''))
		j++;
	while (m < SCRAPE_MAX_LIST) {
		size_t k = j;

		while (k < n && p[k] == ' ')
			k++;
		if (k >= n || (p[k] != ',' && p[k] != ';'))
			break;
		k++;
		while (k < n && p[k] == ' ')
			k++;
		if (!scrape_address_lead(p + k, n - k, &s, &e, &after))
			break;
		list[m][0] = k + s;
		list[m][1] = k + e;
		m++;
		j = k + after;
	}
	*end_r = j;
	return m;
}

/*
 * list_continues - does the recipient line p[0..n) end its list of addresses with a ',' or
 * ';' ("Failed recipients: a@x, b@x,"), the next line holding the rest of the list ("    c@x"),
 * not a mention folded into the text of the item above?
 */
static gboolean
list_continues(const char *p, size_t n, const rcpt_hit *h, size_t end)
{
	size_t j = MAX(end, h->a_end);

	if (h->code[0] != '\0' || h->alias != NULL || h->a_end <= h->a_start)
		return FALSE;
	if (j < n && j == h->a_end && (p[j] == '>' || p[j] == '"' || p[j] == '\''))
		j++;
	while (j < n && p[j] == ' ')
		j++;
	if (j >= n || (p[j] != ',' && p[j] != ';'))
		return FALSE;
	j++;
	while (j < n && (p[j] == ' ' || p[j] == '\t' || p[j] == '\r'))
		j++;
	return j == n;
}

/*
 * take_list - a recipient line naming several addresses: one item each, in order.  The
 * text after the list (the whole line, when a phrase row named them) is every one's: the
 * items before the last form a list sharing what follows, as addresses listed one per
 * line do, and take the line's own text too.  The returned message's sender is left out.
 */
static void
take_list(engine *en, const char *p, size_t n, const rcpt_hit *h, gboolean skip, size_t list[][2],
          guint m, size_t end)
{
	size_t addrs[SCRAPE_MAX_LIST + 1][2], shared = 0;
	guint k = 0;

	addrs[k][0] = h->a_start;
	addrs[k++][1] = h->a_end;
	for (guint i = 0; i < m; i++) {
		addrs[k][0] = list[i][0];
		addrs[k++][1] = list[i][1];
	}
	if (h->rest != 0) {
		shared = end;
		while (shared < n && (p[shared] == ':' || p[shared] == ' ' || p[shared] == '.'))
			shared++;
	}
	for (guint i = 0, left = k; i < k; i++) {
		rcpt_hit hi = *h;

		if (is_sender(en, p + addrs[i][0], addrs[i][1] - addrs[i][0]) && left > 1) {
			left--;
			continue;
		}
		hi.a_start = addrs[i][0];
		hi.a_end = addrs[i][1];
		hi.rest = --left > 0 ? n : shared;
		take_recipient(en, p, n, &hi, skip);
	}
	/* the items listed before the last one share the line's own text */
	if (shared < n)
		for (guint g = 0; en->cur != NULL && g < en->group->len; g++)
			segment_add(g_ptr_array_index(en->group, g), p + shared, n - shared, FALSE);
}

/*
 * replace_recipient - a RCPT_REPLACE row names the address the open recipient
 * stands for ("Recipient address: a@store.example" then "Original address:
 * a@example.net"): the open segment moves to that address, and the replaced
 * one is dropped when nothing else mentions it.  With no recipient open, or
 * when the recipient line before held no readable address (a source route,
 * "@host:user@store"), the row opens the recipient as RCPT_PREFIX would.
 */
static void
replace_recipient(engine *en, const char *p, size_t n, const rcpt_hit *h)
{
	block *old = en->cur_block, *b;
	guint at;

	if (en->cur == NULL || old == NULL || en->unnamed) {
		take_recipient(en, p, n, h, TRUE);
		return;
	}
	share_finish(en);
	segment_add(en->cur, p, n, TRUE);
	if (is_sender(en, p + h->a_start, h->a_end - h->a_start))
		return;
	/* the open segment is the last its recipient got: no search, however long the text */
	if (old->segments->len == 0 ||
	    g_ptr_array_index(old->segments, old->segments->len - 1) != en->cur)
		return;
	at = old->segments->len - 1;
	b = block_for(en, p + h->a_start, h->a_end - h->a_start, h);
	if (b == NULL || b == old)
		return;
	g_ptr_array_add(b->segments, g_ptr_array_steal_index(old->segments, at));
	en->cur_block = b;
	if (old->segments->len == 0) {
		char *key = scrape_lower(old->address, strlen(old->address));

		g_hash_table_remove(en->by_addr, key);
		g_free(key);
		g_ptr_array_remove(en->blocks, old);
	}
}

/*
 * reply_marked - does a REPLY row mark a reply with a code or a status on this
 * line (p original, l lower case, both trimmed): "Reported error: 550 5.1.10 …"
 */
static gboolean
reply_marked(const engine *en, const char *p, const char *l, size_t n, guint64 pairs)
{
	const char *at;
	size_t from, pos, sn;

	if (en->kinds[SCRAPE_R_REPLY].n == 0 ||
	    rule_match(en, SCRAPE_R_REPLY, l, n, pairs, &at) == NULL)
		return FALSE;
	from = (size_t)(at - l);
	return scrape_reply_find(p + from, n - from, &pos) >= SCRAPE_CODE_PLACED ||
	       scrape_status_find(p + from, n - from, &pos, &sn);
}

/*
 * same_words - does the text of item a (no reply of its own) open the text of
 * item b, line for line: both recipients were listed with the same sentence
 */
static gboolean
same_words(const segment *a, const segment *b)
{
	const char *x = a->diag->str + a->words_off, *y = b->diag->str + b->words_off;
	size_t xn = a->diag->len - a->words_off, yn = b->diag->len - b->words_off;

	while (xn > 0 && g_ascii_isspace(*x)) {
		x++;
		xn--;
	}
	while (yn > 0 && g_ascii_isspace(*y)) {
		y++;
		yn--;
	}
	while (xn > 0 && g_ascii_isspace(x[xn - 1]))
		xn--;
	return xn > 0 && xn <= yn && memcmp(x, y, xn) == 0 && (xn == yn || y[xn] == '\n');
}

/*
 * share_hold - a REPLY row marks a reply after items listed one after another
 * with the same words as the open one and no reply of their own (Office 365
 * prints "Reported error: 550 …" under "More Info for Email Admins", Exchange
 * "Remote Server returned '…'" or "#550 … ##" under "Diagnostic information for
 * administrators"): the reply is held, with the ones that follow, until the
 * block ends (share_finish).  An item that says something else stops the
 * list: no reply is known to be its.  FALSE when the line is no such reply.
 */
static gboolean
share_hold(engine *en, const char *p, size_t n, gboolean skip)
{
	held_reply *r;

	if (en->shared == NULL) {
		guint from = en->alike->len;

		while (from > 0 && same_words(g_ptr_array_index(en->alike, from - 1), en->cur))
			from--;
		if (from < en->alike->len) {
			en->shared = g_ptr_array_new();
			en->shared_blocks = g_ptr_array_new();
			en->held = g_ptr_array_new_with_free_func(held_free);
			for (guint g = from; g < en->alike->len; g++) {
				g_ptr_array_add(en->shared, g_ptr_array_index(en->alike, g));
				g_ptr_array_add(en->shared_blocks,
				                g_ptr_array_index(en->alike_blocks, g));
			}
			g_ptr_array_add(en->shared, en->cur);
			g_ptr_array_add(en->shared_blocks, en->cur_block);
		}
		g_ptr_array_set_size(en->alike, 0);
		g_ptr_array_set_size(en->alike_blocks, 0);
		if (en->shared == NULL)
			return FALSE;
	}
	if (en->held->len >= SCRAPE_MAX_GROUP)
		return FALSE;
	r = g_new0(held_reply, 1);
	r->text = g_strndup(p, n);
	r->n = n;
	r->skip = skip;
	g_ptr_array_add(en->held, r);
	return TRUE;
}

/* names_address - does the lower-cased line l name addr (any case) as a whole address */
static gboolean
names_address(const char *l, size_t ln, const char *addr)
{
	size_t an = strlen(addr);
	char *key = scrape_lower(addr, an);
	gboolean hit = FALSE;

	for (const char *at = l;
	     !hit && an > 0 &&
	     (at = g_strstr_len(at, (gssize)(ln - (size_t)(at - l)), key)) != NULL;
	     at++) {
		size_t i = (size_t)(at - l), e = i + an;

		hit = (i == 0 || strchr("<([ \t'\":;,", l[i - 1]) != NULL) &&
		      (e >= ln || !(g_ascii_isalnum(l[e]) || l[e] == '-' || l[e] == '_' ||
		                    (l[e] == '.' && e + 1 < ln && g_ascii_isalnum(l[e + 1]))));
	}
	g_free(key);
	return hit;
}

/* segment_text_blank - p[0..n) holds nothing but white space */
static gboolean
segment_text_blank(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!g_ascii_isspace(p[i]))
			return FALSE;
	return TRUE;
}

/* next_line_blank - the line that starts at d[from] (before n) holds only white space */
static gboolean
next_line_blank(const char *d, size_t from, size_t n)
{
	for (size_t i = from; i < n && d[i] != '\n'; i++)
		if (!g_ascii_isspace(d[i]))
			return FALSE;
	return TRUE;
}

/* group_take - an item of a list gets the one piece of the shared text that is its own */
static void
group_take(segment *s, const char *p, size_t n)
{
	char *copy = g_strndup(p, n), *line = copy, *nl;

	g_string_truncate(s->raw, 0);
	g_string_truncate(s->diag, 0);
	s->own_off = s->own_end = s->words_off = s->last_off = s->last_raw_off = 0;
	s->has_code = FALSE;
	s->cont_code = 0;
	s->last_heading = FALSE;
	s->borrowed = FALSE;
	for (; line != NULL; line = nl) {
		nl = strchr(line, '\n');
		if (nl != NULL)
			*nl++ = '\0';
		segment_add(s, line, strlen(line), FALSE);
	}
	g_free(copy);
}

/*
 * share_finish - the block of held replies ends (another recipient is named, or
 * the section ends): a reply that names one of the items' addresses is that
 * item's; the others go by position to the items left, when as many are left;
 * otherwise every item left takes the first reply left, the one reply Office 365
 * prints for all of them.  Each item gets its reply as a line of its text.
 */
static void
share_finish(engine *en)
{
	guint k, m, left_i = 0, left_r = 0, next = 0;
	gint *pick;
	gboolean *used;

	if (en->shared == NULL)
		return;
	k = en->shared->len;
	m = en->held->len;
	pick = g_new(gint, k);
	used = g_new0(gboolean, MAX(m, 1));
	for (guint i = 0; i < k; i++)
		pick[i] = -1;
	for (guint r = 0; r < m; r++) {
		const held_reply *hr = g_ptr_array_index(en->held, r);
		char *l = scrape_lower(hr->text, hr->n);

		for (guint i = 0; i < k && !used[r]; i++) {
			const block *b = g_ptr_array_index(en->shared_blocks, i);

			if (pick[i] < 0 && b != NULL && names_address(l, hr->n, b->address)) {
				pick[i] = (gint)r;
				used[r] = TRUE;
			}
		}
		g_free(l);
	}
	for (guint i = 0; i < k; i++)
		left_i += pick[i] < 0;
	for (guint r = 0; r < m; r++)
		left_r += !used[r];
	for (guint i = 0; i < k && left_r > 0; i++) {
		if (pick[i] >= 0)
			continue;
		while (used[next])
			next++;
		pick[i] = (gint)next;
		if (left_i == left_r)
			used[next] = TRUE; /* by position; else every item left takes the first */
	}
	for (guint i = 0; i < k; i++) {
		if (pick[i] >= 0) {
			const held_reply *hr = g_ptr_array_index(en->held, (guint)pick[i]);

			segment_add(g_ptr_array_index(en->shared, i), hr->text, hr->n, hr->skip);
		}
	}
	g_free(pick);
	g_free(used);
	g_clear_pointer(&en->shared, g_ptr_array_unref);
	g_clear_pointer(&en->shared_blocks, g_ptr_array_unref);
	g_clear_pointer(&en->held, g_ptr_array_unref);
}

/* A piece of a list's shared text: a paragraph or a line, and whether it quotes a reply. */
typedef struct unit {
	size_t off, len;
	gboolean reply;
} unit;

/*
 * group_units - d[0..n) cut into paragraphs, or into lines when fewer than two
 * paragraphs quote a reply, then into one unit per reply; how many units (at
 * most max) were written to u
 */
static guint
group_units(const char *d, size_t n, unit *u, guint max)
{
	for (int by_line = 0; by_line < 2; by_line++) {
		guint k = 0, replies = 0;
		size_t i = 0;

		while (i < n && k < max) {
			size_t from = i, to;

			/* a piece runs to a blank line (a paragraph) or to the line's end */
			for (to = i; to < n; to++) {
				if (d[to] != '\n')
					continue;
				if (by_line || next_line_blank(d, to + 1, n))
					break;
			}
			i = to < n ? to + 1 : n;
			if (segment_text_blank(d + from, to - from))
				continue;
			u[k].off = from;
			u[k].len = to - from;
			u[k].reply = has_reply(d + from, to - from);
			replies += u[k].reply;
			k++;
		}
		if (replies >= 2 || by_line) {
			guint out = 0;
			size_t from = 0;

			/* the pieces without a reply go with the reply below them ("SMTP error
			 * from remote server …, host: x" above "reason: 550 …"), the last ones
			 * with the last reply: where blank lines fall may not tell paragraphs */
			for (guint j = 0; j < k; j++) {
				size_t end = u[j].off + u[j].len;

				if (!u[j].reply)
					continue;
				u[out].off = from;
				u[out].len = end - from;
				u[out].reply = TRUE;
				from = end;
				out++;
			}
			if (out > 0 && k > 0 && u[k - 1].off + u[k - 1].len > from)
				u[out - 1].len = u[k - 1].off + u[k - 1].len - u[out - 1].off;
			return out;
		}
	}
	return 0;
}

/*
 * group_finish - a list of recipients ("a@x\nb@y\nc@z", then the text below it)
 * ends: when that text quotes several replies and one of them names a listed
 * address, each reply is its own item's: the one that names it, else by
 * position among the replies and items left, when as many are left (BIGLOBE's
 * "Non-delivered information" one line per address, 1&1's "For the following
 * reasons:" one paragraph per address).  Otherwise every item keeps the whole
 * text, as before.  The open item is the list's last.
 */
static void
group_finish(engine *en)
{
	segment *last = en->cur;
	const char *d;
	size_t dn;
	unit u[SCRAPE_MAX_GROUP + 1];
	gint pick[SCRAPE_MAX_GROUP + 1];
	gboolean used[SCRAPE_MAX_GROUP + 1];
	guint k, m, left_i = 0, left_r = 0, named = 0, next = 0;

	if (en->group->len == 0 || last == NULL || en->cur_block == NULL)
		goto done;
	k = en->group->len + 1;
	d = last->diag->str + last->own_end;
	dn = last->diag->len - last->own_end;
	m = group_units(d, dn, u, SCRAPE_MAX_GROUP + 1);
	for (guint r = 0; r < m; r++)
		used[r] = !u[r].reply;
	for (guint i = 0; i < k; i++) {
		const block *b = i + 1 < k ? g_ptr_array_index(en->group_blocks, i) : en->cur_block;

		pick[i] = -1;
		for (guint r = 0; r < m && b != NULL && pick[i] < 0; r++) {
			char *l;

			if (used[r])
				continue;
			l = scrape_lower(d + u[r].off, u[r].len);
			if (names_address(l, u[r].len, b->address)) {
				pick[i] = (gint)r;
				used[r] = TRUE;
				named++;
			}
			g_free(l);
		}
	}
	if (named == 0)
		goto done;
	for (guint i = 0; i < k; i++)
		left_i += pick[i] < 0;
	for (guint r = 0; r < m; r++)
		left_r += !used[r];
	for (guint i = 0; i < k && left_i == left_r; i++) {
		if (pick[i] >= 0)
			continue;
		while (used[next])
			next++;
		pick[i] = (gint)next;
		used[next] = TRUE;
	}
	/* the pieces are cut from the last item's text: the others' go first, then its own */
	for (guint i = 0; i < k; i++) {
		segment *s = i + 1 < k ? g_ptr_array_index(en->group, i) : NULL;

		if (s == NULL || pick[i] < 0)
			continue;
		group_take(s, d + u[pick[i]].off, u[pick[i]].len);
	}
	if (pick[k - 1] >= 0) {
		char *mine = g_strndup(d + u[pick[k - 1]].off, u[pick[k - 1]].len);

		group_take(last, mine, strlen(mine));
		g_free(mine);
	}
done:
	g_ptr_array_set_size(en->group, 0);
	g_ptr_array_set_size(en->group_blocks, 0);
}

/* section_start - index of the line that opens the failure section, or -1 when none does */
static gint64
section_start(const engine *en)
{
	const scrape_doc *d = en->doc;

	if (!family_has(en->fam, SCRAPE_R_START))
		return -1;
	for (guint i = 0; i < d->lines->len; i++) {
		const scrape_line *ln = &g_array_index(d->lines, scrape_line, i);
		const char *l = d->body_lower + (ln->p - d->body), *at;
		size_t n = MIN(ln->len, SCRAPE_MAX_LINE);

		if (rule_match(en, SCRAPE_R_START, l, n, scrape_pairs_of(l, n), &at))
			return i;
	}
	return -1;
}

/*
 * folded_mention - an address that starts a line indented deeper than the
 * line naming the open recipient, once that recipient has text, continues
 * its item: Postfix folds "<a>: host x said: 550 5.7.1\n    <sender>:
 * Sender address rejected", and the sender is no recipient; Sendmail's
 * "<a>\n    (reason: …)\n    (expanded from: <list>)" names the alias a
 * was reached by, which is no recipient either.
 */
static gboolean
folded_mention(const engine *en, const rcpt_hit *h, size_t indent)
{
	return !en->list_cont && en->cur != NULL && en->item_open && h->code[0] == '\0' &&
	       (h->rule == NULL || h->rule->kind == SCRAPE_R_RCPT_AFTER) &&
	       indent > en->cur_indent && !segment_empty(en->cur);
}

static char *token_clean(const char *tok, size_t n);

static gboolean names_address(const char *l, size_t ln, const char *addr);

/* line_end - the end of the line that starts at i in p[0..n) (its '\n' or n) */
static size_t
line_end(const char *p, size_t n, size_t i)
{
	while (i < n && p[i] != '\n')
		i++;
	return i;
}

/* transcript_command - is the line p[0..n), maybe indented, a transcript's command sent
 * (">>> RCPT To:<a>", MDaemon's "--> DATA") whose verb is cmd (lower case, e.g. "data")? */
static gboolean
transcript_command(const char *p, size_t n, const char *cmd)
{
	size_t c = strlen(cmd);

	while (n > 0 && (*p == ' ' || *p == '\t')) {
		p++;
		n--;
	}
	while (n > 0 && (p[n - 1] == '\r' || p[n - 1] == ' '))
		n--;
	if (n < 4 + c || (memcmp(p, ">>> ", 4) != 0 && memcmp(p, "--> ", 4) != 0) ||
	    g_ascii_strncasecmp(p + 4, cmd, c) != 0)
		return FALSE;
	return n == 4 + c || p[4 + c] == ' ' || p[4 + c] == ':';
}

/* reply_text - the line p[0..n) without its indentation, transcript arrow ("<<< ", "<-- ")
 * and line end: *off_r and the length returned */
static size_t
reply_text(const char *p, size_t n, size_t *off_r)
{
	size_t k = 0;

	while (k < n && (p[k] == ' ' || p[k] == '\t'))
		k++;
	if (n - k >= 4 && (memcmp(p + k, "<<< ", 4) == 0 || memcmp(p + k, "<-- ", 4) == 0))
		k += 4;
	while (n > k && (p[n - 1] == '\r' || p[n - 1] == ' '))
		n--;
	*off_r = k;
	return n - k;
}

/*
 * data_refusal - where in raw[0..n) a transcript sent DATA (">>> DATA") and the server then
 * refused the message with a 4xx/5xx reply: the offset of that command line, and in
 * *reply_r and *reply_n_r the reply line's text; -1 when the transcript shows no such refusal
 */
static gssize
data_refusal(const char *raw, size_t n, size_t *reply_r, size_t *reply_n_r)
{
	gssize at = -1;

	for (size_t i = 0; i < n;) {
		size_t e = line_end(raw, n, i), off, len;

		if (transcript_command(raw + i, e - i, "data"))
			at = at < 0 ? (gssize)i : at;
		else if (at >= 0 && transcript_command(raw + i, e - i, "rcpt to"))
			at = -1; /* a command after DATA's: not the refusal of the message */
		else if (at >= 0 && (len = reply_text(raw + i, e - i, &off)) > 0 &&
		         has_reply(raw + i + off, len)) {
			*reply_r = i + off;
			*reply_n_r = len;
			return at;
		}
		i = e + 1;
	}
	return -1;
}

/* rcpt_accepted - does the block's text hold only its transcript's RCPT command and the
 * server's acceptance of it (">>> RCPT TO:<a>", "<<< 250 2.1.5 Ok"): no refusal, no DATA? */
static gboolean
rcpt_accepted(const block *b)
{
	gboolean rcpt = FALSE;

	for (guint g = 0; g < b->segments->len; g++) {
		const segment *s = g_ptr_array_index(b->segments, g);
		const char *raw = s->raw->str;
		size_t n = s->raw->len;

		for (size_t i = 0; i < n;) {
			size_t e = line_end(raw, n, i), off, len = reply_text(raw + i, e - i, &off);

			if (transcript_command(raw + i, e - i, "rcpt to"))
				rcpt = TRUE;
			else if (transcript_command(raw + i, e - i, "data") ||
			         (len > 0 && has_reply(raw + i + off, len)))
				return FALSE;
			i = e + 1;
		}
	}
	return rcpt;
}

/*
 * data_share - a transcript whose server accepted some recipients' RCPT and then refused
 * the message after DATA (">>> RCPT TO:<a>", "<<< 250 Ok", ">>> RCPT TO:<b>", "<<< 250
 * Ok", ">>> DATA", "<<< 554 5.7.1 …"): the refusal is every accepted recipient's, not
 * only the last one's, whose text the exchange after its RCPT line went to
 */
static void
data_share(engine *en)
{
	for (guint i = en->blocks->len; i-- > 1;) {
		block *b = g_ptr_array_index(en->blocks, i);
		const segment *s;
		size_t rs, rn;
		gssize at;

		if (b->segments->len == 0)
			continue;
		s = g_ptr_array_index(b->segments, b->segments->len - 1);
		if ((at = data_refusal(s->raw->str, s->raw->len, &rs, &rn)) < 0)
			continue;
		for (guint j = 0; j < i; j++) {
			block *a = g_ptr_array_index(en->blocks, j);
			segment *t;

			if (a->segments->len == 0 || !rcpt_accepted(a))
				continue;
			t = g_ptr_array_index(a->segments, a->segments->len - 1);
			for (size_t k = (size_t)at; k < s->raw->len;) {
				size_t e = line_end(s->raw->str, s->raw->len, k);

				segment_add(t, s->raw->str + k, e - k, FALSE);
				k = e + 1;
			}
		}
		return;
	}
}

/*
 * part_data_share - a transcript part that names no recipient ("... while talking to mx.:",
 * ">>> DATA", "<<< 554 5.7.1 …", "554 5.0.0 Service unavailable") refused the message at
 * DATA: it is the exchange of every recipient listed above with that reply (Sendmail lists
 * each with "(reason: 554 5.7.1 …)"), not only of the item open when the part began
 */
static void
part_data_share(engine *en)
{
	const GString *raw = en->exchange->raw;
	size_t rs, rn;
	char *reply;
	guint given = 0;

	if (data_refusal(raw->str, raw->len, &rs, &rn) < 0)
		return;
	reply = scrape_lower(raw->str + rs, rn);
	for (guint i = 0; i < en->blocks->len; i++) {
		block *b = g_ptr_array_index(en->blocks, i);
		gboolean said = FALSE, hosted = FALSE;
		segment *s;

		for (guint g = 0; g < b->segments->len; g++) {
			const segment *o = g_ptr_array_index(b->segments, g);
			char *l;

			hosted |= o->host != NULL;
			if (o == en->part_from && o->diag->len >= en->part_diag_off) {
				l = scrape_lower(o->diag->str, en->part_diag_off);
			} else
				l = scrape_lower(o->diag->str, o->diag->len);
			said |= strstr(l, reply) != NULL;
			g_free(l);
		}
		if (hosted || !said)
			continue;
		s = segment_new();
		strbuf_append(s->raw, raw->str, raw->len);
		s->host = g_strdup(en->part_host);
		s->host_rule = en->part_host_rule;
		g_ptr_array_add(b->segments, s);
		given++;
	}
	g_free(reply);
	if (given > 0) {
		part_from_give_back(en, NULL);
		en->part_from = NULL;
	}
}

/*
 * part_close - a transcript part ends without naming a recipient on a line of its
 * own ("... while talking to mx.b.:", ">>> DATA", "<<< 552 5.2.2 <b@x>... Mailbox
 * full", "554 5.0.0 Service unavailable"): when its lines name one recipient's
 * address, they are that recipient's exchange with that host (its command, its
 * host), and no text of the item open before the part
 */
static void
part_close(engine *en)
{
	block *named = NULL;
	segment *s;
	char *lower;
	guint count = 0;

	if (en->exchange == NULL || en->part_host == NULL || en->exchange->raw->len == 0)
		return;
	lower = scrape_lower(en->exchange->raw->str, en->exchange->raw->len);
	for (guint i = 0; i < en->blocks->len; i++) {
		block *b = g_ptr_array_index(en->blocks, i);

		if (!names_address(lower, en->exchange->raw->len, b->address))
			continue;
		count++;
		if (named != NULL) {
			named = NULL; /* two addresses: whose exchange it was is unknown */
			break;
		}
		named = b;
	}
	g_free(lower);
	if (named == NULL) {
		if (count == 0)
			part_data_share(en);
		return;
	}
	s = segment_new();
	strbuf_append(s->raw, en->exchange->raw->str, en->exchange->raw->len);
	s->host = g_strdup(en->part_host);
	s->host_rule = en->part_host_rule;
	g_ptr_array_add(named->segments, s);
	part_from_give_back(en, named);
	en->part_from = NULL;
}

/*
 * open_part - a HOST_SECTION row matched at off of line p: what follows is
 * about the host named there ("... while talking to mx.b.example.:"), not
 * about the host of an earlier part.  A heading whose host cannot be read
 * still closes the earlier part.
 */
static void
open_part(engine *en, const scrape_rule *row, const char *p, size_t n, size_t off)
{
	size_t e = off;

	/* the part before named no recipient on a line of its own */
	part_close(en);
	while (e < n && !g_ascii_isspace(p[e]))
		e++;
	g_free(en->part_host);
	en->part_host = token_clean(p + off, e - off);
	en->part_host_rule = row->id;
	if (en->exchange != NULL)
		segment_free(en->exchange);
	en->exchange = en->part_host != NULL ? segment_new() : NULL;
	if (en->exchanged != NULL)
		g_string_free(g_steal_pointer(&en->exchanged), TRUE);
}

/*
 * copy_separator - Exim's line above the returned message, in any language its
 * template is translated into: six dashes, a space, words, a space, six dashes
 * ("------ Ceci est une copie du message, y compris tous les en-têtes. ------",
 * "------ Dies ist eine Kopie der Nachricht inklusive aller Kopfzeilen. ------").
 * Exactly six: Sendmail's five ("----- Transcript of session follows -----") and
 * Notes' seven open parts of the notice itself.
 */
static gboolean
copy_separator(const char *p, size_t n)
{
	static const char six[] = "------ ";
	gboolean words = FALSE;

	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\r'))
		n--;
	if (n < 2 * 7 + 1 || memcmp(p, six, 7) != 0 || p[7] == '-' || p[n - 7] != ' ' ||
	    memcmp(p + n - 6, six, 6) != 0 || p[n - 8] == '-')
		return FALSE;
	for (size_t k = 7; k < n - 7 && !words; k++)
		words = (unsigned char)p[k] >= 0x80 || g_ascii_isalpha(p[k]);
	return words;
}

/* Lines of a returned header block looked at from its first line, at most. */
#define SCRAPE_MAX_HEADER_BLOCK 64

/* header_name_len - "Name:" at the very start of p[0..n) (no indentation): the name's length
 * with its colon, else 0 */
static size_t
header_name_len(const char *p, size_t n)
{
	size_t i = 0;

	while (i < n && i < 64 && (g_ascii_isalnum(p[i]) || p[i] == '-' || p[i] == '_'))
		i++;
	return i > 0 && i < n && p[i] == ':' ? i + 1 : 0;
}

/*
 * header_copy_line - is line i a "Cc: …" or "Bcc: …" right below a "To: …" or "From: …"
 * line: the stopped message's header quoted below the reason ("To: all-staff@x", "Cc:
 * board@x", "Subject: …"), whose copy recipients are not the failed ones?  A label "CC:"
 * alone (a help desk's "Customer: a", "CC: b") still names a recipient.
 */
static gboolean
header_copy_line(const scrape_doc *d, guint i)
{
	const scrape_line *ln, *up;
	const char *l, *u;
	size_t n, un;

	if (i == 0)
		return FALSE;
	ln = &g_array_index(d->lines, scrape_line, i);
	up = &g_array_index(d->lines, scrape_line, i - 1);
	l = d->body_lower + (ln->p - d->body);
	u = d->body_lower + (up->p - d->body);
	n = ln->len;
	un = up->len;
	while (n > 0 && (*l == ' ' || *l == '\t')) {
		l++;
		n--;
	}
	while (un > 0 && (*u == ' ' || *u == '\t')) {
		u++;
		un--;
	}
	if (!((n > 3 && memcmp(l, "cc:", 3) == 0) || (n > 4 && memcmp(l, "bcc:", 4) == 0)))
		return FALSE;
	return (un > 3 && memcmp(u, "to:", 3) == 0) || (un > 5 && memcmp(u, "from:", 5) == 0);
}

/*
 * returned_headers_at - does line i of the notice start the returned message's header block,
 * printed inline below the notice ("Original headers:", then "Return-Path: …", "From: …",
 * "Message-ID: …")?  Three header fields or more at the start of their lines, one after
 * another (folds allowed), one of them From: and one a field only a message carries
 * (Message-ID, Received, Return-Path, MIME-Version, Content-Type, DKIM-Signature): a
 * notice's own summary ("From: a", "To: b", "Subject: c", "Date: d") is no such block.
 * Looked at only where such a block may start (the line above is no field), and at most
 * SCRAPE_MAX_HEADER_BLOCK lines far.
 */
static gboolean
returned_headers_at(const scrape_doc *d, guint i)
{
	static const char *const message_only[] = {
	    "message-id:",   "received:",     "return-path:",
	    "mime-version:", "content-type:", "dkim-signature:"};
	guint fields = 0;
	gboolean from = FALSE, message = FALSE;

	if (i > 0) {
		const scrape_line *up = &g_array_index(d->lines, scrape_line, i - 1);

		if (header_name_len(up->p, up->len) > 0)
			return FALSE;
	}
	for (guint k = i; k < d->lines->len && k < i + SCRAPE_MAX_HEADER_BLOCK; k++) {
		const scrape_line *ln = &g_array_index(d->lines, scrape_line, k);
		const char *l = d->body_lower + (ln->p - d->body);
		size_t h = header_name_len(ln->p, MIN(ln->len, SCRAPE_MAX_LINE));

		if (h == 0) {
			if (k > i && ln->len > 0 && (ln->p[0] == ' ' || ln->p[0] == '\t'))
				continue; /* a folded field */
			break;
		}
		fields++;
		from |= h == 5 && memcmp(l, "from:", 5) == 0;
		for (size_t m = 0; m < G_N_ELEMENTS(message_only); m++)
			message |=
			    h == strlen(message_only[m]) && memcmp(l, message_only[m], h) == 0;
		if (fields >= 3 && from && message)
			return TRUE;
	}
	return FALSE;
}

/*
 * other_reply - a second reply in the open item's text that names another address than the
 * item's ("Recipient: a", "Server reply: 550 … <a>", then a line no row reads naming b and
 * "Server reply: 552 … <b>: Mailbox full"): that reply is b's, not a's.  Only after the item
 * holds a reply of its own, and not inside a multi-line reply ("550-Sent: RCPT TO:<s>"
 * continues the one before), a shared list or a transcript part, nor where the text about
 * a recipient comes before its address.  *h: the named address on p.
 */
static gboolean
other_reply(const engine *en, const char *p, const char *l, size_t n, rcpt_hit *h)
{
	size_t pos, s, e;

	memset(h, 0, sizeof(*h));
	if (en->cur == NULL || en->cur_block == NULL || !en->cur->has_code ||
	    en->cur->cont_code != 0 || (en->fam->flags & SCRAPE_F_CONTEXT_BEFORE) ||
	    en->group->len > 0 || en->alike->len > 0 || en->shared != NULL ||
	    en->exchange != NULL || en->part_host != NULL ||
	    scrape_reply_find(p, n, &pos) < SCRAPE_CODE_PLACED ||
	    !scrape_address_find(p + pos, n - pos, &s, &e) ||
	    names_address(l, n, en->cur_block->address) || is_sender(en, p + pos + s, e - s))
		return FALSE;
	h->a_start = pos + s;
	h->a_end = pos + e;
	h->rest = 0;
	h->layout = "reply-address";
	return TRUE;
}

/*
 * first_reply - family15: no item open yet, and a line whose reply names an address: Exchange
 * 2003 lists a recipient by display name only ("Bob Meyer on 12/7/2026 9:14 AM"), its address
 * only in the reply quoted below ("<host #5.1.1 smtp;550 5.1.1 <bob@x>... User unknown>"), so
 * that reply opens the recipient (families with SCRAPE_F_REPLY_NAMES; a later one is
 * other_reply's).  *h: the named address on p.
 */
static gboolean
first_reply(const engine *en, const char *p, size_t n, rcpt_hit *h)
{
	size_t pos, s, e;

	memset(h, 0, sizeof(*h));
	if (en->cur != NULL || !(en->fam->flags & SCRAPE_F_REPLY_NAMES) ||
	    scrape_reply_find(p, n, &pos) < SCRAPE_CODE_PLACED ||
	    !scrape_address_find(p + pos, n - pos, &s, &e) || is_sender(en, p + pos + s, e - s))
		return FALSE;
	h->a_start = pos + s;
	h->a_end = pos + e;
	h->rest = pos; /* the reply, without the "<host #x.y.z smtp;" wrapper */
	h->layout = "reply-address";
	return TRUE;
}

/*
 * other_item - the open item's last line, above a reply that names address (other_reply),
 * names that address too: it was that item's own line, in a layout no row reads ("Recipient
 * #2 => b"); it leaves the open item's text (a copy, or NULL)
 */
static char *
other_item(engine *en, const char *addr, size_t an)
{
	segment *c = en->cur;
	const char *last = c->diag->str + c->last_off;
	size_t ln = c->diag->len - c->last_off;
	char *line, *low, *key;
	gboolean hit;

	if (c->last_off <= c->own_end || c->last_off >= c->diag->len || c->last_heading ||
	    has_reply(last, ln))
		return NULL;
	while (ln > 0 && g_ascii_isspace(last[ln - 1]))
		ln--;
	low = scrape_lower(last, ln);
	key = g_strndup(addr, an);
	hit = names_address(low, ln, key);
	g_free(key);
	g_free(low);
	if (!hit)
		return NULL;
	line = g_strndup(last, ln);
	g_string_truncate(c->diag, c->last_off);
	if (c->last_raw_off <= c->raw->len)
		g_string_truncate(c->raw, c->last_raw_off);
	return line;
}

/*
 * other_take - open the item of the address a second reply names (other_reply): from the
 * open item's last line when that line names it (other_item), else from the reply's line
 */
static void
other_take(engine *en, const char *p, size_t n, const rcpt_hit *h, gboolean skip, size_t t)
{
	char *line = other_item(en, p + h->a_start, h->a_end - h->a_start);
	size_t s, e;
	rcpt_hit lh = *h;

	if (line != NULL) {
		char *low = scrape_lower(line, strlen(line));
		char *key = scrape_lower(p + h->a_start, h->a_end - h->a_start);
		const char *at = strstr(low, key);

		if (at != NULL && scrape_address_find(line + (at - low), strlen(at), &s, &e)) {
			lh.a_start = (size_t)(at - low) + s;
			lh.a_end = (size_t)(at - low) + e;
			take_recipient(en, line, strlen(line), &lh, FALSE);
			segment_add(en->cur, p, n, skip);
		} else {
			take_recipient(en, p, n, h, skip);
		}
		g_free(key);
		g_free(low);
		g_free(line);
	} else {
		take_recipient(en, p, n, h, skip);
	}
	en->cur_indent = t;
	en->item_open = TRUE;
}

/*
 * trailing_give - a context-before family's notice that names its one recipient in a block
 * of the stopped message's details ("To: a@b", "Subject: …") and gives the cause only
 * below it ("Virus: W32/…", "Reason: …"): with nothing after it for another recipient to
 * take, the lines below are the recipient's, when it has no text at all (no context above,
 * no words of its own), so that nothing the family already read changes
 */
static void
trailing_give(engine *en)
{
	const block *b;
	segment *s;
	const char *p, *e, *nl;

	if (!(en->fam->flags & SCRAPE_F_CONTEXT_BEFORE) || en->blocks->len != 1 ||
	    segment_empty(en->pending))
		return;
	b = g_ptr_array_index(en->blocks, 0);
	if (b->segments->len != 1)
		return;
	s = g_ptr_array_index(b->segments, 0);
	for (size_t i = 0; i < s->diag->len; i++)
		if (!g_ascii_isspace(s->diag->str[i]))
			return;
	p = en->pending->diag->str + en->pending->own_off;
	e = en->pending->diag->str + en->pending->diag->len;
	for (; p < e; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(e - p));
		if (nl == NULL)
			nl = e;
		segment_add(s, p, (size_t)(nl - p), FALSE);
	}
}

/* line_blank_at - the document's line i holds only white space */
static gboolean
line_blank_at(const scrape_doc *d, guint i)
{
	const scrape_line *ln = &g_array_index(d->lines, scrape_line, i);

	return scrape_blank(ln->p, 0, ln->len);
}

/*
 * wrap_heading_line - does the line p[0..n) head what follows rather than run on into it: it
 * ends with a colon (also full-width) or a decoration ("----- 配送できなかった宛先 -----",
 * "【宛先】"), or is a short label ("■宛先")
 */
static gboolean
wrap_heading_line(const char *p, size_t n)
{
	static const char *const ends[] = {
	    ":", "-", "=", "*", ">", "]", "\xef\xbc\x9a" /* ： */, "\xe3\x80\x91" /* 】 */};

	if (n < 20)
		return TRUE;
	for (guint k = 0; k < G_N_ELEMENTS(ends); k++) {
		size_t m = strlen(ends[k]);

		if (n >= m && memcmp(p + n - m, ends[k], m) == 0)
			return TRUE;
	}
	return FALSE;
}

/*
 * local_name_item - Sendmail lists a local user reached through an alias by its bare name,
 * alone on its line, with the "(reason: …)" line below ("kpatel" then "    (reason: 552
 * 5.2.2 kpatel: Disc quota exceeded)" then "    (expanded from: <k.patel@x>)")
 */
static gboolean
local_name_item(const scrape_doc *d, guint i, const char *p, size_t n)
{
	const scrape_line *ln;
	size_t t, m;

	if (n == 0 || local_name_token(p, n) != n || i + 1 >= d->lines->len)
		return FALSE;
	ln = &g_array_index(d->lines, scrape_line, i + 1);
	m = MIN(ln->len, SCRAPE_MAX_LINE);
	t = trim_indent(ln->p, m);
	return t > 0 && m - t >= 8 && g_ascii_strncasecmp(ln->p + t, "(reason:", 8) == 0;
}

/* next_opens_address - does the document's line i open with an address (wrapped_address)? */
static gboolean
next_opens_address(const scrape_doc *d, guint i)
{
	const scrape_line *ln;
	size_t t, s, e;

	if (i >= d->lines->len)
		return FALSE;
	ln = &g_array_index(d->lines, scrape_line, i);
	t = trim_indent(ln->p, MIN(ln->len, SCRAPE_MAX_LINE));
	return wrapped_address(ln->p + t, MIN(ln->len, SCRAPE_MAX_LINE) - t, &s, &e);
}

/*
 * wrapped_contact - "For further assistance, please contact" then "<postmaster@x>": a role
 * mailbox (role_address) opening an address line that holds no reply and goes on from a line
 * above it in the same paragraph, not ending in a heading's ':', is where that sentence sends
 * its reader ("postmaster@x, abuse@x if you need help")
 */
static gboolean
wrapped_contact(const scrape_doc *d, guint i, const char *p, size_t n, const rcpt_hit *h)
{
	const scrape_line *prev;
	size_t m;

	if (i == 0 || h->layout == NULL || strcmp(h->layout, "address-line") != 0 ||
	    h->code[0] != '\0' || has_reply(p + h->rest, n - h->rest) || line_blank_at(d, i - 1) ||
	    !role_address(p + h->a_start, h->a_end - h->a_start))
		return FALSE;
	prev = &g_array_index(d->lines, scrape_line, i - 1);
	m = prev->len;
	while (m > 0 && g_ascii_isspace(prev->p[m - 1]))
		m--;
	return m > 0 && (g_ascii_isalnum(prev->p[m - 1]) || prev->p[m - 1] == ',');
}

/* read_lines - walk the section once, sorting lines into recipients' segments */
static void
read_lines(engine *en)
{
	const scrape_doc *d = en->doc;
	gint64 start = (en->fam->flags & SCRAPE_F_WHOLE_BODY) ? -1 : en->start;
	guint first = start < 0 ? 0 : (guint)start, first_text = first;

	/* a text that opens with blank lines (an HTML part's text) starts at its first words */
	while (first_text < d->lines->len && line_blank_at(d, first_text))
		first_text++;
	for (guint i = first; i < d->lines->len; i++) {
		const scrape_line *ln = &g_array_index(d->lines, scrape_line, i);
		const char *p = ln->p, *l = d->body_lower + (ln->p - d->body), *at;
		size_t n = MIN(ln->len, SCRAPE_MAX_LINE), t, k;
		const scrape_rule *row, *wrap;
		gboolean skip, heads, found;
		guint64 pairs;
		rcpt_hit h = {0};

		/* a forwarded bounce quotes every line with "> " */
		if (n >= 1 && p[0] == '>' && (n == 1 || p[1] == ' ')) {
			p += MIN(n, 2);
			l += MIN(n, 2);
			n -= MIN(n, 2);
		}
		t = trim_indent(p, n);
		p += t;
		l += t;
		n -= t;
		pairs = scrape_grams_add(&en->grams, l, n);
		en->ends_para = i + 1 >= d->lines->len || line_blank_at(d, i + 1);
		if (i > first_text &&
		    (rule_match(en, SCRAPE_R_END, l, n, pairs, &at) != NULL ||
		     rule_match(en, SCRAPE_R_END_PREFIX, l, n, pairs, &at) != NULL ||
		     copy_separator(p, n) ||
		     /* the returned message's headers printed below the notice */
		     (en->cur != NULL && t == 0 && p == ln->p && returned_headers_at(d, i)))) {
			en->end_off = (size_t)(ln->p - d->body);
			break;
		}
		skip = decoration(p, n) ||
		       rule_match(en, SCRAPE_R_SKIP, l, n, pairs, &at) != NULL ||
		       rule_match(en, SCRAPE_R_SKIP_LINE, l, n, pairs, &at) != NULL;
		/* the line that opens the section is boilerplate, but may name a recipient */
		skip |= start >= 0 && i == first && !(en->fam->flags & SCRAPE_F_CONTEXT_ALSO);
		segment_add(en->section, p, n, skip);
		/* a later line that starts with the family's opening sentence opens another list
		 * and heads it, with or without a colon ("Delivery to these recipients failed
		 * because …"); the same words inside a sentence ("… delivering your message to this
		 * email address") open nothing */
		heads = i > first && en->cur != NULL && n <= SCRAPE_MAX_HEADING &&
		        !has_reply(p, n) &&
		        (row = rule_match(en, SCRAPE_R_START, l, n, pairs, &at)) != NULL &&
		        (size_t)(at - l) == strlen(row->text);
		if (en->cur != NULL && rule_match(en, SCRAPE_R_BREAK, l, n, pairs, &at) != NULL)
			en->cur->broken = TRUE;
		if ((row = rule_match(en, SCRAPE_R_HOST_SECTION, l, n, pairs, &at)) != NULL) {
			open_part(en, row, p, n, (size_t)(at - l));
			/* the open item's text so far: the part's lines may be another's exchange
			 */
			en->part_from = en->cur;
			en->part_from_block = en->cur_block;
			if (en->cur != NULL) {
				en->part_diag_off = en->cur->diag->len;
				en->part_raw_off = en->cur->raw->len;
			}
		}
		/* a program or file recipient of a sendmail list, until a line as shallow as it */
		if (en->program != NULL && n > 0 && t <= en->program_indent)
			g_clear_pointer(&en->program, g_free);
		if ((en->fam->flags & SCRAPE_F_SENDMAIL_LINES) &&
		    ((k = program_token(p, n)) > 0 || local_name_item(d, i, p, n))) {
			en->program = k > 0 ? g_strndup(p + 1, k - 2) : g_strndup(p, n);
			en->program_indent = t;
			/* its "(reason: …)" below is its own, not the text of the recipient above
			 */
			if (en->cur != NULL && t <= en->cur_indent) {
				en->cur = NULL;
				en->item_open = FALSE;
			}
		}
		wrap = en->wrap;
		en->wrap = NULL;
		/* a phrase that heads a list ("undeliverable to the following:") names the address
		 * on the line below as the line's own reading would, and stays out of its text; one
		 * inside a sentence ("… deliver your message to" then "a@b.") is read first, that
		 * line and this one the recipient's own text ("a@b." alone would be an address line
		 * followed by prose) */
		found = FALSE;
		if (header_copy_line(d, i)) {
			/* a header of the returned message printed in the notice names no one */
		} else if (wrap != NULL && !en->wrap_heading && wrapped_recipient(wrap, p, n, &h)) {
			size_t back = (size_t)(p - en->wrap_p);

			h.a_start += back;
			h.a_end += back;
			p = en->wrap_p;
			n += back;
			found = TRUE;
		} else {
			found = find_recipient(en, p, l, n, pairs, &h) ||
			        wrapped_recipient(wrap, p, n, &h);
		}
		if (found && !folded_mention(en, &h, t) && !wrapped_contact(d, i, p, n, &h)) {
			if (h.rule != NULL && h.rule->kind == SCRAPE_R_RCPT_REPLACE) {
				en->list_cont = FALSE;
				replace_recipient(en, p, n, &h);
			} else {
				size_t list[SCRAPE_MAX_LIST][2], end = 0;
				guint m = address_list(p, n, &h, list, &end);

				if (m > 0)
					take_list(en, p, n, &h, skip, list, m, end);
				else
					take_recipient(en, p, n, &h, skip);
				/* "Failed recipients: a@x, b@x,\n    c@x": the list goes on below
				 */
				en->list_cont = list_continues(p, n, &h, end);
			}
			en->unnamed = FALSE;
			en->cur_indent = t;
			en->item_open = TRUE;
		} else {
			if (n > 0)
				en->list_cont = FALSE;
			en->unnamed |= h.unnamed;
			/* the phrase's address may open the paragraph's next line */
			if (h.rule == NULL && h.wrap != NULL && !en->ends_para)
				en->wrap = h.wrap;
			else if (h.rule == NULL && !en->ends_para && next_opens_address(d, i + 1))
				en->wrap = phrase_at_line_end(en, l, n);
			en->wrap_p = p;
			en->wrap_heading = wrap_heading_line(p, n);
			/* a line as shallow as the recipient's own ("|/usr/bin/prog") ends its item
			 */
			if (n > 0 && t <= en->cur_indent)
				en->item_open = FALSE;
			if (en->exchange != NULL)
				segment_add(en->exchange, p, n, TRUE);
			/* a reply after items listed with the same words is held for its own item
			 */
			if (en->cur != NULL && (en->alike->len > 0 || en->shared != NULL) &&
			    reply_marked(en, p, l, n, pairs) && share_hold(en, p, n, skip))
				continue;
			if (first_reply(en, p, n, &h)) {
				take_recipient(en, p, n, &h, skip);
				en->cur_indent = t;
				en->item_open = TRUE;
				continue;
			}
			/* a second reply naming another address is that address's, not the open
			 * item's: a recipient of its own where address lines name recipients */
			if (other_reply(en, p, l, n, &h)) {
				if (en->fam->flags & SCRAPE_F_ADDR_LINES) {
					other_take(en, p, n, &h, skip, t);
					continue;
				}
				en->cur->broken = TRUE;
			}
			/* nonbounce3: a title underlined by a rule, alone after a blank line ("Soft
			 * bounces (we will retry)\n-------"), opens a section of its own: an item
			 * whose line gave its own words and no reply yet takes neither the title
			 * nor a reply from below it (a report's next table) */
			if (en->cur != NULL && en->group->len == 0 && !en->cur->has_code &&
			    !en->cur->sealed && en->cur->own_end > en->cur->own_off &&
			    underline(p, n, en->cur->diag->len - en->cur->para_off) &&
			    en->cur->para_lines == 1 && !en->cur->para_code &&
			    en->cur->para_off > en->cur->own_end) {
				g_string_truncate(en->cur->diag, en->cur->para_off);
				g_string_truncate(en->cur->raw, en->cur->para_raw_off);
				en->cur->sealed = TRUE;
			}
			segment_add(en->cur ? en->cur : en->pending, p, n, skip);
			for (guint g = 0; en->cur != NULL && g < en->group->len; g++)
				segment_add(g_ptr_array_index(en->group, g), p, n, skip);
			if (heads && !skip)
				mark_heading(en);
		}
	}
	share_finish(en);
	group_finish(en);
	trailing_give(en);
	part_close(en);
	data_share(en);
}

/* token_clean - the host name in tok[0..n): brackets, punctuation and a "[ip]" suffix removed */
static char *
token_clean(const char *tok, size_t n)
{
	const char *br;

	while (n > 0 && strchr("<[('\"", tok[0]) != NULL) {
		tok++;
		n--;
	}
	if ((br = memchr(tok, '[', n)) != NULL && br > tok)
		n = (size_t)(br - tok);
	while (n > 0 && strchr(">])'\":;,.", tok[n - 1]) != NULL)
		n--;
	/* "203.0.113.12:25" (MDaemon's "connection to [ip:25]"): one colon after a dotted name
	 * or IPv4 address and only digits after it is a port; an IPv6 address has several */
	{
		const char *c = memchr(tok, ':', n);

		if (c != NULL && c > tok && memchr(tok, '.', (size_t)(c - tok)) != NULL &&
		    memchr(c + 1, ':', n - (size_t)(c + 1 - tok)) == NULL &&
		    (size_t)(c + 1 - tok) < n &&
		    strspn(c + 1, "0123456789") >= n - (size_t)(c + 1 - tok))
			n = (size_t)(c - tok);
	}
	if (n < 3 || n > 255 || (memchr(tok, '.', n) == NULL && memchr(tok, ':', n) == NULL))
		return NULL;
	for (size_t i = 0; i < n; i++)
		if (!g_ascii_isalnum(tok[i]) && strchr(".-:_", tok[i]) == NULL)
			return NULL;
	return g_strndup(tok, n);
}

/* How find_host_rows reads the rows: as written, with the space next to the host a line
 * break, or only the rows with a space between two words (in a text unfolded) */
enum { HOST_PLAIN, HOST_FOLDED, HOST_INNER };

static char *find_host_rows(const engine *en, const char *raw, const char *lower, size_t n,
                            const scrape_grams *g, int mode, const char **rule_r);
static char *collapse_space(const char *lower);

/*
 * find_host - the remote host named in raw (lower: the same, lower-cased,
 * NUL-terminated; g: the pairs of raw).  folded: look instead for the rows
 * whose space next to the host became a line break ("host\n
 * mx.example.org[ip] said:", "mx.example.org\n    [192.0.2.1]:").
 */
static char *
find_host(const engine *en, const char *raw, const char *lower, size_t n, const scrape_grams *g,
          gboolean folded, const char **rule_r)
{
	return find_host_rows(en, raw, lower, n, g, folded ? HOST_FOLDED : HOST_PLAIN, rule_r);
}

/* inner_space - does t hold a space between two of its words ("connect to ")? */
static gboolean
inner_space(const char *t)
{
	for (size_t i = 1; t[i] != '\0'; i++)
		if (t[i] == ' ' && t[i - 1] != ' ' && t[i + 1] != ' ' && t[i + 1] != '\0')
			return TRUE;
	return FALSE;
}

/* client_before - is the word before at (lower case, after any white space, a line fold
 * too: "Client\n    host [192.0.2.1] blocked") "client"? */
static gboolean
client_before(const char *lower, const char *at)
{
	const char *b = at;

	while (b > lower && g_ascii_isspace(b[-1]))
		b--;
	if (b == at || b - lower < 6 || memcmp(b - 6, "client", 6) != 0)
		return FALSE;
	return b - lower == 6 || !g_ascii_isalnum(b[-7]);
}

/* find_host_rows - find_host by the rows mode allows (HOST_INNER: a space between words) */
static char *
find_host_rows(const engine *en, const char *raw, const char *lower, size_t n,
               const scrape_grams *g, int mode, const char **rule_r)
{
	static const scrape_rule_kind kinds[] = {SCRAPE_R_HOST_AFTER, SCRAPE_R_HOST_BEFORE};
	gboolean folded = mode == HOST_FOLDED;

	for (size_t ki = 0; ki < G_N_ELEMENTS(kinds); ki++) {
		const kind_list *k = &en->kinds[kinds[ki]];

		for (guint i = 0; i < k->n; i++) {
			const char *at, *needle = k->rules[i]->text;
			size_t tl = k->lens[i], s, e;
			char stem[64], *host;

			if (mode == HOST_INNER && !inner_space(needle))
				continue;
			if (folded) {
				/* the space next to the host became the line break */
				size_t sp = kinds[ki] == SCRAPE_R_HOST_AFTER ? tl - 1 : 0;

				if (tl < 2 || tl >= sizeof(stem) || needle[sp] != ' ')
					continue;
				memcpy(stem, needle, tl + 1);
				stem[sp] = '\n';
				needle = stem;
			} else if (!scrape_grams_may_hold(g, &k->sigs[i])) {
				continue;
			}
			at = strstr(lower, needle);
			/* "Client host [192.0.2.1] blocked" quotes the sending host, not the
			 * remote; "localhost" is no "host " */
			while (
			    at != NULL && kinds[ki] == SCRAPE_R_HOST_AFTER &&
			    (client_before(lower, at) ||
			     (at > lower && g_ascii_isalnum(at[-1]) && g_ascii_isalpha(needle[0]))))
				at = strstr(at + tl, needle);
			if (at == NULL || (size_t)(at - lower) + tl > n)
				continue;
			if (kinds[ki] == SCRAPE_R_HOST_AFTER) {
				s = (size_t)(at - lower) + tl;
				/* a layout that aligns its values ("Remote server: mx.example.org")
				 */
				while (s < n && (raw[s] == ' ' || raw[s] == '\t' ||
				                 (folded && g_ascii_isspace(raw[s]))))
					s++;
				e = s;
				while (e < n && !g_ascii_isspace(raw[e]))
					e++;
			} else {
				e = (size_t)(at - lower);
				while (e > 0 && raw[e - 1] == ' ')
					e--;
				s = e;
				while (s > 0 && !g_ascii_isspace(raw[s - 1]))
					s--;
			}
			if ((host = token_clean(raw + s, e - s)) != NULL) {
				*rule_r = k->rules[i]->id;
				return host;
			}
		}
	}
	return NULL;
}

/*
 * find_host_unfolded - the remote host named in raw once its white space runs
 * are single spaces, by the rows that hold a space between two words (only
 * those can be split by a line fold: "connect\n    to mx.example.org[ip]:25:")
 */
static char *
find_host_unfolded(const engine *en, const char *raw, const char **rule_r)
{
	char *flat = collapse_space(raw), *lower;
	size_t n = strlen(flat);
	scrape_grams *g = g_new0(scrape_grams, 1);
	char *host;

	lower = scrape_lower(flat, n);
	scrape_grams_fill(g, lower, n);
	host = find_host_rows(en, flat, lower, n, g, HOST_INNER, rule_r);
	g_free(g);
	g_free(lower);
	g_free(flat);
	return host;
}

/* collapse_space - white space runs (a folded "(in reply to end of DATA\n    command)") as one
 * space */
static char *
collapse_space(const char *lower)
{
	char *out = g_malloc(strlen(lower) + 1), *o = out;

	for (const char *p = lower; *p != '\0'; p++) {
		if (g_ascii_isspace(*p)) {
			if (o == out || o[-1] != ' ')
				*o++ = ' ';
		} else {
			*o++ = *p;
		}
	}
	*o = '\0';
	return out;
}

/*
 * command_named - the SMTP command named earliest in lower (NUL-terminated),
 * else the one named earliest once white space runs are collapsed.  A plain
 * row found in lower is found in the collapsed copy too, so the copy is
 * searched first and lower only for the rows that can match there.  Rows
 * with a pair missing from g (the pairs of both copies) are not searched.
 */
static const scrape_rule *
command_named(const engine *en, const char *lower, const scrape_grams *g, gboolean connects)
{
	const kind_list *k = &en->kinds[SCRAPE_R_COMMAND];
	const scrape_rule *best = NULL, *flat_best = NULL;
	const char *best_at = NULL, *flat_at = NULL;
	char *flat = NULL;

	for (guint i = 0; i < k->n; i++) {
		const char *in_flat, *at;

		if (!scrape_grams_may_hold(g, &k->sigs[i]))
			continue;
		if (flat == NULL)
			flat = collapse_space(lower);
		in_flat = strstr(flat, k->rules[i]->text);

		if (in_flat != NULL && (flat_at == NULL || in_flat < flat_at)) {
			flat_best = k->rules[i];
			flat_at = in_flat;
		}
		if (in_flat == NULL && k->plain[i])
			continue;
		at = strstr(lower, k->rules[i]->text);
		if (at != NULL && (best_at == NULL || at < best_at)) {
			best = k->rules[i];
			best_at = at;
		}
	}
	if (best == NULL && flat_best == NULL && connects) {
		const kind_list *e = &en->kinds[SCRAPE_R_COMMAND_ELSE];

		/* "No\n    route to host": a folded row is found once the runs are collapsed */
		for (guint i = 0; i < e->n && best == NULL; i++) {
			if (!scrape_grams_may_hold(g, &e->sigs[i]))
				continue;
			if (strstr(lower, e->rules[i]->text) != NULL)
				best = e->rules[i];
			else if (e->plain[i] && (flat != NULL || (flat = collapse_space(lower))) &&
			         strstr(flat, e->rules[i]->text) != NULL)
				best = e->rules[i];
		}
	}
	g_free(flat);
	return best != NULL ? best : flat_best;
}

/*
 * command_before_reply - a transcript names every command it sent ("--> RCPT
 * To:<a>", "<-- 250 2.1.5", "--> DATA", "<-- 552 …"): the refused one is the
 * last sent before the first refusal, not the first the text names.  NULL when
 * no command row occurs before the first placed 4xx/5xx code.  Each row is
 * searched forward once, so the cost stays linear in the segment.
 */
static const scrape_rule *
command_before_reply(const engine *en, const char *lower, const scrape_grams *g)
{
	const kind_list *k = &en->kinds[SCRAPE_R_COMMAND];
	const scrape_rule *best = NULL;
	const char *best_at = NULL;
	size_t pos;

	if (scrape_reply_find(lower, strlen(lower), &pos) < SCRAPE_CODE_PLACED)
		return NULL;
	for (guint i = 0; i < k->n; i++) {
		const char *text = k->rules[i]->text, *at, *last = NULL;

		if (!scrape_grams_may_hold(g, &k->sigs[i]))
			continue;
		for (at = strstr(lower, text); at != NULL && (size_t)(at - lower) < pos;
		     at = strstr(at + strlen(text), text))
			last = at;
		if (last != NULL && (best_at == NULL || last > best_at)) {
			best = k->rules[i];
			best_at = last;
		}
	}
	return best;
}

/*
 * find_command - the SMTP command a recipient's text names: the last one a
 * transcript sent before the refusal, else the first one named anywhere
 */
static const scrape_rule *
find_command(const engine *en, const char *lower, const scrape_grams *g)
{
	const scrape_rule *sent = command_before_reply(en, lower, g);

	if (sent != NULL)
		return sent;
	/* a local program's own output (Exim's "pipe to |/x" and the text it printed under
	 * "generated by a ------", Postfix's "Command output: …") names no SMTP stage: "could not
	 * connect to database: connection refused" is the program's, not a connection of ours */
	return command_named(
	    en, lower, g,
	    strstr(lower, "pipe to |") == NULL && strstr(lower, "command output:") == NULL &&
	        !(strstr(lower, "generated by ") != NULL && strstr(lower, " ------") != NULL));
}

const char *
scrape_engine_command(const scrape_family *fam, const char *text, const scrape_rule **rule_r)
{
	engine *en = g_new0(engine, 1); /* only the rows and the pairs: no section is read */
	size_t n = text ? strnlen(text, SCRAPE_MAX_SEGMENT) : 0;
	char *lower = scrape_lower(text ? text : "", n);
	const scrape_rule *cmd;

	en->fam = fam;
	en->kinds = family_kinds(fam);
	scrape_grams_fill(&en->grams, lower, n);
	cmd = find_command(en, lower, &en->grams);
	g_free(lower);
	g_free(en);
	*rule_r = cmd;
	return cmd ? cmd->value : NULL;
}

/*
 * segment_context - fill the command and remote host of f from a segment
 * when still unknown.  Rows are ruled out with the pairs of the lines read,
 * which hold every pair of the segment.
 */
static void
segment_context(const engine *en, const segment *s, scrape_found *f)
{
	char *lower;

	if (f->smtp_command != NULL && f->remote_mta != NULL)
		return;
	lower = scrape_lower(s->raw->str, s->raw->len);
	if (f->smtp_command == NULL) {
		const scrape_rule *cmd = find_command(en, lower, &en->grams);

		if (cmd != NULL) {
			f->smtp_command = g_strdup(cmd->value);
			f->command_rule = cmd->id;
		}
	}
	if (f->remote_mta == NULL)
		f->remote_mta = find_host(en, s->raw->str, lower, s->raw->len, &en->grams, FALSE,
		                          &f->host_rule);
	/* "host\n    mx.example.org[192.0.2.1] said:": the name folded onto the next line */
	if (f->remote_mta == NULL)
		f->remote_mta =
		    find_host(en, s->raw->str, lower, s->raw->len, &en->grams, TRUE, &f->host_rule);
	g_free(lower);
	/* "connect\n    to mx.example.org[192.0.2.1]:25:": a fold between a row's own words */
	if (f->remote_mta == NULL && memchr(s->raw->str, '\n', s->raw->len) != NULL)
		f->remote_mta = find_host_unfolded(en, s->raw->str, &f->host_rule);
}

/* own_status_says - the status of a "550 5.1.1 <a>... text" line, unless a catch-all x.0.0 */
static gboolean
own_status_says(const segment *s)
{
	return s->own_status[0] != '\0' && strcmp(s->own_status + 1, ".0.0") != 0;
}

/* segment_score - how much a segment says: a code and a status beat either alone */
static int
segment_score(const segment *s)
{
	size_t pos, n;
	int rank = scrape_reply_find(s->diag->str, s->diag->len, &pos);
	gboolean status =
	    own_status_says(s) || scrape_status_find(s->diag->str, s->diag->len, &pos, &n);

	return (rank > 0 ? 2 + rank : 0) + (s->own_code[0] ? 2 : 0) + (status ? 1 : 0);
}

/*
 * own_start - where the diagnostic starts for a code at pos: at the code,
 * but at the start of the recipient's own text when the code is on that line
 * and no "host X said:" comes before it ("addr Invalid Address, ERROR_CODE :550")
 */
static size_t
own_start(const char *d, size_t own_off, size_t own_end, size_t pos)
{
	const char *nl;
	char *before;
	gboolean said;

	if (pos <= own_off || pos >= own_end)
		return pos;
	nl = memchr(d + own_off, '\n', pos - own_off);
	if (nl != NULL)
		return pos;
	before = scrape_lower(d + own_off, pos - own_off);
	said = strstr(before, "said") != NULL || strstr(before, "host ") != NULL;
	g_free(before);
	return said ? pos : own_off;
}

/*
 * close_unmatched_strip - drop a trailing ')', '>' or quote that closes nothing: the
 * diagnostic was cut out of a remark such as Sendmail's "(reason: 550 …)" or
 * Exchange's "<host #5.1.1 smtp;550 5.1.1 User unknown>"
 */
static void
close_unmatched_strip(char *d)
{
	static const char pairs[][2] = {{'(', ')'}, {'<', '>'}};
	size_t n = strlen(d);

	for (size_t k = 0; k < G_N_ELEMENTS(pairs) && n > 0; k++) {
		int depth = 0;

		if (d[n - 1] != pairs[k][1])
			continue;
		for (size_t i = 0; i < n; i++)
			depth += d[i] == pairs[k][0] ? 1 : d[i] == pairs[k][1] ? -1 : 0;
		if (depth < 0)
			d[--n] = '\0';
	}
	/* a closing quote of Exchange's "Remote Server returned '550 …'": quotes that are
	 * not apostrophes ("can't") come in pairs */
	if (n > 0 && (d[n - 1] == '\'' || d[n - 1] == '"')) {
		char q = d[n - 1];
		size_t quotes = 0;

		for (size_t i = 0; i < n; i++)
			quotes += d[i] == q && !(i > 0 && i + 1 < n && g_ascii_isalpha(d[i - 1]) &&
			                         g_ascii_isalpha(d[i + 1]));
		if (quotes % 2 == 1)
			d[--n] = '\0';
	}
}

/*
 * quote_close - where a reply quoted by a row that ends with its opening quote ends:
 * at the line's last such quote that is no apostrophe ("user's"), so the words a
 * localised template writes after it stay out: Turkish "Uzak sunucu '550 …'
 * döndürdü", Korean "원격 서버에서 '550 …'을(를) 반환했습니다.", German
 * "Remoteserver hat '550 …' zurückgegeben"; else at e.  d[body..e) is the quoted text.
 */
static size_t
quote_close(const char *d, size_t body, size_t e, const char *row_text)
{
	size_t rn = strlen(row_text);
	char q = rn > 0 ? row_text[rn - 1] : '\0';

	if (q != '\'' && q != '"')
		return e;
	for (size_t k = e; k-- > body;) {
		if (d[k] != q)
			continue;
		if (k > 0 && k + 1 < e && g_ascii_isalpha(d[k - 1]) && g_ascii_isalpha(d[k + 1]))
			continue; /* an apostrophe inside a word */
		return k;
	}
	return e;
}

/*
 * gave_up_only - is a reply a final failure whose status says only that the
 * queue gave up ("550 4.4.7 QUEUE.Expired")?  A delay's "400 4.4.7 Message
 * delayed" is the notice's own verdict and stays.
 */
static gboolean
gave_up_only(const char *p, size_t n)
{
	size_t pos, sn, at = 0;

	while (at < n && !g_ascii_isdigit(p[at]))
		at++;
	return at < n && p[at] == '5' && scrape_status_find(p, n, &pos, &sn) && sn == 5 &&
	       memcmp(p + pos + 1, ".4.7", 4) == 0;
}

/* A reply whose closing mark is not on its line is looked for on this many lines below: eight,
 * since an Exchange store driver's reply ("554 5.2.2 mailbox full; STOREDRV…[EndDiagnosticData]")
 * runs to 300-500 bytes, six lines at 76 columns (pairing3) */
#define SCRAPE_REPLY_WRAP_LINES 8

/*
 * reply_wrapped_end - a reply a REPLY row opens with a quote ("returned '…'") or Exchange's
 * '#' ("#550 … ##"), whose closing mark is not on its line d[from..e), read on over the next
 * lines of its paragraph (a template wrapped narrower, a notice re-wrapped by a client):
 * where the mark is (the quote, or the end of the "##" line), and that line's end in *e_r.
 * e, *e_r unchanged, when the line closes it, or when no line up to
 * SCRAPE_REPLY_WRAP_LINES below it, before a blank one, does.
 */
static size_t
reply_wrapped_end(const char *d, size_t dn, size_t from, size_t *e_r, const char *row_text)
{
	size_t rn = strlen(row_text), e = *e_r, i = e;
	gboolean hash = strcmp(row_text, "#") == 0;
	char q = rn > 0 ? row_text[rn - 1] : '\0';

	if (hash ? g_strstr_len(d + from, (gssize)(e - from), "##") != NULL
	         : (q != '\'' && q != '"') || quote_close(d, from + rn, e, row_text) < e)
		return e;
	for (guint k = 0; k < SCRAPE_REPLY_WRAP_LINES && i + 1 < dn; k++) {
		size_t s = i + 1, ne, close;
		const char *nl = memchr(d + s, '\n', dn - s);

		ne = nl != NULL ? (size_t)(nl - d) : dn;
		if (segment_text_blank(d + s, ne - s))
			break;
		if (hash ? g_strstr_len(d + s, (gssize)(ne - s), "##") != NULL
		         : (close = quote_close(d, s, ne, row_text)) < ne) {
			*e_r = ne;
			return hash ? ne : close;
		}
		i = ne;
	}
	return e;
}

/*
 * reply_line - the remote server's reply quoted on a line of the segment
 * that a REPLY row marks ("Remote Server returned '550 …'", "Reported error:
 * 550 …"): its bounds in s->diag, from just after the row's text to the end
 * of the line.  FALSE when no such line carries a reply code or a status.
 * When it only says the queue gave up, the next reply below it with a status
 * of its own is the cause (*cause_r, *cause_end_r; both 0 when none): Exchange
 * lists the attempts newest first, so the line below "550 4.4.7
 * QUEUE.Expired" is the last attempt.
 */
static gboolean
reply_line(const engine *en, const segment *s, size_t *start_r, size_t *end_r, size_t *cause_r,
           size_t *cause_end_r)
{
	const char *d = s->diag->str;
	size_t dn = s->diag->len, i = 0;
	gboolean found = FALSE;

	*cause_r = *cause_end_r = 0;
	if (en->kinds[SCRAPE_R_REPLY].n == 0)
		return FALSE;
	while (i < dn) {
		const char *nl = memchr(d + i, '\n', dn - i), *at;
		size_t e = nl ? (size_t)(nl - d) : dn, n = MIN(e - i, SCRAPE_MAX_LINE), pos, sn;
		char *l = scrape_lower(d + i, n);
		const scrape_rule *row =
		    rule_match(en, SCRAPE_R_REPLY, l, n, scrape_pairs_of(l, n), &at);
		size_t from = row != NULL ? i + (size_t)(at - l) : 0;

		g_free(l);
		if (row != NULL &&
		    (scrape_reply_find(d + from, e - from, &pos) >= SCRAPE_CODE_PLACED ||
		     scrape_status_find(d + from, e - from, &pos, &sn))) {
			size_t close = quote_close(d, from + strlen(row->text), e, row->text);

			if (close == e)
				close = reply_wrapped_end(d, dn, from, &e, row->text);

			if (found) {
				/* the queue gave up: the next attempt below with a status is the
				 * cause */
				if (!gave_up_only(d + from, close - from) &&
				    scrape_status_find(d + from, close - from, &pos, &sn)) {
					*cause_r = from;
					*cause_end_r = close;
					return TRUE;
				}
			} else {
				*start_r = from;
				*end_r = close;
				if (!gave_up_only(d + from, close - from))
					return TRUE;
				found = TRUE;
			}
		}
		i = e + 1;
	}
	return found;
}

/*
 * reply_fields - code, status and diagnostic from the reply a REPLY row
 * marked in d[start..end): the server's own words, not the explanation an
 * MTA wrote around them (Office 365's "How to Fix It", "More Info for Email
 * Admins")
 */
static void
reply_fields(const char *d, size_t start, size_t end, scrape_found *f)
{
	size_t pos, n, j;

	if (scrape_reply_find(d + start, end - start, &pos) >= SCRAPE_CODE_PLACED) {
		start += pos;
		f->reply_code = g_strndup(d + start, 3);
		for (j = start + 3; j < end && (d[j] == ' ' || d[j] == '-'); j++)
			;
		if (scrape_status_at(d, end, j, &n))
			f->status = g_strndup(d + j, n);
	}
	if (f->status == NULL && scrape_status_find(d + start, end - start, &pos, &n))
		f->status = g_strndup(d + start + pos, n);
	f->diagnostic = scrape_unfold(d + start, end - start, SCRAPE_MAX_DIAGNOSTIC);
}

/*
 * context_add - append one piece of context ("origin\ttext\n") to f->context
 */
static void
context_add(scrape_found *f, const char *origin, const char *text)
{
	char *old = f->context;

	if (text == NULL || text[0] == '\0')
		return;
	f->context = g_strconcat(old ? old : "", origin, "\t", text, "\n", NULL);
	g_free(old);
}

static size_t line_start(const char *d, size_t at);

/* paragraph_start - where the paragraph holding the line that starts at ls begins (not
 * before lo): after the last blank line above it */
static size_t
paragraph_start(const char *d, size_t lo, size_t ls)
{
	size_t ps = ls;

	while (ps > lo) {
		size_t b = ps - 1;

		while (b > lo && d[b - 1] != '\n')
			b--;
		if (scrape_blank(d, b, ps - 1))
			break; /* the line above, d[b..ps-1), is blank */
		ps = b;
	}
	return ps;
}

/*
 * context_above - the recipient's own text that the diagnostic starting at
 * start leaves out, in the paragraph that ends with it: "Reason: classified
 * as spam" right above "Server reply: 550 5.7.1 Rejected", and the text before
 * the reply on its own line, so that where the MTA folded does not matter:
 * "host x refused to talk to me: 521 …" says what "host x refused to talk to
 * me:" above "521 …" says.  A reply that is a paragraph of its own takes the
 * paragraph above it, when that is still the recipient's text ("Could not
 * deliver to a@b.", a blank line, "Rejected as spam by the recipient's server.",
 * a blank line, "550 5.7.1 Message rejected")
 */
static void
context_above(const segment *s, size_t start, scrape_found *f)
{
	const char *d = s->diag->str;
	size_t end = MIN(start, s->diag->len), ls = end, ps;
	char *t;

	if (end <= s->own_off)
		return;
	while (ls > s->own_off && d[ls - 1] != '\n')
		ls--;
	/* the paragraph the reply ends: from the last blank line above it */
	ps = paragraph_start(d, s->own_off, ls);
	if (ps == ls && scrape_blank(d, ls, end)) {
		/* nothing above the reply in its paragraph: the paragraph before, blank lines
		 * skipped */
		size_t pe = ps;

		while (pe > s->own_off && scrape_blank(d, line_start(d, pe - 1), pe))
			pe = line_start(d, pe - 1);
		if (pe > s->own_off) {
			ps = paragraph_start(d, s->own_off, line_start(d, pe - 1));
			end = pe;
		}
	}
	t = tail_lines(d + ps, end - ps);
	context_add(f, "above-reply", t);
	g_free(t);
}

/* line_start - the offset of the line holding d[at] */
static size_t
line_start(const char *d, size_t at)
{
	while (at > 0 && d[at - 1] != '\n')
		at--;
	return at;
}

/*
 * remark_end - where the diagnostic starting at start ends when it was cut out of
 * a remark its recipient's text opened before it ("a@b (host x said: 554 5.7.1
 * Rejected (spam))" then the notice's own "All other members received it."): at
 * the parenthesis that closes the remark, else at dn
 */
static size_t
remark_end(const char *d, size_t from, size_t start, size_t dn)
{
	int depth = 0;

	for (size_t i = from; i < start; i++) {
		if (d[i] == '(')
			depth++;
		else if (d[i] == ')' && depth > 0)
			depth--;
	}
	for (size_t i = start; i < dn && depth > 0; i++) {
		if (d[i] == '(')
			depth++;
		else if (d[i] == ')' && --depth == 0)
			return i;
	}
	return dn;
}

/* paragraph_coded - does d[from..to) hold a placed reply code or a status? */
static gboolean
paragraph_coded(const char *d, size_t from, size_t to)
{
	size_t pos, n;

	return scrape_reply_find(d + from, to - from, &pos) >= SCRAPE_CODE_PLACED ||
	       scrape_status_find(d + from, to - from, &pos, &n);
}

/* ends_colon - does the text end (white space aside) with ':' or a full-width '：'? */
static gboolean
ends_colon(const char *p, size_t n)
{
	while (n > 0 && g_ascii_isspace(p[n - 1]))
		n--;
	return (n >= 1 && p[n - 1] == ':') || (n >= 3 && memcmp(p + n - 3, "\xef\xbc\x9a", 3) == 0);
}

/* signature_line - is d[i..e) a signature delimiter, "--" or "-- " alone on its line? */
static gboolean
signature_line(const char *d, size_t i, size_t e)
{
	while (e > i && (d[e - 1] == ' ' || d[e - 1] == '\t' || d[e - 1] == '\r'))
		e--;
	while (i < e && (d[i] == ' ' || d[i] == '\t'))
		i++;
	return e - i == 2 && d[i] == '-' && d[i + 1] == '-';
}

/*
 * valediction_line - is the line d[i..e) only a letter's closing ("Regards,", "Best regards",
 * "Thank you", "Sincerely,", "Mit freundlichen Grüßen", "Cordialement"), punctuation aside:
 * the start of a signature, never a server's words
 */
static gboolean
valediction_line(const char *d, size_t i, size_t e)
{
	static const char *const closings[] = {"regards",
	                                       "best regards",
	                                       "kind regards",
	                                       "warm regards",
	                                       "kindest regards",
	                                       "with regards",
	                                       "sincerely",
	                                       "yours sincerely",
	                                       "yours faithfully",
	                                       "best wishes",
	                                       "best",
	                                       "thank you",
	                                       "thanks",
	                                       "many thanks",
	                                       "thank you very much",
	                                       "cheers",
	                                       "mit freundlichen grüßen",
	                                       "mit freundlichen gruessen",
	                                       "freundliche grüße",
	                                       "viele grüße",
	                                       "cordialement",
	                                       "bien cordialement",
	                                       "salutations",
	                                       "saludos",
	                                       "saludos cordiales",
	                                       "atentamente",
	                                       "un saludo",
	                                       "cordiali saluti",
	                                       "distinti saluti",
	                                       "saluti",
	                                       "met vriendelijke groet",
	                                       "met vriendelijke groeten",
	                                       "atenciosamente",
	                                       "cumprimentos",
	                                       "med vänliga hälsningar",
	                                       "vänliga hälsningar",
	                                       "med venlig hilsen",
	                                       "med vennlig hilsen",
	                                       "pozdrawiam",
	                                       "s pozdravem",
	                                       "с уважением",
	                                       "С уважением"};

	while (i < e && g_ascii_isspace(d[i]))
		i++;
	while (e > i &&
	       (g_ascii_isspace(d[e - 1]) || d[e - 1] == ',' || d[e - 1] == '.' || d[e - 1] == '!'))
		e--;
	for (size_t m = 0; m < G_N_ELEMENTS(closings); m++)
		if (strlen(closings[m]) == e - i &&
		    g_ascii_strncasecmp(d + i, closings[m], e - i) == 0)
			return TRUE;
	return FALSE;
}

/*
 * shouted_label - does the line start with a label in capitals and a colon, eight
 * letters or more ("CONFIDENTIALITY NOTICE: This message …", "DISCLAIMER: …"): a legal
 * notice's paragraph, never a server's reply ("ERROR:", "REASON:" are shorter)
 */
static gboolean
shouted_label(const char *p, size_t n)
{
	size_t letters = 0;

	for (size_t k = 0; k < n && k < 40; k++) {
		if (p[k] == ':')
			return letters >= 8;
		if (g_ascii_isupper(p[k]))
			letters++;
		else if (p[k] != ' ' && p[k] != '-')
			return FALSE;
	}
	return FALSE;
}

/*
 * help_heading - does the line d[i..e) head a help section of the notice: a question
 * ("What should I do?", "¿Qué puedo hacer?") or a heading of three words or more ending
 * with ':' ("If you think this is wrong:", "Common delivery errors:"), no code or status
 * on it, at most SCRAPE_MAX_HEADING bytes?  A label of one or two words ("Reason:",
 * "Error details:") introduces the recipient's own text instead.
 */
static gboolean
help_heading(const char *d, size_t i, size_t e)
{
	size_t n, words = 0;
	gboolean question;

	while (i < e && g_ascii_isspace(d[i]))
		i++;
	while (e > i && g_ascii_isspace(d[e - 1]))
		e--;
	n = e - i;
	if (n == 0 || n > SCRAPE_MAX_HEADING || paragraph_coded(d, i, e) ||
	    memchr(d + i, '@', n) != NULL)
		return FALSE;
	question = d[e - 1] == '?' || (n >= 3 && memcmp(d + e - 3, "\xef\xbc\x9f", 3) == 0);
	if (question)
		return TRUE;
	if (shouted_label(d + i, n))
		return TRUE;
	if (d[e - 1] != ':')
		return FALSE;
	for (size_t k = i; k < e; k++)
		if (d[k] != ' ' && (k == i || d[k - 1] == ' '))
			words++;
	return words >= 3;
}

/* question_line - does the line d[i..e) end with a question mark (ASCII or full-width)? */
static gboolean
question_line(const char *d, size_t i, size_t e)
{
	while (e > i && g_ascii_isspace(d[e - 1]))
		e--;
	return (e > i && d[e - 1] == '?') ||
	       (e - i >= 3 && memcmp(d + e - 3, "\xef\xbc\x9f", 3) == 0);
}

/*
 * label_line - does the line d[i..e) start with a short label and a colon, then a value
 * ("Subject: Preventivo", "Größe: 31 MB", "Sent: 07/12/2026 09:02"): at most three words
 * and SCRAPE_MAX_LABEL bytes before the colon, the label starting with a letter?
 */
#define SCRAPE_MAX_LABEL 24
static gboolean
label_line(const char *d, size_t i, size_t e)
{
	size_t spaces = 0;

	while (i < e && (d[i] == ' ' || d[i] == '\t'))
		i++;
	if (i >= e || !(g_ascii_isalpha(d[i]) || (guchar)d[i] >= 0x80))
		return FALSE;
	for (size_t k = i; k < e && k - i <= SCRAPE_MAX_LABEL; k++) {
		if (d[k] == ':' || (e - k >= 3 && memcmp(d + k, "\xef\xbc\x9a", 3) == 0))
			return k > i && spaces < 3 &&
			       !scrape_blank(d, k + (d[k] == ':' ? 1 : 3), e);
		if (d[k] == ' ')
			spaces++;
		else if (d[k] == '\t' || d[k] == '(' || d[k] == '<' || d[k] == '@')
			return FALSE;
	}
	return FALSE;
}

/*
 * field_table - is the paragraph d[from..to) a table of fields, two lines or more that
 * each start with a label ("Oggetto: Preventivo" then "Dimensione: 22 MB"): the summary
 * of the stopped message a notice prints below the reason, whose "Size: 25 MB" or
 * subject says nothing about the failure
 */
static gboolean
field_table(const char *d, size_t from, size_t to)
{
	size_t i = from, rows = 0;

	while (i < to) {
		const char *nl = memchr(d + i, '\n', to - i);
		size_t e = nl ? (size_t)(nl - d) : to;

		if (!scrape_blank(d, i, e)) {
			if (!label_line(d, i, e))
				return FALSE;
			rows++;
		}
		i = e + 1;
	}
	return rows >= 2;
}

/*
 * code_table - is the paragraph d[from..to) a table of status codes ("5.2.2  the
 * recipient's inbox is full" then "5.3.4  the message is too large"): two lines or more
 * that each start with a status, not all the same?  A multi-line reply repeats one
 * code; a help text lists the causes it does not mean.
 */
static gboolean
code_table(const char *d, size_t from, size_t to)
{
	size_t i = from, rows = 0, first = 0, first_n = 0;
	gboolean differ = FALSE;

	while (i < to) {
		const char *nl = memchr(d + i, '\n', to - i);
		size_t e = nl ? (size_t)(nl - d) : to, k = i, n;

		while (k < e && (d[k] == ' ' || d[k] == '\t'))
			k++;
		if (scrape_status_at(d, e, k, &n)) {
			if (rows++ == 0) {
				first = k;
				first_n = n;
			} else if (n != first_n || memcmp(d + k, d + first, n) != 0) {
				differ = TRUE;
			}
		}
		i = e + 1;
	}
	return rows >= 2 && differ;
}

/*
 * message_field - does the line d[i..e) start with a field of the stopped message's header or
 * summary ("Subject: …", "Date: …", "Message-ID: <…>", "From: …", "To: …", "Cc: …", "Sent:
 * …", "Size: 5 MB")?  No field a reason is printed under ("Reason:", "Error:", "Details:").
 */
static gboolean
message_field(const char *d, size_t i, size_t e)
{
	static const char *const names[] = {
	    "from:",     "to:",           "cc:",           "bcc:",         "subject:",
	    "date:",     "sent:",         "message-id:",   "reply-to:",    "return-path:",
	    "received:", "mime-version:", "content-type:", "in-reply-to:", "references:",
	    "x-mailer:", "importance:",   "size:"};

	while (i < e && (d[i] == ' ' || d[i] == '\t'))
		i++;
	for (size_t m = 0; m < G_N_ELEMENTS(names); m++) {
		size_t k = strlen(names[m]);

		if (e - i > k && g_ascii_strncasecmp(d + i, names[m], k) == 0)
			return TRUE;
	}
	return FALSE;
}

/*
 * message_fields_at - does the line starting at i begin a run of two lines or more that each
 * start with a field of the stopped message (message_field): its header or summary, printed
 * right below the reason with no blank line between ("Reason: 550 5.1.1 …" then "Subject: …",
 * "Date: …"), or the returned message pasted inline with no separator ("From: …", "To: …")?
 */
static gboolean
message_fields_at(const char *d, size_t i, size_t end)
{
	guint rows = 0;

	while (i < end) {
		const char *nl = memchr(d + i, '\n', end - i);
		size_t e = nl ? (size_t)(nl - d) : end;

		if (scrape_blank(d, i, e) || !message_field(d, i, e))
			break;
		if (++rows >= 2)
			return TRUE;
		i = e + 1;
	}
	return FALSE;
}

/*
 * contact_locals - the role mailboxes a notice points its reader to ("contact
 * postmaster@x", "Questions? Write to helpdesk@x", "Report spam: abuse@x"): a paragraph
 * naming only those is the notice's own closing text, not a recipient's
 */
static const char *const contact_locals[] = {
    "postmaster",
    "abuse",
    "support",
    "helpdesk",
    "help",
    "hostmaster",
    "webmaster",
    "admin",
    "administrator",
    "noreply",
    "no-reply",
    "donotreply",
    "do-not-reply",
    "mailer-daemon",
    "servicedesk",
    "service-desk",
    "it-support",
    "itsupport",
    "security",
    "privacy",
    "customerservice",
    "customer-service",
    NULL,
};

/* role_address - is a[0..n) a role mailbox (contact_locals; a "+tag" aside)? */
static gboolean
role_address(const char *a, size_t n)
{
	const char *at = memchr(a, '@', n);
	size_t ln;

	if (at == NULL)
		return FALSE;
	ln = (size_t)(at - a);
	for (size_t k = 0; k < ln; k++)
		if (a[k] == '+') {
			ln = k;
			break;
		}
	for (guint r = 0; contact_locals[r] != NULL; r++)
		if (strlen(contact_locals[r]) == ln &&
		    g_ascii_strncasecmp(a, contact_locals[r], ln) == 0)
			return TRUE;
	return FALSE;
}

/*
 * contact_token - is the word d[ts..te), which holds an '@', one a notice names for its
 * reader rather than a recipient: a link ("https://x/delist?contact=a@b", "…?addr=a@b"), or
 * an address that is the returned message's sender or the bouncer, or a role mailbox
 * (contact_locals, a "+tag" aside: "postmaster@x", "<helpdesk@x>,")?
 */
static gboolean
contact_token(const engine *en, const char *d, size_t ts, size_t te)
{
	const char *at = memchr(d + ts, '@', te - ts);
	size_t s, e;

	for (size_t k = ts; k < (size_t)(at - d); k++)
		if (d[k] == '=' || d[k] == '?' || (k + 3 <= te && memcmp(d + k, "://", 3) == 0))
			return TRUE;
	if (!scrape_address_find(d + ts, te - ts, &s, &e))
		return FALSE;
	return is_sender(en, d + ts + s, e - s) || role_address(d + ts + s, e - s);
}

/*
 * names_address_para - does the paragraph d[from..to) name an address other than a contact
 * (contact_token): a recipient's own text ("The address a@b does not exist"), another
 * recipient's, a forwarding address?  An '@' that starts no address counts too.  One pass
 * over the paragraph's words.
 */
static gboolean
names_address_para(const engine *en, const char *d, size_t from, size_t to)
{
	size_t i = from;

	while (i < to) {
		size_t ts, te;
		gboolean at = FALSE;

		while (i < to && g_ascii_isspace(d[i]))
			i++;
		ts = i;
		while (i < to && !g_ascii_isspace(d[i]))
			at |= d[i++] == '@';
		te = i;
		if (at && !contact_token(en, d, ts, te))
			return TRUE;
	}
	return FALSE;
}

/*
 * footer_start - where the notice's own closing paragraphs begin in the diagnostic
 * d[start..end): once a paragraph held the server's reply (a placed code or a
 * status), a paragraph behind a blank line that names no address and holds no code
 * or status, with no such paragraph after it, is the notice's footer ("The message
 * could not be delivered within the retry period and has been returned to you.",
 * "Please do not reply to this message."), not the recipient's text; end when there
 * is none.  A paragraph that a line ending with ':' introduces is the recipient's,
 * and nothing is cut before a reply: a reply without a code in a paragraph of its own
 * (Gmail's "There was a temporary problem delivering your message to a@b.", then the
 * server's words) cannot be told from a footer.
 *
 * engine9: some shapes end the recipient's text whether or not a reply came first, once
 * a paragraph of it was read; what they start is the notice's help text, which lists
 * causes this failure did not have, so it is no context either (*help_r, end when none):
 * - a signature delimiter ("-- " alone on its line, then "Mail Delivery System" or a
 *   company's signature), for good;
 * - a paragraph whose first line is a help heading with lines of text under it ("If you
 *   think this is wrong:" then "- If the mailbox is full …"; a legal notice's
 *   "CONFIDENTIALITY NOTICE: …"; after the reply also a question, "What should I do?":
 *   before it, "Why did this happen?" may head the only explanation), with the
 *   paragraphs after it that name no address and hold no code or status; a heading alone
 *   in its paragraph introduces the next one ("The error the other server returned
 *   was:");
 * - when the text opened with a field ("Motivo: …"), a paragraph of two fields or more
 *   ("Oggetto: …", "Dimensione: 22 MB"): the stopped message's summary;
 * - after the reply, a paragraph listing different status codes line by line, a table
 *   of causes, for good.
 * *help_r is where the help text starts; footer_start's own result is never after it.
 *
 * engine10: an address the notice names for its reader (a role mailbox, the sender, an
 * address inside a link: names_address_para) no longer keeps a paragraph the recipient's; a
 * closing line ("Regards,", "Thank you", valediction_line) starts the signature as "--"
 * does; and once a line held a code or a status, a run of two fields of the stopped message
 * ("Subject:", "Date:", "Message-ID:", "From:", "To:", "Size:": message_fields_at) ends the
 * text at once, inside the reply's paragraph too, as help text (a subject is no context).
 */
static size_t
footer_start(const engine *en, const char *d, size_t start, size_t end, size_t *help_r)
{
	size_t i = start, para = 0, cut = end, help = end;
	gboolean replied = FALSE, in_para = FALSE, intro = FALSE, seen = FALSE, labelled = FALSE;
	gboolean line_coded = FALSE; /* a line read so far held a placed code or a status */

	*help_r = end;
	while (i <= end) {
		const char *nl = i < end ? memchr(d + i, '\n', end - i) : NULL;
		size_t e = nl ? (size_t)(nl - d) : end;
		gboolean blank = scrape_blank(d, i, e);

		if (!blank && (signature_line(d, i, e) || valediction_line(d, i, e))) {
			if (seen || (in_para && i > para)) {
				*help_r = MIN(help, i);
				return MIN(cut, *help_r);
			}
			blank = TRUE; /* nothing read yet: the delimiter alone says nothing */
		}
		if (!blank && !in_para) {
			in_para = TRUE;
			para = i;
		}
		/* engine10: the stopped message's fields right below the reply, inside its
		 * paragraph or opening the next ("Subject: …" / "Date: …" / "Message-ID: …"; the
		 * message pasted inline, "From: …" / "To: …"): the end of the recipient's text,
		 * and no context (a subject says nothing about the failure) */
		if (!blank && line_coded && message_fields_at(d, i, end)) {
			/* "Message details" heading the fields, a paragraph after the reply's:
			 * the footer starts with it */
			if (cut == end && in_para && para < i && replied && !intro &&
			    !paragraph_coded(d, para, i) && !names_address_para(en, d, para, i))
				cut = para;
			*help_r = MIN(help, i);
			return MIN(cut, *help_r);
		}
		line_coded |= !blank && paragraph_coded(d, i, e);
		if (in_para && (blank || e >= end)) {
			/* a paragraph [para, e) ends */
			gboolean coded = paragraph_coded(d, para, e);
			const char *pl = memchr(d + para, '\n', e - para);
			size_t he = pl ? (size_t)(pl - d) : e;
			gboolean body = pl != NULL && !scrape_blank(d, he, e);
			gboolean heading = seen && body && help_heading(d, para, he) &&
			                   (replied || !question_line(d, para, he) ||
			                    shouted_label(d + para, he - para));

			if (seen && labelled && !coded && field_table(d, para, e))
				heading = TRUE;
			gboolean helped = help < end;

			in_para = FALSE;
			if (replied && coded && seen && code_table(d, para, e)) {
				*help_r = MIN(help, para);
				return MIN(cut, *help_r);
			}
			if (heading && !coded && !names_address_para(en, d, para, e)) {
				if (!helped)
					help = para;
				if (cut == end)
					cut = para;
			} else if ((!replied && !helped) || (intro && !helped) || coded ||
			           names_address_para(en, d, para, e)) {
				cut = end;
				help = end;
			} else if (cut == end) {
				cut = para;
			}
			replied |= coded;
			intro = ends_colon(d + para, e - para);
			labelled |= !seen && label_line(d, para, he);
			seen = TRUE;
		}
		if (e >= end)
			break;
		i = e + 1;
	}
	*help_r = help;
	return cut;
}

/*
 * token_is_address - the word d[0..n) is an address with at most brackets, quotes and
 * punctuation around it ("<a@x>", "(a@x)."), not a sentence that holds one or an '@'
 * without spaces between its words ("宛先のユーザー(a@x)は存在しません", "请检查@后面的部分")
 */
static gboolean
token_is_address(const char *d, size_t n)
{
	size_t start, end;

	if (!scrape_address_find(d, n, &start, &end))
		return FALSE;
	for (size_t i = 0; i < n; i++)
		if ((i < start || i >= end) && strchr("<>()[]\"'.:", d[i]) == NULL)
			return FALSE;
	return TRUE;
}

/*
 * names_only_addresses - d holds nothing but addresses and list separators ("a@x, <b@y>;"):
 * the rest of a line that lists several recipients ("Delivery to the following recipients
 * failed: a@x, b@y"), which says nothing about any one of them
 */
static gboolean
names_only_addresses(const char *d)
{
	gboolean any = FALSE;

	while (*d != '\0') {
		size_t n = strcspn(d, " \t\n,;");

		if (n > 0) {
			if (!token_is_address(d, n))
				return FALSE;
			any = TRUE;
		}
		d += n;
		if (*d != '\0')
			d++;
	}
	return any;
}

/*
 * segment_fields - fill f (code, status, diagnostic, command, host) from one segment;
 * with footer_r, a recipient's segment: the notice's closing paragraphs are kept out of
 * its diagnostic and returned there (or NULL), context read after the rest
 */
static void
segment_fields(const engine *en, const segment *s, scrape_found *f, char **footer_r)
{
	const char *d = s->diag->str, *own = d + s->own_off;
	size_t dn = s->diag->len, pos = 0, n, start = 0, end = 0, cause, cause_end, own_end = dn;
	int rank;

	if (footer_r != NULL)
		*footer_r = NULL;
	if (reply_line(en, s, &start, &end, &cause, &cause_end)) {
		reply_fields(d, start, end, f);
		/* "550 4.4.7 QUEUE.Expired" above the last attempt: the verdict's words, the
		 * cause's status, as a reply quoting the attempt inside is read (refine_status) */
		if (cause_end > cause &&
		    scrape_status_find(d + cause, cause_end - cause, &pos, &n)) {
			g_free(f->status);
			f->status = g_strndup(d + cause + pos, n);
		}
		context_above(s, start, f);
		close_unmatched_strip(f->diagnostic);
		if (f->diagnostic[0] == '\0')
			g_clear_pointer(&f->diagnostic, g_free);
		segment_context(en, s, f);
		return;
	}

	/* the recipient line's own text first, then a leading sendmail code, then the context */
	rank = scrape_reply_find(own, dn - s->own_off, &pos);
	if (rank != SCRAPE_CODE_NONE) {
		pos += s->own_off;
	} else if (s->own_code[0] == '\0') {
		rank = scrape_reply_find(d, dn, &pos);
	} else {
		/* "554 <a>... Remote protocol error" after "<<< 550 …": the server's reply */
		rank = scrape_reply_find(d, s->own_off, &pos);
	}
	if (rank != SCRAPE_CODE_NONE) {
		size_t j = pos + 3;

		f->reply_code = g_strndup(d + pos, 3);
		start = rank >= SCRAPE_CODE_PLACED ? own_start(d, s->own_off, s->own_end, pos) : 0;
		while (j < dn && (d[j] == ' ' || d[j] == '-' || d[j] == '\'' || d[j] == '"'))
			j++;
		if (j + 4 <= dn && memcmp(d + j, d + pos, 3) == 0 && d[j + 3] == ' ')
			j += 4;
		if (scrape_status_at(d, dn, j, &n))
			f->status = g_strndup(d + j, n);
	} else if (s->own_code[0] != '\0') {
		f->reply_code = g_strdup(s->own_code);
		/* "550 5.1.1 <a>... User unknown": the status came before the address (a catch-all
		 * "5.0.0" says nothing: the reason's own status is inferred instead) */
		if (own_status_says(s))
			f->status = g_strdup(s->own_status);
	}
	if (s->own_code[0] != '\0' && start == 0)
		start = s->own_off;
	context_above(s, start, f);
	end = remark_end(d, start >= s->own_off ? s->own_off : line_start(d, start), start, dn);
	if (footer_r != NULL) {
		size_t help, fs = footer_start(en, d, start, end, &help);

		if (fs < end) {
			/* the help text after the footer lists causes this failure may not have
			 * had: no context */
			if (help > fs)
				*footer_r = scrape_unfold(d + fs, help - fs, SCRAPE_CONTEXT_BYTES);
			end = fs;
			own_end =
			    fs; /* a status in the footer's help text is none of the recipient's */
		}
	}
	if (f->status == NULL && scrape_status_find(d, own_end, &pos, &n))
		f->status = g_strndup(d + pos, n);
	f->diagnostic = scrape_unfold(d + start, end - start, SCRAPE_MAX_DIAGNOSTIC);
	if (f->diagnostic[0] == '\0' && start > 0) {
		g_free(f->diagnostic);
		f->diagnostic = scrape_unfold(d, dn, SCRAPE_MAX_DIAGNOSTIC);
	}
	close_unmatched_strip(f->diagnostic);
	if (f->diagnostic[0] == '\0' ||
	    (f->reply_code == NULL && names_only_addresses(f->diagnostic)))
		g_clear_pointer(&f->diagnostic, g_free);

	segment_context(en, s, f);
}

/*
 * item_delivered - does the item's own text (after its address line), holding no placed
 * failure code, say that its recipient was reached: qmail's "192.0.2.1 accepted message." then
 * "Remote host said: 250 ok", "Delivered to local mailbox." (engine13)
 */
static gboolean
item_delivered(const segment *s)
{
	if (s->has_code || s->reply_before || s->borrowed || s->own_off > s->diag->len)
		return FALSE;
	return says_delivered(s->diag->str + s->own_off,
	                      MIN(s->diag->len - s->own_off, SCRAPE_MAX_SEGMENT),
	                      scrape_delivered_items);
}

/*
 * item_neutral - does the item's own text say nothing either way: no placed failure code, no
 * reply of its own above it, not a list's shared text, no word that denies a delivery (a
 * session log's "*  To: a@b", "Resolving MX records for [b]", "Attempting SMTP connection")
 */
static gboolean
item_neutral(const segment *s)
{
	gboolean denies = FALSE;
	char *l;

	if (s->has_code || s->reply_before || s->borrowed || segment_empty(s))
		return FALSE;
	l = g_ascii_strdown(s->diag->str + s->own_off,
	                    (gssize)MIN(s->diag->len - s->own_off, SCRAPE_MAX_SEGMENT));
	for (size_t k = 0; scrape_delivered_negations[k] != NULL && !denies; k++)
		denies = strstr(l, scrape_delivered_negations[k]) != NULL;
	g_free(l);
	return !denies;
}

/* block_says_delivered - does one of the block's items say its recipient was reached
 * (pairing3: an MDaemon log names "*  To: a@b" first and its accepted RCPT and DATA later) */
static gboolean
block_says_delivered(const block *b)
{
	for (guint i = 0; i < b->segments->len; i++) {
		const segment *s = g_ptr_array_index(b->segments, i);

		if (s->delivered || item_delivered(s))
			return TRUE;
	}
	return FALSE;
}

/* block_found - the best-informed segment of a block as a scrape_found */
static scrape_found *
block_found(const engine *en, const block *b)
{
	scrape_found *f = g_new0(scrape_found, 1);
	const segment *best = NULL;
	int best_score = -1;

	gboolean own = FALSE;

	/* a list item's text is what the list shared: its own text, when it has any elsewhere
	 * ("<a>... Deferred: Connection timed out" in the transcript), says more about it */
	for (guint i = 0; i < b->segments->len && !own; i++) {
		const segment *s = g_ptr_array_index(b->segments, i);

		own = !s->borrowed && !segment_empty(s);
	}
	for (guint i = 0; i < b->segments->len; i++) {
		const segment *s = g_ptr_array_index(b->segments, i);
		int score = segment_score(s);

		if (own && s->borrowed)
			continue;
		if (score > best_score || (score == best_score && score > 0)) {
			best = s;
			best_score = score;
		}
	}
	f->address = g_strdup(b->address);
	f->rcpt_rule = b->rule;
	f->from_phrase = b->from_phrase;
	/* listed only under headings that say the recipients were reached, or whose own
	 * text says so */
	f->delivered = b->segments->len > 0;
	for (guint i = 0; i < b->segments->len && f->delivered; i++) {
		const segment *s = g_ptr_array_index(b->segments, i);

		f->delivered = s->delivered || item_delivered(s) ||
		               (item_neutral(s) && block_says_delivered(b));
	}
	/* named in a transcript part about one host: that host refused it, whatever
	 * another part printed near an earlier mention says */
	best_score = -1;
	for (guint i = 0; i < b->segments->len; i++) {
		const segment *s = g_ptr_array_index(b->segments, i);
		int score = s->host != NULL ? segment_score(s) : -1;

		if (score > best_score) {
			g_free(f->remote_mta);
			f->remote_mta = g_strdup(s->host);
			f->host_rule = s->host_rule;
			best_score = score;
		}
	}
	if (best != NULL) {
		char *footer = NULL;

		segment_fields(en, best, f, &footer);
		/* the heading of its list, else what the section said before the first recipient */
		if (best->heading != NULL)
			context_add(f, "heading", best->heading);
		else {
			context_add(f, "preamble", en->preamble);
			context_add(f, "opening", en->opening);
		}
		/* the notice's closing paragraphs below the recipient's own text, read last */
		context_add(f, "footer", footer);
		g_free(footer);
	}
	/* best was searched already: the same search again would find nothing more */
	for (guint i = 0; i < b->segments->len; i++)
		if (g_ptr_array_index(b->segments, i) != best)
			segment_context(en, g_ptr_array_index(b->segments, i), f);
	return f;
}

/*
 * section_match - does a row of kind match the failure section?  The section
 * is made of the lines read, so a row with a pair missing from their pairs
 * (en->grams) is not searched: most rows, in most languages.
 * Its text is searched with white space runs collapsed, as the pairs are counted: a
 * row's words may be wrapped across lines ("The router will⏎continue to try").
 */
static gboolean
section_match(const engine *en, scrape_rule_kind kind)
{
	const kind_list *k = &en->kinds[kind];
	char *lower = NULL, *flat = NULL;
	gboolean hit = FALSE;

	for (guint i = 0; i < k->n && !hit; i++) {
		if (!scrape_grams_may_hold(&en->grams, &k->sigs[i]))
			continue;
		if (flat == NULL) {
			lower = scrape_lower(en->section->raw->str, en->section->raw->len);
			flat = collapse_space(lower);
		}
		hit = strstr(flat, k->rules[i]->text) != NULL;
	}
	g_free(lower);
	g_free(flat);
	return hit;
}

/* subject_match - does a row of kind match the subject? */
static gboolean
subject_match(const engine *en, scrape_rule_kind kind)
{
	const scrape_doc *d = en->doc;
	const char *at;

	return d->subject_lower != NULL &&
	       rule_match(en, kind, d->subject_lower, strlen(d->subject_lower), SCRAPE_PAIRS_ANY,
	                  &at);
}

/*
 * delay_match - does a delay row match the subject or the failure section,
 * and no row saying the sender stopped retrying ("will not be retried")?
 * The rows are delay_phrases.c's, the table the classifier reads too.
 */
static gboolean
delay_match(const engine *en)
{
	if (!subject_match(en, SCRAPE_R_DELAY) && !section_match(en, SCRAPE_R_DELAY))
		return FALSE;
	return !subject_match(en, SCRAPE_R_NOT_DELAY) && !section_match(en, SCRAPE_R_NOT_DELAY);
}

/* The engine kept after a run, for what the whole section says. */
struct scrape_section {
	engine en;           /* the rows, the pairs read and the section's lines */
	scrape_found *found; /* worked out on first ask, or NULL */
	int delayed;         /* a delay row matched: 1, 0, or -1 not known yet */
	int permanent;       /* a PERMANENT row matched: 1, 0, or -1 not known yet */
};

/*
 * drop_contact_names - "Mail Services Team (helpdesk@x)" in a notice's footer
 * reads like Exchange's "Name (addr)" item: an item named only so that got no
 * reply code and no status, while another item got a reply, names a contact
 * of the notice, not a failed recipient (Exchange repeats every failed one,
 * with its reply, in the block for administrators)
 */
static void
drop_contact_names(GPtrArray *out)
{
	gboolean replied = FALSE;

	for (guint i = 0; i < out->len && !replied; i++)
		replied = ((const scrape_found *)g_ptr_array_index(out, i))->reply_code != NULL;
	for (guint i = out->len; i-- > 0 && out->len > 1;) {
		const scrape_found *f = g_ptr_array_index(out, i);

		/* engine10: a role mailbox so named ("Postmaster of x (postmaster@x)" under
		 * "Regards,") is a contact whether or not another item got a reply */
		if (f->reply_code == NULL && f->status == NULL &&
		    g_strcmp0(f->rcpt_rule, "name-address-line") == 0 &&
		    (replied ||
		     (f->address != NULL && role_address(f->address, strlen(f->address)))))
			g_ptr_array_remove_index(out, i);
	}
}

/* engine_open - the reading state of one run over doc, from line start (-1: none) */
static void
engine_open(engine *en, const scrape_family *fam, const scrape_doc *doc, gint64 start)
{
	memset(en, 0, sizeof(*en));
	en->fam = fam;
	en->kinds = family_kinds(fam);
	en->doc = doc;
	en->end_off = doc->body_len;
	en->blocks = g_ptr_array_new_with_free_func(block_free);
	en->by_addr = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	en->pending = segment_new();
	en->context = segment_new();
	en->section = segment_new();
	en->group = g_ptr_array_new();
	en->group_blocks = g_ptr_array_new();
	en->alike = g_ptr_array_new();
	en->alike_blocks = g_ptr_array_new();
	en->start = start;
}

/* engine_close - free what only the run needs: the section's fields need only the rows,
 * the pairs and the section's own lines (kept unless all) */
static void
engine_close(engine *en, gboolean all)
{
	segment_free(en->pending);
	segment_free(en->context);
	if (en->exchange != NULL)
		segment_free(en->exchange);
	if (en->exchanged != NULL)
		g_string_free(g_steal_pointer(&en->exchanged), TRUE);
	g_free(en->part_host);
	g_free(en->heading);
	g_free(en->preamble);
	g_free(en->opening);
	g_ptr_array_free(en->group, TRUE);
	g_ptr_array_free(en->group_blocks, TRUE);
	g_ptr_array_free(en->alike, TRUE);
	g_ptr_array_free(en->alike_blocks, TRUE);
	g_free(en->program);
	if (en->programs != NULL)
		g_hash_table_destroy(en->programs);
	g_hash_table_destroy(en->by_addr);
	g_ptr_array_free(en->blocks, TRUE);
	en->pending = en->context = en->exchange = en->cur = NULL;
	en->part_host = en->heading = en->preamble = en->opening = NULL;
	en->group = en->group_blocks = en->alike = en->alike_blocks = en->blocks = NULL;
	en->program = NULL;
	en->programs = NULL;
	en->by_addr = NULL;
	en->cur_block = NULL;
	if (all)
		g_clear_pointer(&en->section, segment_free);
}

/*
 * scrape_engine_run - recipients of one notification text.  When the first
 * line holding a START row lies below every recipient (a footer's "Messages that
 * could not be delivered are returned to the sender", under an opening sentence
 * no row knows), the section from there names no one: the text is read again
 * from its top, as the notice's recipients stand above that line.
 */
GPtrArray *
scrape_engine_run(const scrape_family *fam, const scrape_doc *doc, scrape_section **section_r,
                  size_t *end_r)
{
	scrape_section *sec = g_new0(scrape_section, 1);
	engine *en = &sec->en;
	GPtrArray *out = g_ptr_array_new_with_free_func(scrape_found_free);

	engine_open(en, fam, doc, -1);
	en->start = section_start(en);
	read_lines(en);
	if (en->blocks->len == 0 && en->start > 0 && !(fam->flags & SCRAPE_F_WHOLE_BODY)) {
		engine_close(en, TRUE);
		engine_open(en, fam, doc, 0);
		read_lines(en);
	}
	for (guint i = 0; i < en->blocks->len; i++)
		g_ptr_array_add(out, block_found(en, g_ptr_array_index(en->blocks, i)));
	drop_contact_names(out);
	sec->delayed = sec->permanent = -1;
	*section_r = sec;
	*end_r = en->end_off;
	engine_close(en, FALSE);
	return out;
}

const scrape_found *
scrape_section_found(scrape_section *s)
{
	if (s->found == NULL) {
		char *footer = NULL;

		s->found = g_new0(scrape_found, 1);
		/* engine10: the notice's closing paragraphs are no more the section's text than a
		 * recipient's */
		segment_fields(&s->en, s->en.section, s->found, &footer);
		context_add(s->found, "footer", footer);
		g_free(footer);
	}
	return s->found;
}

gboolean
scrape_section_opened(const scrape_section *s)
{
	return s->en.start >= 0;
}

gboolean
scrape_section_delayed(scrape_section *s)
{
	if (s->delayed < 0)
		s->delayed = delay_match(&s->en);
	return s->delayed > 0;
}

gboolean
scrape_section_permanent(scrape_section *s)
{
	if (s->permanent < 0)
		s->permanent = section_match(&s->en, SCRAPE_R_PERMANENT);
	return s->permanent > 0;
}

void
scrape_section_free(scrape_section *s)
{
	if (s == NULL)
		return;
	scrape_found_free(s->found);
	segment_free(s->en.section);
	g_free(s);
}
