/* reparse.c - parse stored raw messages again and re-derive events and suppressions */
#include <string.h>
#include <bounced/address.h>
#include <bounced/store_query.h>
#include "store_internal.h"

/* The work of one reparse run. */
typedef struct reparse_run {
	bd_store *s;
	const bd_reparse_callbacks *cb;
	bd_reparse_stats *stats;
	GHashTable *before;  /* address → GINT_TO_POINTER(1 + suppressed) before the run */
	GHashTable *touched; /* addresses of the current batch to rebuild */
} reparse_run;

/* reparse_ids - ids of the messages received since a time */
static GArray *
reparse_ids(bd_store *s, gint64 since, GError **error)
{
	GArray *ids = g_array_new(FALSE, FALSE, sizeof(gint64));
	sqlite3_stmt *st;
	char since_text[32];
	int rc;

	if (sqlite3_prepare_v2(s->db, "SELECT id FROM messages WHERE received_at >= ?1 ORDER BY id",
	                       -1, &st, NULL) != SQLITE_OK) {
		store_sql_error(s, error, "prepare reparse");
		g_array_unref(ids);
		return NULL;
	}
	store_bind_text(st, 1, store_time_format(MAX(since, 0), since_text));
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		gint64 id = sqlite3_column_int64(st, 0);

		g_array_append_val(ids, id);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_sql_error(s, error, "list messages");
		g_array_unref(ids);
		return NULL;
	}
	return ids;
}

/* reparse_line - one event as compared: "address class/reason status rule diagnostic" */
static char *
reparse_line(const char *address, const bd_record *r)
{
	return g_strdup_printf("%s\t%s/%s\t%s\t%s\t%s", address ? address : "-",
	                       bd_class_name(r->klass), r->reason ? r->reason : "-",
	                       r->status ? r->status : "-", r->rule ? r->rule : "-",
	                       r->diagnostic ? r->diagnostic : "");
}

/* reparse_old - the compared lines of the stored events of message id, and their addresses */
static GPtrArray *
reparse_old(reparse_run *run, gint64 id, GPtrArray *addresses, GError **error)
{
	GPtrArray *lines = g_ptr_array_new_with_free_func(g_free);
	sqlite3_stmt *st;
	int rc;

	if (sqlite3_prepare_v2(run->s->db,
	                       "SELECT address, class, reason, status, rule, diagnostic FROM events"
	                       " WHERE msg_id = ?1 ORDER BY id",
	                       -1, &st, NULL) != SQLITE_OK) {
		store_sql_error(run->s, error, "prepare events");
		g_ptr_array_unref(lines);
		return NULL;
	}
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		bd_record *r = bd_record_new();
		const char *address = (const char *)sqlite3_column_text(st, 0);

		bd_class_from_name((const char *)sqlite3_column_text(st, 1), &r->klass);
		r->reason = store_column_dup(st, 2);
		r->status = store_column_dup(st, 3);
		r->rule = store_column_dup(st, 4);
		r->diagnostic = store_column_dup(st, 5);
		g_ptr_array_add(lines, reparse_line(address, r));
		if (address != NULL)
			g_ptr_array_add(addresses, g_strdup(address));
		bd_record_free(&r);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_sql_error(run->s, error, "read events");
		g_ptr_array_unref(lines);
		return NULL;
	}
	return lines;
}

/* reparse_note - tell the caller about one change */
static void reparse_note(reparse_run *run, const char *fmt, ...) G_GNUC_PRINTF(2, 3);
static void
reparse_note(reparse_run *run, const char *fmt, ...)
{
	va_list ap;
	char *line;

	if (run->cb->note == NULL)
		return;
	va_start(ap, fmt);
	line = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	run->cb->note(line, run->cb->user_data);
	g_free(line);
}

