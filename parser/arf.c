/* arf.c - RFC 5965 feedback reports into complaint records */
#include <string.h>
#include <bounced/address.h>
#include <bounced/parse.h>
#include "arf.h"
#include "fields.h"

/* arf_record - append one complaint record */
void
arf_record(bd_report *report, const char *recipient, const char *feedback_type, const char *rule,
           const char *matched)
{
	bd_record *rec;

	if (report->records->len >= BD_PARSE_MAX_RECORDS)
		return;
	rec = bd_record_new();
	rec->recipient = bd_address_normalize(recipient);
	if (feedback_type != NULL && *feedback_type != '\0')
		rec->feedback_type = g_ascii_strdown(feedback_type, -1);
	else
		rec->feedback_type = g_strdup("abuse");
	rec->reason = g_strdup("feedback");
	rec->klass = BD_CLASS_COMPLAINT;
	rec->hard_bounce = FALSE;
	rec->rule = g_strdup(rule);
	bd_record_explain(rec, "recipient", rule, recipient);
	bd_record_explain(rec, "reason", rule, matched);
	bd_report_add_record(report, rec);
}

/* arf_parse - message/feedback-report fields to a complaint record */
int
arf_parse(const char *text, size_t len, const char *fallback_recipient, bd_report *report)
{
	GPtrArray *arr = fields_parse(text, len);
	const char *type = fields_get(arr, "feedback-type");
	const char *rcpt = fields_get(arr, "original-rcpt-to");
	const char *rule = "arf.original-rcpt-to";
	char *clean_type;

	if (rcpt == NULL || bd_address_domain(rcpt) == NULL) {
		rcpt = fields_get(arr, "removal-recipient");
		rule = "arf.removal-recipient";
	}
	if (rcpt == NULL || strchr(rcpt, '@') == NULL) {
		rcpt = fallback_recipient;
		rule = "arf.returned-to";
	}
	if (fields_get(arr, "arrival-date") != NULL && report->arrival_date == NULL)
		report->arrival_date = g_strdup(fields_get(arr, "arrival-date"));
	if (fields_get(arr, "reporting-mta") != NULL && report->reporting_mta == NULL)
		report->reporting_mta =
		    g_strdup(fields_strip_type(fields_get(arr, "reporting-mta")));
	clean_type = type ? fields_strip_comments(type) : NULL;
	arf_record(report, rcpt, clean_type, rule, type ? type : "message/feedback-report");
	g_free(clean_type);
	g_ptr_array_unref(arr);
	return 1;
}
