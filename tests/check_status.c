/* check_status.c - every reply code and enhanced status code of the seed articles maps to a reason
 * and class */
#include <check.h>
#include <string.h>
#include <bounced/classify.h>
#include "status.h"

/* One code as the only evidence of a record, and what it must mean. */
typedef struct seed_case {
	const char *action; /* NULL: no Action field */
	const char *status;
	const char *reply;
	const char *reason;
	bd_class klass;
	gboolean hard;
} seed_case;

#define F "failed"

/* Reply codes: every one in the tables of the articles under shared/seeds/. */
static const seed_case reply_cases[] = {
    {F, NULL, "101", "networkerror", BD_CLASS_SOFT, FALSE},
    {F, NULL, "111", "networkerror", BD_CLASS_SOFT, FALSE},
    {NULL, NULL, "200", "delivered", BD_CLASS_SUCCESS, FALSE},
    {NULL, NULL, "211", "delivered", BD_CLASS_SUCCESS, FALSE},
    {NULL, NULL, "214", "delivered", BD_CLASS_SUCCESS, FALSE},
    {NULL, NULL, "220", "delivered", BD_CLASS_SUCCESS, FALSE},
    {NULL, NULL, "221", "delivered", BD_CLASS_SUCCESS, FALSE},
    {NULL, NULL, "235", "delivered", BD_CLASS_SUCCESS, FALSE},
    {NULL, NULL, "250", "delivered", BD_CLASS_SUCCESS, FALSE},
    {NULL, NULL, "251", "delivered", BD_CLASS_SUCCESS, FALSE},
    {NULL, NULL, "252", "delivered", BD_CLASS_SUCCESS, FALSE},
    {NULL, NULL, "253", "delivered", BD_CLASS_SUCCESS, FALSE},
    {F, NULL, "334", "onhold", BD_CLASS_UNKNOWN, FALSE},
    {F, NULL, "354", "onhold", BD_CLASS_UNKNOWN, FALSE},
    {F, NULL, "355", "onhold", BD_CLASS_UNKNOWN, FALSE},
    {F, NULL, "420", "networkerror", BD_CLASS_SOFT, FALSE},
    {F, NULL, "421", "systemerror", BD_CLASS_SOFT, FALSE},
    {F, NULL, "422", "mailboxfull", BD_CLASS_SOFT, FALSE},
    {F, NULL, "431", "systemfull", BD_CLASS_SOFT, FALSE},
    {F, NULL, "432", "systemerror", BD_CLASS_SOFT, FALSE},
    {F, NULL, "441", "networkerror", BD_CLASS_SOFT, FALSE},
    {F, NULL, "442", "networkerror", BD_CLASS_SOFT, FALSE},
    {F, NULL, "446", "networkerror", BD_CLASS_SOFT, FALSE},
    {F, NULL, "447", "expired", BD_CLASS_SOFT, FALSE},
    {F, NULL, "449", "networkerror", BD_CLASS_SOFT, FALSE},
    {F, NULL, "450", "onhold", BD_CLASS_UNKNOWN, FALSE},
    {F, NULL, "451", "systemerror", BD_CLASS_SOFT, FALSE},
    {F, NULL, "452", "systemfull", BD_CLASS_SOFT, FALSE},
    {F, NULL, "453", "systemerror", BD_CLASS_SOFT, FALSE},
    {F, NULL, "454", "failedstarttls", BD_CLASS_BLOCK, FALSE},
    {F, NULL, "455", "syntaxerror", BD_CLASS_BLOCK, FALSE},
    {F, NULL, "458", "systemerror", BD_CLASS_SOFT, FALSE},
    {F, NULL, "459", "systemerror", BD_CLASS_SOFT, FALSE},
    {F, NULL, "471", "systemerror", BD_CLASS_SOFT, FALSE},
    {F, NULL, "500", "syntaxerror", BD_CLASS_BLOCK, FALSE},
    {F, NULL, "501", "syntaxerror", BD_CLASS_BLOCK, FALSE},
    {F, NULL, "502", "syntaxerror", BD_CLASS_BLOCK, FALSE},
    {F, NULL, "503", "syntaxerror", BD_CLASS_BLOCK, FALSE},
    {F, NULL, "504", "syntaxerror", BD_CLASS_BLOCK, FALSE},
    {F, NULL, "510", "userunknown", BD_CLASS_HARD, TRUE},
    {F, NULL, "511", "userunknown", BD_CLASS_HARD, TRUE},
    {F, NULL, "512", "hostunknown", BD_CLASS_HARD, TRUE},
    {F, NULL, "513", "userunknown", BD_CLASS_HARD, TRUE},
    {F, NULL, "521", "notaccept", BD_CLASS_HARD, TRUE},
    {F, NULL, "522", "mailboxfull", BD_CLASS_SOFT, FALSE},
    {F, NULL, "523", "mesgtoobig", BD_CLASS_SOFT, FALSE},
    {F, NULL, "530", "securityerror", BD_CLASS_BLOCK, FALSE},
    {F, NULL, "531", "systemfull", BD_CLASS_SOFT, FALSE},
    {F, NULL, "535", "securityerror", BD_CLASS_BLOCK, FALSE},
    {F, NULL, "541", "spamdetected", BD_CLASS_BLOCK, FALSE},
    {F, NULL, "550", "onhold", BD_CLASS_UNKNOWN, FALSE},
    {F, NULL, "551", "hasmoved", BD_CLASS_HARD, TRUE},
    {F, NULL, "552", "mailboxfull", BD_CLASS_SOFT, FALSE},
    {F, NULL, "553", "userunknown", BD_CLASS_HARD, TRUE},
    {F, NULL, "554", "onhold", BD_CLASS_UNKNOWN, FALSE},
};

