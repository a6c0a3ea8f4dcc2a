/* lmtp_load - LMTP load generator: N concurrent connections send corpus messages to bounced and
 * measure acknowledged messages per second and the DATA-to-250 latency.
 *
 *   lmtp_load [-c CONNECTIONS] [-n MESSAGES] [-a HOST:PORT | -u SOCKET] FILE...
 *
 * Each message gets a unique X-Bench-Seq header so the store never sees a duplicate. A client
 * pipelines MAIL, RCPT and DATA, waits for 354 (RFC 2920), sends the message and waits for 250. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <time.h>
#include <glib.h>
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <event2/util.h>

typedef struct conn {
	struct bufferevent *bev;
	int expect;     /* replies still awaited for the current step */
	int step;       /* 0 greeting, 1 LHLO, 2 MAIL+RCPT+DATA, 3 message */
	gint64 sent_us; /* when the final dot left */
	long seq;       /* number of the message in flight */
	int bad;
} conn;

static struct event_base *base;
static GPtrArray *bodies; /* GBytes *: CRLF, dot-stuffed, terminated */
static long total, started, acked, failed;
static int open_conns;
static GArray *latencies; /* double ms */
static struct sockaddr_storage addr;
static int addr_len;
static gint64 t0;

static gint64
now_us(void)
{
	return g_get_monotonic_time();
}

/* encode - a file as LMTP DATA: CRLF line ends, dot-stuffing, the final dot */
static GBytes *
encode(const char *data, size_t len)
{
	GString *s = g_string_sized_new(len + len / 20 + 16);
	gboolean bol = TRUE;

	for (size_t i = 0; i < len; i++) {
		char c = data[i];

		if (bol && c == '.')
			g_string_append_c(s, '.');
		if (c == '\r' && i + 1 < len && data[i + 1] == '\n')
			continue;
		if (c == '\n' || c == '\r') {
			g_string_append(s, "\r\n");
			bol = TRUE;
			continue;
		}
		g_string_append_c(s, c);
		bol = FALSE;
	}
	if (!bol)
		g_string_append(s, "\r\n");
	g_string_append(s, ".\r\n");
	return g_string_free_to_bytes(s);
}

static void conn_start(void);

/* next_message - pipeline MAIL, RCPT and DATA, or close when all are started */
static void
next_message(conn *c)
{
	struct evbuffer *out = bufferevent_get_output(c->bev);

	if (started >= total) {
		evbuffer_add_printf(out, "QUIT\r\n");
		bufferevent_free(c->bev);
		g_free(c);
		if (--open_conns == 0)
			event_base_loopexit(base, NULL);
		return;
	}
	c->seq = started++;
	evbuffer_add_printf(out, "MAIL FROM:<>\r\nRCPT TO:<bounce@example.com>\r\nDATA\r\n");
	c->step = 2;
	c->expect = 3;
	c->bad = 0;
}

static void
send_body(conn *c)
{
	struct evbuffer *out = bufferevent_get_output(c->bev);
	GBytes *b = g_ptr_array_index(bodies, (guint)(c->seq % bodies->len));
	gsize len;
	const char *p = g_bytes_get_data(b, &len);

	evbuffer_add_printf(out, "X-Bench-Seq: %ld-%lld\r\n", c->seq, (long long)t0);
	evbuffer_add(out, p, len);
	c->step = 3;
	c->expect = 1;
	c->sent_us = now_us();
}

static void
read_cb(struct bufferevent *bev, void *arg)
{
	conn *c = arg;
	struct evbuffer *in = bufferevent_get_input(bev);
	char *line;
	size_t n;

	while ((line = evbuffer_readln(in, &n, EVBUFFER_EOL_CRLF)) != NULL) {
		int code = atoi(line);
		gboolean last = n < 4 || line[3] != '-';

		free(line);
		if (!last)
			continue;
		if (code >= 400 && !(c->step == 2 && code == 354))
			c->bad++;
		if (--c->expect > 0)
			continue;
		switch (c->step) {
		case 0:
			evbuffer_add_printf(bufferevent_get_output(bev), "LHLO load.test\r\n");
			c->step = 1;
			c->expect = 1;
			break;
		case 1:
			next_message(c);
			return;
		case 2:
			if (c->bad) {
				failed++;
				next_message(c);
				return;
			}
			send_body(c);
			break;
		case 3: {
			double ms = (double)(now_us() - c->sent_us) / 1000.0;

			if (code == 250) {
				acked++;
				g_array_append_val(latencies, ms);
			} else {
				failed++;
			}
			next_message(c);
			return;
		}
		}
	}
}

