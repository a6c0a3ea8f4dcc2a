/* lmtp_session.c - one LMTP connection: reading lines and DATA, timeouts, back-pressure, replies */
#include "lmtp_session.h"
#include "log.h"

#include <stdarg.h>
#include <string.h>
#include <event2/buffer.h>

static void session_read_cb(struct bufferevent *bev, void *arg);
static void session_write_cb(struct bufferevent *bev, void *arg);
static void session_event_cb(struct bufferevent *bev, short what, void *arg);

static const char *const lmtp_state_names[] = {
    [LMTP_STATE_CONNECTED] = "connected", [LMTP_STATE_READY] = "ready",
    [LMTP_STATE_MAIL] = "mail",           [LMTP_STATE_RCPT] = "rcpt",
    [LMTP_STATE_DATA] = "data",           [LMTP_STATE_PENDING] = "pending",
    [LMTP_STATE_CLOSING] = "closing",
};

/* session_set_timeouts - idle timeout between commands, command timeout inside one, none while
 * we are the slow side (the commit); libevent restarts them on every read */
static void
session_set_timeouts(lmtp_session *s)
{
	const lmtp_limits *l = &s->srv->limits;
	struct timeval idle = {(time_t)l->idle_timeout, 0};
	struct timeval command = {(time_t)l->command_timeout, 0};
	int kind;

	if (s->state == LMTP_STATE_PENDING || s->state == LMTP_STATE_CLOSING)
		kind = 0;
	else if (s->state == LMTP_STATE_DATA || s->discard_line ||
	         evbuffer_get_length(bufferevent_get_input(s->bev)) > 0)
		kind = 2;
	else
		kind = 1;
	if (kind == s->timeout_kind)
		return;
	s->timeout_kind = kind;
	bufferevent_set_timeouts(s->bev, kind == 0 ? NULL : kind == 1 ? &idle : &command, &command);
}

/* session_set_reading - read from the client only while it reads our replies (back-pressure).
 * Reading goes on while a message is being committed: a client waits for the replies, so
 * there is seldom anything to read, the input buffer stays bounded by max_buffer, and the
 * read event is not taken out of epoll and put back for every message. */
static void
session_set_reading(lmtp_session *s)
{
	gboolean want = !s->output_full && !s->eof && s->state != LMTP_STATE_CLOSING;

	if (want == s->reading)
		return;
	s->reading = want;
	if (want)
		bufferevent_enable(s->bev, EV_READ);
	else
		bufferevent_disable(s->bev, EV_READ);
}

/* lmtp_session_new - greet a new connection on fd (owned by the session from now on) */
lmtp_session *
lmtp_session_new(lmtp_server *srv, evutil_socket_t fd, const char *client)
{
	lmtp_session *s;

	evutil_make_socket_nonblocking(fd);
	s = g_new0(lmtp_session, 1);
	s->bev = bufferevent_socket_new(srv->base, fd, BEV_OPT_CLOSE_ON_FREE);
	if (s->bev == NULL) {
		log_error("lmtp: cannot create a buffer for %s", client);
		evutil_closesocket(fd);
		g_free(s);
		return NULL;
	}
	s->srv = srv;
	s->id = ++srv->next_id;
	s->client = g_strdup(client);
	s->rcpt_to = g_ptr_array_new_with_free_func(g_free);
	s->state = LMTP_STATE_CONNECTED;
	bufferevent_setcb(s->bev, session_read_cb, session_write_cb, session_event_cb, s);
	/* libevent stops reading once this much input waits: the client is throttled by TCP */
	bufferevent_setwatermark(s->bev, EV_READ, 0, srv->limits.max_buffer);
	s->timeout_kind = -1;
	session_set_timeouts(s);
	bufferevent_enable(s->bev, EV_WRITE);
	session_set_reading(s);
	g_hash_table_insert(srv->sessions, &s->id, s);
	srv->stats.connections++;
	log_debug("lmtp: session %" G_GUINT64_FORMAT " from %s", s->id, client);
	lmtp_reply(s, 220, NULL, "%s LMTP bounced ready", srv->hostname);
	return s;
}

