/* prescan.c - bound what GMime is handed: parts, header lines and header length */
#include <stdint.h>
#include <string.h>
#include "prescan.h"
#include "strbuf.h"

/* Boundaries remembered at most (one per Content-Type line, and those are bounded). */
#define PRESCAN_MAX_BOUNDARIES 4096
/* Bytes of a returned message's header block kept as text at most. */
#define PRESCAN_RETURNED_MAX (64u * 1024)
/* The length limit of a header that holds encoded words (see prescan_header_limit). */
#define PRESCAN_ENCODED_MAX (8u * 1024)

/*
 * Where the walk is in the returned message of a delivery report.  When the
 * top-level multipart/report has given its delivery-status part, only the
 * header block of the message/rfc822 part after it is ever read.  That part's
 * content is kept aside as text and left out of what GMime gets, so GMime does
 * not build an object for each of its headers and parts (a returned newsletter
 * is often most of the bounce).
 */
typedef enum prescan_returned {
	RETURNED_NONE, /* no returned message yet */
	RETURNED_PART, /* in the headers of the message/rfc822 part */
	RETURNED_SKIP, /* in its content: skipped up to the report's next delimiter */
	RETURNED_DONE  /* one returned message is all a report has */
} prescan_returned;

/* The walk over the lines of the input. */
typedef struct prescan_state {
	const char *data;
	GHashTable *boundaries; /* char * set */
	GString *scratch;
	unsigned parts, headers;
	gboolean in_headers;        /* inside a header run */
	gboolean after_headers;     /* the previous line was the blank line ending a header run */
	gboolean in_ct;             /* inside a Content-Type header (for folded boundary=) */
	size_t hdr_start;           /* offset of the header being read, or SIZE_MAX */
	gboolean hdr_unread;        /* ... a top-level header nothing reads (see prescan_unread) */
	gboolean hdr_hidden;        /* ... a top-level header to leave out: none of Content-* */
	gboolean hdr_plain;         /* ... whose name is plain (prescan_plain_name) */
	gboolean hide;              /* leave such headers out (prescan_run_hiding) */
	gboolean top_kept;          /* ... but one of them cannot be: keep them all */
	gboolean shortened;         /* a header was over the length limit */
	gboolean shortened_encoded; /* ... over PRESCAN_ENCODED_MAX, with encoded words */
	gboolean top;               /* inside the top-level header block */
	gboolean top_odd;           /* ... which has a line GMime may take for no header */
	int top_ct;                 /* its first Content-Type: 0 not yet, 1 being read, 2 read */
	gboolean top_report;        /* ... says multipart/report */
	char *top_boundary;         /* ... with this boundary */
	char *report_boundary;      /* the top-level multipart/report's boundary, or NULL */
	gboolean report_part;       /* inside the header block of a part of that report */
	gboolean part_encoded;      /* ... which has a transfer encoding GMime must undo */
	gboolean dsn_seen;          /* the report has had its delivery-status part */
	gboolean drop_part;  /* leave the returned message's part out whole (PRESCAN_DROP_PART) */
	gboolean part_plain; /* every header of the report's current part is plain, no NUL */
	gboolean part_whole; /* ... up to the blank line that started RETURNED_SKIP */
	size_t part_start;   /* where the report's current part starts: its delimiter line */
	prescan_returned returned;
	size_t skip_start;   /* where the returned message starts */
	size_t returned_end; /* where its header block ends, or SIZE_MAX */
} prescan_state;

/* prescan_lower - g_ascii_tolower inline (GLib's is a call per byte) */
static inline char
prescan_lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c + ('a' - 'A')) : c;
}

/*
 * prescan_prefix - does p start with lit (lower case, l bytes), in any case?
 * Inline, and most lines differ in their first byte or two: the prescan
 * asks this of nearly every line, where a g_ascii_strncasecmp call cost a
 * hundred instructions.  The caller has checked that p holds l bytes.
 */
