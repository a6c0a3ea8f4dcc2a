/* original.c - headers of the original (bounced) message into report->original_* */
#include <string.h>
#include <bounced/address.h>
#include "fields.h"
#include "original.h"
#include "text.h"
#include "utf8.h"

/* Header lines in a row that make a quoted header block. */
#define ORIGINAL_MIN_LINES 3

/* original_list_addresses - addr-specs of list joined by ", " (first only when !all) */
static char *
original_list_addresses(InternetAddressList *list, gboolean all)
{
	GString *out = g_string_new(NULL);
	int n = list ? internet_address_list_length(list) : 0;

	for (int i = 0; i < n; i++) {
		InternetAddress *ia = internet_address_list_get_address(list, i);

		if (INTERNET_ADDRESS_IS_GROUP(ia)) {
			char *sub = original_list_addresses(
			    internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)), all);

			if (sub != NULL) {
				if (out->len > 0)
					g_string_append(out, ", ");
				g_string_append(out, sub);
				g_free(sub);
			}
		} else if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
			const char *addr =
			    internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia));
			char *norm = bd_address_normalize(addr);

			if (norm == NULL)
				continue;
			if (out->len > 0)
				g_string_append(out, ", ");
			g_string_append(out, norm);
			g_free(norm);
		}
		if (!all && out->len > 0)
			break;
	}
	if (out->len == 0)
		return g_string_free(out, TRUE), NULL;
	return g_string_free(out, FALSE);
}

/* original_parse_list - addresses of a header value (first only when !all) */
static char *
original_parse_list(const char *value, gboolean all)
{
	InternetAddressList *list;
	char *out;

	if (value == NULL || *value == '\0')
		return NULL;
	list = internet_address_list_parse(NULL, value);
	out = original_list_addresses(list, all);
	if (list != NULL)
		g_object_unref(list);
	if (out == NULL)
		out = bd_address_normalize(value);
	return out;
}

/* original_simple_address - "a@b" or "Name <a@b>" without GMime's full parser, or NULL */
static char *
original_simple_address(const char *value)
{
	const char *lt = strchr(value, '<');
	const char *gt = lt ? strchr(lt, '>') : NULL;
	char *inner, *norm;

	if (strpbrk(value, ",\"()=") != NULL)
		return NULL; /* groups, quotes, comments, encoded words: the real parser */
	if (lt == NULL)
		return bd_address_normalize(value);
	if (gt == NULL || strchr(lt + 1, '<') != NULL || gt[1 + strspn(gt + 1, " \t")] != '\0')
		return NULL;
	inner = g_strndup(lt + 1, gt - lt - 1);
	norm = bd_address_normalize(inner);
	g_free(inner);
	return norm;
}

/* original_address - first addr-spec of a header value */
char *
original_address(const char *value)
{
	char *simple = value ? original_simple_address(value) : NULL;

	return simple ? simple : original_parse_list(value, FALSE);
}

/* original_addresses - every addr-spec of a header value */
char *
original_addresses(const char *value)
{
	/* one plain address (no comma) needs no list parser */
	char *simple = value && strchr(value, ',') == NULL ? original_simple_address(value) : NULL;

	return simple ? simple : original_parse_list(value, TRUE);
}

/* original_message_id - Message-ID without brackets */
char *
original_message_id(const char *value)
{
	const char *s, *e;

	if (value == NULL)
		return NULL;
	s = value;
	while (g_ascii_isspace(*s) || *s == '<')
		s++;
	e = s + strlen(s);
	while (e > s && (g_ascii_isspace(e[-1]) || e[-1] == '>'))
		e--;
	{
		const char *sp = s;

		while (sp < e && !g_ascii_isspace(*sp) && *sp != '>')
			sp++;
		e = sp;
	}
	return e > s ? g_strndup(s, e - s) : NULL;
}

/* original_take - store value in *dst when *dst is empty, else free value */
static void
original_take(char **dst, char *value)
{
	if (*dst == NULL && value != NULL && *value != '\0')
		*dst = value;
	else
		g_free(value);
}

/* original_campaign - keep the configured campaign header name=value once */
static void
original_campaign(bd_report *report, const char *name, const char *value)
{
	bd_header *h;

	if (value == NULL)
		return;
	for (guint i = 0; i < report->campaign->len; i++) {
		h = g_ptr_array_index(report->campaign, i);
		if (g_ascii_strcasecmp(h->name, name) == 0)
			return;
	}
	h = g_new(bd_header, 1);
	h->name = g_strdup(name);
	h->value = g_strstrip(g_strdup(value));
	g_ptr_array_add(report->campaign, h);
}

