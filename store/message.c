/* message.c - storing one message with its events (bd_store_add_message) */
#include <string.h>
#include <bounced/address.h>
#include "store_internal.h"

/* message_find - id of the stored message with this sha256, 0 when none, -1 on error */
static gint64
message_find(bd_store *s, const char *sha, GError **error)
{
	sqlite3_stmt *st = store_stmt(s, STORE_STMT_MESSAGE_BY_SHA, error);
	int rc;

	if (st == NULL)
		return -1;
	store_bind_text(st, 1, sha);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		return sqlite3_column_int64(st, 0);
	if (rc == SQLITE_DONE)
		return 0;
	store_sql_error(s, error, "find message");
	return -1;
}

/* message_rcpt_text - the envelope recipients as one comma-separated text */
static char *
message_rcpt_text(const bd_message_in *m)
{
	GString *g;

	if (m->n_rcpt_to == 0 || m->rcpt_to == NULL)
		return NULL;
	g = g_string_new(NULL);
	for (size_t i = 0; i < m->n_rcpt_to; i++) {
		if (m->rcpt_to[i] == NULL)
			continue;
		if (g->len > 0)
			g_string_append_c(g, ',');
		g_string_append(g, m->rcpt_to[i]);
	}
	return g_string_free(g, FALSE);
}

/* message_insert - the messages row; its id, or -1 */
static gint64
message_insert(bd_store *s, const bd_message_in *m, const char *sha, const char *at, GError **error)
{
	sqlite3_stmt *st;
	GBytes *raw = m->compressed != NULL ? g_bytes_ref(m->compressed)
	                                    : store_raw_compress(s, m->data, m->len, error);
	char *rcpt;
	gsize raw_len;
	const void *raw_data;
	int rc;

	if (raw == NULL)
		return -1;
	st = store_stmt(s, STORE_STMT_MESSAGE_INSERT, error);
	if (st == NULL) {
		g_bytes_unref(raw);
		return -1;
	}
	rcpt = message_rcpt_text(m);
	raw_data = g_bytes_get_data(raw, &raw_len);
	store_bind_text(st, 1, at);
	store_bind_text(st, 2, m->mail_from ? m->mail_from : m->report->mail_from);
	store_bind_text(st, 3, rcpt);
	store_bind_text(st, 4, m->client);
	store_bind_text(st, 5, m->report->message_id);
	sqlite3_bind_int64(st, 6, (sqlite3_int64)m->len);
	store_bind_text(st, 7, sha);
	store_bind_text(st, 8, bd_kind_name(m->report->kind));
	store_bind_text(st, 9, m->report->mta);
	store_bind_text(st, 10, m->report->error);
	sqlite3_bind_blob64(st, 11, raw_data, raw_len, SQLITE_STATIC);
	store_bind_text(st, 12, "zlib");
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	g_free(rcpt);
	g_bytes_unref(raw);
	if (rc != SQLITE_DONE) {
		store_sql_error(s, error, "insert message");
		return -1;
	}
	return sqlite3_last_insert_rowid(s->db);
}

/* store_report_campaign - the campaign headers as "Name: value; Name: value", or NULL */
char *
store_report_campaign(const bd_report *r)
{
	GString *g;

	if (r->campaign == NULL || r->campaign->len == 0)
		return NULL;
	g = g_string_new(NULL);
	for (guint i = 0; i < r->campaign->len; i++) {
		const bd_header *h = g_ptr_array_index(r->campaign, i);

		g_string_append_printf(g, "%s%s: %s", i ? "; " : "", h->name ? h->name : "",
		                       h->value ? h->value : "");
	}
	return g_string_free(g, FALSE);
}

