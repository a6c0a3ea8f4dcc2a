/* main.c - bounced: flags and configuration, listeners, signals, the event loop */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <event2/event.h>
#include <event2/thread.h>
#include <bounced/store.h>

#include "config.h"
#include "http.h"
#include "lmtp.h"
#include "log.h"
#include "pipeline.h"
#include "systemd.h"

#define DAEMON_DRAIN_TIMEOUT 30 /* s that SIGTERM waits for transactions in flight */

#define EXIT_RUNTIME 1 /* could not start: database, listen address */
#define EXIT_USAGE 2   /* bad flags or configuration */

typedef struct daemon_ctx {
	struct event_base *base;
	config_flags flags;
	bd_config *cfg;
	lmtp_server *lmtp;
	http_server *http;
	pipeline *pipe;
	daemon_counters counters; /* for GET /metrics */
	struct event *sig_term, *sig_int, *sig_hup, *drain_timer, *stats_timer;
	gboolean stopping;
} daemon_ctx;

/* copy_lmtp_stats - the LMTP and commit counters, which others own, for the HTTP thread */
static void
copy_lmtp_stats(daemon_ctx *d)
{
	lmtp_stats st;

	lmtp_server_stats(d->lmtp, &st);
	counter_set(&d->counters.lmtp_connections, st.connections);
	counter_set(&d->counters.lmtp_refused, st.refused);
	counter_set(&d->counters.lmtp_sessions, st.sessions);
	if (d->pipe != NULL)
		counter_set(&d->counters.commit_transactions, pipeline_transactions(d->pipe));
}

/* on_message - from the LMTP session to the worker pool */
static void
on_message(lmtp_message *msg, void *ctx)
{
	daemon_ctx *d = ctx;

	counter_add(&d->counters.messages_received, 1);
	copy_lmtp_stats(d);
	pipeline_submit(msg, d->pipe);
}

/* on_committed - from the commit thread back to the event loop */
static void
on_committed(guint64 session_id, gboolean ok, const char *detail, void *ctx)
{
	daemon_ctx *d = ctx;

	counter_add(ok ? &d->counters.messages_stored : &d->counters.messages_failed, 1);
	/* the transaction is counted before its messages are answered: stored and transactions
	 * agree on every scrape */
	counter_set(&d->counters.commit_transactions, pipeline_transactions(d->pipe));
	lmtp_server_post_result(d->lmtp, session_id, ok, detail);
}

/* on_stats_timer - the LMTP counters also when no message arrives (sessions open, refusals) */
static void
on_stats_timer(evutil_socket_t fd, short what, void *ctx)
{
	copy_lmtp_stats(ctx);
}

static void
on_drained(void *ctx)
{
	daemon_ctx *d = ctx;

	event_base_loopexit(d->base, NULL);
}

static void
on_drain_timeout(evutil_socket_t fd, short what, void *ctx)
{
	daemon_ctx *d = ctx;

	log_warning("shutdown: sessions still open after %d s, closing them", DAEMON_DRAIN_TIMEOUT);
	event_base_loopexit(d->base, NULL);
}

/* on_term - SIGTERM/SIGINT: stop accepting, let transactions in flight finish, then exit */
static void
on_term(evutil_socket_t sig, short what, void *ctx)
{
	daemon_ctx *d = ctx;
	struct timeval tv = {DAEMON_DRAIN_TIMEOUT, 0};

	if (d->stopping) {
		log_warning("shutdown: second signal, not waiting for sessions");
		event_base_loopexit(d->base, NULL);
		return;
	}
	d->stopping = TRUE;
	log_info("shutdown: signal %d, finishing transactions in flight", (int)sig);
	systemd_notify("STOPPING=1");
	http_server_free(&d->http);
	d->drain_timer = evtimer_new(d->base, on_drain_timeout, d);
	evtimer_add(d->drain_timer, &tv);
	lmtp_server_shutdown(d->lmtp, on_drained, d);
}

