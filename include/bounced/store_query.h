/* store_query.h - reading the store: suppressions, events, messages, statistics, reparse */
#ifndef BOUNCED_STORE_QUERY_H
#define BOUNCED_STORE_QUERY_H

#include <bounced/store.h>

G_BEGIN_DECLS

/* Which rows a listing returns; zero-initialise and set what matters. */
typedef struct bd_store_filter {
	gint64 since;        /* unix seconds: suppressions changed / events created at or after */
	const char *klass;   /* class name, or NULL */
	const char *reason;  /* reason word, or NULL */
	const char *domain;  /* recipient domain (exact, case-insensitive), or NULL */
	const char *address; /* events: one address (normalised here), or NULL */
	gint64 limit;        /* at most this many rows; 0 = all */
	gint64 after;        /* cursor: change_seq (suppressions) or id (events) above this */
	gboolean all;        /* suppressions: also rows that are not suppressed */
} bd_store_filter;

/* One row of the events table.  Owns everything; free with bd_event_clear. */
typedef struct bd_event {
	gint64 id;
	gint64 msg_id; /* messages.id of the message that carried it */
	char *address; /* lookup key */
	bd_record *record;
	char *campaign;
	char *original_message_id;
	char *created_at;
} bd_event;

/* One row of the messages table, without the raw bytes.  Free with bd_stored_message_clear. */
typedef struct bd_stored_message {
	gint64 id;
	char *received_at;
	char *mail_from;
	char *rcpt_to;
	char *client;
	char *message_id;
	gint64 size;
	char *sha256;
	char *kind;
	char *mta;
	char *parse_error;
	gboolean has_raw; /* FALSE once retention dropped the bytes */
} bd_stored_message;

/* Row callbacks: the row is borrowed for the call; return FALSE to stop early. */
typedef gboolean (*bd_suppression_fn)(const bd_suppression *row, gpointer user_data);
typedef gboolean (*bd_event_fn)(const bd_event *row, gpointer user_data);
/* bd_stats_fn - one statistic: section ("messages by kind"…), key, count */
typedef void (*bd_stats_fn)(const char *section, const char *key, gint64 count, gpointer user_data);

void bd_event_clear(bd_event *ev);
/* bd_event_append_json - ev as one JSON object (`bouncectl events --json`, GET /v1/events) */
void bd_event_append_json(GString *out, const bd_event *ev);
void bd_stored_message_clear(bd_stored_message *m);

/* bd_store_list - suppressions in change order (change_seq), streamed to fn; suppressed rows
 * only unless f->all */
gboolean bd_store_list(bd_store *s, const bd_store_filter *f, bd_suppression_fn fn,
                       gpointer user_data, GError **error);
/* bd_store_events - events in id order, streamed to fn */
gboolean bd_store_events(bd_store *s, const bd_store_filter *f, bd_event_fn fn, gpointer user_data,
                         GError **error);
/* bd_store_event_get - one event by id; *found_r FALSE when there is none */
gboolean bd_store_event_get(bd_store *s, gint64 id, bd_event *ev, gboolean *found_r,
                            GError **error);
/* bd_store_message_get - one message by id and, when raw_r is not NULL, its raw bytes
 * (NULL when dropped by retention); *found_r FALSE when there is none */
gboolean bd_store_message_get(bd_store *s, gint64 id, bd_stored_message *m, GBytes **raw_r,
                              gboolean *found_r, GError **error);
/* bd_store_stats - counts per kind, class, reason and suppression state since a time */
gboolean bd_store_stats(bd_store *s, gint64 since, bd_stats_fn fn, gpointer user_data,
                        GError **error);

/* bd_store_gauges - whole-database counts cheap enough for monitoring (GET /metrics):
 * "events by class", "suppressions" (key "rows") and "suppressed by class" */
gboolean bd_store_gauges(bd_store *s, bd_stats_fn fn, gpointer user_data, GError **error);

/* bd_store_read_begin - a read transaction: the lookups until bd_store_read_end see one
 * snapshot and share one read lock (no writes in between) */
gboolean bd_store_read_begin(bd_store *s, GError **error);
/* bd_store_read_end - end the read transaction of bd_store_read_begin */
void bd_store_read_end(bd_store *s);

/* What a reparse changed. */
typedef struct bd_reparse_stats {
	gint64 messages;         /* messages parsed again */
	gint64 skipped;          /* messages without raw bytes (retention) */
	gint64 changed_messages; /* messages whose events differ */
	gint64 events_before;    /* events of those messages before … */
	gint64 events_after;     /* … and after */
	gint64 newly_suppressed; /* addresses suppressed now that were not */
	gint64 lifted;           /* addresses no longer suppressed */
} bd_reparse_stats;

/* bd_reparse_fn - parse raw bytes again (the caller's parser); returns a new report */
typedef bd_report *(*bd_reparse_fn)(const char *data, size_t len, gpointer user_data);
/* bd_reparse_note_fn - one line describing a change ("msg 12: a@b: hard/userunknown -> …") */
typedef void (*bd_reparse_note_fn)(const char *line, gpointer user_data);
/* bd_reparse_progress_fn - done of total messages */
typedef void (*bd_reparse_progress_fn)(gint64 done, gint64 total, gpointer user_data);

typedef struct bd_reparse_callbacks {
	bd_reparse_fn parse;
	bd_reparse_note_fn note;         /* may be NULL */
	bd_reparse_progress_fn progress; /* may be NULL */
	gpointer user_data;
} bd_reparse_callbacks;

/*
 * bd_store_reparse - parse every stored message received since a time (0: all) again,
 * replace its events, re-derive the suppressions of the addresses involved (manual
 * decisions replayed), in batches of batch messages per transaction.
 */
gboolean bd_store_reparse(bd_store *s, gint64 since, unsigned batch, const bd_reparse_callbacks *cb,
                          bd_reparse_stats *stats, GError **error);

G_END_DECLS

#endif
