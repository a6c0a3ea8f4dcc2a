/* import_pipe.h - parse messages on worker threads, store them in order on the caller's */
#ifndef BOUNCECTL_IMPORT_PIPE_H
#define BOUNCECTL_IMPORT_PIPE_H

#include <bounced/parse.h>

/* One message on its way: bytes in, report out. */
typedef struct import_job {
	const char *data; /* the bytes: into owned or into mf */
	size_t len;
	char *owned;        /* g_malloc'd bytes, or NULL */
	GMappedFile *mf;    /* a reference on the mapped file data points into, or NULL */
	char *client;       /* where it came from (file, file#N) */
	gint64 mtime;       /* fallback receive time */
	gint64 received_at; /* set by a worker: the Date header, else mtime */
	bd_report *report;  /* set by a worker … */
	char *sha256;       /* … with the digest … */
	GBytes *compressed; /* … and the compressed bytes (NULL if that failed) */
	gboolean done;
} import_job;

/* import_store_fn - store one parsed job, in submission order; FALSE stops the pipe */
typedef gboolean (*import_store_fn)(import_job *job, gpointer user_data);

typedef struct import_pipe import_pipe;

/* import_time_fn - a job's receive time from its report (runs on a worker) */
typedef gint64 (*import_time_fn)(const bd_report *r, gint64 fallback);

/* import_pipe_new - threads parse with opts (borrowed, must outlive the pipe) */
import_pipe *import_pipe_new(const bd_parse_options *opts, import_time_fn time_of,
                             import_store_fn store, gpointer user_data);
/* import_pipe_push - queue job (the pipe takes it); stores finished jobs to bound memory;
 * FALSE once a store call failed */
gboolean import_pipe_push(import_pipe *p, import_job *job);
/* import_pipe_finish - store every queued job; FALSE when a store call failed */
gboolean import_pipe_finish(import_pipe *p);
/* import_pipe_free - stop the threads, drop what is left, set *p to NULL */
void import_pipe_free(import_pipe **p);

#endif
