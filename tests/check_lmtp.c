/* check_lmtp.c - the LMTP state machine as a table of dialogues: client lines → expected replies.
 * Each dialogue runs against a real lmtp_server on a real socket pair; the store is replaced by a
 * callback that answers 250, or 451 when the message says "X-Test-Store: fail". */
#include <check.h>
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <event2/event.h>
#include <event2/thread.h>

#include "lmtp.h"
#include "lmtp_session.h"
#include "log.h"

#define MAX_STEPS 16
#define MAX_EXPECT 24
#define EXPECT_EOF "<EOF>" /* the server closed the connection */
#define LHLO_OK                                                                                    \
	"250-", "250-PIPELINING", "250-ENHANCEDSTATUSCODES", "250-8BITMIME", "250-SMTPUTF8",       \
	    "250 SIZE "
#define SETUP "LHLO client.test\r\nMAIL FROM:<>\r\nRCPT TO:<bounce@example.com>\r\n"
#define SETUP_OK LHLO_OK, "250 2.1.0", "250 2.1.5"

typedef struct step {
	const char *send;
	const char *expect[MAX_EXPECT]; /* reply prefixes, in order */
} step;

typedef struct dialogue {
	const char *name;
	lmtp_limits limits; /* zero members keep the default */
	const char *accept;
	step steps[MAX_STEPS];
} dialogue;

