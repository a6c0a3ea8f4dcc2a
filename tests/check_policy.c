/* check_policy.c - the suppression policy of DESIGN.md §5 as a table: a sequence of events
 * and manual decisions, and the suppression state expected after each step */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <bounced/store.h>
#include "policy.h"
#include "store_internal.h"

#define DAY 86400
#define BASE 1767225600 /* 2026-01-01T00:00:00Z */

/* One case: steps "DAY OP EXPECT, …" where OP is a class name, suppress or unsuppress (or
 * ADDR=OP to use another spelling of the address) and EXPECT is S (suppressed) or -. */
typedef struct policy_case {
	const char *name;
	int threshold; /* 0: default 3 */
	int window;    /* 0: default 14 */
	const char *steps;
	const char *final_class; /* the class shown at the end, or NULL to skip */
	gboolean out_of_order;   /* events arrive out of time order: a replay in time order
	                          * reaches the same verdict, with other timestamps */
} policy_case;

static const policy_case cases[] = {
    {"hard suppresses at once", 0, 0, "0 hard S", "hard", FALSE},
    {"complaint suppresses at once", 0, 0, "0 complaint S", "complaint", FALSE},
    {"soft on 3 days in 14 suppresses", 0, 0, "0 soft -, 1 soft -, 5 soft S", "soft", FALSE},
    {"3 soft on one day do not", 0, 0, "0 soft -, 0 soft -, 0 soft -", "soft", FALSE},
    {"3 soft on 2 days do not", 0, 0, "0 soft -, 0 soft -, 1 soft -, 1 soft -", "soft", FALSE},
    {"soft outside the window do not count", 0, 0, "0 soft -, 7 soft -, 14 soft -, 15 soft S",
     "soft", FALSE},
    {"window is 14 days including today", 0, 0, "0 soft -, 7 soft -, 13 soft S", NULL, FALSE},
    {"soft then hard", 0, 0, "0 soft -, 1 soft -, 2 hard S", "hard", FALSE},
    {"soft suppression upgraded by hard", 0, 0, "0 soft -, 1 soft -, 2 soft S, 3 hard S", "hard",
     FALSE},
    {"hard stays through soft and success", 0, 0, "0 hard S, 1 soft S, 2 success S", "hard", FALSE},
    {"block never suppresses", 0, 0, "0 block -, 1 block -, 2 block -, 3 block -", NULL, FALSE},
    {"delay never suppresses", 0, 0, "0 delay -, 1 delay -, 2 delay -, 3 delay -", NULL, FALSE},
    {"autoreply never suppresses", 0, 0, "0 autoreply -, 1 autoreply -, 2 autoreply -", NULL,
     FALSE},
    {"success never suppresses", 0, 0, "0 success -, 1 success -, 2 success -", NULL, FALSE},
    {"unknown never suppresses", 0, 0, "0 unknown -, 1 unknown -, 2 unknown -", NULL, FALSE},
    {"block between softs does not count", 0, 0, "0 soft -, 1 block -, 2 soft -, 3 block -", "soft",
     FALSE},
    {"manual suppress", 0, 0, "0 suppress S, 1 success S, 2 block S", "manual", FALSE},
    {"manual suppress holds, then unsuppress", 0, 0, "0 suppress S, 1 soft S, 2 unsuppress -", NULL,
     FALSE},
    {"manual suppress keeps a hard verdict's class", 0, 0, "0 hard S, 1 suppress S", "hard", FALSE},
    {"unsuppress lifts a hard suppression", 0, 0, "0 hard S, 1 unsuppress -, 1 soft -", NULL,
     FALSE},
    {"a later hard bounce re-arms", 0, 0, "0 hard S, 1 unsuppress -, 2 hard S", "hard", FALSE},
    {"a later complaint re-arms", 0, 0, "0 hard S, 1 unsuppress -, 2 complaint S", "complaint",
     FALSE},
    {"an older hard bounce arriving late does not re-arm", 0, 0,
     "0 hard S, 3 unsuppress -, 1 hard -", NULL, FALSE},
    {"soft count restarts after unsuppress", 0, 0,
     "0 soft -, 1 soft -, 2 soft S, 3 unsuppress -, 4 soft -, 5 soft -, 6 soft S", "soft", FALSE},
    {"unsuppress of an unknown address", 0, 0, "0 unsuppress -, 1 soft -", NULL, FALSE},
    {"threshold 2 in 7 days", 2, 7, "0 soft -, 6 soft S", "soft", FALSE},
    {"threshold 2 in 7 days, too far apart", 2, 7, "0 soft -, 7 soft -", "soft", FALSE},
    {"threshold 1", 1, 1, "0 soft S", "soft", FALSE},
    {"addresses are case-insensitive", 0, 0,
     "0 Alice@Example.ORG=soft -, 1 ALICE@example.org=soft -, 2 alice@EXAMPLE.org=soft S", "soft",
     FALSE},
    {"unsuppress by another spelling", 0, 0, "0 hard S, 1 ALICE@EXAMPLE.ORG=unsuppress -", NULL,
     FALSE},
    {"soft bounces imported out of order", 0, 0, "5 soft -, 1 soft -, 3 soft S", "soft", TRUE},
    {"out of order, too far apart", 0, 0, "20 soft -, 1 soft -, 10 soft -", "soft", TRUE},
    {"out of order, days 0, 12, 13 fit 14 days", 0, 0, "13 soft -, 0 soft -, 12 soft S", "soft",
     TRUE},
    {"out of order, days 0, 13, 14 do not", 0, 0, "13 soft -, 0 soft -, 14 soft -", "soft", TRUE},
};

