/* import_pipe.c - parsing is the costly part of an import and is pure (bd_parse), so it runs
 * on a thread pool while the calling thread stores the results in their original order */
#include <bounced/store.h>
#include "import_pipe.h"

#define PIPE_MAX_JOBS 256                   /* queued messages at most … */
#define PIPE_MAX_BYTES (128u * 1024 * 1024) /* … and bytes of them */
#define PIPE_MAX_THREADS 8

struct import_pipe {
	GThreadPool *pool;
	const bd_parse_options *opts;
	import_time_fn time_of;
	import_store_fn store;
	gpointer user_data;
	GMutex lock;
	GCond done_cond;
	GQueue queue; /* import_job *, submission order */
	size_t queued_bytes;
	gboolean failed;
};

/* pipe_job_free - free a job and what it holds */
static void
pipe_job_free(import_job *job)
{
	bd_report_free(&job->report);
	g_free(job->sha256);
	if (job->compressed != NULL)
		g_bytes_unref(job->compressed);
	g_free(job->owned);
	if (job->mf != NULL)
		g_mapped_file_unref(job->mf);
	g_free(job->client);
	g_free(job);
}

/* pipe_work - a worker: parse one job and prepare its raw bytes for the store */
static void
pipe_work(gpointer data, gpointer user_data)
{
	import_job *job = data;
	import_pipe *p = user_data;
	bd_report *r = bd_parse(job->data, job->len, NULL, p->opts);

	if (!bd_store_prepare_raw(job->data, job->len, &job->sha256, &job->compressed, NULL))
		job->sha256 = NULL; /* the store computes them itself */
	job->received_at = p->time_of(r, job->mtime);
	g_mutex_lock(&p->lock);
	job->report = r;
	job->done = TRUE;
	g_cond_broadcast(&p->done_cond);
	g_mutex_unlock(&p->lock);
}

/* import_pipe_new - a pool of one thread per processor (at most PIPE_MAX_THREADS) */
import_pipe *
import_pipe_new(const bd_parse_options *opts, import_time_fn time_of, import_store_fn store,
                gpointer user_data)
{
	import_pipe *p = g_new0(import_pipe, 1);
	int n = CLAMP((int)g_get_num_processors(), 1, PIPE_MAX_THREADS);

	p->opts = opts;
	p->time_of = time_of;
	p->store = store;
	p->user_data = user_data;
	g_mutex_init(&p->lock);
	g_cond_init(&p->done_cond);
	g_queue_init(&p->queue);
	p->pool = g_thread_pool_new(pipe_work, p, n, FALSE, NULL);
	return p;
}

/* pipe_store_oldest - wait for the oldest job, store and free it */
static gboolean
pipe_store_oldest(import_pipe *p)
{
	import_job *job = g_queue_peek_head(&p->queue);

	g_mutex_lock(&p->lock);
	while (!job->done)
		g_cond_wait(&p->done_cond, &p->lock);
	g_mutex_unlock(&p->lock);
	g_queue_pop_head(&p->queue);
	p->queued_bytes -= job->len;
	if (!p->failed && !p->store(job, p->user_data))
		p->failed = TRUE;
	pipe_job_free(job);
	return !p->failed;
}

/* import_pipe_push - queue one job, storing older ones while the queue is full */
gboolean
import_pipe_push(import_pipe *p, import_job *job)
{
	while (!g_queue_is_empty(&p->queue) &&
	       (p->queue.length >= PIPE_MAX_JOBS || p->queued_bytes + job->len > PIPE_MAX_BYTES))
		pipe_store_oldest(p);
	if (p->failed) {
		pipe_job_free(job);
		return FALSE;
	}
	g_queue_push_tail(&p->queue, job);
	p->queued_bytes += job->len;
	g_thread_pool_push(p->pool, job, NULL);
	return TRUE;
}

/* import_pipe_finish - drain the queue */
gboolean
import_pipe_finish(import_pipe *p)
{
	while (!g_queue_is_empty(&p->queue))
		pipe_store_oldest(p);
	return !p->failed;
}

/* import_pipe_free - wait for the workers, free everything */
void
import_pipe_free(import_pipe **pp)
{
	import_pipe *p = *pp;

	if (p == NULL)
		return;
	p->failed = TRUE; /* what is still queued is dropped, not stored */
	import_pipe_finish(p);
	g_thread_pool_free(p->pool, FALSE, TRUE);
	g_mutex_clear(&p->lock);
	g_cond_clear(&p->done_cond);
	g_free(p);
	*pp = NULL;
}
