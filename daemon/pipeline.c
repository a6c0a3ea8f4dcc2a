/* pipeline.c - worker threads run bd_parse; one commit thread owns the bd_store and writes the
 * messages that completed together in one transaction (group commit), then answers each */
#include <stdatomic.h>
#include "pipeline.h"
#include "log.h"

#include <string.h>
#include <bounced/parse.h>

typedef enum job_type {
	JOB_MESSAGE,
	JOB_POLICY,
	JOB_STOP,
} job_type;

typedef struct job {
	job_type type;
	lmtp_message *msg;
	bd_report *report;
	gint64 parsed_us; /* monotonic time when the parse ended */
	char *sha256;     /* bd_store_prepare_raw, done on the worker */
	GBytes *compressed;
	gint64 id; /* messages.id once stored */
	gboolean duplicate;
	gboolean ok;
	int soft_threshold, soft_window_days;
} job;

struct pipeline {
	bd_store *store;
	pipeline_options opts;
	GMutex headers_lock; /* guards opts.campaign_headers */
	pipeline_done_fn done;
	void *done_ctx;
	GThreadPool *workers;
	GAsyncQueue *committed; /* job *: parsed, waiting for the commit thread */
	GThread *commit_thread;
	gint parsing; /* messages submitted and not yet parsed */
	/* commit thread only (transactions also read by pipeline_transactions) */
	guint64 n_messages, n_failed;
	atomic_uint_fast64_t n_transactions;
	gint64 next_prune; /* monotonic time of the next retention run */
};

static void
job_free(job *j)
{
	lmtp_message_free(&j->msg);
	bd_report_free(&j->report);
	g_free(j->sha256);
	if (j->compressed)
		g_bytes_unref(j->compressed);
	g_free(j);
}

/* pipeline_parse - on a worker thread: bytes and envelope → report, then to the commit thread */
static void
pipeline_parse(gpointer data, gpointer user_data)
{
	pipeline *p = user_data;
	job *j = data;
	lmtp_message *m = j->msg;
	bd_envelope env = {.mail_from = m->mail_from,
	                   .rcpt_to = (const char *const *)m->rcpt_to->pdata,
	                   .n_rcpt_to = m->rcpt_to->len};
	bd_parse_options po = {0};
	char **headers;

	g_mutex_lock(&p->headers_lock);
	headers = g_strdupv(p->opts.campaign_headers);
	g_mutex_unlock(&p->headers_lock);
	po.campaign_headers = (const char *const *)headers;
	j->report = bd_parse((const char *)m->data->data, m->data->len, &env, &po);
	g_strfreev(headers);
	/* digest and compression here too: the commit thread is the one that cannot scale */
	if (!bd_store_prepare_raw((const char *)m->data->data, m->data->len, &j->sha256,
	                          &j->compressed, NULL)) {
		g_clear_pointer(&j->sha256, g_free);
		g_clear_pointer(&j->compressed, g_bytes_unref);
	}
	j->parsed_us = g_get_monotonic_time();
	g_async_queue_push(p->committed, j);
	g_atomic_int_dec_and_test(&p->parsing);
}

/* message_in - the store's view of a job */
static void
message_in(const job *j, bd_message_in *in)
{
	const lmtp_message *m = j->msg;

	memset(in, 0, sizeof(*in));
	in->data = (const char *)m->data->data;
	in->len = m->data->len;
	in->received_at = m->received_at;
	in->client = m->client;
	in->mail_from = m->mail_from;
	in->rcpt_to = (const char *const *)m->rcpt_to->pdata;
	in->n_rcpt_to = m->rcpt_to->len;
	in->report = j->report;
	in->sha256 = j->sha256;
	in->compressed = j->compressed;
}

/* log_message - the one line per message: client, envelope, kind, each record's verdict */
static void
log_message(const job *j, gint64 now_us, const char *error)
{
	const lmtp_message *m = j->msg;
	const bd_report *r = j->report;
	GString *s = g_string_new(NULL);

	if (j->ok)
		g_string_append_printf(s, "message id=%" G_GINT64_FORMAT "%s", j->id,
		                       j->duplicate ? " duplicate" : "");
	else
		g_string_append(s, "message NOT stored (451)");
	g_string_append_printf(s, " client=%s from=<%s> to=", m->client, m->mail_from);
	for (guint i = 0; i < m->rcpt_to->len; i++)
		g_string_append_printf(s, "%s<%s>", i ? "," : "",
		                       (char *)g_ptr_array_index(m->rcpt_to, i));
	g_string_append_printf(s, " size=%u message-id=%s kind=%s", m->data->len,
	                       r->message_id ? r->message_id : "-", bd_kind_name(r->kind));
	if (r->verp_recipient)
		g_string_append_printf(s, " verp=%s", r->verp_recipient);
	if (r->error)
		g_string_append_printf(s, " parse-error=\"%s\"", r->error);
	g_string_append_printf(s, " records=%u", r->records->len);
	for (guint i = 0; i < r->records->len && i < 20; i++) {
		const bd_record *rec = g_ptr_array_index(r->records, i);

		g_string_append_printf(s, "%s%s %s/%s %s", i ? "; " : " [",
		                       rec->recipient ? rec->recipient : "?",
		                       bd_class_name(rec->klass), rec->reason ? rec->reason : "-",
		                       rec->status ? rec->status : "-");
	}
	if (r->records->len)
		g_string_append(s, r->records->len > 20 ? "; …]" : "]");
	g_string_append_printf(s, " delay=%.1fms", (double)(now_us - m->queued_us) / 1000.0);
	if (error)
		g_string_append_printf(s, " error=\"%s\"", error);
	if (j->ok)
		log_info("%s", s->str);
	else
		log_error("%s", s->str);
	g_string_free(s, TRUE);
}

