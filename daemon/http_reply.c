/* http_reply.c - answers (JSON bodies, errors with their codes) and query parameters */
#include "http_internal.h"
#include "../parser/json.h"
#include "log.h"

#include <errno.h>
#include <stdarg.h>
#include <event2/buffer.h>

/* The reason phrases of the codes the API sends. */
static const struct {
	int code;
	const char *reason;
} http_reasons[] = {
    {200, "OK"},           {400, "Bad Request"},         {401, "Unauthorized"},
    {404, "Not Found"},    {405, "Method Not Allowed"},  {413, "Payload Too Large"},
    {500, "Server Error"}, {503, "Service Unavailable"},
};

/* reply_reason - the reason phrase of code */
static const char *
reply_reason(int code)
{
	for (size_t i = 0; i < G_N_ELEMENTS(http_reasons); i++)
		if (http_reasons[i].code == code)
			return http_reasons[i].reason;
	return "Unknown";
}

/* http_reply_typed - send body with code and content_type; body is freed */
void
http_reply_typed(http_call *c, int code, const char *content_type, GString *body)
{
	struct evbuffer *buf = evbuffer_new();

	evhttp_add_header(evhttp_request_get_output_headers(c->req), "Content-Type", content_type);
	evhttp_add_header(evhttp_request_get_output_headers(c->req), "Cache-Control", "no-store");
	evbuffer_add(buf, body->str, body->len);
	g_string_free(body, TRUE);
	evhttp_send_reply(c->req, code, reply_reason(code), buf);
	evbuffer_free(buf);
	http_metrics_count(c->h, c->h->route, code);
}

/* http_reply - a JSON body, one line */
void
http_reply(http_call *c, int code, GString *body)
{
	g_string_append_c(body, '\n');
	http_reply_typed(c, code, "application/json", body);
}

/* http_error - {"error": text} */
void
http_error(http_call *c, int code, const char *fmt, ...)
{
	GString *out = g_string_new("{\"error\": ");
	va_list ap;
	char *text;

	va_start(ap, fmt);
	text = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	json_append_string(out, text);
	g_string_append_c(out, '}');
	g_free(text);
	http_reply(c, code, out);
}

/* http_store_error - map a store error to its answer and free it */
void
http_store_error(http_call *c, GError **err)
{
	GError *e = *err;

	if (g_error_matches(e, BD_STORE_ERROR, BD_STORE_ERROR_INVALID)) {
		http_error(c, 400, "%s", e->message);
	} else if (g_error_matches(e, BD_STORE_ERROR, BD_STORE_ERROR_BUSY)) {
		char secs[16];

		g_snprintf(secs, sizeof(secs), "%d", HTTP_RETRY_AFTER_S);
		evhttp_add_header(evhttp_request_get_output_headers(c->req), "Retry-After", secs);
		http_error(c, 503, "the database is busy, retry later");
	} else {
		log_error("http: %s %s: %s", c->h->route, c->tail ? c->tail : "", e->message);
		http_error(c, 500, "database error");
	}
	g_clear_error(err);
}

/* http_param_check - refuse unknown parameters: a typo (clas=hard) must not widen a listing */
gboolean
http_param_check(http_call *c, const char *const *allowed)
{
	GHashTableIter it;
	gpointer key;

	g_hash_table_iter_init(&it, c->query);
	while (g_hash_table_iter_next(&it, &key, NULL))
		if (!g_strv_contains(allowed, key)) {
			char *list = g_strjoinv(", ", (char **)allowed);

			http_error(c, 400, "unknown parameter '%s' (allowed: %s)", (char *)key,
			           list);
			g_free(list);
			return FALSE;
		}
	return TRUE;
}

/* param_int - a decimal number within [min, max]; FALSE when not */
static gboolean
param_int(const char *text, gint64 min, gint64 max, gint64 *v_r)
{
	char *end = NULL;
	gint64 v;

	if (!g_ascii_isdigit(*text))
		return FALSE;
	errno = 0;
	v = g_ascii_strtoll(text, &end, 10);
	if (errno != 0 || *end != '\0' || v < min || v > max)
		return FALSE;
	*v_r = v;
	return TRUE;
}

/* http_param_limit - limit= within 1..HTTP_MAX_LIMIT */
gboolean
http_param_limit(http_call *c, gint64 *limit_r)
{
	const char *v = g_hash_table_lookup(c->query, "limit");

	*limit_r = HTTP_DEFAULT_LIMIT;
	if (v != NULL && !param_int(v, 1, HTTP_MAX_LIMIT, limit_r)) {
		http_error(c, 400, "limit must be a number from 1 to %d", HTTP_MAX_LIMIT);
		return FALSE;
	}
	return TRUE;
}

/* http_param_cursor - cursor= as given in next_cursor: a row position (change_seq, event id) */
gboolean
http_param_cursor(http_call *c, gint64 *after_r)
{
	const char *v = g_hash_table_lookup(c->query, "cursor");

	*after_r = 0;
	if (v != NULL && !param_int(v, 0, G_MAXINT64, after_r)) {
		http_error(c, 400, "bad cursor: give the next_cursor of an earlier page");
		return FALSE;
	}
	return TRUE;
}

/* http_param_since - since= as the CLI takes it: 2026-01-31, 2026-01-31T12:00:00Z, 7d */
gboolean
http_param_since(http_call *c, gint64 *since_r)
{
	const char *v = g_hash_table_lookup(c->query, "since");
	GError *err = NULL;

	*since_r = 0;
	if (v == NULL)
		return TRUE;
	if (!bd_store_parse_time(v, g_get_real_time() / G_USEC_PER_SEC, since_r, &err)) {
		http_error(c, 400, "since: %s", err->message);
		g_error_free(err);
		return FALSE;
	}
	return TRUE;
}

/* http_healthz - the HTTP thread answers, so the daemon is alive */
void
http_healthz(http_call *c)
{
	http_reply(c, 200,
	           g_string_new("{\"status\": \"ok\", \"version\": \"" BOUNCED_VERSION "\"}"));
}
