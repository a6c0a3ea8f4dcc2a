/* prescan.c - bound what GMime is handed: parts, header lines and header length */
#include <stdint.h>
#include <string.h>
#include "prescan.h"

/* Boundaries remembered at most (one per Content-Type line, and those are bounded). */
#define PRESCAN_MAX_BOUNDARIES 4096

/* The walk over the lines of the input. */
typedef struct prescan_state {
	const char *data;
	GHashTable *boundaries; /* char * set */
	GString *scratch;
	unsigned parts, headers;
	gboolean in_headers;    /* inside a header run */
	gboolean after_headers; /* the previous line was the blank line ending a header run */
	gboolean in_ct;         /* inside a Content-Type header (for folded boundary=) */
	size_t hdr_start;       /* offset of the header being read, or SIZE_MAX */
} prescan_state;

/* prescan_header_line - TRUE when the line at p (length n) has header syntax "Name:" */
static gboolean
prescan_header_line(const char *p, size_t n)
{
	size_t i = 0;

	while (i < n && p[i] != ':' && p[i] != ' ' && p[i] != '\t' && (unsigned char)p[i] > ' ')
		i++;
	if (i == 0)
		return FALSE;
	while (i < n && (p[i] == ' ' || p[i] == '\t'))
		i++;
	return i < n && p[i] == ':';
}

/* prescan_content_type_line - TRUE for a Content-Type header (GMime also takes "Content-Type :") */
static gboolean
prescan_content_type_line(const char *p, size_t n)
{
	return n >= 13 && (p[0] == 'C' || p[0] == 'c') &&
	       g_ascii_strncasecmp(p, "content-type", 12) == 0 && prescan_header_line(p, n);
}

/* prescan_boundary_param - remember the boundary parameter of a Content-Type line (or part of it)
 */
static void
prescan_boundary_param(const char *p, size_t n, GHashTable *set)
{
	const char *end = p + n, *v, *ve;

	for (; p + 9 <= end; p++) {
		if ((*p == 'b' || *p == 'B') && g_ascii_strncasecmp(p, "boundary=", 9) == 0)
			break;
	}
	if (p + 9 > end || g_hash_table_size(set) >= PRESCAN_MAX_BOUNDARIES)
		return;
	v = p + 9;
	if (v < end && *v == '"') {
		v++;
		ve = memchr(v, '"', end - v);
		ve = ve ? ve : end;
	} else {
		for (ve = v; ve < end && *ve != ';' && *ve != ' ' && *ve != '\t'; ve++)
			;
	}
	while (ve > v && (ve[-1] == ' ' || ve[-1] == '\t'))
		ve--;
	if (ve > v)
		g_hash_table_add(set, g_strndup(v, ve - v));
}

/* prescan_is_delimiter - TRUE when the line is "--boundary" or "--boundary--" of a known boundary
 */