static const dialogue dialogues[] = {
    {"one message",
     {0},
     NULL,
     {{NULL, {"220 "}},
      {"LHLO client.test\r\n", {LHLO_OK}},
      {"MAIL FROM:<>\r\n", {"250 2.1.0"}},
      {"RCPT TO:<bounce@example.com>\r\n", {"250 2.1.5"}},
      {"DATA\r\n", {"354 "}},
      {"Subject: x\r\n\r\nhello\r\n.\r\n", {"250 2.0.0 <bounce@example.com>"}},
      {"QUIT\r\n", {"221 2.0.0", EXPECT_EOF}}}},
    {"pipelining: one reply per command, one per recipient after DATA",
     {0},
     NULL,
     {{NULL, {"220 "}},
      {"LHLO a\r\nMAIL FROM:<a@b.example>\r\nRCPT TO:<bounce@x.example>\r\n"
       "RCPT TO:<bounce+alice=d.example@x.example>\r\nDATA\r\n",
       {LHLO_OK, "250 2.1.0", "250 2.1.5", "250 2.1.5", "354 "}},
      {"body\r\n.\r\nMAIL FROM:<>\r\nRCPT TO:<bounce@x.example>\r\nDATA\r\nb2\r\n.\r\nQUIT\r\n",
       {"250 2.0.0 <bounce@x.example>", "250 2.0.0 <bounce+alice=d.example@x.example>", "250 2.1.0",
        "250 2.1.5", "354 ", "250 2.0.0", "221 2.0.0", EXPECT_EOF}}}},
    {"recipients that match no accept pattern get 550 5.1.1 and no reply after DATA",
     {0},
     NULL,
     {{NULL, {"220 "}},
      {"LHLO a\r\nMAIL FROM:<>\r\nRCPT TO:<user@example.com>\r\n"
       "RCPT TO:<bounce@example.com>\r\nRCPT TO:<bouncer@example.com>\r\nDATA\r\nx\r\n.\r\n",
       {LHLO_OK, "250 2.1.0", "550 5.1.1 <user@example.com>", "250 2.1.5", "550 5.1.1", "354 ",
        "250 2.0.0 <bounce@example.com>"}},
      {"NOOP\r\n", {"250 2.0.0"}}}},
    {"accept patterns are case-insensitive, verbs too",
     {0},
     NULL,
     {{NULL, {"220 "}},
      {"lhlo a\r\nmail from:<>\r\nrcpt to:<BOUNCE+X=Y.Example@Example.COM>\r\n",
       {LHLO_OK, "250 2.1.0", "250 2.1.5"}}}},
    {"configured accept patterns",
     {0},
     "bounce@example.com, *@bounces.example.net",
     {{NULL, {"220 "}},
      {"LHLO a\r\nMAIL FROM:<>\r\nRCPT TO:<bounce@example.org>\r\nRCPT TO:<bounce@example.com>\r\n"
       "RCPT TO:<anything@bounces.example.net>\r\nRCPT TO:<bounce+x=y.z@example.com>\r\n",
       {LHLO_OK, "250 2.1.0", "550 5.1.1", "250 2.1.5", "250 2.1.5", "550 5.1.1"}}}},
    {"no accepted recipient: DATA is 503",
     {0},
     NULL,
     {{NULL, {"220 "}},
      {"LHLO a\r\nMAIL FROM:<>\r\nRCPT TO:<someone@example.com>\r\nDATA\r\n",
       {LHLO_OK, "250 2.1.0", "550 5.1.1", "503 5.5.1"}}}},
    {"commands out of order are 503 5.5.1",
     {0},
     NULL,
     {{NULL, {"220 "}},
      {"MAIL FROM:<>\r\n", {"503 5.5.1"}},
      {"RCPT TO:<bounce@example.com>\r\n", {"503 5.5.1"}},
      {"DATA\r\n", {"503 5.5.1"}},
      {"LHLO a\r\n", {LHLO_OK}},
      {"RCPT TO:<bounce@example.com>\r\n", {"503 5.5.1"}},
      {"DATA\r\n", {"503 5.5.1"}},
      {"MAIL FROM:<>\r\n", {"250 2.1.0"}},
      {"MAIL FROM:<>\r\n", {"503 5.5.1"}},
      {"DATA\r\n", {"503 5.5.1"}},
      {"RSET\r\nRCPT TO:<bounce@example.com>\r\n", {"250 2.0.0", "503 5.5.1"}}}},
    {"unknown commands are 500 5.5.2; HELO and EHLO are not LMTP",
     {0},
     NULL,
     {{NULL, {"220 "}},
      {"FOO bar\r\nSTARTTLS\r\nBDAT 10 LAST\r\n", {"500 5.5.2", "500 5.5.2", "500 5.5.2"}},
      {"HELO a\r\nEHLO a\r\n\r\n", {"500 5.5.1", "500 5.5.1", "500 5.5.2"}}}},
    {"NOOP, VRFY, HELP, RSET, QUIT before LHLO",
     {0},
     NULL,
     {{NULL, {"220 "}},
      {"NOOP\r\nVRFY bounce\r\nVRFY\r\nHELP\r\nRSET\r\n",
       {"250 2.0.0", "252 2.5.2", "501 5.5.4", "214 2.0.0", "250 2.0.0"}},
      {"QUIT\r\n", {"221 2.0.0", EXPECT_EOF}}}},
    {"syntax errors",
     {0},
     NULL,
     {{NULL, {"220 "}},
      {"LHLO\r\n", {"501 5.5.4"}},
      {"LHLO a\r\n", {LHLO_OK}},
      {"MAIL FROM:a@b.example\r\nMAIL TO:<a@b.example>\r\nMAIL FROM:<a@b.example\r\n",
       {"501 5.5.4", "501 5.5.4", "501 5.5.4"}},
      {"MAIL FROM:<nodomain>\r\nMAIL FROM:<a@b.example> FOO=1\r\n"
       "MAIL FROM:<a@b.example> BODY=BINARYMIME\r\nMAIL FROM:<a@b.example> SIZE=abc\r\n",
       {"501 5.1.7", "555 5.5.4", "555 5.5.4", "555 5.5.4"}},
      {"MAIL FROM:<@relay.example,@r2.example:a@b.example>\r\n", {"250 2.1.0"}},
      {"RCPT TO:<>\r\nRCPT TO:bounce@example.com\r\nRCPT TO:<bounce@example.com> NOTIFY=NEVER\r\n",
       {"501 5.1.3", "501 5.5.4", "555 5.5.4"}},
      {"RCPT TO:<bounce@example.com>\r\nDATA now\r\n", {"250 2.1.5", "501 5.5.4"}},
      {"NOOP\0hidden\r\n", {"500 5.5.2"}}}},
    {"MAIL parameters SIZE, BODY and SMTPUTF8",
     {0},
     NULL,
     {{NULL, {"220 "}},
      {"LHLO a\r\nMAIL FROM:<a@b.example> SIZE=1000 BODY=8BITMIME SMTPUTF8\r\n"
       "RCPT TO:<bounce+j\xc3\xb6rg=b\xc3\xbc\x63her.example@example.com>\r\n",
       {LHLO_OK, "250 2.1.0", "250 2.1.5"}},
      {"RSET\r\nMAIL FROM:<a@b.example> BODY=7BIT\r\n"
       "RCPT TO:<bounce+j\xc3\xb6rg=b.example@example.com>\r\n",
       {"250 2.0.0", "250 2.1.0", "553 5.6.7"}},
      {"RSET\r\nMAIL FROM:<j\xc3\xb6rg@b.example>\r\n", {"250 2.0.0", "553 5.6.7"}},
      {"MAIL FROM:<>\r\n", {"250 2.1.0"}}}},
    {"SIZE above max_message_size is 552 5.3.4 at MAIL",
     {.max_message_size = 1000},
     NULL,
     {{NULL, {"220 "}},
      {"LHLO a\r\n", {LHLO_OK}},
      {"MAIL FROM:<> SIZE=1001\r\nMAIL FROM:<> SIZE=99999999999999999999999\r\n",
       {"552 5.3.4", "552 5.3.4"}},
      {"MAIL FROM:<> SIZE=1000\r\n", {"250 2.1.0"}}}},
    {"a message over max_message_size is 552 5.3.4 per recipient, the session goes on",
     {.max_message_size = 100},
     NULL,
     {{NULL, {"220 "}},
      {"LHLO a\r\nMAIL FROM:<>\r\nRCPT TO:<bounce@a.example>\r\nRCPT TO:<bounce@b.example>\r\n"
       "DATA\r\n",
       {LHLO_OK, "250 2.1.0", "250 2.1.5", "250 2.1.5", "354 "}},
      {"0123456789012345678901234567890123456789\r\n0123456789012345678901234567890123456789\r\n"
       "0123456789012345678901234567890123456789\r\n.\r\n",
       {"552 5.3.4 <bounce@a.example>", "552 5.3.4 <bounce@b.example>"}},
      {"MAIL FROM:<>\r\nRCPT TO:<bounce@a.example>\r\nDATA\r\nshort\r\n.\r\n",
       {"250 2.1.0", "250 2.1.5", "354 ", "250 2.0.0"}}}},
    {"a command line over max_line_length is 500 5.5.2, whole or in pieces",
     {.max_line_length = 512},
     NULL,
     {{NULL, {"220 "}},
      {"NOOP "
       "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
       "x"
       "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
       "x"
       "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
       "x"
       "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
       "x"
       "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
       "x"
       "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
       "x"
       "\r\nNOOP\r\n",
       {"500 5.5.2", "250 2.0.0"}},
      {"NOOP "
       "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"
       "y"
       "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"
       "y"
       "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"
       "y"
       "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"
       "y"
       "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"
       "y"
       "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"
       "y",
       {"500 5.5.2"}},
      {"still the same line\r\nNOOP\r\n", {"250 2.0.0"}}}},
    {"data lines are not command lines: long lines pass",
     {.max_line_length = 512},
     NULL,
     {{NULL, {"220 "}},
      {SETUP "DATA\r\n", {SETUP_OK, "354 "}},
      {"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"
       "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"
       "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"
       "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"
       "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"
       "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"
       "\r\n.\r\n",
       {"250 2.0.0"}}}},
    {"max_recipients: the one too many is 452 4.5.3, the others are delivered",
     {.max_recipients = 2},
     NULL,
     {{NULL, {"220 "}},
      {"LHLO a\r\nMAIL FROM:<>\r\nRCPT TO:<bounce@a.example>\r\nRCPT TO:<bounce@b.example>\r\n"
       "RCPT TO:<bounce@c.example>\r\nDATA\r\nx\r\n.\r\n",
       {LHLO_OK, "250 2.1.0", "250 2.1.5", "250 2.1.5", "452 4.5.3", "354 ",
        "250 2.0.0 <bounce@a.example>", "250 2.0.0 <bounce@b.example>"}}}},
    {"a storage failure is 451 4.3.0 for each recipient",
     {0},
     NULL,
     {{NULL, {"220 "}},
      {"LHLO a\r\nMAIL FROM:<>\r\nRCPT TO:<bounce@a.example>\r\nRCPT TO:<bounce@b.example>\r\n"
       "DATA\r\nX-Test-Store: fail\r\n\r\nx\r\n.\r\nNOOP\r\n",
       {LHLO_OK, "250 2.1.0", "250 2.1.5", "250 2.1.5", "354 ", "451 4.3.0 <bounce@a.example>",
        "451 4.3.0 <bounce@b.example>", "250 2.0.0"}}}},
    {"bare LF line ends",
     {0},
     NULL,
     {{NULL, {"220 "}},
      {"LHLO a\nMAIL FROM:<>\nRCPT TO:<bounce@example.com>\nDATA\nx\n..\n.\nQUIT\n",
       {LHLO_OK, "250 2.1.0", "250 2.1.5", "354 ", "250 2.0.0", "221 2.0.0", EXPECT_EOF}}}},
    {"idle_timeout: 421 4.4.2 then close",
     {.idle_timeout = 1},
     NULL,
     {{NULL, {"220 "}}, {"LHLO a\r\n", {LHLO_OK, "421 4.4.2", EXPECT_EOF}}}},
    {"command_timeout inside a command line: 421 4.4.2 then close",
     {.idle_timeout = 1000, .command_timeout = 1},
     NULL,
     {{NULL, {"220 "}}, {"LHLO a\r\nNOO", {LHLO_OK, "421 4.4.2", EXPECT_EOF}}}},
    {"command_timeout during DATA: 421 4.4.2 then close",
     {.idle_timeout = 1000, .command_timeout = 1},
     NULL,
     {{NULL, {"220 "}},
      {SETUP "DATA\r\nSubject: x\r\n", {SETUP_OK, "354 ", "421 4.4.2", EXPECT_EOF}}}},
};