/* lmtp_session_free - close the connection, forget the session and set *sp to NULL */
void
lmtp_session_free(lmtp_session **sp)
{
	lmtp_session *s = *sp;

	if (s == NULL)
		return;
	*sp = NULL;
	log_debug("lmtp: session %" G_GUINT64_FORMAT " closed", s->id);
	bufferevent_free(s->bev);
	g_free(s->client);
	g_free(s->helo);
	g_free(s->mail_from);
	g_ptr_array_unref(s->rcpt_to);
	if (s->data)
		g_byte_array_unref(s->data);
	lmtp_server_forget(s->srv, s);
	g_free(s);
}

/* lmtp_session_set_state - the one place where a session changes state */
void
lmtp_session_set_state(lmtp_session *s, lmtp_state state)
{
	if (s->state == state)
		return;
	log_debug("lmtp: session %" G_GUINT64_FORMAT ": %s -> %s", s->id,
	          lmtp_state_names[s->state], lmtp_state_names[state]);
	s->state = state;
	session_set_timeouts(s);
	session_set_reading(s);
}

/* session_put_line - append one reply line, cut at LMTP_MAX_REPLY */
static void session_put_line(lmtp_session *s, int code, char sep, const char *enhanced,
                             const char *fmt, va_list ap) G_GNUC_PRINTF(5, 0);

static void
session_put_line(lmtp_session *s, int code, char sep, const char *enhanced, const char *fmt,
                 va_list ap)
{
	char text[LMTP_MAX_REPLY];
	int n;

	if (s->state == LMTP_STATE_CLOSING)
		return;
	n = g_vsnprintf(text, sizeof(text) - 8, fmt, ap);
	if (n < 0)
		text[0] = '\0';
	for (char *p = text; *p; p++)
		if ((unsigned char)*p < 0x20)
			*p = ' ';
	if (enhanced)
		evbuffer_add_printf(bufferevent_get_output(s->bev), "%d%c%s %s\r\n", code, sep,
		                    enhanced, text);
	else
		evbuffer_add_printf(bufferevent_get_output(s->bev), "%d%c%s\r\n", code, sep, text);
}

/* lmtp_reply - queue one reply line "code x.y.z text" (x.y.z may be NULL) */
void
lmtp_reply(lmtp_session *s, int code, const char *enhanced, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	session_put_line(s, code, ' ', enhanced, fmt, ap);
	va_end(ap);
}

/* lmtp_reply_more - queue one continuation line "code-text" of a multi-line reply */
void
lmtp_reply_more(lmtp_session *s, int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	session_put_line(s, code, '-', NULL, fmt, ap);
	va_end(ap);
}

/* lmtp_close - the session ends once the replies queued so far are written */
void
lmtp_close(lmtp_session *s)
{
	lmtp_session_set_state(s, LMTP_STATE_CLOSING);
	/* the write callback frees the session when the output is empty; run it at least once */
	bufferevent_trigger(s->bev, EV_WRITE,
	                    BEV_TRIG_IGNORE_WATERMARKS | BEV_TRIG_DEFER_CALLBACKS);
}

/* session_read_command - run one complete command line; FALSE when none is buffered yet */
static gboolean
session_read_command(lmtp_session *s)
{
	struct evbuffer *in = bufferevent_get_input(s->bev);
	size_t max = s->srv->limits.max_line_length;
	size_t eol_len = 0;
	struct evbuffer_ptr p = evbuffer_search_eol(in, NULL, &eol_len, EVBUFFER_EOL_CRLF);
	char *line;

	if (p.pos < 0) {
		size_t len = evbuffer_get_length(in);

		if (len >= max) {
			/* already longer than allowed: drop it now rather than buffer it */
			evbuffer_drain(in, len);
			if (!s->discard_line)
				lmtp_reply(s, 500, "5.5.2", "Error: line too long");
			s->discard_line = TRUE;
		}
		return FALSE;
	}
	if (s->discard_line) {
		evbuffer_drain(in, (size_t)p.pos + eol_len);
		s->discard_line = FALSE;
		return TRUE;
	}
	if ((size_t)p.pos + eol_len > max) {
		evbuffer_drain(in, (size_t)p.pos + eol_len);
		lmtp_reply(s, 500, "5.5.2", "Error: line too long");
		return TRUE;
	}
	line = g_malloc((size_t)p.pos + 1);
	evbuffer_remove(in, line, (size_t)p.pos);
	line[p.pos] = '\0';
	evbuffer_drain(in, eol_len);
	if (strlen(line) != (size_t)p.pos)
		lmtp_reply(s, 500, "5.5.2", "Error: NUL character in command");
	else
		lmtp_command(s, line);
	g_free(line);
	return TRUE;
}