static inline gboolean
prescan_prefix(const char *p, const char *lit, size_t l)
{
	for (size_t i = 0; i < l; i++)
		if (prescan_lower(p[i]) != lit[i])
			return FALSE;
	return TRUE;
}

/* prescan_header_line - TRUE when the line at p (length n) has header syntax "Name:" */
static gboolean
prescan_header_line(const char *p, size_t n)
{
	size_t i = 0;

	/* the name: up to a colon or a byte up to ' ' (white space, a control), eight bytes
	 * per step (of a flag word, the lowest flagged byte is exact: borrows run upwards) */
	for (; n - i >= 8; i += 8) {
		guint64 v, stop;

		memcpy(&v, p + i, 8);
		v = GUINT64_FROM_LE(v);
		stop = ((v - G_GUINT64_CONSTANT(0x2121212121212121)) & ~v) |
		       (((v ^ G_GUINT64_CONSTANT(0x3a3a3a3a3a3a3a3a)) -
		         G_GUINT64_CONSTANT(0x0101010101010101)) &
		        ~(v ^ G_GUINT64_CONSTANT(0x3a3a3a3a3a3a3a3a)));
		stop &= G_GUINT64_CONSTANT(0x8080808080808080);
		if (stop != 0) {
			i += (size_t)__builtin_ctzll(stop) / 8;
			break;
		}
	}
	while (i < n && p[i] != ':' && (unsigned char)p[i] > ' ')
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
	return n >= 13 && (p[0] == 'C' || p[0] == 'c') && prescan_prefix(p, "content-type", 12) &&
	       prescan_header_line(p, n);
}

/*
 * prescan_unread - a top-level header that no part of the parse reads:
 * signatures and authentication results, often most of a bounce's header
 * bytes.  GMime would build an object for each.
 */
static gboolean
prescan_unread(const char *p, size_t n)
{
	static const char *const d[] = {"dkim-signature:", "domainkey-signature:", NULL};
	static const char *const a[] = {"authentication-results:", "arc-", NULL};
	static const char *const r[] = {"received-spf:", NULL};
	static const char *const x[] = {"x-received:", "x-google-", "x-gm-", NULL};
	const char *const *names;

	switch (p[0]) {
	case 'd':
	case 'D':
		names = d;
		break;
	case 'a':
	case 'A':
		names = a;
		break;
	case 'r':
	case 'R':
		names = r;
		break;
	case 'x':
	case 'X':
		names = x;
		break;
	default:
		return FALSE;
	}
	for (; *names != NULL; names++) {
		size_t l = strlen(*names);

		if (n >= l && prescan_prefix(p, *names, l))
			return TRUE;
	}
	return FALSE;
}

/*
 * prescan_plain_name - does the header line start with a name GMime reads
 * as written: letters, digits, '-' and '_', the colon right after it
 */
static gboolean
prescan_plain_name(const char *p, size_t n)
{
	size_t i = 0;

	while (i < n && (g_ascii_isalnum(p[i]) || p[i] == '-' || p[i] == '_'))
		i++;
	return i > 0 && i < n && p[i] == ':';
}

/* prescan_has - does the line hold needle (lower case), in any case? */
static gboolean
prescan_has(const char *p, size_t n, const char *needle)
{
	size_t k = strlen(needle);

	for (size_t i = 0; i + k <= n; i++)
		if (prescan_lower(p[i]) == needle[0] && prescan_prefix(p + i, needle, k))
			return TRUE;
	return FALSE;
}

/*
 * prescan_value_is - is the value of a header line (its first line) the
 * token given (lower case), followed by a parameter or nothing?
 */
static gboolean
prescan_value_is(const char *p, size_t n, const char *type)
{
	const char *colon = memchr(p, ':', n), *end = p + n, *v;
	size_t k = strlen(type);

	if (colon == NULL)
		return FALSE;
	for (v = colon + 1; v < end && (*v == ' ' || *v == '\t'); v++)
		;
	if ((size_t)(end - v) < k || !prescan_prefix(v, type, k))
		return FALSE;
	v += k;
	return v == end || *v == ';' || *v == ' ' || *v == '\t' || *v == '(';
}

