/* systemd.c - sd_notify and socket activation through libsystemd */
#include "systemd.h"
#include "log.h"

#ifdef HAVE_LIBSYSTEMD
#include <systemd/sd-daemon.h>
#endif

static struct event *watchdog_ev;

/* systemd_notify - send a state string such as "READY=1" to the service manager */
void
systemd_notify(const char *state)
{
#ifdef HAVE_LIBSYSTEMD
	sd_notify(0, state);
#endif
}

static void
watchdog_cb(evutil_socket_t fd, short what, void *arg)
{
	systemd_notify("WATCHDOG=1");
}

/* systemd_watchdog_start - ping WATCHDOG=1 from the event loop: a stuck loop stops the pings */
void
systemd_watchdog_start(struct event_base *base)
{
#ifdef HAVE_LIBSYSTEMD
	uint64_t usec = 0;
	struct timeval tv;

	if (sd_watchdog_enabled(0, &usec) <= 0 || usec == 0)
		return;
	usec /= 2;
	tv.tv_sec = (time_t)(usec / 1000000);
	tv.tv_usec = (suseconds_t)(usec % 1000000);
	watchdog_ev = event_new(base, -1, EV_PERSIST, watchdog_cb, NULL);
	event_add(watchdog_ev, &tv);
	log_info("systemd: watchdog every %.1f s", (double)usec / 1e6);
#endif
}

/* systemd_watchdog_stop - stop the pings */
void
systemd_watchdog_stop(void)
{
	if (watchdog_ev) {
		event_free(watchdog_ev);
		watchdog_ev = NULL;
	}
}

static void
socket_clear(gpointer p)
{
	g_free(((systemd_socket *)p)->name);
}

/* systemd_listen_fds - the sockets passed by systemd (newly allocated array, may be empty) */
GArray *
systemd_listen_fds(void)
{
	GArray *out = g_array_new(FALSE, FALSE, sizeof(systemd_socket));

	g_array_set_clear_func(out, socket_clear);
#ifdef HAVE_LIBSYSTEMD
	{
		char **names = NULL;
		int n = sd_listen_fds_with_names(1, &names);

		for (int i = 0; i < n; i++) {
			systemd_socket s = {SD_LISTEN_FDS_START + i,
			                    g_strdup(names && names[i] ? names[i] : "lmtp")};

			g_array_append_val(out, s);
		}
		if (names)
			for (int i = 0; names[i]; i++)
				free(names[i]);
		free(names);
	}
#endif
	return out;
}
