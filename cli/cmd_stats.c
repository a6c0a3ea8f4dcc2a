/* cmd_stats.c - bouncectl stats: counts by kind, class, reason and suppression state */
#include <string.h>
#include <bounced/store_query.h>
#include "cli_util.h"

/* stats_line - print one statistic under its section heading */
static void
stats_line(const char *section, const char *key, gint64 count, gpointer user_data)
{
	char **last = user_data;

	if (g_strcmp0(*last, section) != 0) {
		printf("%s%s:\n", *last ? "\n" : "", section);
		g_free(*last);
		*last = g_strdup(section);
	}
	printf("  %-24s %10" G_GINT64_FORMAT "\n", key ? key : "-", count);
}

/* cmd_stats - bouncectl stats [--since TIME] */
int
cmd_stats(const struct bouncectl_globals *g, int argc, char **argv)
{
	char *since = NULL, *last = NULL;
	GOptionEntry entries[] = {{"since", 0, 0, G_OPTION_ARG_STRING, &since,
	                           "only since TIME (2026-01-31, 7d, 24h)", "TIME"},
	                          {NULL, 0, 0, 0, NULL, NULL, NULL}};
	GOptionContext *ctx = g_option_context_new("- counts of messages, events, suppressions");
	GError *err = NULL;
	bd_store *s = NULL;
	gint64 t = 0;
	int rc = CLI_EXIT_USAGE;

	g_option_context_add_main_entries(ctx, entries, NULL);
	if (!cli_options_parse(ctx, &argc, &argv) || !cli_since("stats", since, &t))
		goto out;
	if (argc > 1) {
		fprintf(stderr, "bouncectl stats: no arguments expected\n");
		goto out;
	}
	rc = CLI_EXIT_ERROR;
	s = cli_store_open(g, TRUE, &err);
	if (s == NULL || !bd_store_stats(s, t, stats_line, &last, &err)) {
		cli_error("stats", &err);
		goto out;
	}
	rc = CLI_EXIT_OK;
out:
	bd_store_close(&s);
	g_option_context_free(ctx);
	g_free(since);
	g_free(last);
	return rc;
}