/* prescan_boundary_value - the boundary parameter of a Content-Type line (or part of it), or NULL
 */
static char *
prescan_boundary_value(const char *p, size_t n)
{
	const char *end = p + n, *v, *ve;

	for (; p + 9 <= end; p++) {
		if ((*p == 'b' || *p == 'B') && prescan_prefix(p, "boundary=", 9))
			break;
	}
	if (p + 9 > end)
		return NULL;
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
	return ve > v ? g_strndup(v, ve - v) : NULL;
}

/* prescan_boundary_param - remember the boundary parameter of a Content-Type line (or part of it)
 */
static void
prescan_boundary_param(const char *p, size_t n, prescan_state *st)
{
	char *b;

	if (g_hash_table_size(st->boundaries) >= PRESCAN_MAX_BOUNDARIES ||
	    (b = prescan_boundary_value(p, n)) == NULL)
		return;
	if (st->top && st->top_ct == 1 && st->top_boundary == NULL)
		st->top_boundary = g_strdup(b);
	g_hash_table_add(st->boundaries, b);
}

/* prescan_report_delimiter - 1 for a delimiter of the report, 2 for its closing one, else 0 */
static int
prescan_report_delimiter(const char *p, size_t n, const prescan_state *st)
{
	size_t k;
	int kind = 1;

	if (n < 3 || p[0] != '-' || p[1] != '-' || st->report_boundary == NULL)
		return 0;
	k = strlen(st->report_boundary);
	if (n < k + 2 || memcmp(p + 2, st->report_boundary, k) != 0)
		return 0;
	p += k + 2;
	n -= k + 2;
	if (n >= 2 && p[0] == '-' && p[1] == '-') {
		kind = 2;
		p += 2;
		n -= 2;
	}
	for (size_t i = 0; i < n; i++)
		if (p[i] != ' ' && p[i] != '\t')
			return 0; /* a longer boundary that starts the same */
	return kind;
}

/*
 * prescan_whole_part - may the returned message's part go whole, from its
 * delimiter line up to the report's next one (at_delim)?  GMime would give
 * it an empty content and no message, which nothing reads: only when each of
 * its headers is one GMime reads as written (the block ends where the
 * prescan saw it end) and no header of it was shortened (drop stays ascending)
 */
static gboolean
prescan_whole_part(const prescan_state *st, gboolean at_delim, const prescan_result *res)
{
	return st->drop_part && at_delim && st->part_whole &&
	       (res->drop->len == 0 ||
	        g_array_index(res->drop, prescan_range, res->drop->len - 1).end <= st->part_start);
}

/*
 * prescan_returned_take - the returned message ends at end (the report's
 * next delimiter when at_delim): keep its header block, drop it all
 */
static void
prescan_returned_take(prescan_state *st, size_t end, gboolean at_delim, prescan_result *res)
{
	size_t hdr_end = MIN(st->returned_end, end);

	if (prescan_whole_part(st, at_delim, res)) {
		prescan_range r = {st->part_start, end};

		g_array_append_val(res->drop, r);
		res->part_dropped = TRUE;
	} else if (end > st->skip_start) {
		prescan_range r = {st->skip_start, end};

		g_array_append_val(res->drop, r);
	}
	res->returned_len = MIN(hdr_end - st->skip_start, PRESCAN_RETURNED_MAX);
	res->returned = g_strndup(st->data + st->skip_start, res->returned_len);
	st->returned = RETURNED_DONE;
}