static gboolean
prescan_is_delimiter(const char *p, size_t n, prescan_state *st)
{
	if (n < 3 || p[0] != '-' || p[1] != '-' || g_hash_table_size(st->boundaries) == 0)
		return FALSE;
	while (n > 2 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
		n--;
	g_string_truncate(st->scratch, 0);
	g_string_append_len(st->scratch, p + 2, n - 2);
	if (g_hash_table_contains(st->boundaries, st->scratch->str))
		return TRUE;
	if (st->scratch->len > 2 && g_str_has_suffix(st->scratch->str, "--")) {
		g_string_truncate(st->scratch, st->scratch->len - 2);
		return g_hash_table_contains(st->boundaries, st->scratch->str);
	}
	return FALSE;
}

/* prescan_end_header - the header being read ends at offset end: drop what is over the limit */
static void
prescan_end_header(prescan_state *st, size_t end, size_t max_bytes, prescan_result *res)
{
	if (st->hdr_start != SIZE_MAX && end - st->hdr_start > max_bytes) {
		prescan_range r = {st->hdr_start + max_bytes, end};

		/* never leave an empty line behind: it would end the header block */
		if (st->data[r.start - 1] == '\n')
			r.start--;

		g_array_append_val(res->drop, r);
	}
	st->hdr_start = SIZE_MAX;
}

/* prescan_limit - stop at offset off for the reason given */
static void
prescan_limit(prescan_result *res, size_t off, const char *what, unsigned max)
{
	res->cut = off;
	res->error = g_strdup_printf("more %s than %u; the rest was not parsed", what, max);
}

/* prescan_line - one line of length n at offset off; FALSE when a limit stops the scan */
static gboolean
prescan_line(prescan_state *st, size_t off, size_t n, unsigned max_parts, unsigned max_headers,
             prescan_result *res)
{
	const char *p = st->data + off;
	gboolean ct = prescan_content_type_line(p, n);
	gboolean cont = n > 0 && (p[0] == ' ' || p[0] == '\t');
	gboolean header;

	if ((ct || prescan_is_delimiter(p, n, st)) && ++st->parts > max_parts) {
		prescan_limit(res, off, "MIME parts", max_parts);
		return FALSE;
	}
	if (n == 0) {
		st->after_headers = st->in_headers;
		st->in_headers = st->in_ct = FALSE;
		return TRUE;
	}
	if (st->in_headers && cont) {
		header = FALSE; /* a folded line: in_ct carries over */
	} else if (st->in_headers && prescan_header_line(p, n)) {
		header = TRUE;
	} else {
		/* a run starts after a boundary, or right after a header block (message/rfc822) */
		gboolean dashes = n >= 2 && p[0] == '-' && p[1] == '-';

		header = !dashes && st->after_headers && prescan_header_line(p, n);
		st->in_headers = dashes || header;
		st->in_ct = FALSE;
	}
	st->after_headers = FALSE;
	if (!st->in_headers)
		return TRUE;
	if (header || cont) {
		if (++st->headers > max_headers) {
			prescan_limit(res, off, "header lines", max_headers);
			return FALSE;
		}
	}
	if (header) {
		st->hdr_start = off;
		st->in_ct = ct;
	}
	if (st->in_ct)
		prescan_boundary_param(p, n, st->boundaries);
	return TRUE;
}

void
prescan_run(const char *data, size_t len, unsigned max_parts, unsigned max_headers,
            size_t max_header_bytes, prescan_result *res)
{
	prescan_state st = {.data = data, .in_headers = TRUE, .hdr_start = SIZE_MAX};
	size_t off = 0;

	st.boundaries = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	st.scratch = g_string_new(NULL);
	res->cut = len;
	res->drop = g_array_new(FALSE, FALSE, sizeof(prescan_range));
	res->error = NULL;
	while (off < len) {
		const char *nl = memchr(data + off, '\n', len - off);
		size_t n = (nl ? (size_t)(nl - data) : len) - off;
		gboolean cont = n > 0 && (data[off] == ' ' || data[off] == '\t') && st.in_headers;

		/* a header ends before the first line that does not continue it */
		if (!cont && off > 0)
			prescan_end_header(&st, off - 1, max_header_bytes, res);
		if (!prescan_line(&st, off, n, max_parts, max_headers, res))
			break;
		off = nl ? (size_t)(nl - data) + 1 : len;
	}
	prescan_end_header(&st, res->cut < len && res->cut > 0 ? res->cut - 1 : res->cut,
	                   max_header_bytes, res);
	if (res->error == NULL && res->drop->len > 0)
		res->error = g_strdup_printf("a header longer than %zu bytes was shortened",
		                             max_header_bytes);
	g_string_free(st.scratch, TRUE);
	g_hash_table_unref(st.boundaries);
}

size_t
prescan_apply(guint8 *dst, const char *src, const prescan_result *res)
{
	size_t from = 0, out = 0;

	for (guint i = 0; i < res->drop->len; i++) {
		const prescan_range *r = &g_array_index(res->drop, prescan_range, i);
		size_t upto = MIN(r->start, res->cut);

		if (upto > from) {
			memmove(dst + out, src + from, upto - from);
			out += upto - from;
		}
		from = MAX(from, MIN(r->end, res->cut));
	}
	if (res->cut > from) {
		memmove(dst + out, src + from, res->cut - from);
		out += res->cut - from;
	}
	return out;
}

void
prescan_result_clear(prescan_result *res)
{
	if (res->drop != NULL)
		g_array_unref(res->drop);
	g_free(res->error);
	res->drop = NULL;
	res->error = NULL;
}