/* session_take_data - move n bytes of input into the message, or drop them past the size limit */
static void
session_take_data(lmtp_session *s, size_t n)
{
	struct evbuffer *in = bufferevent_get_input(s->bev);
	guint old;

	s->data_size += n;
	if (!s->data_too_big && s->data_size > s->srv->limits.max_message_size) {
		s->data_too_big = TRUE;
		g_byte_array_unref(s->data);
		s->data = g_byte_array_new();
	}
	if (s->data_too_big) {
		evbuffer_drain(in, n);
		return;
	}
	old = s->data->len;
	g_byte_array_set_size(s->data, old + (guint)n);
	evbuffer_remove(in, s->data->data + old, n);
}

/* session_read_data - consume DATA: a line that starts with "." one at a time (the final dot,
 * dot-unstuffing), everything up to the next such line in one copy; FALSE when more input is
 * needed */
static gboolean
session_read_data(lmtp_session *s)
{
	struct evbuffer *in = bufferevent_get_input(s->bev);
	size_t len = evbuffer_get_length(in);
	size_t eol_len = 0;
	struct evbuffer_ptr p;
	char first = 0;

	if (len == 0)
		return FALSE;
	if (s->data_bol)
		evbuffer_copyout(in, &first, 1);
	if (!s->data_bol || first != '.') {
		/* no dot at the start: copy through the last line end before the next "\n." */
		p = evbuffer_search(in, "\n.", 2, NULL);
		if (p.pos >= 0) {
			session_take_data(s, (size_t)p.pos + 1);
			s->data_bol = TRUE;
			return TRUE;
		}
		{
			char last = 0;
			struct evbuffer_ptr end;

			evbuffer_ptr_set(in, &end, len - 1, EVBUFFER_PTR_SET);
			evbuffer_copyout_from(in, &end, &last, 1);
			session_take_data(s, len);
			s->data_bol = last == '\n';
		}
		return FALSE;
	}
	p = evbuffer_search_eol(in, NULL, &eol_len, EVBUFFER_EOL_CRLF);
	if (p.pos < 0) {
		/* a partial line: keep it unless it may still turn out to be the final "." */
		if (len < 3)
			return FALSE;
		evbuffer_drain(in, 1);
		session_take_data(s, len - 1);
		s->data_bol = FALSE;
		return FALSE;
	}
	evbuffer_drain(in, 1);
	if (p.pos == 1) {
		evbuffer_drain(in, eol_len);
		lmtp_end_of_data(s);
		return TRUE;
	}
	/* dot-unstuffing (RFC 5321 4.5.2) */
	session_take_data(s, (size_t)p.pos - 1 + eol_len);
	s->data_bol = TRUE;
	return TRUE;
}

/* session_note_peaks - remember the largest buffers for the stats */
static void
session_note_peaks(lmtp_session *s)
{
	size_t in = evbuffer_get_length(bufferevent_get_input(s->bev));
	size_t out = evbuffer_get_length(bufferevent_get_output(s->bev));

	if (in > s->srv->stats.peak_input)
		s->srv->stats.peak_input = in;
	if (out > s->srv->stats.peak_output)
		s->srv->stats.peak_output = out;
}

/* lmtp_session_process - consume buffered input as far as the state and the output allow */
void
lmtp_session_process(lmtp_session *s)
{
	struct evbuffer *out = bufferevent_get_output(s->bev);

	session_note_peaks(s);
	while (!s->output_full) {
		gboolean more;

		if (s->state == LMTP_STATE_PENDING || s->state == LMTP_STATE_CLOSING)
			break;
		if (s->state == LMTP_STATE_DATA)
			more = session_read_data(s);
		else
			more = session_read_command(s);
		if (evbuffer_get_length(out) > s->srv->limits.max_buffer)
			s->output_full = TRUE; /* resumed by the write callback */
		if (!more)
			break;
	}
	session_note_peaks(s);
	if (s->state == LMTP_STATE_CLOSING)
		return;
	if (s->eof && s->state != LMTP_STATE_PENDING && !s->output_full) {
		lmtp_close(s);
		return;
	}
	session_set_timeouts(s);
	session_set_reading(s);
}

