/* log.c - one line per event on stderr, with syslog priorities under the journal */
#include "log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static gboolean log_journal;
static gboolean log_verbose;

/* log_init - under systemd stderr goes to the journal, which reads "<N>" priority prefixes */
void
log_init(void)
{
	log_journal = getenv("JOURNAL_STREAM") != NULL;
}

/* log_set_verbose - also print LOG_DEBUG lines */
void
log_set_verbose(gboolean verbose)
{
	log_verbose = verbose;
}

static const char *
log_level_name(int priority)
{
	switch (priority) {
	case LOG_EMERG:
	case LOG_ALERT:
	case LOG_CRIT:
	case LOG_ERR:
		return "error";
	case LOG_WARNING:
		return "warning";
	case LOG_NOTICE:
	case LOG_INFO:
		return "info";
	default:
		return "debug";
	}
}

/* log_msg - format the whole line first so that lines of several threads never interleave */
void
log_msg(int priority, const char *fmt, ...)
{
	va_list ap;
	char *text;
	char *line;

	if (priority >= LOG_DEBUG && !log_verbose)
		return;
	va_start(ap, fmt);
	text = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	/* one line per event: an embedded newline would split it in the journal */
	for (char *p = text; *p; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	if (log_journal) {
		line = g_strdup_printf("<%d>%s\n", priority, text);
	} else {
		GDateTime *now = g_date_time_new_now_utc();
		char *stamp = g_date_time_format(now, "%Y-%m-%dT%H:%M:%S.%fZ");

		/* %f gives microseconds: keep milliseconds */
		if (stamp && strlen(stamp) > 24)
			memmove(stamp + 23, stamp + 26, strlen(stamp + 26) + 1);
		line = g_strdup_printf("%s bounced[%d]: %s: %s\n", stamp ? stamp : "-",
		                       (int)getpid(), log_level_name(priority), text);
		g_free(stamp);
		g_date_time_unref(now);
	}
	fputs(line, stderr);
	g_free(line);
	g_free(text);
}