/* policy_reason - a reason word of the class, as the classifier would give */
static const char *
policy_reason(bd_class c)
{
	static const char *const reasons[] = {
	    [BD_CLASS_UNKNOWN] = "undefined",  [BD_CLASS_HARD] = "userunknown",
	    [BD_CLASS_SOFT] = "mailboxfull",   [BD_CLASS_BLOCK] = "blocked",
	    [BD_CLASS_COMPLAINT] = "feedback", [BD_CLASS_DELAY] = "expired",
	    [BD_CLASS_AUTOREPLY] = "vacation", [BD_CLASS_SUCCESS] = "delivered"};

	return reasons[c];
}

/* policy_event - store one message with one record of class c for address at time at */
static void
policy_event(bd_store *s, const char *address, bd_class c, gint64 at, int serial)
{
	bd_report *r = bd_report_new();
	bd_record *rec = bd_record_new();
	bd_message_in m = {0};
	GError *err = NULL;
	char *body = g_strdup_printf("policy message %d", serial);

	r->kind = c == BD_CLASS_COMPLAINT ? BD_KIND_ARF : BD_KIND_DSN;
	bd_set_str(&rec->recipient, address);
	bd_set_str(&rec->reason, policy_reason(c));
	bd_set_str(&rec->action, c == BD_CLASS_DELAY ? "delayed" : "failed");
	rec->klass = c;
	bd_report_add_record(r, rec);
	m.data = body;
	m.len = strlen(body);
	m.received_at = at;
	m.report = r;
	if (!bd_store_save(s, &m, NULL, NULL, &err))
		ck_abort_msg("save: %s", err->message);
	g_free(body);
	bd_report_free(&r);
}

/* policy_suppressed - the state of address: 'S', '-' */
static char
policy_suppressed(bd_store *s, const char *address, char **klass_r)
{
	bd_suppression r;
	gboolean found = FALSE;
	char v;

	ck_assert(bd_store_lookup(s, address, &r, &found, NULL));
	v = found && r.suppressed ? 'S' : '-';
	if (klass_r != NULL)
		*klass_r = g_strdup(r.klass);
	bd_suppression_clear(&r);
	return v;
}

