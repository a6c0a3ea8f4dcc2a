/* pipeline.h - parse on worker threads, commit on one thread in groups, answer the event loop */
#ifndef BOUNCED_DAEMON_PIPELINE_H
#define BOUNCED_DAEMON_PIPELINE_H

#include <glib.h>
#include <bounced/store.h>

#include "lmtp.h"

typedef struct pipeline_options {
	unsigned workers;          /* parser threads; 0 = one per CPU */
	unsigned batch_size;       /* messages per transaction at most */
	unsigned max_delay_ms;     /* how long a batch waits for messages still being parsed */
	unsigned prune_interval_s; /* how often raw-message retention runs ([store]
	                              raw_retention_days) */
	char **campaign_headers;   /* NULL-terminated; copied */
} pipeline_options;

/* Called on the commit thread once per message, after its transaction ended. */
typedef void (*pipeline_done_fn)(guint64 session_id, gboolean ok, const char *detail, void *ctx);

typedef struct pipeline pipeline;

/* pipeline_new - start the threads; takes ownership of store, which only the commit thread uses */
pipeline *pipeline_new(bd_store *store, const pipeline_options *o, pipeline_done_fn done,
                       void *done_ctx, GError **error);
/* pipeline_submit - parse, store and answer msg (ownership taken); an lmtp_submit_fn */
void pipeline_submit(lmtp_message *msg, void *pipeline);
/* pipeline_set_policy - new soft-bounce thresholds, applied between two transactions */
void pipeline_set_policy(pipeline *p, int soft_threshold, int soft_window_days);
/* pipeline_set_campaign_headers - new campaign header names for messages parsed from now on */
void pipeline_set_campaign_headers(pipeline *p, char **names);
/* pipeline_free - finish every message submitted so far, stop the threads, close the store */
/* pipeline_transactions - commit transactions so far (any thread may ask) */
guint64 pipeline_transactions(pipeline *p);

void pipeline_free(pipeline **p);

#endif
