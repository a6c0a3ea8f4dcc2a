/* cli_util.c - configuration, database opening and output helpers of bouncectl */
#include <string.h>
#include <unistd.h>
#include "cli_util.h"

#define CLI_SYSTEM_CONFIG "/etc/bounced/bounced.conf"

/* cli_config_load - read the configuration file that applies, if any */
GKeyFile *
cli_config_load(const struct bouncectl_globals *g, GError **error)
{
	GKeyFile *kf = g_key_file_new();
	const char *path = g->config_path;

	if (path == NULL)
		path = g_getenv("BOUNCED_CONFIG");
	if (path == NULL && g_file_test(CLI_SYSTEM_CONFIG, G_FILE_TEST_EXISTS))
		path = CLI_SYSTEM_CONFIG;
	if (path != NULL && !g_key_file_load_from_file(kf, path, G_KEY_FILE_NONE, error)) {
		g_prefix_error(error, "%s: ", path);
		g_key_file_free(kf);
		return NULL;
	}
	return kf;
}

/* cli_store_open - the configured store, opened */
bd_store *
cli_store_open(const struct bouncectl_globals *g, gboolean must_exist, GError **error)
{
	return cli_store_open_path(g, must_exist, NULL, error);
}

/* cli_store_open_path - cli_store_open, also telling which file it opened */
bd_store *
cli_store_open_path(const struct bouncectl_globals *g, gboolean must_exist, char **path_r,
                    GError **error)
{
	GKeyFile *kf = cli_config_load(g, error);
	bd_store_options o;
	bd_store *s = NULL;

	if (kf == NULL)
		return NULL;
	bd_store_options_init(&o);
	if (bd_store_options_load(&o, kf, error)) {
		if (g->db_path != NULL) {
			g_free(o.path);
			o.path = g_strdup(g->db_path);
		}
		if (must_exist && !g_file_test(o.path, G_FILE_TEST_EXISTS))
			g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_OPEN,
			            "%s: no such database (bouncectl import creates it)", o.path);
		else
			s = bd_store_open(&o, error);
		if (s != NULL && path_r != NULL)
			*path_r = g_strdup(o.path);
	}
	bd_store_options_clear(&o);
	g_key_file_free(kf);
	return s;
}

/* cli_parse_options_init - parser options from [parser] of the config */
void
cli_parse_options_init(const struct bouncectl_globals *g, bd_parse_options *o)
{
	GKeyFile *kf = cli_config_load(g, NULL);
	char **names = NULL;

	memset(o, 0, sizeof(*o));
	if (kf != NULL) {
		names = g_key_file_get_string_list(kf, "parser", "campaign_headers", NULL, NULL);
		g_key_file_free(kf);
	}
	if (names != NULL) {
		for (char **n = names; *n != NULL; n++)
			g_strstrip(*n);
	}
	o->campaign_headers = (const char *const *)names;
}

/* cli_parse_options_clear - free the header list */
void
cli_parse_options_clear(bd_parse_options *o)
{
	g_strfreev((char **)o->campaign_headers);
	o->campaign_headers = NULL;
}

/* cli_options_parse - parse the verb's options */
gboolean
cli_options_parse(GOptionContext *ctx, int *argc, char ***argv)
{
	GError *err = NULL;

	if (!g_option_context_parse(ctx, argc, argv, &err)) {
		fprintf(stderr, "bouncectl %s: %s (see --help)\n", (*argv)[0], err->message);
		g_error_free(err);
		return FALSE;
	}
	return TRUE;
}

/* cli_error - report an error of a verb */
void
cli_error(const char *verb, GError **err)
{
	fprintf(stderr, "bouncectl %s: %s\n", verb,
	        err != NULL && *err != NULL ? (*err)->message : "failed");
	g_clear_error(err);
}

/* cli_since - a --since argument as unix seconds */
gboolean
cli_since(const char *verb, const char *text, gint64 *t_r)
{
	GError *err = NULL;

	*t_r = 0;
	if (text == NULL)
		return TRUE;
	if (!bd_store_parse_time(text, g_get_real_time() / G_USEC_PER_SEC, t_r, &err)) {
		cli_error(verb, &err);
		return FALSE;
	}
	return TRUE;
}

struct cli_progress {
	char *label;
	gint64 total;
	gint64 started; /* monotonic µs */
	gint64 drawn;   /* monotonic µs of the last redraw */
	gboolean tty;
};

/* cli_progress_new - a bar for total items (0: unknown total) */
cli_progress *
cli_progress_new(const char *label, gint64 total)
{
	cli_progress *p = g_new0(cli_progress, 1);

	p->label = g_strdup(label);
	p->total = total;
	p->started = g_get_monotonic_time();
	p->tty = isatty(STDERR_FILENO);
	return p;
}

/* cli_progress_update - redraw "label [#####-----] 45% 1234/2742 980/s" */
void
cli_progress_update(cli_progress *p, gint64 done)
{
	gint64 now = g_get_monotonic_time();
	double secs = (now - p->started) / 1e6;
	char bar[31];
	int filled;

	if (!p->tty || (now - p->drawn < 100000 && done < p->total))
		return;
	p->drawn = now;
	filled = p->total > 0 ? (int)(30 * MIN(done, p->total) / p->total) : 0;
	memset(bar, '#', (size_t)filled);
	memset(bar + filled, '-', (size_t)(30 - filled));
	bar[30] = '\0';
	fprintf(stderr, "\r%s [%s] %3d%% %" G_GINT64_FORMAT "/%" G_GINT64_FORMAT " %.0f/s ",
	        p->label, bar, p->total > 0 ? (int)(100 * MIN(done, p->total) / p->total) : 0, done,
	        p->total, secs > 0 ? done / secs : 0.0);
	fflush(stderr);
}

/* cli_progress_free - erase the bar */
void
cli_progress_free(cli_progress **pp)
{
	cli_progress *p = *pp;

	if (p == NULL)
		return;
	if (p->tty && p->drawn != 0)
		fprintf(stderr, "\r\033[K");
	g_free(p->label);
	g_free(p);
	*pp = NULL;
}

/* cli_csv_field - one RFC 4180 field */
void
cli_csv_field(FILE *out, gboolean first, const char *value)
{
	if (!first)
		fputc(',', out);
	if (value == NULL)
		return;
	if (strpbrk(value, ",\"\r\n") == NULL) {
		fputs(value, out);
		return;
	}
	fputc('"', out);
	for (const char *c = value; *c; c++) {
		if (*c == '"')
			fputc('"', out);
		fputc(*c, out);
	}
	fputc('"', out);
}
