/* lmtp_session.h - one LMTP connection: states, buffers, replies (internal to lmtp_*.c) */
#ifndef BOUNCED_DAEMON_LMTP_SESSION_H
#define BOUNCED_DAEMON_LMTP_SESSION_H

#include "lmtp.h"

#include <event2/bufferevent.h>
#include <event2/listener.h>

/* The states of a session; changed only by lmtp_session_set_state. */
typedef enum lmtp_state {
	LMTP_STATE_CONNECTED, /* greeting sent, waiting for LHLO */
	LMTP_STATE_READY,     /* LHLO done, no transaction */
	LMTP_STATE_MAIL,      /* MAIL accepted, no recipient yet */
	LMTP_STATE_RCPT,      /* at least one RCPT accepted */
	LMTP_STATE_DATA,      /* receiving the message */
	LMTP_STATE_PENDING,   /* message handed over, waiting for the commit */
	LMTP_STATE_CLOSING,   /* last reply queued: close once it is written */
} lmtp_state;

#define LMTP_MAX_REPLY 512 /* bytes of one reply line we ever write */

struct lmtp_server {
	struct event_base *base;
	lmtp_limits limits;
	GPtrArray *accept; /* GPatternSpec *, lower-case patterns */
	char *hostname;
	lmtp_submit_fn submit;
	void *submit_ctx;
	GPtrArray *listeners;  /* struct evconnlistener * */
	GPtrArray *unix_paths; /* char *: unlinked on free */
	GHashTable *sessions;  /* guint64 id → lmtp_session * */
	guint64 next_id;
	lmtp_stats stats;
	gboolean draining;
	void (*drained)(void *ctx);
	void *drained_ctx;
	/* results posted by other threads, applied on the loop */
	GMutex results_lock;
	GQueue results;
	struct event *results_ev;
};

typedef struct lmtp_session {
	lmtp_server *srv;
	guint64 id;
	struct bufferevent *bev;
	char *client;
	lmtp_state state;
	char *helo;
	/* the transaction */
	char *mail_from;
	gboolean smtputf8;
	GPtrArray *rcpt_to; /* char * */
	GByteArray *data;
	size_t data_size;      /* bytes of DATA seen, kept or not */
	gboolean data_too_big; /* data was dropped past max_message_size */
	gboolean data_bol;     /* next DATA byte starts a line */
	gboolean discard_line; /* skipping the rest of an over-long command line */
	gboolean eof;          /* the client closed its side */
	gboolean output_full;  /* stop reading until the client takes our replies */
	gboolean reading;      /* EV_READ enabled */
	int timeout_kind;      /* which read timeout is set: 0 none, 1 idle, 2 command */
} lmtp_session;

/* lmtp_session_new - greet a new connection on fd (owned by the session from now on) */
lmtp_session *lmtp_session_new(lmtp_server *srv, evutil_socket_t fd, const char *client);
/* lmtp_session_free - close the connection, forget the session and set *s to NULL */
void lmtp_session_free(lmtp_session **s);
/* lmtp_session_set_state - the one place where a session changes state */
void lmtp_session_set_state(lmtp_session *s, lmtp_state state);
/* lmtp_session_result - reply to each recipient of the pending message */
void lmtp_session_result(lmtp_session *s, gboolean ok, const char *detail);
/* lmtp_session_drain - on shutdown: 421 now if idle, else after the transaction */
void lmtp_session_drain(lmtp_session *s);
/* lmtp_session_process - consume buffered input as far as the state allows */
void lmtp_session_process(lmtp_session *s);

/* lmtp_reply - queue one reply line "code x.y.z text" (x.y.z may be NULL) */
void lmtp_reply(lmtp_session *s, int code, const char *enhanced, const char *fmt, ...)
    G_GNUC_PRINTF(4, 5);
/* lmtp_reply_more - queue one continuation line "code-text" of a multi-line reply */
void lmtp_reply_more(lmtp_session *s, int code, const char *fmt, ...) G_GNUC_PRINTF(3, 4);
/* lmtp_close - queue a last reply-less close: the session ends once the output is written */
void lmtp_close(lmtp_session *s);

/* lmtp_command - run one command line (no line end) through the command table */
void lmtp_command(lmtp_session *s, char *line);
/* lmtp_transaction_reset - forget MAIL, RCPT and DATA (RSET, LHLO, end of a transaction) */
void lmtp_transaction_reset(lmtp_session *s);
/* lmtp_end_of_data - the final "." arrived: answer each recipient or hand the message over */
void lmtp_end_of_data(lmtp_session *s);

/* lmtp_server_accepts - TRUE when a recipient matches an accept pattern */
gboolean lmtp_server_accepts(lmtp_server *srv, const char *rcpt);
/* lmtp_server_forget - remove a freed session from the table (and finish a shutdown) */
void lmtp_server_forget(lmtp_server *srv, lmtp_session *s);

#endif
