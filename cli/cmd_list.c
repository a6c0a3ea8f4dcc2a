/* cmd_list.c - bouncectl list and export: the suppression list, streamed row by row */
#include <string.h>
#include <bounced/store_query.h>
#include "../parser/json.h"
#include "cli_util.h"

typedef enum list_format { LIST_TEXT, LIST_CSV, LIST_JSON_LINES, LIST_JSON_ARRAY } list_format;

/* The columns of list/export output, in order. */
static const char *const list_columns[] = {
    "address",    "suppressed", "class",      "reason",     "status",        "feedback_type",
    "first_seen", "last_seen",  "count",      "soft_count", "suppressed_at", "source_event",
    "manual",     "note",       "changed_by", "lifted_at",  "updated_at",    "change_seq"};

typedef struct list_out {
	list_format format;
	gint64 rows;
} list_out;

/* list_values - the row's values as text, in list_columns order (ints formatted into nums) */
static void
list_values(const bd_suppression *r, const char *v[G_N_ELEMENTS(list_columns)], char nums[5][24])
{
	g_snprintf(nums[0], 24, "%" G_GINT64_FORMAT, r->count);
	g_snprintf(nums[1], 24, "%d", r->soft_count);
	g_snprintf(nums[2], 24, "%" G_GINT64_FORMAT, r->source_event);
	g_snprintf(nums[3], 24, "%" G_GINT64_FORMAT, r->change_seq);
	v[0] = r->address;
	v[1] = r->suppressed ? "1" : "0";
	v[2] = r->klass;
	v[3] = r->reason;
	v[4] = r->status;
	v[5] = r->feedback_type;
	v[6] = r->first_seen;
	v[7] = r->last_seen;
	v[8] = nums[0];
	v[9] = nums[1];
	v[10] = r->suppressed_at;
	v[11] = r->source_event ? nums[2] : NULL;
	v[12] = r->manual ? "1" : "0";
	v[13] = r->note;
	v[14] = r->changed_by;
	v[15] = r->lifted_at;
	v[16] = r->updated_at;
	v[17] = nums[3];
}

/* list_json - one row as a JSON object (numbers and booleans unquoted) */
static void
list_json(const bd_suppression *r, const char *v[])
{
	GString *out = g_string_new("{");
	gboolean first = TRUE;

	for (size_t i = 0; i < G_N_ELEMENTS(list_columns); i++) {
		if (i == 1 || i == 12)
			json_append_member_raw(out, &first, list_columns[i],
			                       strcmp(v[i], "1") == 0 ? "true" : "false");
		else if ((i == 8 || i == 9 || i == 11 || i == 17) && v[i] != NULL)
			json_append_member_raw(out, &first, list_columns[i], v[i]);
		else
			json_append_member(out, &first, list_columns[i], v[i]);
	}
	g_string_append_c(out, '}');
	fputs(out->str, stdout);
	g_string_free(out, TRUE);
}

/* list_row - print one suppression in the chosen format */
static gboolean
list_row(const bd_suppression *r, gpointer user_data)
{
	list_out *o = user_data;
	const char *v[G_N_ELEMENTS(list_columns)];
	char nums[5][24];

	list_values(r, v, nums);
	switch (o->format) {
	case LIST_TEXT:
		printf("%-40s %-9s %-15s %-8s %s%s%s\n", r->address, r->klass ? r->klass : "-",
		       r->reason ? r->reason : "-", r->suppressed ? "yes" : "no",
		       r->suppressed ? (r->suppressed_at ? r->suppressed_at : "-")
		                     : (r->updated_at ? r->updated_at : "-"),
		       r->note ? "  " : "", r->note ? r->note : "");
		break;
	case LIST_CSV:
		for (size_t i = 0; i < G_N_ELEMENTS(list_columns); i++)
			cli_csv_field(stdout, i == 0, v[i]);
		fputs("\r\n", stdout);
		break;
	case LIST_JSON_LINES:
		list_json(r, v);
		fputc('\n', stdout);
		break;
	case LIST_JSON_ARRAY:
		fputs(o->rows ? ",\n" : "\n", stdout);
		list_json(r, v);
		break;
	}
	o->rows++;
	return !ferror(stdout);
}

