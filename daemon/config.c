/* config.c - defaults, the INI file ([lmtp] [http] [commit] [daemon] [parser]; [store] and
 * [policy] belong to the store), then the flags; everything validated before use */
#include "config.h"
#include "http.h"

#include <errno.h>
#include <string.h>
#include <event2/util.h>

/* The keys each group may hold; anything else is a typo worth an error. */
static const char *const config_lmtp_keys[] = {
    "listen",          "accept",       "max_line_length", "max_message_size", "max_recipients",
    "max_connections", "idle_timeout", "command_timeout", "max_buffer",       NULL};
static const char *const config_http_keys[] = {"listen", "token_file", NULL};
static const char *const config_commit_keys[] = {"batch_size", "max_delay_ms", "cache_size",
                                                 "prune_interval_s", NULL};
static const char *const config_daemon_keys[] = {"workers", NULL};
static const char *const config_parser_keys[] = {"campaign_headers", NULL};
static const char *const config_store_keys[] = {"path", "synchronous", "busy_timeout_ms",
                                                "raw_retention_days", NULL};
static const char *const config_policy_keys[] = {"soft_threshold", "soft_window_days", NULL};

static const struct {
	const char *group;
	const char *const *keys;
} config_groups[] = {
    {"lmtp", config_lmtp_keys},     {"http", config_http_keys},     {"commit", config_commit_keys},
    {"daemon", config_daemon_keys}, {"parser", config_parser_keys}, {"store", config_store_keys},
    {"policy", config_policy_keys},
};

/* config_new - the built-in defaults */
static bd_config *
config_new(void)
{
	bd_config *c = g_new0(bd_config, 1);

	bd_store_options_init(&c->store);
	c->lmtp_listen = g_ptr_array_new_with_free_func(g_free);
	g_ptr_array_add(c->lmtp_listen, g_strdup("127.0.0.1:2424"));
	c->accept = g_strdup(LMTP_DEFAULT_ACCEPT);
	lmtp_limits_init(&c->limits);
	c->http_listen = g_strdup(CONFIG_DEFAULT_HTTP);
	c->batch_size = CONFIG_DEFAULT_BATCH_SIZE;
	c->max_delay_ms = CONFIG_DEFAULT_MAX_DELAY_MS;
	c->prune_interval_s = CONFIG_DEFAULT_PRUNE_INTERVAL_S;
	c->cache_size = CONFIG_DEFAULT_CACHE_SIZE;
	c->workers = CONFIG_DEFAULT_WORKERS;
	c->campaign_headers = g_strsplit(CONFIG_DEFAULT_CAMPAIGN_HEADERS, ",", -1);
	return c;
}

/* config_free - free a configuration and set *cp to NULL */
void
config_free(bd_config **cp)
{
	bd_config *c = *cp;

	if (c == NULL)
		return;
	*cp = NULL;
	g_free(c->file);
	bd_store_options_clear(&c->store);
	g_ptr_array_unref(c->lmtp_listen);
	g_free(c->accept);
	g_free(c->http_listen);
	g_free(c->http_token_file);
	g_strfreev(c->campaign_headers);
	g_free(c);
}

/* config_check_keys - refuse groups and keys this program does not know */
static gboolean
config_check_keys(GKeyFile *kf, const char *file, GError **error)
{
	gchar **groups = g_key_file_get_groups(kf, NULL);
	gboolean ok = TRUE;

	for (gchar **g = groups; ok && *g; g++) {
		const char *const *known = NULL;
		gchar **keys;

		for (size_t i = 0; i < G_N_ELEMENTS(config_groups); i++)
			if (strcmp(*g, config_groups[i].group) == 0)
				known = config_groups[i].keys;
		if (known == NULL) {
			g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_GROUP_NOT_FOUND,
			            "%s: unknown group [%s]", file, *g);
			ok = FALSE;
			break;
		}
		keys = g_key_file_get_keys(kf, *g, NULL, NULL);
		for (gchar **k = keys; ok && k && *k; k++)
			if (!g_strv_contains(known, *k)) {
				g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_KEY_NOT_FOUND,
				            "%s: unknown key %s in [%s]", file, *k, *g);
				ok = FALSE;
			}
		g_strfreev(keys);
	}
	g_strfreev(groups);
	return ok;
}