/* The test backend: what was submitted, and whether to hold the answer. */
typedef struct backend {
	lmtp_server *srv;
	GPtrArray *messages; /* lmtp_message * */
	gboolean hold;       /* keep messages unanswered until the test answers */
} backend;

static struct event_base *base;
static backend be;

/* backend_submit - the stand-in for worker pool and commit thread */
static void
backend_submit(lmtp_message *msg, void *ctx)
{
	backend *b = ctx;
	gboolean fail = g_strstr_len((const char *)msg->data->data, msg->data->len,
	                             "X-Test-Store: fail") != NULL;

	if (!b->hold)
		lmtp_server_post_result(b->srv, msg->session_id, !fail, fail ? NULL : "id 1");
	g_ptr_array_add(b->messages, msg);
}

static void
message_free(gpointer p)
{
	lmtp_message *m = p;

	lmtp_message_free(&m);
}

/* server_start - a server with the dialogue's limits; zero members keep the defaults */
static lmtp_server *
server_start(const lmtp_limits *over, const char *accept)
{
	lmtp_limits l;

	lmtp_limits_init(&l);
	if (over) {
#define OVER(f)                                                                                    \
	if (over->f)                                                                               \
	l.f = over->f
		OVER(max_line_length);
		OVER(max_message_size);
		OVER(max_recipients);
		OVER(max_connections);
		OVER(idle_timeout);
		OVER(command_timeout);
		OVER(max_buffer);
#undef OVER
	}
	base = event_base_new();
	be.messages = g_ptr_array_new_with_free_func(message_free);
	be.hold = FALSE;
	be.srv = lmtp_server_new(base, &l, accept, backend_submit, &be);
	return be.srv;
}

