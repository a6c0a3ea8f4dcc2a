/* check_dsn.c - RFC 3464 field parsing: groups, folding, comments, status and reply codes */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <bounced/parse.h>
#include "dsn.h"
#include "fixture.h"
#include "fields.h"

/* dsn_records - parse text with dsn_parse into a fresh report */
static bd_report *
dsn_records(const char *text, gboolean strict)
{
	bd_report *r = bd_report_new();

	dsn_parse(text, strlen(text), strict, r);
	return r;
}

static const bd_record *
rec_at(const bd_report *r, guint i)
{
	ck_assert_uint_gt(r->records->len, i);
	return g_ptr_array_index(r->records, i);
}

#define FOLDED "Name: one\n  two\n\tthree\nOther : x\nnot a field\n cont\n\nLast:\n"

START_TEST(test_fields_folding)
{
	GPtrArray *arr = fields_parse(FOLDED, strlen(FOLDED));

	ck_assert_str_eq(fields_get(arr, "name"), "one two three");
	ck_assert_str_eq(fields_get(arr, "other"), "x");
	ck_assert_str_eq(fields_get(arr, "last"), "");
	ck_assert_ptr_null(fields_get(arr, "not a field"));
	g_ptr_array_unref(arr);
}
END_TEST

/* fields_same_named - arr holds exactly the entries of full that are blank or named in names */
static void
fields_same_named(const GPtrArray *full, const GPtrArray *arr, const char *const *names)
{
	guint j = 0;

	for (guint i = 0; i < full->len; i++) {
		const fields_field *f = g_ptr_array_index(full, i);
		gboolean keep = f->name == NULL || g_strv_contains(names, f->name);

		if (!keep)
			continue;
		ck_assert_uint_lt(j, arr->len);
		{
			const fields_field *g = g_ptr_array_index(arr, j++);

			ck_assert_str_eq(f->name ? f->name : "-", g->name ? g->name : "-");
			ck_assert_str_eq(f->value ? f->value : "-", g->value ? g->value : "-");
		}
	}
	ck_assert_uint_eq(j, arr->len);
}

START_TEST(test_fields_named)
{
	/* only the fields asked for are kept, the rest is read the same way (folds, blank lines,
	 * junk lines, the FIELDS_MAX bound) */
	static const char *const names[] = {"to", "subject", NULL};
	static const char *const blocks[] = {
	    "Received: from a\n  by b\nTo: x@example.org\n\n\nSubject: hi\n  there\n",
	    "X-A: 1\n\nTo:\n y@example.net\njunk line\n continued\nSUBJECT : s\n",
	    "\n\nFrom: f@example.com\n\tfolded\n",
	};
	GString *big = g_string_new(NULL);

	for (size_t b = 0; b < G_N_ELEMENTS(blocks); b++) {
		GPtrArray *full = fields_parse(blocks[b], strlen(blocks[b]));
		guint named = 0, want = 0;
		GPtrArray *arr = fields_parse_named(blocks[b], strlen(blocks[b]), names, &named);

		for (guint i = 0; i < full->len; i++)
			want += ((fields_field *)g_ptr_array_index(full, i))->name != NULL;
		ck_assert_uint_eq(named, want);
		fields_same_named(full, arr, names);
		g_ptr_array_unref(full);
		g_ptr_array_unref(arr);
	}
	/* past FIELDS_MAX entries, unwanted ones included, nothing more is read */
	for (int i = 0; i < FIELDS_MAX + 10; i++)
		g_string_append_printf(big, i % 3 == 0 ? "X-N: %d\n\n" : "To: a%d@example.org\n",
		                       i);
	{
		GPtrArray *full = fields_parse(big->str, big->len);
		GPtrArray *arr = fields_parse_named(big->str, big->len, names, NULL);

		ck_assert_uint_ge(full->len, FIELDS_MAX);
		fields_same_named(full, arr, names);
		g_ptr_array_unref(full);
		g_ptr_array_unref(arr);
	}
	g_string_free(big, TRUE);
}
END_TEST

START_TEST(test_fields_comments)
{
	char *s = fields_strip_comments("5.1.1 (user (nested) unknown) \"a (b)\"");

	ck_assert_str_eq(s, "5.1.1  \"a (b)\"");
	g_free(s);
	ck_assert_str_eq(fields_strip_type("dns; mx.example.org"), "mx.example.org");
	ck_assert_str_eq(fields_strip_type("smtp;550 5.1.1 x; y"), "550 5.1.1 x; y");
	ck_assert_str_eq(fields_strip_type("no type here"), "no type here");
}
END_TEST

START_TEST(test_per_message_and_groups)
{
	bd_report *r = dsn_records("Reporting-MTA: dns; mx.example.net (Postfix)\n"
	                           "Received-From-MTA: dns; app.example.com\n"
	                           "Arrival-Date: Mon, 3 Mar 2025 10:00:00 +0000\n"
	                           "Original-Envelope-Id: env-1\n"
	                           "\n"
	                           "Final-Recipient: rfc822; a@example.org\n"
	                           "Original-Recipient: rfc822;A@example.org\n"
	                           "Action: Failed\n"
	                           "Status: 5.1.1 (unknown user)\n"
	                           "Remote-MTA: dns; mx.example.org (primary)\n"
	                           "Diagnostic-Code: smtp; 550 5.1.1 <a@example.org>:\n"
	                           "    user unknown\n"
	                           "Last-Attempt-Date: Mon, 3 Mar 2025 10:00:01 +0000\n"
	                           "\n"
	                           "Final-Recipient: rfc822; b@example.org\n"
	                           "Action: delayed\n"
	                           "Status: 4.2.2\n"
	                           "Will-Retry-Until: Fri, 7 Mar 2025 10:00:00 +0000\n",
	                           TRUE);
	const bd_record *a, *b;

	ck_assert_str_eq(r->reporting_mta, "mx.example.net");
	ck_assert_str_eq(r->received_from_mta, "app.example.com");
	ck_assert_str_eq(r->arrival_date, "Mon, 3 Mar 2025 10:00:00 +0000");
	ck_assert_str_eq(r->original_envelope_id, "env-1");
	ck_assert_uint_eq(r->records->len, 2);
	a = rec_at(r, 0);
	ck_assert_str_eq(a->recipient, "a@example.org");
	ck_assert_str_eq(a->original_recipient, "A@example.org");
	ck_assert_str_eq(a->action, "failed");
	ck_assert_str_eq(a->status, "5.1.1");
	ck_assert_str_eq(a->reply_code, "550");
	ck_assert_str_eq(a->diagnostic, "550 5.1.1 <a@example.org>: user unknown");
	ck_assert_str_eq(a->remote_mta, "mx.example.org");
	ck_assert_str_eq(a->last_attempt_date, "Mon, 3 Mar 2025 10:00:01 +0000");
	b = rec_at(r, 1);
	ck_assert_str_eq(b->recipient, "b@example.org");
	ck_assert_str_eq(b->action, "delayed");
	ck_assert_str_eq(b->status, "4.2.2");
	ck_assert_str_eq(b->will_retry_until, "Fri, 7 Mar 2025 10:00:00 +0000");
	ck_assert_ptr_null(b->reply_code);
	bd_report_free(&r);
}
END_TEST

