/* http_route.c - the route table, authentication, method checks and query parsing: every
 * request enters at http_dispatch and leaves through one handler or one JSON error */
#include "http_internal.h"

#include <string.h>
#include <event2/keyvalq_struct.h>

typedef struct http_method_handler {
	enum evhttp_cmd_type method; /* HEAD is answered by the GET handler */
	http_handler fn;
} http_method_handler;

/* One route: an exact path, or a prefix whose rest ({address}) is handed to the handler. */
typedef struct http_route {
	const char *path;
	gboolean prefix;
	const char *name;  /* the metrics label */
	const char *allow; /* the Allow header of a 405 */
	http_method_handler methods[4];
} http_route;

static const http_route http_routes[] = {
    {"/v1/suppressions/",
     TRUE,
     "/v1/suppressions/{address}",
     "GET, HEAD, PUT, DELETE",
     {{EVHTTP_REQ_GET, http_suppression_get},
      {EVHTTP_REQ_PUT, http_suppression_put},
      {EVHTTP_REQ_DELETE, http_suppression_delete}}},
    {"/v1/suppressions",
     FALSE,
     "/v1/suppressions",
     "GET, HEAD",
     {{EVHTTP_REQ_GET, http_suppressions_list}}},
    {"/v1/check", FALSE, "/v1/check", "POST", {{EVHTTP_REQ_POST, http_check}}},
    {"/v1/events", FALSE, "/v1/events", "GET, HEAD", {{EVHTTP_REQ_GET, http_events_list}}},
    {"/metrics", FALSE, "/metrics", "GET, HEAD", {{EVHTTP_REQ_GET, http_metrics}}},
    {"/healthz", FALSE, "/healthz", "GET, HEAD", {{EVHTTP_REQ_GET, http_healthz}}},
};

/* route_find - the route of a raw (still percent-encoded) path, or NULL */
static const http_route *
route_find(const char *path)
{
	for (size_t i = 0; i < G_N_ELEMENTS(http_routes); i++) {
		const http_route *r = &http_routes[i];

		if (r->prefix ? g_str_has_prefix(path, r->path) : strcmp(path, r->path) == 0)
			return r;
	}
	return NULL;
}

/* route_handler - the handler of method on r, or NULL */
static http_handler
route_handler(const http_route *r, enum evhttp_cmd_type method)
{
	if (method == EVHTTP_REQ_HEAD)
		method = EVHTTP_REQ_GET;
	for (size_t i = 0; i < G_N_ELEMENTS(r->methods) && r->methods[i].fn; i++)
		if (r->methods[i].method == method)
			return r->methods[i].fn;
	return NULL;
}

/* uri_decode - percent-decoding without '+' → ' ' ('+' is common in addresses); NULL when
 * the result would hold a NUL byte or is not UTF-8 */
static char *
uri_decode(const char *text)
{
	size_t len = 0;
	char *out = evhttp_uridecode(text, 0, &len);

	if (out != NULL && (strlen(out) != len || !g_utf8_validate(out, (gssize)len, NULL))) {
		free(out);
		return NULL;
	}
	return out;
}

/* query_parse - "a=1&b=x%40y" → {a: 1, b: x@y}; NULL (with *why_r) on a repeated name or a
 * NUL byte */
static GHashTable *
query_parse(const char *query, const char **why_r)
{
	GHashTable *q = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	char **pairs = g_strsplit(query ? query : "", "&", -1);

	for (char **p = pairs; *p; p++) {
		char *eq = strchr(*p, '='), *k, *v, *gk, *gv;

		if (**p == '\0')
			continue;
		if (eq)
			*eq = '\0';
		k = uri_decode(*p);
		v = uri_decode(eq ? eq + 1 : "");
		if (k == NULL || v == NULL || g_hash_table_contains(q, k)) {
			*why_r = k && v ? "a query parameter is given twice"
			                : "bad query encoding (NUL or not UTF-8)";
			free(k);
			free(v);
			g_strfreev(pairs);
			g_hash_table_unref(q);
			return NULL;
		}
		gk = g_strdup(k);
		gv = g_strdup(v);
		free(k);
		free(v);
		g_hash_table_insert(q, gk, gv);
	}
	g_strfreev(pairs);
	return q;
}

/* dispatch_authorized - is the request allowed by the token (or is none configured)? */
static gboolean
dispatch_authorized(http_server *h, struct evhttp_request *req)
{
	const char *auth =
	    evhttp_find_header(evhttp_request_get_input_headers(req), "Authorization");
	gboolean ok;

	g_mutex_lock(&h->token_lock);
	ok = !h->have_token || http_auth_allows(h->token_digest, auth);
	g_mutex_unlock(&h->token_lock);
	return ok;
}

/* dispatch_call - the route's handler with the decoded path rest and query */
static void
dispatch_call(http_call *c, const http_route *r, const char *path, http_handler fn)
{
	const char *why = NULL;

	if (r->prefix) {
		char *raw = uri_decode(path + strlen(r->path));

		if (raw == NULL || *raw == '\0') {
			http_error(c, 400, "the path must end with an address (UTF-8, no NUL)");
			free(raw);
			return;
		}
		c->tail = g_strdup(raw);
		free(raw);
	}
	c->query = query_parse(evhttp_uri_get_query(evhttp_request_get_evhttp_uri(c->req)), &why);
	if (c->query == NULL) {
		http_error(c, 400, "%s", why);
		return;
	}
	fn(c);
}

/* http_dispatch - route, authenticate, check the method, call the handler */
void
http_dispatch(struct evhttp_request *req, void *server)
{
	http_server *h = server;
	const char *path = evhttp_uri_get_path(evhttp_request_get_evhttp_uri(req));
	const http_route *r = route_find(path ? path : "");
	http_call c = {.h = h, .req = req};
	http_handler fn;

	h->route = r ? r->name : "other";
	if (!dispatch_authorized(h, req)) {
		evhttp_add_header(evhttp_request_get_output_headers(req), "WWW-Authenticate",
		                  "Bearer realm=\"bounced\"");
		http_error(&c, 401, "missing or wrong bearer token");
	} else if (r == NULL) {
		http_error(&c, 404, "no such route");
	} else if ((fn = route_handler(r, evhttp_request_get_command(req))) == NULL) {
		evhttp_add_header(evhttp_request_get_output_headers(req), "Allow", r->allow);
		http_error(&c, 405, "method not allowed on %s (allowed: %s)", r->name, r->allow);
	} else {
		dispatch_call(&c, r, path, fn);
	}
	g_free(c.tail);
	if (c.query)
		g_hash_table_unref(c.query);
}
