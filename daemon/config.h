/* config.h - the daemon's settings: built-in defaults, then the INI file, then the flags */
#ifndef BOUNCED_DAEMON_CONFIG_H
#define BOUNCED_DAEMON_CONFIG_H

#include <glib.h>
#include <bounced/store.h>

#include "lmtp.h"

#define CONFIG_DEFAULT_HTTP "127.0.0.1:8025"
#define CONFIG_DEFAULT_BATCH_SIZE 256 /* [commit] batch_size: messages per transaction */
#define CONFIG_DEFAULT_MAX_DELAY_MS 2 /* [commit] max_delay_ms: wait for messages being parsed */
#define CONFIG_DEFAULT_PRUNE_INTERVAL_S 3600 /* [commit] prune_interval_s: raw retention runs */
#define CONFIG_DEFAULT_CACHE_SIZE (16u * 1024 * 1024) /* [commit] cache_size: SQLite cache */
#define CONFIG_DEFAULT_WORKERS 0 /* [daemon] workers: 0 = one parser thread per CPU */
#define CONFIG_DEFAULT_CAMPAIGN_HEADERS "X-Campaign-Id"

typedef struct bd_config {
	char *file;                /* the file read, or NULL */
	bd_store_options store;    /* [store] and [policy], read by bd_store_options_load */
	GPtrArray *lmtp_listen;    /* char *: [lmtp] listen, --lmtp */
	char *accept;              /* [lmtp] accept, --accept: comma list of patterns */
	lmtp_limits limits;        /* the other [lmtp] keys */
	char *http_listen;         /* [http] listen, --http; NULL when "off" */
	char *http_token_file;     /* [http] token_file */
	unsigned batch_size;       /* [commit] */
	unsigned max_delay_ms;     /* [commit] */
	unsigned prune_interval_s; /* [commit] */
	size_t cache_size;         /* [commit] bytes of SQLite page cache */
	unsigned workers;          /* [daemon] */
	char **campaign_headers;   /* [parser] campaign_headers, NULL-terminated */
} bd_config;

/* What the command line says; NULL members leave the file's value. */
typedef struct config_flags {
	char *config_file;
	char *db;
	char **lmtp;
	char *http;
	char *accept;
} config_flags;

/* config_read - defaults, then flags->config_file, then the flags; validated. NULL on error */
bd_config *config_read(const config_flags *flags, GError **error);
/* config_free - free a configuration and set *c to NULL */
void config_free(bd_config **c);
/* config_describe - one line saying what the configuration is, for the log */
char *config_describe(const bd_config *c);

#endif
