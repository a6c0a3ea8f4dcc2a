/* migrate.c - apply the embedded schema/NNN_*.sql in order, tracked by PRAGMA user_version */
#include <stdio.h>
#include "schema.h"
#include "store_internal.h"

/* store_schema_version - the newest migration compiled in */
int
store_schema_version(void)
{
	return store_schema_count ? store_schema_files[store_schema_count - 1].version : 0;
}

/* migrate_fail - set *error from db, roll back, FALSE */
static gboolean
migrate_fail(sqlite3 *db, GError **error, const char *what)
{
	g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_IO, "migration %s: %s", what,
	            sqlite3_errmsg(db));
	sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	return FALSE;
}

/* store_migrate - upgrade to target (0: newest) in one transaction, so a failed step
 * leaves the database at its old version */
gboolean
store_migrate(sqlite3 *db, int target, GError **error)
{
	sqlite3_stmt *st = NULL;
	int version = -1;
	char sql[64];

	if (target <= 0 || target > store_schema_version())
		target = store_schema_version();
	/* Up to date: done without the write lock, so opening never waits for a writer. */
	if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		version = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (version >= target)
		return TRUE;
	/* BEGIN IMMEDIATE: two processes opening a new database must not both migrate it. */
	if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return migrate_fail(db, error, "begin");
	if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		version = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (version < 0)
		return migrate_fail(db, error, "read version");
	if (version >= target) {
		sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
		return TRUE;
	}
	for (unsigned i = 0; i < store_schema_count; i++) {
		const struct store_schema_file *f = &store_schema_files[i];

		if (f->version <= version || f->version > target)
			continue;
		if (sqlite3_exec(db, f->sql, NULL, NULL, NULL) != SQLITE_OK)
			return migrate_fail(db, error, f->name);
	}
	g_snprintf(sql, sizeof(sql), "PRAGMA user_version = %d", target);
	if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return migrate_fail(db, error, "set version");
	if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		return migrate_fail(db, error, "commit");
	return TRUE;
}
