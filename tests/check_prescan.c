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

/* A header that holds encoded words is cut at 8 KiB, whatever the length limit; others are not. */
START_TEST(test_encoded_header_limit)
{
	GString *msg = g_string_new("Subject: ");
	char *error, *out;

	while (msg->len < 20000)
		g_string_append(msg, "=?utf-8?B?w6k=?= ");
	g_string_append(msg, "\nX-Plain: ");
	while (msg->len < 50000)
		g_string_append(msg, "plain words ");
	g_string_append(msg, "\n\nbody\n");
	out = run(msg->str, 10, 10, 256 * 1024, &error);
	ck_assert_ptr_nonnull(strstr(out, "\nX-Plain: "));
	ck_assert_uint_eq((size_t)(strstr(out, "\nX-Plain: ") - out), 8192);
	/* the plain header, 30 KB, is kept whole */
	ck_assert_str_eq(strstr(out, "\nX-Plain: "), strstr(msg->str, "\nX-Plain: "));
	ck_assert_ptr_nonnull(strstr(error, "longer than 8192"));
	g_free(out);
	g_free(error);
	g_string_free(msg, TRUE);
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

/* run_returned - prescan text with wide limits: the bytes GMime would get and the kept headers */
static char *
run_returned(const char *text, char **returned_r)
{
	prescan_result res;
	char *copy = g_strdup(text);
	size_t n;

	prescan_run(copy, strlen(copy), 100, 100, 1000, &res);
	n = prescan_apply((guint8 *)copy, copy, &res);
	copy[n] = '\0';
	ck_assert_ptr_null(res.error);
	*returned_r = g_strdup(res.returned);
	if (res.returned != NULL)
		ck_assert_uint_eq(res.returned_len, strlen(res.returned));
	prescan_result_clear(&res);
	return copy;
}

#define REPORT_HEAD                                                                                \
	"From: MAILER-DAEMON@example.net\nContent-Type: multipart/report;\n"                       \
	"\treport-type=delivery-status; boundary=\"r\"\n\n--r\nContent-Type: text/plain\n\n"       \
	"failed\n--r\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; "          \
	"a@example.org\n\n"
#define RETURNED                                                                                   \
	"From: news@example.com\nTo: a@example.org\nContent-Type: multipart/alternative; "         \
	"boundary=\"r2\"\n\n--r2\nContent-Type: text/plain\n\nhi\n--rr\n--r2\n"                    \
	"Content-Type: text/html\n\n<p>hi</p>\n--r2--\n"

START_TEST(test_returned_dropped)
{
	/* after the status part, the returned message goes; its header block is kept as text.
	 * "--r2" and "--rr" inside it only start like the report's delimiter. */
	char *returned, *out;

	out = run_returned(REPORT_HEAD "--r\nContent-Type: message/rfc822\n\n" RETURNED "--r--\n",
	                   &returned);
	ck_assert_str_eq(out, REPORT_HEAD "--r\nContent-Type: message/rfc822\n\n--r--\n");
	ck_assert_str_eq(returned, "From: news@example.com\nTo: a@example.org\nContent-Type: "
	                           "multipart/alternative; boundary=\"r2\"\n");
	g_free(out);
	g_free(returned);

	/* a report that is never closed: the returned message runs to the end */
	out = run_returned(REPORT_HEAD "--r\nContent-Transfer-Encoding: 8bit\nContent-Type: "
	                               "message/global; x=1\n\nTo: b@x.org\n",
	                   &returned);
	ck_assert_str_eq(out, REPORT_HEAD "--r\nContent-Transfer-Encoding: 8bit\nContent-Type: "
	                                  "message/global; x=1\n\n");
	ck_assert_str_eq(returned, "To: b@x.org\n");
	g_free(out);
	g_free(returned);
}
END_TEST

START_TEST(test_returned_kept)
{
	/* GMime keeps the message when no status part came first, outside a report, when the
	 * part is another message/ type, or when it is base64 (GMime decodes it) */
	static const char *const kept[] = {
	    ("Content-Type: multipart/report; boundary=r\n\n--r\nContent-Type: message/rfc822\n\n"
	     "To: a@example.org\n\nbody\n--r\nContent-Type: message/delivery-status\n\nX: y\n"
	     "--r--\n"),
	    ("Content-Type: multipart/mixed; boundary=r\n\n--r\nContent-Type: "
	     "message/delivery-status\n\nX: y\n\n--r\nContent-Type: message/rfc822\n\nTo: "
	     "a@example.org\n\nbody\n--r--\n"),
	    ("Content-Type: multipart/report; boundary=r\n\n--r\nContent-Type: "
	     "message/delivery-status\n\nX: y\n\n--r\nContent-Type: message/global-headers\n\n"
	     "To: a@example.org\n\n--r--\n"),
	    ("Content-Type: multipart/report; boundary=r\n\n--r\nContent-Type: "
	     "message/delivery-status\n\nX: y\n\n--r\nContent-Transfer-Encoding: base64\n"
	     "Content-Type: message/rfc822\n\nVG86IGFAZXhhbXBsZS5vcmcK\n--r--\n"),
	    ("Content-Type: text/plain\n\n--r\nContent-Type: message/delivery-status\n\nX: y\n\n"
	     "--r\nContent-Type: message/rfc822\n\nTo: a@example.org\n\nbody\n"),
	};

	for (size_t i = 0; i < G_N_ELEMENTS(kept); i++) {
		char *returned, *out = run_returned(kept[i], &returned);

		ck_assert_str_eq(out, kept[i]);
		ck_assert_ptr_null(returned);
		g_free(out);
	}
}
END_TEST

/* run_whole - prescan_run_flags with PRESCAN_DROP_PART: what GMime would get */
static char *
run_whole(const char *text, gboolean *dropped_r)
{
	prescan_result res;
	char *copy = g_strdup(text);
	size_t n;

	prescan_run_flags(copy, strlen(copy), 100, 100, 1000, PRESCAN_DROP_PART, &res);
	n = prescan_apply((guint8 *)copy, copy, &res);
	copy[n] = '\0';
	*dropped_r = res.part_dropped;
	prescan_result_clear(&res);
	return copy;
}

START_TEST(test_returned_part_dropped)
{
	/* the returned message's part goes from its delimiter on when the report's next
	 * delimiter ends it and its headers are plain; otherwise only its content goes */
	gboolean dropped;
	char *out;

	out = run_whole(REPORT_HEAD "--r\nContent-Description: Undelivered\nContent-Type: "
	                            "message/rfc822;\n\tname=x\n\n" RETURNED "--r--\n",
	                &dropped);
	ck_assert_str_eq(out, REPORT_HEAD "--r--\n");
	ck_assert(dropped);
	g_free(out);
	/* not closed: the content goes, the part stays */
	out = run_whole(REPORT_HEAD "--r\nContent-Type: message/rfc822\n\nTo: b@x.org\n", &dropped);
	ck_assert_str_eq(out, REPORT_HEAD "--r\nContent-Type: message/rfc822\n\n");
	ck_assert(!dropped);
	g_free(out);
	/* a header GMime may read otherwise ("Name :") */
	out = run_whole(REPORT_HEAD "--r\nContent-Type : message/rfc822\n\nTo: b@x.org\n--r--\n",
	                &dropped);
	ck_assert_str_eq(out, REPORT_HEAD "--r\nContent-Type : message/rfc822\n\n--r--\n");
	ck_assert(!dropped);
	g_free(out);
}
END_TEST

START_TEST(test_unread_headers)
{
	/* top-level signatures and authentication results go (folded lines too); the same names
	 * in a part, and other headers, stay */
	char *returned, *out;

	out = run_returned(
	    "Received: by mx\nDKIM-Signature: v=1;\n\tb=abc\nARC-Seal: i=1\nX-Gm-Message-State: x\n"
	    "From: a@example.org\nAuthentication-Results: mx; spf=pass\nContent-Type: "
	    "multipart/mixed; boundary=b\n\n--b\nDKIM-Signature: v=1\n\ntext\n--b--\n",
	    &returned);
	ck_assert_str_eq(out, "Received: by mx\nFrom: a@example.org\nContent-Type: "
	                      "multipart/mixed; boundary=b\n\n--b\nDKIM-Signature: v=1\n\ntext\n"
	                      "--b--\n");
	ck_assert_ptr_null(returned);
	g_free(out);
}
END_TEST

/* run_hiding - prescan_run_hiding with the given header limits: what GMime gets, and the
 * hidden headers as "at|text" lines (text without its line end) */
static char *
run_hiding(const char *text, unsigned headers, size_t bytes, char **hidden_r)
{
	prescan_result res;
	char *copy = g_strdup(text);
	GString *hidden = g_string_new(NULL);
	size_t n;

	prescan_run_hiding(copy, strlen(copy), 100, headers, bytes, &res);
	for (guint i = 0; i < res.hidden->len; i++) {
		const prescan_hidden *h = &g_array_index(res.hidden, prescan_hidden, i);

		g_string_append_printf(hidden, "%zu|%.*s\n", h->at, (int)(h->end - h->start),
		                       copy + h->start);
	}
	n = prescan_apply((guint8 *)copy, copy, &res);
	copy[n] = '\0';
	prescan_result_clear(&res);
	*hidden_r = g_string_free(hidden, FALSE);
	return copy;
}

START_TEST(test_hidden_headers)
{
	/* top-level headers go, with their folded lines (tophdr answers for them); Content-*,
	 * the unread ones (dropped) and the headers of parts stay; the places are those in the
	 * bytes GMime gets */
	char *hidden, *out;

	out = run_hiding("Received: by mx\n\tfor <a@example.org>\nFrom: a@example.org\n"
	                 "DKIM-Signature: v=1\nX-Mailer: m\nTo: b@example.org\nSubject: s\n"
	                 "Content-Type: multipart/mixed; boundary=b\nMIME-Version: 1.0\n\n"
	                 "--b\nX-Mailer: n\n\ntext\n--b--\n",
	                 100, 1000, &hidden);
	ck_assert_str_eq(out, "Content-Type: multipart/mixed; boundary=b\n\n--b\nX-Mailer: n\n\n"
	                      "text\n--b--\n");
	ck_assert_str_eq(hidden, "0|Received: by mx\n\tfor <a@example.org>\n0|From: a@example.org\n"
	                         "0|X-Mailer: m\n0|To: b@example.org\n0|Subject: s\n"
	                         "42|MIME-Version: 1.0\n");
	g_free(out);
	g_free(hidden);
}
END_TEST

START_TEST(test_hidden_none)
{
	/* nothing is hidden from a block GMime could read otherwise without them (a first
	 * line that is no header), from a block with a header GMime must read itself (a name
	 * it reads differently, one over the length limit: it is shortened), nor from a block
	 * that a limit or the end of the input cuts */
	static const char *const kept[] = {
	    "X-Mailer: m\nnot a header\nFrom: a@example.org\n\nbody\n",
	    "From x@example.org Mon Jan  1 00:00:00 2024\nX-Mailer: m\n\nbody\n",
	    "X-Mailer : m\nX-M\x7fl: n\nFrom: a@example.org\n\nbody\n",
	    "From: a@example.org\nX-Mailer: m\nTo: b@example.org\nSubject: s\nX-A: 1\n\nbody\n",
	    "From: a@example.org\nX-Mailer: m\n",
	};
	char *hidden, *out;

	for (size_t i = 0; i < G_N_ELEMENTS(kept); i++) {
		out = run_hiding(kept[i], i == 3 ? 4 : 100, 1000, &hidden);
		ck_assert_str_eq(hidden, "");
		if (i != 3)
			ck_assert_str_eq(out, kept[i]);
		g_free(out);
		g_free(hidden);
	}
	out = run_hiding("X-Long: 0123456789\nX-Short: 01\n\nbody\n", 100, 12, &hidden);
	ck_assert_str_eq(out, "X-Long: 0123\nX-Short: 01\n\nbody\n");
	ck_assert_str_eq(hidden, "");
	g_free(out);
	g_free(hidden);
}
END_TEST

static Suite *
prescan_suite(void)
{
	Suite *s = suite_create("prescan");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_untouched);
	tcase_add_test(tc, test_long_headers_shortened);
	tcase_add_test(tc, test_encoded_header_limit);
	tcase_add_test(tc, test_part_count);
	tcase_add_test(tc, test_header_lines);
	tcase_add_test(tc, test_returned_dropped);
	tcase_add_test(tc, test_returned_kept);
	tcase_add_test(tc, test_returned_part_dropped);
	tcase_add_test(tc, test_unread_headers);
	tcase_add_test(tc, test_hidden_headers);
	tcase_add_test(tc, test_hidden_none);
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