/* on_hup - SIGHUP: reload accept patterns, limits, policy and campaign headers */
static void
on_hup(evutil_socket_t sig, short what, void *ctx)
{
	daemon_ctx *d = ctx;
	GError *error = NULL;
	bd_config *cfg;
	char *desc;

	systemd_notify("RELOADING=1");
	cfg = config_read(&d->flags, &error);
	if (cfg == NULL) {
		log_error("reload: %s; keeping the running configuration", error->message);
		g_error_free(error);
		systemd_notify("READY=1");
		return;
	}
	lmtp_server_reconfigure(d->lmtp, &cfg->limits, cfg->accept);
	pipeline_set_policy(d->pipe, cfg->store.soft_threshold, cfg->store.soft_window_days);
	pipeline_set_campaign_headers(d->pipe, cfg->campaign_headers);
	if (d->http && !http_server_reload(d->http, cfg->http_token_file, &error)) {
		log_error("reload: %s; keeping the HTTP token", error->message);
		g_clear_error(&error);
	}
	if (g_strcmp0(cfg->store.path, d->cfg->store.path) != 0)
		log_warning("reload: the database path changes only on restart");
	if (g_strcmp0(cfg->http_listen, d->cfg->http_listen) != 0)
		log_warning("reload: the HTTP listen address changes only on restart");
	desc = config_describe(cfg);
	log_info("reload: %s", desc);
	g_free(desc);
	config_free(&d->cfg);
	d->cfg = cfg;
	systemd_notify("READY=1");
}

/* start_listeners - systemd's sockets when given (named "lmtp" or "http"), else the config's */
static gboolean
start_listeners(daemon_ctx *d, GError **error)
{
	GArray *fds = systemd_listen_fds();
	int http_fd = -1;
	guint n_lmtp = 0;
	gboolean ok = TRUE;

	for (guint i = 0; ok && i < fds->len; i++) {
		systemd_socket *s = &g_array_index(fds, systemd_socket, i);

		if (strcmp(s->name, "http") == 0) {
			http_fd = s->fd;
		} else {
			ok = lmtp_server_listen_fd(d->lmtp, s->fd, error);
			n_lmtp++;
		}
	}
	g_array_unref(fds);
	for (guint i = 0; ok && n_lmtp == 0 && i < d->cfg->lmtp_listen->len; i++)
		ok = lmtp_server_listen(d->lmtp, g_ptr_array_index(d->cfg->lmtp_listen, i), error);
	if (ok && (http_fd >= 0 || d->cfg->http_listen)) {
		http_options ho = {.listen = d->cfg->http_listen,
		                   .fd = http_fd,
		                   .token_file = d->cfg->http_token_file,
		                   .store = &d->cfg->store,
		                   .counters = &d->counters};
		struct timeval second = {1, 0};

		d->http = http_server_new(&ho, error);
		ok = d->http != NULL;
		if (ok) {
			d->stats_timer = event_new(d->base, -1, EV_PERSIST, on_stats_timer, d);
			event_add(d->stats_timer, &second);
		}
	}
	return ok;
}

/* check_config - --check-config: everything that can be checked without side effects */
static int
check_config(const bd_config *cfg)
{
	char *dir = g_path_get_dirname(cfg->store.path);
	char *desc = config_describe(cfg);

	printf("bounced: configuration OK: %s\n", desc);
	if (!g_file_test(dir, G_FILE_TEST_IS_DIR))
		printf("bounced: the database directory %s will be created\n", dir);
	g_free(desc);
	g_free(dir);
	return 0;
}

