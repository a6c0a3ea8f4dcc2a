/* suppress.c - manual suppress/unsuppress, lookups and raw-message retention */
#include <string.h>
#include <bounced/address.h>
#include "store_internal.h"

/* The manual decision: a suppress holds against every event, an unsuppress sets lifted_at so
 * only later events count again. */
static const char manual_upsert_sql[] =
    "INSERT INTO suppressions (address, class, reason, first_seen, last_seen, count, suppressed,"
    " suppressed_at, manual, note, changed_by, lifted_at, updated_at, change_seq)"
    " VALUES (?1, CASE WHEN ?2 THEN 'manual' END, CASE WHEN ?2 THEN 'manual' END, ?3, ?3, 0, ?2,"
    " CASE WHEN ?2 THEN ?3 END, 1, ?4, ?5, CASE WHEN ?2 THEN NULL ELSE ?3 END, ?6,"
    " (SELECT coalesce(max(change_seq), 0) + 1 FROM suppressions))"
    " ON CONFLICT (address) DO UPDATE SET"
    " suppressed = ?2, manual = 1, note = ?4, changed_by = ?5, updated_at = ?6,"
    " suppressed_at = CASE WHEN ?2 THEN coalesce(suppressed_at, ?3) END,"
    " class = CASE WHEN ?2 AND NOT suppressed THEN 'manual' ELSE class END,"
    " reason = CASE WHEN ?2 AND NOT suppressed THEN 'manual' ELSE reason END,"
    " lifted_at = CASE WHEN ?2 THEN lifted_at ELSE ?3 END,"
    " soft_count = CASE WHEN ?2 THEN soft_count ELSE 0 END,"
    " change_seq = (SELECT coalesce(max(change_seq), 0) + 1 FROM suppressions)";

/* store_manual_apply - the suppression row after one manual decision (no audit row) */
gboolean
store_manual_apply(bd_store *s, const char *key, gboolean suppress, const char *by,
                   const char *note, gint64 at, GError **error)
{
	sqlite3_stmt *st;
	char at_text[32], now[32];
	int rc;

	if (sqlite3_prepare_v2(s->db, manual_upsert_sql, -1, &st, NULL) != SQLITE_OK) {
		store_sql_error(s, error, "prepare manual change");
		return FALSE;
	}
	store_bind_text(st, 1, key);
	sqlite3_bind_int(st, 2, suppress ? 1 : 0);
	store_bind_text(st, 3, store_time_format(at, at_text));
	store_bind_text(st, 4, note);
	store_bind_text(st, 5, by);
	store_bind_text(st, 6, store_time_format(g_get_real_time() / G_USEC_PER_SEC, now));
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_sql_error(s, error, "write manual change");
		return FALSE;
	}
	return TRUE;
}

/* manual_write - the audit row and the suppression row of one manual decision */
static gboolean
manual_write(bd_store *s, const char *key, gboolean suppress, const char *by, const char *note,
             gint64 at, GError **error)
{
	sqlite3_stmt *st = store_stmt(s, STORE_STMT_MANUAL_INSERT, error);
	char at_text[32];
	int rc;

	if (st == NULL)
		return FALSE;
	store_bind_text(st, 1, key);
	sqlite3_bind_int(st, 2, suppress ? 1 : 0);
	store_bind_text(st, 3, store_time_format(at, at_text));
	store_bind_text(st, 4, by);
	store_bind_text(st, 5, note);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		store_sql_error(s, error, "record manual change");
		return FALSE;
	}
	return store_manual_apply(s, key, suppress, by, note, at, error);
}

/* bd_store_set_manual - suppress or unsuppress address by hand, kept with who, when, why */
gboolean
bd_store_set_manual(bd_store *s, const char *address, gboolean suppress, const char *by,
                    const char *note, gint64 at, GError **error)
{
	char *key = bd_address_key(address);
	gboolean own_tx = !s->in_tx;
	gboolean ok;

	if (key == NULL) {
		g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_INVALID, "'%s' is not an address",
		            address ? address : "");
		return FALSE;
	}
	if (at <= 0)
		at = g_get_real_time() / G_USEC_PER_SEC;
	ok = (!own_tx || bd_store_begin(s, error)) &&
	     manual_write(s, key, suppress, by, note, at, error);
	if (own_tx && ok)
		ok = bd_store_commit(s, error);
	else if (own_tx && s->in_tx)
		bd_store_rollback(s);
	g_free(key);
	return ok;
}