START_TEST(test_irregular_blank_lines)
{
	/* a blank line inside a group, and groups without blank lines between them */
	bd_report *r = dsn_records("\n\nReporting-MTA: dns; mx.example.net\n"
	                           "Final-Recipient: rfc822; a@example.org\n\n\n"
	                           "Action: failed\nStatus: 5.1.1\n\n"
	                           "Final-Recipient: rfc822; b@example.org\n"
	                           "Action: failed\n\nStatus: 5.2.2\n"
	                           "Final-Recipient: rfc822; c@example.org\n"
	                           "Action: failed\nStatus: 5.2.1\n",
	                           TRUE);

	ck_assert_uint_eq(r->records->len, 3);
	ck_assert_str_eq(rec_at(r, 0)->recipient, "a@example.org");
	ck_assert_str_eq(rec_at(r, 0)->status, "5.1.1");
	ck_assert_str_eq(rec_at(r, 1)->recipient, "b@example.org");
	ck_assert_str_eq(rec_at(r, 1)->status, "5.2.2");
	ck_assert_str_eq(rec_at(r, 2)->recipient, "c@example.org");
	ck_assert_str_eq(rec_at(r, 2)->status, "5.2.1");
	ck_assert_str_eq(r->reporting_mta, "mx.example.net");
	bd_report_free(&r);
}
END_TEST

/*
 * Address types: utf-8 addresses (raw, or \x{HHHH} as RFC 6533 writes them), xtext in an
 * rfc822 Original-Recipient, a display name around the address; and utf-8 ones that are no
 * UTF-8 or no character.  One group a row, all in one report.
 */
static const struct {
	const char *original, *final; /* the fields' values, NULL: no such field */
	const char *recipient;        /* the record's, NULL: none */
	const char *original_recipient;
} address_cases[] = {
    {"utf-8; j\\x{00F8}rgen@b\\x{00FC}cher.example", "utf-8; jørgen@bücher.example",
     "jørgen@xn--bcher-kva.example", "jørgen@xn--bcher-kva.example"},
    {"rfc822; a+2Bb@example.org", NULL, "a+b@example.org", "a+b@example.org"},
    /* xtext's "+40" is the at-sign only when the value has none of its own */
    {"rfc822; ops+2Bdesk+40example.net", NULL, "ops+desk@example.net", "ops+desk@example.net"},
    {"rfc822; sale+40off@example.net", NULL, "sale+40off@example.net", "sale+40off@example.net"},
    {NULL, "rfc822; Jane Doe <Jane@Example.ORG>", "Jane@example.org", NULL},
    /* the raw Latin-1 byte is refused; the Original-Recipient says the same in valid form */
    {"utf-8; j\\x{00F6}rg@example.net", "utf-8; j\xf6rg@example.net", "jörg@example.net",
     "jörg@example.net"},
    {NULL, "utf-8; \\x{7528}\\x{6237}@\\x{4F8B}\\x{5B50}.example", "用户@xn--fsqu00a.example",
     NULL},
    {NULL, "utf-8; x\\x{D800}y@example.net", NULL, NULL},
    {NULL,
     "utf-8; user@b\xfc"
     "cher.example",
     NULL, NULL},
};

START_TEST(test_address_types)
{
	GString *text = g_string_new(NULL);
	bd_report *r;

	for (gsize i = 0; i < G_N_ELEMENTS(address_cases); i++) {
		if (address_cases[i].original != NULL)
			g_string_append_printf(text, "Original-Recipient: %s\n",
			                       address_cases[i].original);
		if (address_cases[i].final != NULL)
			g_string_append_printf(text, "Final-Recipient: %s\n",
			                       address_cases[i].final);
		g_string_append(text, "Action: failed\nStatus: 5.1.1\n\n");
	}
	r = dsn_records(text->str, TRUE);
	ck_assert_uint_eq(r->records->len, G_N_ELEMENTS(address_cases));
	for (gsize i = 0; i < G_N_ELEMENTS(address_cases); i++) {
		const bd_record *rec = rec_at(r, (guint)i);

		ck_assert_pstr_eq(rec->recipient, address_cases[i].recipient);
		ck_assert_pstr_eq(rec->original_recipient, address_cases[i].original_recipient);
	}
	bd_report_free(&r);
	g_string_free(text, TRUE);
}
END_TEST

