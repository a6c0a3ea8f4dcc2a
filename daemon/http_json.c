/* http_json.c - request bodies (json-glib) and the JSON objects of responses (parser/json.h) */
#include "http_internal.h"
#include "../parser/json.h"

#include <string.h>
#include <event2/buffer.h>

/* json_depth_ok - nesting of brackets outside strings stays within max: json-glib parses by
 * recursion, and a body of a million '[' must not reach it */
static gboolean
json_depth_ok(const char *p, size_t len, int max)
{
	int depth = 0;
	gboolean in_string = FALSE;

	for (size_t i = 0; i < len; i++) {
		char ch = p[i];

		if (in_string) {
			if (ch == '\\')
				i++;
			else if (ch == '"')
				in_string = FALSE;
		} else if (ch == '"') {
			in_string = TRUE;
		} else if (ch == '[' || ch == '{') {
			if (++depth > max)
				return FALSE;
		} else if (ch == ']' || ch == '}') {
			depth--;
		}
	}
	return TRUE;
}

/* http_body_object - parse the body; the root must be an object */
JsonObject *
http_body_object(http_call *c, JsonParser **parser_r)
{
	struct evbuffer *in = evhttp_request_get_input_buffer(c->req);
	size_t len = evbuffer_get_length(in);
	const char *data = len ? (const char *)evbuffer_pullup(in, -1) : "";
	JsonParser *parser;
	GError *err = NULL;
	JsonNode *root;

	*parser_r = NULL;
	if (len == 0) {
		http_error(c, 400, "empty body: expected a JSON object");
		return NULL;
	}
	if (!json_depth_ok(data, len, HTTP_MAX_JSON_DEPTH)) {
		http_error(c, 400, "bad JSON: nested deeper than %d levels", HTTP_MAX_JSON_DEPTH);
		return NULL;
	}
	parser = json_parser_new_immutable();
	if (!json_parser_load_from_data(parser, data, (gssize)len, &err)) {
		http_error(c, 400, "bad JSON: %s", err->message);
		g_error_free(err);
		g_object_unref(parser);
		return NULL;
	}
	root = json_parser_get_root(parser);
	if (root == NULL || !JSON_NODE_HOLDS_OBJECT(root)) {
		http_error(c, 400, "bad JSON: the body must be an object");
		g_object_unref(parser);
		return NULL;
	}
	*parser_r = parser;
	return json_node_get_object(root);
}

/* http_json_member_string - a string member (absent and null are NULL) of at most max bytes */
gboolean
http_json_member_string(http_call *c, JsonObject *o, const char *name, size_t max,
                        const char **value_r)
{
	JsonNode *n = json_object_get_member(o, name);

	*value_r = NULL;
	if (n == NULL || JSON_NODE_HOLDS_NULL(n))
		return TRUE;
	if (!JSON_NODE_HOLDS_VALUE(n) || json_node_get_value_type(n) != G_TYPE_STRING) {
		http_error(c, 400, "\"%s\" must be a string", name);
		return FALSE;
	}
	*value_r = json_node_get_string(n);
	if (strlen(*value_r) > max) {
		http_error(c, 400, "\"%s\" is longer than %zu bytes", name, max);
		return FALSE;
	}
	return TRUE;
}

/* json_int - ,"name": n */
static void
json_int(GString *out, gboolean *first, const char *name, gint64 v)
{
	char num[24];

	g_snprintf(num, sizeof(num), "%" G_GINT64_FORMAT, v);
	json_append_member_raw(out, first, name, num);
}

/* json_bool - ,"name": true|false */
static void
json_bool(GString *out, gboolean *first, const char *name, gboolean v)
{
	json_append_member_raw(out, first, name, v ? "true" : "false");
}

/* http_json_suppression - the fields of DESIGN.md §8, then the rest of the row */
void
http_json_suppression(GString *out, const bd_suppression *r)
{
	gboolean first = TRUE;

	g_string_append_c(out, '{');
	json_append_member(out, &first, "address", r->address);
	json_bool(out, &first, "suppressed", r->suppressed);
	json_append_member(out, &first, "class", r->klass);
	json_append_member(out, &first, "reason", r->reason);
	json_append_member(out, &first, "status", r->status);
	json_append_member(out, &first, "first_seen", r->first_seen);
	json_append_member(out, &first, "last_seen", r->last_seen);
	json_int(out, &first, "count", r->count);
	json_bool(out, &first, "manual", r->manual);
	json_append_member(out, &first, "feedback_type", r->feedback_type);
	json_append_member(out, &first, "suppressed_at", r->suppressed_at);
	json_append_member(out, &first, "lifted_at", r->lifted_at);
	json_append_member(out, &first, "updated_at", r->updated_at);
	json_append_member(out, &first, "note", r->note);
	json_append_member(out, &first, "changed_by", r->changed_by);
	if (r->change_seq > 0)
		json_int(out, &first, "change_seq", r->change_seq);
	else
		json_append_member_raw(out, &first, "change_seq", "null");
	g_string_append_c(out, '}');
}

/* http_json_page_end - close the items array and give the cursor of the next page */
void
http_json_page_end(GString *out, gboolean more, gint64 last)
{
	g_string_append(out, "], \"next_cursor\": ");
	if (more)
		g_string_append_printf(out, "\"%" G_GINT64_FORMAT "\"", last);
	else
		g_string_append(out, "null");
	g_string_append_c(out, '}');
}
