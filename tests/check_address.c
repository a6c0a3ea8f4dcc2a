/* check_address.c - address normalisation, lookup keys and VERP decoding */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <bounced/address.h>

/* One normalisation case: raw input, expected canonical form (NULL = not an address). */
static const struct {
	const char *raw;
	const char *norm;
} normalize_cases[] = {
    {"alice@example.org", "alice@example.org"},
    {"  <Alice@Example.ORG>  ", "Alice@example.org"},
    {"rfc822; bob@example.org", "bob@example.org"},
    {"RFC822;<bob@EXAMPLE.org>", "bob@example.org"},
    /* a ':' written for the type's ';' (a colon is never in an unquoted local part) */
    {"rfc822:gina@example.org", "gina@example.org"},
    {"RFC822:<gina@Example.ORG>", "gina@example.org"},
    {"utf-8:jørgen@bücher.example", "jørgen@xn--bcher-kva.example"},
    {"rfc822:", NULL},
    {"rfc822;", NULL},
    {"rfc822", NULL},
    {"utf-8; jørgen@bücher.example", "jørgen@xn--bcher-kva.example"},
    {"carol@example.net.", "carol@example.net"},
    {"carol@example.net...", "carol@example.net"},
    {"\"dave\"@example.org", "dave@example.org"},
    {"\"first.last\"@example.org", "first.last@example.org"},
    {"\"john doe\"@example.org", "\"john doe\"@example.org"},
    {"\"a..b\"@example.org", "\"a..b\"@example.org"},
    {"user+tag@sub.example.org", "user+tag@sub.example.org"},
    {"<@relay.example.net:erin@example.org>", "erin@example.org"},
    {"frank@[192.0.2.1]", "frank@[192.0.2.1]"},
    {"", NULL},
    {"   ", NULL},
    {"no-at-sign", NULL},
    {"@example.org", NULL},
    {"user@", NULL},
    {"user@localhost", NULL},
    {"user@exa mple.org", NULL},
    {"us er@example.org", NULL},
    {"user@example..org", NULL},
    {"user@.example.org", NULL},
    {"<>", NULL},
    {"a@b@c", NULL},
    /* RFC 6531/6533: UTF-8 local parts and IDN domains (the domain in its A-label form) */
    {"utf-8; josé.müller@bücher.example", "josé.müller@xn--bcher-kva.example"},
    {"<用户@例子.example>", "用户@xn--fsqu00a.example"},
    {"почта@пример.рф", "почта@xn--e1afmkfd.xn--p1ai"},
    /* bytes that are no UTF-8 never make an address, in either part */
    {"\xff\xfe@example.org", NULL},
    {"j\xf6rg@example.org", NULL},
    {"jos\xc3@example.org", NULL},
    {"\xed\xa0\x80"
     "x@example.org",
     NULL},
    {"user@b\xfc"
     "cher.example",
     NULL},
    {"user@\xff\xfe.example", NULL},
};

START_TEST(test_normalize)
{
	char *got = bd_address_normalize(normalize_cases[_i].raw);

	if (normalize_cases[_i].norm == NULL)
		ck_assert_msg(got == NULL, "'%s' gave '%s'", normalize_cases[_i].raw, got);
	else
		ck_assert_str_eq(got, normalize_cases[_i].norm);
	g_free(got);
}
END_TEST

START_TEST(test_key)
{
	char *k1 = bd_address_key("<Alice@Example.ORG>");
	char *k2 = bd_address_key("rfc822; alice@example.org.");
	char *k3 = bd_address_key("JØRGEN@Bücher.example");

	ck_assert_str_eq(k1, "alice@example.org");
	ck_assert_str_eq(k1, k2);
	ck_assert_str_eq(k3, "jørgen@xn--bcher-kva.example");
	ck_assert_ptr_null(bd_address_key("garbage"));
	ck_assert_ptr_null(bd_address_key(NULL));
	g_free(k1);
	g_free(k2);
	g_free(k3);
}
END_TEST

START_TEST(test_domain)
{
	ck_assert_str_eq(bd_address_domain("a@example.org"), "example.org");
	ck_assert_ptr_null(bd_address_domain("example.org"));
	ck_assert_ptr_null(bd_address_domain("a@"));
	ck_assert_ptr_null(bd_address_domain(NULL));
}
END_TEST

/* VERP cases: envelope recipient, decoded address (NULL = none). */
static const struct {
	const char *rcpt;
	const char *decoded;
} verp_cases[] = {
    {"bounce+alice=example.org@lists.example.com", "alice@example.org"},
    {"<bounce+Alice=Example.ORG@lists.example.com>", "Alice@example.org"},
    {"list-bounces+bob=mail.example.net@lists.example.com", "bob@mail.example.net"},
    {"bounce-carol=example.org@example.com", "carol@example.org"},
    {"bounce+a.b+tag=example.org@example.com", "a.b+tag@example.org"},
    {"bounce-7731-lia=readers.example@news.example.com", "lia@readers.example"},
    {"bounces+20240419-17-lia=readers.example@news.example.com", "lia@readers.example"},
    {"bounce+mary-jane=example.org@example.com", "mary-jane@example.org"},
    {"bounce+2024-jane=example.org@example.com", "jane@example.org"},
    {"bounce@example.com", NULL},
    {"bounce+@example.com", NULL},
    {"bounce+noequals@example.com", NULL},
    {"bounce+user=@example.com", NULL},
    {"bounce+=example.org@example.com", NULL},
    {"bounce+user=nodot@example.com", NULL},
    {"", NULL},
};

START_TEST(test_verp)
{
	char *got = bd_verp_decode(verp_cases[_i].rcpt);

	if (verp_cases[_i].decoded == NULL)
		ck_assert_msg(got == NULL, "'%s' gave '%s'", verp_cases[_i].rcpt, got);
	else
		ck_assert_str_eq(got, verp_cases[_i].decoded);
	g_free(got);
}
END_TEST

/* A feedback loop's placeholder for the recipient it hides names nobody. */
static const struct {
	const char *address;
	gboolean redacted;
} redacted_cases[] = {
    {"redacted@example.net", TRUE}, {"[REDACTED]@example.com", TRUE}, {"xxxxxx@example.com", TRUE},
    {"*****@example.com", TRUE},    {"xx.xxxx@example.com", TRUE},    {"max@example.com", FALSE},
    {"xavier@example.com", FALSE},  {"x@example.com", FALSE},         {"alice@example.org", FALSE},
    {"no-at-sign", FALSE},
};

START_TEST(test_redacted)
{
	ck_assert_msg(bd_address_redacted(redacted_cases[_i].address) ==
	                  redacted_cases[_i].redacted,
	              "%s", redacted_cases[_i].address);
}
END_TEST

START_TEST(test_long_address)
{
	char *raw = g_strnfill(5000, 'a');
	char *addr = g_strconcat(raw, "@example.org", NULL);

	ck_assert_ptr_null(bd_address_normalize(addr));
	ck_assert_ptr_null(bd_verp_decode(addr));
	g_free(raw);
	g_free(addr);
}
END_TEST

static Suite *
address_suite(void)
{
	Suite *s = suite_create("address");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_normalize, 0, G_N_ELEMENTS(normalize_cases));
	tcase_add_test(tc, test_key);
	tcase_add_test(tc, test_domain);
	tcase_add_loop_test(tc, test_verp, 0, G_N_ELEMENTS(verp_cases));
	tcase_add_loop_test(tc, test_redacted, 0, G_N_ELEMENTS(redacted_cases));
	tcase_add_test(tc, test_long_address);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(address_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
