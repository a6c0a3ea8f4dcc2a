/* log.c - one line per event on stderr, with syslog priorities under the journal */
#include "log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static gboolean log_journal;
static gboolean log_verbose;
static int log_pid; /* the daemon never forks: read once, not once per line */

/* log_init - under systemd stderr goes to the journal, which reads "<N>" priority prefixes */
void
log_init(void)
{
	log_journal = getenv("JOURNAL_STREAM") != NULL;
	log_pid = (int)getpid();
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

/* log_stamp - the current UTC time with milliseconds, "2026-01-31T12:00:00.123Z" */
static void
log_stamp(GString *line)
{
	struct timespec ts;
	struct tm tm;

	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	g_string_append_printf(line, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
	                       tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
	                       (int)(ts.tv_nsec / 1000000));
}

/* log_msg - format the whole line first and write it with one call, so that lines of several
 * threads never interleave */
void
log_msg(int priority, const char *fmt, ...)
{
	GString *line;
	va_list ap;
	gsize text;

	if (priority >= LOG_DEBUG && !log_verbose)
		return;
	line = g_string_sized_new(256);
	if (log_journal) {
		g_string_append_printf(line, "<%d>", priority);
	} else {
		if (log_pid == 0)
			log_pid = (int)getpid();
		log_stamp(line);
		g_string_append_printf(line, " bounced[%d]: %s: ", log_pid,
		                       log_level_name(priority));
	}
	text = line->len;
	va_start(ap, fmt);
	g_string_append_vprintf(line, fmt, ap);
	va_end(ap);
	/* one line per event: an embedded newline would split it in the journal */
	for (char *p = line->str + text; *p; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	g_string_append_c(line, '\n');
	fwrite(line->str, 1, line->len, stderr);
	g_string_free(line, TRUE);
}
