/* query.c - listings of suppressions and events, single rows, statistics */
#include <string.h>
#include <bounced/address.h>
#include <bounced/store_query.h>
#include "store_internal.h"
#include "../parser/json.h"

#define QUERY_SUPP_COLUMNS                                                                         \
	"address, suppressed, class, reason, status, feedback_type, first_seen, last_seen,"        \
	" count, soft_count, suppressed_at, source_event, manual, note, changed_by, lifted_at,"    \
	" updated_at, change_seq"
#define QUERY_EVENT_COLUMNS                                                                        \
	"id, msg_id, address, recipient, original_recipient, action, status, reply_code, reason,"  \
	" class, hard_bounce, diagnostic, remote_mta, smtp_command, feedback_type, rule,"          \
	" campaign, original_message_id, created_at"

/* bd_event_clear - free what ev owns */
void
bd_event_clear(bd_event *ev)
{
	g_free(ev->address);
	bd_record_free(&ev->record);
	g_free(ev->campaign);
	g_free(ev->original_message_id);
	g_free(ev->created_at);
	memset(ev, 0, sizeof(*ev));
}

/* bd_event_append_json - ev as one JSON object (`bouncectl events --json`, GET /v1/events) */
void
bd_event_append_json(GString *out, const bd_event *ev)
{
	gboolean first = TRUE;
	char num[24];

	g_string_append_c(out, '{');
	g_snprintf(num, sizeof(num), "%" G_GINT64_FORMAT, ev->id);
	json_append_member_raw(out, &first, "id", num);
	g_snprintf(num, sizeof(num), "%" G_GINT64_FORMAT, ev->msg_id);
	json_append_member_raw(out, &first, "msg_id", num);
	json_append_member(out, &first, "created_at", ev->created_at);
	json_append_member(out, &first, "address", ev->address);
	bd_record_append_json_members(out, &first, ev->record);
	json_append_member(out, &first, "campaign", ev->campaign);
	json_append_member(out, &first, "original_message_id", ev->original_message_id);
	g_string_append_c(out, '}');
}

/* bd_stored_message_clear - free what m owns */
void
bd_stored_message_clear(bd_stored_message *m)
{
	g_free(m->received_at);
	g_free(m->mail_from);
	g_free(m->rcpt_to);
	g_free(m->client);
	g_free(m->message_id);
	g_free(m->sha256);
	g_free(m->kind);
	g_free(m->mta);
	g_free(m->parse_error);
	memset(m, 0, sizeof(*m));
}

/* query_event_read - fill ev from a row of QUERY_EVENT_COLUMNS */
static void
query_event_read(sqlite3_stmt *st, bd_event *ev)
{
	bd_record *r = bd_record_new();
	const char *klass = (const char *)sqlite3_column_text(st, 9);

	ev->id = sqlite3_column_int64(st, 0);
	ev->msg_id = sqlite3_column_int64(st, 1);
	ev->address = store_column_dup(st, 2);
	r->recipient = store_column_dup(st, 3);
	r->original_recipient = store_column_dup(st, 4);
	r->action = store_column_dup(st, 5);
	r->status = store_column_dup(st, 6);
	r->reply_code = store_column_dup(st, 7);
	r->reason = store_column_dup(st, 8);
	if (!bd_class_from_name(klass, &r->klass))
		r->klass = BD_CLASS_UNKNOWN;
	r->hard_bounce = sqlite3_column_int(st, 10) != 0;
	r->diagnostic = store_column_dup(st, 11);
	r->remote_mta = store_column_dup(st, 12);
	r->smtp_command = store_column_dup(st, 13);
	r->feedback_type = store_column_dup(st, 14);
	r->rule = store_column_dup(st, 15);
	ev->record = r;
	ev->campaign = store_column_dup(st, 16);
	ev->original_message_id = store_column_dup(st, 17);
	ev->created_at = store_column_dup(st, 18);
}

/* query_prepare - compile sql; NULL with *error set */
static sqlite3_stmt *
query_prepare(bd_store *s, const char *sql, GError **error)
{
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		store_sql_error(s, error, "prepare query");
		return NULL;
	}
	return st;
}