/* original_from_message - original_* fields from a returned message */
void
original_from_message(GMimeMessage *msg, const char *const *campaign, bd_report *report)
{
	GMimeObject *obj = GMIME_OBJECT(msg);

	original_take(&report->original_message_id,
	              original_message_id(g_mime_object_get_header(obj, "Message-ID")));
	original_take(&report->original_from,
	              original_address(g_mime_object_get_header(obj, "From")));
	original_take(&report->original_to,
	              original_addresses(g_mime_object_get_header(obj, "To")));
	original_take(&report->original_subject, text_header_get_utf8(obj, "Subject"));
	original_take(&report->original_date, g_strdup(g_mime_object_get_header(obj, "Date")));
	original_take(&report->original_list_id,
	              g_strdup(g_mime_object_get_header(obj, "List-Id")));
	for (size_t i = 0; campaign && campaign[i]; i++)
		original_campaign(report, campaign[i], g_mime_object_get_header(obj, campaign[i]));
}

/* original_decode - RFC 2047 decoded copy of a raw header value */
static char *
original_decode(const char *value)
{
	char *decoded, *utf8;

	if (value == NULL)
		return NULL;
	decoded = text_header_decode(value);
	utf8 = text_header_utf8(decoded);
	g_free(decoded);
	return utf8;
}

/* original_from_text - original_* fields from a header block in text */
gboolean
original_from_text(const char *text, size_t len, const char *const *campaign, bd_report *report)
{
	static const char *const wanted[] = {"message-id", "from", "to",
	                                     "subject",    "date", "list-id"};
	GPtrArray *arr, *names;
	guint n = 0;

	/* the header block ends at the first blank line */
	for (const char *p = text; p < text + len;) {
		const char *nl = memchr(p, '\n', text + len - p);

		if (nl == NULL)
			break;
		if (nl + 1 < text + len && nl[1] == '\n' && p != text) {
			len = nl + 1 - text;
			break;
		}
		p = nl + 1;
	}
	/* only the fields read below are copied out of the block (often a hundred lines) */
	names = g_ptr_array_new_with_free_func(g_free);
	for (size_t i = 0; i < G_N_ELEMENTS(wanted); i++)
		g_ptr_array_add(names, g_strdup(wanted[i]));
	for (size_t i = 0; campaign && campaign[i]; i++)
		g_ptr_array_add(names, ascii_strdown(campaign[i], -1));
	g_ptr_array_add(names, NULL);
	arr = fields_parse_named(text, len, (const char *const *)names->pdata, &n);
	g_ptr_array_unref(names);
	if (n == 0) {
		g_ptr_array_unref(arr);
		return FALSE;
	}
	original_take(&report->original_message_id,
	              original_message_id(fields_get(arr, "message-id")));
	original_take(&report->original_from, original_address(fields_get(arr, "from")));
	original_take(&report->original_to, original_addresses(fields_get(arr, "to")));
	original_take(&report->original_subject, original_decode(fields_get(arr, "subject")));
	original_take(&report->original_date, g_strdup(fields_get(arr, "date")));
	original_take(&report->original_list_id, original_decode(fields_get(arr, "list-id")));
	for (size_t i = 0; campaign && campaign[i]; i++) {
		char *lower = ascii_strdown(campaign[i], -1);
		char *value = original_decode(fields_get(arr, lower));

		original_campaign(report, campaign[i], value);
		g_free(value);
		g_free(lower);
	}
	g_ptr_array_unref(arr);
	return TRUE;
}

/* original_is_header_line - TRUE when line looks like "Name: value"; *key set for the key headers
 */
static gboolean
original_is_header_line(const char *line, size_t len, gboolean *key)
{
	static const char *const keys[] = {"message-id:", "subject:", "from:", "to:", "date:"};
	size_t i = 0;

	while (i < len && i < 64 && line[i] != ':' && line[i] > ' ' && line[i] < 0x7f)
		i++;
	if (i == 0 || i >= len || line[i] != ':')
		return FALSE;
	for (size_t k = 0; k < G_N_ELEMENTS(keys); k++) {
		if (i + 1 == strlen(keys[k]) && ascii_ncase_eq(line, keys[k], i + 1))
			*key = TRUE;
	}
	return TRUE;
}

/* original_find_quoted - start of a header block quoted in a notification */
const char *
original_find_quoted(const char *text, size_t len)
{
	const char *p = text, *end = text + len, *start = NULL;
	int lines = 0;
	gboolean key = FALSE;

	while (p < end) {
		const char *nl = memchr(p, '\n', end - p);
		const char *le = nl ? nl : end;

		if (original_is_header_line(p, le - p, &key)) {
			if (start == NULL)
				start = p;
			lines++;
		} else if ((*p == ' ' || *p == '\t') && start != NULL && p < le) {
			/* a folded continuation inside the block */
		} else {
			if (start != NULL && lines >= ORIGINAL_MIN_LINES && key)
				return start;
			start = NULL;
			lines = 0;
			key = FALSE;
		}
		p = nl ? nl + 1 : end;
	}
	if (start != NULL && lines >= ORIGINAL_MIN_LINES && key)
		return start;
	return NULL;
}
