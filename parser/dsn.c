/* dsn.c - RFC 3464 / RFC 6533 delivery-status fields into report and records */
#include <string.h>
#include <bounced/address.h>
#include <bounced/parse.h>
#include "dsn.h"
#include "fields.h"

/* The per-recipient fields of one group (values borrowed from the field array). */
typedef struct dsn_group {
	const char *original_recipient;
	const char *final_recipient;
	const char *action;
	const char *status;
	const char *remote_mta;
	const char *diagnostic;
	const char *last_attempt;
	const char *retry_until;
	int n_fields;
} dsn_group;

/* dsn_slot - the member of g that holds field name, or NULL when not per-recipient */
static const char **
dsn_slot(dsn_group *g, const char *name)
{
	if (strcmp(name, "original-recipient") == 0)
		return &g->original_recipient;
	if (strcmp(name, "final-recipient") == 0)
		return &g->final_recipient;
	if (strcmp(name, "action") == 0)
		return &g->action;
	if (strcmp(name, "status") == 0)
		return &g->status;
	if (strcmp(name, "remote-mta") == 0)
		return &g->remote_mta;
	if (strcmp(name, "diagnostic-code") == 0)
		return &g->diagnostic;
	if (strcmp(name, "last-attempt-date") == 0)
		return &g->last_attempt;
	if (strcmp(name, "will-retry-until") == 0)
		return &g->retry_until;
	return NULL;
}

/* dsn_message_field - store a per-message field in report when still empty */
static void
dsn_message_field(bd_report *report, const char *name, const char *value)
{
	char **dst = NULL;
	char *clean;

	if (strcmp(name, "reporting-mta") == 0)
		dst = &report->reporting_mta;
	else if (strcmp(name, "received-from-mta") == 0)
		dst = &report->received_from_mta;
	else if (strcmp(name, "arrival-date") == 0)
		dst = &report->arrival_date;
	else if (strcmp(name, "original-envelope-id") == 0)
		dst = &report->original_envelope_id;
	if (dst == NULL || *dst != NULL || *value == '\0')
		return;
	if (dst == &report->reporting_mta || dst == &report->received_from_mta) {
		clean = fields_strip_comments(fields_strip_type(value));
		if (*clean == '\0')
			g_free(clean);
		else
			*dst = clean;
		return;
	}
	*dst = g_strdup(value);
}

/* dsn_is_digit_at - TRUE when s[i] is an ASCII digit */
#define dsn_digit(c) ((c) >= '0' && (c) <= '9')

char *
dsn_find_status(const char *text)
{
	if (text == NULL)
		return NULL;
	for (const char *p = text; *p; p++) {
		const char *q;
		int n;

		if ((*p != '2' && *p != '4' && *p != '5') || p[1] != '.')
			continue;
		if (p > text && (dsn_digit(p[-1]) || p[-1] == '.' || g_ascii_isalpha(p[-1])))
			continue;
		q = p + 2;
		for (n = 0; dsn_digit(q[n]); n++)
			;
		if (n < 1 || n > 3 || q[n] != '.')
			continue;
		q += n + 1;
		for (n = 0; dsn_digit(q[n]); n++)
			;
		if (n < 1 || n > 3 || (q[n] == '.' && dsn_digit(q[n + 1])) || g_ascii_isalpha(q[n]))
			continue;
		return g_strndup(p, q + n - p);
	}
	return NULL;
}

char *
dsn_find_reply(const char *text)
{
	if (text == NULL)
		return NULL;
	for (const char *p = text; *p; p++) {
		if (*p < '2' || *p > '5' || !dsn_digit(p[1]) || !dsn_digit(p[2]))
			continue;
		if (p > text && !g_ascii_isspace(p[-1]) && p[-1] != '(' && p[-1] != '"' &&
		    p[-1] != ':' && p[-1] != '#' && p[-1] != '\'')
			continue;
		if (p[3] != ' ' && p[3] != '-' && p[3] != '\0' && p[3] != ')' && p[3] != ',')
			continue;
		if (p[3] == '-' && !g_ascii_isalnum(p[4]) && p[4] != ' ')
			continue;
		return g_strndup(p, 3);
	}
	return NULL;
}

/* dsn_decode_address - undo xtext (+2B) and utf-8-addr (\x{HHHH}) encodings of an address */
static char *
dsn_decode_address(const char *value)
{
	GString *out = g_string_sized_new(strlen(value));

	for (const char *p = value; *p; p++) {
		if (p[0] == '+' && g_ascii_isxdigit(p[1]) && g_ascii_isxdigit(p[2])) {
			int c = g_ascii_xdigit_value(p[1]) * 16 + g_ascii_xdigit_value(p[2]);

			if (c == '+' || c == '=' || c == ' ') {
				g_string_append_c(out, (char)c);
				p += 2;
				continue;
			}
		}
		if (p[0] == '\\' && p[1] == 'x' && p[2] == '{') {
			const char *close = strchr(p + 3, '}');
			gunichar u = 0;
			gboolean ok = close != NULL && close - p - 3 >= 1 && close - p - 3 <= 6;

			for (const char *h = p + 3; ok && h < close; h++) {
				if (!g_ascii_isxdigit(*h))
					ok = FALSE;
				else
					u = u * 16 + g_ascii_xdigit_value(*h);
			}
			if (ok && g_unichar_validate(u) && u != 0) {
				g_string_append_unichar(out, u);
				p = close;
				continue;
			}
		}
		g_string_append_c(out, *p);
	}
	return g_string_free(out, FALSE);
}