static void
server_stop(void)
{
	lmtp_server_free(&be.srv);
	g_ptr_array_unref(be.messages);
	event_base_free(base);
	base = NULL;
}

/* A client end of a socket pair, with what it has read but not yet consumed. */
typedef struct client {
	int fd;
	GString *in;
	size_t pos; /* start of the unread part of in */
	gboolean eof;
} client;

static client *
client_connect(lmtp_server *srv)
{
	client *c = g_new0(client, 1);
	int sv[2];

	ck_assert_int_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
	evutil_make_socket_nonblocking(sv[0]);
	c->fd = sv[0];
	c->in = g_string_new(NULL);
	lmtp_server_add_connection(srv, sv[1], "test");
	return c;
}

static void
client_free(client *c)
{
	if (c->fd >= 0)
		close(c->fd);
	g_string_free(c->in, TRUE);
	g_free(c);
}

/* pump - run the loop once without blocking, and read what the server wrote */
static void
pump(client *c)
{
	char buf[65536];
	ssize_t n;

	event_base_loop(base, EVLOOP_ONCE | EVLOOP_NONBLOCK);
	while (c && !c->eof && (n = read(c->fd, buf, sizeof(buf))) != 0) {
		if (n < 0) {
			if (errno == ECONNRESET)
				c->eof = TRUE;
			break;
		}
		g_string_append_len(c->in, buf, n);
	}
	if (c && n == 0)
		c->eof = TRUE;
}

/* client_send - write all of text (len bytes), running the loop while the socket is full */
static void
client_send(client *c, const char *text, size_t len)
{
	gint64 deadline = g_get_monotonic_time() + 10 * G_USEC_PER_SEC;

	while (len > 0) {
		ssize_t n = write(c->fd, text, len);

		if (n > 0) {
			text += n;
			len -= (size_t)n;
			continue;
		}
		ck_assert_msg(errno == EAGAIN, "write: %s", g_strerror(errno));
		ck_assert_msg(g_get_monotonic_time() < deadline, "server does not read");
		pump(c);
		g_usleep(1000);
	}
}

/* client_line - the next reply line, waiting up to 10 s; EXPECT_EOF once closed */
static char *
client_line(client *c)
{
	gint64 deadline = g_get_monotonic_time() + 10 * G_USEC_PER_SEC;

	for (;;) {
		char *start = c->in->str + c->pos;
		char *nl = memchr(start, '\n', c->in->len - c->pos);

		if (nl) {
			char *line = g_strndup(start, (gsize)(nl - start));

			c->pos += (size_t)(nl - start) + 1;
			if (c->pos == c->in->len) {
				g_string_truncate(c->in, 0);
				c->pos = 0;
			}
			g_strchomp(line);
			return line;
		}
		if (c->eof)
			return g_strdup(EXPECT_EOF);
		if (g_get_monotonic_time() > deadline)
			return g_strdup("<no reply within 10 s>");
		pump(c);
		g_usleep(500);
	}
}

