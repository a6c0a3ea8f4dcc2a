/* http.c - the HTTP API server: its thread, event loop, listener and database connection.
 *
 * Threading: the API runs on a thread of its own with its own event_base and its own SQLite
 * connection (WAL, so its reads never wait for the commit thread and the commit thread never
 * waits for them).  A slow query (a 10,000-address check, a large page) therefore delays only
 * other HTTP requests, never an LMTP session.  Manual suppress/unsuppress write through this
 * connection: SQLite's lock serialises them with the commit thread's transactions; the wait
 * is bounded by HTTP_BUSY_TIMEOUT_MS, after which the client gets 503 with Retry-After.
 * The main thread only starts the server, swaps the token (SIGHUP) and stops it (SIGTERM). */
#include "http_internal.h"
#include "log.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <event2/util.h>
#include <gio/gio.h>

/* http_thread - serve until http_server_free breaks the loop */
static gpointer
http_thread(gpointer arg)
{
	http_server *h = arg;

	event_base_loop(h->base, EVLOOP_NO_EXIT_ON_EMPTY);
	return NULL;
}

/* http_listen - bind the configured address ("[::1]:8025" → host "::1") or take systemd's fd */
static gboolean
http_listen(http_server *h, const http_options *o, GError **error)
{
	if (o->fd >= 0) {
		evutil_make_socket_nonblocking(o->fd);
		if (evhttp_accept_socket(h->http, o->fd) == 0) {
			log_info("http: listening on socket fd %d from systemd", o->fd);
			return TRUE;
		}
	} else {
		const char *colon = strrchr(o->listen, ':');
		char *host = g_strndup(o->listen, (gsize)(colon - o->listen));
		int port = atoi(colon + 1);
		int rc;

		if (host[0] == '[') {
			memmove(host, host + 1, strlen(host));
			host[strlen(host) - 1] = '\0';
		}
		rc = evhttp_bind_socket(h->http, host, (ev_uint16_t)port);
		g_free(host);
		if (rc == 0) {
			log_info("http: listening on %s", o->listen);
			return TRUE;
		}
	}
	g_set_error(error, G_IO_ERROR, G_IO_ERROR_FAILED, "http: cannot listen on %s: %s",
	            o->fd >= 0 ? "the systemd socket" : o->listen, g_strerror(errno));
	return FALSE;
}

/* http_open_store - the thread's own connection, with a short busy timeout (see above) */
static bd_store *
http_open_store(const bd_store_options *so, GError **error)
{
	bd_store_options o = *so;

	o.busy_timeout_ms = MIN(so->busy_timeout_ms, HTTP_BUSY_TIMEOUT_MS);
	o.raw_retention_days = 0; /* the commit thread prunes; this connection only reads */
	return bd_store_open(&o, error);
}

/* http_server_new - open the database, listen, start the HTTP thread */
http_server *
http_server_new(const http_options *o, GError **error)
{
	http_server *h = g_new0(http_server, 1);
	GError *err = NULL;

	g_mutex_init(&h->token_lock);
	h->counters = o->counters;
	h->requests = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	if (o->token_file && *o->token_file) {
		if (!http_auth_load(o->token_file, h->token_digest, &err))
			goto fail;
		h->have_token = TRUE;
	}
	h->store = http_open_store(o->store, &err);
	if (h->store == NULL)
		goto fail;
	h->base = event_base_new();
	h->http = evhttp_new(h->base);
	evhttp_set_max_headers_size(h->http, HTTP_MAX_HEADERS_SIZE);
	evhttp_set_max_body_size(h->http, HTTP_MAX_BODY);
	evhttp_set_timeout(h->http, HTTP_TIMEOUT_S);
	/* a body over the limit is read to its end before the 413, so the client sees the answer
	 * instead of a reset */
	evhttp_set_flags(h->http, EVHTTP_SERVER_LINGERING_CLOSE);
	/* every method reaches http_dispatch, which answers 405 in JSON itself */
	evhttp_set_allowed_methods(h->http, EVHTTP_REQ_GET | EVHTTP_REQ_POST | EVHTTP_REQ_HEAD |
	                                        EVHTTP_REQ_PUT | EVHTTP_REQ_DELETE |
	                                        EVHTTP_REQ_OPTIONS | EVHTTP_REQ_TRACE |
	                                        EVHTTP_REQ_CONNECT | EVHTTP_REQ_PATCH);
	evhttp_set_gencb(h->http, http_dispatch, h);
	if (!http_listen(h, o, &err))
		goto fail;
	h->thread = g_thread_new("http", http_thread, h);
	if (h->have_token)
		log_info("http: bearer token from %s required", o->token_file);
	return h;
fail:
	g_propagate_error(error, err);
	http_server_free(&h);
	return NULL;
}

/* http_server_reload - a new token from file, or none when file is NULL or empty */
gboolean
http_server_reload(http_server *h, const char *token_file, GError **error)
{
	guint8 digest[32];
	gboolean have = token_file != NULL && *token_file != '\0', had;

	if (have && !http_auth_load(token_file, digest, error))
		return FALSE;
	g_mutex_lock(&h->token_lock);
	if (have)
		memcpy(h->token_digest, digest, sizeof(digest));
	had = h->have_token;
	h->have_token = have;
	g_mutex_unlock(&h->token_lock);
	if (have)
		log_info("http: bearer token reloaded");
	else if (had)
		log_warning("http: token_file removed from the configuration: no authentication");
	return TRUE;
}

/* http_server_free - stop the thread (requests being answered finish first), then free */
void
http_server_free(http_server **hp)
{
	http_server *h = *hp;

	if (h == NULL)
		return;
	*hp = NULL;
	if (h->thread) {
		event_base_loopbreak(h->base);
		g_thread_join(h->thread);
	}
	if (h->http)
		evhttp_free(h->http);
	if (h->base)
		event_base_free(h->base);
	bd_store_close(&h->store);
	g_hash_table_unref(h->requests);
	g_free(h->db_metrics);
	g_mutex_clear(&h->token_lock);
	g_free(h);
}