/* parse_size - "65536", "64k", "10M", "1G" → bytes */
static gboolean
parse_size(const char *text, guint64 *value_r)
{
	char *end = NULL;
	guint64 v, mult = 1;

	if (text == NULL || !g_ascii_isdigit(*text))
		return FALSE;
	errno = 0;
	v = g_ascii_strtoull(text, &end, 10);
	if (errno != 0)
		return FALSE;
	switch (*end) {
	case 'k':
	case 'K':
		mult = 1024, end++;
		break;
	case 'm':
	case 'M':
		mult = 1024 * 1024, end++;
		break;
	case 'g':
	case 'G':
		mult = 1024 * 1024 * 1024, end++;
		break;
	default:
		break;
	}
	if (*end != '\0' || v > G_MAXUINT64 / mult)
		return FALSE;
	*value_r = v * mult;
	return TRUE;
}

/* get_number - an absent key keeps *dst; a present one must be a number (size suffixes allowed)
 * within [min, max] */
static gboolean
get_number(GKeyFile *kf, const char *group, const char *key, guint64 min, guint64 max, guint64 *dst,
           GError **error)
{
	char *text;
	guint64 v;

	if (!g_key_file_has_key(kf, group, key, NULL))
		return TRUE;
	text = g_key_file_get_string(kf, group, key, NULL);
	if (text)
		g_strstrip(text);
	if (!parse_size(text, &v) || v < min || v > max) {
		g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
		            "[%s] %s = %s: expected a number from %" G_GUINT64_FORMAT
		            " to %" G_GUINT64_FORMAT,
		            group, key, text ? text : "", min, max);
		g_free(text);
		return FALSE;
	}
	g_free(text);
	*dst = v;
	return TRUE;
}

#define GET_NUMBER(group, key, min, max, field)                                                    \
	do {                                                                                       \
		guint64 v_ = (guint64)(field);                                                     \
		if (!get_number(kf, group, key, min, max, &v_, error))                             \
			return FALSE;                                                              \
		(field) = v_;                                                                      \
	} while (0)

/* split_list - "a, b;c" → {"a","b","c"} without empty items */
static GPtrArray *
split_list(const char *text)
{
	GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
	char **parts = g_strsplit_set(text, ",;", -1);

	for (char **p = parts; *p; p++) {
		g_strstrip(*p);
		if (**p)
			g_ptr_array_add(out, g_strdup(*p));
	}
	g_strfreev(parts);
	return out;
}

/* get_string - an absent key keeps *dst */
static void
get_string(GKeyFile *kf, const char *group, const char *key, char **dst)
{
	char *v = g_key_file_get_string(kf, group, key, NULL);

	if (v) {
		g_free(*dst);
		*dst = g_strstrip(v);
	}
}

/* config_load_file - read one INI file over the defaults */
static gboolean
config_load_file(bd_config *c, const char *file, GError **error)
{
	g_autoptr(GKeyFile) kf = g_key_file_new();
	char *s = NULL;

	if (!g_key_file_load_from_file(kf, file, G_KEY_FILE_NONE, error))
		return FALSE;
	if (!config_check_keys(kf, file, error))
		return FALSE;
	if (!bd_store_options_load(&c->store, kf, error))
		return FALSE;
	get_string(kf, "lmtp", "listen", &s);
	if (s) {
		g_ptr_array_unref(c->lmtp_listen);
		c->lmtp_listen = split_list(s);
		g_clear_pointer(&s, g_free);
	}
	get_string(kf, "lmtp", "accept", &c->accept);
	GET_NUMBER("lmtp", "max_line_length", LMTP_MIN_LINE_LENGTH, 1024 * 1024,
	           c->limits.max_line_length);
	GET_NUMBER("lmtp", "max_message_size", 1024, LMTP_MAX_MESSAGE_SIZE_CAP,
	           c->limits.max_message_size);
	GET_NUMBER("lmtp", "max_recipients", 1, 100000, c->limits.max_recipients);
	GET_NUMBER("lmtp", "max_connections", 1, 100000, c->limits.max_connections);
	GET_NUMBER("lmtp", "idle_timeout", 1, 86400, c->limits.idle_timeout);
	GET_NUMBER("lmtp", "command_timeout", 1, 86400, c->limits.command_timeout);
	GET_NUMBER("lmtp", "max_buffer", LMTP_MIN_BUFFER, 64 * 1024 * 1024, c->limits.max_buffer);
	get_string(kf, "http", "listen", &c->http_listen);
	get_string(kf, "http", "token_file", &c->http_token_file);
	GET_NUMBER("commit", "batch_size", 1, 10000, c->batch_size);
	GET_NUMBER("commit", "max_delay_ms", 0, 1000, c->max_delay_ms);
	GET_NUMBER("commit", "prune_interval_s", 1, 7 * 86400, c->prune_interval_s);
	GET_NUMBER("commit", "cache_size", 1024 * 1024, 4096ull * 1024 * 1024, c->cache_size);
	GET_NUMBER("daemon", "workers", 0, 256, c->workers);
	get_string(kf, "parser", "campaign_headers", &s);
	if (s) {
		GPtrArray *list = split_list(s);

		g_ptr_array_add(list, NULL);
		g_strfreev(c->campaign_headers);
		c->campaign_headers = g_strdupv((char **)list->pdata);
		g_ptr_array_unref(list);
		g_free(s);
	}
	return TRUE;
}

