/* timefmt.c - the one time format of the database ('YYYY-MM-DDTHH:MM:SSZ', UTC) */
#include <string.h>
#include <time.h>
#include "store_internal.h"

/* store_time_format - ISO-8601 UTC text of t */
char *
store_time_format(gint64 t, char buf[static 32])
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (gmtime_r(&tt, &tm) == NULL || strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		g_strlcpy(buf, "1970-01-01T00:00:00Z", 32);
	return buf;
}

/* store_time_parse_iso - unix seconds of an ISO date or date-time (UTC unless a zone is given) */
gboolean
store_time_parse_iso(const char *text, gint64 *t_r)
{
	GTimeZone *utc = g_time_zone_new_utc();
	GDateTime *dt;
	char *full = NULL;

	if (strlen(text) == 10)
		text = full = g_strconcat(text, "T00:00:00", NULL);
	dt = g_date_time_new_from_iso8601(text, utc);
	g_time_zone_unref(utc);
	g_free(full);
	if (dt == NULL)
		return FALSE;
	*t_r = g_date_time_to_unix(dt);
	g_date_time_unref(dt);
	return TRUE;
}

/* bd_store_parse_time - a --since argument: an ISO date/date-time or an age like 7d, 24h,
 * 30m, 2w (before now) */
gboolean
bd_store_parse_time(const char *text, gint64 now, gint64 *t_r, GError **error)
{
	char *end = NULL;
	guint64 n;

	if (text == NULL || *text == '\0')
		goto bad;
	if (g_ascii_isdigit(text[0])) {
		n = g_ascii_strtoull(text, &end, 10);
		if (end != text && end[0] != '\0' && end[1] == '\0' && n < 100000ull * 86400) {
			gint64 unit = 0;

			switch (end[0]) {
			case 's':
				unit = 1;
				break;
			case 'm':
				unit = 60;
				break;
			case 'h':
				unit = 3600;
				break;
			case 'd':
				unit = 86400;
				break;
			case 'w':
				unit = 7 * 86400;
				break;
			}
			if (unit != 0) {
				*t_r = now - (gint64)n * unit;
				return TRUE;
			}
		}
	}
	if (store_time_parse_iso(text, t_r))
		return TRUE;
bad:
	g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_INVALID,
	            "bad time '%s' (use 2026-01-31, 2026-01-31T12:00:00Z, 7d, 24h, 30m)",
	            text ? text : "");
	return FALSE;
}
