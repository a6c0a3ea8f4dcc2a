/* check_phrase.c - the multi-phrase matcher agrees with strstr and keeps its limits */
#include <check.h>
#include <string.h>
#include "phrase.h"

/* scan_one - scan text and return the bitmap (caller frees) */
static guint64 *
scan_one(const phrase_set *set, const char *text, gsize len)
{
	guint64 *found = g_new0(guint64, phrase_set_words(set));

	phrase_set_scan(set, text, len, found);
	return found;
}

/* The classic overlapping example: every occurrence is reported, suffixes included. */
START_TEST(test_overlapping)
{
	static const char *const words[] = {"he", "she", "his", "hers", "s"};
	phrase_set *set = phrase_set_new();
	guint64 *found;
	int ids[5];

	for (int i = 0; i < 5; i++)
		ids[i] = phrase_set_add(set, words[i]);
	phrase_set_compile(set);
	found = scan_one(set, "ushers", 6);
	ck_assert(phrase_found(found, ids[0]));  /* he */
	ck_assert(phrase_found(found, ids[1]));  /* she */
	ck_assert(!phrase_found(found, ids[2])); /* his */
	ck_assert(phrase_found(found, ids[3]));  /* hers */
	ck_assert(phrase_found(found, ids[4]));  /* s */
	g_free(found);
	phrase_set_free(&set);
	ck_assert_ptr_null(set);
}
END_TEST

/* Ids are dense and stable; duplicates share one; bad input and late adds are refused. */
START_TEST(test_ids_and_refusals)
{
	phrase_set *set = phrase_set_new();
	char dup[] = "mailbox full";

	ck_assert_int_eq(phrase_set_add(set, "mailbox full"), 0);
	ck_assert_int_eq(phrase_set_add(set, "user unknown"), 1);
	ck_assert_int_eq(phrase_set_add(set, dup), 0);
	ck_assert_int_eq(phrase_set_add(set, ""), -1);
	ck_assert_int_eq(phrase_set_add(set, NULL), -1);
	ck_assert_uint_eq(phrase_set_count(set), 2);
	phrase_set_compile(set);
	phrase_set_compile(set); /* twice is harmless */
	ck_assert_int_eq(phrase_set_add(set, "quota"), -1);
	phrase_set_free(&set);
	phrase_set_free(&set); /* NULL is fine */
}
END_TEST

/* Bytes that fold into the same class never produce a false match. */
START_TEST(test_folded_bytes_are_verified)
{
	phrase_set *set = phrase_set_new();
	int a = phrase_set_add(set, "bo\xc3\xaete"); /* boîte */
	int b = phrase_set_add(set, "bo\xc3\xbcte"); /* boüte: same classes as above */
	int c = phrase_set_add(set, "a\x01z");
	guint64 *found;

	phrase_set_compile(set);
	found = scan_one(set, "la bo\xc3\xaete pleine", 15);
	ck_assert(phrase_found(found, a));
	ck_assert(!phrase_found(found, b));
	ck_assert(!phrase_found(found, c));
	g_free(found);
	found = scan_one(set, "a\x02z a\x01z", 7);
	ck_assert(phrase_found(found, c));
	g_free(found);
	phrase_set_free(&set);
}
END_TEST

/* naive - strstr over a NUL-free text */
static gboolean
naive(const char *text, const char *phrase)
{
	return strstr(text, phrase) != NULL;
}

/* random_text - n random bytes of alphabet into buf, and a NUL after them */
static void
random_text(GRand *rng, const char *alphabet, char *buf, gsize n)
{
	gint32 size = (gint32)strlen(alphabet);

	for (gsize k = 0; k < n; k++)
		buf[k] = alphabet[g_rand_int_range(rng, 0, size)];
	buf[n] = '\0';
}