/* query_bind_common - the named parameters a filter may use */
static void
query_bind_common(sqlite3_stmt *st, const bd_store_filter *f, const char *address)
{
	char since[32];

	if (f->since > 0)
		store_bind_text(st, sqlite3_bind_parameter_index(st, ":since"),
		                store_time_format(f->since, since));
	store_bind_text(st, sqlite3_bind_parameter_index(st, ":class"), f->klass);
	store_bind_text(st, sqlite3_bind_parameter_index(st, ":reason"), f->reason);
	store_bind_text(st, sqlite3_bind_parameter_index(st, ":address"), address);
	if (f->domain != NULL) {
		char *d = g_ascii_strdown(f->domain, -1);

		store_bind_text(st, sqlite3_bind_parameter_index(st, ":domain"),
		                d[0] == '@' ? d + 1 : d);
		g_free(d);
	}
	sqlite3_bind_int64(st, sqlite3_bind_parameter_index(st, ":after"), f->after);
	sqlite3_bind_int64(st, sqlite3_bind_parameter_index(st, ":limit"),
	                   f->limit > 0 ? f->limit : -1);
}

/* query_where - the WHERE clauses for the filter members that are set */
static void
query_where(GString *sql, const bd_store_filter *f, const char *time_col, gboolean address)
{
	if (f->since > 0)
		g_string_append_printf(sql, " AND %s >= :since", time_col);
	if (f->klass != NULL)
		g_string_append(sql, " AND class = :class");
	if (f->reason != NULL)
		g_string_append(sql, " AND reason = :reason");
	if (f->domain != NULL)
		g_string_append(sql, " AND substr(address, instr(address, '@') + 1) = :domain");
	if (address)
		g_string_append(sql, " AND address = :address");
}

/* bd_store_list - suppressions matching f, in change order */
gboolean
bd_store_list(bd_store *s, const bd_store_filter *f, bd_suppression_fn fn, gpointer user_data,
              GError **error)
{
	GString *sql = g_string_new("SELECT " QUERY_SUPP_COLUMNS " FROM suppressions"
	                            " WHERE change_seq > :after");
	sqlite3_stmt *st;
	int rc;

	if (!f->all)
		g_string_append(sql, " AND suppressed = 1");
	query_where(sql, f, "updated_at", FALSE);
	g_string_append(sql, " ORDER BY change_seq LIMIT :limit");
	st = query_prepare(s, sql->str, error);
	g_string_free(sql, TRUE);
	if (st == NULL)
		return FALSE;
	query_bind_common(st, f, NULL);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		bd_suppression row;
		gboolean more;

		store_suppression_read(st, &row);
		more = fn(&row, user_data);
		bd_suppression_clear(&row);
		if (!more) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc != SQLITE_DONE)
		store_sql_error(s, error, "list suppressions");
	sqlite3_finalize(st);
	return rc == SQLITE_DONE;
}

/* bd_store_events - events matching f, in id order */
gboolean
bd_store_events(bd_store *s, const bd_store_filter *f, bd_event_fn fn, gpointer user_data,
                GError **error)
{
	GString *sql = g_string_new("SELECT " QUERY_EVENT_COLUMNS " FROM events");
	char *key = NULL;
	sqlite3_stmt *st;
	int rc;

	if (f->address != NULL && (key = bd_address_key(f->address)) == NULL) {
		g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_INVALID, "'%s' is not an address",
		            f->address);
		g_string_free(sql, TRUE);
		return FALSE;
	}
	/* one address: its index, not (class, created_at), whatever the statistics say */
	g_string_append(sql, key != NULL
	                         ? " INDEXED BY events_address_class_created WHERE id > :after"
	                         : " WHERE id > :after");
	query_where(sql, f, "created_at", key != NULL);
	g_string_append(sql, " ORDER BY id LIMIT :limit");
	st = query_prepare(s, sql->str, error);
	g_string_free(sql, TRUE);
	if (st == NULL) {
		g_free(key);
		return FALSE;
	}
	query_bind_common(st, f, key);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		bd_event ev = {0};
		gboolean more;

		query_event_read(st, &ev);
		more = fn(&ev, user_data);
		bd_event_clear(&ev);
		if (!more) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc != SQLITE_DONE)
		store_sql_error(s, error, "list events");
	sqlite3_finalize(st);
	g_free(key);
	return rc == SQLITE_DONE;
}

/* bd_store_event_get - one event by id */
gboolean
bd_store_event_get(bd_store *s, gint64 id, bd_event *ev, gboolean *found_r, GError **error)
{
	sqlite3_stmt *st =
	    query_prepare(s, "SELECT " QUERY_EVENT_COLUMNS " FROM events WHERE id = ?1", error);
	int rc;

	memset(ev, 0, sizeof(*ev));
	*found_r = FALSE;
	if (st == NULL)
		return FALSE;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		query_event_read(st, ev);
		*found_r = TRUE;
	} else if (rc != SQLITE_DONE) {
		store_sql_error(s, error, "read event");
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

/* query_raw - the decompressed raw bytes of the current row (columns 12, 13), or NULL */
static gboolean
query_raw(sqlite3_stmt *st, gint64 size, GBytes **raw_r, GError **error)
{
	const char *enc = (const char *)sqlite3_column_text(st, 13);

	*raw_r = NULL;
	if (sqlite3_column_type(st, 12) == SQLITE_NULL)
		return TRUE;
	if (g_strcmp0(enc, "zlib") != 0) {
		g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_IO, "raw encoding '%s' unknown",
		            enc ? enc : "");
		return FALSE;
	}
	*raw_r = store_raw_decompress(sqlite3_column_blob(st, 12), sqlite3_column_bytes(st, 12),
	                              (size_t)MAX(size, 0), error);
	return *raw_r != NULL;
}

