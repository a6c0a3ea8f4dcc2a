/* http_suppressions.c - GET /v1/suppressions/{address} and the sync listing GET
 * /v1/suppressions (every row, lifted ones included, in change order, paged by change_seq) */
#include "http_internal.h"

#include <string.h>

static const char *const http_no_params[] = {NULL};
static const char *const http_list_params[] = {"since",  "limit",  "cursor", "class",
                                               "reason", "domain", NULL};

/* http_suppression_get - the state of one address; an unknown one is not suppressed */
void
http_suppression_get(http_call *c)
{
	bd_suppression r;
	gboolean found = FALSE;
	GError *err = NULL;
	GString *out;

	if (!http_param_check(c, http_no_params))
		return;
	if (!bd_store_lookup(c->h->store, c->tail, &r, &found, &err)) {
		http_store_error(c, &err);
		return;
	}
	out = g_string_new(NULL);
	http_json_suppression(out, &r);
	bd_suppression_clear(&r);
	http_reply(c, 200, out);
}

/* A page being written. */
typedef struct list_page {
	GString *out;
	gint64 limit; /* items wanted; the store is asked for one more to know if a page follows */
	gint64 n;
	gint64 last; /* change_seq of the last item written */
	gboolean more;
} list_page;

/* list_row - one item, or note that another page follows */
static gboolean
list_row(const bd_suppression *row, gpointer user_data)
{
	list_page *p = user_data;

	if (p->n == p->limit) {
		p->more = TRUE;
		return FALSE;
	}
	if (p->n++ > 0)
		g_string_append(p->out, ", ");
	http_json_suppression(p->out, row);
	p->last = row->change_seq;
	return TRUE;
}

/* list_word_ok - class= and reason= are lower-case words */
static gboolean
list_word_ok(const char *w)
{
	if (w == NULL)
		return TRUE;
	if (*w == '\0' || strlen(w) > 32)
		return FALSE;
	for (; *w; w++)
		if (!g_ascii_islower(*w))
			return FALSE;
	return TRUE;
}

/* list_filter - the filter of the query; FALSE with 400 sent */
static gboolean
list_filter(http_call *c, bd_store_filter *f, gint64 *limit_r)
{
	bd_class klass;

	memset(f, 0, sizeof(*f));
	if (!http_param_check(c, http_list_params) || !http_param_limit(c, limit_r) ||
	    !http_param_cursor(c, &f->after) || !http_param_since(c, &f->since))
		return FALSE;
	f->klass = g_hash_table_lookup(c->query, "class");
	f->reason = g_hash_table_lookup(c->query, "reason");
	f->domain = g_hash_table_lookup(c->query, "domain");
	if (f->klass && !bd_class_from_name(f->klass, &klass) && strcmp(f->klass, "manual") != 0) {
		http_error(c, 400, "unknown class '%s'", f->klass);
		return FALSE;
	}
	if (!list_word_ok(f->reason)) {
		http_error(c, 400, "reason must be one lower-case word");
		return FALSE;
	}
	if (f->domain && (*f->domain == '\0' || strlen(f->domain) > 255)) {
		http_error(c, 400, "domain must be 1 to 255 bytes");
		return FALSE;
	}
	f->all = TRUE;
	f->limit = *limit_r + 1;
	return TRUE;
}

/* http_suppressions_list - {"items": [...], "next_cursor": "N" | null} */
void
http_suppressions_list(http_call *c)
{
	bd_store_filter f;
	list_page p = {0};
	GError *err = NULL;

	if (!list_filter(c, &f, &p.limit))
		return;
	p.out = g_string_new("{\"items\": [");
	if (!bd_store_list(c->h->store, &f, list_row, &p, &err)) {
		g_string_free(p.out, TRUE);
		http_store_error(c, &err);
		return;
	}
	http_json_page_end(p.out, p.more, p.last);
	http_reply(c, 200, p.out);
}
