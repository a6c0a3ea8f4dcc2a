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
