/* classify_text.h - diagnostic-text rules: phrase tables matched in one linear pass */
#ifndef BOUNCED_CLASSIFY_TEXT_H
#define BOUNCED_CLASSIFY_TEXT_H

#include <glib.h>

G_BEGIN_DECLS

/* Most phrases a rule may require (all must occur, in any order). */
#define CLASSIFY_RULE_PATTERNS 3
/* Longest diagnostic looked at; text beyond it is ignored (bounded time). */
#define CLASSIFY_TEXT_MAX 8192

/* The two rule tables of DESIGN.md §4: step 1 and step 3. */
typedef enum classify_table {
	CLASSIFY_SPECIFIC = 0, /* provider/MTA phrases that beat any status code */
	CLASSIFY_GENERIC,      /* common phrasings, consulted after a strong status code */
	CLASSIFY_N_TABLES,
} classify_table;

/* One rule: when every pattern occurs in the lower-cased text, reason wins. */
typedef struct classify_rule {
	const char *id;
	const char *reason;
	const char *pat[CLASSIFY_RULE_PATTERNS]; /* lower-case; unused slots NULL */
} classify_rule;

/* A phrase printed around the cause, never the cause itself (see classify_text_mask). */
typedef struct classify_boilerplate {
	const char *id;
	const char *phrase; /* lower case, normalized */
} classify_boilerplate;

/* The first matching rule of each table (NULL when none matched). */
typedef struct classify_text_result {
	const classify_rule *rule[CLASSIFY_N_TABLES];
} classify_text_result;

/*
 * classify_text_normalize - copy text into buf lower-cased (ASCII, and the
 * non-ASCII letters whose lower case is as long: "Почтовый", "Überschritten"), with runs of
 * white space collapsed to one space and multi-line reply prefixes such as
 * "550-5.7.1 " dropped, Latin and Greek letters with diacritics as their base letter
 * ("désactivé" as "desactive"); at most bufsize-1 bytes.  Returns the length.
 */
gsize classify_text_normalize(const char *text, char *buf, gsize bufsize);

/*
 * classify_text_fold_phrase - a table phrase folded as classify_text_normalize folds text
 * (accents); the phrase itself when nothing changes, else a copy never freed.
 */
const char *classify_text_fold_phrase(const char *phrase);

/*
 * classify_text_match - scan normalized text once and report the first
 * matching rule of each table.  Thread-safe; the automaton is built on first use.
 */
void classify_text_match(const char *text, gsize len, classify_text_result *result_r);

/*
 * classify_text_mask - copy normalized text[0..len) to out (len + 1 bytes)
 * with every boilerplate phrase ("privacy policy", "customer support")
 * overwritten by spaces, so that a notice's footer cannot decide the reason.
 * Linear in len.
 */
void classify_text_mask(const char *text, gsize len, char *out);

/*
 * classify_text_mask_links - overwrite every http:// or https:// token of
 * buf[0..len) with spaces, in place; TRUE when there was one.  Linear in len.
 */
gboolean classify_text_mask_links(char *buf, gsize len);

/*
 * classify_text_mask_link_paths - overwrite the path, query and fragment of
 * every http:// or https:// token of buf[0..len) with spaces, in place,
 * keeping its host; TRUE when there was a link.  Linear in len.
 */
gboolean classify_text_mask_link_paths(char *buf, gsize len);

/*
 * classify_text_underscores - turn every '_' between two letters or digits
 * of buf into a space, in place, so that a log line's value
 * ("reason=mailbox_quota_exceeded") reads as words; TRUE when one changed.
 */
gboolean classify_text_underscores(char *buf, gsize len);

/* classify_text_boilerplate - the boilerplate phrases (for tests) */
const classify_boilerplate *classify_text_boilerplate(gsize *n_r);

/* classify_text_rules - a whole table, in priority order (for tests) */
const classify_rule *classify_text_rules(classify_table table, gsize *n_r);

G_END_DECLS

#endif
