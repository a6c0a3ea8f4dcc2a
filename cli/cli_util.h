/* cli_util.h - what the database commands of bouncectl share: config, store, output */
#ifndef BOUNCECTL_CLI_UTIL_H
#define BOUNCECTL_CLI_UTIL_H

#include <stdio.h>
#include <bounced/parse.h>
#include <bounced/store.h>
#include "commands.h"

/* Exit codes of the database commands (check has its own 0/1/2). */
#define CLI_EXIT_OK 0
#define CLI_EXIT_ERROR 1
#define CLI_EXIT_USAGE 2

/* cli_config_load - the config file: --config, else $BOUNCED_CONFIG, else
 * /etc/bounced/bounced.conf when it exists; an empty key file when none.  NULL on error. */
GKeyFile *cli_config_load(const struct bouncectl_globals *g, GError **error);

/* cli_store_open - open the database of --db / [store] path / ./var/bounced.db.
 * must_exist: refuse to create a missing database (read commands). */
bd_store *cli_store_open(const struct bouncectl_globals *g, gboolean must_exist, GError **error);
/* cli_store_open_path - cli_store_open; *path_r (g_malloc'd) the database file opened */
bd_store *cli_store_open_path(const struct bouncectl_globals *g, gboolean must_exist, char **path_r,
                              GError **error);

/* cli_parse_options - bd_parse_options with [parser] campaign_headers; free with
 * cli_parse_options_clear */
void cli_parse_options_init(const struct bouncectl_globals *g, bd_parse_options *o);
void cli_parse_options_clear(bd_parse_options *o);

/* cli_options_parse - run a GOptionContext over the verb's argv; prints the error and
 * returns FALSE on bad usage */
gboolean cli_options_parse(GOptionContext *ctx, int *argc, char ***argv);

/* cli_error - print "bouncectl VERB: message" to stderr and free *err */
void cli_error(const char *verb, GError **err);

/* cli_since - parse a --since argument (NULL → 0); FALSE after printing an error */
gboolean cli_since(const char *verb, const char *text, gint64 *t_r);

/* A progress bar on stderr, drawn only when stderr is a terminal. */
typedef struct cli_progress cli_progress;
cli_progress *cli_progress_new(const char *label, gint64 total);
/* cli_progress_update - done of total items; redraws at most ten times a second */
void cli_progress_update(cli_progress *p, gint64 done);
/* cli_progress_free - clear the bar's line and free it */
void cli_progress_free(cli_progress **p);

/* cli_csv_field - write one CSV field (RFC 4180 quoting), a comma before unless first */
void cli_csv_field(FILE *out, gboolean first, const char *value);

#endif
