/* store_internal.h - what the store sources share; not a public interface */
#ifndef STORE_INTERNAL_H
#define STORE_INTERNAL_H

#include <gio/gio.h>
#include <sqlite3.h>
#include <bounced/store.h>

/* Prepared statements, each compiled once per connection (store_stmt). */
typedef enum store_stmt_id {
	STORE_STMT_MESSAGE_BY_SHA,
	STORE_STMT_MESSAGE_INSERT,
	STORE_STMT_EVENT_INSERT,
	STORE_STMT_SUPP_GET,
	STORE_STMT_SUPP_INSERT,
	STORE_STMT_SUPP_UPDATE,
	STORE_STMT_SOFT_NEXT_DAY,
	STORE_STMT_MANUAL_INSERT,
	STORE_STMT_LOOKUP,
	STORE_STMT_SAVEPOINT,
	STORE_STMT_RELEASE,
	STORE_STMT_MAX
} store_stmt_id;

/* The WAL size, in pages, at which the checkpoint thread starts a checkpoint by default: four
 * times SQLite's own 1,000, so that pages written by many transactions (index leaves, the
 * suppression rows) are copied into the database once; and how many times that the WAL may
 * reach before the writer checkpoints itself (checkpoint.c). */
#define STORE_CHECKPOINT_PAGES 4000
#define STORE_CHECKPOINT_BACKSTOP 4

typedef struct store_checkpointer store_checkpointer;

struct bd_store {
	sqlite3 *db;
	char *path;
	gboolean read_only;
	int soft_threshold;
	int soft_window_days;
	int raw_retention_days;
	gboolean in_tx;
	gboolean replaying; /* store_policy_rebuild: events come in time order */
	sqlite3_stmt *stmt[STORE_STMT_MAX];
	store_checkpointer *checkpointer; /* bd_store_checkpoint_in_background, or NULL */
};

/* store_stmt - the prepared statement id, reset and ready to bind; NULL with *error set */
sqlite3_stmt *store_stmt(bd_store *s, store_stmt_id id, GError **error);
/* store_sql_error - set *error from the connection's last error, prefixed by what */
void store_sql_error(bd_store *s, GError **error, const char *what);
/* store_step_stmt - run a cached statement without parameters or results */
gboolean store_step_stmt(bd_store *s, store_stmt_id id, GError **error);
/* store_exec - run SQL without results; FALSE with *error set on failure */
gboolean store_exec(bd_store *s, const char *sql, GError **error);

/* store_bind_text - bind s (NULL binds NULL); transient copy not needed for the statement's life */
void store_bind_text(sqlite3_stmt *st, int col, const char *s);
/* store_column_dup - a g_strdup of a text column (NULL stays NULL) */
char *store_column_dup(sqlite3_stmt *st, int col);

/* store_checkpoint_stop - end the checkpoint thread of s, if any (bd_store_close) */
void store_checkpoint_stop(bd_store *s);

/* store_migrate - apply every embedded migration above the database's user_version, up to
 * target (0 = all), in one transaction */
gboolean store_migrate(sqlite3 *db, int target, GError **error);
/* store_schema_version - the newest migration compiled in */
int store_schema_version(void);

/* store_time_format - ISO-8601 UTC text of unix seconds into buf (at least 21 bytes) */
char *store_time_format(gint64 t, char buf[static 32]);
/* store_time_parse_iso - unix seconds of 'YYYY-MM-DDTHH:MM:SSZ' (or a date); FALSE if bad */
gboolean store_time_parse_iso(const char *text, gint64 *t_r);

/* store_raw_compress - zlib stream of data (raw.c); newly allocated bytes */
GBytes *store_raw_compress(bd_store *s, const char *data, size_t len, GError **error);
/* store_raw_sha256 - lower-case hex SHA-256 of data (newly allocated) */
char *store_raw_sha256(const char *data, size_t len);
/* store_raw_decompress - inverse of store_raw_compress, refusing output above max bytes */
GBytes *store_raw_decompress(const void *data, size_t len, size_t max, GError **error);

/* store_event_insert - one events row for rec of message msg_id; its id, or -1 */
gint64 store_event_insert(bd_store *s, gint64 msg_id, const bd_report *r, const bd_record *rec,
                          const char *address, const char *campaign, const char *at,
                          GError **error);
/* store_report_campaign - the campaign headers of r as "Name: value; …", or NULL */
char *store_report_campaign(const bd_report *r);
/* store_events_add - the events of r (stored as message msg_id, time at) and their policy */
gboolean store_events_add(bd_store *s, gint64 msg_id, const bd_report *r, gint64 at,
                          GError **error);

/* store_policy_apply_event - update the suppression row of address for a newly stored event */
gboolean store_policy_apply_event(bd_store *s, const char *address, gint64 event_id,
                                  const bd_record *rec, gint64 at, GError **error);

/* store_manual_apply - the suppression row after one manual decision (no audit row) */
gboolean store_manual_apply(bd_store *s, const char *key, gboolean suppress, const char *by,
                            const char *note, gint64 at, GError **error);
/* store_policy_rebuild - derive the row of address again from its events and manual changes
 * in time order; *changed_r (may be NULL) TRUE when the row differs from before */
gboolean store_policy_rebuild(bd_store *s, const char *address, gboolean *changed_r,
                              GError **error);

/* store_suppression_read - fill r from a row in the column order of STORE_STMT_LOOKUP */
void store_suppression_read(sqlite3_stmt *st, bd_suppression *r);

#endif
