/* http_check.c - POST /v1/check {"addresses": [...]}: the suppressed ones, in one round trip */
#include "http_internal.h"
#include "../parser/json.h"

static const char *const http_check_params[] = {NULL};

/* check_addresses - the "addresses" member: an array of at most HTTP_MAX_CHECK strings;
 * NULL with 400 or 413 sent */
static JsonArray *
check_addresses(http_call *c, JsonObject *o)
{
	JsonNode *n = json_object_get_member(o, "addresses");
	JsonArray *a;
	guint len;

	if (n == NULL || !JSON_NODE_HOLDS_ARRAY(n)) {
		http_error(c, 400, "expected {\"addresses\": [\"a@example.org\", ...]}");
		return NULL;
	}
	a = json_node_get_array(n);
	len = json_array_get_length(a);
	if (len > HTTP_MAX_CHECK) {
		http_error(c, 413, "%u addresses: at most %d per request", len, HTTP_MAX_CHECK);
		return NULL;
	}
	for (guint i = 0; i < len; i++) {
		JsonNode *e = json_array_get_element(a, i);

		if (!JSON_NODE_HOLDS_VALUE(e) || json_node_get_value_type(e) != G_TYPE_STRING) {
			http_error(c, 400, "addresses[%u] is not a string", i);
			return NULL;
		}
	}
	return a;
}

/* check_item - {"address": as given, "class", "reason", "status", "since", "manual"} */
static void
check_item(GString *out, const char *given, const bd_suppression *r)
{
	gboolean first = TRUE;

	g_string_append_c(out, '{');
	json_append_member(out, &first, "address", given);
	json_append_member(out, &first, "class", r->klass);
	json_append_member(out, &first, "reason", r->reason);
	json_append_member(out, &first, "status", r->status);
	json_append_member(out, &first, "since", r->suppressed_at);
	json_append_member_raw(out, &first, "manual", r->manual ? "true" : "false");
	g_string_append_c(out, '}');
}

/* check_run - look every address up; {"checked": N, "suppressed": [...], "invalid": [...]}.
 * A string that is not an address is listed under "invalid" rather than failing the batch. */
static void
check_run(http_call *c, JsonArray *a)
{
	guint len = json_array_get_length(a), n_supp = 0, n_bad = 0;
	GString *out = g_string_new(NULL), *bad = g_string_new(NULL);
	GError *err = NULL;

	g_string_printf(out, "{\"checked\": %u, \"suppressed\": [", len);
	/* one snapshot for the whole batch; if it cannot start, each lookup runs alone */
	if (!bd_store_read_begin(c->h->store, &err))
		g_clear_error(&err);
	for (guint i = 0; i < len; i++) {
		const char *given = json_array_get_string_element(a, i);
		bd_suppression r;
		gboolean found = FALSE;

		if (!bd_store_lookup(c->h->store, given, &r, &found, &err)) {
			if (!g_error_matches(err, BD_STORE_ERROR, BD_STORE_ERROR_INVALID)) {
				bd_store_read_end(c->h->store);
				g_string_free(out, TRUE);
				g_string_free(bad, TRUE);
				http_store_error(c, &err);
				return;
			}
			g_clear_error(&err);
			g_string_append(bad, n_bad++ ? ", " : "");
			json_append_string(bad, given);
			continue;
		}
		if (r.suppressed) {
			g_string_append(out, n_supp++ ? ", " : "");
			check_item(out, given, &r);
		}
		bd_suppression_clear(&r);
	}
	bd_store_read_end(c->h->store);
	g_string_append_printf(out, "], \"invalid\": [%s]}", bad->str);
	g_string_free(bad, TRUE);
	http_reply(c, 200, out);
}

/* http_check - POST /v1/check */
void
http_check(http_call *c)
{
	JsonParser *parser = NULL;
	JsonObject *o;
	JsonArray *a;

	if (!http_param_check(c, http_check_params))
		return;
	o = http_body_object(c, &parser);
	if (o != NULL && (a = check_addresses(c, o)) != NULL)
		check_run(c, a);
	g_clear_object(&parser);
}