/* policy_run - run one case against a fresh database */
static void
policy_run(const policy_case *pc)
{
	char *dir = g_dir_make_tmp("check_policy_XXXXXX", NULL);
	char **steps = g_strsplit(pc->steps, ",", -1);
	bd_store_options o;
	GError *err = NULL;
	bd_store *s;
	char *klass = NULL, *cmd;
	gboolean changed = TRUE;
	char last = '-';

	bd_store_options_init(&o);
	g_free(o.path);
	o.path = g_build_filename(dir, "p.db", NULL);
	if (pc->threshold)
		o.soft_threshold = pc->threshold;
	if (pc->window)
		o.soft_window_days = pc->window;
	s = bd_store_open(&o, &err);
	ck_assert_msg(s != NULL, "%s: open", pc->name);
	for (int i = 0; steps[i] != NULL; i++) {
		char **f = g_strsplit(g_strstrip(steps[i]), " ", 3);
		gint64 at = BASE + (gint64)atoi(f[0]) * DAY + DAY / 2;
		const char *op = strchr(f[1], '=') ? strchr(f[1], '=') + 1 : f[1];
		char *address = strchr(f[1], '=')
		                    ? g_strndup(f[1], (gsize)(strchr(f[1], '=') - f[1]))
		                    : g_strdup("alice@example.org");
		bd_class c;

		if (strcmp(op, "suppress") == 0 || strcmp(op, "unsuppress") == 0)
			ck_assert(bd_store_set_manual(s, address, op[0] == 's', "test", pc->name,
			                              at + 60, NULL));
		else if (bd_class_from_name(op, &c))
			policy_event(s, address, c, at, i);
		else
			ck_abort_msg("%s: bad op %s", pc->name, op);
		last = policy_suppressed(s, "alice@example.org", NULL);
		ck_assert_msg(last == f[2][0], "%s: step %d (%s): expected %c, got %c", pc->name, i,
		              steps[i], f[2][0], last);
		g_free(address);
		g_strfreev(f);
	}
	policy_suppressed(s, "alice@example.org", &klass);
	if (pc->final_class != NULL)
		ck_assert_msg(g_strcmp0(klass, pc->final_class) == 0, "%s: class %s, expected %s",
		              pc->name, klass, pc->final_class);
	g_free(klass);
	/* Re-deriving from the stored history (what reparse does) gives the same row. */
	ck_assert(bd_store_begin(s, NULL));
	ck_assert(store_policy_rebuild(s, "alice@example.org", &changed, &err));
	ck_assert(bd_store_commit(s, NULL));
	ck_assert_msg(!changed || pc->out_of_order,
	              "%s: replay differs from the incremental result", pc->name);
	ck_assert_int_eq(policy_suppressed(s, "alice@example.org", NULL), last);
	bd_store_close(&s);
	bd_store_options_clear(&o);
	g_strfreev(steps);
	cmd = g_strdup_printf("rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	g_free(cmd);
	g_free(dir);
}

START_TEST(test_policy_table)
{
	policy_run(&cases[_i]);
}
END_TEST

START_TEST(test_policy_decide_pure)
{
	store_policy_input in = {0};

	in.soft_threshold = 3;
	in.klass = BD_CLASS_BLOCK;
	ck_assert_int_eq(store_policy_decide(&in), STORE_VERDICT_NONE);
	in.klass = BD_CLASS_SOFT;
	in.soft_days = 2;
	ck_assert_int_eq(store_policy_decide(&in), STORE_VERDICT_FOLLOW);
	in.soft_days = 3;
	ck_assert_int_eq(store_policy_decide(&in), STORE_VERDICT_SUPPRESS);
	in.exists = in.suppressed = in.manual = TRUE;
	in.klass = BD_CLASS_HARD;
	ck_assert_int_eq(store_policy_decide(&in), STORE_VERDICT_RECORD);
	/* the fullest 14-day window that holds day 10: days 1, 3, 10 (not 20) */
	{
		const gint64 days[] = {1, 3, 10, 20, 30};

		ck_assert_int_eq(store_policy_soft_days(days, 5, 10, 14), 3);
		ck_assert_int_eq(store_policy_soft_days(days, 5, 20, 14), 2);
		ck_assert_int_eq(store_policy_soft_days(days, 5, 30, 14), 2);
		ck_assert_int_eq(store_policy_soft_days(days, 5, 30, 1), 1);
	}
	/* window: the event's day and the 13 before, and nothing up to a lift */
	ck_assert_int_eq(store_policy_window_start(BASE + 13 * DAY + 5, 14, 0), BASE);
	ck_assert_int_eq(store_policy_window_start(BASE + 13 * DAY + 5, 14, BASE + 100),
	                 BASE + 101);
}
END_TEST

/* The stored soft_count after each soft bounce: distinct days, with bounces on the first and
 * the last second of a day and several on one day (the policy seeks day by day). */
START_TEST(test_policy_soft_count_days)
{
	static const struct {
		gint64 at;
		int soft_count;
	} steps[] = {
	    {0, 1},
	    {DAY - 1, 1},
	    {DAY, 2},
	    {DAY + DAY / 2, 2},
	    {4 * DAY - 1, 3},
	    {13 * DAY, 4},
	    {14 * DAY, 4}, /* day 0 leaves the window: days 1, 3, 13, 14 */
	    {15 * DAY - 1, 4},
	    {30 * DAY, 1},
	};
	char *dir = g_dir_make_tmp("check_policy_XXXXXX", NULL);
	bd_store_options o;
	bd_store *s;
	char *cmd;

	bd_store_options_init(&o);
	g_free(o.path);
	o.path = g_build_filename(dir, "p.db", NULL);
	o.soft_threshold = 100;
	s = bd_store_open(&o, NULL);
	ck_assert(s != NULL);
	for (guint i = 0; i < G_N_ELEMENTS(steps); i++) {
		bd_suppression r;
		gboolean found = FALSE;

		policy_event(s, "alice@example.org", BD_CLASS_SOFT, BASE + steps[i].at, (int)i);
		ck_assert(bd_store_lookup(s, "alice@example.org", &r, &found, NULL));
		ck_assert(found);
		ck_assert_msg(r.soft_count == steps[i].soft_count,
		              "step %u: soft_count %d, expected %d", i, r.soft_count,
		              steps[i].soft_count);
		ck_assert(!r.suppressed);
		bd_suppression_clear(&r);
	}
	bd_store_close(&s);
	bd_store_options_clear(&o);
	cmd = g_strdup_printf("rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	g_free(cmd);
	g_free(dir);
}
END_TEST

/* policy_suite - the table and the pure decision */
static Suite *
policy_suite(void)
{
	Suite *su = suite_create("policy");
	TCase *tc = tcase_create("table");

	tcase_add_loop_test(tc, test_policy_table, 0, G_N_ELEMENTS(cases));
	tcase_add_test(tc, test_policy_decide_pure);
	tcase_add_test(tc, test_policy_soft_count_days);
	suite_add_tcase(su, tc);
	return su;
}

int
main(void)
{
	SRunner *sr = srunner_create(policy_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
