/* check_store.c - opening, migrating, storing messages and events, options (real SQLite files) */
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <bounced/store.h>
#include <bounced/store_query.h>
#include "schema.h"
#include "store_internal.h"

static char *tmpdir;
static char *dbpath;

/* setup - a fresh directory per test */
static void
setup(void)
{
	tmpdir = g_dir_make_tmp("check_store_XXXXXX", NULL);
	ck_assert_ptr_nonnull(tmpdir);
	dbpath = g_build_filename(tmpdir, "sub", "bounced.db", NULL);
}

/* teardown - remove the directory and what it holds */
static void
teardown(void)
{
	char *cmd = g_strdup_printf("rm -rf '%s'", tmpdir);

	ck_assert_int_eq(system(cmd), 0);
	g_free(cmd);
	g_clear_pointer(&tmpdir, g_free);
	g_clear_pointer(&dbpath, g_free);
}

/* make_parent - create the folder of dbpath */
static void
make_parent(void)
{
	char *dir = g_path_get_dirname(dbpath);

	ck_assert_int_eq(g_mkdir_with_parents(dir, 0700), 0);
	g_free(dir);
}

/* open_db - bd_store_open on dbpath with the defaults; asserts success */
static bd_store *
open_db(void)
{
	bd_store_options o;
	GError *err = NULL;
	bd_store *s;

	bd_store_options_init(&o);
	g_free(o.path);
	o.path = g_strdup(dbpath);
	s = bd_store_open(&o, &err);
	if (s == NULL)
		ck_abort_msg("open: %s", err->message);
	bd_store_options_clear(&o);
	return s;
}

