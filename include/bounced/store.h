/* store.h - SQLite storage of messages, events and the suppression list (DESIGN.md §5-§6) */
#ifndef BOUNCED_STORE_H
#define BOUNCED_STORE_H

#include <stddef.h>
#include <glib.h>
#include <bounced/report.h>

G_BEGIN_DECLS

#define BD_STORE_ERROR (bd_store_error_quark())
GQuark bd_store_error_quark(void);

typedef enum bd_store_error_code {
	BD_STORE_ERROR_OPEN,    /* cannot open / not a database */
	BD_STORE_ERROR_VERSION, /* database newer than this binary */
	BD_STORE_ERROR_IO,      /* any SQLite failure on read or write (disk full, read-only…) */
	BD_STORE_ERROR_INVALID, /* bad argument (address, time…) */
	BD_STORE_ERROR_NOTFOUND,
	BD_STORE_ERROR_BUSY, /* another connection held the lock past busy_timeout: retry later */
} bd_store_error_code;

typedef struct bd_store bd_store;

/* Settings; bd_store_options_init fills the defaults. */
typedef struct bd_store_options {
	char *path;             /* database file (default ./var/bounced.db) */
	int synchronous;        /* 0 OFF, 1 NORMAL, 2 FULL (default), 3 EXTRA */
	int busy_timeout_ms;    /* default 5000 */
	int raw_retention_days; /* drop raw bytes older than this; 0 keeps them forever */
	int soft_threshold;     /* soft bounces on distinct days that suppress (default 3) */
	int soft_window_days;   /* … within this many days (default 14) */
	gboolean read_only;     /* open read-only (SQLITE_OPEN_READONLY): no migration, no writes */
} bd_store_options;

/* bd_store_options_init - fill o with the defaults (path is g_strdup'd) */
void bd_store_options_init(bd_store_options *o);
/* bd_store_options_clear - free what o owns */
void bd_store_options_clear(bd_store_options *o);
/*
 * bd_store_options_load - override o from the [store] and [policy] groups of
 * a GKeyFile (keys: path, synchronous, busy_timeout_ms, raw_retention_days;
 * soft_threshold, soft_window_days).  Absent keys keep their value.
 */
gboolean bd_store_options_load(bd_store_options *o, GKeyFile *kf, GError **error);

/*
 * bd_store_process_init - process-wide SQLite settings: memory statistics off (they take a
 * global mutex on every SQLite allocation and nothing reads them).  Call once at start-up,
 * before any thread uses SQLite; a call after SQLite is initialised changes nothing.
 */
void bd_store_process_init(void);

/*
 * bd_store_open - open the database, creating it (and its folder) when absent and migrating
 * an older schema in one transaction; a file that is not an SQLite database
 * (BD_STORE_ERROR_OPEN) or a newer schema (BD_STORE_ERROR_VERSION) is refused untouched.
 * Drops raw bytes past raw_retention_days.  Takes the write lock only when it has something
 * to write, so readers can open while the daemon commits.  NULL with *error set on failure.
 * A file the process may not write is opened read-only: reads work, writes fail (IO).
 */
bd_store *bd_store_open(const bd_store_options *o, GError **error);
/* bd_store_set_policy - change the soft-bounce thresholds of an open store (SIGHUP reload) */
void bd_store_set_policy(bd_store *s, int soft_threshold, int soft_window_days);
/* bd_store_set_cache_size - SQLite page cache of this connection in KiB (the daemon, which
 * only appends, keeps it small to bound its memory) */
gboolean bd_store_set_cache_size(bd_store *s, int kib, GError **error);
/*
 * bd_store_checkpoint_in_background - from now on the WAL checkpoints of s run on a thread of
 * their own with a second connection, once the WAL holds wal_pages pages (0: 4,000), instead
 * of inside the commit that takes the WAL past 1,000 pages (for a writer whose commits are its
 * bottleneck).  Stopped by bd_store_close.  Nothing to do for a read-only store or when it
 * already runs.  FALSE with *error set when the second connection cannot be opened.
 */
gboolean bd_store_checkpoint_in_background(bd_store *s, int wal_pages, GError **error);
/* bd_store_checkpoint_wait - wait until the checkpoint thread is idle; the checkpoints it made
 * so far (0 without one) */
guint64 bd_store_checkpoint_wait(bd_store *s);
/* bd_store_close - close and set *store to NULL */
void bd_store_close(bd_store **store);