/* reparse_remember - note the suppression state of address before the run, once */
static void
reparse_remember(reparse_run *run, const char *address)
{
	bd_suppression r;
	gboolean found = FALSE;

	if (g_hash_table_contains(run->before, address))
		return;
	bd_store_lookup(run->s, address, &r, &found, NULL);
	g_hash_table_insert(run->before, g_strdup(address),
	                    GINT_TO_POINTER(1 + (found && r.suppressed)));
	bd_suppression_clear(&r);
}

/* reparse_replace - swap the events of message m for those of report r */
static gboolean
reparse_replace(reparse_run *run, const bd_stored_message *m, const bd_report *r, GError **error)
{
	bd_store *s = run->s;
	sqlite3_stmt *st;
	char *campaign;
	int rc;

	if (sqlite3_prepare_v2(s->db,
	                       "UPDATE messages SET kind = ?2, mta = ?3, parse_error = ?4,"
	                       " message_id = ?5 WHERE id = ?1;",
	                       -1, &st, NULL) != SQLITE_OK) {
		store_sql_error(s, error, "prepare update");
		return FALSE;
	}
	sqlite3_bind_int64(st, 1, m->id);
	store_bind_text(st, 2, bd_kind_name(r->kind));
	store_bind_text(st, 3, r->mta);
	store_bind_text(st, 4, r->error);
	store_bind_text(st, 5, r->message_id);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE || sqlite3_prepare_v2(s->db, "DELETE FROM events WHERE msg_id = ?1",
	                                            -1, &st, NULL) != SQLITE_OK) {
		store_sql_error(s, error, "update message");
		return FALSE;
	}
	sqlite3_bind_int64(st, 1, m->id);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_sql_error(s, error, "delete events");
		return FALSE;
	}
	campaign = store_report_campaign(r);
	for (guint i = 0; r->records != NULL && i < r->records->len; i++) {
		const bd_record *rec = g_ptr_array_index(r->records, i);
		char *address = bd_address_key(rec->recipient);
		gint64 ev =
		    store_event_insert(s, m->id, r, rec, address, campaign, m->received_at, error);

		g_free(address);
		if (ev < 0) {
			g_free(campaign);
			return FALSE;
		}
	}
	g_free(campaign);
	return TRUE;
}

/* reparse_one - parse message id again; replace its events when they differ */
static gboolean
reparse_one(reparse_run *run, gint64 id, GError **error)
{
	bd_stored_message m;
	GBytes *raw = NULL;
	gboolean found = FALSE, ok = TRUE, same;
	GPtrArray *old, *now, *addresses;
	bd_report *r;

	if (!bd_store_message_get(run->s, id, &m, &raw, &found, error))
		return FALSE;
	if (!found || raw == NULL) {
		run->stats->skipped += found;
		bd_stored_message_clear(&m);
		return TRUE;
	}
	run->stats->messages++;
	r = run->cb->parse(g_bytes_get_data(raw, NULL), g_bytes_get_size(raw), run->cb->user_data);
	addresses = g_ptr_array_new_with_free_func(g_free);
	old = reparse_old(run, id, addresses, error);
	now = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; r->records != NULL && i < r->records->len; i++) {
		const bd_record *rec = g_ptr_array_index(r->records, i);
		char *address = bd_address_key(rec->recipient);

		g_ptr_array_add(now, reparse_line(address, rec));
		if (address != NULL)
			g_ptr_array_add(addresses, address);
	}
	same = old != NULL && old->len == now->len;
	for (guint i = 0; same && i < now->len; i++)
		same = strcmp(g_ptr_array_index(old, i), g_ptr_array_index(now, i)) == 0;
	same = same && g_strcmp0(m.kind, bd_kind_name(r->kind)) == 0;
	if (old == NULL) {
		ok = FALSE;
	} else if (!same) {
		run->stats->changed_messages++;
		run->stats->events_before += old->len;
		run->stats->events_after += now->len;
		for (guint i = 0; i < MAX(old->len, now->len); i++) {
			const char *a = i < old->len ? (char *)g_ptr_array_index(old, i) : "(none)";
			const char *b = i < now->len ? (char *)g_ptr_array_index(now, i) : "(none)";

			if (strcmp(a, b) != 0)
				reparse_note(run, "message %" G_GINT64_FORMAT ": %s -> %s", id, a,
				             b);
		}
		for (guint i = 0; i < addresses->len; i++)
			g_hash_table_add(run->touched, g_strdup(g_ptr_array_index(addresses, i)));
		ok = reparse_replace(run, &m, r, error);
	}
	g_ptr_array_unref(addresses);
	if (old != NULL)
		g_ptr_array_unref(old);
	g_ptr_array_unref(now);
	bd_report_free(&r);
	g_bytes_unref(raw);
	bd_stored_message_clear(&m);
	return ok;
}

