/* dsn.c - RFC 3464 / RFC 6533 delivery-status fields into report and records */
#include <string.h>
#include <gmime/gmime.h>
#include <bounced/address.h>
#include <bounced/parse.h>
#include "dsn.h"
#include "fields.h"
#include "utf8.h"
#include "strbuf.h"
#include "status.h"
#include "text.h"

/* The per-recipient fields of RFC 3464 §2.3, in one table. */
enum dsn_field {
	DSN_ORIGINAL_RECIPIENT,
	DSN_FINAL_RECIPIENT,
	DSN_ACTION,
	DSN_STATUS,
	DSN_REMOTE_MTA,
	DSN_DIAGNOSTIC,
	DSN_LAST_ATTEMPT,
	DSN_RETRY_UNTIL,
	DSN_CATEGORY,
	DSN_N_FIELDS
};

static const char *const dsn_field_names[DSN_N_FIELDS] = {
    "original-recipient",
    "final-recipient",
    "action",
    "status",
    "remote-mta",
    "diagnostic-code",
    "last-attempt-date",
    "will-retry-until",
    "x-powermta-bouncecategory",
};

/* Deepest indentation of a status block quoted in a text part that is still read
 * (blanks and quote marks "> " count alike). */
#define DSN_MAX_INDENT 16

/* The vendor of a per-recipient category field (DSN_CATEGORY and later ones). */
static const char *const dsn_category_vendor = "powermta";

/* One recipient group: values borrowed from the field array. */
typedef struct dsn_group {
	const char *v[DSN_N_FIELDS];
	int n_fields;
} dsn_group;