START_TEST(test_status_choice)
{
	/* class-only Status with a specific code in the diagnostic, a missing Status, a bad one */
	bd_report *r =
	    dsn_records("Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.0.0\n"
	                "Diagnostic-Code: smtp; 550-5.7.1 blocked 550 5.7.1 see policy\n\n"
	                "Final-Recipient: rfc822; b@example.org\nAction: failed\n"
	                "Diagnostic-Code: smtp; 552 5.2.2 over quota\n\n"
	                "Final-Recipient: rfc822; c@example.org\nAction: failed\nStatus: bogus\n\n"
	                "Final-Recipient: rfc822; d@example.org\nAction: expired\nStatus: 4.4.7\n"
	                "Diagnostic-Code: smtp; 554 4.4.7 expired <421 4.4.2 timed out>\n",
	                TRUE);

	ck_assert_uint_eq(r->records->len, 4);
	ck_assert_str_eq(rec_at(r, 0)->status, "5.7.1");
	ck_assert_str_eq(rec_at(r, 0)->reply_code, "550");
	ck_assert_str_eq(rec_at(r, 1)->status, "5.2.2");
	ck_assert_str_eq(rec_at(r, 1)->reply_code, "552");
	ck_assert_ptr_null(rec_at(r, 2)->status);
	ck_assert_str_eq(rec_at(r, 3)->action, "failed");
	ck_assert_str_eq(rec_at(r, 3)->status, "4.4.2");
	ck_assert_str_eq(rec_at(r, 3)->reply_code, "421");
	bd_report_free(&r);
}
END_TEST

START_TEST(test_lenient_block)
{
	/* in free text, a group needs a recipient and an outcome */
	bd_report *r =
	    dsn_records("Hello,\nStatus: 5.1.1\nsome prose\n"
	                "Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\n",
	                FALSE);

	ck_assert_uint_eq(r->records->len, 1);
	ck_assert_str_eq(rec_at(r, 0)->recipient, "a@example.org");
	bd_report_free(&r);
	static const char yes[] = "x\nfinal-recipient: a@b.example\nACTION: failed\n";
	static const char no[] = "Final-Recipient: a@b.example\n";

	ck_assert(dsn_looks_like(yes, sizeof(yes) - 1));
	ck_assert(!dsn_looks_like(no, sizeof(no) - 1));
}
END_TEST

/* Codes found in diagnostic text (NULL = none). */
static const struct {
	const char *text;
	const char *status;
	const char *reply;
} code_cases[] = {
    {"550 5.1.1 user unknown", "5.1.1", "550"},
    {"host mx[192.0.2.1] said: 452 4.2.2 full", "4.2.2", "452"},
    {"connect to 192.0.2.5:25: timed out", NULL, NULL},
    {"version 5.10.200.1 of the software", NULL, NULL},
    {"odd but valid 5.10.200 code", "5.10.200", NULL},
    {"#5.1.0 Address rejected", "5.1.0", NULL},
    {"550-'5.2.2 <a@b>... Mailbox Full'", "5.2.2", "550"},
    {"5.7.1x not a code", NULL, NULL},
    {"error 5501 and 55.1.1", NULL, NULL},
    {"refused, error id [416]", NULL, NULL},
    {"client host rejected: #216 policy", NULL, NULL},
    {"rejected 421, try later", NULL, NULL},
    {"", NULL, NULL},
};

START_TEST(test_find_codes)
{
	char *st = dsn_find_status(code_cases[_i].text, FALSE);
	char *rp = dsn_find_reply(code_cases[_i].text, FALSE);

	if (code_cases[_i].status)
		ck_assert_str_eq(st, code_cases[_i].status);
	else
		ck_assert_msg(st == NULL, "'%s': status %s", code_cases[_i].text, st);
	if (code_cases[_i].reply)
		ck_assert_str_eq(rp, code_cases[_i].reply);
	else
		ck_assert_msg(rp == NULL, "'%s': reply %s", code_cases[_i].text, rp);
	g_free(st);
	g_free(rp);
}
END_TEST

/* The Diagnostic-Code type and the Status comment are kept for the classifier. */
START_TEST(test_type_and_status_comment)
{
	bd_report *r = dsn_records("Reporting-MTA: dns; mx.test\n\n"
	                           "Final-Recipient: rfc822; a@example.org\n"
	                           "Action: failed\n"
	                           "Status: 5.2.1 (mailbox disabled)\n"
	                           "Diagnostic-Code: X-Unix; delivery program failed\n\n"
	                           "Final-Recipient: rfc822; b@example.org\n"
	                           "Action: failed\n"
	                           "Status: 5.0.0 ()\n"
	                           "Diagnostic-Code: no type at all\n\n"
	                           "Final-Recipient: rfc822; c@example.org\n"
	                           "Action: failed\n"
	                           "Status: 5.0.0\n"
	                           "Diagnostic-Code: X-Unix; 255\n",
	                           TRUE);
	const bd_record *a = rec_at(r, 0), *b = rec_at(r, 1), *c = rec_at(r, 2);

	ck_assert_str_eq(a->diagnostic_type, "x-unix");
	ck_assert_str_eq(a->status_comment, "mailbox disabled");
	ck_assert_str_eq(a->diagnostic, "delivery program failed");
	ck_assert_ptr_null(b->diagnostic_type);
	ck_assert_ptr_null(b->status_comment);
	/* an exit status is not an SMTP reply */
	ck_assert_str_eq(c->diagnostic, "255");
	ck_assert_ptr_null(c->reply_code);
	bd_report_free(&r);
}
END_TEST

START_TEST(test_record_cap)
{
	GString *s = g_string_new("Reporting-MTA: dns; mx.example.net\n\n");
	bd_report *r = bd_report_new();

	for (int i = 0; i < BD_PARSE_MAX_RECORDS + 50; i++)
		g_string_append_printf(
		    s,
		    "Final-Recipient: rfc822; u%d@example.org\nAction: failed\nStatus: 5.1.1\n\n",
		    i);
	dsn_parse(s->str, s->len, TRUE, r);
	ck_assert_uint_eq(r->records->len, BD_PARSE_MAX_RECORDS);
	bd_report_free(&r);
	g_string_free(s, TRUE);
}
END_TEST