/* commit_batch - one transaction for the whole batch; if it fails, each message alone, so that
 * one bad message never costs the others a retry */
static void
commit_batch(pipeline *p, GPtrArray *batch)
{
	GError *error = NULL;
	gboolean ok = bd_store_begin(p->store, &error);
	gboolean begun = ok;
	char *batch_error = NULL;
	gint64 now;

	for (guint i = 0; ok && i < batch->len; i++) {
		job *j = g_ptr_array_index(batch, i);
		bd_message_in in;

		message_in(j, &in);
		ok = bd_store_add_message(p->store, &in, &j->id, &j->duplicate, &error);
	}
	if (ok)
		ok = bd_store_commit(p->store, &error);
	atomic_fetch_add_explicit(&p->n_transactions, 1, memory_order_relaxed);
	if (ok) {
		for (guint i = 0; i < batch->len; i++)
			((job *)g_ptr_array_index(batch, i))->ok = TRUE;
	} else {
		batch_error = g_strdup(error ? error->message : "unknown error");
		g_clear_error(&error);
		if (begun)
			bd_store_rollback(p->store);
		log_warning("commit: a batch of %u messages failed (%s); storing them one by one",
		            batch->len, batch_error);
	}
	now = g_get_monotonic_time();
	for (guint i = 0; i < batch->len; i++) {
		job *j = g_ptr_array_index(batch, i);
		char *detail;

		if (batch_error) {
			bd_message_in in;

			message_in(j, &in);
			j->ok = bd_store_save(p->store, &in, &j->id, &j->duplicate, &error);
			now = g_get_monotonic_time();
		}
		log_message(j, now, j->ok ? NULL : error ? error->message : batch_error);
		p->n_messages++;
		p->n_failed += !j->ok;
		if (j->ok)
			detail =
			    g_strdup_printf("%s message %" G_GINT64_FORMAT,
			                    j->duplicate ? "duplicate of" : "stored as", j->id);
		else
			detail = g_strdup("storage failure");
		p->done(j->msg->session_id, j->ok, detail, p->done_ctx);
		g_free(detail);
		g_clear_error(&error);
	}
	g_free(batch_error);
}

/* commit_collect - after the first job, take what else is ready; wait up to max_delay_ms only
 * while messages are still being parsed, so a lone message is never delayed */
static job *
commit_collect(pipeline *p, GPtrArray *batch)
{
	gint64 deadline = g_get_monotonic_time() + (gint64)p->opts.max_delay_ms * 1000;

	while (batch->len < p->opts.batch_size) {
		job *j = g_async_queue_try_pop(p->committed);

		if (j == NULL && g_atomic_int_get(&p->parsing) > 0) {
			gint64 left = deadline - g_get_monotonic_time();

			if (left > 0)
				j = g_async_queue_timeout_pop(p->committed, (guint64)left);
		}
		if (j == NULL)
			return NULL;
		if (j->type != JOB_MESSAGE)
			return j; /* handled after this batch, in order */
		g_ptr_array_add(batch, j);
	}
	return NULL;
}

/* commit_prune - drop raw bytes past the retention setting, at most once per prune_interval_s,
 * so a daemon that runs for months honours [store] raw_retention_days, not only at start */
static void
commit_prune(pipeline *p)
{
	GError *error = NULL;
	gint64 n = 0;

	if (g_get_monotonic_time() < p->next_prune)
		return;
	p->next_prune = g_get_monotonic_time() + (gint64)p->opts.prune_interval_s * G_USEC_PER_SEC;
	if (!bd_store_prune_raw(p->store, 0, &n, &error)) {
		log_warning("retention: %s", error->message);
		g_error_free(error);
	} else if (n > 0) {
		log_info("retention: dropped the raw bytes of %" G_GINT64_FORMAT " messages", n);
	}
}