/* Enhanced codes: the seed tables, the examples in their text, and the vendor codes of the issue.
 */
static const seed_case code_cases[] = {
    {F, "2.0.0", NULL, "delivered", BD_CLASS_SUCCESS, FALSE},
    {F, "2.1.5", NULL, "delivered", BD_CLASS_SUCCESS, FALSE},
    {F, "4.3.1", NULL, "systemfull", BD_CLASS_SOFT, FALSE},
    {F, "4.4.1", NULL, "expired", BD_CLASS_SOFT, FALSE},
    {F, "4.4.7", NULL, "expired", BD_CLASS_SOFT, FALSE},
    {F, "4.5.0", NULL, "onhold", BD_CLASS_UNKNOWN, FALSE},
    {F, "4.7.1", NULL, "securityerror", BD_CLASS_BLOCK, FALSE},
    {F, "5.0.0", NULL, "onhold", BD_CLASS_UNKNOWN, FALSE},
    {F, "5.1.0", NULL, "userunknown", BD_CLASS_HARD, TRUE},
    {F, "5.1.1", NULL, "userunknown", BD_CLASS_HARD, TRUE},
    {F, "5.1.2", NULL, "hostunknown", BD_CLASS_HARD, TRUE},
    {F, "5.1.3", NULL, "userunknown", BD_CLASS_HARD, TRUE},
    {F, "5.1.4", NULL, "userunknown", BD_CLASS_HARD, TRUE},
    {F, "5.1.5", NULL, "userunknown", BD_CLASS_HARD, TRUE},
    {F, "5.1.6", NULL, "hasmoved", BD_CLASS_HARD, TRUE},
    {F, "5.1.7", NULL, "rejected", BD_CLASS_BLOCK, FALSE},
    {F, "5.1.8", NULL, "rejected", BD_CLASS_BLOCK, FALSE},
    {F, "5.1.10", NULL, "notaccept", BD_CLASS_HARD, TRUE},
    {F, "5.2.0", NULL, "onhold", BD_CLASS_UNKNOWN, FALSE},
    {F, "5.2.1", NULL, "suspend", BD_CLASS_SOFT, FALSE},
    {F, "5.2.2", NULL, "mailboxfull", BD_CLASS_SOFT, FALSE},
    {F, "5.2.3", NULL, "exceedlimit", BD_CLASS_SOFT, FALSE},
    {F, "5.2.4", NULL, "systemerror", BD_CLASS_SOFT, FALSE},
    {F, "5.3.0", NULL, "systemerror", BD_CLASS_SOFT, FALSE},
    {F, "5.3.1", NULL, "systemfull", BD_CLASS_SOFT, FALSE},
    {F, "5.3.2", NULL, "systemerror", BD_CLASS_SOFT, FALSE},
    {F, "5.3.3", NULL, "systemerror", BD_CLASS_SOFT, FALSE},
    {F, "5.3.4", NULL, "mesgtoobig", BD_CLASS_SOFT, FALSE},
    {F, "5.4.0", NULL, "networkerror", BD_CLASS_SOFT, FALSE},
    {F, "5.4.1", NULL, "networkerror", BD_CLASS_SOFT, FALSE},
    {F, "5.4.2", NULL, "networkerror", BD_CLASS_SOFT, FALSE},
    {F, "5.4.3", NULL, "systemerror", BD_CLASS_SOFT, FALSE},
    {F, "5.4.4", NULL, "hostunknown", BD_CLASS_HARD, TRUE},
    {F, "5.4.5", NULL, "networkerror", BD_CLASS_SOFT, FALSE},
    {F, "5.4.6", NULL, "networkerror", BD_CLASS_SOFT, FALSE},
    {F, "5.4.7", NULL, "expired", BD_CLASS_SOFT, FALSE},
    {F, "5.5.0", NULL, "onhold", BD_CLASS_UNKNOWN, FALSE},
    {F, "5.5.1", NULL, "syntaxerror", BD_CLASS_BLOCK, FALSE},
    {F, "5.5.2", NULL, "syntaxerror", BD_CLASS_BLOCK, FALSE},
    {F, "5.5.3", NULL, "toomanyconn", BD_CLASS_BLOCK, FALSE},
    {F, "5.5.4", NULL, "syntaxerror", BD_CLASS_BLOCK, FALSE},
    {F, "5.5.5", NULL, "syntaxerror", BD_CLASS_BLOCK, FALSE},
    {F, "5.6.0", NULL, "contenterror", BD_CLASS_SOFT, FALSE},
    {F, "5.6.1", NULL, "contenterror", BD_CLASS_SOFT, FALSE},
    {F, "5.6.2", NULL, "contenterror", BD_CLASS_SOFT, FALSE},
    {F, "5.6.3", NULL, "contenterror", BD_CLASS_SOFT, FALSE},
    {F, "5.6.4", NULL, "contenterror", BD_CLASS_SOFT, FALSE},
    {F, "5.6.5", NULL, "contenterror", BD_CLASS_SOFT, FALSE},
    {F, "5.7.0", NULL, "securityerror", BD_CLASS_BLOCK, FALSE},
    {F, "5.7.1", NULL, "securityerror", BD_CLASS_BLOCK, FALSE},
    {F, "5.7.2", NULL, "securityerror", BD_CLASS_BLOCK, FALSE},
    {F, "5.7.3", NULL, "securityerror", BD_CLASS_BLOCK, FALSE},
    {F, "5.7.4", NULL, "securityerror", BD_CLASS_BLOCK, FALSE},
    {F, "5.7.5", NULL, "securityerror", BD_CLASS_BLOCK, FALSE},
    {F, "5.7.6", NULL, "securityerror", BD_CLASS_BLOCK, FALSE},
    {F, "5.7.7", NULL, "securityerror", BD_CLASS_BLOCK, FALSE},
    {F, "5.7.25", NULL, "requireptr", BD_CLASS_BLOCK, FALSE},
    {F, "5.7.26", NULL, "authfailure", BD_CLASS_BLOCK, FALSE},
    /* RFC 7505: the sender's domain has a null MX, the recipient is not at fault */
    {F, "5.7.27", NULL, "rejected", BD_CLASS_BLOCK, FALSE},
    {F, "4.7.27", NULL, "rejected", BD_CLASS_BLOCK, FALSE},
    {F, "5.7.606", NULL, "blocked", BD_CLASS_BLOCK, FALSE},
    /* seed examples that come with their reply code */
    {F, "5.1.10", "550", "notaccept", BD_CLASS_HARD, TRUE},
    {F, "5.5.1", "550", "syntaxerror", BD_CLASS_BLOCK, FALSE},
    {F, "5.5.4", "550", "syntaxerror", BD_CLASS_BLOCK, FALSE},
    {F, "4.3.1", "452", "systemfull", BD_CLASS_SOFT, FALSE},
    {F, "5.7.1", "550", "securityerror", BD_CLASS_BLOCK, FALSE},
};

