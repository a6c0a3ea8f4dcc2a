/* http.h - the HTTP listener (evhttp); for now only GET /healthz, the /v1 API comes later */
#ifndef BOUNCED_DAEMON_HTTP_H
#define BOUNCED_DAEMON_HTTP_H

#include <glib.h>
#include <event2/event.h>

typedef struct http_server http_server;

/* http_server_new - listen on "127.0.0.1:8025" (or on fd >= 0 from systemd) */
http_server *http_server_new(struct event_base *base, const char *listen, int fd, GError **error);
/* http_server_free - stop listening and set *h to NULL */
void http_server_free(http_server **h);

#endif