/* client_expect - read one reply and check its prefix */
static void
client_expect(client *c, const char *name, int stepno, const char *want)
{
	char *got = client_line(c);

	ck_assert_msg(g_str_has_prefix(got, want), "%s, step %d: expected \"%s\", got \"%s\"", name,
	              stepno, want, got);
	g_free(got);
}

/* test_dialogue - play one dialogue of the table */
START_TEST(test_dialogue)
{
	const dialogue *d = &dialogues[_i];
	lmtp_server *srv = server_start(&d->limits, d->accept);
	client *c = client_connect(srv);

	for (int i = 0; i < MAX_STEPS && (d->steps[i].send || d->steps[i].expect[0]); i++) {
		const step *st = &d->steps[i];

		/* the NUL test needs the length the literal really has */
		if (st->send && strstr(st->send, "NOOP") == st->send && strlen(st->send) == 4)
			client_send(c, st->send, sizeof("NOOP\0hidden\r\n") - 1);
		else if (st->send)
			client_send(c, st->send, strlen(st->send));
		for (int j = 0; j < MAX_EXPECT && st->expect[j]; j++)
			client_expect(c, d->name, i, st->expect[j]);
	}
	client_free(c);
	server_stop();
}
END_TEST

/* the message handed over is dot-unstuffed, keeps its line ends and carries the envelope */
START_TEST(test_message_content)
{
	lmtp_server *srv = server_start(NULL, NULL);
	client *c = client_connect(srv);
	const char *body = "Subject: dots\r\n\r\n..leading dot\r\n.\r\n";
	lmtp_message *m;

	client_expect(c, "content", 0, "220 ");
	client_send(c,
	            "LHLO a\r\nMAIL FROM:<mailer-daemon@mx.example> BODY=8BITMIME\r\n"
	            "RCPT TO:<bounce+alice=example.org@example.com>\r\n"
	            "RCPT TO:<Bounce@Example.com>\r\nDATA\r\n",
	            strlen("LHLO a\r\nMAIL FROM:<mailer-daemon@mx.example> BODY=8BITMIME\r\n"
	                   "RCPT TO:<bounce+alice=example.org@example.com>\r\n"
	                   "RCPT TO:<Bounce@Example.com>\r\nDATA\r\n"));
	for (int i = 0; i < 10; i++)
		g_free(client_line(c));
	client_send(c, "Subject: dots\r\n\r\n...leading dot\r\n..\r\nbare\nend\r\n.\r\n",
	            strlen("Subject: dots\r\n\r\n...leading dot\r\n..\r\nbare\nend\r\n.\r\n"));
	client_expect(c, "content", 1, "250 2.0.0");
	client_expect(c, "content", 2, "250 2.0.0");
	ck_assert_uint_eq(be.messages->len, 1);
	m = g_ptr_array_index(be.messages, 0);
	ck_assert_str_eq(m->mail_from, "mailer-daemon@mx.example");
	ck_assert_uint_eq(m->rcpt_to->len, 2);
	ck_assert_str_eq(g_ptr_array_index(m->rcpt_to, 0), "bounce+alice=example.org@example.com");
	ck_assert_str_eq(g_ptr_array_index(m->rcpt_to, 1), "Bounce@Example.com");
	ck_assert_str_eq(m->client, "test");
	ck_assert_str_eq(m->helo, "a");
	ck_assert_int_gt(m->received_at, 0);
	(void)body;
	ck_assert_uint_eq(m->data->len,
	                  strlen("Subject: dots\r\n\r\n..leading dot\r\n.\r\nbare\nend\r\n"));
	ck_assert(memcmp(m->data->data, "Subject: dots\r\n\r\n..leading dot\r\n.\r\nbare\nend\r\n",
	                 m->data->len) == 0);
	/* the null sender is "" */
	client_send(c, "MAIL FROM:<>\r\nRCPT TO:<bounce@x.example>\r\nDATA\r\n.\r\n",
	            strlen("MAIL FROM:<>\r\nRCPT TO:<bounce@x.example>\r\nDATA\r\n.\r\n"));
	for (int i = 0; i < 4; i++)
		g_free(client_line(c));
	ck_assert_uint_eq(be.messages->len, 2);
	m = g_ptr_array_index(be.messages, 1);
	ck_assert_str_eq(m->mail_from, "");
	ck_assert_uint_eq(m->data->len, 0);
	client_free(c);
	server_stop();
}
END_TEST