/* lmtp_session_result - reply to each recipient of the pending message, then go on reading */
void
lmtp_session_result(lmtp_session *s, gboolean ok, const char *detail)
{
	if (s->state != LMTP_STATE_PENDING)
		return;
	for (guint i = 0; i < s->rcpt_to->len; i++) {
		const char *rcpt = g_ptr_array_index(s->rcpt_to, i);

		if (ok)
			lmtp_reply(s, 250, "2.0.0", "<%s> Ok: %s", rcpt,
			           detail ? detail : "stored");
		else
			lmtp_reply(s, 451, "4.3.0", "<%s> Error: %s, try again later", rcpt,
			           detail ? detail : "storage failure");
	}
	lmtp_transaction_reset(s);
	lmtp_session_set_state(s, LMTP_STATE_READY);
	if (s->srv->draining) {
		lmtp_reply(s, 421, "4.3.2", "%s Service shutting down", s->srv->hostname);
		lmtp_close(s);
		return;
	}
	lmtp_session_process(s);
}

/* lmtp_session_drain - on shutdown: 421 now if between transactions, else after this one */
void
lmtp_session_drain(lmtp_session *s)
{
	switch (s->state) {
	case LMTP_STATE_CONNECTED:
	case LMTP_STATE_READY:
	case LMTP_STATE_MAIL:
	case LMTP_STATE_RCPT:
		lmtp_reply(s, 421, "4.3.2", "%s Service shutting down", s->srv->hostname);
		lmtp_close(s);
		break;
	default:
		break; /* DATA and PENDING end in lmtp_session_result */
	}
}

static void
session_read_cb(struct bufferevent *bev, void *arg)
{
	lmtp_session_process(arg);
}

/* session_write_cb - the output drained: close a closing session or resume reading */
static void
session_write_cb(struct bufferevent *bev, void *arg)
{
	lmtp_session *s = arg;

	if (evbuffer_get_length(bufferevent_get_output(bev)) > 0)
		return;
	if (s->state == LMTP_STATE_CLOSING) {
		lmtp_session_free(&s);
		return;
	}
	if (s->output_full) {
		s->output_full = FALSE;
		lmtp_session_process(s);
	}
}

/* session_event_cb - timeouts answer 421 4.4.2; a closed or broken connection ends the session,
 * except that a message waiting for its commit is still answered to a half-closed client */
static void
session_event_cb(struct bufferevent *bev, short what, void *arg)
{
	lmtp_session *s = arg;

	if (s->state == LMTP_STATE_CLOSING) {
		lmtp_session_free(&s);
		return;
	}
	if (what & BEV_EVENT_TIMEOUT) {
		if (what & BEV_EVENT_WRITING) {
			log_warning("lmtp: %s does not read its replies, closing", s->client);
			lmtp_session_free(&s);
			return;
		}
		log_warning("lmtp: %s timed out in state %s", s->client,
		            lmtp_state_names[s->state]);
		lmtp_reply(s, 421, "4.4.2", "%s Error: timeout exceeded", s->srv->hostname);
		lmtp_close(s);
		return;
	}
	if (what & BEV_EVENT_EOF) {
		s->eof = TRUE;
		if (s->state == LMTP_STATE_PENDING)
			return; /* answered in lmtp_session_result */
		if (s->state == LMTP_STATE_DATA)
			log_warning("lmtp: %s closed the connection during DATA", s->client);
		lmtp_session_free(&s);
		return;
	}
	if (s->state == LMTP_STATE_PENDING || s->state == LMTP_STATE_DATA)
		log_warning("lmtp: connection of %s lost in state %s", s->client,
		            lmtp_state_names[s->state]);
	lmtp_session_free(&s);
}
