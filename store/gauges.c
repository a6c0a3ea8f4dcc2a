/* gauges.c - whole-database counts for monitoring (GET /metrics), cheaper than bd_store_stats,
 * whose time-filtered queries read every row of messages and events */
#include <bounced/store_query.h>
#include "store_internal.h"

/* The monitoring counts of bd_store_gauges: cheap enough for a scrape every minute. */
static const struct {
	const char *section;
	const char *sql;
} gauge_queries[] = {
    /* the (class, created_at) index covers it: no table pages are read */
    {"events by class", "SELECT class, count(*) FROM events GROUP BY 1 ORDER BY 1"},
    /* the smallest index of the table */
    {"suppressions", "SELECT 'rows', count(*) FROM suppressions"},
    /* one pass over the table */
    {"suppressed by class", "SELECT coalesce(class, '-'), count(*) FROM suppressions"
                            " WHERE suppressed = 1 GROUP BY 1 ORDER BY 1"},
};

/* bd_store_gauges - whole-database counts for monitoring */
gboolean
bd_store_gauges(bd_store *s, bd_stats_fn fn, gpointer user_data, GError **error)
{
	for (size_t i = 0; i < G_N_ELEMENTS(gauge_queries); i++) {
		sqlite3_stmt *st;
		int rc;

		if (sqlite3_prepare_v2(s->db, gauge_queries[i].sql, -1, &st, NULL) != SQLITE_OK) {
			store_sql_error(s, error, "prepare gauges");
			return FALSE;
		}
		while ((rc = sqlite3_step(st)) == SQLITE_ROW)
			fn(gauge_queries[i].section, (const char *)sqlite3_column_text(st, 0),
			   sqlite3_column_int64(st, 1), user_data);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE) {
			store_sql_error(s, error, "gauges");
			return FALSE;
		}
	}
	return TRUE;
}