/* prescan_returned_line - follow the report's parts; TRUE when the line is skipped */
static gboolean
prescan_returned_line(prescan_state *st, size_t off, size_t n, gboolean ct, prescan_result *res)
{
	const char *p = st->data + off;
	int delim = prescan_report_delimiter(p, n, st);

	if (st->returned == RETURNED_SKIP) {
		if (delim == 0) {
			if (n == 0 && st->returned_end == SIZE_MAX)
				st->returned_end = off;
			return TRUE;
		}
		prescan_returned_take(st, off, TRUE, res);
	}
	if (delim != 0) {
		st->report_part = delim == 1;
		st->part_encoded = FALSE;
		st->part_plain = TRUE;
		st->part_start = off;
	} else if (n == 0) {
		if (st->top && st->top_report && st->top_boundary != NULL)
			st->report_boundary = g_steal_pointer(&st->top_boundary);
		st->top = FALSE;
		/* a base64 or quoted-printable returned message is GMime's to decode */
		if (st->returned == RETURNED_PART && st->part_encoded) {
			st->returned = RETURNED_DONE;
		} else if (st->returned == RETURNED_PART && st->in_headers) {
			st->returned = RETURNED_SKIP;
			st->part_whole = st->report_part && st->part_plain;
			st->skip_start = off + 1;
			st->returned_end = SIZE_MAX;
		}
		st->report_part = FALSE;
	} else if (st->report_part && st->in_headers && n > 26 &&
	           prescan_prefix(p, "content-transfer-encoding:", 26)) {
		st->part_encoded = !prescan_value_is(p, n, "7bit") &&
		                   !prescan_value_is(p, n, "8bit") &&
		                   !prescan_value_is(p, n, "binary");
	} else if (ct && st->report_part && st->in_headers) {
		if (prescan_value_is(p, n, "message/delivery-status") ||
		    prescan_value_is(p, n, "message/global-delivery-status"))
			st->dsn_seen = TRUE;
		else if (st->dsn_seen && st->returned == RETURNED_NONE &&
		         (prescan_value_is(p, n, "message/rfc822") ||
		          prescan_value_is(p, n, "message/global")))
			st->returned = RETURNED_PART;
	}
	return FALSE;
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
	strbuf_append(st->scratch, p + 2, n - 2);
	if (g_hash_table_contains(st->boundaries, st->scratch->str))
		return TRUE;
	if (st->scratch->len > 2 && g_str_has_suffix(st->scratch->str, "--")) {
		g_string_truncate(st->scratch, st->scratch->len - 2);
		return g_hash_table_contains(st->boundaries, st->scratch->str);
	}
	return FALSE;
}

/*
 * prescan_header_limit - the length limit of the header at [start, end): max_bytes, or
 * PRESCAN_ENCODED_MAX for a longer one that holds encoded words ("=?"): GMime decodes a
 * Subject as it builds the message, in time quadratic in a run of broken encoded words
 * (27 G instructions for 240 KB), and no real header carries that much encoded text
 */
static size_t
prescan_header_limit(const prescan_state *st, size_t end, size_t max_bytes)
{
	size_t start = st->hdr_start;

	if (max_bytes > PRESCAN_ENCODED_MAX && end - start > PRESCAN_ENCODED_MAX &&
	    memmem(st->data + start, end - start, "=?", 2) != NULL)
		return PRESCAN_ENCODED_MAX;
	return max_bytes;
}

