/* scrape_ses.c - Amazon SES notifications: bounce, complaint and delivery records from their JSON
 */
#include <string.h>
#include "scrape_ses.h"

#define SES_MAX_VALUE 2048 /* bytes of one JSON string value kept */

/* json_string - the string value of "key" in s[0..n), unescaped, or NULL; *end_r just past it */
static char *
json_string(const char *s, size_t n, const char *key, size_t *end_r)
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
		if (v->len < SES_MAX_VALUE)
			g_string_append_c(v, c);
	}
	if (end_r != NULL)
		*end_r = i;
	return g_string_free(v, FALSE);
}

/* array_span - the bounds of the JSON array that follows "key" (no nested arrays inside) */
static gboolean
array_span(const char *s, size_t n, const char *key, size_t *start_r, size_t *end_r)
{
	char pat[64];
	const char *at, *open, *close;

	g_snprintf(pat, sizeof(pat), "\"%s\"", key);
	if ((at = memmem(s, n, pat, strlen(pat))) == NULL)
		return FALSE;
	open = memchr(at, '[', n - (size_t)(at - s));
	if (open == NULL)
		return FALSE;
	close = memchr(open, ']', n - (size_t)(open - s));
	if (close == NULL)
		return FALSE;
	*start_r = (size_t)(open - s) + 1;
	*end_r = (size_t)(close - s);
	return TRUE;
}

/* add_bounced - one record per object of "bouncedRecipients" */
static void
add_bounced(const char *s, size_t n, GPtrArray *out)
{
	size_t a, b;

	if (!array_span(s, n, "bouncedRecipients", &a, &b))
		return;
	while (a < b && out->len < SCRAPE_MAX_FOUND) {
		const char *close = memchr(s + a, '}', b - a);
		size_t e = close ? (size_t)(close - s) : b, pos, len;
		scrape_found *f = g_new0(scrape_found, 1);
		char *diag;

		f->address = json_string(s + a, e - a, "emailAddress", NULL);
		f->status = json_string(s + a, e - a, "status", NULL);
		diag = json_string(s + a, e - a, "diagnosticCode", NULL);
		if (diag != NULL) {
			const char *d =
			    g_ascii_strncasecmp(diag, "smtp;", 5) == 0 ? diag + 5 : diag;

			f->diagnostic = scrape_unfold(d, strlen(d), SCRAPE_MAX_DIAGNOSTIC);
			if (scrape_reply_find(f->diagnostic, strlen(f->diagnostic), &pos) !=
			    SCRAPE_CODE_NONE)
				f->reply_code = g_strndup(f->diagnostic + pos, 3);
			if (f->status == NULL &&
			    scrape_status_find(f->diagnostic, strlen(f->diagnostic), &pos, &len))
				f->status = g_strndup(f->diagnostic + pos, len);
			g_free(diag);
		}
		f->rcpt_rule = "json.bounced-recipients";
		if (f->address != NULL)
			g_ptr_array_add(out, f);
		else
			scrape_found_free(f);
		a = e + 1;
	}
}

/* add_complained - one complaint record per "complainedRecipients" object */
static void
add_complained(const char *s, size_t n, GPtrArray *out)
{
	size_t a, b, e;
	char *type = json_string(s, n, "complaintFeedbackType", NULL);

	if (!array_span(s, n, "complainedRecipients", &a, &b)) {
		g_free(type);
		return;
	}
	while (a < b && out->len < SCRAPE_MAX_FOUND) {
		scrape_found *f = g_new0(scrape_found, 1);

		f->address = json_string(s + a, b - a, "emailAddress", &e);
		if (f->address == NULL) {
			scrape_found_free(f);
			break;
		}
		f->feedback_type = g_strdup(type ? type : "abuse");
		f->rcpt_rule = "json.complained-recipients";
		g_ptr_array_add(out, f);
		a += e + 1;
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
	if (type != NULL && g_ascii_strcasecmp(type, "Bounce") == 0)
		add_bounced(body, len, out);
	else if (type != NULL && g_ascii_strcasecmp(type, "Complaint") == 0)
		add_complained(body, len, out);
	else if (type != NULL && g_ascii_strcasecmp(type, "Delivery") == 0)
		add_delivered(body, len, out);
	g_free(type);
	return out;
}
