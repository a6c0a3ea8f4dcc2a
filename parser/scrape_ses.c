/* scrape_ses.c - Amazon SES notifications: bounce, complaint and delivery records from their JSON
 */
#include <string.h>
#include "scrape_ses.h"
#include "dsn.h"

#define SES_MAX_VALUE 2048 /* bytes of one JSON string value kept */

/* json_string_max - the string value of "key" in s[0..n), unescaped, at most max bytes kept */
static char *
json_string_max(const char *s, size_t n, const char *key, size_t *end_r, size_t max)
{
	char pat[64];
	const char *at;
	size_t i;
	GString *v;

	g_snprintf(pat, sizeof(pat), "\"%s\"", key);
	if ((at = memmem(s, n, pat, strlen(pat))) == NULL)
		return NULL;
	i = (size_t)(at - s) + strlen(pat);
	while (i < n && (s[i] == ' ' || s[i] == ':' || s[i] == '\n'))
		i++;
	if (i >= n || s[i] != '"')
		return NULL;
	v = g_string_new(NULL);
	for (i++; i < n && s[i] != '"'; i++) {
		char c = s[i];

		if (c == '\\' && i + 1 < n) {
			c = s[++i];
			if (c == 'n' || c == 't' || c == 'r')
				c = ' ';
		}
		if (v->len < max)
			g_string_append_c(v, c);
	}
	if (end_r != NULL)
		*end_r = i;
	return g_string_free(v, FALSE);
}

/* json_string - the string value of "key" in s[0..n), unescaped, or NULL; *end_r just past it */
static char *
json_string(const char *s, size_t n, const char *key, size_t *end_r)
{
	return json_string_max(s, n, key, end_r, SES_MAX_VALUE);
}

/* json_end - the offset just past the JSON value starting at s[i] (strings and nesting respected)
 */
static size_t
json_end(const char *s, size_t n, size_t i)
{
	int depth = 0;
	gboolean in_str = FALSE;

	for (; i < n; i++) {
		char c = s[i];

		if (in_str) {
			if (c == '\\')
				i++;
			else if (c == '"')
				in_str = FALSE;
			if (!in_str && depth == 0)
				return i + 1;
			continue;
		}
		if (c == '"')
			in_str = TRUE;
		else if (c == '{' || c == '[')
			depth++;
		else if (c == '}' || c == ']') {
			if (--depth <= 0)
				return i + 1;
		} else if (depth == 0 && (c == ',' || c == '\n'))
			return i;
	}
	return n;
}

/* array_span - the inside of the JSON array that is the value of "key" */
static gboolean
array_span(const char *s, size_t n, const char *key, size_t *start_r, size_t *end_r)
{
	char pat[64];
	const char *at;
	size_t i, e;

	g_snprintf(pat, sizeof(pat), "\"%s\"", key);
	if ((at = memmem(s, n, pat, strlen(pat))) == NULL)
		return FALSE;
	i = (size_t)(at - s) + strlen(pat);
	while (i < n && (s[i] == ' ' || s[i] == ':' || s[i] == '\n'))
		i++;
	if (i >= n || s[i] != '[')
		return FALSE;
	e = json_end(s, n, i);
	*start_r = i + 1;
	*end_r = e > i + 1 ? e - 1 : i + 1;
	return TRUE;
}

/* next_object - the bounds of the next {…} in s[*a..b), advancing *a past it */
static gboolean
next_object(const char *s, size_t *a, size_t b, size_t *os_r, size_t *oe_r)
{
	while (*a < b && s[*a] != '{')
		(*a)++;
	if (*a >= b)
		return FALSE;
	*os_r = *a;
	*oe_r = json_end(s, b, *a);
	*a = *oe_r;
	return TRUE;
}

/*
 * What a bounce subtype of an SES notification says (AWS's documented
 * bounceType/bounceSubType pairs), for a recipient SES gives no
 * diagnosticCode: without it the record had nothing to be classified by.
 */
