/* store.c - opening the database, settings, prepared statements and transactions */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <glib/gstdio.h>
#include "store_internal.h"

#define STORE_DEFAULT_PATH "./var/bounced.db"
#define STORE_SQLITE_MAGIC "SQLite format 3"

/* bd_store_error_quark - the GError domain of the store */
GQuark
bd_store_error_quark(void)
{
	return g_quark_from_static_string("bd-store-error-quark");
}

/* The text of each prepared statement, indexed by store_stmt_id. */
static const char *const stmt_sql[STORE_STMT_MAX] = {
    [STORE_STMT_MESSAGE_BY_SHA] = "SELECT id FROM messages WHERE sha256 = ?1",
    [STORE_STMT_MESSAGE_INSERT] =
        "INSERT INTO messages (received_at, mail_from, rcpt_to, client, message_id, size, sha256,"
        " kind, mta, parse_error, raw, raw_encoding)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    [STORE_STMT_EVENT_INSERT] =
        "INSERT INTO events (msg_id, address, recipient, original_recipient, action, status,"
        " reply_code, reason, class, hard_bounce, diagnostic, remote_mta, smtp_command,"
        " feedback_type, rule, campaign, original_message_id, created_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
    [STORE_STMT_SUPP_GET] = "SELECT suppressed, manual, lifted_at, class FROM suppressions"
                            " WHERE address = ?1",
    [STORE_STMT_SUPP_INSERT] =
        "INSERT INTO suppressions (address, class, reason, status, feedback_type, first_seen,"
        " last_seen, count, soft_count, suppressed, suppressed_at, source_event, manual,"
        " updated_at, change_seq)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, 1, ?7, ?8, CASE WHEN ?8 THEN ?6 END, ?9, 0, ?10,"
        " (SELECT coalesce(max(change_seq), 0) + 1 FROM suppressions))",
    /* ?8: 0 record only, 1 take the event's verdict (suppress or, when not suppressed,
     * follow the latest event), 2 suppress. */
    [STORE_STMT_SUPP_UPDATE] =
        "UPDATE suppressions SET"
        " first_seen = min(first_seen, ?6), last_seen = max(last_seen, ?6), count = count + 1,"
        " soft_count = CASE WHEN ?7 >= 0 THEN ?7 ELSE soft_count END,"
        " class = CASE WHEN ?8 > 0 THEN ?2 ELSE class END,"
        " reason = CASE WHEN ?8 > 0 THEN ?3 ELSE reason END,"
        " status = CASE WHEN ?8 > 0 THEN ?4 ELSE status END,"
        " feedback_type = CASE WHEN ?8 > 0 THEN ?5 ELSE feedback_type END,"
        " source_event = CASE WHEN ?8 > 0 THEN ?9 ELSE source_event END,"
        " suppressed_at = CASE WHEN ?8 = 2 AND NOT suppressed THEN ?6 ELSE suppressed_at END,"
        " manual = CASE WHEN ?8 = 2 THEN 0 ELSE manual END,"
        " note = CASE WHEN ?8 = 2 THEN NULL ELSE note END,"
        " changed_by = CASE WHEN ?8 = 2 THEN NULL ELSE changed_by END,"
        " suppressed = CASE WHEN ?8 = 2 THEN 1 ELSE suppressed END,"
        " updated_at = ?10,"
        " change_seq = (SELECT coalesce(max(change_seq), 0) + 1 FROM suppressions)"
        " WHERE address = ?1",
    /* The first soft bounce of address in [?2, ?3] and its day number: the policy seeks once
     * per distinct day (?2 moves to the next day), so an address's every soft bounce in the
     * window is not read again for each new one.  INDEXED BY: without statistics the planner
     * may take (class, created_at); this index covers the query (schema 005). */
    [STORE_STMT_SOFT_NEXT_DAY] =
        "SELECT created_at, CAST(strftime('%s', substr(created_at, 1, 10)) AS INTEGER) / 86400"
        " FROM events INDEXED BY events_address_class_created"
        " WHERE address = ?1 AND class = 'soft' AND created_at >= ?2 AND created_at <= ?3"
        " ORDER BY created_at LIMIT 1",
    [STORE_STMT_MANUAL_INSERT] = "INSERT INTO manual_changes (address, suppressed, changed_at,"
                                 " changed_by, note) VALUES (?1, ?2, ?3, ?4, ?5)",
    [STORE_STMT_SAVEPOINT] = "SAVEPOINT message",
    [STORE_STMT_RELEASE] = "RELEASE message",
    [STORE_STMT_LOOKUP] =
        "SELECT address, suppressed, class, reason, status, feedback_type, first_seen, last_seen,"
        " count, soft_count, suppressed_at, source_event, manual, note, changed_by, lifted_at,"
        " updated_at, change_seq FROM suppressions WHERE address = ?1",
};