static void
event_cb(struct bufferevent *bev, short what, void *arg)
{
	conn *c = arg;

	if (what & BEV_EVENT_CONNECTED) {
		int one = 1;

		if (addr.ss_family != AF_UNIX)
			setsockopt(bufferevent_getfd(bev), IPPROTO_TCP, TCP_NODELAY, &one,
			           sizeof(one));
		return;
	}
	fprintf(stderr, "lmtp_load: connection lost (%s)\n",
	        evutil_socket_error_to_string(EVUTIL_SOCKET_ERROR()));
	if (c->step >= 2)
		failed++;
	bufferevent_free(bev);
	g_free(c);
	if (--open_conns == 0)
		event_base_loopexit(base, NULL);
}

static void
conn_start(void)
{
	conn *c = g_new0(conn, 1);

	c->bev = bufferevent_socket_new(base, -1, BEV_OPT_CLOSE_ON_FREE);
	bufferevent_setcb(c->bev, read_cb, NULL, event_cb, c);
	bufferevent_enable(c->bev, EV_READ | EV_WRITE);
	c->expect = 1;
	open_conns++;
	if (bufferevent_socket_connect(c->bev, (struct sockaddr *)&addr, addr_len) < 0) {
		fprintf(stderr, "lmtp_load: connect failed\n");
		exit(1);
	}
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

int
main(int argc, char **argv)
{
	int conns = 32, opt;
	const char *target = "127.0.0.1:2424";
	double secs;

	total = 20000;
	while ((opt = getopt(argc, argv, "c:n:a:u:")) != -1) {
		switch (opt) {
		case 'c':
			conns = atoi(optarg);
			break;
		case 'n':
			total = atol(optarg);
			break;
		case 'a':
		case 'u':
			target = opt == 'u' ? g_strconcat("unix:", optarg, NULL) : optarg;
			break;
		default:
			fprintf(
			    stderr,
			    "usage: lmtp_load [-c N] [-n N] [-a HOST:PORT|-u SOCKET] FILE...\n");
			return 2;
		}
	}
	if (optind >= argc) {
		fprintf(stderr, "lmtp_load: no message files\n");
		return 2;
	}
	bodies = g_ptr_array_new();
	for (int i = optind; i < argc; i++) {
		char *data;
		gsize len;

		if (g_file_get_contents(argv[i], &data, &len, NULL)) {
			g_ptr_array_add(bodies, encode(data, len));
			g_free(data);
		}
	}
	memset(&addr, 0, sizeof(addr));
	if (g_str_has_prefix(target, "unix:")) {
		struct sockaddr_un *un = (struct sockaddr_un *)&addr;

		un->sun_family = AF_UNIX;
		g_strlcpy(un->sun_path, target + 5, sizeof(un->sun_path));
		addr_len = sizeof(*un);
	} else {
		addr_len = sizeof(addr);
		if (evutil_parse_sockaddr_port(target, (struct sockaddr *)&addr, &addr_len) != 0) {
			fprintf(stderr, "lmtp_load: bad address %s\n", target);
			return 2;
		}
	}
	latencies = g_array_sized_new(FALSE, FALSE, sizeof(double), (guint)total);
	base = event_base_new();
	t0 = now_us();
	for (int i = 0; i < conns; i++)
		conn_start();
	event_base_dispatch(base);
	secs = (double)(now_us() - t0) / 1e6;
	g_array_sort(latencies, cmp_double);
	{
		guint n = latencies->len;
		double p50 = n ? g_array_index(latencies, double, n / 2) : 0;
		double p99 = n ? g_array_index(latencies, double, (guint)((n - 1) * 0.99)) : 0;
		double max = n ? g_array_index(latencies, double, n - 1) : 0;

		struct rusage ru;
		double cpu;

		getrusage(RUSAGE_SELF, &ru);
		cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_stime.tv_sec +
		      ((double)ru.ru_utime.tv_usec + (double)ru.ru_stime.tv_usec) / 1e6;
		printf("connections=%d messages=%ld acked=%ld failed=%ld seconds=%.2f "
		       "msgs_per_s=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
		       conns, total, acked, failed, secs, acked / secs, p50, p99, max);
		printf("lmtp_load CPU %.0f us/message\n", total ? cpu * 1e6 / (double)total : 0.0);
	}
	return failed ? 1 : 0;
}
