/* fuzz_http - libFuzzer harness for the HTTP API: a real http_server (its own thread, a
 * temporary database) on a unix socket; each input becomes one request.  The first byte picks
 * a template (a path tail, a query, a JSON body for check/PUT/DELETE, or the raw request), the
 * rest fills it, so the fuzzer reaches the handlers without learning HTTP first.  Any crash,
 * leak, undefined behaviour or a reply that is not HTTP is a finding. */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>
#include <event2/thread.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "http.h"
#include "log.h"

static char fuzz_sock[108];
static http_server *fuzz_srv; /* lives until the process exits */

static char *fuzz_dir;

/* fuzz_cleanup - remove the scratch folder at exit (the server thread dies with the process) */
static void
fuzz_cleanup(void)
{
	static const char *const files[] = {"http.sock", "fuzz.db", "fuzz.db-wal", "fuzz.db-shm"};

	for (size_t i = 0; i < G_N_ELEMENTS(files); i++) {
		char *path = g_build_filename(fuzz_dir, files[i], NULL);

		g_unlink(path);
		g_free(path);
	}
	g_rmdir(fuzz_dir);
}

/* fuzz_start - a database and a server on a unix socket, once per process */
static void
fuzz_start(void)
{
	char *dir = fuzz_dir = g_dir_make_tmp("fuzz-http-XXXXXX", NULL);
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	bd_store_options so;
	http_options ho = {0};
	GError *err = NULL;
	int fd = socket(AF_UNIX, SOCK_STREAM, 0);

	evthread_use_pthreads();
	signal(SIGPIPE, SIG_IGN);
	log_init();
	g_snprintf(fuzz_sock, sizeof(fuzz_sock), "%s/http.sock", dir);
	g_strlcpy(sa.sun_path, fuzz_sock, sizeof(sa.sun_path));
	if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof(sa)) != 0 || listen(fd, 16) != 0)
		abort();
	bd_store_options_init(&so);
	g_free(so.path);
	so.path = g_strdup_printf("%s/fuzz.db", dir);
	so.synchronous = 0;
	ho.fd = fd;
	ho.store = &so;
	fuzz_srv = http_server_new(&ho, &err);
	if (fuzz_srv == NULL) {
		fprintf(stderr, "fuzz_http: %s\n", err->message);
		abort();
	}
	bd_store_options_clear(&so);
	atexit(fuzz_cleanup);
}

/* fuzz_request - the request of one input (see the file comment) */
static GString *
fuzz_request(const uint8_t *data, size_t size)
{
	static const char *const prefixes[] = {
	    "GET /v1/suppressions/", "GET /v1/suppressions?",
	    "GET /v1/events?",       "DELETE /v1/suppressions/a@example.org?",
	    "GET /metrics?",         "HEAD /v1/suppressions/",
	};
	static const char *const bodies[] = {"POST /v1/check", "PUT /v1/suppressions/a@example.org",
	                                     "DELETE /v1/suppressions/b@example.org",
	                                     "POST /v1/suppressions"};
	GString *req = g_string_new(NULL);
	guint pick = size ? data[0] : 0;

	data++, size = size ? size - 1 : 0;
	if (pick < 96) {
		g_string_append(req, prefixes[pick % G_N_ELEMENTS(prefixes)]);
		g_string_append_len(req, (const char *)data, (gssize)size);
		g_string_append(req, " HTTP/1.1\r\nHost: fuzz\r\nConnection: close\r\n\r\n");
	} else if (pick < 192) {
		g_string_append_printf(req,
		                       "%s HTTP/1.1\r\nHost: fuzz\r\nConnection: close\r\n"
		                       "Content-Length: %zu\r\n\r\n",
		                       bodies[pick % G_N_ELEMENTS(bodies)], size);
		g_string_append_len(req, (const char *)data, (gssize)size);
	} else {
		g_string_append_len(req, (const char *)data, (gssize)size);
	}
	return req;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static gboolean once;
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	struct timeval tv = {5, 0};
	GString *req;
	char buf[65536];
	ssize_t n, total = 0;
	int fd;

	if (!once) {
		fuzz_start();
		once = TRUE;
	}
	req = fuzz_request(data, size);
	g_strlcpy(sa.sun_path, fuzz_sock, sizeof(sa.sun_path));
	fd = socket(AF_UNIX, SOCK_STREAM, 0);
	if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof(sa)) != 0)
		abort();
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	if (write(fd, req->str, req->len) >= 0)
		shutdown(fd, SHUT_WR);
	/* the answer (or nothing, for a request evhttp drops); the server closes the connection */
	while ((n = read(fd, buf, sizeof(buf))) > 0) {
		if (total == 0 && n >= 5 && memcmp(buf, "HTTP/", 5) != 0)
			abort(); /* something that is not an HTTP reply */
		total += n;
	}
	close(fd);
	g_string_free(req, TRUE);
	return 0;
}
