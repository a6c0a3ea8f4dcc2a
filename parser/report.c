/* report.c - bd_report / bd_record life cycle and JSON form */
#include <string.h>
#include <bounced/report.h>
#include "json.h"

static const char *const kind_names[] = {"none", "dsn", "scraped", "arf", "autoreply"};

/* bd_kind_name - public name of a kind */
const char *
bd_kind_name(bd_kind kind)
{
	if ((unsigned)kind >= G_N_ELEMENTS(kind_names))
		return "none";
	return kind_names[kind];
}

/* bd_class_name - public name of a class */
const char *
bd_class_name(bd_class klass)
{
	switch (klass) {
	case BD_CLASS_HARD:
		return "hard";
	case BD_CLASS_SOFT:
		return "soft";
	case BD_CLASS_BLOCK:
		return "block";
	case BD_CLASS_COMPLAINT:
		return "complaint";
	case BD_CLASS_DELAY:
		return "delay";
	case BD_CLASS_AUTOREPLY:
		return "autoreply";
	case BD_CLASS_SUCCESS:
		return "success";
	case BD_CLASS_UNKNOWN:
	default:
		return "unknown";
	}
}

/* bd_class_from_name - parse a public class name */
gboolean
bd_class_from_name(const char *name, bd_class *klass_r)
{
	for (int c = BD_CLASS_UNKNOWN; c <= BD_CLASS_SUCCESS; c++) {
		if (name != NULL && strcmp(name, bd_class_name((bd_class)c)) == 0) {
			*klass_r = (bd_class)c;
			return TRUE;
		}
	}
	return FALSE;
}

void
bd_set_str(char **dst, const char *src)
{
	char *copy = g_strdup(src);

	g_free(*dst);
	*dst = copy;
}

static void
header_free(gpointer p)
{
	bd_header *h = p;

	g_free(h->name);
	g_free(h->value);
	g_free(h);
}

static void
record_free_cb(gpointer p)
{
	bd_record *rec = p;

	bd_record_free(&rec);
}

bd_report *
bd_report_new(void)
{
	bd_report *r = g_new0(bd_report, 1);

	r->campaign = g_ptr_array_new_with_free_func(header_free);
	r->rcpt_to = g_ptr_array_new_with_free_func(g_free);
	r->records = g_ptr_array_new_with_free_func(record_free_cb);
	return r;
}

void
bd_report_free(bd_report **report)
{
	bd_report *r = *report;

	if (r == NULL)
		return;
	g_free(r->error);
	g_free(r->mta);
	g_free(r->message_id);
	g_free(r->from);
	g_free(r->subject);
	g_free(r->date);
	g_free(r->reporting_mta);
	g_free(r->received_from_mta);
	g_free(r->arrival_date);
	g_free(r->original_envelope_id);
	g_free(r->original_message_id);
	g_free(r->original_from);
	g_free(r->original_to);
	g_free(r->original_subject);
	g_free(r->original_date);
	g_free(r->original_list_id);
	g_ptr_array_free(r->campaign, TRUE);
	g_free(r->mail_from);
	g_ptr_array_free(r->rcpt_to, TRUE);
	g_free(r->verp_recipient);
	g_ptr_array_free(r->records, TRUE);
	g_free(r);
	*report = NULL;
}

bd_record *
bd_record_new(void)
{
	bd_record *rec = g_new0(bd_record, 1);

	rec->explain = g_ptr_array_new_with_free_func(g_free);
	return rec;
}

void
bd_record_free(bd_record **record)
{
	bd_record *rec = *record;

	if (rec == NULL)
		return;
	g_free(rec->recipient);
	g_free(rec->original_recipient);
	g_free(rec->action);
	g_free(rec->status);
	g_free(rec->reply_code);
	g_free(rec->reason);
	g_free(rec->diagnostic);
	g_free(rec->remote_mta);
	g_free(rec->smtp_command);
	g_free(rec->feedback_type);
	g_free(rec->rule);
	g_free(rec->last_attempt_date);
	g_free(rec->will_retry_until);
	g_free(rec->diagnostic_type);
	g_free(rec->status_comment);
	g_free(rec->context);
	g_free(rec->bounce_category);
	g_ptr_array_free(rec->explain, TRUE);
	g_free(rec);
	*record = NULL;
}

void
bd_report_add_record(bd_report *report, bd_record *rec)
{
	g_ptr_array_add(report->records, rec);
}

