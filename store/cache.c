/* cache.c - the page cache of one store's connection (the daemon keeps it small) */
#include "store_internal.h"

/* bd_store_set_cache_size - PRAGMA cache_size in KiB for this connection */
gboolean
bd_store_set_cache_size(bd_store *s, int kib, GError **error)
{
	char sql[64];

	g_snprintf(sql, sizeof(sql), "PRAGMA cache_size = -%d", MAX(kib, 64));
	return store_exec(s, sql, error);
}