/* DATA that arrives one byte at a time is unstuffed exactly like DATA that arrives at once */
START_TEST(test_data_byte_by_byte)
{
	static const char sent[] = "Subject: slow\r\n\r\n..one\r\n...two\n..\r\nx.y\r\n"
	                           ".\rz\r\n\n..\n.\r\n";
	static const char want[] = "Subject: slow\r\n\r\n.one\r\n..two\n.\r\nx.y\r\n"
	                           "\rz\r\n\n.\n";
	lmtp_server *srv = server_start(NULL, NULL);
	client *c = client_connect(srv);
	lmtp_message *m;

	client_send(c, SETUP "DATA\r\n", strlen(SETUP "DATA\r\n"));
	for (int i = 0; i < 10; i++)
		g_free(client_line(c)); /* 220, LHLO (6), MAIL, RCPT, 354 */
	for (size_t i = 0; i < sizeof(sent) - 1; i++) {
		client_send(c, sent + i, 1);
		pump(c);
		pump(c);
	}
	client_expect(c, "byte by byte", 0, "250 2.0.0");
	ck_assert_uint_eq(be.messages->len, 1);
	m = g_ptr_array_index(be.messages, 0);
	ck_assert_uint_eq(m->data->len, sizeof(want) - 1);
	ck_assert(memcmp(m->data->data, want, m->data->len) == 0);
	client_free(c);
	server_stop();
}
END_TEST

/* max_connections: the one too many gets 421 4.3.2 and is closed; a freed slot is reused */
START_TEST(test_max_connections)
{
	lmtp_limits l = {.max_connections = 2};
	lmtp_server *srv = server_start(&l, NULL);
	client *a = client_connect(srv), *b = client_connect(srv), *c = client_connect(srv), *d;
	lmtp_stats st;

	client_expect(a, "conn", 0, "220 ");
	client_expect(b, "conn", 1, "220 ");
	client_expect(c, "conn", 2, "421 4.3.2");
	client_expect(c, "conn", 3, EXPECT_EOF);
	client_send(a, "QUIT\r\n", 6);
	client_expect(a, "conn", 4, "221 ");
	client_expect(a, "conn", 5, EXPECT_EOF);
	d = client_connect(srv);
	client_expect(d, "conn", 6, "220 ");
	lmtp_server_stats(srv, &st);
	ck_assert_uint_eq(st.refused, 1);
	ck_assert_uint_eq(st.sessions, 2);
	client_free(a);
	client_free(b);
	client_free(c);
	client_free(d);
	server_stop();
}
END_TEST

/* max_buffer: a client that pipelines without reading its replies is throttled, and the
 * buffers of its session never grow past the limit */
START_TEST(test_max_buffer_throttles)
{
	lmtp_limits l = {.max_buffer = 4096, .max_line_length = 512};
	lmtp_server *srv = server_start(&l, NULL);
	client *c = client_connect(srv);
	const int n = 50000;
	GString *flood = g_string_new(NULL);
	size_t off = 0;
	int sz = 4096, got = 0, stuck = 0;
	lmtp_stats st;

	setsockopt(c->fd, SOL_SOCKET, SO_SNDBUF, &sz, sizeof(sz));
	setsockopt(c->fd, SOL_SOCKET, SO_RCVBUF, &sz, sizeof(sz));
	for (int i = 0; i < n; i++)
		g_string_append(flood, "NOOP\r\n");
	/* write without reading until the server stops taking input */
	while (off < flood->len && stuck < 200) {
		ssize_t w = write(c->fd, flood->str + off, flood->len - off);

		if (w > 0) {
			off += (size_t)w;
			stuck = 0;
		} else {
			stuck++;
		}
		event_base_loop(base, EVLOOP_ONCE | EVLOOP_NONBLOCK);
	}
	ck_assert_msg(off < flood->len, "the server buffered everything (%zu bytes)", off);
	lmtp_server_stats(srv, &st);
	ck_assert_uint_le(st.peak_input, 4096);
	ck_assert_uint_le(st.peak_output, 4096 + LMTP_MAX_REPLY);
	/* now read: everything gets through */
	client_send(c, flood->str + off, flood->len - off);
	client_expect(c, "flood", 0, "220 ");
	while (got < n) {
		char *line = client_line(c);

		ck_assert_msg(g_str_has_prefix(line, "250 2.0.0"), "reply %d: %s", got, line);
		g_free(line);
		got++;
	}
	lmtp_server_stats(srv, &st);
	ck_assert_uint_le(st.peak_input, 4096);
	ck_assert_uint_le(st.peak_output, 4096 + LMTP_MAX_REPLY);
	g_string_free(flood, TRUE);
	client_free(c);
	server_stop();
}
END_TEST

/* a client gone while its message is being committed: the message is still handed over and the
 * late result is dropped safely */