static const struct {
	const char *subtype;
	const char *text;
} ses_subtypes[] = {
    {"NoEmail", "the recipient's mailbox does not exist"},
    {"Suppressed", "the address is on the Amazon SES suppression list (a recent hard bounce)"},
    {"OnAccountSuppressionList", "the address is on the account-level suppression list"},
    {"MailboxFull", "mailbox full"},
    {"MessageTooLarge", "message too large"},
    {"ContentRejected", "message content rejected"},
    {"AttachmentRejected", "attachment rejected"},
    /* heldout33: AWS: "Amazon SES was unable to determine a specific bounce reason" */
    {"Undetermined", "Amazon SES was unable to determine a specific bounce reason"},
};

/* subtype_diagnostic - "Amazon SES Permanent/NoEmail: …" for a known subtype, or NULL */
static char *
subtype_diagnostic(const char *s, size_t n)
{
	char *type = json_string(s, n, "bounceType", NULL);
	char *sub = json_string(s, n, "bounceSubType", NULL);
	char *text = NULL;

	for (gsize i = 0; sub != NULL && i < G_N_ELEMENTS(ses_subtypes); i++) {
		if (g_ascii_strcasecmp(sub, ses_subtypes[i].subtype) == 0) {
			text = g_strdup_printf("Amazon SES %s/%s: %s", type ? type : "bounce", sub,
			                       ses_subtypes[i].text);
			break;
		}
	}
	g_free(type);
	g_free(sub);
	return text;
}

/* delay_diagnostic - "Amazon SES DeliveryDelay type …" from the event's "delayType", or NULL */
static char *
delay_diagnostic(const char *s, size_t n)
{
	char *type = json_string(s, n, "delayType", NULL);
	char *text = type ? g_strdup_printf("Amazon SES DeliveryDelay type %s", type) : NULL;

	g_free(type);
	return text;
}

/* add_bounced - one record per object of the array "key" ("bouncedRecipients", or a
 * DeliveryDelay event's "delayedRecipients", whose records get the Action "delayed") */
static void
add_bounced(const char *s, size_t n, GPtrArray *out, const char *key, const char *action)
{
	size_t a, b, os, oe;

	if (!array_span(s, n, key, &a, &b))
		return;
	while (out->len < SCRAPE_MAX_FOUND && next_object(s, &a, b, &os, &oe)) {
		size_t pos, len;
		scrape_found *f = g_new0(scrape_found, 1);
		char *diag, *reply, *pair_status;

		f->address = json_string(s + os, oe - os, "emailAddress", NULL);
		f->status = json_string(s + os, oe - os, "status", NULL);
		diag = json_string(s + os, oe - os, "diagnosticCode", NULL);
		if (diag != NULL) {
			const char *d =
			    g_ascii_strncasecmp(diag, "smtp;", 5) == 0 ? diag + 5 : diag;

			f->diagnostic = scrape_unfold(d, strlen(d), SCRAPE_MAX_DIAGNOSTIC);
			/* read as a DSN's Diagnostic-Code: the last reply with its status is the
			 * innermost ("554 4.4.7 Message expired …<421 4.4.0 …>"), and its status
			 * is more specific than SES's summary unless it is a catch-all x.0.0 */
			if (dsn_find_pair(f->diagnostic, 0, &reply, &pair_status)) {
				f->reply_code = reply;
				if (f->status != NULL && g_str_has_suffix(pair_status, ".0.0")) {
					g_free(pair_status);
				} else {
					g_free(f->status);
					f->status = pair_status;
				}
			} else if (scrape_reply_find(f->diagnostic, strlen(f->diagnostic), &pos) !=
			           SCRAPE_CODE_NONE)
				f->reply_code = g_strndup(f->diagnostic + pos, 3);
			if (f->status == NULL &&
			    scrape_status_find(f->diagnostic, strlen(f->diagnostic), &pos, &len))
				f->status = g_strndup(f->diagnostic + pos, len);
			g_free(diag);
		} else {
			f->diagnostic = action ? delay_diagnostic(s, n) : subtype_diagnostic(s, n);
		}
		f->action = action;
		f->rcpt_rule = action ? "json.delayed-recipients" : "json.bounced-recipients";
		if (f->address != NULL)
			g_ptr_array_add(out, f);
		else
			scrape_found_free(f);
	}
}