/* check_case - classify a record carrying only the given codes */
static void
check_case(const seed_case *c)
{
	bd_record *rec = bd_record_new();

	bd_set_str(&rec->action, c->action);
	bd_set_str(&rec->status, c->status);
	bd_set_str(&rec->reply_code, c->reply);
	bd_classify_record(rec, NULL);
	ck_assert_msg(g_strcmp0(rec->reason, c->reason) == 0, "%s/%s: reason %s, want %s",
	              c->status ? c->status : "-", c->reply ? c->reply : "-", rec->reason,
	              c->reason);
	ck_assert_msg(rec->klass == c->klass, "%s/%s: class %s, want %s",
	              c->status ? c->status : "-", c->reply ? c->reply : "-",
	              bd_class_name(rec->klass), bd_class_name(c->klass));
	ck_assert_msg(rec->hard_bounce == c->hard, "%s/%s: hard_bounce %d",
	              c->status ? c->status : "-", c->reply ? c->reply : "-", rec->hard_bounce);
	ck_assert_ptr_nonnull(rec->rule);
	ck_assert_ptr_nonnull(rec->status);
	ck_assert(status_code_valid(rec->status));
	bd_record_free(&rec);
}

START_TEST(test_seed_reply)
{
	const seed_case *c = &reply_cases[_i];

	ck_assert_msg(status_reply_lookup(c->reply) != NULL, "reply %s not in the table", c->reply);
	check_case(c);
}
END_TEST

