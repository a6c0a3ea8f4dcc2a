/* http_manual.c - PUT and DELETE /v1/suppressions/{address}: manual suppress and lift, with a
 * note, audited in manual_changes by bd_store_set_manual as `bouncectl suppress` does */
#include "http_internal.h"

#include <string.h>
#include <bounced/address.h>
#include <event2/buffer.h>

static const char *const http_put_params[] = {NULL};
static const char *const http_delete_params[] = {"note", "by", NULL};

/* manual_by - who: the body's or query's "by", else "http:PEER" */
static char *
manual_by(http_call *c, const char *by)
{
	struct evhttp_connection *conn = evhttp_request_get_connection(c->req);
	const char *peer = NULL;
	ev_uint16_t port = 0;

	if (by != NULL && *by != '\0')
		return g_strdup(by);
	if (conn != NULL)
		evhttp_connection_get_peer(conn, (char **)&peer, &port);
	return g_strdup_printf("http:%s", peer ? peer : "-");
}

/* manual_apply - write the decision, answer with the new state */
static void
manual_apply(http_call *c, gboolean suppress, const char *note, const char *by)
{
	char *who = manual_by(c, by);
	GError *err = NULL;
	bd_suppression r;
	gboolean found = FALSE;
	GString *out;

	if (note == NULL || *note == '\0') {
		http_error(c, 400, "a non-empty \"note\" saying why is required");
	} else if (!bd_store_set_manual(c->h->store, c->tail, suppress, who, note, 0, &err) ||
	           !bd_store_lookup(c->h->store, c->tail, &r, &found, &err)) {
		http_store_error(c, &err);
	} else {
		out = g_string_new(NULL);
		http_json_suppression(out, &r);
		bd_suppression_clear(&r);
		http_reply(c, 200, out);
	}
	g_free(who);
}

/* manual_address_ok - refuse a bad address before looking at the body (400) */
static gboolean
manual_address_ok(http_call *c)
{
	char *key = bd_address_key(c->tail);

	if (key == NULL) {
		http_error(c, 400, "'%s' is not an address", c->tail);
		return FALSE;
	}
	g_free(key);
	return TRUE;
}

/* http_suppression_put - suppress by hand: {"note": "why", "by": "who"} */
void
http_suppression_put(http_call *c)
{
	JsonParser *parser = NULL;
	JsonObject *o;
	const char *note = NULL, *by = NULL;

	if (!http_param_check(c, http_put_params) || !manual_address_ok(c))
		return;
	o = http_body_object(c, &parser);
	if (o != NULL && http_json_member_string(c, o, "note", HTTP_MAX_NOTE, &note) &&
	    http_json_member_string(c, o, "by", HTTP_MAX_BY, &by))
		manual_apply(c, TRUE, note, by);
	g_clear_object(&parser);
}

/* http_suppression_delete - lift by hand: note and by in the body or the query */
void
http_suppression_delete(http_call *c)
{
	struct evbuffer *in = evhttp_request_get_input_buffer(c->req);
	JsonParser *parser = NULL;
	const char *note = g_hash_table_lookup(c->query, "note");
	const char *by = g_hash_table_lookup(c->query, "by");

	if (!http_param_check(c, http_delete_params) || !manual_address_ok(c))
		return;
	if (note != NULL && strlen(note) > HTTP_MAX_NOTE) {
		http_error(c, 400, "\"note\" is longer than %d bytes", HTTP_MAX_NOTE);
		return;
	}
	if (by != NULL && strlen(by) > HTTP_MAX_BY) {
		http_error(c, 400, "\"by\" is longer than %d bytes", HTTP_MAX_BY);
		return;
	}
	if (evbuffer_get_length(in) > 0) {
		JsonObject *o = http_body_object(c, &parser);
		const char *bn = NULL, *bb = NULL;

		if (o == NULL || !http_json_member_string(c, o, "note", HTTP_MAX_NOTE, &bn) ||
		    !http_json_member_string(c, o, "by", HTTP_MAX_BY, &bb)) {
			g_clear_object(&parser);
			return;
		}
		note = bn ? bn : note;
		by = bb ? bb : by;
	}
	manual_apply(c, FALSE, note, by);
	g_clear_object(&parser);
}