/* bd_store_options_init - the defaults of DESIGN.md §5-§6 */
void
bd_store_options_init(bd_store_options *o)
{
	memset(o, 0, sizeof(*o));
	o->path = g_strdup(STORE_DEFAULT_PATH);
	o->synchronous = 2;
	o->busy_timeout_ms = 5000;
	o->raw_retention_days = 0;
	o->soft_threshold = 3;
	o->soft_window_days = 14;
}

/* bd_store_options_clear - free what the options own */
void
bd_store_options_clear(bd_store_options *o)
{
	g_clear_pointer(&o->path, g_free);
}

/* options_int - read one integer key within [min, max] when present */
static gboolean
options_int(GKeyFile *kf, const char *group, const char *key, int min, int max, int *value,
            GError **error)
{
	GError *err = NULL;
	int v;

	if (!g_key_file_has_key(kf, group, key, NULL))
		return TRUE;
	v = g_key_file_get_integer(kf, group, key, &err);
	if (err != NULL) {
		g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_INVALID, "[%s] %s: %s", group,
		            key, err->message);
		g_error_free(err);
		return FALSE;
	}
	if (v < min || v > max) {
		g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_INVALID,
		            "[%s] %s: %d is outside %d..%d", group, key, v, min, max);
		return FALSE;
	}
	*value = v;
	return TRUE;
}

/* options_synchronous - [store] synchronous as a name (off, normal, full, extra) or 0-3 */
static gboolean
options_synchronous(GKeyFile *kf, bd_store_options *o, GError **error)
{
	static const char *const names[] = {"off", "normal", "full", "extra"};
	char *v = g_key_file_get_string(kf, "store", "synchronous", NULL);
	gboolean ok = FALSE;

	if (v == NULL)
		return TRUE;
	g_strstrip(v);
	for (int i = 0; i < 4 && !ok; i++) {
		char digit[2] = {(char)('0' + i), 0};

		if (g_ascii_strcasecmp(v, names[i]) == 0 || strcmp(v, digit) == 0) {
			o->synchronous = i;
			ok = TRUE;
		}
	}
	if (!ok)
		g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_INVALID,
		            "[store] synchronous: '%s' is not off, normal, full or extra", v);
	g_free(v);
	return ok;
}

/* bd_store_options_load - override o from [store] and [policy] of kf */
gboolean
bd_store_options_load(bd_store_options *o, GKeyFile *kf, GError **error)
{
	char *path = g_key_file_get_string(kf, "store", "path", NULL);

	if (path != NULL) {
		g_strstrip(path);
		if (*path == '\0') {
			g_free(path);
			g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_INVALID,
			            "[store] path is empty");
			return FALSE;
		}
		g_free(o->path);
		o->path = path;
	}
	return options_synchronous(kf, o, error) &&
	       options_int(kf, "store", "busy_timeout_ms", 0, 3600000, &o->busy_timeout_ms,
	                   error) &&
	       options_int(kf, "store", "raw_retention_days", 0, 100000, &o->raw_retention_days,
	                   error) &&
	       options_int(kf, "policy", "soft_threshold", 1, 1000, &o->soft_threshold, error) &&
	       options_int(kf, "policy", "soft_window_days", 1, 100000, &o->soft_window_days,
	                   error);
}

/* store_sql_error - turn the connection's last error into a GError; a lock still held by
 * another connection after busy_timeout is BUSY (worth a retry), anything else IO */
void
store_sql_error(bd_store *s, GError **error, const char *what)
{
	int primary = sqlite3_errcode(s->db) & 0xff;

	g_set_error(error, BD_STORE_ERROR,
	            primary == SQLITE_BUSY || primary == SQLITE_LOCKED ? BD_STORE_ERROR_BUSY
	                                                               : BD_STORE_ERROR_IO,
	            "%s: %s: %s", s->path, what, sqlite3_errmsg(s->db));
}

