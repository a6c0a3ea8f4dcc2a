/* log.h - one line per event on stderr (the journal under systemd), safe from any thread */
#ifndef BOUNCED_DAEMON_LOG_H
#define BOUNCED_DAEMON_LOG_H

#include <glib.h>
#include <syslog.h>

/* log_init - detect the journal (JOURNAL_STREAM) to prefix lines with <priority> instead of time */
void log_init(void);
/* log_set_verbose - also print LOG_DEBUG lines */
void log_set_verbose(gboolean verbose);
/* log_msg - print one line at a syslog priority (LOG_ERR, LOG_WARNING, LOG_INFO, LOG_DEBUG) */
void log_msg(int priority, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

#define log_error(...) log_msg(LOG_ERR, __VA_ARGS__)
#define log_warning(...) log_msg(LOG_WARNING, __VA_ARGS__)
#define log_info(...) log_msg(LOG_INFO, __VA_ARGS__)
#define log_debug(...) log_msg(LOG_DEBUG, __VA_ARGS__)

#endif
