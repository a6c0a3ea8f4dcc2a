/* snapshot.c - a read transaction around many lookups (POST /v1/check): one WAL snapshot and
 * one read lock for all of them instead of one per statement */
#include <bounced/store_query.h>
#include "store_internal.h"

/* bd_store_read_begin - start a read transaction (BEGIN DEFERRED) */
gboolean
bd_store_read_begin(bd_store *s, GError **error)
{
	if (s->in_tx) {
		g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_INVALID,
		            "a transaction is already open");
		return FALSE;
	}
	return store_exec(s, "BEGIN DEFERRED", error);
}

/* bd_store_read_end - end it; nothing was written, so this cannot lose anything */
void
bd_store_read_end(bd_store *s)
{
	if (!s->in_tx && sqlite3_get_autocommit(s->db) == 0)
		sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
}
