/* cmd_events.c - bouncectl events (an address's history) and explain (one verdict) */
#include <stdlib.h>
#include <string.h>
#include <bounced/address.h>
#include <bounced/store_query.h>
#include "../parser/json.h"
#include "cli_util.h"

#define EVENTS_DIAGNOSTIC_WIDTH 100

/* events_json - one event as a JSON object on one line */
static void
events_json(const bd_event *ev)
{
	GString *out = g_string_new(NULL);

	bd_event_append_json(out, ev);
	g_string_append_c(out, '\n');
	fputs(out->str, stdout);
	g_string_free(out, TRUE);
}

/* events_row - print one event (text or JSON) */
static gboolean
events_row(const bd_event *ev, gpointer user_data)
{
	const bd_record *r = ev->record;
	char *diag;

	if (*(gboolean *)user_data) {
		events_json(ev);
		return !ferror(stdout);
	}
	diag = g_strndup(r->diagnostic ? r->diagnostic : "", EVENTS_DIAGNOSTIC_WIDTH);
	printf("%" G_GINT64_FORMAT "  %s  %s/%s  %s %s  %s  %s\n", ev->id, ev->created_at,
	       bd_class_name(r->klass), r->reason ? r->reason : "-", r->status ? r->status : "-",
	       r->reply_code ? r->reply_code : "-", r->remote_mta ? r->remote_mta : "-", diag);
	g_free(diag);
	return !ferror(stdout);
}

/* cmd_events - bouncectl events [--json] ADDR */
int
cmd_events(const struct bouncectl_globals *g, int argc, char **argv)
{
	gboolean json = FALSE;
	char *since = NULL;
	gint64 limit = 0;
	GOptionEntry entries[] = {
	    {"json", 0, 0, G_OPTION_ARG_NONE, &json, "one JSON object per line", NULL},
	    {"since", 0, 0, G_OPTION_ARG_STRING, &since, "only events since TIME", "TIME"},
	    {"limit", 0, 0, G_OPTION_ARG_INT64, &limit, "at most N events", "N"},
	    {NULL, 0, 0, 0, NULL, NULL, NULL}};
	GOptionContext *ctx = g_option_context_new("ADDR - the events recorded for an address");
	bd_store_filter f = {0};
	GError *err = NULL;
	bd_store *s = NULL;
	int rc = CLI_EXIT_USAGE;

	g_option_context_add_main_entries(ctx, entries, NULL);
	g_option_context_set_description(ctx, "Text columns: id, time, class/reason, status,"
	                                      " reply code, remote MTA, diagnostic.");
	if (!cli_options_parse(ctx, &argc, &argv))
		goto out;
	if (argc != 2 || limit < 0) {
		fprintf(stderr, "bouncectl events: give one address\n");
		goto out;
	}
	if (!cli_since("events", since, &f.since))
		goto out;
	rc = CLI_EXIT_ERROR;
	f.address = argv[1];
	f.limit = limit;
	s = cli_store_open(g, TRUE, &err);
	if (s == NULL || !bd_store_events(s, &f, events_row, &json, &err)) {
		cli_error("events", &err);
		goto out;
	}
	rc = CLI_EXIT_OK;
out:
	bd_store_close(&s);
	g_option_context_free(ctx);
	g_free(since);
	return rc;
}

/* explain_event - the stored event */
static void
explain_event(const bd_event *ev)
{
	const bd_record *r = ev->record;

	printf("event %" G_GINT64_FORMAT " at %s: %s\n", ev->id, ev->created_at,
	       r->recipient ? r->recipient : "(no recipient)");
	printf("  class %s, reason %s, hard_bounce %s, rule %s\n", bd_class_name(r->klass),
	       r->reason ? r->reason : "-", r->hard_bounce ? "yes" : "no", r->rule ? r->rule : "-");
	printf("  action %s, status %s, reply %s, command %s, remote %s\n",
	       r->action ? r->action : "-", r->status ? r->status : "-",
	       r->reply_code ? r->reply_code : "-", r->smtp_command ? r->smtp_command : "-",
	       r->remote_mta ? r->remote_mta : "-");
	if (r->diagnostic != NULL)
		printf("  diagnostic: %s\n", r->diagnostic);
	if (r->feedback_type != NULL)
		printf("  feedback type: %s\n", r->feedback_type);
	if (ev->original_message_id != NULL || ev->campaign != NULL)
		printf("  original message: %s%s%s\n",
		       ev->original_message_id ? ev->original_message_id : "-",
		       ev->campaign ? ", " : "", ev->campaign ? ev->campaign : "");
}

/* explain_message - the message that carried it */
static void
explain_message(const bd_stored_message *m)
{
	printf("message %" G_GINT64_FORMAT ": received %s, kind %s, mta %s, %" G_GINT64_FORMAT
	       " bytes%s\n",
	       m->id, m->received_at, m->kind, m->mta ? m->mta : "-", m->size,
	       m->has_raw ? "" : " (raw bytes dropped by retention)");
	printf("  sha256 %s\n  from %s, to %s, via %s\n", m->sha256,
	       m->mail_from ? m->mail_from : "-", m->rcpt_to ? m->rcpt_to : "-",
	       m->client ? m->client : "-");
	if (m->message_id != NULL)
		printf("  message-id %s\n", m->message_id);
	if (m->parse_error != NULL)
		printf("  parse error: %s\n", m->parse_error);
}