START_TEST(test_record_cap_full_groups)
{
	/* engine7: groups as MTAs write them (seven fields and a blank line) still reach the
	 * record cap: FIELDS_MAX leaves room for BD_PARSE_MAX_RECORDS of them */
	GString *s = g_string_new("Reporting-MTA: dns; mx.example.net\n\n");
	bd_report *r = bd_report_new();
	const bd_record *last;

	for (int i = 0; i < BD_PARSE_MAX_RECORDS + 50; i++)
		g_string_append_printf(s,
		                       "Final-Recipient: rfc822; u%d@example.org\n"
		                       "Original-Recipient: rfc822; u%d@example.org\n"
		                       "Action: failed\nStatus: 5.2.2\n"
		                       "Remote-MTA: dns; mx.example.org\n"
		                       "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n"
		                       "Last-Attempt-Date: Mon, 7 Dec 2026 04:12:33 +0000\n\n",
		                       i, i);
	dsn_parse(s->str, s->len, TRUE, r);
	ck_assert_uint_eq(r->records->len, BD_PARSE_MAX_RECORDS);
	last = g_ptr_array_index(r->records, BD_PARSE_MAX_RECORDS - 1);
	ck_assert_str_eq(last->diagnostic, "552 5.2.2 Mailbox full");
	bd_report_free(&r);
	g_string_free(s, TRUE);
}
END_TEST

START_TEST(test_huge_field)
{
	/* a multi-megabyte folded Diagnostic-Code is cut, not kept whole */
	GString *s = g_string_new(
	    "Final-Recipient: rfc822; a@example.org\nAction: failed\nDiagnostic-Code: smtp; 550 x");
	bd_report *r = bd_report_new();

	for (int i = 0; i < 100000; i++)
		g_string_append(s, "\n continued diagnostic text");
	dsn_parse(s->str, s->len, TRUE, r);
	ck_assert_uint_eq(r->records->len, 1);
	ck_assert_uint_le(strlen(rec_at(r, 0)->diagnostic), FIELDS_MAX_VALUE);
	bd_report_free(&r);
	g_string_free(s, TRUE);
}
END_TEST

/* Reply/status pairs: the last "reply status" pair, else the first reply and last status. */
static const struct {
	const char *diag;
	const char *reply;
	const char *status;
} pair_cases[] = {
    {"550 5.1.1 Invalid recipient. OFR_416 [416]", "550", "5.1.1"},
    {"421 4.2.0 Service refused. OFR005_505 [505]", "421", "4.2.0"},
    {"554 4.4.7 Message expired <421 4.4.2 Connection timed out>", "421", "4.4.2"},
    {"5.1.0 - Unknown address error 550-'5.2.2 <a@b>... Mailbox Full'", "550", "5.2.2"},
    {"554 5.7.1 <h[192.0.2.1]:49309>: Client host rejected: #216 lpn", "554", "5.7.1"},
    {"542 a@example.com Rejected", "542", NULL},
};

/* A multi-line reply folded into Diagnostic-Code reads as one sentence. */
START_TEST(test_multiline_reply_joined)
{
	bd_report *r =
	    dsn_records("Reporting-MTA: dns; mx.example.net\n"
	                "\n"
	                "Final-Recipient: rfc822; a@example.org\n"
	                "Action: failed\n"
	                "Status: 5.1.1\n"
	                "Diagnostic-Code: smtp; 550-5.1.1 The account you tried does\n"
	                "    550-5.1.1 not exist. Please check\n"
	                "    550 5.1.1  the address. id12 - gsmtp\n"
	                "\n"
	                "Final-Recipient: rfc822; b@example.org\n"
	                "Action: failed\n"
	                "Status: 5.0.0\n"
	                "Diagnostic-Code: smtp; 554-mx.example.org refuses you\n"
	                "    554-see the page\n"
	                "    554 error 554 means: go away\n"
	                "\n"
	                "Final-Recipient: rfc822; c@example.org\n"
	                "Action: failed\n"
	                "Status: 5.0.0\n"
	                "Diagnostic-Code: smtp; 550 error 550 5.1.1 and 550-5.1.1 stay\n",
	                TRUE);

	ck_assert_str_eq(
	    rec_at(r, 0)->diagnostic,
	    "550-5.1.1 The account you tried does not exist. Please check the address. "
	    "id12 - gsmtp");
	ck_assert_str_eq(rec_at(r, 0)->reply_code, "550");
	/* a last line without a status keeps its code: it may be prose */
	ck_assert_str_eq(
	    rec_at(r, 1)->diagnostic,
	    "554-mx.example.org refuses you see the page 554 error 554 means: go away");
	/* a one-line reply is left alone */
	ck_assert_str_eq(rec_at(r, 2)->diagnostic, "550 error 550 5.1.1 and 550-5.1.1 stay");
	bd_report_free(&r);
}
END_TEST

START_TEST(test_reply_class)
{
	/* a mailer's exit status is not a reply code: its class differs from the Status */
	bd_report *r =
	    dsn_records("Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.0.0\n"
	                "Diagnostic-Code: X-Unix; 255\n\n"
	                "Final-Recipient: rfc822; b@example.org\nAction: failed\nStatus: 5.0.0\n"
	                "Diagnostic-Code: smtp; 550 mailbox unavailable\n",
	                TRUE);

	ck_assert_ptr_null(rec_at(r, 0)->reply_code);
	ck_assert_str_eq(rec_at(r, 0)->status, "5.0.0");
	ck_assert_str_eq(rec_at(r, 1)->reply_code, "550");
	bd_report_free(&r);
}
END_TEST

START_TEST(test_reply_status_pairs)
{
	char *text = g_strdup_printf("Final-Recipient: rfc822; a@example.org\nAction: failed\n"
	                             "Diagnostic-Code: smtp; %s\n",
	                             pair_cases[_i].diag);
	bd_report *r = dsn_records(text, TRUE);

	ck_assert_pstr_eq(rec_at(r, 0)->reply_code, pair_cases[_i].reply);
	ck_assert_pstr_eq(rec_at(r, 0)->status, pair_cases[_i].status);
	bd_report_free(&r);
	g_free(text);
}
END_TEST