/* reparse_rebuild_touched - re-derive the rows of the batch's addresses */
static gboolean
reparse_rebuild_touched(reparse_run *run, GError **error)
{
	GHashTableIter it;
	gpointer key;

	g_hash_table_iter_init(&it, run->touched);
	while (g_hash_table_iter_next(&it, &key, NULL)) {
		if (!store_policy_rebuild(run->s, key, NULL, error))
			return FALSE;
	}
	g_hash_table_remove_all(run->touched);
	return TRUE;
}

/* reparse_batch - messages ids[from, to) in one transaction */
static gboolean
reparse_batch(reparse_run *run, GArray *ids, guint from, guint to, GError **error)
{
	GHashTableIter it;
	gpointer key;
	gboolean ok;

	if (!bd_store_begin(run->s, error))
		return FALSE;
	ok = TRUE;
	for (guint i = from; ok && i < to; i++)
		ok = reparse_one(run, g_array_index(ids, gint64, i), error);
	g_hash_table_iter_init(&it, run->touched);
	while (ok && g_hash_table_iter_next(&it, &key, NULL))
		reparse_remember(run, key);
	ok = ok && reparse_rebuild_touched(run, error);
	if (!ok) {
		bd_store_rollback(run->s);
		return FALSE;
	}
	return bd_store_commit(run->s, error);
}

/* reparse_compare - count and note the addresses whose suppression changed */
static void
reparse_compare(reparse_run *run)
{
	GHashTableIter it;
	gpointer key, value;

	g_hash_table_iter_init(&it, run->before);
	while (g_hash_table_iter_next(&it, &key, &value)) {
		bd_suppression r;
		gboolean found = FALSE;
		gboolean was = GPOINTER_TO_INT(value) == 2;

		bd_store_lookup(run->s, key, &r, &found, NULL);
		if (!was && found && r.suppressed) {
			run->stats->newly_suppressed++;
			reparse_note(run, "%s: now suppressed (%s/%s)", (char *)key, r.klass,
			             r.reason);
		} else if (was && !(found && r.suppressed)) {
			run->stats->lifted++;
			reparse_note(run, "%s: no longer suppressed", (char *)key);
		}
		bd_suppression_clear(&r);
	}
}

/* bd_store_reparse - parse stored messages again and re-derive what follows from them */
gboolean
bd_store_reparse(bd_store *s, gint64 since, unsigned batch, const bd_reparse_callbacks *cb,
                 bd_reparse_stats *stats, GError **error)
{
	reparse_run run = {s, cb, stats, NULL, NULL};
	GArray *ids = reparse_ids(s, since, error);
	gboolean ok = ids != NULL;

	memset(stats, 0, sizeof(*stats));
	if (batch == 0)
		batch = 500;
	run.before = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	run.touched = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (guint i = 0; ok && i < ids->len; i += batch) {
		ok = reparse_batch(&run, ids, i, MIN(i + batch, ids->len), error);
		if (ok && cb->progress != NULL)
			cb->progress(MIN(i + batch, ids->len), ids->len, cb->user_data);
	}
	if (ok)
		reparse_compare(&run);
	g_hash_table_unref(run.before);
	g_hash_table_unref(run.touched);
	if (ids != NULL)
		g_array_unref(ids);
	return ok;
}
