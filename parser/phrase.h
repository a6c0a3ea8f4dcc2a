/* phrase.h - find every phrase of a fixed set in one linear pass (Aho-Corasick) */
#ifndef BOUNCED_PHRASE_H
#define BOUNCED_PHRASE_H

#include <glib.h>

G_BEGIN_DECLS

/* Most phrases and trie nodes one set may hold (node ids are 16-bit). */
#define PHRASE_MAX_NODES 65535
#define PHRASE_MAX_PHRASES 8192

/*
 * A set of byte strings compiled into one automaton.  Build it once (new,
 * add…, compile), then scan from any number of threads: a compiled set is
 * read-only.  Matching is byte-exact; callers lower-case both sides.
 */
typedef struct phrase_set phrase_set;

/* phrase_set_new - an empty set */
phrase_set *phrase_set_new(void);

/*
 * phrase_set_add - add a non-empty phrase (borrowed: it must outlive the set,
 * as string literals do) and return its id; adding the same text again
 * returns the first id.  Returns -1 when a limit is reached or after compile.
 */
int phrase_set_add(phrase_set *set, const char *phrase);

/* phrase_set_compile - link the automaton; no phrase can be added afterwards */
void phrase_set_compile(phrase_set *set);

/* phrase_set_count - number of distinct phrases */
guint phrase_set_count(const phrase_set *set);

/* phrase_set_words - length of the guint64 bitmap phrase_set_scan fills */
gsize phrase_set_words(const phrase_set *set);

/*
 * phrase_set_scan - set bit id of found (phrase_set_words() words, cleared
 * by the caller) for every phrase occurring in text[0..len).  O(len + matches).
 */
void phrase_set_scan(const phrase_set *set, const char *text, gsize len, guint64 *found);

/*
 * phrase_set_mask - copy text[0..len) to out (len bytes), with every
 * occurrence of a phrase of the set overwritten by fill.  Matches are found
 * in text, so overlapping phrases are all masked.  O(len + matches).
 */
void phrase_set_mask(const phrase_set *set, const char *text, gsize len, char *out, char fill);

/* phrase_found - TRUE when bit id is set in a bitmap filled by phrase_set_scan */
static inline gboolean
phrase_found(const guint64 *found, int id)
{
	return (found[id / 64] >> (id % 64)) & 1;
}

/* phrase_set_free - free a set and set *set to NULL */
void phrase_set_free(phrase_set **set);

G_END_DECLS

#endif
