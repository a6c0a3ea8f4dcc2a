/* check_grams.c - the byte-pair filters never rule out a pattern that occurs */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "scrape_grams.h"

/* An alphabet small enough that random patterns often occur, with case and white space. */
static const char alphabet[] = "abcdeABCDE   \t\n.-5";

/* random_text - n random bytes of the alphabet, NUL-terminated */
static char *
random_text(GRand *rand, size_t n)
{
	char *s = g_malloc(n + 1);

	for (size_t i = 0; i < n; i++)
		s[i] = alphabet[g_rand_int_range(rand, 0, sizeof(alphabet) - 1)];
	s[n] = '\0';
	return s;
}

/* collapse - lower-cased copy with each white space run as one space (what the engine searches) */
static char *
collapse(const char *s)
{
	char *out = g_malloc(strlen(s) + 1), *o = out;

	for (; *s != '\0'; s++) {
		if (g_ascii_isspace(*s)) {
			if (o == out || o[-1] != ' ')
				*o++ = ' ';
		} else {
			*o++ = g_ascii_tolower(*s);
		}
	}
	*o = '\0';
	return out;
}

/* pattern_from - a pattern cut from text at a random place, or a random one */
static char *
pattern_from(GRand *rand, const char *text)
{
	size_t n = strlen(text), len = (size_t)g_rand_int_range(rand, 1, 14), at;

	if (n < len || g_rand_boolean(rand))
		return random_text(rand, len);
	at = (size_t)g_rand_int_range(rand, 0, (gint32)(n - len + 1));
	return g_strndup(text + at, len);
}

START_TEST(test_pairs_never_rule_out_a_match)
{
	GRand *rand = g_rand_new_with_seed(42);
	scrape_grams *g = g_new(scrape_grams, 1);
	unsigned found = 0, ruled_out = 0;

	for (int round = 0; round < 20000; round++) {
		char *text = random_text(rand, (size_t)g_rand_int_range(rand, 0, 120));
		char *flat = collapse(text);
		char *cut = pattern_from(rand, flat);
		char *pat = collapse(cut);
		scrape_gram_sig sig;
		guint64 pairs = scrape_pairs_of(text, strlen(text));

		scrape_grams_fill(g, text, strlen(text));
		scrape_gram_sig_init(&sig, pat, strlen(pat));
		if (strstr(flat, pat) != NULL) {
			found++;
			ck_assert_msg(scrape_grams_may_hold(g, &sig), "'%s' in '%s'", pat, flat);
			ck_assert_msg(scrape_pairs_may_hold(pairs, &sig), "'%s' in '%s'", pat,
			              flat);
		} else if (!scrape_grams_may_hold(g, &sig)) {
			ruled_out++;
		}
		g_free(pat);
		g_free(cut);
		g_free(flat);
		g_free(text);
	}
	/* both branches were taken: the test tried real matches and the filter filters */
	ck_assert_uint_gt(found, 1000);
	ck_assert_uint_gt(ruled_out, 1000);
	g_free(g);
	g_rand_free(rand);
}
END_TEST

START_TEST(test_strided_never_rules_out_a_match)
{
	GRand *rand = g_rand_new_with_seed(7);
	scrape_grams *g = g_new(scrape_grams, 1);
	unsigned found = 0, ruled_out = 0;

	for (int round = 0; round < 20000; round++) {
		char *raw = random_text(rand, (size_t)g_rand_int_range(rand, 0, 400));
		char *text = g_ascii_strdown(raw, -1);
		char *pat = pattern_from(rand, text);
		char *lower = g_ascii_strdown(pat, -1);
		scrape_stride_sig sig;

		scrape_grams_fill_strided(g, text, strlen(text));
		scrape_stride_sig_init(&sig, lower, strlen(lower));
		if (strstr(text, lower) != NULL) {
			found++;
			ck_assert_msg(scrape_grams_may_hold_strided(g, &sig), "'%s' in '%s'", lower,
			              text);
		} else if (!scrape_grams_may_hold_strided(g, &sig)) {
			ruled_out++;
		}
		g_free(lower);
		g_free(pat);
		g_free(text);
		g_free(raw);
	}
	ck_assert_uint_gt(found, 1000);
	ck_assert_uint_gt(ruled_out, 1000);
	g_free(g);
	g_rand_free(rand);
}
END_TEST

START_TEST(test_known_cases)
{
	scrape_grams g;
	scrape_gram_sig sig;
	scrape_stride_sig ssig;
	static const char line[] = "550 5.1.1 User Unknown\t(in reply to\n    RCPT TO command)";

	scrape_grams_fill(&g, line, strlen(line));
	/* case and folded white space do not hide a row */
	scrape_gram_sig_init(&sig, "in reply to rcpt to command", 27);
	ck_assert(scrape_grams_may_hold(&g, &sig));
	ck_assert(scrape_pairs_may_hold(scrape_pairs_of(line, strlen(line)), &sig));
	/* a row with a pair the line lacks is ruled out */
	scrape_gram_sig_init(&sig, "mailbox full", 12);
	ck_assert(!scrape_grams_may_hold(&g, &sig));
	/* a pattern too short for triples is never ruled out */
	scrape_grams_fill_strided(&g, "abc", 3);
	scrape_stride_sig_init(&ssig, "xyz", 3);
	ck_assert(scrape_grams_may_hold_strided(&g, &ssig));
	/* an empty text holds no pattern of two letters or more */
	scrape_grams_fill(&g, "", 0);
	scrape_gram_sig_init(&sig, "ab", 2);
	ck_assert(!scrape_grams_may_hold(&g, &sig));
}
END_TEST

static Suite *
grams_suite(void)
{
	Suite *s = suite_create("grams");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_pairs_never_rule_out_a_match);
	tcase_add_test(tc, test_strided_never_rules_out_a_match);
	tcase_add_test(tc, test_known_cases);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(grams_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
