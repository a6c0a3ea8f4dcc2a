/* cmd_reparse.c - bouncectl reparse: run the current parser over the stored raw messages */
#include <bounced/store_query.h>
#include "cli_util.h"

/* What the store's reparse calls back into. */
typedef struct reparse_ctx {
	bd_parse_options popts;
	cli_progress *progress;
	gboolean quiet;
} reparse_ctx;

/* reparse_parse - the parser, as the store asks for it */
static bd_report *
reparse_parse(const char *data, size_t len, gpointer user_data)
{
	reparse_ctx *c = user_data;

	return bd_parse(data, len, NULL, &c->popts);
}

/* reparse_note - print one change */
static void
reparse_note(const char *line, gpointer user_data)
{
	reparse_ctx *c = user_data;

	if (!c->quiet)
		printf("%s\n", line);
}

/* reparse_progress - advance the bar */
static void
reparse_progress(gint64 done, gint64 total, gpointer user_data)
{
	reparse_ctx *c = user_data;

	if (c->progress == NULL)
		c->progress = cli_progress_new("reparse", total);
	cli_progress_update(c->progress, done);
}

/* cmd_reparse - bouncectl reparse [--since TIME] */
int
cmd_reparse(const struct bouncectl_globals *g, int argc, char **argv)
{
	char *since = NULL;
	int batch = 500;
	reparse_ctx c = {0};
	GOptionEntry entries[] = {
	    {"since", 0, 0, G_OPTION_ARG_STRING, &since, "only messages received since TIME",
	     "TIME"},
	    {"batch", 0, 0, G_OPTION_ARG_INT, &batch, "messages per transaction (default 500)",
	     "N"},
	    {"quiet", 'q', 0, G_OPTION_ARG_NONE, &c.quiet, "print the summary only", NULL},
	    {NULL, 0, 0, 0, NULL, NULL, NULL}};
	GOptionContext *ctx = g_option_context_new("- re-classify stored messages");
	bd_reparse_callbacks cb = {reparse_parse, reparse_note, reparse_progress, &c};
	bd_reparse_stats st;
	GError *err = NULL;
	bd_store *s = NULL;
	gint64 t = 0;
	int rc = CLI_EXIT_USAGE;

	g_option_context_add_main_entries(ctx, entries, NULL);
	g_option_context_set_description(
	    ctx, "Parses each stored raw message again, replaces its events where the verdict\n"
	         "changed and re-derives the suppressions of the addresses involved (manual\n"
	         "decisions are replayed).  Prints each change, then a summary.");
	if (!cli_options_parse(ctx, &argc, &argv) || !cli_since("reparse", since, &t))
		goto out;
	if (argc > 1 || batch < 1) {
		fprintf(stderr, "bouncectl reparse: %s\n",
		        argc > 1 ? "no arguments expected" : "--batch must be positive");
		goto out;
	}
	rc = CLI_EXIT_ERROR;
	s = cli_store_open(g, TRUE, &err);
	if (s == NULL) {
		cli_error("reparse", &err);
		goto out;
	}
	bd_parse_init();
	cli_parse_options_init(g, &c.popts);
	if (!bd_store_reparse(s, t, (unsigned)batch, &cb, &st, &err)) {
		cli_progress_free(&c.progress);
		cli_error("reparse", &err);
		goto out;
	}
	cli_progress_free(&c.progress);
	printf("reparsed %" G_GINT64_FORMAT " messages (%" G_GINT64_FORMAT
	       " without raw bytes skipped): %" G_GINT64_FORMAT " changed (%" G_GINT64_FORMAT
	       " events -> %" G_GINT64_FORMAT "); %" G_GINT64_FORMAT
	       " addresses newly suppressed, %" G_GINT64_FORMAT " no longer suppressed\n",
	       st.messages, st.skipped, st.changed_messages, st.events_before, st.events_after,
	       st.newly_suppressed, st.lifted);
	rc = CLI_EXIT_OK;
out:
	cli_parse_options_clear(&c.popts);
	bd_store_close(&s);
	g_option_context_free(ctx);
	g_free(since);
	return rc;
}
