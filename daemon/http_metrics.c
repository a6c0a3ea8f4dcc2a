/* http_metrics.c - GET /metrics in the Prometheus text format: the daemon's counters, the
 * API's requests by route and code, and gauges read from the database (bd_store_gauges) */
#include "http_internal.h"
#include "log.h"

#include <string.h>

/* The sections of bd_store_gauges: metric name, label name. */
static const struct {
	const char *section;
	const char *metric;
	const char *label;
	const char *help;
} metrics_db[] = {
    {"events by class", "bounced_db_events", "class", "Stored events (records) by class."},
    {"suppressions", "bounced_db_suppression_rows", NULL,
     "Rows of the suppressions table: every address seen, suppressed or not."},
    {"suppressed by class", "bounced_db_suppressed", "class",
     "Addresses suppressed now, by class."},
};

/* http_metrics_count - one more answer of route with code */
void
http_metrics_count(http_server *h, const char *route, int code)
{
	char *key = g_strdup_printf("%s\t%d", route, code);
	guint n = GPOINTER_TO_UINT(g_hash_table_lookup(h->requests, key));

	g_hash_table_replace(h->requests, key, GUINT_TO_POINTER(n + 1));
}

/* metrics_label - a label value, escaped as the text format wants */
static void
metrics_label(GString *out, const char *v)
{
	for (; v && *v; v++) {
		if (*v == '\\' || *v == '"')
			g_string_append_c(out, '\\');
		if (*v == '\n')
			g_string_append(out, "\\n");
		else
			g_string_append_c(out, *v == ' ' ? '_' : *v);
	}
}

/* metrics_head - the HELP and TYPE lines of a family */
static void
metrics_head(GString *out, const char *name, const char *type, const char *help)
{
	g_string_append_printf(out, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

typedef struct metrics_db_ctx {
	GString *out;
	const char *section; /* the one whose HELP was written last */
} metrics_db_ctx;

/* metrics_db_row - one row of bd_store_gauges as a gauge sample */
static void
metrics_db_row(const char *section, const char *key, gint64 count, gpointer user_data)
{
	metrics_db_ctx *m = user_data;

	for (size_t i = 0; i < G_N_ELEMENTS(metrics_db); i++) {
		if (strcmp(metrics_db[i].section, section) != 0)
			continue;
		if (m->section == NULL || strcmp(m->section, section) != 0) {
			metrics_head(m->out, metrics_db[i].metric, "gauge", metrics_db[i].help);
			m->section = metrics_db[i].section;
		}
		g_string_append(m->out, metrics_db[i].metric);
		if (metrics_db[i].label) {
			g_string_append_printf(m->out, "{%s=\"", metrics_db[i].label);
			metrics_label(m->out, key ? key : "");
			g_string_append(m->out, "\"}");
		}
		g_string_append_printf(m->out, " %" G_GINT64_FORMAT "\n", count);
	}
}

/* metrics_database - the database gauges, read at most every HTTP_METRICS_DB_TTL_S: counting
 * a million rows is not free, and a scrape every few seconds must not cost a core */
static void
metrics_database(http_server *h, GString *out)
{
	gint64 now = g_get_monotonic_time();

	if (h->db_metrics == NULL ||
	    now - h->db_metrics_at >= HTTP_METRICS_DB_TTL_S * G_USEC_PER_SEC) {
		metrics_db_ctx m = {g_string_new(NULL), NULL};
		GError *err = NULL;
		gboolean ok = bd_store_gauges(h->store, metrics_db_row, &m, &err);

		if (!ok) {
			log_warning("http: /metrics: %s", err->message);
			g_error_free(err);
			g_string_truncate(m.out, 0);
		}
		metrics_head(m.out, "bounced_db_stats_ok", "gauge",
		             "1 when the database gauges could be read.");
		g_string_append_printf(m.out, "bounced_db_stats_ok %d\n", ok);
		g_free(h->db_metrics);
		h->db_metrics = g_string_free(m.out, FALSE);
		h->db_metrics_at = now;
	}
	g_string_append(out, h->db_metrics);
}

/* metrics_counter - one family with one unlabelled sample */
static void
metrics_counter(GString *out, const char *name, const char *type, const char *help, guint64 v)
{
	metrics_head(out, name, type, help);
	g_string_append_printf(out, "%s %" G_GUINT64_FORMAT "\n", name, v);
}

/* metrics_daemon - the counters main.c keeps for the LMTP side and the pipeline */
static void
metrics_daemon(daemon_counters *d, GString *out)
{
	metrics_counter(out, "bounced_messages_received_total", "counter",
	                "Messages received over LMTP (complete DATA).",
	                counter_get(&d->messages_received));
	metrics_counter(out, "bounced_messages_stored_total", "counter",
	                "Messages committed to the database (duplicates included).",
	                counter_get(&d->messages_stored));
	metrics_counter(out, "bounced_messages_failed_total", "counter",
	                "Messages answered 451 because storing them failed.",
	                counter_get(&d->messages_failed));
	metrics_counter(out, "bounced_commit_transactions_total", "counter",
	                "Transactions that committed messages (group commit: several per "
	                "transaction under load).",
	                counter_get(&d->commit_transactions));
	metrics_counter(out, "bounced_lmtp_connections_total", "counter",
	                "LMTP connections accepted.", counter_get(&d->lmtp_connections));
	metrics_counter(out, "bounced_lmtp_connections_refused_total", "counter",
	                "LMTP connections refused at max_connections.",
	                counter_get(&d->lmtp_refused));
	metrics_counter(out, "bounced_lmtp_sessions", "gauge", "LMTP sessions open.",
	                counter_get(&d->lmtp_sessions));
}

/* metrics_requests - bounced_http_requests_total{route,code}, sorted */
static void
metrics_requests(http_server *h, GString *out)
{
	GList *keys = g_list_sort(g_hash_table_get_keys(h->requests), (GCompareFunc)strcmp);

	metrics_head(out, "bounced_http_requests_total", "counter",
	             "HTTP requests answered, by route and status code.");
	for (GList *k = keys; k; k = k->next) {
		const char *tab = strchr(k->data, '\t');

		g_string_append(out, "bounced_http_requests_total{route=\"");
		g_string_append_len(out, k->data, tab - (const char *)k->data);
		g_string_append_printf(out, "\",code=\"%s\"} %u\n", tab + 1,
		                       GPOINTER_TO_UINT(g_hash_table_lookup(h->requests, k->data)));
	}
	g_list_free(keys);
}

/* http_metrics - GET /metrics */
void
http_metrics(http_call *c)
{
	static const char *const no_params[] = {NULL};
	GString *out = g_string_new(NULL);

	if (!http_param_check(c, no_params)) {
		g_string_free(out, TRUE);
		return;
	}
	metrics_head(out, "bounced_build_info", "gauge", "The version of bounced.");
	g_string_append(out, "bounced_build_info{version=\"" BOUNCED_VERSION "\"} 1\n");
	if (c->h->counters)
		metrics_daemon(c->h->counters, out);
	metrics_requests(c->h, out);
	metrics_database(c->h, out);
	http_reply_typed(c, 200, "text/plain; version=0.0.4; charset=utf-8", out);
}