START_TEST(test_close_while_pending)
{
	lmtp_server *srv = server_start(NULL, NULL);
	client *c = client_connect(srv);
	lmtp_message *m;
	lmtp_stats st;

	be.hold = TRUE;
	client_send(c, SETUP "DATA\r\nx\r\n.\r\n", strlen(SETUP "DATA\r\nx\r\n.\r\n"));
	while (be.messages->len == 0)
		pump(c);
	close(c->fd);
	c->fd = -1;
	for (int i = 0; i < 50; i++) {
		event_base_loop(base, EVLOOP_ONCE | EVLOOP_NONBLOCK);
		g_usleep(1000);
	}
	m = g_ptr_array_index(be.messages, 0);
	lmtp_server_post_result(srv, m->session_id, TRUE, "late");
	for (int i = 0; i < 10; i++)
		event_base_loop(base, EVLOOP_ONCE | EVLOOP_NONBLOCK);
	lmtp_server_stats(srv, &st);
	ck_assert_uint_eq(st.messages, 1);
	client_free(c);
	server_stop();
}
END_TEST

/* a client that half-closes after QUIT still gets every reply once the commit is done */
START_TEST(test_half_close)
{
	lmtp_server *srv = server_start(NULL, NULL);
	client *c = client_connect(srv);
	lmtp_message *m;
	const char *want[] = {"220 ", LHLO_OK,     "250 2.1.0", "250 2.1.5",
	                      "354 ", "250 2.0.0", "221 2.0.0", EXPECT_EOF};

	be.hold = TRUE;
	client_send(c, SETUP "DATA\r\nx\r\n.\r\nQUIT\r\n",
	            strlen(SETUP "DATA\r\nx\r\n.\r\nQUIT\r\n"));
	shutdown(c->fd, SHUT_WR);
	while (be.messages->len == 0)
		pump(c);
	for (int i = 0; i < 20; i++) {
		pump(c);
		g_usleep(1000);
	}
	m = g_ptr_array_index(be.messages, 0);
	lmtp_server_post_result(srv, m->session_id, TRUE, "late");
	for (size_t i = 0; i < G_N_ELEMENTS(want); i++)
		client_expect(c, "half-close", (int)i, want[i]);
	client_free(c);
	server_stop();
}
END_TEST

/* a client that pipelines its next transaction while a message is being committed: the
 * input is read but nothing of it is acted on (no reply, no second message) until the first
 * message is answered; then every reply comes, in order */
START_TEST(test_pipelined_while_pending)
{
	lmtp_server *srv = server_start(NULL, NULL);
	client *c = client_connect(srv);
	lmtp_message *m;
	const char *send = SETUP "DATA\r\nfirst\r\n.\r\n"
	                         "MAIL FROM:<>\r\nRCPT TO:<bounce@example.com>\r\nDATA\r\n"
	                         "second\r\n.\r\nQUIT\r\n";
	const char *want[] = {"220 ",      SETUP_OK, "354 ",      "250 2.0.0", "250 2.1.0",
	                      "250 2.1.5", "354 ",   "250 2.0.0", "221 2.0.0", EXPECT_EOF};
	size_t replies;

	be.hold = TRUE;
	client_send(c, send, strlen(send));
	while (be.messages->len == 0)
		pump(c);
	for (int i = 0; i < 20; i++)
		pump(c);
	/* the greeting, LHLO, MAIL, RCPT and 354 only */
	replies = 0;
	for (const char *p = c->in->str + c->pos; (p = strstr(p, "\r\n")) != NULL; p += 2)
		replies++;
	ck_assert_uint_eq(replies, 1 + 6 + 2 + 1);
	ck_assert_uint_eq(be.messages->len, 1);
	be.hold = FALSE;
	m = g_ptr_array_index(be.messages, 0);
	lmtp_server_post_result(srv, m->session_id, TRUE, "first");
	for (size_t i = 0; i < G_N_ELEMENTS(want); i++)
		client_expect(c, "pipelined while pending", (int)i, want[i]);
	ck_assert_uint_eq(be.messages->len, 2);
	client_free(c);
	server_stop();
}
END_TEST

static gboolean drained;

static void
on_drained(void *ctx)
{
	drained = TRUE;
}

