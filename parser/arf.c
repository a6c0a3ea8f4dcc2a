/* arf.c - RFC 5965 feedback reports into complaint records */
#include <string.h>
#include <bounced/address.h>
#include <bounced/classify.h>
#include <bounced/parse.h>
#include "arf.h"
#include "fields.h"
#include "original.h"
#include "utf8.h"

/* arf_record - append one feedback record; a NULL recipient is kept (nobody suppressed) */
void
arf_record(bd_report *report, const char *recipient, const char *feedback_type, const char *rule,
           const char *matched)
{
	bd_record *rec;

	if (report->records->len >= BD_PARSE_MAX_RECORDS)
		return;
	rec = bd_record_new();
	rec->recipient = recipient ? bd_address_normalize(recipient) : NULL;
	if (feedback_type != NULL && *feedback_type != '\0')
		rec->feedback_type = ascii_strdown(feedback_type, -1);
	else
		rec->feedback_type = g_strdup("abuse");
	rec->reason = g_strdup("feedback");
	rec->klass = bd_feedback_class(rec->feedback_type);
	rec->hard_bounce = FALSE;
	rec->rule = g_strdup(rule);
	if (recipient != NULL)
		bd_record_explain(rec, "recipient", rule, recipient);
	bd_record_explain(rec, "reason", rule, matched);
	bd_report_add_record(report, rec);
}

/*
 * arf_usable - normalised value when it is a real address, not a feedback loop's placeholder.
 * A field written as a mailbox with a display name ("\"Walsh, Maureen\" <m@x>", where RFC 5965
 * asks for a bare addr-spec) gives the address in its angle brackets.
 */
static char *
arf_usable(const char *value)
{
	char *addr = value ? bd_address_normalize(value) : NULL;

	if (addr == NULL && value != NULL && strchr(value, '<') != NULL)
		addr = original_address(value);
	if (addr != NULL && (bd_address_domain(addr) == NULL || bd_address_redacted(addr)))
		g_clear_pointer(&addr, g_free);
	return addr;
}

/* arf_first_usable - the first address of a comma-separated list that names somebody */
static char *
arf_first_usable(const char *list, gboolean *single_r)
{
	char **parts = g_strsplit(list ? list : "", ",", -1);
	char *found = NULL;

	*single_r = parts[0] != NULL && parts[1] == NULL;
	for (guint i = 0; parts[i] != NULL && found == NULL; i++)
		found = arf_usable(parts[i]);
	g_strfreev(parts);
	return found;
}

/* arf_usable_verp - the recipient VERP-encoded in an envelope sender, when a real one */
static char *
arf_usable_verp(const char *sender)
{
	char *addr = bd_verp_decode(sender);

	if (addr != NULL && bd_address_redacted(addr))
		g_clear_pointer(&addr, g_free);
	return addr;
}

/*
 * arf_fallback_recipient - the complained-about address when the feedback
 * fields do not name it: the recipient Microsoft's JMRP stamps on the returned
 * message (X-HmXmrOriginalRecipient, also in its ARF form, whose To: it may
 * redact), else the returned message's single To:, else the address
 * VERP-encoded in the original's envelope sender (Original-Mail-From, then the
 * returned Return-Path: senders VERP-encode precisely because feedback loops
 * redact), else the first usable To: address.  Placeholders never count.
 * Newly allocated or NULL; *rule_r names the source.
 */
char *
arf_fallback_recipient(const arf_fallback *fb, const char *mail_from, const char **rule_r)
{
	gboolean single = FALSE;
	char *to, *verp = NULL;

	if (fb != NULL && (to = arf_usable(fb->hotmail_rcpt)) != NULL) {
		*rule_r = "arf.hotmail-jmrp";
		return to;
	}
	to = arf_first_usable(fb ? fb->original_to : NULL, &single);
	if (to != NULL && single) {
		*rule_r = "arf.returned-to";
		return to;
	}
	if ((verp = arf_usable_verp(mail_from)) != NULL) {
		*rule_r = "arf.original-mail-from-verp";
	} else if (fb != NULL && (verp = arf_usable_verp(fb->return_path)) != NULL) {
		*rule_r = "arf.return-path-verp";
	} else if (to != NULL) {
		*rule_r = "arf.returned-to";
		return to;
	} else {
		*rule_r = "arf.no-recipient";
	}
	g_free(to);
	return verp;
}

