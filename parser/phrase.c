/* phrase.c - Aho-Corasick automaton over a fixed set of phrases */
#include <string.h>
#include "phrase.h"

/*
 * Bytes are folded into 64 classes while phrases are added (letters, digits
 * and common punctuation get their own class, everything else shares a
 * few).  Folding can only add candidate matches, never lose one, and every
 * candidate is confirmed with memcmp, so results are exact.
 */
#define PHRASE_CLASSES 64

/*
 * The compiled table is laid out for the cache: it is read once per byte
 * scanned, each read waits for the one before, and the rows a scan needs
 * are mostly not cached when it starts (the scan loop has about 3 % of a
 * parse's time samples for 0.5 % of its instructions).  So:
 * - its columns are only the classes some phrase of the set uses, plus
 *   column 0 for all the others (a byte no phrase has always leads back to
 *   the root), so the row width is the set's own alphabet;
 * - states are numbered breadth first, so the shallow states, where a scan
 *   spends nearly all its bytes, have adjacent rows at the front;
 * - the states at which some phrase may end ("output" states) are numbered
 *   last, so the per-byte loop tests one compare instead of reading term
 *   and dict for every state it passes.
 * A move holds not the next state's number but where its row starts, in
 * units of 2^shift entries (shift is the least that fits a guint16), so
 * the loop's chain from one table read to the next is a shift and an add,
 * not a multiply by the row width.  Rows are padded to whole units.
 */
struct phrase_set {
	GArray *trie;       /* trie_node per node, as phrases are added (freed by compile) */
	guint16 *next;      /* guint16[units << shift] per state: the full DFA, made by compile */
	guint columns;      /* classes used by the phrases + 1 */
	guint shift;        /* a move m leads to the row at next + (m << shift) */
	guint units;        /* row length in units of 2^shift entries: state s has move s * units */
	guint first_output; /* moves >= this lead to a state with a phrase ending there or on
	                       its dict chain */
	guint8 cls[256];    /* byte -> column, made by compile */
	gint32 *term;       /* per state: first phrase ending there, -1 (made by compile) */
	gint32 *dict;       /* per state: nearest state with a phrase on the failure chain, -1 */
	GPtrArray *phrases; /* const char * (borrowed) */
	GArray *lengths;    /* guint16 per phrase */
	GArray *same_end;   /* gint32 per phrase: next phrase ending at the same node */
	GHashTable *ids;    /* phrase text -> id + 1 */
	gboolean compiled;
};

/* One node of the trie before compile. */
typedef struct trie_node {
	guint16 child;   /* its first child, 0 for none (the root is nobody's child) */
	guint16 sibling; /* the next child of its parent, 0 for none */
	gint32 term;     /* the last phrase added that ends there, -1 */
	guint8 label;    /* the byte class of the edge into it */
} trie_node;

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

/*
 * node_new - append an empty node, returning its id.  Until compile the trie
 * is kept as child and sibling lists: a node costs a few bytes, and the
 * table of PHRASE_CLASSES moves per node is allocated once, when the number
 * of nodes is known.
 */
static guint
node_new(phrase_set *set, guint8 label)
{
	trie_node node = {.term = -1, .label = label};

	g_array_append_val(set->trie, node);
	return set->trie->len - 1;
}

#define NODE(set, id) (&g_array_index((set)->trie, trie_node, (id)))
#define NEXT(set, state) ((set)->next + (((gsize)(state) * (set)->units) << (set)->shift))

/* trie_child - the child of node along class c, creating it when absent */
static guint
trie_child(phrase_set *set, guint node, guint8 c)
{
	guint child;

	for (guint k = NODE(set, node)->child; k != 0; k = NODE(set, k)->sibling)
		if (NODE(set, k)->label == c)
			return k;
	child = node_new(set, c);
	NODE(set, child)->sibling = NODE(set, node)->child;
	NODE(set, node)->child = (guint16)child;
	return child;
}

/* phrase_set_new - an empty set with its root node */
phrase_set *
phrase_set_new(void)
{
	phrase_set *set = g_new0(phrase_set, 1);

	classes_init();
	set->trie = g_array_new(FALSE, FALSE, sizeof(trie_node));
	set->phrases = g_ptr_array_new();
	set->lengths = g_array_new(FALSE, FALSE, sizeof(guint16));
	set->same_end = g_array_new(FALSE, FALSE, sizeof(gint32));
	set->ids = g_hash_table_new(g_str_hash, g_str_equal);
	node_new(set, 0);
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
	if (set->phrases->len >= PHRASE_MAX_PHRASES || set->trie->len + len > PHRASE_MAX_NODES)
		return -1;
	for (gsize i = 0; i < len; i++)
		node = trie_child(set, node, byte_class[(guint8)phrase[i]]);
	id = (gint32)set->phrases->len;
	len16 = (guint16)len;
	g_ptr_array_add(set->phrases, (gpointer)phrase);
	g_array_append_val(set->lengths, len16);
	g_array_append_val(set->same_end, NODE(set, node)->term);
	NODE(set, node)->term = id;
	g_hash_table_insert(set->ids, (gpointer)phrase, GINT_TO_POINTER(id + 1));
	return id;
}