/* explain_suppression - the address's state and whether this event decided it */
static void
explain_suppression(bd_store *s, const bd_event *ev)
{
	bd_suppression r;
	gboolean found = FALSE;

	if (ev->address == NULL || !bd_store_lookup(s, ev->address, &r, &found, NULL)) {
		printf("suppression: none (no address)\n");
		return;
	}
	if (!found) {
		printf("suppression of %s: none (class %s never suppresses)\n", ev->address,
		       bd_class_name(ev->record->klass));
	} else {
		char by[64];

		if (r.manual)
			g_snprintf(by, sizeof(by), "hand (%s)", r.changed_by ? r.changed_by : "-");
		else if (r.source_event == ev->id)
			g_strlcpy(by, "this event", sizeof(by));
		else
			g_snprintf(by, sizeof(by), "event %" G_GINT64_FORMAT, r.source_event);
		printf("suppression of %s: %s (%s/%s)%s%s, %" G_GINT64_FORMAT
		       " events, decided by %s%s%s\n",
		       r.address, r.suppressed ? "suppressed" : "not suppressed",
		       r.klass ? r.klass : "-", r.reason ? r.reason : "-",
		       r.suppressed ? " since " : "", r.suppressed ? r.suppressed_at : "", r.count,
		       by, r.note ? ": " : "", r.note ? r.note : "");
	}
	bd_suppression_clear(&r);
}

/* explain_reparse - run the current parser over the raw bytes and show its reasoning */
static void
explain_reparse(const struct bouncectl_globals *g, const bd_event *ev, GBytes *raw)
{
	bd_parse_options po;
	bd_report *rep;
	gboolean matched = FALSE;

	if (raw == NULL)
		return;
	bd_parse_init();
	cli_parse_options_init(g, &po);
	rep = bd_parse(g_bytes_get_data(raw, NULL), g_bytes_get_size(raw), NULL, &po);
	printf("current parser on the stored message: kind %s, %u records\n",
	       bd_kind_name(rep->kind), rep->records ? rep->records->len : 0);
	for (guint i = 0; rep->records != NULL && i < rep->records->len; i++) {
		const bd_record *r = g_ptr_array_index(rep->records, i);
		char *key = bd_address_key(r->recipient);

		if (g_strcmp0(key, ev->address) == 0 && !matched) {
			matched = TRUE;
			printf("  %s: %s/%s status %s rule %s%s\n", r->recipient,
			       bd_class_name(r->klass), r->reason ? r->reason : "-",
			       r->status ? r->status : "-", r->rule ? r->rule : "-",
			       g_strcmp0(r->reason, ev->record->reason) != 0 ||
			               r->klass != ev->record->klass
			           ? "  (differs from the stored event: bouncectl reparse)"
			           : "");
			for (guint j = 0; r->explain != NULL && j < r->explain->len; j++)
				printf("    %s\n", (char *)g_ptr_array_index(r->explain, j));
		}
		g_free(key);
	}
	if (!matched)
		printf("  no record for %s any more\n", ev->address ? ev->address : "-");
	bd_report_free(&rep);
	cli_parse_options_clear(&po);
}

/* cmd_explain - bouncectl explain EVENT_ID */
int
cmd_explain(const struct bouncectl_globals *g, int argc, char **argv)
{
	GOptionContext *ctx = g_option_context_new("EVENT_ID - why an event got its verdict");
	bd_event ev = {0};
	bd_stored_message m = {0};
	GBytes *raw = NULL;
	GError *err = NULL;
	bd_store *s = NULL;
	gboolean found = FALSE;
	char *end = NULL;
	gint64 id = 0;
	int rc = CLI_EXIT_USAGE;

	g_option_context_set_description(
	    ctx, "Shows the stored event, the message that carried it, the address's suppression\n"
	         "and what the current parser says about the stored raw message.");
	if (!cli_options_parse(ctx, &argc, &argv))
		goto out;
	if (argc == 2)
		id = g_ascii_strtoll(argv[1], &end, 10);
	if (argc != 2 || end == argv[1] || *end != '\0' || id <= 0) {
		fprintf(stderr, "bouncectl explain: give one event id (a positive number)\n");
		goto out;
	}
	rc = CLI_EXIT_ERROR;
	s = cli_store_open(g, TRUE, &err);
	if (s == NULL || !bd_store_event_get(s, id, &ev, &found, &err)) {
		cli_error("explain", &err);
		goto out;
	}
	if (!found) {
		fprintf(stderr, "bouncectl explain: no event %" G_GINT64_FORMAT "\n", id);
		goto out;
	}
	if (!bd_store_message_get(s, ev.msg_id, &m, &raw, &found, &err)) {
		cli_error("explain", &err);
		goto out;
	}
	explain_event(&ev);
	if (found)
		explain_message(&m);
	explain_suppression(s, &ev);
	explain_reparse(g, &ev, raw);
	rc = CLI_EXIT_OK;
out:
	if (raw != NULL)
		g_bytes_unref(raw);
	bd_stored_message_clear(&m);
	bd_event_clear(&ev);
	bd_store_close(&s);
	g_option_context_free(ctx);
	return rc;
}