/*
 * arf_parse - message/feedback-report fields to feedback records: one per
 * Original-Rcpt-To naming a real address (the field may repeat), else the
 * Removal-Recipient, else arf_fallback_recipient; with none of them one
 * record without recipient, so the complaint is still kept.
 */
int
arf_parse(const char *text, size_t len, const arf_fallback *fb, bd_report *report)
{
	GPtrArray *arr = fields_parse(text, len);
	const char *type = fields_get(arr, "feedback-type");
	char *clean_type = type ? fields_strip_comments(type) : NULL;
	const char *matched = type ? type : "message/feedback-report";
	const char *rule = NULL;
	char *rcpt = NULL;
	int added = 0;

	for (guint i = 0; i < arr->len; i++) {
		const fields_field *f = g_ptr_array_index(arr, i);

		if (f->name == NULL || strcmp(f->name, "original-rcpt-to") != 0 ||
		    (rcpt = arf_usable(f->value)) == NULL)
			continue;
		arf_record(report, rcpt, clean_type, "arf.original-rcpt-to", matched);
		g_free(rcpt);
		added++;
	}
	if (added == 0) {
		if ((rcpt = arf_usable(fields_get(arr, "removal-recipient"))) != NULL)
			rule = "arf.removal-recipient";
		else
			rcpt = arf_fallback_recipient(fb, fields_get(arr, "original-mail-from"),
			                              &rule);
		arf_record(report, rcpt, clean_type, rule, matched);
		g_free(rcpt);
		added = 1;
	}
	if (fields_get(arr, "arrival-date") != NULL && report->arrival_date == NULL)
		report->arrival_date = g_strdup(fields_get(arr, "arrival-date"));
	if (fields_get(arr, "reporting-mta") != NULL && report->reporting_mta == NULL)
		report->reporting_mta =
		    g_strdup(fields_strip_type(fields_get(arr, "reporting-mta")));
	g_free(clean_type);
	g_ptr_array_unref(arr);
	return added;
}

/*
 * The openers of abuse reports that return the reported message as an
 * attachment without a message/feedback-report part, lower case: the sentence
 * RFC 5965's examples made the convention (Microsoft's JMRP and others), and
 * the banner and courtesy line SpamCop puts at the top of every report; and an
 * ISP abuse desk's own words for one complaint about a message it attaches
 * ("We received a complaint about a message from your server", "we have
 * received a spam complaint from one of our subscribers", arf5), which count
 * only with a returned message and no delivery-status part (mime_feedback).
 */
static const char *const arf_report_markers[] = {
    "this is an email abuse report",
    "[ spamcop v",
    "this message is brief for your comfort",
    "received a complaint about a message",
    "received a complaint about an email",
    "received a complaint about an e-mail",
    "received a complaint regarding a message",
    "received a complaint regarding an email",
    "received a spam complaint",
    "received an abuse complaint",
};

/* arf_abuse_report_text - does a notification open like an abuse report's human-readable part */
const char *
arf_abuse_report_text(const char *body, size_t len)
{
	size_t n = MIN(len, ARF_MARKER_SCAN);
	char *lower = ascii_strdown(body ? body : "", body ? (gssize)n : 0);
	const char *hit = NULL;

	for (size_t i = 0; hit == NULL && i < G_N_ELEMENTS(arf_report_markers); i++)
		if (strstr(lower, arf_report_markers[i]) != NULL)
			hit = arf_report_markers[i];
	g_free(lower);
	return hit;
}