/* Only one word before ';' is a type: a reply without a type keeps its code. */
START_TEST(test_type_is_one_word)
{
	bd_report *r;

	ck_assert_str_eq(fields_strip_type("SMTP ; 550 5.1.1 x"), "550 5.1.1 x");
	ck_assert_str_eq(fields_strip_type("X-Unix; 70"), "70");
	ck_assert_str_eq(fields_strip_type("utf-8; a@example.org"), "a@example.org");
	ck_assert_str_eq(fields_strip_type("550 Requested action not taken; mailbox unavailable"),
	                 "550 Requested action not taken; mailbox unavailable");
	ck_assert_str_eq(fields_strip_type("552 Over quota; refused"), "552 Over quota; refused");
	r = dsn_records("Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\n"
	                "Diagnostic-Code: 550 Requested action not taken; mailbox unavailable\n",
	                TRUE);
	ck_assert_str_eq(rec_at(r, 0)->reply_code, "550");
	ck_assert_ptr_null(rec_at(r, 0)->diagnostic_type);
	ck_assert_str_eq(rec_at(r, 0)->diagnostic,
	                 "550 Requested action not taken; mailbox unavailable");
	bd_report_free(&r);
}
END_TEST

/* A group that lost Action and Status still reports its recipient through the Diagnostic-Code. */
START_TEST(test_diagnostic_only_group)
{
	bd_report *r = dsn_records("Reporting-MTA: dns; mx.example.net\n\n"
	                           "Final-Recipient: rfc822; a@example.org\n"
	                           "Diagnostic-Code: smtp; 552-5.2.2 mailbox over quota\n",
	                           TRUE);
	const bd_record *rec = only_record(r);

	ck_assert_str_eq(rec->status, "5.2.2");
	ck_assert_str_eq(rec->reply_code, "552");
	ck_assert_str_eq(rec->action, "failed");
	bd_report_free(&r);
	/* a Diagnostic-Code alone names no one */
	r = dsn_records("Reporting-MTA: dns; mx.example.net\n\n"
	                "Diagnostic-Code: smtp; 550 5.1.1 user unknown\n",
	                TRUE);
	ck_assert_uint_eq(r->records->len, 0);
	bd_report_free(&r);
}
END_TEST

#define UNFOLDED_REPLY                                                                             \
	"Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.0.0\n"                  \
	"Diagnostic-Code: smtp; 550-5.0.0 Delivery was refused.\n"                                 \
	"550 5.0.0 The mailbox is full.\n"

/* In a delivery-status part a bare line continues the reply; pasted in text it does not. */
START_TEST(test_unfolded_reply_lines)
{
	static const char *const loose[] = {"diagnostic-code", NULL};
	GPtrArray *arr =
	    fields_parse_loose("A: 1\nbare\nDiagnostic-Code: x\nbare two\nB: 2\n", 43, loose);
	bd_report *r;

	ck_assert_str_eq(fields_get(arr, "a"), "1");
	ck_assert_str_eq(fields_get(arr, "diagnostic-code"), "x bare two");
	ck_assert_str_eq(fields_get(arr, "b"), "2");
	g_ptr_array_unref(arr);
	r = dsn_records(UNFOLDED_REPLY, TRUE);
	ck_assert_str_eq(rec_at(r, 0)->diagnostic,
	                 "550-5.0.0 Delivery was refused. The mailbox is full.");
	bd_report_free(&r);
	r = dsn_records(UNFOLDED_REPLY, FALSE);
	ck_assert_str_eq(rec_at(r, 0)->diagnostic, "550-5.0.0 Delivery was refused.");
	bd_report_free(&r);
}
END_TEST

/* One Diagnostic-Code field per reply line: joined, never handed to the next recipient. */
START_TEST(test_repeated_diagnostic_joined)
{
	GString *s = g_string_new("Final-Recipient: rfc822; a@example.org\n"
	                          "Action: failed\nStatus: 5.1.1\n"
	                          "Diagnostic-Code: smtp; 550-5.1.1 The account does not exist.\n"
	                          "Diagnostic-Code: smtp; 550 5.1.1 Check the address.\n\n"
	                          "Final-Recipient: rfc822; b@example.org\n"
	                          "Action: failed\nStatus: 5.2.2\n\n"
	                          "Final-Recipient: rfc822; c@example.org\nAction: failed\n");
	bd_report *r = dsn_records(s->str, TRUE);

	ck_assert_uint_eq(r->records->len, 3);
	ck_assert_str_eq(rec_at(r, 0)->diagnostic,
	                 "550-5.1.1 The account does not exist. Check the address.");
	ck_assert_ptr_null(rec_at(r, 1)->diagnostic);
	ck_assert_str_eq(rec_at(r, 1)->status, "5.2.2");
	ck_assert_ptr_null(rec_at(r, 1)->reply_code);
	bd_report_free(&r);
	/* a long run of them stays bounded */
	for (int i = 0; i < 3000; i++)
		g_string_append(s, "Diagnostic-Code: smtp; 550 5.1.1 again and again and again\n");
	r = dsn_records(s->str, TRUE);
	ck_assert_uint_eq(r->records->len, 3);
	ck_assert_uint_le(strlen(rec_at(r, 2)->diagnostic), FIELDS_MAX_VALUE + 128);
	bd_report_free(&r);
	g_string_free(s, TRUE);
}
END_TEST

/* A status block quoted indented in a text part; its deeper folds still continue fields. */
START_TEST(test_indented_block)
{
	const char *text = "Your message could not be delivered.\n\n"
	                   "    Reporting-MTA: dns; mx.example.net\n\n"
	                   "    Final-Recipient: rfc822; a@example.org\n"
	                   "    Action: failed\n"
	                   "    Status: 5.2.1\n"
	                   "    Diagnostic-Code: smtp; 550 5.2.1 mailbox\n"
	                   "        disabled\n";
	bd_report *r;
	const bd_record *rec;

	ck_assert(dsn_looks_like(text, strlen(text)));
	r = dsn_records(text, FALSE);
	rec = only_record(r);
	ck_assert_str_eq(rec->recipient, "a@example.org");
	ck_assert_str_eq(rec->diagnostic, "550 5.2.1 mailbox disabled");
	ck_assert_str_eq(r->reporting_mta, "mx.example.net");
	bd_report_free(&r);
	/* deeper than 16 blanks is no status block */
	ck_assert(!dsn_looks_like("                    Final-Recipient: rfc822; a@example.org\n"
	                          "                    Action: failed\n",
	                          94));
}
END_TEST

