/* cmd_check.c - bouncectl check: may these addresses still be mailed? */
#include <string.h>
#include "../parser/json.h"
#include "cli_util.h"

/* Exit codes of DESIGN.md §8. */
#define CHECK_EXIT_CLEAR 0
#define CHECK_EXIT_SUPPRESSED 1
#define CHECK_EXIT_ERROR 2

#define CHECK_MAX_LINE 4096

/* check_print - one answer line */
static void
check_print(const bd_suppression *r, gboolean json)
{
	if (json) {
		GString *out = g_string_new("{");
		gboolean first = TRUE;

		json_append_member(out, &first, "address", r->address);
		json_append_member_raw(out, &first, "suppressed", r->suppressed ? "true" : "false");
		json_append_member(out, &first, "class", r->suppressed ? r->klass : NULL);
		json_append_member(out, &first, "reason", r->suppressed ? r->reason : NULL);
		json_append_member(out, &first, "since", r->suppressed ? r->suppressed_at : NULL);
		g_string_append_c(out, '}');
		puts(out->str);
		g_string_free(out, TRUE);
	} else if (r->suppressed) {
		printf("%s suppressed %s %s since %s%s\n", r->address, r->klass ? r->klass : "-",
		       r->reason ? r->reason : "-", r->suppressed_at ? r->suppressed_at : "-",
		       r->manual ? " (manual)" : "");
	} else {
		printf("%s ok\n", r->address);
	}
}

/* check_one - look up and print one address; returns the exit code it implies */
static int
check_one(bd_store *s, const char *address, gboolean json)
{
	bd_suppression r;
	gboolean found = FALSE;
	GError *err = NULL;
	int rc;

	if (!bd_store_lookup(s, address, &r, &found, &err)) {
		cli_error("check", &err);
		return CHECK_EXIT_ERROR;
	}
	check_print(&r, json);
	rc = r.suppressed ? CHECK_EXIT_SUPPRESSED : CHECK_EXIT_CLEAR;
	bd_suppression_clear(&r);
	return rc;
}

/* check_stdin - one address per line of standard input */
static int
check_stdin(bd_store *s, gboolean json)
{
	char line[CHECK_MAX_LINE];
	int worst = CHECK_EXIT_CLEAR;

	while (fgets(line, sizeof(line), stdin) != NULL) {
		g_strstrip(line);
		if (line[0] != '\0') {
			int rc = check_one(s, line, json);

			worst = MAX(worst, rc);
		}
	}
	return worst;
}

/* cmd_check - exit 0 when no address is suppressed, 1 when one is, 2 on error */
int
cmd_check(const struct bouncectl_globals *g, int argc, char **argv)
{
	gboolean json = FALSE;
	GOptionEntry entries[] = {
	    {"json", 0, 0, G_OPTION_ARG_NONE, &json, "one JSON object per address", NULL},
	    {NULL, 0, 0, 0, NULL, NULL, NULL}};
	GOptionContext *ctx = g_option_context_new("ADDR...|- - may these addresses be mailed?");
	GError *err = NULL;
	int worst = CHECK_EXIT_CLEAR;
	bd_store *s;

	g_option_context_add_main_entries(ctx, entries, NULL);
	g_option_context_set_description(
	    ctx, "Prints one line per address ('-' reads addresses from standard input).\n"
	         "Exit status: 0 no given address is suppressed, 1 at least one is, 2 error.");
	if (!cli_options_parse(ctx, &argc, &argv) || argc < 2) {
		if (argc < 2)
			fprintf(stderr, "bouncectl check: give at least one address\n");
		g_option_context_free(ctx);
		return CHECK_EXIT_ERROR;
	}
	g_option_context_free(ctx);
	s = cli_store_open(g, TRUE, &err);
	if (s == NULL) {
		cli_error("check", &err);
		return CHECK_EXIT_ERROR;
	}
	for (int i = 1; i < argc; i++) {
		int rc =
		    strcmp(argv[i], "-") == 0 ? check_stdin(s, json) : check_one(s, argv[i], json);

		worst = MAX(worst, rc);
	}
	bd_store_close(&s);
	return worst;
}
