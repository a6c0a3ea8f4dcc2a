/* phrase.c - Aho-Corasick automaton over a fixed set of phrases */
#include <string.h>
#include "phrase.h"

/*
 * Bytes are folded into 64 classes to keep the transition table small
 * (letters, digits and common punctuation get their own class, everything
 * else shares a few).  Folding can only add candidate matches, never lose
 * one, and every candidate is confirmed with memcmp, so results are exact.
 */
#define PHRASE_CLASSES 64

struct phrase_set {
	GArray *next;       /* guint16[PHRASE_CLASSES] per node: goto, then full DFA */
	GArray *term;       /* gint32 per node: first phrase ending there, -1 */
	GArray *dict;       /* gint32 per node: nearest node with a phrase on the failure chain */
	GPtrArray *phrases; /* const char * (borrowed) */
	GArray *lengths;    /* guint16 per phrase */
	GArray *same_end;   /* gint32 per phrase: next phrase ending at the same node */
	GHashTable *ids;    /* phrase text -> id + 1 */
	gboolean compiled;
};

static guint8 byte_class[256];

/* classes_init - the byte folding table, built once */
static void
classes_init(void)
{
	static gsize done = 0;

	if (g_once_init_enter(&done)) {
		const char *punct = " .,:;-_/@<>()[]'\"=#!?+&%*";
		guint8 c = 1;

		for (int b = 'a'; b <= 'z'; b++)
			byte_class[b] = c++;
		for (int b = '0'; b <= '9'; b++)
			byte_class[b] = c++;
		for (const char *p = punct; *p != '\0'; p++)
			byte_class[(guint8)*p] = c++;
		for (int b = 0x80; b < 0x100; b++)
			byte_class[b] = (guint8)(c + (b & 1));
		g_assert(c + 2 <= PHRASE_CLASSES);
		g_once_init_leave(&done, 1);
	}
}

/* node_new - append an empty node, returning its id */
static guint
node_new(phrase_set *set)
{
	guint16 row[PHRASE_CLASSES] = {0};
	gint32 none = -1;

	g_array_append_vals(set->next, row, PHRASE_CLASSES);
	g_array_append_val(set->term, none);
	g_array_append_val(set->dict, none);
	return set->term->len - 1;
}

#define NEXT(set, node) (&g_array_index((set)->next, guint16, (gsize)(node)*PHRASE_CLASSES))
#define TERM(set, node) g_array_index((set)->term, gint32, (node))
#define DICT(set, node) g_array_index((set)->dict, gint32, (node))

/* phrase_set_new - an empty set with its root node */
phrase_set *
phrase_set_new(void)
{
	phrase_set *set = g_new0(phrase_set, 1);

	classes_init();
	set->next = g_array_new(FALSE, FALSE, sizeof(guint16));
	set->term = g_array_new(FALSE, FALSE, sizeof(gint32));
	set->dict = g_array_new(FALSE, FALSE, sizeof(gint32));
	set->phrases = g_ptr_array_new();
	set->lengths = g_array_new(FALSE, FALSE, sizeof(guint16));
	set->same_end = g_array_new(FALSE, FALSE, sizeof(gint32));
	set->ids = g_hash_table_new(g_str_hash, g_str_equal);
	node_new(set);
	return set;
}

/* phrase_set_add - insert phrase into the trie (deduplicated) */
int
phrase_set_add(phrase_set *set, const char *phrase)
{
	gpointer known;
	gsize len = phrase != NULL ? strlen(phrase) : 0;
	guint node = 0;
	gint32 id;
	guint16 len16;

	if (set->compiled || len == 0 || len > G_MAXUINT16)
		return -1;
	known = g_hash_table_lookup(set->ids, phrase);
	if (known != NULL)
		return GPOINTER_TO_INT(known) - 1;
	if (set->phrases->len >= PHRASE_MAX_PHRASES || set->term->len + len > PHRASE_MAX_NODES)
		return -1;
	for (gsize i = 0; i < len; i++) {
		guint8 c = byte_class[(guint8)phrase[i]];

		if (NEXT(set, node)[c] == 0) {
			guint child = node_new(set);

			NEXT(set, node)[c] = (guint16)child;
		}
		node = NEXT(set, node)[c];
	}
	id = (gint32)set->phrases->len;
	len16 = (guint16)len;
	g_ptr_array_add(set->phrases, (gpointer)phrase);
	g_array_append_val(set->lengths, len16);
	g_array_append_val(set->same_end, TERM(set, node));
	TERM(set, node) = id;
	g_hash_table_insert(set->ids, (gpointer)phrase, GINT_TO_POINTER(id + 1));
	return id;
}