START_TEST(test_seed_code)
{
	const seed_case *c = &code_cases[_i];

	ck_assert_msg(status_code_lookup(c->status) != NULL, "code %s not in the table", c->status);
	check_case(c);
}
END_TEST

/* The inferred status keeps the class of the reply code. */
START_TEST(test_inferred_status_class)
{
	bd_record *rec = bd_record_new();

	bd_set_str(&rec->action, "failed");
	bd_set_str(&rec->reply_code, "452");
	bd_classify_record(rec, NULL);
	ck_assert_str_eq(rec->status, "4.3.1");
	bd_record_free(&rec);

	rec = bd_record_new();
	bd_set_str(&rec->action, "failed");
	bd_set_str(&rec->reply_code, "510");
	bd_classify_record(rec, NULL);
	ck_assert_str_eq(rec->status, "5.1.1");
	bd_record_free(&rec);
}
END_TEST

/* Every table row is well formed and names a reason of DESIGN.md §4. */
START_TEST(test_tables_well_formed)
{
	gsize n;
	const status_code *codes = status_code_table(&n);

	for (gsize i = 0; i < n; i++) {
		char full[16];

		g_snprintf(full, sizeof(full), "5.%s", codes[i].code);
		ck_assert_msg(status_code_valid(codes[i].code) || status_code_valid(full),
		              "bad code %s", codes[i].code);
		ck_assert_msg(codes[i].reason == NULL || bd_reason_is_known(codes[i].reason),
		              "code %s: unknown reason %s", codes[i].code, codes[i].reason);
		ck_assert_ptr_nonnull(codes[i].meaning);
		for (gsize j = 0; j < i; j++)
			ck_assert_msg(strcmp(codes[i].code, codes[j].code) != 0, "duplicate %s",
			              codes[i].code);
	}
	const status_reply *replies = status_reply_table(&n);
	for (gsize i = 0; i < n; i++) {
		ck_assert(replies[i].code >= 100 && replies[i].code <= 599);
		ck_assert_msg(replies[i].reason == NULL || bd_reason_is_known(replies[i].reason),
		              "reply %d: unknown reason %s", replies[i].code, replies[i].reason);
		if (i > 0)
			ck_assert_msg(replies[i - 1].code < replies[i].code,
			              "reply %d out of order", replies[i].code);
	}
}
END_TEST

