/* lmtp_server.c - listeners, the session table, connection limit, results from other threads */
#include "lmtp_session.h"
#include "log.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <gio/gio.h>
#include <unistd.h>

typedef struct server_result {
	guint64 session_id;
	gboolean ok;
	char *detail;
} server_result;

static void server_results_cb(evutil_socket_t fd, short what, void *arg);

/* lmtp_limits_init - fill l with the defaults */
void
lmtp_limits_init(lmtp_limits *l)
{
	l->max_line_length = LMTP_DEFAULT_MAX_LINE_LENGTH;
	l->max_message_size = LMTP_DEFAULT_MAX_MESSAGE_SIZE;
	l->max_recipients = LMTP_DEFAULT_MAX_RECIPIENTS;
	l->max_connections = LMTP_DEFAULT_MAX_CONNECTIONS;
	l->idle_timeout = LMTP_DEFAULT_IDLE_TIMEOUT;
	l->command_timeout = LMTP_DEFAULT_COMMAND_TIMEOUT;
	l->max_buffer = LMTP_DEFAULT_MAX_BUFFER;
}

/* lmtp_message_free - free a message and set *msgp to NULL */
void
lmtp_message_free(lmtp_message **msgp)
{
	lmtp_message *m = *msgp;

	if (m == NULL)
		return;
	*msgp = NULL;
	g_free(m->client);
	g_free(m->helo);
	g_free(m->mail_from);
	if (m->rcpt_to)
		g_ptr_array_unref(m->rcpt_to);
	if (m->data)
		g_byte_array_unref(m->data);
	g_free(m);
}

/* accept_compile - a comma (or semicolon) list of glob patterns → GPatternSpec *, lower case */
static GPtrArray *
accept_compile(const char *accept, GError **error)
{
	GPtrArray *specs = g_ptr_array_new_with_free_func((GDestroyNotify)g_pattern_spec_free);
	char **parts = g_strsplit_set(accept ? accept : LMTP_DEFAULT_ACCEPT, ",;", -1);

	for (char **p = parts; *p; p++) {
		char *pat = g_utf8_strdown(g_strstrip(*p), -1);

		if (*pat)
			g_ptr_array_add(specs, g_pattern_spec_new(pat));
		g_free(pat);
	}
	g_strfreev(parts);
	if (specs->len == 0) {
		g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
		            "accept: no recipient pattern in \"%s\"", accept ? accept : "");
		g_ptr_array_unref(specs);
		return NULL;
	}
	return specs;
}

/* lmtp_accept_valid - check a comma list of recipient patterns */
gboolean
lmtp_accept_valid(const char *accept, GError **error)
{
	GPtrArray *specs = accept_compile(accept, error);

	if (specs == NULL)
		return FALSE;
	g_ptr_array_unref(specs);
	return TRUE;
}

/* lmtp_server_accepts - TRUE when a recipient matches an accept pattern (case-insensitive) */
gboolean
lmtp_server_accepts(lmtp_server *srv, const char *rcpt)
{
	char *lower = g_utf8_strdown(rcpt, -1);
	gboolean ok = FALSE;

	for (guint i = 0; i < srv->accept->len && !ok; i++)
		ok = g_pattern_match_string(g_ptr_array_index(srv->accept, i), lower);
	g_free(lower);
	return ok;
}

/* limits_sane - keep the buffer larger than a line so that a full line always fits */
static void
limits_sane(lmtp_limits *l)
{
	if (l->max_buffer <= l->max_line_length)
		l->max_buffer = l->max_line_length + 1;
}

/* lmtp_server_new - a server on base; accept is a comma list of glob patterns (NULL: default) */
lmtp_server *
lmtp_server_new(struct event_base *base, const lmtp_limits *limits, const char *accept,
                lmtp_submit_fn submit, void *submit_ctx)
{
	lmtp_server *srv = g_new0(lmtp_server, 1);

	srv->base = base;
	srv->limits = *limits;
	limits_sane(&srv->limits);
	srv->accept = accept_compile(accept, NULL);
	if (srv->accept == NULL)
		srv->accept = accept_compile(LMTP_DEFAULT_ACCEPT, NULL);
	srv->hostname = g_strdup(g_get_host_name());
	srv->submit = submit;
	srv->submit_ctx = submit_ctx;
	srv->listeners = g_ptr_array_new_with_free_func((GDestroyNotify)evconnlistener_free);
	srv->unix_paths = g_ptr_array_new_with_free_func(g_free);
	srv->sessions = g_hash_table_new(g_int64_hash, g_int64_equal);
	g_mutex_init(&srv->results_lock);
	g_queue_init(&srv->results);
	srv->results_ev = event_new(base, -1, 0, server_results_cb, srv);
	return srv;
}

