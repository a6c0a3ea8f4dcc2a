/* http_events.c - GET /v1/events?address=&since=&limit=&cursor=: events in id order, paged */
#include "http_internal.h"

static const char *const http_events_params[] = {"address", "since", "limit", "cursor", NULL};

/* A page being written. */
typedef struct events_page {
	GString *out;
	gint64 limit;
	gint64 n;
	gint64 last; /* id of the last event written */
	gboolean more;
} events_page;

/* events_row - one item, or note that another page follows */
static gboolean
events_row(const bd_event *ev, gpointer user_data)
{
	events_page *p = user_data;

	if (p->n == p->limit) {
		p->more = TRUE;
		return FALSE;
	}
	if (p->n++ > 0)
		g_string_append(p->out, ", ");
	bd_event_append_json(p->out, ev);
	p->last = ev->id;
	return TRUE;
}

/* http_events_list - {"items": [...], "next_cursor": "N" | null} */
void
http_events_list(http_call *c)
{
	bd_store_filter f = {0};
	events_page p = {0};
	GError *err = NULL;

	if (!http_param_check(c, http_events_params) || !http_param_limit(c, &p.limit) ||
	    !http_param_cursor(c, &f.after) || !http_param_since(c, &f.since))
		return;
	f.address = g_hash_table_lookup(c->query, "address");
	f.limit = p.limit + 1;
	p.out = g_string_new("{\"items\": [");
	if (!bd_store_events(c->h->store, &f, events_row, &p, &err)) {
		g_string_free(p.out, TRUE);
		http_store_error(c, &err);
		return;
	}
	http_json_page_end(p.out, p.more, p.last);
	http_reply(c, 200, p.out);
}