/* One received message with its envelope and parse result. */
typedef struct bd_message_in {
	const char *data; /* raw bytes, as received */
	size_t len;
	gint64 received_at; /* unix seconds; 0 means now */
	const char *client; /* peer address, or NULL */
	const char *mail_from;
	const char *const *rcpt_to;
	size_t n_rcpt_to;
	const bd_report *report; /* borrowed; must not be NULL */
	/* optional, both or neither: the work of bd_store_prepare_raw done on another thread
	 * (a parsing worker) so the committing thread only writes */
	const char *sha256; /* hex SHA-256 of data */
	GBytes *compressed; /* zlib form of data (borrowed) */
} bd_message_in;

/*
 * bd_store_prepare_raw - what bd_store_add_message computes from the raw bytes (SHA-256 and
 * the compressed form), for any thread: each thread keeps one compressor.  *sha256_r is
 * g_malloc'd, *compressed_r a new GBytes.
 */
gboolean bd_store_prepare_raw(const char *data, size_t len, char **sha256_r, GBytes **compressed_r,
                              GError **error);

/*
 * Group commit: bd_store_begin, any number of bd_store_add_message, then
 * bd_store_commit (durable on return with synchronous=FULL) or
 * bd_store_rollback.  Not thread-safe: one thread owns a bd_store.
 * A failed bd_store_add_message undoes that message only, unless SQLite had to
 * roll the whole transaction back (disk full, I/O error): then the error says
 * "transaction rolled back", bd_store_commit fails and the whole batch must be
 * treated as not stored (LMTP: 451 for each message of the batch).
 */
gboolean bd_store_begin(bd_store *s, GError **error);
/* bd_store_add_message - store m, its events and the suppression changes; *id_r the messages.id
 * (the existing one with *duplicate_r TRUE when the same sha256 is already stored) */
gboolean bd_store_add_message(bd_store *s, const bd_message_in *m, gint64 *id_r,
                              gboolean *duplicate_r, GError **error);
gboolean bd_store_commit(bd_store *s, GError **error);
void bd_store_rollback(bd_store *s);

/* bd_store_save - bd_store_add_message in a transaction of its own */
gboolean bd_store_save(bd_store *s, const bd_message_in *m, gint64 *id_r, gboolean *duplicate_r,
                       GError **error);

/* The suppression state of one address (a row of the suppressions table). */
typedef struct bd_suppression {
	char *address; /* the key (lower case) */
	gboolean suppressed;
	char *klass; /* hard, soft, complaint, manual, or NULL */
	char *reason;
	char *status;
	char *feedback_type;
	char *first_seen; /* ISO-8601 UTC text, as stored */
	char *last_seen;
	gint64 count;   /* recipient-side events seen */
	int soft_count; /* distinct soft-bounce days in the window at the last soft bounce */
	char *suppressed_at;
	gint64 source_event; /* events.id that decided the state, 0 when none */
	gboolean manual;     /* the state was set by hand */
	char *note;
	char *changed_by;
	char *lifted_at; /* last manual unsuppress */
	char *updated_at;
	gint64 change_seq; /* monotonic, for incremental sync */
} bd_suppression;

/* bd_suppression_clear - free what r owns and zero it */
void bd_suppression_clear(bd_suppression *r);

/*
 * bd_store_lookup - the state of address (normalised with bd_address_key).  *found_r is
 * FALSE, with r->address set and nothing else, when the address has no row.  An invalid
 * address is BD_STORE_ERROR_INVALID.  Clear r with bd_suppression_clear.
 */
gboolean bd_store_lookup(bd_store *s, const char *address, bd_suppression *r, gboolean *found_r,
                         GError **error);

/*
 * bd_store_set_manual - a manual suppress (suppress TRUE) or unsuppress by who (by) and why
 * (note), at time at (0 = now).  A manual suppress holds against every later event; after
 * an unsuppress only later events count, so a later hard bounce suppresses again.  Runs in
 * its own transaction unless one is open.
 */
gboolean bd_store_set_manual(bd_store *s, const char *address, gboolean suppress, const char *by,
                             const char *note, gint64 at, GError **error);

/* bd_store_prune_raw - drop raw bytes of messages older than raw_retention_days before now
 * (0 = the clock), keeping rows and events; *n_r (may be NULL) the messages pruned.  Also run
 * by bd_store_open. */
gboolean bd_store_prune_raw(bd_store *s, gint64 now, gint64 *n_r, GError **error);

/* bd_store_parse_time - a time argument: ISO date (2026-01-31), date-time
 * (2026-01-31T12:00:00Z) or an age before now (90s, 30m, 24h, 7d, 2w) */
gboolean bd_store_parse_time(const char *text, gint64 now, gint64 *t_r, GError **error);

G_END_DECLS

#endif