/* dsn_address - the normalised address of a recipient field, or NULL */
static char *
dsn_address(const char *value)
{
	char *plain, *decoded, *norm;

	if (value == NULL)
		return NULL;
	plain = fields_strip_comments(value);
	decoded = dsn_decode_address(plain);
	norm = bd_address_normalize(decoded);
	g_free(plain);
	g_free(decoded);
	return norm;
}

/* dsn_status - the status of a group: Status, made more specific by the diagnostic */
static char *
dsn_status(const char *status_field, const char *diag_status)
{
	char *clean = status_field ? fields_strip_comments(status_field) : NULL;
	char *st = clean ? dsn_find_status(clean) : NULL;

	g_free(clean);
	if (st == NULL)
		return g_strdup(diag_status);
	if (diag_status != NULL && g_str_has_suffix(st, ".0.0") && diag_status[0] == st[0] &&
	    !g_str_has_suffix(diag_status, ".0.0")) {
		g_free(st);
		return g_strdup(diag_status);
	}
	return st;
}

/* dsn_record - one record from a recipient group */
static bd_record *
dsn_record(const dsn_group *g)
{
	bd_record *rec = bd_record_new();
	char *diag_status = NULL;

	rec->recipient = dsn_address(g->final_recipient);
	if (rec->recipient != NULL)
		bd_record_explain(rec, "recipient", "dsn.final-recipient", g->final_recipient);
	rec->original_recipient = dsn_address(g->original_recipient);
	if (rec->recipient == NULL && rec->original_recipient != NULL) {
		rec->recipient = g_strdup(rec->original_recipient);
		bd_record_explain(rec, "recipient", "dsn.original-recipient",
		                  g->original_recipient);
	}
	if (g->action != NULL) {
		char *a = fields_strip_comments(g->action);
		char *sp = strpbrk(a, " \t;");

		if (sp != NULL)
			*sp = '\0';
		if (*a != '\0')
			rec->action = g_ascii_strdown(a, -1);
		g_free(a);
	}
	if (g->diagnostic != NULL) {
		const char *text = fields_strip_type(g->diagnostic);

		if (*text != '\0') {
			rec->diagnostic = g_strdup(text);
			rec->reply_code = dsn_find_reply(text);
			diag_status = dsn_find_status(text);
			if (rec->reply_code != NULL)
				bd_record_explain(rec, "reply_code", "dsn.diagnostic-code", text);
		}
	}
	rec->status = dsn_status(g->status, diag_status);
	if (rec->status != NULL)
		bd_record_explain(rec, "status",
		                  diag_status && strcmp(rec->status, diag_status) == 0 &&
		                          g->status == NULL
		                      ? "dsn.diagnostic-code"
		                      : "dsn.status",
		                  g->status ? g->status : diag_status);
	g_free(diag_status);
	if (g->remote_mta != NULL) {
		char *mta = fields_strip_comments(fields_strip_type(g->remote_mta));

		if (*mta != '\0')
			rec->remote_mta = mta;
		else
			g_free(mta);
	}
	rec->last_attempt_date = g_strdup(g->last_attempt);
	rec->will_retry_until = g_strdup(g->retry_until);
	return rec;
}

/* dsn_group_counts - whether a group makes a record */
static gboolean
dsn_group_counts(const dsn_group *g, gboolean strict)
{
	if (g->n_fields == 0)
		return FALSE;
	if (strict)
		return TRUE;
	return (g->final_recipient != NULL || g->original_recipient != NULL) &&
	       (g->action != NULL || g->status != NULL);
}

/* dsn_emit - add the record of group g to report when it counts */
static int
dsn_emit(const dsn_group *g, gboolean strict, bd_report *report)
{
	if (!dsn_group_counts(g, strict) || report->records->len >= BD_PARSE_MAX_RECORDS)
		return 0;
	bd_report_add_record(report, dsn_record(g));
	return 1;
}

int
dsn_parse(const char *text, size_t len, gboolean strict, bd_report *report)
{
	GPtrArray *arr = fields_parse(text, len);
	dsn_group g = {0};
	int added = 0;

	for (guint i = 0; i < arr->len; i++) {
		const fields_field *f = g_ptr_array_index(arr, i);
		const char **slot;

		if (f->name == NULL)
			continue;
		slot = dsn_slot(&g, f->name);
		if (slot == NULL) {
			dsn_message_field(report, f->name, f->value);
			continue;
		}
		/* a repeated field, or a recipient after a complete one, opens the next group */
		if (*slot != NULL || (slot == &g.original_recipient && g.final_recipient != NULL)) {
			added += dsn_emit(&g, strict, report);
			memset(&g, 0, sizeof(g));
			slot = dsn_slot(&g, f->name);
		}
		*slot = f->value;
		g.n_fields++;
	}
	added += dsn_emit(&g, strict, report);
	g_ptr_array_unref(arr);
	return added;
}

/* dsn_line_has - TRUE when a line of text starts with field (lower case, with ':') */
static gboolean
dsn_line_has(const char *text, size_t len, const char *field)
{
	size_t flen = strlen(field);
	const char *p = text, *end = text + len;

	while (p < end) {
		const char *nl = memchr(p, '\n', end - p);

		if ((size_t)(end - p) >= flen && g_ascii_strncasecmp(p, field, flen) == 0)
			return TRUE;
		p = nl ? nl + 1 : end;
	}
	return FALSE;
}

gboolean
dsn_looks_like(const char *text, size_t len)
{
	return (dsn_line_has(text, len, "final-recipient:") ||
	        dsn_line_has(text, len, "original-recipient:")) &&
	       (dsn_line_has(text, len, "action:") || dsn_line_has(text, len, "status:"));
}