/* config_apply_flags - the command line wins over the file */
static void
config_apply_flags(bd_config *c, const config_flags *f)
{
	if (f->db) {
		g_free(c->store.path);
		c->store.path = g_strdup(f->db);
	}
	if (f->lmtp && f->lmtp[0]) {
		g_ptr_array_set_size(c->lmtp_listen, 0);
		for (char **a = f->lmtp; *a; a++) {
			GPtrArray *parts = split_list(*a);

			for (guint i = 0; i < parts->len; i++)
				g_ptr_array_add(c->lmtp_listen, g_strdup(parts->pdata[i]));
			g_ptr_array_unref(parts);
		}
	}
	if (f->http) {
		g_free(c->http_listen);
		c->http_listen = g_strdup(f->http);
	}
	if (f->accept) {
		g_free(c->accept);
		c->accept = g_strdup(f->accept);
	}
}

/* config_validate - what cannot be checked key by key */
static gboolean
config_validate(bd_config *c, GError **error)
{
	if (c->lmtp_listen->len == 0) {
		g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
		            "lmtp listen: no address");
		return FALSE;
	}
	for (guint i = 0; i < c->lmtp_listen->len; i++)
		if (!lmtp_parse_listen(g_ptr_array_index(c->lmtp_listen, i), error))
			return FALSE;
	if (!lmtp_accept_valid(c->accept, error))
		return FALSE;
	if (c->limits.max_buffer <= c->limits.max_line_length) {
		g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
		            "[lmtp] max_buffer (%zu) must be larger than max_line_length (%zu)",
		            c->limits.max_buffer, c->limits.max_line_length);
		return FALSE;
	}
	if (c->http_listen && g_ascii_strcasecmp(c->http_listen, "off") == 0)
		g_clear_pointer(&c->http_listen, g_free);
	if (c->http_listen) {
		struct sockaddr_storage ss;
		int len = sizeof(ss);

		if (strchr(c->http_listen, ':') == NULL ||
		    evutil_parse_sockaddr_port(c->http_listen, (struct sockaddr *)&ss, &len) != 0) {
			g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
			            "http listen %s: expected 127.0.0.1:8025, [::1]:8025 or off",
			            c->http_listen);
			return FALSE;
		}
	}
	if (c->http_token_file && *c->http_token_file) {
		if (!g_file_test(c->http_token_file, G_FILE_TEST_IS_REGULAR)) {
			g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
			            "[http] token_file %s: not a readable file",
			            c->http_token_file);
			return FALSE;
		}
		if (!http_token_file_check(c->http_token_file, error))
			return FALSE;
	}
	if (c->store.path == NULL || *c->store.path == '\0') {
		g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
		            "database path is empty");
		return FALSE;
	}
	return TRUE;
}

/* config_read - defaults, then flags->config_file, then the flags; validated. NULL on error */
bd_config *
config_read(const config_flags *flags, GError **error)
{
	bd_config *c = config_new();

	if (flags->config_file) {
		c->file = g_strdup(flags->config_file);
		if (!config_load_file(c, flags->config_file, error)) {
			config_free(&c);
			return NULL;
		}
	}
	config_apply_flags(c, flags);
	if (!config_validate(c, error)) {
		config_free(&c);
		return NULL;
	}
	return c;
}

/* config_describe - one line saying what the configuration is, for the log */
char *
config_describe(const bd_config *c)
{
	GString *s = g_string_new(NULL);

	g_string_append_printf(s, "db=%s lmtp=", c->store.path);
	for (guint i = 0; i < c->lmtp_listen->len; i++)
		g_string_append_printf(s, "%s%s", i ? "," : "",
		                       (char *)g_ptr_array_index(c->lmtp_listen, i));
	g_string_append_printf(
	    s,
	    " http=%s accept=%s max_message_size=%zu max_recipients=%u max_connections=%u "
	    "batch_size=%u max_delay_ms=%u workers=%u",
	    c->http_listen ? c->http_listen : "off", c->accept, c->limits.max_message_size,
	    c->limits.max_recipients, c->limits.max_connections, c->batch_size, c->max_delay_ms,
	    c->workers);
	return g_string_free(s, FALSE);
}
