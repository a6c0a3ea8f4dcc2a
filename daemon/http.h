/* http.h - the HTTP API of DESIGN.md §8 (evhttp on a thread of its own, see http.c) */
#ifndef BOUNCED_DAEMON_HTTP_H
#define BOUNCED_DAEMON_HTTP_H

#include <glib.h>
#include <bounced/store.h>

#include "counters.h"

typedef struct http_server http_server;

typedef struct http_options {
	const char *listen;            /* "127.0.0.1:8025", "[::1]:8025"; ignored when fd >= 0 */
	int fd;                        /* a listening socket from systemd, or -1 */
	const char *token_file;        /* one bearer token; NULL or "" = no authentication */
	const bd_store_options *store; /* the database (the HTTP thread opens its own connection) */
	daemon_counters *counters;     /* borrowed, outlives the server; may be NULL */
} http_options;

/* http_server_new - open the database, listen, start the HTTP thread; NULL with *error set */
http_server *http_server_new(const http_options *o, GError **error);
/* http_token_file_check - does file hold one usable token? (--check-config, reload) */
gboolean http_token_file_check(const char *file, GError **error);
/* http_server_reload - read the token file again (SIGHUP); on error the old token stays */
gboolean http_server_reload(http_server *h, const char *token_file, GError **error);
/* http_server_free - stop the thread, close the listener and the database; set *h to NULL */
void http_server_free(http_server **h);

#endif