void
bd_record_explain(bd_record *rec, const char *field, const char *rule, const char *matched)
{
	/* "field: rule: matched", joined without printf (a parse notes a dozen of them) */
	g_ptr_array_add(rec->explain, g_strconcat(field, ": ", rule ? rule : "-", ": ",
	                                          matched ? matched : "", NULL));
}

/* bd_record_append_json_members - the record's fields of DESIGN.md §3 as JSON members */
void
bd_record_append_json_members(GString *out, gboolean *first, const bd_record *rec)
{
	JSON_MEMBER(out, first, "recipient", rec->recipient);
	JSON_MEMBER(out, first, "original_recipient", rec->original_recipient);
	JSON_MEMBER(out, first, "action", rec->action);
	JSON_MEMBER(out, first, "status", rec->status);
	JSON_MEMBER(out, first, "reply_code", rec->reply_code);
	JSON_MEMBER(out, first, "reason", rec->reason);
	JSON_MEMBER(out, first, "class", bd_class_name(rec->klass));
	json_append_member_raw(out, first, "hard_bounce", rec->hard_bounce ? "true" : "false");
	JSON_MEMBER(out, first, "diagnostic", rec->diagnostic);
	JSON_MEMBER(out, first, "remote_mta", rec->remote_mta);
	JSON_MEMBER(out, first, "smtp_command", rec->smtp_command);
	JSON_MEMBER(out, first, "feedback_type", rec->feedback_type);
	JSON_MEMBER(out, first, "rule", rec->rule);
	JSON_MEMBER(out, first, "last_attempt_date", rec->last_attempt_date);
	JSON_MEMBER(out, first, "will_retry_until", rec->will_retry_until);
}

/* record_to_json - one record as a JSON object */
static void
record_to_json(GString *out, const bd_record *rec)
{
	gboolean first = TRUE;

	g_string_append_c(out, '{');
	bd_record_append_json_members(out, &first, rec);
	g_string_append_c(out, '}');
}

char *
bd_report_to_json(const bd_report *r, const char *file)
{
	GString *out = g_string_sized_new(1024);
	gboolean first = TRUE;

	g_string_append_c(out, '{');
	JSON_MEMBER(out, &first, "file", file);
	JSON_MEMBER(out, &first, "kind", bd_kind_name(r->kind));
	if (r->error != NULL)
		JSON_MEMBER(out, &first, "error", r->error);
	JSON_MEMBER(out, &first, "mta", r->mta);
	JSON_MEMBER(out, &first, "message_id", r->message_id);
	JSON_MEMBER(out, &first, "from", r->from);
	JSON_MEMBER(out, &first, "subject", r->subject);
	JSON_MEMBER(out, &first, "date", r->date);
	JSON_MEMBER(out, &first, "reporting_mta", r->reporting_mta);
	JSON_MEMBER(out, &first, "received_from_mta", r->received_from_mta);
	JSON_MEMBER(out, &first, "arrival_date", r->arrival_date);
	JSON_MEMBER(out, &first, "original_envelope_id", r->original_envelope_id);
	JSON_MEMBER(out, &first, "original_message_id", r->original_message_id);
	JSON_MEMBER(out, &first, "original_from", r->original_from);
	JSON_MEMBER(out, &first, "original_to", r->original_to);
	JSON_MEMBER(out, &first, "original_subject", r->original_subject);
	JSON_MEMBER(out, &first, "original_date", r->original_date);
	JSON_MEMBER(out, &first, "original_list_id", r->original_list_id);

	g_string_append(out, ",\"campaign\":{");
	for (guint i = 0; i < r->campaign->len; i++) {
		const bd_header *h = g_ptr_array_index(r->campaign, i);
		gboolean hfirst = (i == 0);

		json_append_member(out, &hfirst, h->name, h->value);
	}
	g_string_append_c(out, '}');

	JSON_MEMBER(out, &first, "mail_from", r->mail_from);
	g_string_append(out, ",\"rcpt_to\":[");
	for (guint i = 0; i < r->rcpt_to->len; i++) {
		if (i > 0)
			g_string_append_c(out, ',');
		json_append_string(out, g_ptr_array_index(r->rcpt_to, i));
	}
	g_string_append_c(out, ']');
	JSON_MEMBER(out, &first, "verp_recipient", r->verp_recipient);

	g_string_append(out, ",\"records\":[");
	for (guint i = 0; i < r->records->len; i++) {
		if (i > 0)
			g_string_append_c(out, ',');
		record_to_json(out, g_ptr_array_index(r->records, i));
	}
	g_string_append(out, "]}");
	return g_string_free(out, FALSE);
}
