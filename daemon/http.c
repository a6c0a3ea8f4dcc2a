/* http.c - evhttp on the --http address: GET /healthz, JSON 404 for everything else */
#include "http.h"
#include "log.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <event2/buffer.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <event2/util.h>
#include <gio/gio.h>

struct http_server {
	struct evhttp *http;
};

/* http_json - send a JSON body with a status code */
static void
http_json(struct evhttp_request *req, int code, const char *reason, const char *json)
{
	struct evbuffer *body = evbuffer_new();

	evhttp_add_header(evhttp_request_get_output_headers(req), "Content-Type",
	                  "application/json");
	evbuffer_add_printf(body, "%s\n", json);
	evhttp_send_reply(req, code, reason, body);
	evbuffer_free(body);
}

/* http_healthz - the loop answers, so the daemon is alive */
static void
http_healthz(struct evhttp_request *req, void *arg)
{
	if (evhttp_request_get_command(req) != EVHTTP_REQ_GET &&
	    evhttp_request_get_command(req) != EVHTTP_REQ_HEAD) {
		http_json(req, 405, "Method Not Allowed", "{\"error\": \"method not allowed\"}");
		return;
	}
	http_json(req, 200, "OK", "{\"status\": \"ok\", \"version\": \"" BOUNCED_VERSION "\"}");
}

static void
http_not_found(struct evhttp_request *req, void *arg)
{
	http_json(req, 404, "Not Found", "{\"error\": \"not found\"}");
}

/* http_server_new - listen on "127.0.0.1:8025" (or on fd >= 0 from systemd) */
http_server *
http_server_new(struct event_base *base, const char *listen, int fd, GError **error)
{
	http_server *h = g_new0(http_server, 1);

	h->http = evhttp_new(base);
	evhttp_set_max_headers_size(h->http, 16384);
	evhttp_set_max_body_size(h->http, 4 * 1024 * 1024);
	evhttp_set_timeout(h->http, 30);
	evhttp_set_cb(h->http, "/healthz", http_healthz, h);
	evhttp_set_gencb(h->http, http_not_found, h);
	if (fd >= 0) {
		evutil_make_socket_nonblocking(fd);
		if (evhttp_accept_socket(h->http, fd) != 0)
			goto fail;
		log_info("http: listening on socket fd %d from systemd", fd);
	} else {
		/* "[::1]:8025" → host "::1", port 8025 */
		const char *colon = strrchr(listen, ':');
		char *host = g_strndup(listen, (gsize)(colon - listen));
		int port = atoi(colon + 1);

		if (host[0] == '[') {
			memmove(host, host + 1, strlen(host));
			host[strlen(host) - 1] = '\0';
		}
		if (evhttp_bind_socket(h->http, host, (ev_uint16_t)port) != 0) {
			g_free(host);
			goto fail;
		}
		g_free(host);
		log_info("http: listening on %s", listen);
	}
	return h;
fail:
	g_set_error(error, G_IO_ERROR, G_IO_ERROR_FAILED, "http: cannot listen on %s: %s",
	            fd >= 0 ? "the systemd socket" : listen, g_strerror(errno));
	evhttp_free(h->http);
	g_free(h);
	return NULL;
}

/* http_server_free - stop listening and set *hp to NULL */
void
http_server_free(http_server **hp)
{
	if (*hp == NULL)
		return;
	evhttp_free((*hp)->http);
	g_free(*hp);
	*hp = NULL;
}