/*
 * compile_classes - the columns of the table: each byte class some phrase
 * uses gets its own, every other byte shares column 0.  Returns, in
 * column[], the column of each of the PHRASE_CLASSES classes.
 */
static void
compile_classes(phrase_set *set, guint8 column[PHRASE_CLASSES])
{
	gboolean used[PHRASE_CLASSES] = {FALSE};

	for (guint v = 1; v < set->trie->len; v++)
		used[NODE(set, v)->label] = TRUE;
	set->columns = 1;
	for (guint c = 0; c < PHRASE_CLASSES; c++)
		column[c] = used[c] ? (guint8)set->columns++ : 0;
	for (guint b = 0; b < 256; b++)
		set->cls[b] = column[byte_class[b]];
}

/*
 * phrase_set_compile - breadth first: failure links become DFA moves and
 * dictionary links.  A state's row starts as a copy of its failure state's
 * (complete already: that state is shallower), then its own children
 * replace their entries, so the work per node is one row copy and one step
 * per child.  Trie nodes are renumbered as they are reached: states without
 * output count up from the root, output states count down from the end, so
 * each group is in breadth-first order and the table needs no second pass.
 */
void
phrase_set_compile(phrase_set *set)
{
	guint n, *queue, *fail, *state;
	guint head = 0, tail = 0, low = 1, high;
	guint8 column[PHRASE_CLASSES];

	/* a compiled set has freed its trie */
	if (set->compiled)
		return;
	n = set->trie->len;
	high = n;
	compile_classes(set, column);
	/* the largest move, (n - 1) * units, must fit a guint16: with at most
	 * 65535 nodes and 65 columns, shift 7 (one unit per row) always does */
	for (set->shift = 0;; set->shift++) {
		set->units = (set->columns + (1u << set->shift) - 1) >> set->shift;
		if ((gsize)(n - 1) * set->units <= G_MAXUINT16)
			break;
	}
	queue = g_new(guint, n);
	fail = g_new0(guint, n);  /* per trie node: the state of its failure node */
	state = g_new0(guint, n); /* per trie node: its state */
	/* every row is written once; the root's (row 0) starts all zero */
	set->next = g_new(guint16, ((gsize)n * set->units) << set->shift);
	memset(set->next, 0, ((gsize)set->units << set->shift) * sizeof(guint16));
	set->term = g_new(gint32, n);
	set->dict = g_new(gint32, n);
	set->term[0] = NODE(set, 0)->term;
	set->dict[0] = -1;
	queue[tail++] = 0;
	while (head < tail) {
		guint u = queue[head++];
		guint16 *row = NEXT(set, state[u]);

		if (u != 0)
			memcpy(row, NEXT(set, fail[u]), set->columns * sizeof(guint16));
		for (guint v = NODE(set, u)->child; v != 0; v = NODE(set, v)->sibling) {
			guint8 c = column[NODE(set, v)->label];
			guint f = u != 0 ? row[c] / set->units : 0;
			gint32 term = NODE(set, v)->term;
			gint32 dict = set->term[f] >= 0 ? (gint32)f : set->dict[f];
			guint s = term >= 0 || dict >= 0 ? --high : low++;

			state[v] = s;
			fail[v] = f;
			set->term[s] = term;
			set->dict[s] = dict;
			row[c] = (guint16)(s * set->units);
			queue[tail++] = v;
		}
	}
	set->first_output = low * set->units;
	g_free(state);
	g_free(fail);
	g_free(queue);
	g_array_free(set->trie, TRUE); /* the DFA holds all of it now */
	set->trie = NULL;
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

/*
 * One walk of the automaton over a text, shared by scan and mask.  Both
 * step it to each byte where a phrase may end and pull the phrases
 * confirmed to end there.  No call is made per byte: walker_step passes
 * the bytes where nothing ends in its own loop, and walker_match is inlined
 * into each caller.  The arrays are read out of the set once per walk.
 */
typedef struct walker {
	const guint16 *next;
	const guint8 *cls;
	guint shift, units, first_output;
	const gint32 *term, *dict, *same_end;
	const guint16 *lengths;
	const char *const *phrases;
	const char *text;
	gsize len;
	gsize end;   /* bytes walked: matches end at text[end - 1] */
	guint state; /* move to the DFA state after text[0..end) (state * units) */
	gint32 node; /* position on the dictionary chain of matches ending here */
	gint32 p;    /* next phrase to try at node, -1 */
} walker;

/* walker_init - a walk of set over text[0..len), before its first byte */
static inline void
walker_init(walker *w, const phrase_set *set, const char *text, gsize len)
{
	w->next = set->next;
	w->cls = set->cls;
	w->shift = set->shift;
	w->units = set->units;
	w->first_output = set->first_output;
	w->term = set->term;
	w->dict = set->dict;
	w->same_end = (const gint32 *)(gconstpointer)set->same_end->data;
	w->lengths = (const guint16 *)(gconstpointer)set->lengths->data;
	w->phrases = (const char *const *)set->phrases->pdata;
	w->text = text;
	w->len = len;
	w->end = 0;
	w->state = 0;
	w->node = -1;
	w->p = -1;
}

/*
 * walker_step - move on to the next byte at which a phrase may end; FALSE
 * when the text is done.  Bytes where none may end are passed in this
 * tight loop, which is where nearly all the time goes; it is kept out of
 * line so that the loop has the registers to itself (inlined into the
 * callers' loops it spilled them and ran about a fifth more instructions).
 */
static G_NO_INLINE gboolean
walker_step(walker *w)
{
	const guint16 *next = w->next;
	const guint8 *cls = w->cls;
	const guint8 *text = (const guint8 *)w->text;
	guint shift = w->shift, first_output = w->first_output;
	guint state = w->state;
	gsize end = w->end, len = w->len;
	gint32 node = -1;

	while (end < len) {
		state = next[(state << shift) + cls[text[end++]]];
		if (state >= first_output) {
			guint s = state / w->units; /* rare: once per byte where a phrase may end */

			node = w->term[s] >= 0 ? (gint32)s : w->dict[s];
			break;
		}
	}
	w->state = state;
	w->end = end;
	w->node = node;
	w->p = node >= 0 ? w->term[node] : -1;
	return node >= 0;
}

/*
 * walker_match - the next phrase longer than shorter bytes that really ends
 * at text[end - 1] (candidates come from folded byte classes: memcmp
 * confirms them), or -1 when none is left at this byte.
 */
static inline gint32
walker_match(walker *w, gsize shorter)
{
	for (;;) {
		while (w->p >= 0) {
			gint32 p = w->p;
			gsize plen = w->lengths[p];

			w->p = w->same_end[p];
			if (plen > shorter && plen <= w->end &&
			    memcmp(w->text + w->end - plen, w->phrases[p], plen) == 0)
				return p;
		}
		if (w->node < 0)
			return -1;
		w->node = w->dict[w->node];
		if (w->node < 0)
			return -1;
		w->p = w->term[w->node];
	}
}

/* phrase_set_scan - run the automaton over text, setting the bit of each confirmed match */
void
phrase_set_scan(const phrase_set *set, const char *text, gsize len, guint64 *found)
{
	walker w;

	g_return_if_fail(set->compiled);
	walker_init(&w, set, text, len);
	while (walker_step(&w)) {
		for (gint32 p; (p = walker_match(&w, 0)) >= 0;)
			found[p / 64] |= G_GUINT64_CONSTANT(1) << (p % 64);
	}
}

/* phrase_set_mask - run the automaton over text, blanking each confirmed match in out */
void
phrase_set_mask(const phrase_set *set, const char *text, gsize len, char *out, char fill)
{
	walker w;
	gsize lo = 0, masked = 0; /* out[lo..masked) is filled: no byte of it is filled twice */

	g_return_if_fail(set->compiled);
	memcpy(out, text, len);
	walker_init(&w, set, text, len);
	while (walker_step(&w)) {
		gsize longest = 0; /* of the matches ending here: only it needs filling */
		gsize from;

		for (gint32 p; (p = walker_match(&w, longest)) >= 0;)
			longest = w.lengths[p];
		if (longest == 0)
			continue;
		from = w.end - longest;
		if (masked > from) {
			/* overlaps the run filled last: fill only around it */
			for (gsize k = from; k < lo; k++)
				out[k] = fill;
			lo = MIN(lo, from);
			from = masked;
		} else {
			lo = from;
		}
		for (gsize k = from; k < w.end; k++)
			out[k] = fill;
		masked = w.end;
	}
}

/* phrase_set_free - release the automaton */
void
phrase_set_free(phrase_set **set)
{
	phrase_set *s = *set;

	if (s == NULL)
		return;
	if (s->trie != NULL)
		g_array_free(s->trie, TRUE);
	g_free(s->next);
	g_free(s->term);
	g_free(s->dict);
	g_ptr_array_free(s->phrases, TRUE);
	g_array_free(s->lengths, TRUE);
	g_array_free(s->same_end, TRUE);
	g_hash_table_destroy(s->ids);
	g_free(s);
	*set = NULL;
}