/* server_stop_listening - close listeners and remove our unix sockets */
static void
server_stop_listening(lmtp_server *srv)
{
	g_ptr_array_set_size(srv->listeners, 0);
	for (guint i = 0; i < srv->unix_paths->len; i++)
		unlink(g_ptr_array_index(srv->unix_paths, i));
	g_ptr_array_set_size(srv->unix_paths, 0);
}

static void
server_result_free(server_result *r)
{
	g_free(r->detail);
	g_free(r);
}

/* lmtp_server_free - close every session and listener; set *srvp to NULL */
void
lmtp_server_free(lmtp_server **srvp)
{
	lmtp_server *srv = *srvp;
	GList *all;

	if (srv == NULL)
		return;
	*srvp = NULL;
	server_stop_listening(srv);
	srv->drained = NULL;
	all = g_hash_table_get_values(srv->sessions);
	for (GList *l = all; l; l = l->next) {
		lmtp_session *s = l->data;

		lmtp_session_free(&s);
	}
	g_list_free(all);
	g_hash_table_unref(srv->sessions);
	g_ptr_array_unref(srv->listeners);
	g_ptr_array_unref(srv->unix_paths);
	g_ptr_array_unref(srv->accept);
	event_free(srv->results_ev);
	g_queue_clear_full(&srv->results, (GDestroyNotify)server_result_free);
	g_mutex_clear(&srv->results_lock);
	g_free(srv->hostname);
	g_free(srv);
}

/* lmtp_server_forget - remove a freed session from the table (and finish a shutdown) */
void
lmtp_server_forget(lmtp_server *srv, lmtp_session *s)
{
	g_hash_table_remove(srv->sessions, &s->id);
	if (srv->draining && srv->drained && g_hash_table_size(srv->sessions) == 0) {
		void (*done)(void *) = srv->drained;

		srv->drained = NULL;
		done(srv->drained_ctx);
	}
}

/* format_peer - "192.0.2.1:25", "[2001:db8::1]:25" or "unix" */
static char *
format_peer(const struct sockaddr *sa)
{
	char host[INET6_ADDRSTRLEN];

	if (sa && sa->sa_family == AF_INET) {
		const struct sockaddr_in *in = (const struct sockaddr_in *)sa;

		inet_ntop(AF_INET, &in->sin_addr, host, sizeof(host));
		return g_strdup_printf("%s:%u", host, ntohs(in->sin_port));
	}
	if (sa && sa->sa_family == AF_INET6) {
		const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)sa;

		inet_ntop(AF_INET6, &in6->sin6_addr, host, sizeof(host));
		return g_strdup_printf("[%s]:%u", host, ntohs(in6->sin6_port));
	}
	return g_strdup("unix");
}

/* lmtp_server_add_connection - start a session on a connected socket (takes the fd) */
void
lmtp_server_add_connection(lmtp_server *srv, evutil_socket_t fd, const char *client)
{
	if (srv->draining) {
		evutil_closesocket(fd);
		return;
	}
	if (g_hash_table_size(srv->sessions) >= srv->limits.max_connections) {
		char reply[LMTP_MAX_REPLY];
		int n = g_snprintf(reply, sizeof(reply),
		                   "421 4.3.2 %s Error: too many connections\r\n", srv->hostname);

		/* a fresh socket's buffer takes one line: no need to wait for it */
		if (send(fd, reply, (size_t)n, MSG_DONTWAIT | MSG_NOSIGNAL) < 0)
			log_debug("lmtp: cannot tell %s: %s", client, g_strerror(errno));
		evutil_closesocket(fd);
		srv->stats.refused++;
		log_warning("lmtp: refused %s: %u connections open", client,
		            g_hash_table_size(srv->sessions));
		return;
	}
	lmtp_session_new(srv, fd, client);
}