/* Syntax of RFC 3463 §2, and bad input. */
START_TEST(test_code_syntax)
{
	ck_assert(status_code_valid("5.1.1"));
	ck_assert(status_code_valid("4.999.999"));
	ck_assert(status_code_valid("2.0.0"));
	ck_assert(!status_code_valid("3.1.1"));
	ck_assert(!status_code_valid("5.1"));
	ck_assert(!status_code_valid("5.1.1.1"));
	ck_assert(!status_code_valid("5.1000.1"));
	ck_assert(!status_code_valid("5..1"));
	ck_assert(!status_code_valid(""));
	ck_assert(!status_code_valid(NULL));
	ck_assert_ptr_null(status_code_lookup("5.x.1"));
	ck_assert_ptr_null(status_reply_lookup("55"));
	ck_assert_ptr_null(status_reply_lookup("5500"));
	ck_assert_ptr_null(status_reply_lookup("abc"));
	ck_assert_ptr_null(status_reply_lookup(NULL));
	/* unknown detail codes are not in the table but still valid */
	ck_assert_ptr_null(status_code_lookup("5.9.9"));
}
END_TEST

/* A detail no table knows falls back to its subject's "other" entry, except for addresses. */
START_TEST(test_unknown_detail)
{
	static const struct {
		const char *code, *reason;
	} cases[] = {{"5.7.599", "securityerror"},
	             {"4.4.399", "networkerror"},
	             {"5.6.99", "contenterror"},
	             {"5.3.77", "systemerror"},
	             {"5.1.99", NULL},
	             {"5.2.77", NULL},
	             {"5.0.4", NULL},
	             {"4.5.77", NULL},
	             {"5.10.1", NULL}};

	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		const status_code *c = status_code_lookup(cases[i].code);

		if (cases[i].reason == NULL) {
			ck_assert_msg(c == NULL, "%s should stay unknown", cases[i].code);
			continue;
		}
		ck_assert_msg(c != NULL, "%s not found", cases[i].code);
		ck_assert_str_eq(c->reason, cases[i].reason);
		ck_assert_int_eq(c->strength, STATUS_WEAK);
	}
}
END_TEST

/* Office 365 codes from Microsoft's published list decide on their own. */
START_TEST(test_vendor_codes)
{
	static const struct {
		const char *code, *reason;
	} vendor[] = {{"5.7.509", "authfailure"},   {"5.7.520", "policyviolation"},
	              {"5.7.506", "blocked"},       {"5.7.508", "speeding"},
	              {"4.7.650", "badreputation"}, {"5.7.136", "rejected"}};

	for (gsize i = 0; i < G_N_ELEMENTS(vendor); i++) {
		const status_code *c = status_code_lookup(vendor[i].code);

		ck_assert_msg(c != NULL, "%s not found", vendor[i].code);
		ck_assert_str_eq(c->reason, vendor[i].reason);
		ck_assert_int_eq(c->strength, STATUS_STRONG);
	}
	/* 4.7.650 is a 4xx code only: 5.7.650 is not in the table (it falls back to X.7.0) */
	ck_assert_int_eq(status_code_lookup("5.7.650")->strength, STATUS_WEAK);
}
END_TEST