/* Random texts over a small alphabet against random phrases: same answers as strstr. */
START_TEST(test_random_against_strstr)
{
	static const char alphabet[] = "ab c.\xc3\xa9";
	GRand *rng = g_rand_new_with_seed(20260422);
	phrase_set *set = phrase_set_new();
	char *phrases[200];
	int ids[200];
	char text[600];

	for (int i = 0; i < 200; i++) {
		int n = g_rand_int_range(rng, 1, 7);

		phrases[i] = g_malloc(n + 1);
		random_text(rng, alphabet, phrases[i], n);
		ids[i] = phrase_set_add(set, phrases[i]);
		ck_assert_int_ge(ids[i], 0);
	}
	phrase_set_compile(set);
	for (int round = 0; round < 300; round++) {
		gsize n = (gsize)g_rand_int_range(rng, 0, sizeof(text) - 1);
		guint64 *found;

		random_text(rng, alphabet, text, n);
		found = scan_one(set, text, n);
		for (int i = 0; i < 200; i++)
			ck_assert_msg(phrase_found(found, ids[i]) == naive(text, phrases[i]),
			              "phrase \"%s\" in \"%s\"", phrases[i], text);
		g_free(found);
	}
	for (int i = 0; i < 200; i++)
		g_free(phrases[i]);
	phrase_set_free(&set);
	g_rand_free(rng);
}
END_TEST

/*
 * Texts with bytes no phrase uses (they share the table's "other" column)
 * between bytes the phrases use: same answers as strstr, and a phrase made
 * only of bytes the others lack is still found.
 */
START_TEST(test_bytes_outside_the_alphabet)
{
	static const char phrase_alphabet[] = "abc ";
	static const char text_alphabet[] = "abc xyQ\x01\xff-";
	GRand *rng = g_rand_new_with_seed(5);
	phrase_set *set = phrase_set_new();
	char *phrases[40];
	int ids[40], rare;
	char text[300];
	guint64 *found;

	for (int i = 0; i < 40; i++) {
		int n = g_rand_int_range(rng, 1, 5);

		phrases[i] = g_malloc(n + 1);
		random_text(rng, phrase_alphabet, phrases[i], n);
		ids[i] = phrase_set_add(set, phrases[i]);
	}
	rare = phrase_set_add(set, "zz");
	phrase_set_compile(set);
	for (int round = 0; round < 300; round++) {
		gsize n = (gsize)g_rand_int_range(rng, 0, sizeof(text) - 1);

		random_text(rng, text_alphabet, text, n);
		found = scan_one(set, text, n);
		for (int i = 0; i < 40; i++)
			ck_assert_msg(phrase_found(found, ids[i]) == naive(text, phrases[i]),
			              "phrase \"%s\" in \"%s\"", phrases[i], text);
		ck_assert(!phrase_found(found, rare));
		g_free(found);
	}
	found = scan_one(set, "ab zz c", 7);
	ck_assert(phrase_found(found, rare));
	g_free(found);
	for (int i = 0; i < 40; i++)
		g_free(phrases[i]);
	phrase_set_free(&set);
	g_rand_free(rng);
}
END_TEST

/* naive_mask - phrase_set_mask by strstr, for comparison */
static void
naive_mask(char *const *phrases, int n_phrases, const char *text, char *out)
{
	gsize len = strlen(text);

	memcpy(out, text, len + 1);
	for (int i = 0; i < n_phrases; i++) {
		gsize plen = strlen(phrases[i]);

		for (gsize k = 0; k + plen <= len; k++)
			if (memcmp(text + k, phrases[i], plen) == 0)
				memset(out + k, '_', plen);
	}
}

