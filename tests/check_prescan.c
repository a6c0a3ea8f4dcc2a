/* check_prescan.c - the limits checked before GMime sees a message */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "prescan.h"

/* run - prescan text with small limits and return the bytes GMime would get */
static char *
run(const char *text, unsigned parts, unsigned headers, size_t bytes, char **error_r)
{
	prescan_result res;
	char *copy = g_strdup(text);
	size_t n;

	prescan_run(copy, strlen(copy), parts, headers, bytes, &res);
	n = prescan_apply((guint8 *)copy, copy, &res);
	copy[n] = '\0';
	*error_r = g_strdup(res.error);
	prescan_result_clear(&res);
	return copy;
}

START_TEST(test_untouched)
{
	static const char msg[] =
	    "From: a@example.org\nContent-Type: multipart/mixed; boundary=b\n\n"
	    "--b\nContent-Type: text/plain\n\nSubject: not a header here\n--b--\n";
	char *error, *out = run(msg, 10, 10, 100, &error);

	ck_assert_str_eq(out, msg);
	ck_assert_ptr_null(error);
	g_free(out);
}
END_TEST

START_TEST(test_long_headers_shortened)
{
	char *error;
	char *out = run("A: 0123456789\nB: short\nC: 0123\n 456789\nD: x\n\nbody 0123456789\n", 10,
	                10, 8, &error);

	ck_assert_str_eq(out, "A: 01234\nB: short\nC: 0123\nD: x\n\nbody 0123456789\n");
	ck_assert_ptr_nonnull(strstr(error, "longer than 8"));
	g_free(out);
	g_free(error);
}
END_TEST

START_TEST(test_part_count)
{
	/* delimiters of a folded boundary= count as parts even without Content-Type */
	char *error;
	char *out = run("Content-Type: multipart/mixed;\n\tboundary=\"x y\"\n\n--x y\n\n1\n--x y "
	                "\n\n2\n--x y\n\n3\n",
	                3, 100, 1000, &error);

	ck_assert_str_eq(
	    out, "Content-Type: multipart/mixed;\n\tboundary=\"x y\"\n\n--x y\n\n1\n--x y \n\n2\n");
	ck_assert_ptr_nonnull(strstr(error, "MIME parts than 3"));
	g_free(out);
	g_free(error);
}
END_TEST

START_TEST(test_header_lines)
{
	/* headers of a returned message (after the part's blank line) count too */
	char *error;
	char *out = run("A: 1\n\nB: 2\nC: 3\nD: 4\n\nbody\n", 10, 3, 1000, &error);

	ck_assert_str_eq(out, "A: 1\n\nB: 2\nC: 3\n");
	ck_assert_ptr_nonnull(strstr(error, "header lines than 3"));
	g_free(out);
	g_free(error);
}
END_TEST

static Suite *
prescan_suite(void)
{
	Suite *s = suite_create("prescan");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_untouched);
	tcase_add_test(tc, test_long_headers_shortened);
	tcase_add_test(tc, test_part_count);
	tcase_add_test(tc, test_header_lines);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(prescan_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