/* phrase_set_compile - breadth first: failure links become DFA moves and dictionary links */
void
phrase_set_compile(phrase_set *set)
{
	guint n = set->term->len;
	guint *queue = g_new(guint, n);
	guint *fail = g_new0(guint, n);
	guint head = 0, tail = 0;

	if (set->compiled) {
		g_free(queue);
		g_free(fail);
		return;
	}
	for (int c = 0; c < PHRASE_CLASSES; c++) {
		if (NEXT(set, 0)[c] != 0)
			queue[tail++] = NEXT(set, 0)[c];
	}
	while (head < tail) {
		guint u = queue[head++];

		for (int c = 0; c < PHRASE_CLASSES; c++) {
			guint v = NEXT(set, u)[c];
			guint f = NEXT(set, fail[u])[c];

			if (v == 0) {
				NEXT(set, u)[c] = (guint16)f;
				continue;
			}
			fail[v] = f;
			DICT(set, v) = TERM(set, f) >= 0 ? (gint32)f : DICT(set, f);
			queue[tail++] = v;
		}
	}
	g_free(fail);
	g_free(queue);
	set->compiled = TRUE;
}

/* phrase_set_count - distinct phrases in the set */
guint
phrase_set_count(const phrase_set *set)
{
	return set->phrases->len;
}

/* phrase_set_words - bitmap words needed for the set */
gsize
phrase_set_words(const phrase_set *set)
{
	return set->phrases->len / 64 + 1;
}

/* phrase_set_scan - run the automaton over text, confirming each candidate */
void
phrase_set_scan(const phrase_set *set, const char *text, gsize len, guint64 *found)
{
	const guint16 *next = (const guint16 *)(gconstpointer)set->next->data;
	const gint32 *term = (const gint32 *)(gconstpointer)set->term->data;
	const gint32 *dict = (const gint32 *)(gconstpointer)set->dict->data;
	const gint32 *same_end = (const gint32 *)(gconstpointer)set->same_end->data;
	const guint16 *lengths = (const guint16 *)(gconstpointer)set->lengths->data;
	guint state = 0;

	g_return_if_fail(set->compiled);
	for (gsize i = 0; i < len; i++) {
		gint32 node;

		state = next[state * PHRASE_CLASSES + byte_class[(guint8)text[i]]];
		node = term[state] >= 0 ? (gint32)state : dict[state];
		for (; node >= 0; node = dict[node]) {
			for (gint32 p = term[node]; p >= 0; p = same_end[p]) {
				gsize plen = lengths[p];

				if (plen <= i + 1 &&
				    memcmp(text + i + 1 - plen, g_ptr_array_index(set->phrases, p),
				           plen) == 0)
					found[p / 64] |= G_GUINT64_CONSTANT(1) << (p % 64);
			}
		}
	}
}

/* phrase_set_mask - run the automaton over text, blanking each confirmed match in out */
void
phrase_set_mask(const phrase_set *set, const char *text, gsize len, char *out, char fill)
{
	const guint16 *next = (const guint16 *)(gconstpointer)set->next->data;
	const gint32 *term = (const gint32 *)(gconstpointer)set->term->data;
	const gint32 *dict = (const gint32 *)(gconstpointer)set->dict->data;
	const gint32 *same_end = (const gint32 *)(gconstpointer)set->same_end->data;
	const guint16 *lengths = (const guint16 *)(gconstpointer)set->lengths->data;
	guint state = 0;
	gsize lo = 0, masked = 0; /* out[lo..masked) is filled: no byte of it is filled twice */

	g_return_if_fail(set->compiled);
	memcpy(out, text, len);
	for (gsize i = 0; i < len; i++) {
		gsize from = i + 1; /* start of the longest match ending at i */
		gint32 node;

		state = next[state * PHRASE_CLASSES + byte_class[(guint8)text[i]]];
		node = term[state] >= 0 ? (gint32)state : dict[state];
		for (; node >= 0; node = dict[node]) {
			for (gint32 p = term[node]; p >= 0; p = same_end[p]) {
				gsize plen = lengths[p];

				if (plen <= i + 1 && i + 1 - plen < from &&
				    memcmp(text + i + 1 - plen, g_ptr_array_index(set->phrases, p),
				           plen) == 0)
					from = i + 1 - plen;
			}
		}
		if (from > i)
			continue;
		if (masked > from) {
			/* overlaps the run filled last: fill only around it */
			for (gsize k = from; k < lo; k++)
				out[k] = fill;
			lo = MIN(lo, from);
			from = masked;
		} else {
			lo = from;
		}
		for (gsize k = from; k <= i; k++)
			out[k] = fill;
		masked = i + 1;
	}
}

/* phrase_set_free - release the automaton */
void
phrase_set_free(phrase_set **set)
{
	phrase_set *s = *set;

	if (s == NULL)
		return;
	g_array_free(s->next, TRUE);
	g_array_free(s->term, TRUE);
	g_array_free(s->dict, TRUE);
	g_ptr_array_free(s->phrases, TRUE);
	g_array_free(s->lengths, TRUE);
	g_array_free(s->same_end, TRUE);
	g_hash_table_destroy(s->ids);
	g_free(s);
	*set = NULL;
}