/* store_exec - run SQL that returns no rows */
gboolean
store_exec(bd_store *s, const char *sql, GError **error)
{
	if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK) {
		store_sql_error(s, error, sql);
		return FALSE;
	}
	return TRUE;
}

/* store_step_stmt - one step of a cached statement that returns nothing */
gboolean
store_step_stmt(bd_store *s, store_stmt_id id, GError **error)
{
	sqlite3_stmt *st = store_stmt(s, id, error);
	int rc;

	if (st == NULL)
		return FALSE;
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		store_sql_error(s, error, sqlite3_sql(st));
		return FALSE;
	}
	return TRUE;
}

/* store_stmt - a cached prepared statement, reset with its bindings cleared */
sqlite3_stmt *
store_stmt(bd_store *s, store_stmt_id id, GError **error)
{
	sqlite3_stmt *st = s->stmt[id];

	if (st == NULL) {
		if (sqlite3_prepare_v3(s->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT,
		                       &s->stmt[id], NULL) != SQLITE_OK) {
			store_sql_error(s, error, "prepare");
			return NULL;
		}
		return s->stmt[id];
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return st;
}

/* store_bind_text - bind a string or NULL; SQLITE_TRANSIENT because callers free early */
void
store_bind_text(sqlite3_stmt *st, int col, const char *s)
{
	if (s == NULL)
		sqlite3_bind_null(st, col);
	else
		sqlite3_bind_text(st, col, s, -1, SQLITE_TRANSIENT);
}

/* store_column_dup - copy of a text column */
char *
store_column_dup(sqlite3_stmt *st, int col)
{
	return g_strdup((const char *)sqlite3_column_text(st, col));
}

/* store_check_file - refuse an existing file that is not an SQLite database, untouched */
static gboolean
store_check_file(const char *path, GError **error)
{
	char head[16];
	FILE *f = fopen(path, "rb");
	size_t n;

	if (f == NULL)
		return TRUE; /* absent (created later) or unreadable (sqlite reports it) */
	n = fread(head, 1, sizeof(head), f);
	fclose(f);
	if (n == 0)
		return TRUE; /* an empty file is a new database for SQLite too */
	if (n < sizeof(head) || memcmp(head, STORE_SQLITE_MAGIC, sizeof(STORE_SQLITE_MAGIC)) != 0) {
		g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_OPEN,
		            "%s: not an SQLite database (refusing to touch it)", path);
		return FALSE;
	}
	return TRUE;
}

/* store_user_version - PRAGMA user_version, or -1 with *error set (corrupt file…) */
static int
store_user_version(bd_store *s, GError **error)
{
	sqlite3_stmt *st = NULL;
	int v = -1;

	if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	if (v < 0)
		g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_OPEN, "%s: cannot read: %s",
		            s->path, sqlite3_errmsg(s->db));
	sqlite3_finalize(st);
	return v;
}

/* store_configure - pragmas of the connection, before and after the version check */
static gboolean
store_configure(bd_store *s, const bd_store_options *o, GError **error)
{
	static const char *const sync_names[] = {"OFF", "NORMAL", "FULL", "EXTRA"};
	char sql[64];
	int version;

	sqlite3_busy_timeout(s->db, o->busy_timeout_ms);
	version = store_user_version(s, error);
	if (version < 0)
		return FALSE;
	/* a 64 MB page cache: index updates and lookups of a large database stay off the
	 * read() path.  No mmap: memory stays bounded by the cache, and an I/O error is an
	 * error code, not a SIGBUS. */
	if (!store_exec(s,
	                "PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536;"
	                " PRAGMA temp_store = MEMORY",
	                error))
		return FALSE;
	if (version > store_schema_version()) {
		g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_VERSION,
		            "%s: database schema version %d is newer than this program knows (%d);"
		            " use a newer bounced",
		            s->path, version, store_schema_version());
		return FALSE;
	}
	if (s->read_only) {
		if (version < store_schema_version()) {
			g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_OPEN,
			            "%s: database schema version %d needs an upgrade to %d, which"
			            " a read-only open cannot do",
			            s->path, version, store_schema_version());
			return FALSE;
		}
		return TRUE;
	}
	if (!store_exec(s, "PRAGMA journal_mode = WAL", error))
		return FALSE;
	g_snprintf(sql, sizeof(sql), "PRAGMA synchronous = %s",
	           sync_names[CLAMP(o->synchronous, 0, 3)]);
	if (!store_exec(s, sql, error))
		return FALSE;
	return store_migrate(s->db, 0, error);
}

