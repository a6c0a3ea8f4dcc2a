/* cmd_suppress.c - bouncectl suppress / unsuppress: manual decisions, kept with who and why */
#include "cli_util.h"

/* manual_run - shared body of suppress and unsuppress */
static int
manual_run(const struct bouncectl_globals *g, int argc, char **argv, gboolean suppress)
{
	const char *verb = suppress ? "suppress" : "unsuppress";
	char *note = NULL, *by = NULL;
	GOptionEntry entries[] = {
	    {"note", 0, 0, G_OPTION_ARG_STRING, &note, "why (required)", "TEXT"},
	    {"by", 0, 0, G_OPTION_ARG_STRING, &by, "who (default: the login name)", "WHO"},
	    {NULL, 0, 0, 0, NULL, NULL, NULL}};
	GOptionContext *ctx =
	    g_option_context_new(suppress ? "ADDR... - suppress addresses by hand"
	                                  : "ADDR... - lift suppressions by hand");
	GError *err = NULL;
	bd_store *s = NULL;
	int rc = CLI_EXIT_USAGE;

	g_option_context_add_main_entries(ctx, entries, NULL);
	g_option_context_set_description(
	    ctx, suppress ? "A manual suppression holds whatever bounces arrive later."
	                  : "Bounces before this moment stop counting; a later hard bounce or\n"
	                    "complaint suppresses the address again.");
	if (!cli_options_parse(ctx, &argc, &argv))
		goto out;
	if (argc < 2 || note == NULL || *note == '\0') {
		fprintf(stderr, "bouncectl %s: %s\n", verb,
		        argc < 2 ? "give at least one address" : "--note TEXT is required");
		goto out;
	}
	rc = CLI_EXIT_ERROR;
	s = cli_store_open(g, FALSE, &err);
	if (s == NULL || !bd_store_begin(s, &err)) {
		cli_error(verb, &err);
		goto out;
	}
	/* all or nothing: one transaction for every address given */
	for (int i = 1; i < argc; i++) {
		if (!bd_store_set_manual(s, argv[i], suppress, by ? by : g_get_user_name(), note, 0,
		                         &err)) {
			bd_store_rollback(s);
			cli_error(verb, &err);
			goto out;
		}
	}
	if (!bd_store_commit(s, &err)) {
		cli_error(verb, &err);
		goto out;
	}
	for (int i = 1; i < argc; i++)
		printf("%s %s\n", argv[i], suppress ? "suppressed" : "unsuppressed");
	rc = CLI_EXIT_OK;
out:
	bd_store_close(&s);
	g_option_context_free(ctx);
	g_free(note);
	g_free(by);
	return rc;
}

/* cmd_suppress - bouncectl suppress ADDR --note TEXT */
int
cmd_suppress(const struct bouncectl_globals *g, int argc, char **argv)
{
	return manual_run(g, argc, argv, TRUE);
}

/* cmd_unsuppress - bouncectl unsuppress ADDR --note TEXT */
int
cmd_unsuppress(const struct bouncectl_globals *g, int argc, char **argv)
{
	return manual_run(g, argc, argv, FALSE);
}