static void
server_accept_cb(struct evconnlistener *l, evutil_socket_t fd, struct sockaddr *sa, int socklen,
                 void *arg)
{
	lmtp_server *srv = arg;
	char *client = format_peer(socklen > 0 ? sa : NULL);

	if (sa && (sa->sa_family == AF_INET || sa->sa_family == AF_INET6)) {
		int one = 1;

		/* replies are small and latency matters: no Nagle delay */
		setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	}
	lmtp_server_add_connection(srv, fd, client);
	g_free(client);
}

static void
server_accept_error_cb(struct evconnlistener *l, void *arg)
{
	log_error("lmtp: accept: %s", g_strerror(errno));
}

/* listen_parse - "unix:/path" or an inet/inet6 "host:port" into a socket address */
static gboolean
listen_parse(const char *addr, struct sockaddr_storage *ss, int *len_r, GError **error)
{
	memset(ss, 0, sizeof(*ss));
	if (g_str_has_prefix(addr, "unix:")) {
		struct sockaddr_un *un = (struct sockaddr_un *)ss;
		const char *path = addr + 5;

		if (*path != '/' || strlen(path) >= sizeof(un->sun_path)) {
			g_set_error(
			    error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
			    "listen address %s: need an absolute path shorter than %zu bytes", addr,
			    sizeof(un->sun_path));
			return FALSE;
		}
		un->sun_family = AF_UNIX;
		strcpy(un->sun_path, path);
		*len_r = (int)sizeof(*un);
		return TRUE;
	}
	*len_r = (int)sizeof(*ss);
	if (strchr(addr, ':') == NULL ||
	    evutil_parse_sockaddr_port(addr, (struct sockaddr *)ss, len_r) != 0) {
		g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
		            "listen address %s: expected 127.0.0.1:2424, [::1]:2424 or unix:/path",
		            addr);
		return FALSE;
	}
	return TRUE;
}

/* lmtp_parse_listen - check a listen address */
gboolean
lmtp_parse_listen(const char *addr, GError **error)
{
	struct sockaddr_storage ss;
	int len;

	return listen_parse(addr, &ss, &len, error);
}

/* unix_prepare - remove a stale socket file left by an earlier run (never a regular file) */
static gboolean
unix_prepare(const char *path, GError **error)
{
	struct stat st;

	if (lstat(path, &st) != 0)
		return TRUE;
	if (!S_ISSOCK(st.st_mode)) {
		g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_EXIST,
		            "%s exists and is not a socket", path);
		return FALSE;
	}
	unlink(path);
	return TRUE;
}

/* lmtp_server_listen - listen on "127.0.0.1:2424", "[::1]:2424" or "unix:/path" */
gboolean
lmtp_server_listen(lmtp_server *srv, const char *addr, GError **error)
{
	struct sockaddr_storage ss;
	struct evconnlistener *l;
	unsigned flags = LEV_OPT_CLOSE_ON_FREE | LEV_OPT_REUSEABLE | LEV_OPT_CLOSE_ON_EXEC;
	int len;

	if (!listen_parse(addr, &ss, &len, error))
		return FALSE;
	if (ss.ss_family == AF_UNIX && !unix_prepare(addr + 5, error))
		return FALSE;
	if (ss.ss_family == AF_INET6)
		flags |= LEV_OPT_BIND_IPV6ONLY;
	l = evconnlistener_new_bind(srv->base, server_accept_cb, srv, flags, 128,
	                            (struct sockaddr *)&ss, len);
	if (l == NULL) {
		g_set_error(error, G_IO_ERROR, g_io_error_from_errno(errno), "listen on %s: %s",
		            addr, g_strerror(errno));
		return FALSE;
	}
	if (ss.ss_family == AF_UNIX) {
		/* the MTA runs as another user; protect the socket with its directory */
		chmod(addr + 5, 0666);
		g_ptr_array_add(srv->unix_paths, g_strdup(addr + 5));
	}
	evconnlistener_set_error_cb(l, server_accept_error_cb);
	g_ptr_array_add(srv->listeners, l);
	log_info("lmtp: listening on %s", addr);
	return TRUE;
}