/*
 * Groups that name the recipient after Action and Status, with no blank line between them,
 * pair each Status with the recipient that follows it, in a delivery-status part and in a
 * text part alike; the usual order (recipient first) still splits on a recipient after a Status.
 */
START_TEST(test_recipient_after_status)
{
	const char *trailing = "Reporting-MTA: dns; gw.example.net\n\n"
	                       "Action: failed\n"
	                       "Status: 5.1.1\n"
	                       "Final-Recipient: rfc822; a@example.org\n"
	                       "Diagnostic-Code: smtp; 550 5.1.1 user unknown\n"
	                       "Action: failed\n"
	                       "Status: 5.2.2\n"
	                       "Original-Recipient: rfc822; b-alias@example.org\n"
	                       "Final-Recipient: rfc822; b@example.org\n"
	                       "Action: delayed\n"
	                       "Status: 4.4.1\n"
	                       "Final-Recipient: rfc822; c@example.org\n";
	const char *leading = "Final-Recipient: rfc822; a@example.org\n"
	                      "Action: failed\n"
	                      "Status: 5.1.1\n"
	                      "Final-Recipient: rfc822; b@example.org\n"
	                      "Action: failed\n"
	                      "Status: 5.2.2\n";

	for (int strict = 0; strict < 2; strict++) {
		bd_report *r = dsn_records(trailing, strict);

		ck_assert_uint_eq(r->records->len, 3);
		ck_assert_str_eq(rec_at(r, 0)->recipient, "a@example.org");
		ck_assert_str_eq(rec_at(r, 0)->status, "5.1.1");
		ck_assert_str_eq(rec_at(r, 0)->diagnostic, "550 5.1.1 user unknown");
		ck_assert_str_eq(rec_at(r, 1)->recipient, "b@example.org");
		ck_assert_str_eq(rec_at(r, 1)->original_recipient, "b-alias@example.org");
		ck_assert_str_eq(rec_at(r, 1)->status, "5.2.2");
		ck_assert_ptr_null(rec_at(r, 1)->diagnostic);
		ck_assert_str_eq(rec_at(r, 2)->recipient, "c@example.org");
		ck_assert_str_eq(rec_at(r, 2)->action, "delayed");
		bd_report_free(&r);
	}
	{
		bd_report *r = dsn_records(leading, TRUE);

		ck_assert_uint_eq(r->records->len, 2);
		ck_assert_str_eq(rec_at(r, 1)->recipient, "b@example.org");
		ck_assert_str_eq(rec_at(r, 1)->status, "5.2.2");
		bd_report_free(&r);
	}
}
END_TEST

/*
 * A status block forwarded inline with every line quoted ("> ", also ">" alone on an empty
 * line, which still parts groups) reads like the unquoted one; its folds still continue.
 */
START_TEST(test_quoted_block)
{
	const char *text = "Hi, this one keeps bouncing.\n\n"
	                   "> Reporting-MTA: dns; mx.example.net\n"
	                   ">\n"
	                   "> Final-Recipient: rfc822; a@example.org\n"
	                   "> Action: failed\n"
	                   "> Status: 5.1.1\n"
	                   "> Diagnostic-Code: smtp; 550 5.1.1 <a@example.org>:\n"
	                   ">     user unknown\n"
	                   ">\n"
	                   "> Final-Recipient: rfc822; b@example.org\n"
	                   "> Status: 5.2.2\n"
	                   ">\n"
	                   "> Action: failed\n";
	bd_report *r;

	ck_assert(dsn_looks_like(text, strlen(text)));
	r = dsn_records(text, FALSE);
	ck_assert_uint_eq(r->records->len, 2);
	ck_assert_str_eq(rec_at(r, 0)->recipient, "a@example.org");
	ck_assert_str_eq(rec_at(r, 0)->diagnostic, "550 5.1.1 <a@example.org>: user unknown");
	ck_assert_str_eq(rec_at(r, 1)->recipient, "b@example.org");
	ck_assert_str_eq(rec_at(r, 1)->status, "5.2.2");
	ck_assert_str_eq(rec_at(r, 1)->action, "failed");
	ck_assert_str_eq(r->reporting_mta, "mx.example.net");
	bd_report_free(&r);
	/* nested quotes count too ("> > "), within the same depth limit */
	text = "> > Final-Recipient: rfc822; a@example.org\n> > Status: 5.1.1\n";
	ck_assert(dsn_looks_like(text, strlen(text)));
}
END_TEST

/* RFC 2047 words in a Diagnostic-Code are decoded when they stand alone; an
 * address the sender wrongly encoded, and broken words, stay as written */