/* parse_flags - the flags of DESIGN.md §8 */
static int
parse_flags(daemon_ctx *d, int *argc, char ***argv, gboolean *check_r)
{
	gboolean version = FALSE, verbose = FALSE;
	GOptionEntry entries[] = {
	    {"config", 'c', 0, G_OPTION_ARG_FILENAME, &d->flags.config_file,
	     "INI configuration file (flags override it)", "FILE"},
	    {"db", 0, 0, G_OPTION_ARG_FILENAME, &d->flags.db,
	     "SQLite database (default ./var/bounced.db)", "PATH"},
	    {"lmtp", 0, 0, G_OPTION_ARG_STRING_ARRAY, &d->flags.lmtp,
	     "LMTP listen address, repeatable: 127.0.0.1:2424, [::1]:2424, unix:/path "
	     "(default 127.0.0.1:2424)",
	     "ADDR"},
	    {"http", 0, 0, G_OPTION_ARG_STRING, &d->flags.http,
	     "HTTP listen address, or off (default 127.0.0.1:8025)", "ADDR"},
	    {"accept", 0, 0, G_OPTION_ARG_STRING, &d->flags.accept,
	     "accepted recipients, comma list of glob patterns (default bounce@*,bounce+*@*)",
	     "PATTERNS"},
	    {"check-config", 0, 0, G_OPTION_ARG_NONE, check_r,
	     "validate the configuration and exit", NULL},
	    {"verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "log every session step", NULL},
	    {"version", 'V', 0, G_OPTION_ARG_NONE, &version, "print the version and exit", NULL},
	    {NULL, 0, 0, 0, NULL, NULL, NULL},
	};
	GOptionContext *oc = g_option_context_new("- receive bounces over LMTP");
	GError *error = NULL;

	g_option_context_set_summary(oc, "bounced turns bounce mail delivered over LMTP into a "
	                                 "suppression list in SQLite.");
	g_option_context_add_main_entries(oc, entries, NULL);
	if (!g_option_context_parse(oc, argc, argv, &error)) {
		fprintf(stderr, "bounced: %s (see --help)\n", error->message);
		g_error_free(error);
		g_option_context_free(oc);
		return EXIT_USAGE;
	}
	g_option_context_free(oc);
	if (*argc > 1) {
		fprintf(stderr, "bounced: unexpected argument %s (see --help)\n", (*argv)[1]);
		return EXIT_USAGE;
	}
	if (version) {
		printf("bounced %s\n", BOUNCED_VERSION);
		return 0;
	}
	log_set_verbose(verbose);
	return -1;
}

/* run - open the store, start the threads and listeners, serve until SIGTERM */
static int
run(daemon_ctx *d)
{
	GError *error = NULL;
	pipeline_options po = {.workers = d->cfg->workers,
	                       .batch_size = d->cfg->batch_size,
	                       .max_delay_ms = d->cfg->max_delay_ms,
	                       .prune_interval_s = d->cfg->prune_interval_s,
	                       .campaign_headers = d->cfg->campaign_headers};
	bd_store *store;
	char *desc;

	signal(SIGPIPE, SIG_IGN);
	evthread_use_pthreads();
	d->base = event_base_new();
	store = bd_store_open(&d->cfg->store, &error);
	if (store == NULL) {
		log_error("database %s: %s", d->cfg->store.path, error->message);
		g_error_free(error);
		return EXIT_RUNTIME;
	}
	if (!bd_store_set_cache_size(store, (int)(d->cfg->cache_size / 1024), &error)) {
		log_warning("database %s: %s", d->cfg->store.path, error->message);
		g_clear_error(&error);
	}
	/* the commit thread is the one part that cannot scale: WAL checkpoints go elsewhere */
	if (!bd_store_checkpoint_in_background(store, 0, &error)) {
		log_warning("database %s: %s", d->cfg->store.path, error->message);
		g_clear_error(&error);
	}
	d->lmtp = lmtp_server_new(d->base, &d->cfg->limits, d->cfg->accept, on_message, d);
	d->pipe = pipeline_new(store, &po, on_committed, d, &error);
	if (d->pipe == NULL)
		bd_store_close(&store);
	if (d->pipe == NULL || !start_listeners(d, &error)) {
		log_error("%s", error->message);
		g_error_free(error);
		systemd_notify("STOPPING=1");
		pipeline_free(&d->pipe);
		lmtp_server_free(&d->lmtp);
		http_server_free(&d->http);
		event_base_free(d->base);
		return EXIT_RUNTIME;
	}
	d->sig_term = evsignal_new(d->base, SIGTERM, on_term, d);
	d->sig_int = evsignal_new(d->base, SIGINT, on_term, d);
	d->sig_hup = evsignal_new(d->base, SIGHUP, on_hup, d);
	event_add(d->sig_term, NULL);
	event_add(d->sig_int, NULL);
	event_add(d->sig_hup, NULL);
	desc = config_describe(d->cfg);
	log_info("bounced %s ready: %s", BOUNCED_VERSION, desc);
	g_free(desc);
	systemd_notify("READY=1\nSTATUS=receiving bounces");
	systemd_watchdog_start(d->base);

	event_base_dispatch(d->base);

	systemd_watchdog_stop();
	http_server_free(&d->http);
	/* everything handed to the pipeline is committed before the store closes */
	pipeline_free(&d->pipe);
	lmtp_server_free(&d->lmtp);
	event_free(d->sig_term);
	event_free(d->sig_int);
	event_free(d->sig_hup);
	if (d->drain_timer)
		event_free(d->drain_timer);
	if (d->stats_timer)
		event_free(d->stats_timer);
	event_base_free(d->base);
	log_info("bounced stopped");
	return 0;
}

int
main(int argc, char **argv)
{
	daemon_ctx d = {0};
	gboolean check = FALSE;
	GError *error = NULL;
	int rc;

	log_init();
	bd_store_process_init();
	rc = parse_flags(&d, &argc, &argv, &check);
	if (rc < 0) {
		d.cfg = config_read(&d.flags, &error);
		if (d.cfg == NULL) {
			fprintf(stderr, "bounced: %s\n", error->message);
			g_error_free(error);
			rc = EXIT_USAGE;
		} else {
			rc = check ? check_config(d.cfg) : run(&d);
		}
	}
	config_free(&d.cfg);
	g_free(d.flags.config_file);
	g_free(d.flags.db);
	g_strfreev(d.flags.lmtp);
	g_free(d.flags.http);
	g_free(d.flags.accept);
	return rc;
}