/* The code a server put into its own reply text. */
START_TEST(test_find_code)
{
	char buf[16];
	const char *t;

	t = "550-5.1.1 The email account that you tried to reach does not exist";
	ck_assert(status_find_code(t, strlen(t), buf, sizeof(buf)));
	ck_assert_str_eq(buf, "5.1.1");
	t = "5.1.0 - Unknown address error 550-'5.2.2 <a@example.org>... Mailbox Full'";
	ck_assert(status_find_code(t, strlen(t), buf, sizeof(buf)));
	ck_assert_str_eq(buf, "5.2.2");
	t = "550 #5.1.0 Address rejected.";
	ck_assert(status_find_code(t, strlen(t), buf, sizeof(buf)));
	ck_assert_str_eq(buf, "5.1.0");
	t = "connect to 192.0.2.5 (mta-5.5.0-3): refused";
	ck_assert(!status_find_code(t, strlen(t), buf, sizeof(buf)));
	t = "4.4";
	ck_assert(!status_find_code(t, strlen(t), buf, sizeof(buf)));
	/* a version, after a slash or a blank: RFC 3463 subjects are 0-7 */
	t = "Can't locate Mail/Box.pm in @INC (/usr/lib/perl/5.26.1)";
	ck_assert(!status_find_code(t, strlen(t), buf, sizeof(buf)));
	t = "pipe to |/usr/bin/filter failed: perl 5.26.1 aborted";
	ck_assert(!status_find_code(t, strlen(t), buf, sizeof(buf)));
	t = "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup";
	ck_assert(status_find_code(t, strlen(t), buf, sizeof(buf)));
	ck_assert_str_eq(buf, "5.7.133");
	/* rarefam4: subject 0 defines only X.0.0, so X.0.D is a version number ("fml 4.0.3")
	 * unless a reply code comes right before it (Exchange's "550 5.0.350") */
	t = "fml 4.0.3 has detected a loop condition";
	ck_assert(!status_find_code(t, strlen(t), buf, sizeof(buf)));
	t = "550 5.0.350 Generic error (contact your administrator)";
	ck_assert(status_find_code(t, strlen(t), buf, sizeof(buf)));
	ck_assert_str_eq(buf, "5.0.350");
	t = "relay said 554-5.0.0 Service unavailable";
	ck_assert(status_find_code(t, strlen(t), buf, sizeof(buf)));
	ck_assert_str_eq(buf, "5.0.0");
	t = "a1550 5.0.2 glued to a word";
	ck_assert(!status_find_code(t, strlen(t), buf, sizeof(buf)));
	t = "";
	ck_assert(!status_find_code(t, 0, buf, sizeof(buf)));
	/* too small a buffer is refused, not overrun */
	t = "550 5.7.606 banned";
	ck_assert(!status_find_code(t, strlen(t), buf, 6));
}
END_TEST

static Suite *
status_suite(void)
{
	Suite *s = suite_create("status");
	TCase *tc = tcase_create("seeds");

	tcase_add_loop_test(tc, test_seed_reply, 0, G_N_ELEMENTS(reply_cases));
	tcase_add_test(tc, test_unknown_detail);
	tcase_add_test(tc, test_vendor_codes);
	tcase_add_loop_test(tc, test_seed_code, 0, G_N_ELEMENTS(code_cases));
	tcase_add_test(tc, test_inferred_status_class);
	tcase_add_test(tc, test_tables_well_formed);
	tcase_add_test(tc, test_code_syntax);
	tcase_add_test(tc, test_find_code);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(status_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