START_TEST(test_diagnostic_encoded_words)
{
	bd_report *r =
	    dsn_records("Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.2.1\n"
	                "Diagnostic-Code: smtp; =?iso-8859-1?Q?550_5.2.1_Compte_d=E9sactiv=E9?=\n\n"
	                "Final-Recipient: rfc822; b@example.org\nAction: failed\nStatus: 5.0.0\n"
	                "Diagnostic-Code: smtp; 550 5.0.0 =?UTF-8?B?TWFpbGJveCBmdWxs?= now\n\n"
	                "Final-Recipient: rfc822; c@example.org\nAction: failed\nStatus: 5.1.1\n"
	                "Diagnostic-Code: smtp; 550 5.1.1 <=?utf-8?B?8J+QiA==?=@example.org>... "
	                "User unknown\n\n"
	                "Final-Recipient: rfc822; d@example.org\nAction: failed\nStatus: 5.1.1\n"
	                "Diagnostic-Code: smtp; 550 5.1.1 =?utf-8?Q?unterminated\n\n"
	                "Final-Recipient: rfc822; e@example.org\nAction: failed\nStatus: 5.1.1\n"
	                "Diagnostic-Code: smtp; 550 5.1.1 =?\n\n"
	                "Final-Recipient: rfc822; f@example.org\nAction: failed\nStatus: 5.1.1\n"
	                "Diagnostic-Code: smtp; 550 5.1.1 =?utf-8?B?/w==?= =?x-none?Q?a?= ?= =?\n",
	                TRUE);

	ck_assert_uint_eq(r->records->len, 6);
	ck_assert_str_eq(rec_at(r, 0)->reply_code, "550");
	ck_assert_str_eq(rec_at(r, 0)->diagnostic, "550 5.2.1 Compte d\xc3\xa9sactiv\xc3\xa9");
	ck_assert_str_eq(rec_at(r, 1)->diagnostic, "550 5.0.0 Mailbox full now");
	ck_assert_str_eq(rec_at(r, 2)->diagnostic,
	                 "550 5.1.1 <=?utf-8?B?8J+QiA==?=@example.org>... User unknown");
	ck_assert_str_eq(rec_at(r, 3)->diagnostic, "550 5.1.1 =?utf-8?Q?unterminated");
	ck_assert_str_eq(rec_at(r, 4)->diagnostic, "550 5.1.1 =?");
	/* whatever the broken words give, the result is UTF-8 and the reply stays */
	ck_assert_str_eq(rec_at(r, 5)->reply_code, "550");
	ck_assert(g_utf8_validate(rec_at(r, 5)->diagnostic, -1, NULL));
	bd_report_free(&r);
}
END_TEST

/* a notice line listing several recipients gives none of them the others as a diagnostic */
START_TEST(test_text_address_list_no_diagnostic)
{
	static const char msg[] =
	    "From: MAILER-DAEMON@mx.example.net\nTo: bounces@example.com\n"
	    "Subject: Delivery Status Notification\nMIME-Version: 1.0\n"
	    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
	    "--b\nContent-Type: text/plain\n\nDelivery to the following recipients failed.\n\n"
	    "       list@example.org, a@example.org\n\n"
	    "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n"
	    "Final-Recipient: rfc822; list@example.org\nAction: expanded\nStatus: 2.0.0\n\n"
	    "Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.2.2\n"
	    "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n\n--b--\n";
	bd_report *r = bd_parse(msg, strlen(msg), NULL, NULL);

	ck_assert_uint_eq(r->records->len, 2);
	ck_assert_ptr_null(rec_at(r, 0)->diagnostic);
	ck_assert_str_eq(rec_at(r, 1)->diagnostic, "552 5.2.2 Mailbox full");
	bd_report_free(&r);
}
END_TEST

/* A delivery-status part whose recipient lines are all indented (the first one continues
 * nothing) is read as fields, dedented as a block quoted in a notice is; a folded line
 * indented deeper still continues its field */
START_TEST(test_indented_fields_in_status_part)
{
	static const char msg[] =
	    "From: postmaster@gw.example.net\nTo: bounces@example.com\n"
	    "Subject: Delivery failure report\nMIME-Version: 1.0\n"
	    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
	    "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; gw.example.net\n\n"
	    "   Final-Recipient: rfc822; a@example.org\n   Action: failed\n   Status: 5.2.1\n"
	    "   Diagnostic-Code: smtp; 550 5.2.1 This mailbox\n      has been disabled\n\n--b--\n";
	bd_report *r = bd_parse(msg, strlen(msg), NULL, NULL);

	ck_assert_uint_eq(r->records->len, 1);
	ck_assert_str_eq(rec_at(r, 0)->recipient, "a@example.org");
	ck_assert_str_eq(rec_at(r, 0)->status, "5.2.1");
	ck_assert_str_eq(rec_at(r, 0)->diagnostic, "550 5.2.1 This mailbox has been disabled");
	bd_report_free(&r);
}
END_TEST

/* A type that lost its ';' ("SMTP 550 5.1.1 ...") is no part of the diagnostic; other words
 * before a reply code stay, and a Sendmail section heading or warning footer is nobody's text */
START_TEST(test_type_without_semicolon)
{
	static const char msg[] =
	    "From: postmaster@gw.example.net\nTo: bounces@example.com\n"
	    "Subject: Delivery report\nMIME-Version: 1.0\n"
	    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
	    "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; gw.example.net\n\n"
	    "Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.0.0\n"
	    "Diagnostic-Code: SMTP 550 5.1.1 <a@example.org>: User unknown\n\n"
	    "Final-Recipient: rfc822; b@example.org\nAction: failed\nStatus: 5.0.0\n"
	    "Diagnostic-Code: smtpd 550 5.1.1 rejected\n\n"
	    "Final-Recipient: rfc822; c@example.org\nAction: failed\nStatus: 5.0.0\n"
	    "Diagnostic-Code: SMTP 5500 is no reply code\n\n--b--\n";
	bd_report *r = bd_parse(msg, strlen(msg), NULL, NULL);

	ck_assert_uint_eq(r->records->len, 3);
	ck_assert_str_eq(rec_at(r, 0)->diagnostic, "550 5.1.1 <a@example.org>: User unknown");
	ck_assert_str_eq(rec_at(r, 0)->diagnostic_type, "smtp");
	ck_assert_str_eq(rec_at(r, 0)->status, "5.1.1");
	ck_assert_str_eq(rec_at(r, 1)->diagnostic, "smtpd 550 5.1.1 rejected");
	ck_assert_str_eq(rec_at(r, 2)->diagnostic, "SMTP 5500 is no reply code");
	bd_report_free(&r);
}
END_TEST

