/* check_tophdr.c - headers left out of GMime are answered as GMime answers them */
#include <check.h>
#include <string.h>
#include <bounced/parse.h>
#include "text.h"
#include "tophdr.h"

/* A top-level header block: folded, encoded, repeated, empty, 8-bit and odd values. */
static const char block[] =
    "Received: from mx.example.net\n\tby mx.example.org; Mon, 1 Jan 2024 00:00:00 +0000\n"
    "From: =?utf-8?B?w4lyaWM=?= <eric@example.org>\n"
    "Subject: =?iso-2022-jp?B?GyRCR1s/LiUoJWkhPBsoQg==?=\n =?utf-8?Q?_and_more?=\n"
    "subject: the second one\n"
    "Date: Mon, 1 Jan 2024 00:00:00 +0000 (UTC)\n"
    "Message-ID:   <id@example.org>  \n"
    "X-Empty:\n"
    "X-Latin: caf\xe9\n"
    "X-Sjis: \x94\x7a\x90\x4d\x83\x47\x83\x89\x81\x5b\n"
    "X-Failed-Recipients: a@example.org,\n b@example.org\n";

/* parse - GMime's message of block */
static GMimeMessage *
parse(void)
{
	GMimeStream *stream = g_mime_stream_mem_new_with_buffer(block, sizeof(block) - 1);
	GMimeParser *parser = g_mime_parser_new_with_stream(stream);
	GMimeMessage *msg = g_mime_parser_construct_message(parser, NULL);

	g_object_unref(parser);
	g_object_unref(stream);
	return msg;
}

/* lines - tophdr of block, each header added as the prescan hands it over */
static tophdr *
lines(void)
{
	tophdr *t = tophdr_new(NULL);
	const char *p = block, *end = block + sizeof(block) - 1;

	while (p < end) {
		const char *colon = strchr(p, ':'), *e = p;

		/* the header runs to the first line end not followed by a blank */
		while ((e = strchr(e, '\n')) != NULL && (e[1] == ' ' || e[1] == '\t'))
			e++;
		tophdr_add(t, p, (size_t)(colon - p), colon + 1, (size_t)(e + 1 - (colon + 1)));
		p = e + 1;
	}
	return t;
}

START_TEST(test_same_as_gmime)
{
	static const char *const names[] = {
	    "Received",   "From",    "Subject", "SUBJECT", "Date",
	    "Message-ID", "X-Empty", "X-Latin", "X-Sjis",  "X-Failed-Recipients",
	    "To"};
	GMimeMessage *msg;
	tophdr *t, *g;

	bd_parse_init();
	msg = parse();
	t = lines();
	g = tophdr_new(GMIME_OBJECT(msg));
	for (size_t i = 0; i < G_N_ELEMENTS(names); i++) {
		char *a = tophdr_get_utf8(t, names[i]), *b = tophdr_get_utf8(g, names[i]);

		ck_assert_msg(g_strcmp0(tophdr_get(t, names[i]), tophdr_get(g, names[i])) == 0,
		              "%s: \"%s\" against GMime's \"%s\"", names[i],
		              tophdr_get(t, names[i]), tophdr_get(g, names[i]));
		ck_assert_msg(g_strcmp0(a, b) == 0, "%s: \"%s\" against \"%s\"", names[i], a, b);
		g_free(a);
		g_free(b);
	}
	ck_assert_ptr_null(tophdr_get(t, "To"));
	ck_assert_str_eq(tophdr_get(t, "Message-ID"), "<id@example.org>");
	tophdr_free(&t);
	tophdr_free(&g);
	ck_assert_ptr_null(t);
	g_object_unref(msg);
}
END_TEST

/* random strings of the bytes that matter to unfolding, and others */
START_TEST(test_unfold_same_as_gmime)
{
	static const char bytes[] = {' ', '\t',   '\r',   '\n', 'a', '=',
	                             '?', '\x80', '\xff', '\v', '\f'};
	GRand *r = g_rand_new_with_seed(7);
	char s[48];

	for (int k = 0; k < 200000; k++) {
		int n = g_rand_int_range(r, 0, (int)sizeof(s));
		char *a, *b;

		for (int i = 0; i < n; i++)
			s[i] = bytes[g_rand_int_range(r, 0, G_N_ELEMENTS(bytes))];
		s[n] = '\0';
		a = tophdr_unfold(s);
		b = g_mime_utils_header_unfold(s);
		ck_assert_str_eq(a, b);
		g_free(a);
		g_free(b);
	}
	g_rand_free(r);
}
END_TEST

static Suite *
tophdr_suite(void)
{
	Suite *s = suite_create("tophdr");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_same_as_gmime);
	tcase_add_test(tc, test_unfold_same_as_gmime);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(tophdr_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
