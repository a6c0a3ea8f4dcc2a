/* policy.h - the suppression policy of DESIGN.md §5 as a pure decision */
#ifndef STORE_POLICY_H
#define STORE_POLICY_H

#include <bounced/report.h>

/* What one event does to the suppression row of its address. */
typedef enum store_verdict {
	STORE_VERDICT_NONE = -1,  /* not recipient-side (block, delay…): no row */
	STORE_VERDICT_RECORD = 0, /* count it; the current state stays */
	STORE_VERDICT_FOLLOW = 1, /* not suppressed: the row shows this latest event */
	STORE_VERDICT_SUPPRESS = 2,
} store_verdict;

/* The state of an address before the event, and the event. */
typedef struct store_policy_input {
	bd_class klass;        /* class of the event */
	gint64 at;             /* time of the event */
	int soft_days;         /* distinct soft-bounce days in the window, this one included */
	int soft_threshold;    /* policy: soft days that suppress */
	gboolean exists;       /* the address has a row */
	gboolean suppressed;   /* … suppressed now */
	gboolean manual;       /* … by a manual decision */
	gint64 lifted_at;      /* last manual unsuppress, 0 when never */
	const char *cur_class; /* class shown in the row */
} store_policy_input;

/* store_policy_decide - the verdict for one event */
store_verdict store_policy_decide(const store_policy_input *in);

/* store_policy_window_start - the first instant that counts for a soft event at time at:
 * the start of the day window_days - 1 days earlier, and after lifted_at */
gint64 store_policy_window_start(gint64 at, int window_days, gint64 lifted_at);

/* store_policy_soft_days - the most distinct days of any window of window_days days that holds
 * day; days are sorted, distinct day numbers (unix days), day one of them */
int store_policy_soft_days(const gint64 *days, int n, gint64 day, int window_days);

#endif