/* query_int - one integer from SQL on the store's connection */
static gint64
query_int(bd_store *s, const char *sql)
{
	sqlite3_stmt *st;
	gint64 v = -1;

	ck_assert_int_eq(sqlite3_prepare_v2(s->db, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* query_text - one text from SQL (newly allocated, NULL when none) */
static char *
query_text(bd_store *s, const char *sql)
{
	sqlite3_stmt *st;
	char *v = NULL;

	ck_assert_int_eq(sqlite3_prepare_v2(s->db, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = g_strdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return v;
}

/* make_report - a report with one record per (recipient, class, reason) triple */
static bd_report *
make_report(bd_kind kind, const char *rcpt, bd_class klass, const char *reason)
{
	bd_report *r = bd_report_new();
	bd_record *rec = bd_record_new();

	r->kind = kind;
	bd_set_str(&r->message_id, "<bounce-1@mx.example.net>");
	bd_set_str(&r->original_message_id, "<orig-1@example.com>");
	bd_set_str(&rec->recipient, rcpt);
	bd_set_str(&rec->action, "failed");
	bd_set_str(&rec->status, klass == BD_CLASS_HARD ? "5.1.1" : "4.2.2");
	bd_set_str(&rec->reason, reason);
	rec->klass = klass;
	rec->hard_bounce = klass == BD_CLASS_HARD;
	bd_report_add_record(r, rec);
	return r;
}

/* save - store one message body with report r at time at; returns its id */
static gint64
save(bd_store *s, const char *body, bd_report *r, gint64 at, gboolean *dup_r)
{
	bd_message_in m = {0};
	GError *err = NULL;
	gint64 id = 0;

	m.data = body;
	m.len = strlen(body);
	m.received_at = at;
	m.mail_from = "";
	m.report = r;
	if (!bd_store_save(s, &m, &id, dup_r, &err))
		ck_abort_msg("save: %s", err->message);
	return id;
}

START_TEST(test_open_creates_wal_and_schema)
{
	bd_store *s = open_db();
	char *mode = query_text(s, "PRAGMA journal_mode");

	ck_assert_str_eq(mode, "wal");
	ck_assert_int_eq(query_int(s, "PRAGMA user_version"), store_schema_version());
	ck_assert_int_eq(query_int(s, "PRAGMA foreign_keys"), 1);
	ck_assert_int_eq(query_int(s, "PRAGMA synchronous"), 2);
	ck_assert_int_eq(query_int(s, "SELECT count(*) FROM sqlite_master WHERE name IN"
	                              " ('messages','events','suppressions')"),
	                 3);
	g_free(mode);
	bd_store_close(&s);
	ck_assert_ptr_null(s);
}
END_TEST

START_TEST(test_store_message_once)
{
	bd_store *s = open_db();
	bd_report *r = make_report(BD_KIND_DSN, "Alice@Example.ORG", BD_CLASS_HARD, "userunknown");
	gboolean dup = TRUE;
	gint64 id1, id2;
	char *raw_enc;

	id1 = save(s, "Subject: bounce\r\n\r\nno such user\r\n", r, 1767225600, &dup);
	ck_assert(!dup);
	id2 = save(s, "Subject: bounce\r\n\r\nno such user\r\n", r, 1767225600, &dup);
	ck_assert(dup);
	ck_assert_int_eq(id1, id2);
	ck_assert_int_eq(query_int(s, "SELECT count(*) FROM messages"), 1);
	ck_assert_int_eq(query_int(s, "SELECT count(*) FROM events"), 1);
	ck_assert_int_eq(query_int(s, "SELECT suppressed FROM suppressions"
	                              " WHERE address = 'alice@example.org'"),
	                 1);
	raw_enc = query_text(s, "SELECT raw_encoding || ' ' || received_at || ' ' || kind"
	                        " FROM messages");
	ck_assert_str_eq(raw_enc, "zlib 2026-01-01T00:00:00Z dsn");
	g_free(raw_enc);
	bd_report_free(&r);
	bd_store_close(&s);
}
END_TEST

START_TEST(test_raw_round_trip)
{
	bd_store *s = open_db();
	bd_report *r = bd_report_new();
	GString *body = g_string_new(NULL);
	sqlite3_stmt *st;
	GBytes *raw;
	GError *err = NULL;

	for (int i = 0; i < 2000; i++)
		g_string_append_printf(body, "line %d of a long bounce\r\n", i);
	save(s, body->str, r, 0, NULL);
	ck_assert_int_eq(sqlite3_prepare_v2(s->db, "SELECT raw, size FROM messages", -1, &st, NULL),
	                 SQLITE_OK);
	ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
	ck_assert_int_lt(sqlite3_column_bytes(st, 0), (int)body->len / 4);
	ck_assert_int_eq(sqlite3_column_int(st, 1), (int)body->len);
	raw = store_raw_decompress(sqlite3_column_blob(st, 0), sqlite3_column_bytes(st, 0),
	                           body->len, &err);
	ck_assert_ptr_nonnull(raw);
	ck_assert_int_eq(g_bytes_get_size(raw), body->len);
	ck_assert(memcmp(g_bytes_get_data(raw, NULL), body->str, body->len) == 0);
	/* a limit below the size is refused, not overrun */
	ck_assert_ptr_null(store_raw_decompress(sqlite3_column_blob(st, 0),
	                                        sqlite3_column_bytes(st, 0), 100, NULL));
	g_bytes_unref(raw);
	sqlite3_finalize(st);
	g_string_free(body, TRUE);
	bd_report_free(&r);
	bd_store_close(&s);
}
END_TEST

START_TEST(test_block_is_not_suppressed)
{
	bd_store *s = open_db();
	bd_report *r = make_report(BD_KIND_DSN, "bob@example.org", BD_CLASS_BLOCK, "blocked");
	bd_suppression sup;
	gboolean found = TRUE;

	save(s, "blocked", r, 0, NULL);
	ck_assert_int_eq(query_int(s, "SELECT count(*) FROM events WHERE class = 'block'"), 1);
	ck_assert(bd_store_lookup(s, "Bob@EXAMPLE.org", &sup, &found, NULL));
	ck_assert(!found);
	ck_assert(!sup.suppressed);
	ck_assert_str_eq(sup.address, "bob@example.org");
	bd_suppression_clear(&sup);
	bd_report_free(&r);
	bd_store_close(&s);
}
END_TEST

START_TEST(test_batch_commit_and_rollback)
{
	bd_store *s = open_db();
	bd_report *r = make_report(BD_KIND_DSN, "carol@example.org", BD_CLASS_HARD, "userunknown");
	bd_message_in m = {0};
	GError *err = NULL;
	char body[64];

	m.report = r;
	ck_assert(bd_store_begin(s, &err));
	for (int i = 0; i < 10; i++) {
		g_snprintf(body, sizeof(body), "message %d", i);
		m.data = body;
		m.len = strlen(body);
		ck_assert(bd_store_add_message(s, &m, NULL, NULL, &err));
	}
	bd_store_rollback(s);
	ck_assert_int_eq(query_int(s, "SELECT count(*) FROM messages"), 0);
	ck_assert_int_eq(query_int(s, "SELECT count(*) FROM suppressions"), 0);
	ck_assert(bd_store_begin(s, &err));
	ck_assert(!bd_store_begin(s, NULL)); /* no nesting */
	for (int i = 0; i < 10; i++) {
		g_snprintf(body, sizeof(body), "message %d", i);
		m.data = body;
		m.len = strlen(body);
		ck_assert(bd_store_add_message(s, &m, NULL, NULL, &err));
	}
	ck_assert(bd_store_commit(s, &err));
	ck_assert_int_eq(query_int(s, "SELECT count(*) FROM messages"), 10);
	ck_assert_int_eq(query_int(s, "SELECT count FROM suppressions"), 10);
	/* adding outside a transaction is refused */
	ck_assert(!bd_store_add_message(s, &m, NULL, NULL, NULL));
	bd_report_free(&r);
	bd_store_close(&s);
}
END_TEST

START_TEST(test_options_load)
{
	bd_store_options o;
	GKeyFile *kf = g_key_file_new();
	GError *err = NULL;
	const char *ini = "[store]\npath=/tmp/x.db\nsynchronous=normal\nbusy_timeout_ms=250\n"
	                  "raw_retention_days=30\n[policy]\nsoft_threshold=5\nsoft_window_days=7\n";

	bd_store_options_init(&o);
	ck_assert_str_eq(o.path, "./var/bounced.db");
	ck_assert_int_eq(o.synchronous, 2);
	ck_assert_int_eq(o.soft_threshold, 3);
	ck_assert_int_eq(o.soft_window_days, 14);
	ck_assert(g_key_file_load_from_data(kf, ini, -1, 0, NULL));
	ck_assert(bd_store_options_load(&o, kf, &err));
	ck_assert_str_eq(o.path, "/tmp/x.db");
	ck_assert_int_eq(o.synchronous, 1);
	ck_assert_int_eq(o.busy_timeout_ms, 250);
	ck_assert_int_eq(o.raw_retention_days, 30);
	ck_assert_int_eq(o.soft_threshold, 5);
	ck_assert_int_eq(o.soft_window_days, 7);
	g_key_file_free(kf);

	kf = g_key_file_new();
	ck_assert(g_key_file_load_from_data(kf, "[policy]\nsoft_threshold=0\n", -1, 0, NULL));
	ck_assert(!bd_store_options_load(&o, kf, &err));
	ck_assert(g_error_matches(err, BD_STORE_ERROR, BD_STORE_ERROR_INVALID));
	g_clear_error(&err);
	g_key_file_free(kf);

	kf = g_key_file_new();
	ck_assert(g_key_file_load_from_data(kf, "[store]\nsynchronous=sometimes\n", -1, 0, NULL));
	ck_assert(!bd_store_options_load(&o, kf, &err));
	g_clear_error(&err);
	g_key_file_free(kf);
	bd_store_options_clear(&o);
}
END_TEST

/* file_digest - sha256 of a file's bytes (NULL when unreadable) */
static char *
file_digest(const char *path)
{
	char *data = NULL;
	gsize len = 0;
	char *d;

	if (!g_file_get_contents(path, &data, &len, NULL))
		return NULL;
	d = g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)data, len);
	g_free(data);
	return d;
}

/* open_expect_fail - bd_store_open on dbpath must fail with code */
static void
open_expect_fail(int code, const char *needle)
{
	bd_store_options o;
	GError *err = NULL;
	bd_store *s;

	bd_store_options_init(&o);
	g_free(o.path);
	o.path = g_strdup(dbpath);
	s = bd_store_open(&o, &err);
	ck_assert_ptr_null(s);
	ck_assert_msg(g_error_matches(err, BD_STORE_ERROR, code), "error %s",
	              err ? err->message : "(none)");
	ck_assert_msg(strstr(err->message, needle) != NULL, "message '%s' lacks '%s'", err->message,
	              needle);
	g_error_free(err);
	bd_store_options_clear(&o);
}

START_TEST(test_not_sqlite_untouched)
{
	static const char text[] = "this is a mail spool, not a database\n";
	char *before, *after, *wal;

	make_parent();
	ck_assert(g_file_set_contents(dbpath, text, -1, NULL));
	before = file_digest(dbpath);
	open_expect_fail(BD_STORE_ERROR_OPEN, "not an SQLite database");
	after = file_digest(dbpath);
	ck_assert_str_eq(before, after);
	wal = g_strconcat(dbpath, "-wal", NULL);
	ck_assert(!g_file_test(wal, G_FILE_TEST_EXISTS));
	g_free(wal);
	g_free(before);
	g_free(after);
}
END_TEST

START_TEST(test_corrupt_sqlite_untouched)
{
	bd_store *s = open_db();
	char *data = NULL, *before, *after;
	gsize len = 0;

	bd_store_close(&s);
	ck_assert(g_file_get_contents(dbpath, &data, &len, NULL));
	/* keep the magic, break the page size and the rest of the header */
	memset(data + 16, 0xff, 84);
	ck_assert(g_file_set_contents(dbpath, data, (gssize)len, NULL));
	before = file_digest(dbpath);
	open_expect_fail(BD_STORE_ERROR_OPEN, dbpath);
	after = file_digest(dbpath);
	ck_assert_str_eq(before, after);
	g_free(data);
	g_free(before);
	g_free(after);
}
END_TEST

START_TEST(test_newer_version_refused)
{
	bd_store *s = open_db();
	char sql[64], *before, *after;

	g_snprintf(sql, sizeof(sql), "PRAGMA user_version = %d", store_schema_version() + 1);
	ck_assert(store_exec(s, sql, NULL));
	bd_store_close(&s);
	before = file_digest(dbpath);
	open_expect_fail(BD_STORE_ERROR_VERSION, "newer");
	after = file_digest(dbpath);
	ck_assert_str_eq(before, after);
	g_free(before);
	g_free(after);
}
END_TEST

/* version_data - rows that every schema version has, written by plain SQL */
static const char version_data[] =
    "INSERT INTO messages (id, received_at, size, sha256, kind) VALUES"
    " (1, '2026-01-02T03:04:05Z', 10, 'abc', 'dsn');"
    "INSERT INTO events (id, msg_id, address, recipient, reason, class, created_at) VALUES"
    " (1, 1, 'old@example.org', 'old@example.org', 'userunknown', 'hard',"
    " '2026-01-02T03:04:05Z');"
    "INSERT INTO suppressions (address, class, reason, first_seen, last_seen, count,"
    " suppressed, suppressed_at, source_event, updated_at, change_seq) VALUES"
    " ('old@example.org', 'hard', 'userunknown', '2026-01-02T03:04:05Z',"
    " '2026-01-02T03:04:05Z', 1, 1, '2026-01-02T03:04:05Z', 1, '2026-01-02T03:04:05Z', 1);";

/* A database made at every earlier version (0 = an empty file) is upgraded on open. */
START_TEST(test_upgrade_from_version)
{
	int v = _i;
	sqlite3 *db;
	bd_store *s;
	GError *err = NULL;
	bd_suppression r;
	gboolean found = FALSE;

	make_parent();
	ck_assert_int_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
	if (v > 0) {
		ck_assert(store_migrate(db, v, &err));
		ck_assert_int_eq(sqlite3_exec(db, version_data, NULL, NULL, NULL), SQLITE_OK);
	}
	sqlite3_close(db);
	s = open_db();
	ck_assert_int_eq(query_int(s, "PRAGMA user_version"), store_schema_version());
	ck_assert_int_eq(query_int(s, "SELECT count(*) FROM sqlite_master WHERE type = 'view'"
	                              " AND name = 'bounces_per_day'"),
	                 1);
	ck_assert_int_eq(query_int(s, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
	                              " AND name = 'events_class_created'"),
	                 1);
	/* 006: (address, created_at) gone, (address, class, created_at) of 005 in its place */
	ck_assert_int_eq(query_int(s, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
	                              " AND name = 'events_address_created'"),
	                 0);
	ck_assert_int_eq(query_int(s, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
	                              " AND name = 'events_address_class_created'"),
	                 1);
	if (v > 0) {
		ck_assert(bd_store_lookup(s, "OLD@example.org", &r, &found, NULL));
		ck_assert(found && r.suppressed);
		ck_assert_str_eq(r.reason, "userunknown");
		bd_suppression_clear(&r);
		ck_assert_int_eq(query_int(s, "SELECT count(*) FROM bounces_per_day"), 1);
	}
	bd_store_close(&s);
}
END_TEST

START_TEST(test_each_migration_alone)
{
	/* every file applies on top of the one before and moves user_version by one */
	sqlite3 *db;

	make_parent();
	ck_assert_int_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
	for (unsigned i = 0; i < store_schema_count; i++) {
		sqlite3_stmt *st;

		ck_assert_int_eq(store_schema_files[i].version, (int)i + 1);
		ck_assert(store_migrate(db, store_schema_files[i].version, NULL));
		ck_assert_int_eq(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL),
		                 SQLITE_OK);
		ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
		ck_assert_int_eq(sqlite3_column_int(st, 0), (int)i + 1);
		sqlite3_finalize(st);
	}
	sqlite3_close(db);
}
END_TEST

START_TEST(test_read_only_database)
{
	bd_store *s = open_db();
	bd_report *r = make_report(BD_KIND_DSN, "ro@example.org", BD_CLASS_HARD, "userunknown");
	bd_store_options o;
	bd_message_in m = {0};
	GError *err = NULL;

	save(s, "first", r, 0, NULL);
	bd_store_close(&s);
	bd_store_options_init(&o);
	g_free(o.path);
	o.path = g_strdup(dbpath);
	o.read_only = TRUE;
	s = bd_store_open(&o, &err);
	ck_assert_msg(s != NULL, "read-only open: %s", err ? err->message : "");
	m.data = "second";
	m.len = 6;
	m.report = r;
	ck_assert(!bd_store_save(s, &m, NULL, NULL, &err));
	ck_assert(g_error_matches(err, BD_STORE_ERROR, BD_STORE_ERROR_IO));
	g_clear_error(&err);
	ck_assert(!bd_store_set_manual(s, "x@example.org", TRUE, "t", "n", 0, &err));
	g_clear_error(&err);
	bd_store_close(&s);
	/* a file the process may not write is opened read-only and refuses writes the same way */
	if (geteuid() != 0) {
		ck_assert_int_eq(chmod(dbpath, 0444), 0);
		o.read_only = FALSE;
		s = bd_store_open(&o, &err);
		ck_assert_msg(s != NULL, "open of a 0444 file: %s", err ? err->message : "");
		ck_assert(!bd_store_save(s, &m, NULL, NULL, &err));
		g_clear_error(&err);
		bd_store_close(&s);
		chmod(dbpath, 0644);
	}
	s = open_db();
	ck_assert_int_eq(query_int(s, "SELECT count(*) FROM messages"), 1);
	ck_assert_int_eq(query_int(s, "SELECT count(*) FROM manual_changes"), 0);
	bd_store_close(&s);
	bd_store_options_clear(&o);
	bd_report_free(&r);
}
END_TEST

/* random_body - incompressible bytes so the database grows by about n per message */
static char *
random_body(size_t n, guint32 seed)
{
	GRand *rnd = g_rand_new_with_seed(seed);
	char *b = g_malloc(n + 1);

	for (size_t i = 0; i < n; i++)
		b[i] = (char)g_rand_int_range(rnd, 33, 127);
	b[n] = '\0';
	g_rand_free(rnd);
	return b;
}

START_TEST(test_disk_full_leaves_no_partial_state)
{
	bd_store *s = open_db();
	bd_report *r = make_report(BD_KIND_DSN, "full@example.org", BD_CLASS_HARD, "userunknown");
	bd_message_in m = {0};
	GError *err = NULL;
	gint64 pages = query_int(s, "PRAGMA page_count");
	char sql[64];
	int stored = 0;
	gboolean failed = FALSE;

	g_snprintf(sql, sizeof(sql), "PRAGMA max_page_count = %" G_GINT64_FORMAT, pages + 12);
	ck_assert(store_exec(s, sql, NULL));
	m.report = r;
	/* one message per transaction until the disk is "full" */
	for (int i = 0; i < 100 && !failed; i++) {
		char *body = random_body(6000, (guint32)i);

		m.data = body;
		m.len = strlen(body);
		if (bd_store_save(s, &m, NULL, NULL, &err)) {
			stored++;
		} else {
			failed = TRUE;
			ck_assert(g_error_matches(err, BD_STORE_ERROR, BD_STORE_ERROR_IO));
			g_clear_error(&err);
		}
		g_free(body);
	}
	ck_assert(failed);
	ck_assert_int_gt(stored, 0);
	ck_assert_int_eq(query_int(s, "SELECT count(*) FROM messages"), stored);
	ck_assert_int_eq(query_int(s, "SELECT count(*) FROM events"), stored);
	ck_assert_int_eq(query_int(s, "SELECT count FROM suppressions"), stored);
	/* a batch: the message that does not fit is undone, the others commit */
	ck_assert(store_exec(s, "PRAGMA max_page_count = 1000000", NULL));
	ck_assert(bd_store_begin(s, NULL));
	m.data = "fits";
	m.len = 4;
	ck_assert(bd_store_add_message(s, &m, NULL, NULL, NULL));
	g_snprintf(sql, sizeof(sql), "PRAGMA max_page_count = %" G_GINT64_FORMAT,
	           query_int(s, "PRAGMA page_count") + 2);
	ck_assert(store_exec(s, sql, NULL));
	{
		char *big = random_body(200000, 99);

		m.data = big;
		m.len = strlen(big);
		ck_assert(!bd_store_add_message(s, &m, NULL, NULL, &err));
		g_clear_error(&err);
		g_free(big);
	}
	/* SQLite may roll the whole transaction back on SQLITE_FULL; then commit says so */
	if (bd_store_commit(s, &err)) {
		ck_assert_int_eq(query_int(s, "SELECT count(*) FROM messages"), stored + 1);
	} else {
		g_clear_error(&err);
		ck_assert_int_eq(query_int(s, "SELECT count(*) FROM messages"), stored);
	}
	ck_assert_int_eq(query_int(s, "SELECT count(*) FROM events"),
	                 query_int(s, "SELECT count(*) FROM messages"));
	ck_assert_int_eq(query_int(s, "SELECT count(*) FROM messages m WHERE NOT EXISTS"
	                              " (SELECT 1 FROM events e WHERE e.msg_id = m.id)"),
	                 0);
	bd_report_free(&r);
	bd_store_close(&s);
}
END_TEST

START_TEST(test_retention_drops_raw_keeps_events)
{
	bd_store *s = open_db();
	bd_report *r = make_report(BD_KIND_DSN, "old@example.org", BD_CLASS_HARD, "userunknown");
	gint64 now = g_get_real_time() / G_USEC_PER_SEC;
	bd_store_options o;
	GError *err = NULL;
	gint64 n = -1;

	save(s, "old message", r, now - 40 * 86400, NULL);
	save(s, "new message", r, now - 86400, NULL);
	bd_store_close(&s);
	bd_store_options_init(&o);
	g_free(o.path);
	o.path = g_strdup(dbpath);
	o.raw_retention_days = 30;
	s = bd_store_open(&o, &err); /* open prunes */
	ck_assert_ptr_nonnull(s);
	ck_assert_int_eq(query_int(s, "SELECT count(*) FROM messages WHERE raw IS NULL"), 1);
	ck_assert_int_eq(query_int(s, "SELECT count(*) FROM messages"), 2);
	ck_assert_int_eq(query_int(s, "SELECT count(*) FROM events"), 2);
	ck_assert(bd_store_prune_raw(s, now + 40 * 86400, &n, NULL));
	ck_assert_int_eq(n, 1);
	ck_assert_int_eq(query_int(s, "SELECT count(*) FROM messages WHERE raw IS NULL"), 2);
	bd_store_close(&s);
	bd_store_options_clear(&o);
	bd_report_free(&r);
}
END_TEST

/* reparse_to_hard - a "better classifier": every record becomes a hard bounce */
static bd_report *
reparse_to_hard(const char *data, size_t len, gpointer user_data)
{
	return make_report(BD_KIND_DSN, "dave@example.org", BD_CLASS_HARD, "userunknown");
}

START_TEST(test_reparse_rederives)
{
	bd_store *s = open_db();
	bd_report *r = make_report(BD_KIND_DSN, "dave@example.org", BD_CLASS_BLOCK, "blocked");
	bd_report *e = make_report(BD_KIND_DSN, "erin@example.org", BD_CLASS_HARD, "userunknown");
	bd_reparse_callbacks cb = {reparse_to_hard, NULL, NULL, NULL};
	bd_reparse_stats st;
	GError *err = NULL;
	bd_suppression sup;
	gboolean found;

	save(s, "was a block", r, 0, NULL);
	save(s, "erin", e, 0, NULL);
	ck_assert(
	    bd_store_set_manual(s, "erin@example.org", FALSE, "t", "customer asked", 0, NULL));
	ck_assert(bd_store_lookup(s, "dave@example.org", &sup, &found, NULL));
	ck_assert(!found);
	bd_suppression_clear(&sup);
	ck_assert(bd_store_reparse(s, 0, 1, &cb, &st, &err));
	ck_assert_int_eq(st.messages, 2);
	ck_assert_int_eq(st.changed_messages, 2); /* erin's message now names dave */
	ck_assert_int_eq(st.newly_suppressed, 1);
	ck_assert(bd_store_lookup(s, "dave@example.org", &sup, &found, NULL));
	ck_assert(found && sup.suppressed);
	bd_suppression_clear(&sup);
	/* erin lost her event but keeps her manual decision */
	ck_assert(bd_store_lookup(s, "erin@example.org", &sup, &found, NULL));
	ck_assert(found && !sup.suppressed && sup.manual);
	ck_assert_str_eq(sup.note, "customer asked");
	bd_suppression_clear(&sup);
	/* a second run changes nothing */
	ck_assert(bd_store_reparse(s, 0, 10, &cb, &st, &err));
	ck_assert_int_eq(st.changed_messages, 0);
	ck_assert_int_eq(st.newly_suppressed + st.lifted, 0);
	bd_report_free(&r);
	bd_report_free(&e);
	bd_store_close(&s);
}
END_TEST

/* count_row - bd_store_list callback counting rows */
static gboolean
count_row(const bd_suppression *row, gpointer user_data)
{
	(*(int *)user_data)++;
	return TRUE;
}

/* count_event - bd_store_events callback counting rows */
static gboolean
count_event(const bd_event *ev, gpointer user_data)
{
	(*(int *)user_data)++;
	return TRUE;
}

START_TEST(test_list_filters_and_events)
{
	bd_store *s = open_db();
	const char *addrs[] = {"a@one.example", "b@one.example", "c@two.example"};
	bd_store_filter f = {0};
	int n;

	for (int i = 0; i < 3; i++) {
		bd_report *r =
		    make_report(BD_KIND_DSN, addrs[i], i == 2 ? BD_CLASS_SOFT : BD_CLASS_HARD,
		                i == 2 ? "mailboxfull" : "userunknown");
		char body[32];

		g_snprintf(body, sizeof(body), "m%d", i);
		save(s, body, r, 0, NULL);
		bd_report_free(&r);
	}
	n = 0;
	ck_assert(bd_store_list(s, &f, count_row, &n, NULL));
	ck_assert_int_eq(n, 2); /* suppressed only */
	f.all = TRUE;
	n = 0;
	ck_assert(bd_store_list(s, &f, count_row, &n, NULL));
	ck_assert_int_eq(n, 3);
	f.domain = "ONE.example";
	n = 0;
	ck_assert(bd_store_list(s, &f, count_row, &n, NULL));
	ck_assert_int_eq(n, 2);
	f.domain = NULL;
	f.klass = "soft";
	n = 0;
	ck_assert(bd_store_list(s, &f, count_row, &n, NULL));
	ck_assert_int_eq(n, 1);
	f.klass = NULL;
	f.after = 2; /* cursor: change_seq above 2 */
	n = 0;
	ck_assert(bd_store_list(s, &f, count_row, &n, NULL));
	ck_assert_int_eq(n, 1);
	memset(&f, 0, sizeof(f));
	f.address = "A@ONE.example";
	n = 0;
	ck_assert(bd_store_events(s, &f, count_event, &n, NULL));
	ck_assert_int_eq(n, 1);
	f.address = "not an address";
	n = 0;
	bd_store_close(&s);
}
END_TEST

/* gauge_row - collect bd_store_gauges rows as "section/key" → count */
static void
gauge_row(const char *section, const char *key, gint64 count, gpointer user_data)
{
	g_hash_table_insert(user_data, g_strdup_printf("%s/%s", section, key),
	                    GINT_TO_POINTER((int)count));
}

/* gauge - one collected count, -1 when absent */
static int
gauge(GHashTable *g, const char *name)
{
	gpointer v;

	return g_hash_table_lookup_extended(g, name, NULL, &v) ? GPOINTER_TO_INT(v) : -1;
}

START_TEST(test_gauges)
{
	bd_store *s = open_db();
	GHashTable *g = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	const char *addrs[] = {"a@one.example", "b@one.example", "c@two.example"};

	for (int i = 0; i < 3; i++) {
		bd_report *r =
		    make_report(BD_KIND_DSN, addrs[i], i == 2 ? BD_CLASS_SOFT : BD_CLASS_HARD,
		                i == 2 ? "mailboxfull" : "userunknown");
		char body[32];

		g_snprintf(body, sizeof(body), "m%d", i);
		save(s, body, r, 0, NULL);
		bd_report_free(&r);
	}
	ck_assert(bd_store_set_manual(s, "vip@example.com", TRUE, "t", "n", 0, NULL));
	ck_assert(bd_store_set_manual(s, "b@one.example", FALSE, "t", "n", 0, NULL));
	ck_assert(bd_store_gauges(s, gauge_row, g, NULL));
	ck_assert_int_eq(gauge(g, "events by class/hard"), 2);
	ck_assert_int_eq(gauge(g, "events by class/soft"), 1);
	ck_assert_int_eq(gauge(g, "suppressions/rows"), 4);
	ck_assert_int_eq(gauge(g, "suppressed by class/hard"), 1); /* b lifted by hand */
	ck_assert_int_eq(gauge(g, "suppressed by class/manual"), 1);
	ck_assert_int_eq(gauge(g, "suppressed by class/soft"), -1); /* below the threshold */
	ck_assert_int_eq(g_hash_table_size(g), 5);
	g_hash_table_unref(g);
	bd_store_close(&s);
}
END_TEST

START_TEST(test_read_snapshot)
{
	bd_store *w = open_db(), *r = open_db();
	bd_report *rep = make_report(BD_KIND_DSN, "late@example.org", BD_CLASS_HARD, "userunknown");
	bd_suppression sup;
	gboolean found = TRUE;
	GError *err = NULL;

	ck_assert(bd_store_lookup(r, "other@example.org", &sup, &found, NULL));
	bd_suppression_clear(&sup);
	ck_assert(bd_store_read_begin(r, NULL));
	ck_assert(bd_store_lookup(r, "late@example.org", &sup, &found, NULL));
	ck_assert(!found);
	bd_suppression_clear(&sup);
	/* the writer commits meanwhile: the reader's snapshot does not see it, nor wait for it */
	save(w, "late", rep, 0, NULL);
	ck_assert(bd_store_lookup(r, "late@example.org", &sup, &found, NULL));
	ck_assert(!found);
	bd_suppression_clear(&sup);
	bd_store_read_end(r);
	ck_assert(bd_store_lookup(r, "late@example.org", &sup, &found, NULL));
	ck_assert(found && sup.suppressed);
	bd_suppression_clear(&sup);
	/* not inside a write transaction */
	ck_assert(bd_store_begin(w, NULL));
	ck_assert(!bd_store_read_begin(w, &err));
	ck_assert(g_error_matches(err, BD_STORE_ERROR, BD_STORE_ERROR_INVALID));
	g_clear_error(&err);
	bd_store_read_end(w); /* leaves the write transaction alone */
	ck_assert(bd_store_commit(w, NULL));
	bd_report_free(&rep);
	bd_store_close(&r);
	bd_store_close(&w);
}
END_TEST

START_TEST(test_reader_does_not_block_writer)
{
	bd_store *s = open_db();
	bd_report *r = make_report(BD_KIND_DSN, "w@example.org", BD_CLASS_HARD, "userunknown");
	sqlite3 *reader;
	sqlite3_stmt *st;

	save(s, "one", r, 0, NULL);
	ck_assert_int_eq(sqlite3_open(dbpath, &reader), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(reader, "BEGIN", NULL, NULL, NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_prepare_v2(reader, "SELECT count(*) FROM messages", -1, &st, NULL),
	                 SQLITE_OK);
	ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
	ck_assert_int_eq(sqlite3_column_int(st, 0), 1);
	sqlite3_reset(st);
	save(s, "two", r, 0, NULL); /* while the reader's snapshot is open */
	ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
	ck_assert_int_eq(sqlite3_column_int(st, 0), 1); /* its snapshot */
	sqlite3_finalize(st);
	sqlite3_exec(reader, "COMMIT", NULL, NULL, NULL);
	sqlite3_close(reader);
	ck_assert_int_eq(query_int(s, "SELECT count(*) FROM messages"), 2);
	bd_report_free(&r);
	bd_store_close(&s);
}
END_TEST

START_TEST(test_parse_time)
{
	gint64 t = 0;
	GError *err = NULL;

	ck_assert(bd_store_parse_time("2026-01-02", 0, &t, NULL));
	ck_assert_int_eq(t, 1767312000);
	ck_assert(bd_store_parse_time("2026-01-02T00:00:10Z", 0, &t, NULL));
	ck_assert_int_eq(t, 1767312010);
	ck_assert(bd_store_parse_time("7d", 1000000, &t, NULL));
	ck_assert_int_eq(t, 1000000 - 7 * 86400);
	ck_assert(bd_store_parse_time("24h", 1000000, &t, NULL));
	ck_assert_int_eq(t, 1000000 - 86400);
	ck_assert(!bd_store_parse_time("yesterday", 0, &t, &err));
	ck_assert(g_error_matches(err, BD_STORE_ERROR, BD_STORE_ERROR_INVALID));
	g_clear_error(&err);
	ck_assert(!bd_store_parse_time("7x", 0, &t, NULL));
	ck_assert(!bd_store_parse_time("", 0, &t, NULL));
}
END_TEST

/* prepare_thread - bd_store_prepare_raw on another thread */
static gpointer
prepare_thread(gpointer data)
{
	bd_message_in *m = data;
	char *sha = NULL;
	GBytes *z = NULL;

	ck_assert(bd_store_prepare_raw(m->data, m->len, &sha, &z, NULL));
	m->sha256 = sha;
	m->compressed = z;
	return NULL;
}

START_TEST(test_prepared_raw_same_as_inline)
{
	bd_store *s = open_db();
	bd_report *r = make_report(BD_KIND_DSN, "p@example.org", BD_CLASS_HARD, "userunknown");
	bd_message_in m = {0};
	gboolean dup = TRUE;
	gint64 id = 0, id2 = 0;
	GBytes *raw = NULL;
	bd_stored_message sm;
	gboolean found = FALSE;

	m.data = "prepared elsewhere\r\n";
	m.len = strlen(m.data);
	m.report = r;
	g_thread_join(g_thread_new("prepare", prepare_thread, &m));
	ck_assert(bd_store_save(s, &m, &id, &dup, NULL));
	ck_assert(!dup);
	g_free((char *)m.sha256);
	g_bytes_unref(m.compressed);
	m.sha256 = NULL;
	m.compressed = NULL;
	/* the same bytes without preparation: recognised as the same message */
	ck_assert(bd_store_save(s, &m, &id2, &dup, NULL));
	ck_assert(dup);
	ck_assert_int_eq(id, id2);
	ck_assert(bd_store_message_get(s, id, &sm, &raw, &found, NULL));
	ck_assert(found && raw != NULL);
	ck_assert_int_eq(g_bytes_get_size(raw), m.len);
	ck_assert(memcmp(g_bytes_get_data(raw, NULL), m.data, m.len) == 0);
	g_bytes_unref(raw);
	bd_stored_message_clear(&sm);
	bd_report_free(&r);
	bd_store_close(&s);
}
END_TEST

START_TEST(test_open_while_a_writer_holds_the_lock)
{
	bd_store *w = open_db();
	bd_store_options o;
	GError *err = NULL;
	bd_store *r;
	bd_suppression sup;
	gboolean found = TRUE;

	ck_assert(bd_store_begin(w, NULL)); /* the write lock, held */
	bd_store_options_init(&o);
	g_free(o.path);
	o.path = g_strdup(dbpath);
	o.busy_timeout_ms = 0; /* would fail at once if open needed the lock */
	o.raw_retention_days = 30;
	r = bd_store_open(&o, &err);
	ck_assert_msg(r != NULL, "open: %s", err ? err->message : "");
	ck_assert(bd_store_lookup(r, "a@example.org", &sup, &found, NULL));
	ck_assert(!found);
	bd_suppression_clear(&sup);
	/* a write from the second connection fails cleanly while the lock is held, as BUSY so
	 * that callers (the HTTP API: 503 Retry-After) can tell it from a broken disk */
	ck_assert(!bd_store_set_manual(r, "a@example.org", TRUE, "t", "n", 0, &err));
	ck_assert(g_error_matches(err, BD_STORE_ERROR, BD_STORE_ERROR_BUSY));
	g_clear_error(&err);
	bd_store_close(&r);
	bd_store_rollback(w);
	bd_store_close(&w);
	bd_store_options_clear(&o);
}
END_TEST

/* The WAL is checkpointed by the background thread, not by the commits: after enough
 * transactions the thread has run, the database file holds the data, and a second connection
 * reads every message. */
START_TEST(test_checkpoint_in_background)
{
	bd_store *s = open_db();
	bd_report *r = make_report(BD_KIND_DSN, "c@example.org", BD_CLASS_HARD, "userunknown");
	char *big = g_strnfill(64 * 1024, 'x');
	sqlite3 *other;
	sqlite3_stmt *st;
	struct stat before, after;
	guint64 runs;
	int n = 0;

	ck_assert(bd_store_checkpoint_in_background(s, 500, NULL));
	ck_assert(bd_store_checkpoint_in_background(s, 500, NULL)); /* a second call: no change */
	ck_assert_int_eq(g_stat(dbpath, &before), 0);
	/* 200 messages of 64 KB of random-looking text: about 3,200 WAL pages */
	for (int i = 0; i < 200; i++) {
		for (int j = 0; j < 64 * 1024; j++)
			big[j] = (char)('a' + g_random_int_range(0, 26));
		save(s, big, r, 1767225600 + i, NULL);
	}
	runs = bd_store_checkpoint_wait(s);
	ck_assert_msg(runs > 0, "no checkpoint by the thread");
	ck_assert_int_eq(g_stat(dbpath, &after), 0);
	ck_assert_int_gt(after.st_size, before.st_size + 4 * 1024 * 1024);
	ck_assert_int_eq(sqlite3_open_v2(dbpath, &other, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_prepare_v2(other, "SELECT count(*) FROM messages", -1, &st, NULL),
	                 SQLITE_OK);
	ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
	n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(other);
	ck_assert_int_eq(n, 200);
	bd_store_close(&s); /* stops the thread */
	g_free(big);
	bd_report_free(&r);
}
END_TEST

/* Whatever the build uses (libdeflate or zlib, OpenSSL or GLib): the digest is GLib's
 * lower-case hex SHA-256 (messages.sha256 of earlier databases must still match) and the
 * compressed form is a zlib stream that zlib reads back, empty and large messages too. */
START_TEST(test_raw_digest_and_zlib_stream)
{
	static const size_t sizes[] = {0, 1, 5000, 3 * 1024 * 1024 + 7};

	for (guint i = 0; i < G_N_ELEMENTS(sizes); i++) {
		char *data = g_malloc(sizes[i] + 1);
		char *sha = NULL, *expect;
		GBytes *z = NULL, *back;
		GError *err = NULL;

		for (size_t j = 0; j < sizes[i]; j++)
			data[j] =
			    j % 7 == 0 ? (char)g_random_int_range(0, 256) : "bounce\r\n"[j % 8];
		ck_assert(bd_store_prepare_raw(data, sizes[i], &sha, &z, NULL));
		expect =
		    g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)data, sizes[i]);
		ck_assert_str_eq(sha, expect);
		back = store_raw_decompress(g_bytes_get_data(z, NULL), g_bytes_get_size(z),
		                            sizes[i], &err);
		ck_assert_msg(back != NULL, "size %zu: %s", sizes[i], err ? err->message : "");
		ck_assert_int_eq(g_bytes_get_size(back), sizes[i]);
		ck_assert(sizes[i] == 0 ||
		          memcmp(g_bytes_get_data(back, NULL), data, sizes[i]) == 0);
		g_bytes_unref(back);
		g_bytes_unref(z);
		g_free(sha);
		g_free(expect);
		g_free(data);
	}
}
END_TEST

/* store_suite - the cases above */
static Suite *
store_suite(void)
{
	Suite *su = suite_create("store");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_open_creates_wal_and_schema);
	tcase_add_test(tc, test_store_message_once);
	tcase_add_test(tc, test_raw_round_trip);
	tcase_add_test(tc, test_block_is_not_suppressed);
	tcase_add_test(tc, test_batch_commit_and_rollback);
	tcase_add_test(tc, test_options_load);
	tcase_add_test(tc, test_not_sqlite_untouched);
	tcase_add_test(tc, test_corrupt_sqlite_untouched);
	tcase_add_test(tc, test_newer_version_refused);
	tcase_add_loop_test(tc, test_upgrade_from_version, 0, store_schema_version());
	tcase_add_test(tc, test_each_migration_alone);
	tcase_add_test(tc, test_read_only_database);
	tcase_add_test(tc, test_disk_full_leaves_no_partial_state);
	tcase_add_test(tc, test_retention_drops_raw_keeps_events);
	tcase_add_test(tc, test_reparse_rederives);
	tcase_add_test(tc, test_list_filters_and_events);
	tcase_add_test(tc, test_gauges);
	tcase_add_test(tc, test_read_snapshot);
	tcase_add_test(tc, test_reader_does_not_block_writer);
	tcase_add_test(tc, test_parse_time);
	tcase_add_test(tc, test_prepared_raw_same_as_inline);
	tcase_add_test(tc, test_open_while_a_writer_holds_the_lock);
	tcase_add_test(tc, test_checkpoint_in_background);
	tcase_add_test(tc, test_raw_digest_and_zlib_stream);
	suite_add_tcase(su, tc);
	return su;
}

int
main(void)
{
	SRunner *sr = srunner_create(store_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
