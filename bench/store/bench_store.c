/* bench_store.c - store benchmarks (not a test): insert rate through bd_store_add_message and
 * the latency of one suppression lookup.  Built and run by bench/store/run. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <bounced/store.h>

/* bench_open - the store at path with synchronous=FULL (the default) */
static bd_store *
bench_open(const char *path)
{
	bd_store_options o;
	GError *err = NULL;
	bd_store *s;

	bd_store_options_init(&o);
	g_free(o.path);
	o.path = g_strdup(path);
	s = bd_store_open(&o, &err);
	if (s == NULL) {
		fprintf(stderr, "open: %s\n", err->message);
		exit(1);
	}
	bd_store_options_clear(&o);
	return s;
}

/* bench_fill - n messages, one hard bounce each to a distinct address, batch per commit */
static int
bench_fill(const char *path, long n, long batch)
{
	bd_store *s = bench_open(path);
	bd_report *r = bd_report_new();
	bd_record *rec = bd_record_new();
	gint64 t0 = g_get_monotonic_time();
	GError *err = NULL;
	char body[512], addr[64];

	r->kind = BD_KIND_DSN;
	bd_set_str(&rec->reason, "userunknown");
	bd_set_str(&rec->status, "5.1.1");
	bd_set_str(&rec->action, "failed");
	rec->klass = BD_CLASS_HARD;
	rec->hard_bounce = TRUE;
	bd_report_add_record(r, rec);
	for (long i = 0; i < n; i++) {
		bd_message_in m = {0};

		if (i % batch == 0 && !bd_store_begin(s, &err))
			goto fail;
		g_snprintf(addr, sizeof(addr), "user%ld@domain%ld.example", i, i % 1000);
		bd_set_str(&rec->recipient, addr);
		g_snprintf(body, sizeof(body),
		           "From: MAILER-DAEMON@mx.example\r\nSubject: failure %ld\r\n\r\n"
		           "550 5.1.1 <%s>: user unknown\r\n",
		           i, addr);
		m.data = body;
		m.len = strlen(body);
		m.received_at = 1767225600 + i;
		m.report = r;
		if (!bd_store_add_message(s, &m, NULL, NULL, &err))
			goto fail;
		if ((i + 1) % batch == 0 || i + 1 == n) {
			if (!bd_store_commit(s, &err))
				goto fail;
		}
	}
	printf("fill: %ld messages in %.2f s = %.0f messages/s (batch %ld, synchronous=FULL)\n", n,
	       (g_get_monotonic_time() - t0) / 1e6, n / ((g_get_monotonic_time() - t0) / 1e6),
	       batch);
	bd_report_free(&r);
	bd_store_close(&s);
	return 0;
fail:
	fprintf(stderr, "fill: %s\n", err->message);
	return 1;
}

/* cmp_i64 - qsort order */
static int
cmp_i64(const void *a, const void *b)
{
	gint64 x = *(const gint64 *)a, y = *(const gint64 *)b;

	return x < y ? -1 : x > y;
}

/* bench_check - n lookups of random addresses (half present) after fill of `present` */
static int
bench_check(const char *path, long n, long present)
{
	bd_store *s = bench_open(path);
	gint64 *lat = g_new(gint64, n);
	GRand *rnd = g_rand_new_with_seed(42);
	long hits = 0;
	char addr[64];

	for (long i = 0; i < n; i++) {
		long k = g_rand_int_range(rnd, 0, (gint32)(present * 2));
		bd_suppression r;
		gboolean found = FALSE;
		GError *err = NULL;
		gint64 t0;

		/* the form a marketing system would send: mixed case */
		g_snprintf(addr, sizeof(addr), "User%ld@Domain%ld.example", k, k % 1000);
		t0 = g_get_monotonic_time();
		if (!bd_store_lookup(s, addr, &r, &found, &err)) {
			fprintf(stderr, "check: %s\n", err->message);
			return 1;
		}
		lat[i] = g_get_monotonic_time() - t0;
		hits += found && r.suppressed;
		bd_suppression_clear(&r);
	}
	qsort(lat, (size_t)n, sizeof(*lat), cmp_i64);
	printf("check: %ld lookups (%ld suppressed) p50 %" G_GINT64_FORMAT
	       " us, p99 %" G_GINT64_FORMAT " us, p99.9 %" G_GINT64_FORMAT
	       " us, max %" G_GINT64_FORMAT " us\n",
	       n, hits, lat[n / 2], lat[n * 99 / 100], lat[n * 999 / 1000], lat[n - 1]);
	g_free(lat);
	g_rand_free(rnd);
	bd_store_close(&s);
	return 0;
}

int
main(int argc, char **argv)
{
	if (argc == 5 && strcmp(argv[1], "fill") == 0)
		return bench_fill(argv[2], atol(argv[3]), atol(argv[4]));
	if (argc == 5 && strcmp(argv[1], "check") == 0)
		return bench_check(argv[2], atol(argv[3]), atol(argv[4]));
	fprintf(stderr, "usage: bench_store fill DB N BATCH | check DB LOOKUPS PRESENT\n");
	return 2;
}
