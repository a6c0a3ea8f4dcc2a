/* rebuild.c - re-derive one address's suppression row from its history (reparse, tests) */
#include <string.h>
#include "store_internal.h"

/* One step of an address's history: an event or a manual decision. */
typedef struct rebuild_step {
	gint64 at;
	gint64 event_id; /* 0 for a manual decision */
	bd_record *rec;  /* the event's class, reason, status, feedback type */
	gboolean suppress;
	char *by;
	char *note;
} rebuild_step;

/* rebuild_step_free - GDestroyNotify of a step */
static void
rebuild_step_free(gpointer p)
{
	rebuild_step *st = p;

	bd_record_free(&st->rec);
	g_free(st->by);
	g_free(st->note);
	g_free(st);
}

/* rebuild_cmp - time order; at equal times events come before manual decisions */
static gint
rebuild_cmp(gconstpointer a, gconstpointer b)
{
	const rebuild_step *x = *(rebuild_step *const *)a, *y = *(rebuild_step *const *)b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	if ((x->event_id == 0) != (y->event_id == 0))
		return x->event_id == 0 ? 1 : -1;
	return x->event_id < y->event_id ? -1 : x->event_id > y->event_id;
}

/* rebuild_load - the history of address, sorted */
static GPtrArray *
rebuild_load(bd_store *s, const char *address, GError **error)
{
	static const char *const sql[2] = {
	    "SELECT id, created_at, class, reason, status, feedback_type FROM events"
	    " INDEXED BY events_address_class_created"
	    " WHERE address = ?1 AND class IN ('hard', 'soft', 'complaint')",
	    "SELECT 0, changed_at, suppressed, changed_by, note FROM manual_changes"
	    " WHERE address = ?1"};
	GPtrArray *steps = g_ptr_array_new_with_free_func(rebuild_step_free);

	for (int q = 0; q < 2; q++) {
		sqlite3_stmt *st;
		int rc;

		if (sqlite3_prepare_v2(s->db, sql[q], -1, &st, NULL) != SQLITE_OK) {
			store_sql_error(s, error, "prepare history");
			g_ptr_array_unref(steps);
			return NULL;
		}
		store_bind_text(st, 1, address);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			rebuild_step *step = g_new0(rebuild_step, 1);

			step->event_id = sqlite3_column_int64(st, 0);
			if (!store_time_parse_iso((const char *)sqlite3_column_text(st, 1),
			                          &step->at))
				step->at = 0;
			if (q == 0) {
				step->rec = bd_record_new();
				bd_class_from_name((const char *)sqlite3_column_text(st, 2),
				                   &step->rec->klass);
				step->rec->reason = store_column_dup(st, 3);
				step->rec->status = store_column_dup(st, 4);
				step->rec->feedback_type = store_column_dup(st, 5);
			} else {
				step->suppress = sqlite3_column_int(st, 2) != 0;
				step->by = store_column_dup(st, 3);
				step->note = store_column_dup(st, 4);
			}
			g_ptr_array_add(steps, step);
		}
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE) {
			store_sql_error(s, error, "read history");
			g_ptr_array_unref(steps);
			return NULL;
		}
	}
	g_ptr_array_sort(steps, rebuild_cmp);
	return steps;
}

/* rebuild_snapshot - the visible state of the row as one string ("" when none) */
static char *
rebuild_snapshot(bd_store *s, const char *address)
{
	bd_suppression r;
	gboolean found = FALSE;
	char *snap;

	if (!bd_store_lookup(s, address, &r, &found, NULL) || !found) {
		bd_suppression_clear(&r);
		return g_strdup("");
	}
	snap = g_strdup_printf("%d|%s|%s|%s|%s|%s|%s|%" G_GINT64_FORMAT "|%d|%s|%" G_GINT64_FORMAT
	                       "|%d|%s|%s|%s",
	                       r.suppressed, r.klass, r.reason, r.status, r.feedback_type,
	                       r.first_seen, r.last_seen, r.count, r.soft_count, r.suppressed_at,
	                       r.source_event, r.manual, r.note, r.changed_by, r.lifted_at);
	bd_suppression_clear(&r);
	return snap;
}

/* rebuild_replay - apply every step to an empty row */
static gboolean
rebuild_replay(bd_store *s, const char *address, GPtrArray *steps, GError **error)
{
	sqlite3_stmt *del;
	int rc;

	if (sqlite3_prepare_v2(s->db, "DELETE FROM suppressions WHERE address = ?1", -1, &del,
	                       NULL) != SQLITE_OK) {
		store_sql_error(s, error, "prepare delete");
		return FALSE;
	}
	store_bind_text(del, 1, address);
	rc = sqlite3_step(del);
	sqlite3_finalize(del);
	if (rc != SQLITE_DONE) {
		store_sql_error(s, error, "delete suppression");
		return FALSE;
	}
	for (guint i = 0; i < steps->len; i++) {
		rebuild_step *st = g_ptr_array_index(steps, i);
		gboolean ok =
		    st->event_id != 0
		        ? store_policy_apply_event(s, address, st->event_id, st->rec, st->at, error)
		        : store_manual_apply(s, address, st->suppress, st->by, st->note, st->at,
		                             error);

		if (!ok)
			return FALSE;
	}
	return TRUE;
}

/* store_policy_rebuild - re-derive the row; left as it was (same change_seq) when equal */
gboolean
store_policy_rebuild(bd_store *s, const char *address, gboolean *changed_r, GError **error)
{
	GPtrArray *steps = rebuild_load(s, address, error);
	char *before, *after;
	gboolean ok;

	if (changed_r != NULL)
		*changed_r = FALSE;
	if (steps == NULL)
		return FALSE;
	before = rebuild_snapshot(s, address);
	if (!store_exec(s, "SAVEPOINT rebuild", error)) {
		g_free(before);
		g_ptr_array_unref(steps);
		return FALSE;
	}
	s->replaying = TRUE;
	ok = rebuild_replay(s, address, steps, error);
	s->replaying = FALSE;
	after = ok ? rebuild_snapshot(s, address) : NULL;
	if (!ok || strcmp(before, after) == 0)
		sqlite3_exec(s->db, "ROLLBACK TO rebuild", NULL, NULL, NULL);
	else if (changed_r != NULL)
		*changed_r = TRUE;
	sqlite3_exec(s->db, "RELEASE rebuild", NULL, NULL, NULL);
	g_free(before);
	g_free(after);
	g_ptr_array_unref(steps);
	return ok;
}