/* commit_main - the commit thread: batches of messages, policy changes, the stop sign */
static gpointer
commit_main(gpointer data)
{
	pipeline *p = data;
	GPtrArray *batch = g_ptr_array_new_with_free_func((GDestroyNotify)job_free);
	job *next = NULL;

	for (;;) {
		job *j = next;

		next = NULL;
		if (j == NULL)
			j = g_async_queue_timeout_pop(
			    p->committed, (guint64)p->opts.prune_interval_s * G_USEC_PER_SEC);
		commit_prune(p);
		if (j == NULL)
			continue;
		if (j->type == JOB_STOP) {
			job_free(j);
			break;
		}
		if (j->type == JOB_POLICY) {
			bd_store_set_policy(p->store, j->soft_threshold, j->soft_window_days);
			log_info("policy: soft bounces suppress after %d in %d days",
			         j->soft_threshold, j->soft_window_days);
			job_free(j);
			continue;
		}
		g_ptr_array_add(batch, j);
		next = commit_collect(p, batch);
		commit_batch(p, batch);
		g_ptr_array_set_size(batch, 0);
	}
	g_ptr_array_unref(batch);
	return NULL;
}

/* pipeline_new - start the threads; takes ownership of store */
pipeline *
pipeline_new(bd_store *store, const pipeline_options *o, pipeline_done_fn done, void *done_ctx,
             GError **error)
{
	pipeline *p = g_new0(pipeline, 1);
	unsigned workers = o->workers ? o->workers : g_get_num_processors();

	p->store = store;
	p->opts = *o;
	p->opts.workers = workers;
	p->opts.batch_size = MAX(o->batch_size, 1);
	p->opts.prune_interval_s = MAX(o->prune_interval_s, 1);
	p->next_prune = g_get_monotonic_time() + (gint64)p->opts.prune_interval_s * G_USEC_PER_SEC;
	p->opts.campaign_headers = g_strdupv(o->campaign_headers);
	g_mutex_init(&p->headers_lock);
	p->done = done;
	p->done_ctx = done_ctx;
	p->committed = g_async_queue_new();
	bd_parse_init();
	p->workers = g_thread_pool_new(pipeline_parse, p, (gint)workers, FALSE, error);
	if (p->workers == NULL) {
		g_async_queue_unref(p->committed);
		g_strfreev(p->opts.campaign_headers);
		g_free(p);
		return NULL;
	}
	p->commit_thread = g_thread_new("commit", commit_main, p);
	return p;
}

/* pipeline_submit - parse, store and answer msg (ownership taken) */
void
pipeline_submit(lmtp_message *msg, void *pipeline_ptr)
{
	pipeline *p = pipeline_ptr;
	job *j = g_new0(job, 1);

	j->type = JOB_MESSAGE;
	j->msg = msg;
	g_atomic_int_inc(&p->parsing);
	g_thread_pool_push(p->workers, j, NULL);
}

/* pipeline_set_policy - new soft-bounce thresholds, applied between two transactions */
void
pipeline_set_policy(pipeline *p, int soft_threshold, int soft_window_days)
{
	job *j = g_new0(job, 1);

	j->type = JOB_POLICY;
	j->soft_threshold = soft_threshold;
	j->soft_window_days = soft_window_days;
	g_async_queue_push(p->committed, j);
}

/* pipeline_set_campaign_headers - new campaign header names for messages parsed from now on */
void
pipeline_set_campaign_headers(pipeline *p, char **names)
{
	char **copy = g_strdupv(names);

	g_mutex_lock(&p->headers_lock);
	g_strfreev(p->opts.campaign_headers);
	p->opts.campaign_headers = copy;
	g_mutex_unlock(&p->headers_lock);
}

/* pipeline_transactions - commit transactions so far (any thread may ask) */
guint64
pipeline_transactions(pipeline *p)
{
	return atomic_load_explicit(&p->n_transactions, memory_order_relaxed);
}

/* pipeline_free - finish every message submitted so far, stop the threads, close the store */
void
pipeline_free(pipeline **pp)
{
	pipeline *p = *pp;
	job *stop;

	if (p == NULL)
		return;
	/* *pp stays valid until the commit thread is joined: its done callbacks may still use it */
	/* every parse finishes and lands in the queue before the stop sign */
	g_thread_pool_free(p->workers, FALSE, TRUE);
	stop = g_new0(job, 1);
	stop->type = JOB_STOP;
	g_async_queue_push(p->committed, stop);
	g_thread_join(p->commit_thread);
	*pp = NULL;
	g_async_queue_unref(p->committed);
	log_info("commit: %" G_GUINT64_FORMAT " messages in %" G_GUINT64_FORMAT
	         " transactions (%.1f per transaction), %" G_GUINT64_FORMAT " not stored",
	         p->n_messages, (guint64)p->n_transactions,
	         p->n_transactions ? (double)p->n_messages / (double)p->n_transactions : 0.0,
	         p->n_failed);
	bd_store_close(&p->store);
	g_strfreev(p->opts.campaign_headers);
	g_mutex_clear(&p->headers_lock);
	g_free(p);
}
