/* systemd.h - sd_notify (READY, STOPPING, RELOADING, WATCHDOG) and socket activation; no-ops
 * when built without libsystemd or started outside systemd */
#ifndef BOUNCED_DAEMON_SYSTEMD_H
#define BOUNCED_DAEMON_SYSTEMD_H

#include <glib.h>
#include <event2/event.h>

/* systemd_notify - send a state string such as "READY=1" to the service manager */
void systemd_notify(const char *state);
/* systemd_watchdog_start - ping WATCHDOG=1 from the event loop at half of WATCHDOG_USEC */
void systemd_watchdog_start(struct event_base *base);
/* systemd_watchdog_stop - stop the pings */
void systemd_watchdog_stop(void);

/* A socket passed by systemd (LISTEN_FDS), with its FileDescriptorName= ("lmtp", "http"). */
typedef struct systemd_socket {
	int fd;
	char *name;
} systemd_socket;

/* systemd_listen_fds - the sockets passed by systemd (newly allocated array, may be empty) */
GArray *systemd_listen_fds(void);

#endif