START_TEST(test_sendmail_headings_not_diagnostic)
{
	static const char msg[] =
	    "From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>\nTo: a@example.com\n"
	    "Subject: Returned mail: see transcript for details\nMIME-Version: 1.0\n"
	    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
	    "--b\nContent-Type: text/plain\n\n"
	    "The original message was received at Tue, 1 Dec 2026 13:59:58 GMT\n\n"
	    "   ----- The following addresses had successful delivery notifications -----\n"
	    "<u@example.net>  (relayed to non-DSN-aware mailer)\n\n"
	    "   ----- The following addresses had permanent fatal errors -----\n"
	    "<v@example.com>\n    (reason: 552 5.2.2 Mailbox over quota)\n\n"
	    "   ----- Transcript of session follows -----\n"
	    "<w@example.org>... Deferred: Connection timed out with mx.example.org.\n"
	    "Warning: message still undelivered after 4 hours\n"
	    "Will keep trying until message is 5 days old\n\n"
	    "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.com\n\n"
	    "Final-Recipient: RFC822; u@example.net\nAction: relayed\nStatus: 2.0.0\n\n"
	    "Final-Recipient: RFC822; v@example.com\nAction: failed\nStatus: 5.2.2\n\n"
	    "Final-Recipient: RFC822; w@example.org\nAction: delayed\nStatus: 4.4.1\n\n--b--\n";
	bd_report *r = bd_parse(msg, strlen(msg), NULL, NULL);

	ck_assert_uint_eq(r->records->len, 3);
	ck_assert_str_eq(rec_at(r, 0)->diagnostic, "(relayed to non-DSN-aware mailer)");
	ck_assert_str_eq(rec_at(r, 2)->diagnostic,
	                 "Deferred: Connection timed out with mx.example.org.");
	bd_report_free(&r);
}
END_TEST

/* Broken gateways: groups parted by a drawn rule, the reply written into the Status field, a
 * delivery-status part labelled base64 that was never encoded */
START_TEST(test_broken_gateway_shapes)
{
	static const char rules[] =
	    "From: postmaster@gw.example.net\nTo: bounces@example.com\nSubject: Delivery report\n"
	    "MIME-Version: 1.0\n"
	    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
	    "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; gw.example.net\n"
	    "--------------------\nFinal-Recipient: rfc822; a@example.org\nAction: failed\n"
	    "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n"
	    "  ====\n"
	    "= = =\nFinal-Recipient: rfc822; b@example.org\nAction: failed\nStatus: 550 5.2.2\n"
	    "Diagnostic-Code: smtp; mailbox full\n====\n\n--b--\n";
	static const char b64[] =
	    "From: postmaster@gw.example.net\nTo: bounces@example.com\nSubject: Delivery report\n"
	    "MIME-Version: 1.0\n"
	    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
	    "--b\nContent-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n"
	    "Reporting-MTA: dns; gw.example.net\n\nFinal-Recipient: rfc822; c@example.org\n"
	    "Action: failed\nStatus: 5.1.1\n\n--b\nContent-Type: message/delivery-status\n"
	    "Content-Transfer-Encoding: base64\n\n"
	    "RmluYWwtUmVjaXBpZW50OiByZmM4MjI7IGRAZXhhbXBsZS5vcmcKQWN0aW9uOiBmYWlsZWQKU3Rh\n"
	    "dHVzOiA1LjIuMgo=\n\n--b--\n";
	bd_report *r = bd_parse(rules, strlen(rules), NULL, NULL);

	ck_assert_uint_eq(r->records->len, 2);
	/* an indented rule is a line of the reply's fold; an unindented one parts groups */
	ck_assert_str_eq(rec_at(r, 0)->diagnostic, "550 5.1.1 user unknown ====");
	ck_assert_str_eq(rec_at(r, 1)->recipient, "b@example.org");
	ck_assert_str_eq(rec_at(r, 1)->status, "5.2.2");
	ck_assert_str_eq(rec_at(r, 1)->reply_code, "550");
	ck_assert_str_eq(rec_at(r, 1)->diagnostic, "mailbox full");
	bd_report_free(&r);

	r = bd_parse(b64, strlen(b64), NULL, NULL);
	ck_assert_uint_eq(r->records->len, 2);
	ck_assert_str_eq(rec_at(r, 0)->recipient, "c@example.org");
	ck_assert_str_eq(rec_at(r, 1)->recipient, "d@example.org");
	ck_assert_str_eq(rec_at(r, 1)->status, "5.2.2");
	bd_report_free(&r);
}
END_TEST

static Suite *
dsn_suite(void)
{
	Suite *s = suite_create("dsn");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_fields_folding);
	tcase_add_test(tc, test_fields_comments);
	tcase_add_test(tc, test_fields_named);
	tcase_add_test(tc, test_per_message_and_groups);
	tcase_add_test(tc, test_irregular_blank_lines);
	tcase_add_test(tc, test_address_types);
	tcase_add_test(tc, test_status_choice);
	tcase_add_test(tc, test_lenient_block);
	tcase_add_loop_test(tc, test_find_codes, 0, G_N_ELEMENTS(code_cases));
	tcase_add_test(tc, test_reply_class);
	tcase_add_test(tc, test_multiline_reply_joined);
	tcase_add_loop_test(tc, test_reply_status_pairs, 0, G_N_ELEMENTS(pair_cases));
	tcase_add_test(tc, test_type_and_status_comment);
	tcase_add_test(tc, test_record_cap);
	tcase_add_test(tc, test_record_cap_full_groups);
	tcase_add_test(tc, test_huge_field);
	tcase_add_test(tc, test_type_is_one_word);
	tcase_add_test(tc, test_text_address_list_no_diagnostic);
	tcase_add_test(tc, test_diagnostic_only_group);
	tcase_add_test(tc, test_unfolded_reply_lines);
	tcase_add_test(tc, test_repeated_diagnostic_joined);
	tcase_add_test(tc, test_indented_block);
	tcase_add_test(tc, test_recipient_after_status);
	tcase_add_test(tc, test_quoted_block);
	tcase_add_test(tc, test_diagnostic_encoded_words);
	tcase_add_test(tc, test_type_without_semicolon);
	tcase_add_test(tc, test_sendmail_headings_not_diagnostic);
	tcase_add_test(tc, test_broken_gateway_shapes);
	tcase_add_test(tc, test_indented_fields_in_status_part);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr;

	bd_parse_init(); /* GMime decodes RFC 2047 words */
	sr = srunner_create(dsn_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