/* bd_store_process_init - SQLite memory statistics off, once per process */
void
bd_store_process_init(void)
{
	static gsize once = 0;

	if (g_once_init_enter(&once)) {
		/* SQLITE_MISUSE when SQLite is already initialised: the setting then stays */
		(void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
		g_once_init_leave(&once, 1);
	}
}

/* bd_store_open - open, create and migrate the database of o */
bd_store *
bd_store_open(const bd_store_options *o, GError **error)
{
	bd_store *s;
	int flags =
	    o->read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	const char *path = o->path != NULL ? o->path : STORE_DEFAULT_PATH;

	if (!store_check_file(path, error))
		return NULL;
	if (!o->read_only && !g_file_test(path, G_FILE_TEST_EXISTS)) {
		char *dir = g_path_get_dirname(path);

		if (g_mkdir_with_parents(dir, 0750) != 0) {
			g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_OPEN, "%s: %s", dir,
			            g_strerror(errno));
			g_free(dir);
			return NULL;
		}
		g_free(dir);
	}
	s = g_new0(bd_store, 1);
	s->path = g_strdup(path);
	s->soft_threshold = o->soft_threshold;
	s->soft_window_days = o->soft_window_days;
	s->raw_retention_days = o->raw_retention_days;
	if (sqlite3_open_v2(path, &s->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_OPEN, "%s: %s", path,
		            s->db ? sqlite3_errmsg(s->db) : "out of memory");
		bd_store_close(&s);
		return NULL;
	}
	s->read_only = o->read_only || sqlite3_db_readonly(s->db, "main") == 1;
	sqlite3_extended_result_codes(s->db, 1);
	if (!store_configure(s, o, error)) {
		bd_store_close(&s);
		return NULL;
	}
	if (!s->read_only && s->raw_retention_days > 0 && !bd_store_prune_raw(s, 0, NULL, error)) {
		bd_store_close(&s);
		return NULL;
	}
	return s;
}

/* bd_store_set_policy - new soft-bounce thresholds (config reload) */
void
bd_store_set_policy(bd_store *s, int soft_threshold, int soft_window_days)
{
	if (soft_threshold >= 1)
		s->soft_threshold = soft_threshold;
	if (soft_window_days >= 1)
		s->soft_window_days = soft_window_days;
}

/* bd_store_close - roll back what is pending, finalize, close */
void
bd_store_close(bd_store **store)
{
	bd_store *s = *store;

	if (s == NULL)
		return;
	if (s->in_tx)
		bd_store_rollback(s);
	store_checkpoint_stop(s);
	for (int i = 0; i < STORE_STMT_MAX; i++)
		sqlite3_finalize(s->stmt[i]);
	sqlite3_close_v2(s->db);
	g_free(s->path);
	g_free(s);
	*store = NULL;
}

/* bd_store_begin - start a write transaction (taking the write lock now) */
gboolean
bd_store_begin(bd_store *s, GError **error)
{
	if (s->in_tx) {
		g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_INVALID,
		            "a transaction is already open");
		return FALSE;
	}
	if (!store_exec(s, "BEGIN IMMEDIATE", error))
		return FALSE;
	s->in_tx = TRUE;
	return TRUE;
}

/* bd_store_commit - make the transaction durable; on failure everything is rolled back */
gboolean
bd_store_commit(bd_store *s, GError **error)
{
	if (!s->in_tx) {
		g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_IO,
		            "no open transaction (rolled back after an earlier error?)");
		return FALSE;
	}
	if (!store_exec(s, "COMMIT", error)) {
		bd_store_rollback(s);
		return FALSE;
	}
	s->in_tx = FALSE;
	return TRUE;
}

/* bd_store_rollback - drop the open transaction, if any */
void
bd_store_rollback(bd_store *s)
{
	if (sqlite3_get_autocommit(s->db) == 0)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	s->in_tx = FALSE;
}

/* bd_store_save - one message in a transaction of its own */
gboolean
bd_store_save(bd_store *s, const bd_message_in *m, gint64 *id_r, gboolean *duplicate_r,
              GError **error)
{
	if (!bd_store_begin(s, error))
		return FALSE;
	if (!bd_store_add_message(s, m, id_r, duplicate_r, error)) {
		bd_store_rollback(s);
		return FALSE;
	}
	return bd_store_commit(s, error);
}