/* bd_suppression_clear - free what one lookup result owns */
void
bd_suppression_clear(bd_suppression *r)
{
	g_free(r->address);
	g_free(r->klass);
	g_free(r->reason);
	g_free(r->status);
	g_free(r->feedback_type);
	g_free(r->first_seen);
	g_free(r->last_seen);
	g_free(r->suppressed_at);
	g_free(r->note);
	g_free(r->changed_by);
	g_free(r->lifted_at);
	g_free(r->updated_at);
	memset(r, 0, sizeof(*r));
}

/* store_suppression_read - fill r from a row of the STORE_STMT_LOOKUP column list */
void
store_suppression_read(sqlite3_stmt *st, bd_suppression *r)
{
	r->address = store_column_dup(st, 0);
	r->suppressed = sqlite3_column_int(st, 1) != 0;
	r->klass = store_column_dup(st, 2);
	r->reason = store_column_dup(st, 3);
	r->status = store_column_dup(st, 4);
	r->feedback_type = store_column_dup(st, 5);
	r->first_seen = store_column_dup(st, 6);
	r->last_seen = store_column_dup(st, 7);
	r->count = sqlite3_column_int64(st, 8);
	r->soft_count = sqlite3_column_int(st, 9);
	r->suppressed_at = store_column_dup(st, 10);
	r->source_event = sqlite3_column_int64(st, 11);
	r->manual = sqlite3_column_int(st, 12) != 0;
	r->note = store_column_dup(st, 13);
	r->changed_by = store_column_dup(st, 14);
	r->lifted_at = store_column_dup(st, 15);
	r->updated_at = store_column_dup(st, 16);
	r->change_seq = sqlite3_column_int64(st, 17);
}

/* bd_store_lookup - the suppression row of address; *found_r FALSE (r zeroed) when none */
gboolean
bd_store_lookup(bd_store *s, const char *address, bd_suppression *r, gboolean *found_r,
                GError **error)
{
	char *key = bd_address_key(address);
	sqlite3_stmt *st;
	int rc;

	memset(r, 0, sizeof(*r));
	*found_r = FALSE;
	if (key == NULL) {
		g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_INVALID, "'%s' is not an address",
		            address ? address : "");
		return FALSE;
	}
	st = store_stmt(s, STORE_STMT_LOOKUP, error);
	if (st == NULL) {
		g_free(key);
		return FALSE;
	}
	store_bind_text(st, 1, key);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		store_suppression_read(st, r);
		*found_r = TRUE;
	} else if (rc != SQLITE_DONE) {
		store_sql_error(s, error, "lookup");
	} else {
		r->address = key;
		key = NULL;
	}
	sqlite3_reset(st);
	g_free(key);
	return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

/* bd_store_prune_raw - drop the raw bytes of messages older than the retention setting
 * (relative to now, 0 = the clock); the rows and their events stay */
gboolean
bd_store_prune_raw(bd_store *s, gint64 now, gint64 *n_r, GError **error)
{
	sqlite3_stmt *st;
	char cutoff[32];
	gboolean own_tx = !s->in_tx;
	int rc;

	if (n_r != NULL)
		*n_r = 0;
	if (s->raw_retention_days <= 0)
		return TRUE;
	if (now <= 0)
		now = g_get_real_time() / G_USEC_PER_SEC;
	store_time_format(now - (gint64)s->raw_retention_days * 86400, cutoff);
	/* nothing to drop: no write transaction, so a reader's open never takes the lock */
	if (sqlite3_prepare_v2(s->db,
	                       "SELECT EXISTS (SELECT 1 FROM messages WHERE received_at < ?1"
	                       " AND raw IS NOT NULL)",
	                       -1, &st, NULL) != SQLITE_OK) {
		store_sql_error(s, error, "prepare retention");
		return FALSE;
	}
	store_bind_text(st, 1, cutoff);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && sqlite3_column_int(st, 0) == 0) {
		sqlite3_finalize(st);
		return TRUE;
	}
	sqlite3_finalize(st);
	if (sqlite3_prepare_v2(s->db,
	                       "UPDATE messages SET raw = NULL, raw_encoding = NULL"
	                       " WHERE received_at < ?1 AND raw IS NOT NULL",
	                       -1, &st, NULL) != SQLITE_OK) {
		store_sql_error(s, error, "prepare retention");
		return FALSE;
	}
	store_bind_text(st, 1, cutoff);
	if (own_tx && !bd_store_begin(s, error)) {
		sqlite3_finalize(st);
		return FALSE;
	}
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_sql_error(s, error, "retention");
		if (own_tx)
			bd_store_rollback(s);
		return FALSE;
	}
	if (n_r != NULL)
		*n_r = sqlite3_changes(s->db);
	return !own_tx || bd_store_commit(s, error);
}
