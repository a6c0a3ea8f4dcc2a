/* bouncectl.c - command dispatch for the bouncectl front end */
#include <stdio.h>
#include <string.h>
#include "commands.h"

/* The command table: each verb has its own small handler in cli/cmd_*.c. */
static const struct bouncectl_command commands[] = {
    {"parse", cmd_parse, "parse [--json] [--explain] FILE…|-   parse bounces, print reports"},
    {"import", cmd_import, "import PATH…                         store messages, maildirs, mboxes"},
    {"check", cmd_check, "check [--json] ADDR…|-               may these addresses be mailed?"},
    {"list", cmd_list, "list [--json|--csv] [--since T] …    list suppressed addresses"},
    {"export", cmd_export, "export --csv|--json                  the whole suppression list"},
    {"suppress", cmd_suppress, "suppress ADDR --note TEXT            suppress by hand"},
    {"unsuppress", cmd_unsuppress, "unsuppress ADDR --note TEXT          lift a suppression"},
    {"events", cmd_events, "events [--json] ADDR                 the events of an address"},
    {"explain", cmd_explain, "explain EVENT_ID                     why an event was decided"},
    {"stats", cmd_stats, "stats [--since TIME]                 counts by kind, class, reason"},
    {"reparse", cmd_reparse, "reparse [--since TIME]               re-classify stored messages"},
};

static void
usage(FILE *out)
{
	fprintf(out, "usage: bouncectl [--db PATH] [--config FILE] COMMAND [ARGS]\n\ncommands:\n");
	for (size_t i = 0; i < G_N_ELEMENTS(commands); i++)
		fprintf(out, "  %s\n", commands[i].help);
	fprintf(out, "\n'bouncectl COMMAND --help' describes one command.\n");
}

int
main(int argc, char **argv)
{
	struct bouncectl_globals g = {NULL, NULL};
	int i = 1;

	while (i < argc && argv[i][0] == '-') {
		if (strcmp(argv[i], "--db") == 0 && i + 1 < argc) {
			g.db_path = argv[i + 1];
			i += 2;
		} else if (strcmp(argv[i], "--config") == 0 && i + 1 < argc) {
			g.config_path = argv[i + 1];
			i += 2;
		} else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			usage(stdout);
			return 0;
		} else if (strcmp(argv[i], "--version") == 0) {
			printf("bouncectl %s\n", BOUNCED_VERSION);
			return 0;
		} else {
			fprintf(stderr, "bouncectl: unknown option '%s'\n", argv[i]);
			usage(stderr);
			return 2;
		}
	}
	if (i >= argc) {
		usage(stderr);
		return 2;
	}
	for (size_t c = 0; c < G_N_ELEMENTS(commands); c++) {
		if (strcmp(argv[i], commands[c].name) == 0)
			return commands[c].run(&g, argc - i, argv + i);
	}
	fprintf(stderr, "bouncectl: unknown command '%s'\n", argv[i]);
	usage(stderr);
	return 2;
}