/* list_run - print the header, stream the rows, print the trailer */
static int
list_run(const struct bouncectl_globals *g, const char *verb, const bd_store_filter *f,
         list_format format)
{
	list_out o = {format, 0};
	GError *err = NULL;
	bd_store *s = cli_store_open(g, TRUE, &err);
	gboolean ok;

	if (s == NULL) {
		cli_error(verb, &err);
		return CLI_EXIT_ERROR;
	}
	if (format == LIST_CSV) {
		for (size_t i = 0; i < G_N_ELEMENTS(list_columns); i++)
			cli_csv_field(stdout, i == 0, list_columns[i]);
		fputs("\r\n", stdout);
	} else if (format == LIST_JSON_ARRAY) {
		fputs("[", stdout);
	}
	ok = bd_store_list(s, f, list_row, &o, &err);
	if (format == LIST_JSON_ARRAY)
		fputs(o.rows ? "\n]\n" : "]\n", stdout);
	bd_store_close(&s);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "bouncectl %s: write error\n", verb);
		return CLI_EXIT_ERROR;
	}
	if (!ok) {
		cli_error(verb, &err);
		return CLI_EXIT_ERROR;
	}
	return CLI_EXIT_OK;
}

/* cmd_list - bouncectl list: suppressed addresses, filtered */
int
cmd_list(const struct bouncectl_globals *g, int argc, char **argv)
{
	gboolean json = FALSE, csv = FALSE, all = FALSE;
	char *since = NULL, *klass = NULL, *reason = NULL, *domain = NULL;
	gint64 limit = 0;
	GOptionEntry entries[] = {
	    {"json", 0, 0, G_OPTION_ARG_NONE, &json, "one JSON object per line", NULL},
	    {"csv", 0, 0, G_OPTION_ARG_NONE, &csv, "CSV with a header line", NULL},
	    {"since", 0, 0, G_OPTION_ARG_STRING, &since, "changed since (2026-01-31, 7d, 24h)",
	     "TIME"},
	    {"class", 0, 0, G_OPTION_ARG_STRING, &klass, "only this class (hard, soft...)", "C"},
	    {"reason", 0, 0, G_OPTION_ARG_STRING, &reason, "only this reason", "R"},
	    {"domain", 0, 0, G_OPTION_ARG_STRING, &domain, "only addresses at this domain", "D"},
	    {"limit", 0, 0, G_OPTION_ARG_INT64, &limit, "at most N rows", "N"},
	    {"all", 0, 0, G_OPTION_ARG_NONE, &all, "also addresses seen but not suppressed", NULL},
	    {NULL, 0, 0, 0, NULL, NULL, NULL}};
	GOptionContext *ctx = g_option_context_new("- list suppressed addresses");
	bd_store_filter f = {0};
	int rc = CLI_EXIT_USAGE;

	g_option_context_add_main_entries(ctx, entries, NULL);
	g_option_context_set_description(ctx, "Rows come in change order (oldest change first).");
	if (cli_options_parse(ctx, &argc, &argv)) {
		if (argc > 1 || (json && csv) || limit < 0)
			fprintf(stderr, "bouncectl list: %s\n",
			        argc > 1    ? "no arguments expected"
			        : limit < 0 ? "--limit must not be negative"
			                    : "--json and --csv exclude each other");
		else if (cli_since("list", since, &f.since)) {
			f.klass = klass;
			f.reason = reason;
			f.domain = domain;
			f.limit = limit;
			f.all = all;
			rc = list_run(g, "list", &f,
			              json  ? LIST_JSON_LINES
			              : csv ? LIST_CSV
			                    : LIST_TEXT);
		}
	}
	g_option_context_free(ctx);
	g_free(since);
	g_free(klass);
	g_free(reason);
	g_free(domain);
	return rc;
}

/* cmd_export - bouncectl export: every row of the suppressions table, streamed */
int
cmd_export(const struct bouncectl_globals *g, int argc, char **argv)
{
	gboolean json = FALSE, csv = FALSE;
	GOptionEntry entries[] = {
	    {"json", 0, 0, G_OPTION_ARG_NONE, &json, "a JSON array of objects", NULL},
	    {"csv", 0, 0, G_OPTION_ARG_NONE, &csv, "CSV with a header line", NULL},
	    {NULL, 0, 0, 0, NULL, NULL, NULL}};
	GOptionContext *ctx = g_option_context_new("--csv|--json - the whole suppression list");
	bd_store_filter f = {0};
	int rc = CLI_EXIT_USAGE;

	g_option_context_add_main_entries(ctx, entries, NULL);
	g_option_context_set_description(
	    ctx, "Every address the store knows, suppressed or not (see the suppressed column),\n"
	         "in change order.  Rows are written as they are read: memory stays constant.");
	if (cli_options_parse(ctx, &argc, &argv)) {
		if (argc > 1 || json == csv) {
			fprintf(stderr, "bouncectl export: give exactly one of --csv and --json\n");
		} else {
			f.all = TRUE;
			rc = list_run(g, "export", &f, json ? LIST_JSON_ARRAY : LIST_CSV);
		}
	}
	g_option_context_free(ctx);
	return rc;
}
