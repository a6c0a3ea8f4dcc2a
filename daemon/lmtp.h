/* lmtp.h - the RFC 2033 LMTP server: listeners, sessions, limits (DESIGN.md §7) */
#ifndef BOUNCED_DAEMON_LMTP_H
#define BOUNCED_DAEMON_LMTP_H

#include <stddef.h>
#include <glib.h>
#include <event2/event.h>
#include <event2/util.h>

/* Limits; each is a key of the [lmtp] group of the configuration file. */
#define LMTP_DEFAULT_MAX_LINE_LENGTH 2048 /* command line, CRLF included: 500 5.5.2 */
#define LMTP_DEFAULT_MAX_MESSAGE_SIZE (10u * 1024 * 1024) /* DATA bytes: 552 5.3.4, SIZE */
#define LMTP_DEFAULT_MAX_RECIPIENTS 100                   /* RCPT per transaction: 452 4.5.3 */
#define LMTP_DEFAULT_MAX_CONNECTIONS 100                  /* open sessions: 421 4.3.2 */
#define LMTP_DEFAULT_IDLE_TIMEOUT 300                     /* s waiting for a command: 421 4.4.2 */
#define LMTP_DEFAULT_COMMAND_TIMEOUT 120     /* s of silence inside a line or DATA: 421 4.4.2 */
#define LMTP_DEFAULT_MAX_BUFFER (64u * 1024) /* bytes buffered per direction per session */

/* Bounds the configuration accepts for the limits above. */
#define LMTP_MIN_LINE_LENGTH 512 /* RFC 5321 4.5.3.1.4 */
#define LMTP_MIN_BUFFER 4096
#define LMTP_MAX_MESSAGE_SIZE_CAP (64u * 1024 * 1024) /* BD_PARSE_MAX_MESSAGE_SIZE */

#define LMTP_DEFAULT_ACCEPT "bounce@*,bounce+*@*"

typedef struct lmtp_limits {
	size_t max_line_length;
	size_t max_message_size;
	unsigned max_recipients;
	unsigned max_connections;
	unsigned idle_timeout;    /* seconds */
	unsigned command_timeout; /* seconds */
	size_t max_buffer;
} lmtp_limits;

/* lmtp_limits_init - fill l with the defaults above */
void lmtp_limits_init(lmtp_limits *l);

/* One received message, handed from the event loop to whoever stores it. */
typedef struct lmtp_message {
	guint64 session_id; /* whom lmtp_server_post_result answers */
	char *client;       /* peer: "192.0.2.1:34567", "[::1]:4567", "unix" */
	char *helo;         /* the LHLO argument */
	char *mail_from;    /* "" for the null sender <> */
	GPtrArray *rcpt_to; /* char *: the accepted recipients, in RCPT order */
	GByteArray *data;   /* the message, dot-unstuffed, line ends as received */
	gint64 received_at; /* unix seconds at the end of DATA */
	gint64 queued_us;   /* g_get_monotonic_time() at the end of DATA */
} lmtp_message;

/* lmtp_message_free - free a message and set *msg to NULL */
void lmtp_message_free(lmtp_message **msg);

/*
 * Called on the event loop for each complete message; takes ownership of msg
 * and must eventually call lmtp_server_post_result for msg->session_id once,
 * from any thread.
 */
typedef void (*lmtp_submit_fn)(lmtp_message *msg, void *ctx);

/* Counters for tests and logs. */
typedef struct lmtp_stats {
	guint64 connections; /* accepted since start */
	guint64 refused;     /* turned away at max_connections */
	guint64 messages;    /* handed to submit */
	unsigned sessions;   /* open now */
	size_t peak_input;   /* largest input buffer seen on any session */
	size_t peak_output;  /* largest output buffer seen on any session */
} lmtp_stats;

typedef struct lmtp_server lmtp_server;

/* lmtp_server_new - a server on base; accept is a comma list of glob patterns (NULL: default) */
lmtp_server *lmtp_server_new(struct event_base *base, const lmtp_limits *limits, const char *accept,
                             lmtp_submit_fn submit, void *submit_ctx);
/* lmtp_server_free - close every session and listener; set *srv to NULL */
void lmtp_server_free(lmtp_server **srv);

/* lmtp_server_listen - listen on "127.0.0.1:2424", "[::1]:2424" or "unix:/path" */
gboolean lmtp_server_listen(lmtp_server *srv, const char *addr, GError **error);
/* lmtp_server_listen_fd - accept on an already listening socket (systemd socket activation) */
gboolean lmtp_server_listen_fd(lmtp_server *srv, evutil_socket_t fd, GError **error);
/* lmtp_server_add_connection - start a session on a connected socket (takes the fd) */
void lmtp_server_add_connection(lmtp_server *srv, evutil_socket_t fd, const char *client);

/* lmtp_server_post_result - answer the message of session_id: 250 or 451; any thread */
void lmtp_server_post_result(lmtp_server *srv, guint64 session_id, gboolean ok, const char *detail);

/* lmtp_server_reconfigure - new limits and accept patterns for new commands (SIGHUP) */
void lmtp_server_reconfigure(lmtp_server *srv, const lmtp_limits *limits, const char *accept);

/*
 * lmtp_server_shutdown - stop listening, let transactions in flight finish,
 * close idle sessions with 421 4.3.2; done(ctx) runs on the loop when no
 * session is left.
 */
void lmtp_server_shutdown(lmtp_server *srv, void (*done)(void *ctx), void *ctx);

/* lmtp_server_stats - copy the counters */
void lmtp_server_stats(lmtp_server *srv, lmtp_stats *st);

/* lmtp_accept_valid - check a comma list of recipient patterns; FALSE with *error set */
gboolean lmtp_accept_valid(const char *accept, GError **error);

/* lmtp_parse_listen - check a listen address; TRUE for inet/inet6/unix forms */
gboolean lmtp_parse_listen(const char *addr, GError **error);

#endif
