/* policy.c - the suppression policy (DESIGN.md §5) and its application to the database */
#include <string.h>
#include "policy.h"
#include "store_internal.h"

/* store_policy_decide - hard and complaint suppress now, soft after N days, the rest never;
 * a manual suppress holds; events before a manual unsuppress no longer count */
store_verdict
store_policy_decide(const store_policy_input *in)
{
	gboolean at_once = in->klass == BD_CLASS_HARD || in->klass == BD_CLASS_COMPLAINT;

	if (!at_once && in->klass != BD_CLASS_SOFT)
		return STORE_VERDICT_NONE;
	if (in->exists && in->suppressed && in->manual)
		return STORE_VERDICT_RECORD;
	if (in->exists && in->lifted_at > 0 && in->at <= in->lifted_at)
		return STORE_VERDICT_RECORD;
	if (in->exists && in->suppressed) {
		/* A dead address says more than a full mailbox: show the stronger reason. */
		if (at_once && g_strcmp0(in->cur_class, "soft") == 0)
			return STORE_VERDICT_SUPPRESS;
		return STORE_VERDICT_RECORD;
	}
	if (at_once || in->soft_days >= in->soft_threshold)
		return STORE_VERDICT_SUPPRESS;
	return STORE_VERDICT_FOLLOW;
}

/* store_policy_window_start - start of the soft-bounce window of an event at time at */
gint64
store_policy_window_start(gint64 at, int window_days, gint64 lifted_at)
{
	gint64 day = at - ((at % 86400) + 86400) % 86400;
	gint64 start = day - (gint64)(window_days - 1) * 86400;

	return lifted_at >= start ? lifted_at + 1 : start;
}

/* store_policy_soft_days - the most distinct days of a window of window_days days that holds
 * day (days: sorted, distinct day numbers, day among them) */
int
store_policy_soft_days(const gint64 *days, int n, gint64 day, int window_days)
{
	int best = 0;

	for (int i = 0, j = 0; i < n && days[i] <= day; i++) {
		if (days[i] + window_days - 1 < day)
			continue;
		if (j < i)
			j = i;
		while (j < n && days[j] <= days[i] + window_days - 1)
			j++;
		best = MAX(best, j - i);
	}
	return best;
}

/* policy_soft_days - distinct soft-bounce days of address around the event at time at: the
 * days in [from, to], then the fullest window holding the event's day.  Events may arrive
 * out of time order (an import of old mail), so later days count too; a replay in time
 * order passes to = at.  One index seek per distinct day: the cost follows the days of the
 * window, not the soft bounces an address collected in it. */