/* store_event_insert - one events row for rec; its id, or -1 */
gint64
store_event_insert(bd_store *s, gint64 msg_id, const bd_report *r, const bd_record *rec,
                   const char *address, const char *campaign, const char *at, GError **error)
{
	sqlite3_stmt *st = store_stmt(s, STORE_STMT_EVENT_INSERT, error);

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, msg_id);
	store_bind_text(st, 2, address);
	store_bind_text(st, 3, rec->recipient);
	store_bind_text(st, 4, rec->original_recipient);
	store_bind_text(st, 5, rec->action);
	store_bind_text(st, 6, rec->status);
	store_bind_text(st, 7, rec->reply_code);
	store_bind_text(st, 8, rec->reason);
	store_bind_text(st, 9, bd_class_name(rec->klass));
	sqlite3_bind_int(st, 10, rec->hard_bounce ? 1 : 0);
	store_bind_text(st, 11, rec->diagnostic);
	store_bind_text(st, 12, rec->remote_mta);
	store_bind_text(st, 13, rec->smtp_command);
	store_bind_text(st, 14, rec->feedback_type);
	store_bind_text(st, 15, rec->rule);
	store_bind_text(st, 16, campaign);
	store_bind_text(st, 17, r->original_message_id);
	store_bind_text(st, 18, at);
	if (sqlite3_step(st) != SQLITE_DONE) {
		store_sql_error(s, error, "insert event");
		sqlite3_reset(st);
		return -1;
	}
	sqlite3_reset(st);
	return sqlite3_last_insert_rowid(s->db);
}

/* store_events_add - the events of report r (stored as message msg_id) and their policy */
gboolean
store_events_add(bd_store *s, gint64 msg_id, const bd_report *r, gint64 at, GError **error)
{
	char *campaign = store_report_campaign(r);
	char at_text[32];
	gboolean ok = TRUE;

	store_time_format(at, at_text);
	for (guint i = 0; ok && r->records != NULL && i < r->records->len; i++) {
		const bd_record *rec = g_ptr_array_index(r->records, i);
		char *address = bd_address_key(rec->recipient);
		gint64 ev;

		ev = store_event_insert(s, msg_id, r, rec, address, campaign, at_text, error);
		ok = ev > 0 &&
		     (address == NULL || store_policy_apply_event(s, address, ev, rec, at, error));
		g_free(address);
	}
	g_free(campaign);
	return ok;
}

/* bd_store_add_message - store m once (by sha256), its events and the policy's changes;
 * a failure undoes this message only (savepoint) */
gboolean
bd_store_add_message(bd_store *s, const bd_message_in *m, gint64 *id_r, gboolean *duplicate_r,
                     GError **error)
{
	char *sha;
	char at_text[32];
	gint64 at = m->received_at > 0 ? m->received_at : g_get_real_time() / G_USEC_PER_SEC;
	gint64 id;

	if (duplicate_r != NULL)
		*duplicate_r = FALSE;
	if (m->report == NULL || (m->data == NULL && m->len > 0)) {
		g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_INVALID, "no message or report");
		return FALSE;
	}
	if (!s->in_tx) {
		g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_INVALID,
		            "bd_store_add_message outside a transaction");
		return FALSE;
	}
	sha = (m->sha256 != NULL && m->compressed != NULL) ? g_strdup(m->sha256)
	                                                   : store_raw_sha256(m->data, m->len);
	id = message_find(s, sha, error);
	if (id != 0) {
		g_free(sha);
		if (id < 0)
			return FALSE;
		if (duplicate_r != NULL)
			*duplicate_r = TRUE;
		if (id_r != NULL)
			*id_r = id;
		return TRUE;
	}
	if (!store_step_stmt(s, STORE_STMT_SAVEPOINT, error)) {
		g_free(sha);
		return FALSE;
	}
	id = message_insert(s, m, sha, store_time_format(at, at_text), error);
	g_free(sha);
	if (id < 0 || !store_events_add(s, id, m->report, at, error)) {
		if (sqlite3_get_autocommit(s->db)) {
			/* SQLite rolled the whole transaction back (disk full, I/O error) */
			s->in_tx = FALSE;
			g_prefix_error(error, "transaction rolled back: ");
		} else {
			sqlite3_exec(s->db, "ROLLBACK TO message; RELEASE message", NULL, NULL,
			             NULL);
		}
		return FALSE;
	}
	if (!store_step_stmt(s, STORE_STMT_RELEASE, error))
		return FALSE;
	if (id_r != NULL)
		*id_r = id;
	return TRUE;
}
