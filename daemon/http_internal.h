/* http_internal.h - what the daemon/http*.c files share; not used outside them */
#ifndef BOUNCED_DAEMON_HTTP_INTERNAL_H
#define BOUNCED_DAEMON_HTTP_INTERNAL_H

#include <glib.h>
#include <json-glib/json-glib.h>
#include <event2/event.h>
#include <event2/http.h>
#include <bounced/store.h>
#include <bounced/store_query.h>

#include "counters.h"
#include "http.h"

/* Limits; each has an answer (see docs/http.md) and a test in tests/e2e/test_http.py. */
#define HTTP_MAX_HEADERS_SIZE 16384     /* request line + headers: evhttp answers 400 */
#define HTTP_MAX_BODY (4 * 1024 * 1024) /* request body: evhttp answers 413 */
#define HTTP_TIMEOUT_S 30               /* a request not complete after this is dropped */
#define HTTP_BUSY_TIMEOUT_MS 1000       /* wait for the commit thread's lock, then 503 */
#define HTTP_RETRY_AFTER_S 1            /* Retry-After of a 503 */
#define HTTP_MAX_CHECK 10000            /* addresses per POST /v1/check: 413 beyond */
#define HTTP_DEFAULT_LIMIT 1000         /* rows per listing page without limit= */
#define HTTP_MAX_LIMIT 10000            /* limit= accepts 1..HTTP_MAX_LIMIT: 400 otherwise */
#define HTTP_MAX_NOTE 1024              /* bytes of a manual note: 400 beyond */
#define HTTP_MAX_BY 128                 /* bytes of "by": 400 beyond */
#define HTTP_MAX_JSON_DEPTH 16          /* nesting of a request body: 400 beyond */
#define HTTP_METRICS_DB_TTL_S 60        /* database gauges of /metrics are cached this long */

struct http_server {
	struct event_base *base; /* the HTTP thread's own loop */
	struct evhttp *http;
	GThread *thread;
	bd_store *store; /* the HTTP thread's own connection */
	GMutex token_lock;
	gboolean have_token;       /* under token_lock */
	guint8 token_digest[32];   /* SHA-256 of the token, under token_lock */
	daemon_counters *counters; /* borrowed; may be NULL */
	GHashTable *requests;      /* "route\tcode" → count; HTTP thread only */
	char *db_metrics;          /* cached database gauges (text format) */
	gint64 db_metrics_at;      /* monotonic µs they were read */
	const char *route;         /* metrics label of the request being answered */
};

/* One request being answered (handlers run to completion on the HTTP thread). */
typedef struct http_call {
	http_server *h;
	struct evhttp_request *req;
	char *tail;        /* the decoded path after a prefix route ({address}), or NULL */
	GHashTable *query; /* decoded parameters: name → value */
} http_call;

typedef void (*http_handler)(http_call *c);

/* http_dispatch - the evhttp callback of every request: route, authenticate, call */
void http_dispatch(struct evhttp_request *req, void *server);

/* http_reply - send body (JSON, taken and freed) with code; counts the request */
void http_reply(http_call *c, int code, GString *body);
/* http_reply_typed - http_reply with another Content-Type */
void http_reply_typed(http_call *c, int code, const char *content_type, GString *body);
/* http_error - {"error": "..."} with code */
void http_error(http_call *c, int code, const char *fmt, ...) G_GNUC_PRINTF(3, 4);
/* http_store_error - a failed store call: 400 invalid, 503 busy (Retry-After), 500 else */
void http_store_error(http_call *c, GError **err);

/* http_param_check - FALSE (400 sent) when the query holds a name not in allowed */
gboolean http_param_check(http_call *c, const char *const *allowed);
/* http_param_limit - limit= in 1..HTTP_MAX_LIMIT (default HTTP_DEFAULT_LIMIT); FALSE: 400 sent */
gboolean http_param_limit(http_call *c, gint64 *limit_r);
/* http_param_cursor - cursor= as a row position (0 when absent); FALSE: 400 sent */
gboolean http_param_cursor(http_call *c, gint64 *after_r);
/* http_param_since - since= as unix seconds (0 when absent); FALSE: 400 sent */
gboolean http_param_since(http_call *c, gint64 *since_r);

/* http_body_object - the request body as a JSON object (the parser owns it; unref it);
 * NULL with 400 sent when it is not one */
JsonObject *http_body_object(http_call *c, JsonParser **parser_r);
/* http_json_member_string - member name as a string: TRUE with *value_r NULL when absent
 * (or null), FALSE with 400 sent when of another type or longer than max bytes */
gboolean http_json_member_string(http_call *c, JsonObject *o, const char *name, size_t max,
                                 const char **value_r);
/* http_json_suppression - one suppression row (or the empty state of an unknown address) */
void http_json_suppression(GString *out, const bd_suppression *r);
/* http_json_cursor - ,"next_cursor": "N" or null, closing a listing */
void http_json_page_end(GString *out, gboolean more, gint64 last);

/* http_auth_load - the token of file as a SHA-256 digest; FALSE with *error set */
gboolean http_auth_load(const char *file, guint8 digest_r[32], GError **error);
/* http_auth_allows - does an Authorization header carry the token of digest? (constant time) */
gboolean http_auth_allows(const guint8 digest[32], const char *authorization);

/* http_metrics_count - one answered request, for bounced_http_requests_total */
void http_metrics_count(http_server *h, const char *route, int code);

/* The handlers, one per route and method. */
void http_healthz(http_call *c);
void http_metrics(http_call *c);
void http_suppression_get(http_call *c);
void http_suppression_put(http_call *c);
void http_suppression_delete(http_call *c);
void http_suppressions_list(http_call *c);
void http_check(http_call *c);
void http_events_list(http_call *c);

#endif