/* lmtp_server_listen_fd - accept on an already listening socket (systemd socket activation) */
gboolean
lmtp_server_listen_fd(lmtp_server *srv, evutil_socket_t fd, GError **error)
{
	struct evconnlistener *l;

	evutil_make_socket_nonblocking(fd);
	l = evconnlistener_new(srv->base, server_accept_cb, srv,
	                       LEV_OPT_CLOSE_ON_FREE | LEV_OPT_CLOSE_ON_EXEC, -1, fd);
	if (l == NULL) {
		g_set_error(error, G_IO_ERROR, G_IO_ERROR_FAILED, "listen on fd %d failed",
		            (int)fd);
		return FALSE;
	}
	evconnlistener_set_error_cb(l, server_accept_error_cb);
	g_ptr_array_add(srv->listeners, l);
	log_info("lmtp: listening on socket fd %d from systemd", (int)fd);
	return TRUE;
}

/* lmtp_server_post_result - answer the message of session_id: 250 or 451; any thread */
void
lmtp_server_post_result(lmtp_server *srv, guint64 session_id, gboolean ok, const char *detail)
{
	server_result *r = g_new0(server_result, 1);

	r->session_id = session_id;
	r->ok = ok;
	r->detail = g_strdup(detail);
	g_mutex_lock(&srv->results_lock);
	g_queue_push_tail(&srv->results, r);
	g_mutex_unlock(&srv->results_lock);
	event_active(srv->results_ev, EV_READ, 0);
}

/* server_results_cb - on the loop: reply for each committed message whose session is still open */
static void
server_results_cb(evutil_socket_t fd, short what, void *arg)
{
	lmtp_server *srv = arg;
	GQueue batch = G_QUEUE_INIT;
	server_result *r;

	g_mutex_lock(&srv->results_lock);
	batch = srv->results;
	g_queue_init(&srv->results);
	g_mutex_unlock(&srv->results_lock);
	while ((r = g_queue_pop_head(&batch)) != NULL) {
		lmtp_session *s = g_hash_table_lookup(srv->sessions, &r->session_id);

		if (s)
			lmtp_session_result(s, r->ok, r->detail);
		else
			log_debug("lmtp: session %" G_GUINT64_FORMAT " gone before its reply",
			          r->session_id);
		server_result_free(r);
	}
}

/* lmtp_server_reconfigure - new limits and accept patterns (SIGHUP) */
void
lmtp_server_reconfigure(lmtp_server *srv, const lmtp_limits *limits, const char *accept)
{
	GPtrArray *specs = accept_compile(accept, NULL);
	GHashTableIter it;
	gpointer value;

	if (specs) {
		g_ptr_array_unref(srv->accept);
		srv->accept = specs;
	}
	srv->limits = *limits;
	limits_sane(&srv->limits);
	g_hash_table_iter_init(&it, srv->sessions);
	while (g_hash_table_iter_next(&it, NULL, &value)) {
		lmtp_session *s = value;

		bufferevent_setwatermark(s->bev, EV_READ, 0, srv->limits.max_buffer);
	}
}

/* lmtp_server_shutdown - stop listening, let transactions finish, close idle sessions */
void
lmtp_server_shutdown(lmtp_server *srv, void (*done)(void *ctx), void *ctx)
{
	GList *all;

	server_stop_listening(srv);
	srv->draining = TRUE;
	srv->drained = done;
	srv->drained_ctx = ctx;
	all = g_hash_table_get_values(srv->sessions);
	for (GList *l = all; l; l = l->next)
		lmtp_session_drain(l->data);
	g_list_free(all);
	if (g_hash_table_size(srv->sessions) == 0 && srv->drained) {
		srv->drained = NULL;
		done(ctx);
	}
}

/* lmtp_server_stats - copy the counters */
void
lmtp_server_stats(lmtp_server *srv, lmtp_stats *st)
{
	*st = srv->stats;
	st->sessions = g_hash_table_size(srv->sessions);
}