/* bd_store_message_get - one message by id, with its raw bytes when asked */
gboolean
bd_store_message_get(bd_store *s, gint64 id, bd_stored_message *m, GBytes **raw_r,
                     gboolean *found_r, GError **error)
{
	sqlite3_stmt *st = query_prepare(
	    s,
	    "SELECT id, received_at, mail_from, rcpt_to, client, message_id, size, sha256, kind,"
	    " mta, parse_error, raw IS NOT NULL, CASE WHEN ?2 THEN raw END, raw_encoding"
	    " FROM messages WHERE id = ?1",
	    error);
	gboolean ok = TRUE;
	int rc;

	memset(m, 0, sizeof(*m));
	*found_r = FALSE;
	if (raw_r != NULL)
		*raw_r = NULL;
	if (st == NULL)
		return FALSE;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, raw_r != NULL);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		m->id = sqlite3_column_int64(st, 0);
		m->received_at = store_column_dup(st, 1);
		m->mail_from = store_column_dup(st, 2);
		m->rcpt_to = store_column_dup(st, 3);
		m->client = store_column_dup(st, 4);
		m->message_id = store_column_dup(st, 5);
		m->size = sqlite3_column_int64(st, 6);
		m->sha256 = store_column_dup(st, 7);
		m->kind = store_column_dup(st, 8);
		m->mta = store_column_dup(st, 9);
		m->parse_error = store_column_dup(st, 10);
		m->has_raw = sqlite3_column_int(st, 11) != 0;
		*found_r = TRUE;
		if (raw_r != NULL)
			ok = query_raw(st, m->size, raw_r, error);
	} else if (rc != SQLITE_DONE) {
		store_sql_error(s, error, "read message");
		ok = FALSE;
	}
	sqlite3_finalize(st);
	return ok;
}

/* The statistics of bd_store_stats: a section name and a query of (key, count) rows. */
static const struct {
	const char *section;
	const char *sql;
} stats_queries[] = {
    {"messages by kind", "SELECT kind, count(*) FROM messages WHERE received_at >= ?1"
                         " GROUP BY 1 ORDER BY 2 DESC, 1"},
    {"events by class", "SELECT class, count(*) FROM events WHERE created_at >= ?1"
                        " GROUP BY 1 ORDER BY 2 DESC, 1"},
    {"events by reason", "SELECT coalesce(reason, '-'), count(*) FROM events"
                         " WHERE created_at >= ?1 GROUP BY 1 ORDER BY 2 DESC, 1"},
    {"suppressed by class", "SELECT class, count(*) FROM suppressions WHERE suppressed = 1"
                            " AND suppressed_at >= ?1 GROUP BY 1 ORDER BY 2 DESC, 1"},
    {"addresses", "SELECT 'suppressed', count(*) FROM suppressions WHERE suppressed = 1"
                  " AND updated_at >= ?1"
                  " UNION ALL SELECT 'not suppressed', count(*) FROM suppressions"
                  " WHERE suppressed = 0 AND updated_at >= ?1"
                  " UNION ALL SELECT 'manual', count(*) FROM suppressions WHERE manual = 1"
                  " AND updated_at >= ?1"},
};

/* bd_store_stats - run each statistics query */
gboolean
bd_store_stats(bd_store *s, gint64 since, bd_stats_fn fn, gpointer user_data, GError **error)
{
	char since_text[32];

	store_time_format(MAX(since, 0), since_text);
	for (size_t i = 0; i < G_N_ELEMENTS(stats_queries); i++) {
		sqlite3_stmt *st = query_prepare(s, stats_queries[i].sql, error);
		int rc;

		if (st == NULL)
			return FALSE;
		store_bind_text(st, 1, since_text);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW)
			fn(stats_queries[i].section, (const char *)sqlite3_column_text(st, 0),
			   sqlite3_column_int64(st, 1), user_data);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE) {
			store_sql_error(s, error, "statistics");
			return FALSE;
		}
	}
	return TRUE;
}