/* prescan_end_header - the header being read ends at offset end: drop what is over the limit */
static void
prescan_end_header(prescan_state *st, size_t end, size_t max_bytes, prescan_result *res)
{
	if (st->hdr_start != SIZE_MAX)
		max_bytes = prescan_header_limit(st, end, max_bytes);
	if (st->hdr_start != SIZE_MAX && st->hdr_hidden &&
	    (!st->hdr_plain || end - st->hdr_start > max_bytes ||
	     memchr(st->data + st->hdr_start, '\0', end - st->hdr_start) != NULL))
		st->top_kept = TRUE;
	if (st->hdr_start != SIZE_MAX && st->hdr_unread) {
		prescan_range r = {st->hdr_start, end + 1}; /* with its line end */

		g_array_append_val(res->drop, r);
	} else if (st->hdr_start != SIZE_MAX && st->hdr_hidden && st->hdr_plain &&
	           end - st->hdr_start <= max_bytes &&
	           memchr(st->data + st->hdr_start, '\0', end - st->hdr_start) == NULL) {
		prescan_hidden h = {st->hdr_start, end, 0};

		g_array_append_val(res->hidden, h);
	} else if (st->hdr_start != SIZE_MAX && end - st->hdr_start > max_bytes) {
		prescan_range r = {st->hdr_start + max_bytes, end};

		/* never leave an empty line behind: it would end the header block */
		if (st->data[r.start - 1] == '\n')
			r.start--;

		g_array_append_val(res->drop, r);
		st->shortened = TRUE;
		st->shortened_encoded |= max_bytes == PRESCAN_ENCODED_MAX;
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
	gboolean folded = st->in_headers && cont;
	gboolean header;

	if (prescan_returned_line(st, off, n, ct, res))
		return TRUE;
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
	/*
	 * GMime takes a line without header syntax (or with DEL in it) for the
	 * end of the block when no header comes before it: with headers left
	 * out, one could come first.  Such a block keeps all its headers.
	 */
	if (st->top && (header ? memchr(p, 0x7f, n) != NULL : !folded))
		st->top_odd = TRUE;
	if (!st->in_headers)
		return TRUE;
	if (header || cont) {
		if (++st->headers > max_headers) {
			prescan_limit(res, off, "header lines", max_headers);
			return FALSE;
		}
	}
	if (st->report_part && off != st->part_start &&
	    ((header ? !prescan_plain_name(p, n) : !(cont && st->hdr_start != SIZE_MAX)) ||
	     memchr(p, '\0', n) != NULL))
		st->part_plain = FALSE;
	if (header) {
		st->hdr_start = off;
		st->hdr_unread = st->top && prescan_unread(p, n);
		st->hdr_hidden = st->top && st->hide && !st->hdr_unread &&
		                 !(n >= 8 && prescan_prefix(p, "content-", 8));
		st->hdr_plain = st->hdr_hidden && prescan_plain_name(p, n);
		st->in_ct = ct;
		if (st->top && st->top_ct < 2)
			st->top_ct = ct && st->top_ct == 0 ? 1 : st->top_ct == 1 ? 2 : 0;
	}
	if (st->in_ct && st->top && st->top_ct == 1 && !st->top_report)
		st->top_report = prescan_has(p, n, "multipart/report");
	if (st->in_ct)
		prescan_boundary_param(p, n, st);
	return TRUE;
}

/*
 * prescan_inert - a line that cannot change the state: inside a body (no
 * header open, not right after a header block) or in the skipped content
 * of the returned message, not blank, and starting with neither '-' (a
 * delimiter) nor 'C' (Content-Type, counted as a part wherever it is).
 * prescan_line would do nothing with it; most lines of a message are such.
 */
static inline gboolean
prescan_inert(const prescan_state *st, const char *p, size_t n)
{
	if (n == 0 || p[0] == '-' || st->hdr_start != SIZE_MAX)
		return FALSE;
	if (st->returned == RETURNED_SKIP)
		return TRUE;
	return !st->in_headers && !st->after_headers && p[0] != 'C' && p[0] != 'c';
}

/*
 * prescan_hide - add the hidden headers to the ranges dropped (both ascending)
 * and note where each stood in what GMime gets
 */
static void
prescan_hide(prescan_result *res)
{
	GArray *drop = g_array_sized_new(FALSE, FALSE, sizeof(prescan_range),
	                                 res->drop->len + res->hidden->len);
	size_t gone = 0; /* bytes dropped before the range added last */
	guint i = 0, j = 0;

	while (i < res->drop->len || j < res->hidden->len) {
		prescan_range *d =
		    i < res->drop->len ? &g_array_index(res->drop, prescan_range, i) : NULL;
		prescan_hidden *h =
		    j < res->hidden->len ? &g_array_index(res->hidden, prescan_hidden, j) : NULL;
		prescan_range r;

		if (h == NULL || (d != NULL && d->start < h->start)) {
			r = *d;
			i++;
		} else {
			h->at = h->start - gone;
			r.start = h->start;
			r.end = h->end + 1; /* with its line end */
			j++;
		}
		gone += r.end - r.start;
		g_array_append_val(drop, r);
	}
	g_array_unref(res->drop);
	res->drop = drop;
}

/* prescan_scan - prescan_run, with what the flags (prescan_flags) ask for */
static void
prescan_scan(const char *data, size_t len, unsigned max_parts, unsigned max_headers,
             size_t max_header_bytes, unsigned flags, prescan_result *res)
{
	prescan_state st = {.data = data,
	                    .in_headers = TRUE,
	                    .hdr_start = SIZE_MAX,
	                    .top = TRUE,
	                    .hide = (flags & PRESCAN_HIDE) != 0,
	                    .drop_part = (flags & PRESCAN_DROP_PART) != 0};
	size_t off = 0;

	st.boundaries = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	st.scratch = g_string_new(NULL);
	res->cut = len;
	res->drop = g_array_new(FALSE, FALSE, sizeof(prescan_range));
	res->error = NULL;
	res->returned = NULL;
	res->returned_len = 0;
	res->part_dropped = FALSE;
	res->hidden = g_array_new(FALSE, FALSE, sizeof(prescan_hidden));
	while (off < len) {
		const char *nl = memchr(data + off, '\n', len - off);
		size_t n = (nl ? (size_t)(nl - data) : len) - off;
		gboolean cont = n > 0 && (data[off] == ' ' || data[off] == '\t') && st.in_headers;

		if (prescan_inert(&st, data + off, n)) {
			off = nl ? (size_t)(nl - data) + 1 : len;
			continue;
		}
		/* a header ends before the first line that does not continue it */
		if (!cont && off > 0)
			prescan_end_header(&st, off - 1, max_header_bytes, res);
		if (!prescan_line(&st, off, n, max_parts, max_headers, res))
			break;
		off = nl ? (size_t)(nl - data) + 1 : len;
	}
	prescan_end_header(&st, res->cut < len && res->cut > 0 ? res->cut - 1 : res->cut,
	                   max_header_bytes, res);
	if (st.returned == RETURNED_SKIP)
		prescan_returned_take(&st, len, FALSE, res); /* the report was not closed */
	/* a header block cut by a limit or by the end of the input, or odd, is GMime's alone */
	if (st.top || st.top_odd || st.top_kept)
		g_array_set_size(res->hidden, 0);
	else if (res->hidden->len > 0)
		prescan_hide(res);
	if (res->error == NULL && st.shortened)
		res->error = g_strdup_printf("a header longer than %zu bytes was shortened",
		                             st.shortened_encoded ? (size_t)PRESCAN_ENCODED_MAX
		                                                  : max_header_bytes);
	g_string_free(st.scratch, TRUE);
	g_hash_table_unref(st.boundaries);
	g_free(st.top_boundary);
	g_free(st.report_boundary);
}

void
prescan_run(const char *data, size_t len, unsigned max_parts, unsigned max_headers,
            size_t max_header_bytes, prescan_result *res)
{
	prescan_scan(data, len, max_parts, max_headers, max_header_bytes, 0, res);
}

void
prescan_run_hiding(const char *data, size_t len, unsigned max_parts, unsigned max_headers,
                   size_t max_header_bytes, prescan_result *res)
{
	prescan_scan(data, len, max_parts, max_headers, max_header_bytes, PRESCAN_HIDE, res);
}

void
prescan_run_flags(const char *data, size_t len, unsigned max_parts, unsigned max_headers,
                  size_t max_header_bytes, unsigned flags, prescan_result *res)
{
	prescan_scan(data, len, max_parts, max_headers, max_header_bytes, flags, res);
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
	if (res->hidden != NULL)
		g_array_unref(res->hidden);
	res->hidden = NULL;
	g_free(res->error);
	g_free(res->returned);
	res->drop = NULL;
	res->returned = NULL;
	res->error = NULL;
}