/* Masking blanks every occurrence, overlapping and nested ones too, and nothing else. */
START_TEST(test_mask)
{
	static const char *const words[] = {"bc", "abcd", "cde", "privacy policy"};
	phrase_set *set = phrase_set_new();
	GRand *rng = g_rand_new_with_seed(7);
	static const char alphabet[] = "abcde ";
	char text[64], out[64], want[64];
	char *phrases[12];

	for (int i = 0; i < 4; i++)
		phrase_set_add(set, words[i]);
	phrase_set_compile(set);
	phrase_set_mask(set, "xabcdex", 7, out, '_');
	ck_assert(memcmp(out, "x_____x", 7) == 0);
	phrase_set_mask(set, "see our privacy policy.", 23, out, '_');
	ck_assert(memcmp(out, "see our ______________.", 23) == 0);
	phrase_set_mask(set, "nothing", 7, out, '_');
	ck_assert(memcmp(out, "nothing", 7) == 0);
	phrase_set_free(&set);

	/* random phrases over a small alphabet: many overlaps, compared with strstr */
	set = phrase_set_new();
	for (int i = 0; i < 12; i++) {
		int n = g_rand_int_range(rng, 1, 5);

		phrases[i] = g_malloc(n + 1);
		random_text(rng, alphabet, phrases[i], n);
		phrase_set_add(set, phrases[i]);
	}
	phrase_set_compile(set);
	for (int round = 0; round < 500; round++) {
		gsize n = (gsize)g_rand_int_range(rng, 0, sizeof(text) - 1);

		random_text(rng, alphabet, text, n);
		naive_mask(phrases, 12, text, want);
		phrase_set_mask(set, text, n, out, '_');
		out[n] = '\0';
		ck_assert_msg(strcmp(out, want) == 0, "\"%s\": \"%s\", want \"%s\"", text, out,
		              want);
	}
	for (int i = 0; i < 12; i++)
		g_free(phrases[i]);
	phrase_set_free(&set);
	g_rand_free(rng);
}
END_TEST

/* PHRASE_MAX_PHRASES and PHRASE_MAX_NODES are enforced, not overrun. */
START_TEST(test_limits)
{
	phrase_set *set = phrase_set_new();
	GPtrArray *keep = g_ptr_array_new_with_free_func(g_free);
	int last = 0;
	char *big;

	for (int i = 0; i < PHRASE_MAX_PHRASES + 10; i++) {
		char *p = g_strdup_printf("%x", i);

		g_ptr_array_add(keep, p);
		last = phrase_set_add(set, p);
		if (i < PHRASE_MAX_PHRASES)
			ck_assert_int_eq(last, i);
	}
	ck_assert_int_eq(last, -1);
	ck_assert_uint_eq(phrase_set_count(set), PHRASE_MAX_PHRASES);
	phrase_set_free(&set);

	set = phrase_set_new();
	big = g_malloc(PHRASE_MAX_NODES + 2);
	memset(big, 'q', PHRASE_MAX_NODES + 1);
	big[PHRASE_MAX_NODES + 1] = '\0';
	ck_assert_int_eq(phrase_set_add(set, big), -1);
	big[PHRASE_MAX_NODES - 10] = '\0';
	ck_assert_int_eq(phrase_set_add(set, big), 0);
	phrase_set_compile(set);
	/* a long input of the same byte walks the deep chain in linear time */
	{
		gsize n = PHRASE_MAX_NODES * 4;
		char *text = g_malloc(n);
		guint64 *found;

		memset(text, 'q', n);
		found = scan_one(set, text, n);
		ck_assert(phrase_found(found, 0));
		g_free(found);
		g_free(text);
	}
	g_free(big);
	phrase_set_free(&set);
	g_ptr_array_free(keep, TRUE);
}
END_TEST

static Suite *
phrase_suite(void)
{
	Suite *s = suite_create("phrase");
	TCase *tc = tcase_create("phrase");

	tcase_add_test(tc, test_overlapping);
	tcase_add_test(tc, test_ids_and_refusals);
	tcase_add_test(tc, test_folded_bytes_are_verified);
	tcase_add_test(tc, test_random_against_strstr);
	tcase_add_test(tc, test_bytes_outside_the_alphabet);
	tcase_add_test(tc, test_limits);
	tcase_add_test(tc, test_mask);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(phrase_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
