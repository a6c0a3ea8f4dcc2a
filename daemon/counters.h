/* counters.h - what the daemon counts for GET /metrics, shared between threads (atomics) */
#ifndef BOUNCED_DAEMON_COUNTERS_H
#define BOUNCED_DAEMON_COUNTERS_H

#include <stdatomic.h>
#include <stdint.h>

/* Written by the event loop (received, the LMTP snapshot) and the commit thread (stored,
 * failed); read by the HTTP thread.  Relaxed atomics: each value is a monotonic counter or a
 * gauge, none depends on another. */
typedef struct daemon_counters {
	atomic_uint_fast64_t messages_received;   /* end of DATA, handed to the pipeline */
	atomic_uint_fast64_t messages_stored;     /* committed (duplicates included) */
	atomic_uint_fast64_t messages_failed;     /* answered 451: storage failure */
	atomic_uint_fast64_t commit_transactions; /* group commits (copied from the pipeline) */
	atomic_uint_fast64_t lmtp_connections;    /* accepted since start */
	atomic_uint_fast64_t lmtp_refused;        /* turned away at max_connections */
	atomic_uint_fast64_t lmtp_sessions;       /* open now */
} daemon_counters;

/* counter_add - add n to a counter */
static inline void
counter_add(atomic_uint_fast64_t *c, uint64_t n)
{
	atomic_fetch_add_explicit(c, n, memory_order_relaxed);
}

/* counter_set - a gauge, or a counter copied from its owner */
static inline void
counter_set(atomic_uint_fast64_t *c, uint64_t v)
{
	atomic_store_explicit(c, v, memory_order_relaxed);
}

/* counter_get - the current value */
static inline uint64_t
counter_get(atomic_uint_fast64_t *c)
{
	return atomic_load_explicit(c, memory_order_relaxed);
}

#endif