/* shutdown: idle sessions get 421 4.3.2 at once; a message in flight is answered first */
START_TEST(test_shutdown_drains)
{
	lmtp_server *srv = server_start(NULL, NULL);
	client *idle = client_connect(srv), *busy = client_connect(srv);
	lmtp_message *m;

	be.hold = TRUE;
	client_expect(idle, "drain", 0, "220 ");
	client_send(busy, SETUP "DATA\r\nx\r\n.\r\n", strlen(SETUP "DATA\r\nx\r\n.\r\n"));
	while (be.messages->len == 0)
		pump(busy);
	drained = FALSE;
	lmtp_server_shutdown(srv, on_drained, NULL);
	client_expect(idle, "drain", 1, "421 4.3.2");
	client_expect(idle, "drain", 2, EXPECT_EOF);
	ck_assert(!drained);
	m = g_ptr_array_index(be.messages, 0);
	lmtp_server_post_result(srv, m->session_id, TRUE, "stored");
	for (const char *w = "220 "; w; w = NULL)
		client_expect(busy, "drain", 3, w);
	for (int i = 0; i < 9; i++)
		g_free(client_line(busy)); /* LHLO (6 lines), MAIL, RCPT, 354 */
	client_expect(busy, "drain", 4, "250 2.0.0");
	client_expect(busy, "drain", 5, "421 4.3.2");
	client_expect(busy, "drain", 6, EXPECT_EOF);
	for (int i = 0; i < 10 && !drained; i++)
		event_base_loop(base, EVLOOP_ONCE | EVLOOP_NONBLOCK);
	ck_assert(drained);
	client_free(idle);
	client_free(busy);
	server_stop();
}
END_TEST

/* listen addresses: the forms of DESIGN.md §8 and what is refused */
START_TEST(test_listen_addresses)
{
	const char *good[] = {"127.0.0.1:2424", "[::1]:2424", "0.0.0.0:25", "unix:/run/x.sock"};
	const char *bad[] = {"localhost", "127.0.0.1", "unix:relative", "[::1", "1.2.3.4:99999"};

	for (size_t i = 0; i < G_N_ELEMENTS(good); i++)
		ck_assert_msg(lmtp_parse_listen(good[i], NULL), "%s refused", good[i]);
	for (size_t i = 0; i < G_N_ELEMENTS(bad); i++)
		ck_assert_msg(!lmtp_parse_listen(bad[i], NULL), "%s accepted", bad[i]);
	ck_assert(lmtp_accept_valid("bounce@*", NULL));
	ck_assert(!lmtp_accept_valid(" , ", NULL));
}
END_TEST

/* a real unix listener: a stale socket file is replaced, a regular file never is */
START_TEST(test_unix_listener)
{
	lmtp_server *srv = server_start(NULL, NULL);
	GError *error = NULL;
	char *dir = g_dir_make_tmp("check_lmtp-XXXXXX", NULL);
	char *path = g_build_filename(dir, "lmtp.sock", NULL);
	char *addr = g_strconcat("unix:", path, NULL);
	char *file = g_build_filename(dir, "file", NULL);
	char *file_addr = g_strconcat("unix:", file, NULL);

	ck_assert_msg(lmtp_server_listen(srv, addr, &error), "%s", error ? error->message : "");
	server_stop();
	/* the socket is removed on close; an old one left by kill -9 is replaced */
	ck_assert(!g_file_test(path, G_FILE_TEST_EXISTS));
	srv = server_start(NULL, NULL);
	ck_assert(lmtp_server_listen(srv, addr, NULL));
	lmtp_server_free(&be.srv);
	srv = be.srv = lmtp_server_new(base, &(lmtp_limits){0}, NULL, backend_submit, &be);
	g_file_set_contents(file, "x", 1, NULL);
	ck_assert(!lmtp_server_listen(srv, file_addr, &error));
	g_clear_error(&error);
	ck_assert(!lmtp_server_listen(srv, "unix:/nonexistent-dir/x.sock", &error));
	g_clear_error(&error);
	server_stop();
	unlink(file);
	unlink(path);
	rmdir(dir);
	g_free(file_addr);
	g_free(file);
	g_free(addr);
	g_free(path);
	g_free(dir);
}
END_TEST

static Suite *
lmtp_suite(void)
{
	Suite *s = suite_create("lmtp");
	TCase *tc = tcase_create("dialogues");

	tcase_set_timeout(tc, 120);
	tcase_add_loop_test(tc, test_dialogue, 0, G_N_ELEMENTS(dialogues));
	tcase_add_test(tc, test_message_content);
	tcase_add_test(tc, test_data_byte_by_byte);
	tcase_add_test(tc, test_max_connections);
	tcase_add_test(tc, test_max_buffer_throttles);
	tcase_add_test(tc, test_close_while_pending);
	tcase_add_test(tc, test_pipelined_while_pending);
	tcase_add_test(tc, test_half_close);
	tcase_add_test(tc, test_shutdown_drains);
	tcase_add_test(tc, test_listen_addresses);
	tcase_add_test(tc, test_unix_listener);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr;
	int failed;

	evthread_use_pthreads();
	signal(SIGPIPE, SIG_IGN);
	log_init();
	sr = srunner_create(lmtp_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
