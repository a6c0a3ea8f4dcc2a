/* fuzz_lmtp - libFuzzer harness for the LMTP session: the input is what a client sends, in
 * pieces (a 0xff byte splits it into separate writes, so line ends, dots and DATA fall across
 * reads), to a real lmtp_server on a socket pair with small limits; the test backend answers
 * every message at once. Any crash, leak or undefined behaviour is a finding. */
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <event2/event.h>
#include <event2/thread.h>

#include "lmtp.h"
#include "log.h"

static lmtp_server *fuzz_srv;

static void
fuzz_submit(lmtp_message *msg, void *ctx)
{
	lmtp_server_post_result(fuzz_srv, msg->session_id, msg->data->len % 7 != 3, "fuzz");
	lmtp_message_free(&msg);
}

/* fuzz_drain - read and drop what the server wrote, so it never blocks on us */
static void
fuzz_drain(int fd)
{
	char buf[65536];

	while (read(fd, buf, sizeof(buf)) > 0)
		;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static gboolean once;
	struct event_base *base;
	lmtp_limits l;
	int sv[2];
	size_t start = 0;

	if (!once) {
		evthread_use_pthreads();
		signal(SIGPIPE, SIG_IGN);
		log_init();
		once = TRUE;
	}
	lmtp_limits_init(&l);
	l.max_line_length = 512;
	l.max_message_size = 2048;
	l.max_recipients = 3;
	l.max_buffer = 4096;
	base = event_base_new();
	fuzz_srv = lmtp_server_new(base, &l, "bounce@*,bounce+*@*", fuzz_submit, NULL);
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
		abort();
	evutil_make_socket_nonblocking(sv[0]);
	lmtp_server_add_connection(fuzz_srv, sv[1], "fuzz");
	for (size_t i = 0; i <= size; i++) {
		if (i < size && data[i] != 0xff)
			continue;
		/* one piece: as much as the socket takes (the rest is dropped), then let it work */
		if (i > start && write(sv[0], data + start, i - start) < 0)
			break;
		start = i + 1;
		for (int k = 0; k < 4; k++) {
			event_base_loop(base, EVLOOP_ONCE | EVLOOP_NONBLOCK);
			fuzz_drain(sv[0]);
		}
	}
	shutdown(sv[0], SHUT_WR);
	for (int k = 0; k < 8; k++) {
		event_base_loop(base, EVLOOP_ONCE | EVLOOP_NONBLOCK);
		fuzz_drain(sv[0]);
	}
	close(sv[0]);
	lmtp_server_free(&fuzz_srv);
	event_base_free(base);
	return 0;
}