/* dsn_field_index - the per-recipient field called name, or -1 for a per-message field */
static int
dsn_field_index(const char *name)
{
	for (int i = 0; i < DSN_N_FIELDS; i++) {
		if (strcmp(name, dsn_field_names[i]) == 0)
			return i;
	}
	return -1;
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

/* dsn_status_at - length of an enhanced status code starting at p, or 0 */
static size_t
dsn_status_at(const char *text, const char *p)
{
	const char *q;
	int n;

	if ((*p != '2' && *p != '4' && *p != '5') || p[1] != '.')
		return 0;
	/* family12: nor a path's version component ("/usr/lib/perl/5.26.1" in a pipe's output) */
	if (p > text &&
	    (dsn_digit(p[-1]) || p[-1] == '.' || p[-1] == '/' || g_ascii_isalpha(p[-1])))
		return 0;
	q = p + 2;
	for (n = 0; dsn_digit(q[n]); n++)
		;
	if (n < 1 || n > 3 || q[n] != '.')
		return 0;
	q += n + 1;
	for (n = 0; dsn_digit(q[n]); n++)
		;
	if (n < 1 || n > 3 || (q[n] == '.' && dsn_digit(q[n + 1])) || g_ascii_isalpha(q[n]))
		return 0;
	/* rarefam4: "fml 4.0.3" is a version number */
	if (status_is_version(text, p - text, q, n))
		return 0;
	return q + n - p;
}

/* dsn_find_status - first or last enhanced status code in text */
char *
dsn_find_status(const char *text, gboolean last)
{
	const char *found = NULL;
	size_t found_len = 0;

	if (text == NULL)
		return NULL;
	for (const char *p = text; *p; p++) {
		size_t n = dsn_status_at(text, p);

		if (n == 0)
			continue;
		found = p;
		found_len = n;
		if (!last)
			break;
		p += n - 1;
	}
	return found ? g_strndup(found, found_len) : NULL;
}

/* dsn_reply_at - TRUE when a three-digit SMTP reply code starts at p */
static gboolean
dsn_reply_at(const char *text, const char *p)
{
	if (*p < '2' || *p > '5' || !dsn_digit(p[1]) || !dsn_digit(p[2]))
		return FALSE;
	if (p > text && !g_ascii_isspace(p[-1]) && p[-1] != '(' && p[-1] != '"' && p[-1] != ':' &&
	    p[-1] != '#' && p[-1] != '\'' && p[-1] != '<' && p[-1] != '[')
		return FALSE;
	if (p[3] != ' ' && p[3] != '-' && p[3] != '\0' && p[3] != ')' && p[3] != ',' && p[3] != ']')
		return FALSE;
	if (p[3] == '-' && !g_ascii_isalnum(p[4]) && p[4] != ' ' && p[4] != '\'' && p[4] != '"')
		return FALSE;
	return TRUE;
}

/*
 * dsn_lone_reply_at - TRUE when a reply code without a status stands at p in
 * reply position: not bracketed ("[416]") nor numbered ("#216"), and followed
 * by the end, a space or a continuation dash
 */
static gboolean
dsn_lone_reply_at(const char *text, const char *p)
{
	/* a code in quotes: Cisco ESA quotes the inner server's reply as a Python tuple,
	 * "5.1.0 - Unknown address error ('550', ['<a>... No such user'])" */
	if (p > text && (p[-1] == '\'' || p[-1] == '"') && *p >= '2' && *p <= '5' &&
	    dsn_digit(p[1]) && dsn_digit(p[2]) && p[3] == p[-1])
		return TRUE;
	if (!dsn_reply_at(text, p))
		return FALSE;
	if (p > text && (p[-1] == '[' || p[-1] == '#'))
		return FALSE;
	return p[3] == ' ' || p[3] == '-' || p[3] == '\0';
}

/* dsn_find_reply - first or last SMTP reply code in text */
char *
dsn_find_reply(const char *text, gboolean last)
{
	const char *found = NULL;

	if (text == NULL)
		return NULL;
	for (const char *p = text; *p; p++) {
		if (!dsn_lone_reply_at(text, p))
			continue;
		found = p;
		if (!last)
			break;
		p += 2;
	}
	return found ? g_strndup(found, 3) : NULL;
}

/* dsn_find_pair - last reply code directly followed by a status code */
gboolean
dsn_find_pair(const char *text, char want, char **reply_r, char **status_r)
{
	const char *reply = NULL, *status = NULL;
	size_t status_len = 0;

	*reply_r = *status_r = NULL;
	if (text == NULL)
		return FALSE;
	for (const char *p = text; *p; p++) {
		const char *q = p + 3;
		size_t n;

		if (!dsn_reply_at(text, p))
			continue;
		while (q < p + 6 && (*q == ' ' || *q == '-' || *q == '\'' || *q == '"'))
			q++;
		if (q == p + 3 || (n = dsn_status_at(text, q)) == 0 || (want != 0 && *p != want))
			continue;
		reply = p;
		status = q;
		status_len = n;
		p = q + n - 1;
	}
	if (reply == NULL)
		return FALSE;
	*reply_r = g_strndup(reply, 3);
	*status_r = g_strndup(status, status_len);
	return TRUE;
}

/*
 * dsn_decode_address - undo xtext (+2B) and utf-8-addr (\x{HHHH}) encodings
 * of an address.  xtext may encode any character; "+40" is read as '@' only
 * when the value holds no '@' of its own (then the address's own at-sign was
 * encoded), so a plus tag such as "sale+40off@" stays as written.
 */
static char *
dsn_decode_address(const char *value)
{
	GString *out = g_string_sized_new(strlen(value));
	gboolean at_encoded = strchr(value, '@') == NULL;

	for (const char *p = value; *p; p++) {
		if (p[0] == '+' && g_ascii_isxdigit(p[1]) && g_ascii_isxdigit(p[2])) {
			int c = g_ascii_xdigit_value(p[1]) * 16 + g_ascii_xdigit_value(p[2]);

			if (c == '+' || c == '=' || c == ' ' || (c == '@' && at_encoded)) {
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
	if (norm == NULL) {
		/* "rfc822; Name <addr>" and other decorated forms: the bracketed part */
		const char *lt = strchr(decoded, '<');
		const char *gt = lt ? strchr(lt, '>') : NULL;

		if (gt != NULL) {
			char *inner = g_strndup(lt + 1, gt - lt - 1);

			norm = bd_address_normalize(inner);
			g_free(inner);
		}
	}
	g_free(plain);
	g_free(decoded);
	return norm;
}

/* dsn_status - the status of a group: Status, unless the diagnostic carries a specific code */
static char *
dsn_status(const char *status_field, const char *diag_status)
{
	char *clean = status_field ? fields_strip_comments(status_field) : NULL;
	char *st = clean ? dsn_find_status(clean, FALSE) : NULL;

	g_free(clean);
	if (st == NULL)
		return g_strdup(diag_status);
	/* the remote server's own code is more specific than the reporting MTA's summary */
	if (diag_status != NULL && strcmp(diag_status, st) != 0 &&
	    !g_str_has_suffix(diag_status, ".0.0")) {
		g_free(st);
		return g_strdup(diag_status);
	}
	return st;
}

/* dsn_status_comment - the text of "Status: 5.2.1 (mailbox disabled, …)" in parentheses, or NULL */
static char *
dsn_status_comment(const char *status_field)
{
	const char *open = status_field ? strchr(status_field, '(') : NULL;
	const char *close = open ? strrchr(open, ')') : NULL;
	char *comment;

	if (close == NULL || close - open < 2)
		return NULL;
	comment = g_strstrip(g_strndup(open + 1, (gsize)(close - open - 1)));
	if (*comment == '\0')
		g_clear_pointer(&comment, g_free);
	return comment;
}

/* dsn_action - the RFC 3464 action word of an Action field; common misspellings mapped, else NULL
 */
static char *
dsn_action(const char *value)
{
	static const char *const actions[] = {"failed", "delayed", "delivered", "relayed",
	                                      "expanded"};
	static const char *const failed[] = {"failure",       "fail",     "expired",  "bounced",
	                                     "undeliverable", "rejected", "permanent"};
	char *a, *sp, *out = NULL;

	if (value == NULL)
		return NULL;
	a = fields_strip_comments(value);
	if ((sp = strpbrk(a, " \t;")) != NULL)
		*sp = '\0';
	for (size_t i = 0; i < G_N_ELEMENTS(actions) && out == NULL; i++) {
		if (g_ascii_strcasecmp(a, actions[i]) == 0)
			out = g_strdup(actions[i]);
	}
	for (size_t i = 0; i < G_N_ELEMENTS(failed) && out == NULL; i++) {
		if (g_ascii_strcasecmp(a, failed[i]) == 0)
			out = g_strdup("failed");
	}
	g_free(a);
	return out;
}

/* dsn_line_prefix - length of "NNN-" or "NNN " (with a status after it) repeating code at p, or 0
 */
static size_t
dsn_line_prefix(const char *text, const char *p, const char *code, gboolean *last_r)
{
	size_t n = 4, sn;

	if (p == text || p[-1] != ' ' || strncmp(p, code, 3) != 0 || (p[3] != '-' && p[3] != ' '))
		return 0;
	*last_r = p[3] == ' ';
	if ((sn = dsn_status_at(text, p + 4)) > 0)
		n += sn;
	else if (*last_r)
		return 0; /* a lone "550 " inside the text may be prose ("error 550 means") */
	while (p[n] == ' ')
		n++;
	return n;
}

/*
 * dsn_join_reply_lines - a multi-line reply unfolded into one value
 * ("550-5.7.1 Messages with multiple 550 5.7.1 addresses in From") loses the
 * code and status repeated where its lines began, so it reads as one
 * sentence and a phrase split across two lines matches again
 */
static void
dsn_join_reply_lines(char *text)
{
	char *first = NULL, *r, *w;
	char code[4];
	gboolean last = FALSE;

	for (char *p = text; *p; p++) {
		if (dsn_reply_at(text, p) && p[3] == '-') {
			first = p;
			break;
		}
	}
	if (first == NULL)
		return;
	memcpy(code, first, 3);
	code[3] = '\0';
	r = w = first + 4;
	while (*r != '\0') {
		size_t skip = last ? 0 : dsn_line_prefix(text, r, code, &last);

		if (skip > 0) {
			r += skip;
			continue;
		}
		*w++ = *r++;
	}
	*w = '\0';
}

/*
 * dsn_decode_words - a copy of a Diagnostic-Code's text with its RFC 2047
 * encoded words decoded, or NULL when it holds none.  Gateways that pass on a
 * reply with a non-ASCII character encode it as a header would
 * ("550 5.0.0 =?UTF-8?B?…?=", or the whole reply, code and all, in one word);
 * the code and the words inside are the remote's answer.
 */
static char *
dsn_decode_words(const char *text)
{
	const char *open = strstr(text, "=?");
	char *decoded;

	if (open == NULL || strstr(open + 2, "?=") == NULL)
		return NULL;
	/* only words standing alone (RFC 2047 5): an address the sender's program
	 * wrongly encoded ("<=?utf-8?B?…?=@example.org>") is echoed as it was sent */
	for (const char *p = open; p != NULL; p = strstr(p + 2, "=?")) {
		const char *q = p[2] != '\0' ? strchr(p + 2, '?') : NULL;

		/* =?charset?enc?text?=: the end is the "?=" after the third '?' */
		q = q ? strchr(q + 1, '?') : NULL;
		q = q ? strstr(q + 1, "?=") : NULL;
		if ((p > text && !g_ascii_isspace(p[-1])) || q == NULL ||
		    (q[2] != '\0' && !g_ascii_isspace(q[2])))
			return NULL;
		p = q;
	}
	decoded = text_header_decode(text);
	if (decoded != NULL && (strcmp(decoded, text) == 0 || !g_utf8_validate(decoded, -1, NULL)))
		g_clear_pointer(&decoded, g_free);
	return decoded;
}

/*
 * dsn_bare_smtp_type - the length of a type written without its ';' before a reply
 * ("SMTP 550 5.1.1 ...", a gateway that lost the separator), else 0: only the word
 * "smtp", then blanks, then a reply code standing alone (three digits, the first 2, 4
 * or 5, followed by a blank, a dash or the end)
 */
static size_t
dsn_bare_smtp_type(const char *v)
{
	size_t k = 4;

	if (g_ascii_strncasecmp(v, "smtp", 4) != 0 || (v[k] != ' ' && v[k] != '\t'))
		return 0;
	while (v[k] == ' ' || v[k] == '\t')
		k++;
	if (strchr("245", v[k]) == NULL || v[k] == '\0' || !g_ascii_isdigit(v[k + 1]) ||
	    !g_ascii_isdigit(v[k + 2]) || (v[k + 3] != '\0' && v[k + 3] != ' ' && v[k + 3] != '-'))
		return 0;
	return k;
}

/* dsn_record - one record from a recipient group */
static bd_record *
dsn_record(const dsn_group *g)
{
	bd_record *rec = bd_record_new();
	char *diag_status = NULL;
	char *decoded = NULL;
	gboolean paired = FALSE;

	rec->recipient = dsn_address(g->v[DSN_FINAL_RECIPIENT]);
	if (rec->recipient != NULL)
		bd_record_explain(rec, "recipient", "dsn.final-recipient",
		                  g->v[DSN_FINAL_RECIPIENT]);
	rec->original_recipient = dsn_address(g->v[DSN_ORIGINAL_RECIPIENT]);
	if (rec->recipient == NULL && rec->original_recipient != NULL) {
		rec->recipient = g_strdup(rec->original_recipient);
		bd_record_explain(rec, "recipient", "dsn.original-recipient",
		                  g->v[DSN_ORIGINAL_RECIPIENT]);
	}
	rec->action = dsn_action(g->v[DSN_ACTION]);
	if (g->v[DSN_DIAGNOSTIC] != NULL) {
		const char *text = fields_strip_type(g->v[DSN_DIAGNOSTIC]);
		const char *semi = strchr(g->v[DSN_DIAGNOSTIC], ';');

		/* the type tells a remote reply ("smtp") from a local program's ("x-unix") */
		if (semi != NULL && semi < text) {
			char *type = g_strstrip(
			    g_strndup(g->v[DSN_DIAGNOSTIC], (gsize)(semi - g->v[DSN_DIAGNOSTIC])));

			rec->diagnostic_type = ascii_strdown(type, -1);
			g_free(type);
		} else if (text == g->v[DSN_DIAGNOSTIC] + strspn(g->v[DSN_DIAGNOSTIC], " \t\r\n") &&
		           dsn_bare_smtp_type(text) > 0) {
			text += dsn_bare_smtp_type(text);
			rec->diagnostic_type = g_strdup("smtp");
		}
		if ((decoded = dsn_decode_words(text)) != NULL)
			text = decoded;
		if (*text != '\0') {
			rec->diagnostic = g_strdup(text);
			dsn_join_reply_lines(rec->diagnostic);
			/* a reply with its status ("421 4.4.2") is the remote's own answer;
			 * the last such pair is the innermost one in a relayed text, except in a
			 * delay: the sender retries because of a temporary reply, and a permanent
			 * one inside it ("450 4.1.1 … unverified address: … said: 550 5.1.1") is
			 * a relayed server's, quoted */
			gboolean delayed = g_strcmp0(rec->action, "delayed") == 0;

			paired =
			    (delayed && dsn_find_pair(text, '4', &rec->reply_code, &diag_status)) ||
			    dsn_find_pair(text, 0, &rec->reply_code, &diag_status);
			if (!paired) {
				/* "X-Unix; 255" is a program's exit status, not an SMTP reply */
				gboolean exit_status =
				    g_strcmp0(rec->diagnostic_type, "x-unix") == 0 &&
				    strspn(text, "0123456789") == strlen(text);

				rec->reply_code = exit_status ? NULL : dsn_find_reply(text, FALSE);
				diag_status = dsn_find_status(text, TRUE);
			}
		}
	}
	rec->status = dsn_status(g->v[DSN_STATUS], diag_status);
	/* a lone reply code of another class than the status is some other number (a
	 * mailer's exit status "255", an error id); one written right before a status is a
	 * reply even when the two disagree (SES's "554 4.4.7 Message expired": it gave up,
	 * permanently, on a message that expired), and both stay as written */
	if (rec->reply_code != NULL && rec->status != NULL && !paired &&
	    rec->reply_code[0] != rec->status[0])
		g_clear_pointer(&rec->reply_code, g_free);
	if (rec->reply_code != NULL)
		bd_record_explain(rec, "reply_code", "dsn.diagnostic-code", rec->diagnostic);
	/* a broken reporter writes the remote's reply into the Status field ("Status: 550
	 * 5.1.1"): with no reply code in the diagnostic, the code right before that status
	 * is the reply */
	if (rec->reply_code == NULL && rec->status != NULL && g->v[DSN_STATUS] != NULL) {
		char *clean = fields_strip_comments(g->v[DSN_STATUS]), *st = NULL, *reply = NULL;

		if (dsn_find_pair(clean, 0, &reply, &st) && strcmp(st, rec->status) == 0) {
			rec->reply_code = g_steal_pointer(&reply);
			bd_record_explain(rec, "reply_code", "dsn.status", g->v[DSN_STATUS]);
		}
		g_free(reply);
		g_free(st);
		g_free(clean);
	}
	rec->status_comment = dsn_status_comment(g->v[DSN_STATUS]);
	/* Action is required, but damaged reports lose it: a 5.x.x or 2.x.x status says it */
	if (rec->action == NULL && rec->status != NULL &&
	    (rec->status[0] == '5' || rec->status[0] == '2')) {
		rec->action = g_strdup(rec->status[0] == '5' ? "failed" : "delivered");
		bd_record_explain(rec, "action", "dsn.inferred-from-status", rec->status);
	}
	/* the status came from the reply when the Status field is missing or holds another
	 * code (a catch-all 5.0.0 the reply's 5.1.1 replaced) */
	if (rec->status != NULL) {
		char *field = dsn_status(g->v[DSN_STATUS], NULL);
		gboolean from_diag = diag_status != NULL && strcmp(rec->status, diag_status) == 0 &&
		                     g_strcmp0(field, diag_status) != 0;

		g_free(field);
		bd_record_explain(rec, "status", from_diag ? "dsn.diagnostic-code" : "dsn.status",
		                  from_diag ? diag_status : g->v[DSN_STATUS]);
	}
	g_free(diag_status);
	g_free(decoded);
	if (g->v[DSN_REMOTE_MTA] != NULL) {
		char *mta = fields_strip_comments(fields_strip_type(g->v[DSN_REMOTE_MTA]));

		if (*mta != '\0')
			rec->remote_mta = mta;
		else
			g_free(mta);
	}
	if (g->v[DSN_CATEGORY] != NULL) {
		/* "X-PowerMTA-BounceCategory: bad-mailbox": PowerMTA's own reading of the reply */
		char *raw = fields_strip_comments(g->v[DSN_CATEGORY]);
		char *cat = ascii_strdown(raw, -1);

		if (*cat != '\0')
			rec->bounce_category = g_strdup_printf("%s:%s", dsn_category_vendor, cat);
		g_free(cat);
		g_free(raw);
	}
	rec->last_attempt_date = g_strdup(g->v[DSN_LAST_ATTEMPT]);
	rec->will_retry_until = g_strdup(g->v[DSN_RETRY_UNTIL]);
	return rec;
}

/* dsn_has_recipient - TRUE when g names a recipient */
static gboolean
dsn_has_recipient(const dsn_group *g)
{
	return g->v[DSN_FINAL_RECIPIENT] != NULL || g->v[DSN_ORIGINAL_RECIPIENT] != NULL;
}

/*
 * dsn_group_counts - whether a group makes a record: it must say what
 * happened (Action or Status, or a Diagnostic-Code about a named recipient:
 * reporters that lose both required fields still quote the remote's "550
 * 5.1.1"); a block found in free text must also name the recipient.
 */
static gboolean
dsn_group_counts(const dsn_group *g, gboolean strict)
{
	gboolean outcome = g->v[DSN_ACTION] != NULL || g->v[DSN_STATUS] != NULL ||
	                   (g->v[DSN_DIAGNOSTIC] != NULL && dsn_has_recipient(g));

	if (strict)
		return outcome;
	return outcome && dsn_has_recipient(g);
}

/* dsn_merge - move the fields of src into dst when none of them is set in both; TRUE on success */
static gboolean
dsn_merge(dsn_group *dst, const dsn_group *src)
{
	for (int i = 0; i < DSN_N_FIELDS; i++) {
		if (dst->v[i] != NULL && src->v[i] != NULL)
			return FALSE;
	}
	for (int i = 0; i < DSN_N_FIELDS; i++) {
		if (dst->v[i] == NULL)
			dst->v[i] = src->v[i];
	}
	dst->n_fields += src->n_fields;
	return TRUE;
}

/*
 * dsn_starts_group - TRUE when field idx begins the next group although no
 * blank line came first: Status mostly ends a group, so a recipient after it
 * belongs to the next one (unless it completes an Original-/Final- pair).
 * In a block that names each recipient after its outcome (trailing: the
 * block's first per-recipient field was an Action or a Status), a group
 * without a recipient still waits for its own.
 */
static gboolean
dsn_starts_group(const dsn_group *g, int idx, gboolean trailing)
{
	if (g->v[DSN_STATUS] == NULL)
		return FALSE;
	if (trailing && !dsn_has_recipient(g))
		return FALSE;
	if (idx == DSN_FINAL_RECIPIENT)
		return g->v[DSN_ORIGINAL_RECIPIENT] == NULL;
	if (idx == DSN_ORIGINAL_RECIPIENT)
		return g->v[DSN_FINAL_RECIPIENT] != NULL;
	return FALSE;
}

/*
 * dsn_groups - split the fields into recipient groups: a blank line, a
 * repeated field or a Final-Recipient after a Status ends a group (unless the
 * block names recipients after their Status: "Action, Status, Final-Recipient,
 * Action, …" without blank lines); a group that names no recipient
 * (a stray blank line inside a group) is merged into its neighbour.  A
 * Diagnostic-Code right after another is the next line of the same reply
 * (some reporters write one field per reply line): the two are joined into a
 * GString kept in joined.
 */
static GArray *
dsn_groups(const GPtrArray *arr, GPtrArray *joined, bd_report *report)
{
	GArray *groups = g_array_new(FALSE, TRUE, sizeof(dsn_group));
	dsn_group g = {0};
	int last = -1, first = -1;

	for (guint i = 0; i <= arr->len; i++) {
		const fields_field *f = i < arr->len ? g_ptr_array_index(arr, i) : NULL;
		int idx = -1;

		if (f != NULL && f->name != NULL) {
			idx = dsn_field_index(f->name);
			if (idx < 0) {
				dsn_message_field(report, f->name, f->value);
				last = -1;
				continue;
			}
		}
		if (idx == DSN_DIAGNOSTIC && last == DSN_DIAGNOSTIC && g.v[idx] != NULL) {
			/* appended to one buffer per reply, so a long run stays linear */
			GString *reply =
			    joined->len > 0 ? g_ptr_array_index(joined, joined->len - 1) : NULL;

			if (reply == NULL || reply->str != g.v[idx]) {
				reply = g_string_new(g.v[idx]);
				g_ptr_array_add(joined, reply);
			}
			if (reply->len < FIELDS_MAX_VALUE) {
				g_string_append_c(reply, ' ');
				g_string_append(reply, fields_strip_type(f->value));
			}
			g.v[idx] = reply->str;
			continue;
		}
		last = idx;
		if (first < 0 && idx >= 0)
			first = idx;
		if (g.n_fields > 0 &&
		    (idx < 0 || g.v[idx] != NULL ||
		     dsn_starts_group(&g, idx, first == DSN_ACTION || first == DSN_STATUS))) {
			g_array_append_val(groups, g);
			g = (dsn_group){0};
		}
		if (idx >= 0) {
			g.v[idx] = f->value;
			g.n_fields++;
		}
	}
	for (guint i = 0; i < groups->len; i++) {
		dsn_group *cur = &g_array_index(groups, dsn_group, i);

		if (dsn_has_recipient(cur))
			continue;
		if ((i > 0 && dsn_merge(&g_array_index(groups, dsn_group, i - 1), cur)) ||
		    (i + 1 < groups->len &&
		     dsn_merge(&g_array_index(groups, dsn_group, i + 1), cur))) {
			g_array_remove_index(groups, i);
			i--;
		}
	}
	return groups;
}

/*
 * dsn_indent - length of the white space and quote marks that start the line
 * at p (at most DSN_MAX_INDENT + 1): a notice forwarded inline quotes every
 * line with "> ", which hides its fields no less than an indentation does
 */
static size_t
dsn_indent(const char *p, const char *end)
{
	size_t n = 0;

	while (p + n < end && n <= DSN_MAX_INDENT && (p[n] == ' ' || p[n] == '\t' || p[n] == '>'))
		n++;
	return n;
}

/*
 * dsn_line_indent - the indentation of the first line of text that starts
 * with field (lower case, ending in ':') after at most DSN_MAX_INDENT blanks,
 * or -1 when no line does.  Found from the colons of the text (memchr), not
 * line by line: a prose text has far fewer colons than lines.  Lines come in
 * order of their colons, and a line's match ends at one of them.
 */
static long
dsn_line_indent(const char *text, size_t len, const char *field)
{
	size_t flen = strlen(field);
	const char *p = text + MIN(len, flen - 1), *end = text + len, *c;

	while (p < end && (c = memchr(p, ':', (size_t)(end - p))) != NULL) {
		const char *s = c + 1 - flen;
		size_t in = 0;

		p = c + 1;
		if (!ascii_ncase_eq(s, field, flen))
			continue;
		/* the blanks (or quote marks) before it, back to the line's start */
		while (in <= DSN_MAX_INDENT && s - in > text &&
		       (s[-(long)in - 1] == ' ' || s[-(long)in - 1] == '\t' ||
		        s[-(long)in - 1] == '>'))
			in++;
		if (in <= DSN_MAX_INDENT && (s - in == text || s[-(long)in - 1] == '\n'))
			return (long)in;
	}
	return -1;
}

/* dsn_block_indent - the indentation of a status block's first recipient field, or -1 */
static long
dsn_block_indent(const char *text, size_t len)
{
	long f = dsn_line_indent(text, len, "final-recipient:");
	long o = dsn_line_indent(text, len, "original-recipient:");

	return f < 0 ? o : o < 0 ? f : MIN(f, o);
}

/*
 * dsn_dedent - a copy of text without the first indent blanks (or quote
 * marks) of each line that has them: a status block quoted indented in a
 * notice reads as fields, and its folded lines, indented deeper, still
 * continue them; a quoted empty line (">") is blank, so it still parts groups
 */
static char *
dsn_dedent(const char *text, size_t len, size_t indent, size_t *len_r)
{
	GString *out = g_string_sized_new(len);
	const char *p = text, *end = text + len;

	while (p < end) {
		const char *nl = memchr(p, '\n', end - p);
		const char *le = nl ? nl + 1 : end;
		size_t in = dsn_indent(p, end);

		if (p + in == (nl ? nl : end))
			p += in;
		else if (in >= indent)
			p += indent;
		strbuf_append(out, p, (size_t)(le - p));
		p = le;
	}
	*len_r = out->len;
	return g_string_free(out, FALSE);
}

/* dsn_string_free - GPtrArray free function of a GString */
static void
dsn_string_free(gpointer p)
{
	g_string_free(p, TRUE);
}

/* dsn_parse - delivery-status fields to per-message fields and records */
int
dsn_parse(const char *text, size_t len, gboolean strict, bd_report *report)
{
	/* a delivery-status part holds only fields: a bare line there continues the
	 * remote's reply; in a text part it is the prose around a pasted block.
	 * An indented status block is dedented in both: a gateway that indents
	 * every recipient line of its delivery-status part leaves no field for
	 * those lines to continue */
	static const char *const loose[] = {"diagnostic-code", NULL};
	long indent = dsn_block_indent(text, len);
	char *dedented = indent > 0 ? dsn_dedent(text, len, (size_t)indent, &len) : NULL;
	GPtrArray *arr = fields_parse_loose(dedented ? dedented : text, len, strict ? loose : NULL);
	GPtrArray *joined = g_ptr_array_new_with_free_func(dsn_string_free);
	GArray *groups = dsn_groups(arr, joined, report);
	int added = 0;

	for (guint i = 0; i < groups->len; i++) {
		const dsn_group *g = &g_array_index(groups, dsn_group, i);

		if (!dsn_group_counts(g, strict) || report->records->len >= BD_PARSE_MAX_RECORDS)
			continue;
		bd_report_add_record(report, dsn_record(g));
		added++;
	}
	g_array_unref(groups);
	g_ptr_array_unref(joined);
	g_ptr_array_unref(arr);
	g_free(dedented);
	return added;
}

/* dsn_looks_like - cheap test for a status block inside free text */
gboolean
dsn_looks_like(const char *text, size_t len)
{
	return dsn_block_indent(text, len) >= 0 && (dsn_line_indent(text, len, "action:") >= 0 ||
	                                            dsn_line_indent(text, len, "status:") >= 0);
}