static int
policy_soft_days(bd_store *s, const char *address, gint64 from, gint64 at, gint64 to,
                 GError **error)
{
	GArray *days = g_array_new(FALSE, FALSE, sizeof(gint64));
	char lo[32], hi[32];
	int rc, n = -1;

	store_time_format(from, lo);
	store_time_format(to, hi);
	for (;;) {
		sqlite3_stmt *st = store_stmt(s, STORE_STMT_SOFT_NEXT_DAY, error);
		const char *created;
		gint64 d;

		if (st == NULL) {
			g_array_unref(days);
			return -1;
		}
		store_bind_text(st, 1, address);
		store_bind_text(st, 2, lo);
		store_bind_text(st, 3, hi);
		rc = sqlite3_step(st);
		if (rc != SQLITE_ROW)
			break;
		created = (const char *)sqlite3_column_text(st, 0);
		d = sqlite3_column_int64(st, 1);
		g_array_append_val(days, d);
		/* the next seek starts with the next day; a created_at that is no time (the store
		 * never writes one) ends the count instead of seeking in place */
		store_time_format((d + 1) * 86400, lo);
		if (created == NULL || strcmp(lo, created) <= 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc == SQLITE_DONE)
		n = store_policy_soft_days((const gint64 *)(void *)days->data, (int)days->len,
		                           at / 86400, s->soft_window_days);
	else
		store_sql_error(s, error, "count soft bounces");
	sqlite3_reset(s->stmt[STORE_STMT_SOFT_NEXT_DAY]);
	g_array_unref(days);
	return n;
}

/* policy_load - the current row of address into in; FALSE on error */
static gboolean
policy_load(bd_store *s, const char *address, store_policy_input *in, char **cur_class_r,
            GError **error)
{
	sqlite3_stmt *st = store_stmt(s, STORE_STMT_SUPP_GET, error);
	int rc;

	if (st == NULL)
		return FALSE;
	store_bind_text(st, 1, address);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		const char *lifted = (const char *)sqlite3_column_text(st, 2);

		in->exists = TRUE;
		in->suppressed = sqlite3_column_int(st, 0) != 0;
		in->manual = sqlite3_column_int(st, 1) != 0;
		if (lifted == NULL || !store_time_parse_iso(lifted, &in->lifted_at))
			in->lifted_at = 0;
		*cur_class_r = store_column_dup(st, 3);
	} else if (rc != SQLITE_DONE) {
		store_sql_error(s, error, "read suppression");
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

/* policy_write - insert or update the row of address with verdict v for event ev */
static gboolean
policy_write(bd_store *s, const char *address, const store_policy_input *in, store_verdict v,
             gint64 ev, const bd_record *rec, GError **error)
{
	sqlite3_stmt *st =
	    store_stmt(s, in->exists ? STORE_STMT_SUPP_UPDATE : STORE_STMT_SUPP_INSERT, error);
	char at[32], now[32];
	int rc;

	if (st == NULL)
		return FALSE;
	store_bind_text(st, 1, address);
	store_bind_text(st, 2, bd_class_name(rec->klass));
	store_bind_text(st, 3, rec->reason);
	store_bind_text(st, 4, rec->status);
	store_bind_text(st, 5, rec->feedback_type);
	store_bind_text(st, 6, store_time_format(in->at, at));
	sqlite3_bind_int(st, 7, in->klass == BD_CLASS_SOFT ? in->soft_days : in->exists ? -1 : 0);
	sqlite3_bind_int(st, 8, in->exists ? (int)v : v == STORE_VERDICT_SUPPRESS);
	sqlite3_bind_int64(st, 9, ev);
	store_bind_text(st, 10, store_time_format(g_get_real_time() / G_USEC_PER_SEC, now));
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		store_sql_error(s, error, "write suppression");
		return FALSE;
	}
	return TRUE;
}

/* store_policy_apply_event - the policy's answer to one new event of address, written */
gboolean
store_policy_apply_event(bd_store *s, const char *address, gint64 event_id, const bd_record *rec,
                         gint64 at, GError **error)
{
	store_policy_input in = {0};
	char *cur_class = NULL;
	store_verdict v;
	gboolean ok;

	in.klass = rec->klass;
	if (in.klass != BD_CLASS_HARD && in.klass != BD_CLASS_SOFT &&
	    in.klass != BD_CLASS_COMPLAINT)
		return TRUE;
	in.at = at;
	in.soft_threshold = s->soft_threshold;
	if (!policy_load(s, address, &in, &cur_class, error))
		return FALSE;
	in.cur_class = cur_class;
	if (in.klass == BD_CLASS_SOFT) {
		gint64 from = store_policy_window_start(at, s->soft_window_days, in.lifted_at);
		/* to the end of the last day a window holding this event can reach */
		gint64 to = s->replaying ? at : (at / 86400 + s->soft_window_days) * 86400 - 1;

		in.soft_days = policy_soft_days(s, address, from, at, to, error);
		if (in.soft_days < 0) {
			g_free(cur_class);
			return FALSE;
		}
	}
	v = store_policy_decide(&in);
	ok = v == STORE_VERDICT_NONE || policy_write(s, address, &in, v, event_id, rec, error);
	g_free(cur_class);
	return ok;
}
