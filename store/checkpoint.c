/* checkpoint.c - WAL checkpoints on a thread of their own (bd_store_checkpoint_in_background)
 *
 * SQLite checkpoints inside the COMMIT that takes the WAL past 1,000 pages: the writer copies
 * the pages into the database file and fsyncs it before it can start the next transaction.  A
 * daemon whose one writer is its bottleneck moves that work to a second connection on another
 * thread.  A PASSIVE checkpoint never blocks the writer, and the writer restarts the WAL at
 * the start of the first transaction after a checkpoint that copied everything. */
#include "store_internal.h"

#define CHECKPOINT_SQLITE_DEFAULT 1000 /* SQLite's own wal_autocheckpoint */

struct store_checkpointer {
	sqlite3 *db;   /* the checkpoint thread's own connection */
	int wal_pages; /* checkpoint once the WAL holds this many pages */
	GThread *thread;
	GMutex lock;
	GCond wake;       /* the thread: a checkpoint is wanted, or stop */
	GCond idle;       /* bd_store_checkpoint_wait: a checkpoint ended */
	gboolean wanted;  /* the WAL crossed wal_pages since the last run */
	gboolean running; /* a checkpoint is under way */
	gboolean stop;
	guint64 runs; /* checkpoints made by the thread */
};

/* checkpoint_main - the thread: one PASSIVE checkpoint per wake-up until told to stop */
static gpointer
checkpoint_main(gpointer data)
{
	store_checkpointer *c = data;

	g_mutex_lock(&c->lock);
	for (;;) {
		while (!c->wanted && !c->stop)
			g_cond_wait(&c->wake, &c->lock);
		if (c->stop)
			break;
		c->wanted = FALSE;
		c->running = TRUE;
		g_mutex_unlock(&c->lock);
		/* an error (busy: another checkpointer) is left for the next wake-up */
		(void)sqlite3_wal_checkpoint_v2(c->db, "main", SQLITE_CHECKPOINT_PASSIVE, NULL,
		                                NULL);
		g_mutex_lock(&c->lock);
		c->running = FALSE;
		c->runs++;
		g_cond_broadcast(&c->idle);
	}
	g_mutex_unlock(&c->lock);
	return NULL;
}

/* checkpoint_wal_hook - after each commit of the writer: wake the thread once the WAL holds
 * wal_pages; past STORE_CHECKPOINT_BACKSTOP times that (the thread cannot keep up, or a
 * reader pins the WAL) checkpoint here, as SQLite would, so the WAL stays bounded */
static int
checkpoint_wal_hook(void *arg, sqlite3 *db, const char *name, int n_pages)
{
	store_checkpointer *c = arg;

	if (n_pages < c->wal_pages)
		return SQLITE_OK;
	if (n_pages >= c->wal_pages * STORE_CHECKPOINT_BACKSTOP) {
		(void)sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
		return SQLITE_OK;
	}
	g_mutex_lock(&c->lock);
	c->wanted = TRUE;
	g_cond_signal(&c->wake);
	g_mutex_unlock(&c->lock);
	return SQLITE_OK;
}

/* checkpoint_open - the second connection, with the writer's synchronous setting (a
 * checkpoint fsyncs the database file according to it) */
static sqlite3 *
checkpoint_open(bd_store *s, GError **error)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	int sync = 2;
	char sql[64];

	if (sqlite3_prepare_v2(s->db, "PRAGMA synchronous", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		sync = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	g_snprintf(sql, sizeof(sql), "PRAGMA synchronous = %d", sync);
	if (sqlite3_open_v2(s->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) !=
	        SQLITE_OK ||
	    sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK) {
		g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_OPEN,
		            "%s: checkpoint connection: %s", s->path,
		            db ? sqlite3_errmsg(db) : "out of memory");
		sqlite3_close_v2(db);
		return NULL;
	}
	return db;
}

/* bd_store_checkpoint_in_background - checkpoints of s's WAL from now on run on a thread */
gboolean
bd_store_checkpoint_in_background(bd_store *s, int wal_pages, GError **error)
{
	store_checkpointer *c;

	if (s->checkpointer != NULL || s->read_only)
		return TRUE;
	c = g_new0(store_checkpointer, 1);
	c->db = checkpoint_open(s, error);
	if (c->db == NULL) {
		g_free(c);
		return FALSE;
	}
	c->wal_pages = wal_pages > 0 ? MIN(wal_pages, G_MAXINT / STORE_CHECKPOINT_BACKSTOP)
	                             : STORE_CHECKPOINT_PAGES;
	g_mutex_init(&c->lock);
	g_cond_init(&c->wake);
	g_cond_init(&c->idle);
	c->thread = g_thread_new("checkpoint", checkpoint_main, c);
	s->checkpointer = c;
	/* replaces SQLite's own checkpoint-on-commit (sqlite3_wal_autocheckpoint) */
	sqlite3_wal_hook(s->db, checkpoint_wal_hook, c);
	return TRUE;
}

/* bd_store_checkpoint_wait - wait until no checkpoint is wanted or under way; the number
 * of checkpoints the thread made so far (0 without a thread) */
guint64
bd_store_checkpoint_wait(bd_store *s)
{
	store_checkpointer *c = s->checkpointer;
	guint64 runs;

	if (c == NULL)
		return 0;
	g_mutex_lock(&c->lock);
	while (c->wanted || c->running)
		g_cond_wait(&c->idle, &c->lock);
	runs = c->runs;
	g_mutex_unlock(&c->lock);
	return runs;
}

/* store_checkpoint_stop - end the thread and close its connection (bd_store_close) */
void
store_checkpoint_stop(bd_store *s)
{
	store_checkpointer *c = s->checkpointer;

	if (c == NULL)
		return;
	s->checkpointer = NULL;
	/* back to SQLite's checkpoint-on-commit for what the connection still writes */
	sqlite3_wal_autocheckpoint(s->db, CHECKPOINT_SQLITE_DEFAULT);
	g_mutex_lock(&c->lock);
	c->stop = TRUE;
	g_cond_broadcast(&c->wake);
	g_mutex_unlock(&c->lock);
	g_thread_join(c->thread);
	sqlite3_close_v2(c->db);
	g_mutex_clear(&c->lock);
	g_cond_clear(&c->wake);
	g_cond_clear(&c->idle);
	g_free(c);
}
