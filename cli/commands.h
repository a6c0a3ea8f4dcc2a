/* commands.h - the bouncectl verbs, one cmd_*.c file each */
#ifndef BOUNCECTL_COMMANDS_H
#define BOUNCECTL_COMMANDS_H

#include <glib.h>

/* Options given before the command. */
struct bouncectl_globals {
	const char *db_path;     /* --db, or NULL */
	const char *config_path; /* --config, or NULL */
};

/* A verb: argv[0] is the verb itself; returns the process exit code. */
typedef int (*bouncectl_run_fn)(const struct bouncectl_globals *g, int argc, char **argv);

struct bouncectl_command {
	const char *name;
	bouncectl_run_fn run;
	const char *help;
};

int cmd_parse(const struct bouncectl_globals *g, int argc, char **argv);
/* the database commands (cmd_import.c, cmd_check.c, cmd_list.c, cmd_suppress.c,
 * cmd_events.c, cmd_stats.c, cmd_reparse.c) */
int cmd_import(const struct bouncectl_globals *g, int argc, char **argv);
int cmd_check(const struct bouncectl_globals *g, int argc, char **argv);
int cmd_list(const struct bouncectl_globals *g, int argc, char **argv);
int cmd_export(const struct bouncectl_globals *g, int argc, char **argv);
int cmd_suppress(const struct bouncectl_globals *g, int argc, char **argv);
int cmd_unsuppress(const struct bouncectl_globals *g, int argc, char **argv);
int cmd_events(const struct bouncectl_globals *g, int argc, char **argv);
int cmd_explain(const struct bouncectl_globals *g, int argc, char **argv);
int cmd_stats(const struct bouncectl_globals *g, int argc, char **argv);
int cmd_reparse(const struct bouncectl_globals *g, int argc, char **argv);

#endif