/* add_complained - one complaint record per "complainedRecipients" object */
static void
add_complained(const char *s, size_t n, GPtrArray *out)
{
	size_t a, b, os, oe;
	char *type = json_string(s, n, "complaintFeedbackType", NULL);

	if (!array_span(s, n, "complainedRecipients", &a, &b)) {
		g_free(type);
		return;
	}
	while (out->len < SCRAPE_MAX_FOUND && next_object(s, &a, b, &os, &oe)) {
		scrape_found *f = g_new0(scrape_found, 1);

		f->address = json_string(s + os, oe - os, "emailAddress", NULL);
		if (f->address == NULL) {
			scrape_found_free(f);
			continue;
		}
		f->feedback_type = g_strdup(type ? type : "abuse");
		f->rcpt_rule = "json.complained-recipients";
		g_ptr_array_add(out, f);
	}
	g_free(type);
}

/* add_delivered - one success record per address of "delivery" "recipients" */
static void
add_delivered(const char *s, size_t n, GPtrArray *out)
{
	const char *dl = memmem(s, n, "\"delivery\"", 10);
	size_t off, a, b, e, pos, len;
	char *resp;

	if (dl == NULL)
		return;
	off = (size_t)(dl - s);
	if (!array_span(s + off, n - off, "recipients", &a, &b))
		return;
	resp = json_string(s + off, n - off, "smtpResponse", NULL);
	a += off;
	b += off;
	while (a < b && out->len < SCRAPE_MAX_FOUND) {
		const char *q = memchr(s + a, '"', b - a), *q2;
		scrape_found *f;

		if (q == NULL || (q2 = memchr(q + 1, '"', (size_t)(s + b - q - 1))) == NULL)
			break;
		f = g_new0(scrape_found, 1);
		f->address = g_strndup(q + 1, (size_t)(q2 - q - 1));
		f->action = "delivered";
		f->rcpt_rule = "json.delivery-recipients";
		if (resp != NULL) {
			f->diagnostic = scrape_unfold(resp, strlen(resp), SCRAPE_MAX_DIAGNOSTIC);
			if (g_ascii_isdigit(resp[0]) && g_ascii_isdigit(resp[1]) &&
			    g_ascii_isdigit(resp[2]))
				f->reply_code = g_strndup(resp, 3);
			if (scrape_status_find(resp, strlen(resp), &pos, &len))
				f->status = g_strndup(resp + pos, len);
		}
		g_ptr_array_add(out, f);
		e = (size_t)(q2 - s);
		a = e + 1;
	}
	g_free(resp);
}

/* scrape_ses_run - records from an SES notification */
GPtrArray *
scrape_ses_run(const char *body, size_t len)
{
	GPtrArray *out = g_ptr_array_new_with_free_func(scrape_found_free);
	char *type = json_string(body, len, "notificationType", NULL);

	if (type == NULL)
		type = json_string(body, len, "eventType", NULL);
	/* an SNS subscription of the "Email-JSON" kind wraps the notification in an
	 * envelope whose "Message" is the notification as one escaped string; an event
	 * publishing destination's event names its type "eventType" there (delays7) */
	if (type == NULL) {
		char *inner = json_string_max(body, len, "Message", NULL, len);
		char *inner_type =
		    inner ? json_string(inner, strlen(inner), "notificationType", NULL) : NULL;

		if (inner != NULL && inner_type == NULL)
			inner_type = json_string(inner, strlen(inner), "eventType", NULL);

		if (inner_type != NULL) {
			g_free(inner_type);
			g_ptr_array_unref(out);
			out = scrape_ses_run(inner, strlen(inner));
			g_free(inner);
			return out;
		}
		g_free(inner);
	}
	if (type != NULL && g_ascii_strcasecmp(type, "Bounce") == 0)
		add_bounced(body, len, out, "bouncedRecipients", NULL);
	else if (type != NULL && g_ascii_strcasecmp(type, "DeliveryDelay") == 0)
		add_bounced(body, len, out, "delayedRecipients", "delayed");
	else if (type != NULL && g_ascii_strcasecmp(type, "Complaint") == 0)
		add_complained(body, len, out);
	else if (type != NULL && g_ascii_strcasecmp(type, "Delivery") == 0)
		add_delivered(body, len, out);
	g_free(type);
	return out;
}
