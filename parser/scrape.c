/* scrape.c - free-text NDRs: recognise who wrote the bounce, run its rules, make records */
#include <string.h>
#include <gmime/gmime.h>
#include <bounced/address.h>
#include <bounced/parse.h>
#include "dsn.h"
#include "scrape.h"
#include "scrape_cause.h"
#include "scrape_engine.h"
#include "scrape_grams.h"
#include "scrape_ses.h"
#include "status.h"
#include "utf8.h"

#define SCRAPE_MAX_HEADERS (64u * 1024)  /* bytes of top-level headers searched for markers */
#define SCRAPE_MAX_RETURNED (16u * 1024) /* bytes of the returned message's header read */

/* The lower-cased places detection markers are looked for, with their strided byte triples. */
typedef struct detect_text {
	char *from, *subject, *headers;
	char *body;   /* the first SCRAPE_DETECT_BYTES of the body */
	char *status; /* the first SCRAPE_DETECT_BYTES of the delivery-status fields */
	scrape_grams from_grams, subject_grams, headers_grams, body_grams, status_grams;
} detect_text;

/* The byte triples of one marker's texts, which rule it out before strstr. */
typedef struct marker_sig {
	scrape_stride_sig text, also;
} marker_sig;

/* Per family (and the bounce markers, last): the triples of its markers, in list order. */
static marker_sig **marker_sigs;

/* lower_str - lower-cased copy of at most max bytes of a string ("" for NULL) */
static char *
lower_str(const char *s, size_t max)
{
	return s ? scrape_lower(s, strnlen(s, max)) : g_strdup("");
}

/*
 * lower_lines - a lower-cased copy of body where every line ends in NUL (and
 * is cut at SCRAPE_MAX_LINE), so rows are matched within one line with strstr
 */
static char *
lower_lines(const char *body, size_t len, const GArray *lines)
{
	char *l = scrape_lower(body, len);

	for (guint i = 0; i < lines->len; i++) {
		const scrape_line *ln = &g_array_index(lines, scrape_line, i);
		size_t off = (size_t)(ln->p - body);

		l[off + MIN(ln->len, SCRAPE_MAX_LINE)] = '\0';
	}
	return l;
}

/*
 * marker_headers - the lower-cased top-level headers that markers look at
 * (signatures and authentication results, often most of the bytes, never
 * got this far: the prescan left them out, see prescan_unread)
 */
static char *
marker_headers(const char *headers)
{
	size_t total = headers ? strnlen(headers, SCRAPE_MAX_HEADERS) : 0;

	return scrape_lower(headers ? headers : "", total);
}

/* marker_text - the text a marker looks for, without its leading '^' (or, for also, '~') */
static const char *
marker_text(const char *t)
{
	return t != NULL && (t[0] == '^' || t[0] == '~') ? t + 1 : t;
}

/*
 * marker_find - does t occur in s?  A leading '^' asks for it at the start of
 * a line, unindented: a notice's own template line, not a remote reply that
 * the notice quotes (indented, or after "said:") and happens to repeat it
 */
static gboolean
marker_find(const char *s, const char *t)
{
	const char *want = marker_text(t), *p = s;
	size_t n = strlen(want);

	if (t == want)
		return strstr(s, want) != NULL;
	while ((p = strstr(p, want)) != NULL) {
		if (p == s || p[-1] == '\n')
			return TRUE;
		p += n;
	}
	return FALSE;
}

/*
 * marker_pair_find - does the marker's text occur in s, and its also?  An also starting with
 * '~' must follow the text on the same line ("generating server: " … ".outlook.com" names the
 * notice's own server, not a host that a quoted reply or the "Receiving server:" line names)
 */
static gboolean
marker_pair_find(const char *s, const scrape_marker *m)
{
	const char *want, *p = s, *eol;
	size_t n;

	if (!marker_find(s, m->text))
		return FALSE;
	if (m->also == NULL)
		return TRUE;
	if (m->also[0] != '~')
		return marker_find(s, m->also);
	want = marker_text(m->text);
	n = strlen(want);
	while ((p = strstr(p, want)) != NULL) {
		p += n;
		eol = strchr(p, '\n');
		if (eol == NULL)
			eol = p + strlen(p);
		if (g_strstr_len(p, eol - p, m->also + 1) != NULL)
			return TRUE;
	}
	return FALSE;
}

/* markers_compile - the triples of a NULL-text terminated marker list (newly allocated) */
static marker_sig *
markers_compile(const scrape_marker *m)
{
	size_t n = 0;
	marker_sig *sigs;

	while (m != NULL && m[n].text != NULL)
		n++;
	sigs = g_new0(marker_sig, n + 1);
	for (size_t i = 0; i < n; i++) {
		const char *t = marker_text(m[i].text), *a = marker_text(m[i].also);

		scrape_stride_sig_init(&sigs[i].text, t, strlen(t));
		if (a != NULL)
			scrape_stride_sig_init(&sigs[i].also, a, strlen(a));
	}
	return sigs;
}

/* marker_sigs_of - the marker triples of family i, of the bounce markers for i == n, of the
 * success markers for i == n + 1 */
static const marker_sig *
marker_sigs_of(size_t i)
{
	static gsize once = 0;

	if (G_UNLIKELY(g_once_init_enter(&once))) {
		marker_sigs = g_new0(marker_sig *, scrape_n_families + 2);
		for (size_t f = 0; f < scrape_n_families; f++)
			marker_sigs[f] = markers_compile(scrape_families[f].detect);
		marker_sigs[scrape_n_families] = markers_compile(scrape_bounce_markers);
		marker_sigs[scrape_n_families + 1] = markers_compile(scrape_success_markers);
		g_once_init_leave(&once, 1);
	}
	return marker_sigs[i];
}

/*
 * marker_in - does text (or also) occur where the marker says?  Searched
 * only when the place may hold both, by their byte triples.
 */
static gboolean
marker_in(const scrape_marker *m, const marker_sig *sig, const detect_text *dt)
{
	const char *s = NULL;
	const scrape_grams *g = NULL;

	switch (m->where) {
	case SCRAPE_IN_FROM:
		s = dt->from;
		g = &dt->from_grams;
		break;
	case SCRAPE_IN_SUBJECT:
		s = dt->subject;
		g = &dt->subject_grams;
		break;
	case SCRAPE_IN_HEADERS:
		s = dt->headers;
		g = &dt->headers_grams;
		break;
	case SCRAPE_IN_BODY:
		s = dt->body;
		g = &dt->body_grams;
		break;
	case SCRAPE_IN_STATUS:
		s = dt->status;
		g = &dt->status_grams;
		break;
	}
	if (s == NULL || !scrape_grams_may_hold_strided(g, &sig->text) ||
	    (m->also != NULL && !scrape_grams_may_hold_strided(g, &sig->also)))
		return FALSE;
	return marker_pair_find(s, m);
}

/* markers_match - does any marker of a NULL-text terminated list match? */
static gboolean
markers_match(const scrape_marker *m, const marker_sig *sigs, const detect_text *dt)
{
	for (size_t i = 0; m != NULL && m[i].text != NULL; i++)
		if (marker_in(&m[i], &sigs[i], dt))
			return TRUE;
	return FALSE;
}

/*
 * markers_match_where - does a marker of the list match, counting only those
 * looked for in the body (body_only) or only those looked for elsewhere?
 */
static gboolean
markers_match_where(const scrape_marker *m, const marker_sig *sigs, const detect_text *dt,
                    gboolean body_only)
{
	for (size_t i = 0; m != NULL && m[i].text != NULL; i++)
		if ((m[i].where == SCRAPE_IN_BODY) == body_only && marker_in(&m[i], &sigs[i], dt))
			return TRUE;
	return FALSE;
}

/*
 * returned_inline - the offset in the lower-cased body of the first line that
 * starts a returned message printed inline (a common END row: "------ This is
 * a copy of the message", "----- Unsent message follows -----", a "Received: "
 * header line), or len when there is none
 */
static size_t
returned_inline(const char *body, size_t len)
{
	size_t first = len;

	for (const scrape_rule *r = scrape_common_rules; r->kind != 0; r++) {
		const char *at = NULL;

		if (r->kind != SCRAPE_R_END && r->kind != SCRAPE_R_END_PREFIX)
			continue;
		/* END_PREFIX: the text starts a line */
		for (at = strstr(body, r->text);
		     at != NULL && r->kind == SCRAPE_R_END_PREFIX && at > body && at[-1] != '\n';
		     at = strstr(at + 1, r->text))
			;
		if (at == NULL)
			continue;
		while (at > body && at[-1] != '\n')
			at--;
		first = MIN(first, (size_t)(at - body));
	}
	return first;
}

/*
 * outer_writer - the family whose body marker occurs in the notice's own text,
 * above a returned message printed inline, when the family found first (w)
 * was named only by a body marker below it: an Exim bounce returning a message
 * that forwarded a qmail bounce is Exim's.  w when none does (a person's forward
 * of a bounce has no template of its own above the bounce it quotes).
 */
static const scrape_family *
outer_writer(const scrape_family *w, size_t wi, detect_text *dt)
{
	size_t len = strlen(dt->body), own = returned_inline(dt->body, len);
	const scrape_family *found = w;
	char saved;

	if (own >= len)
		return w;
	saved = dt->body[own];
	dt->body[own] = '\0'; /* the grams stay those of the whole text: a superset */
	if (!markers_match_where(w->detect, marker_sigs_of(wi), dt, TRUE)) {
		for (size_t i = 0; i < scrape_n_families; i++) {
			if (markers_match_where(scrape_families[i].detect, marker_sigs_of(i), dt,
			                        TRUE)) {
				found = &scrape_families[i];
				break;
			}
		}
	}
	dt->body[own] = saved;
	return found;
}

/* detect_family - the family that wrote the bounce, the generic one, or NULL for no bounce */
static const scrape_family *
detect_family(detect_text *dt)
{
	for (size_t i = 0; i < scrape_n_families; i++) {
		const scrape_family *f = &scrape_families[i];

		if (!markers_match(f->detect, marker_sigs_of(i), dt))
			continue;
		/* named by its text alone: that text may be a bounce returned inline */
		if (!markers_match_where(f->detect, marker_sigs_of(i), dt, FALSE))
			return outer_writer(f, i, dt);
		return f;
	}
	if (markers_match(scrape_bounce_markers, marker_sigs_of(scrape_n_families), dt))
		return &scrape_generic_family;
	return NULL;
}

/*
 * header_start - where the header part of msg[0..n) starts: a marker line and blank lines
 * may come before a header printed inline
 */
static size_t
header_start(const char *msg, size_t n)
{
	size_t i = 0;

	for (int k = 0; k < 3 && i < n; k++) {
		const char *eol = memchr(msg + i, '\n', n - i);
		size_t end = eol ? (size_t)(eol - msg) : n;

		if (end > i && memchr(msg + i, ':', end - i) != NULL && msg[i] != '-')
			break;
		i = end + 1;
	}
	return i;
}

/*
 * header_span - the value of header name ("to:") in the header part of msg, with its
 * continuation lines: *vs..*ve; FALSE when the header part has no such field
 */
static gboolean
header_span(const char *msg, size_t len, const char *name, size_t *vs, size_t *ve)
{
	size_t n = MIN(len, SCRAPE_MAX_RETURNED), nl = strlen(name);
	size_t i = header_start(msg, n);

	while (i < n) {
		const char *eol = memchr(msg + i, '\n', n - i);
		size_t end = eol ? (size_t)(eol - msg) : n;

		if (end == i || (end == i + 1 && msg[i] == '\r'))
			break; /* end of the header */
		if (end - i >= nl && ascii_ncase_eq(msg + i, name, nl)) {
			/* the value folded onto continuation lines ("To:" and the name and
			 * address on the lines below it) */
			while (end + 1 < n && (msg[end + 1] == ' ' || msg[end + 1] == '\t')) {
				eol = memchr(msg + end + 1, '\n', n - end - 1);
				end = eol ? (size_t)(eol - msg) : n;
			}
			*vs = i + nl;
			*ve = end;
			return TRUE;
		}
		i = end + 1;
	}
	return FALSE;
}

/* header_address - the first address of header name ("to:") in the header part of msg */
static char *
header_address(const char *msg, size_t len, const char *name)
{
	size_t vs, ve, s, e;

	if (!header_span(msg, len, name, &vs, &ve))
		return NULL;
	if (scrape_address_find(msg + vs, ve - vs, &s, &e))
		return scrape_lower(msg + vs + s, e - s);
	/* the whole value one encoded word, address and all (a client that
	 * encoded "Jörg Weiß <j@x>" as a header of words, against RFC 2047) */
	if (g_strstr_len(msg + vs, (gssize)(ve - vs), "=?") != NULL) {
		char *raw = g_strndup(msg + vs, ve - vs);
		char *text = g_mime_utils_header_decode_text(NULL, raw), *addr = NULL;

		if (scrape_address_find(text, strlen(text), &s, &e))
			addr = scrape_lower(text + s, e - s);
		g_free(raw);
		g_free(text);
		return addr;
	}
	return NULL;
}

/* header_text - the value of header name in the header part of msg, decoded and unfolded */
static char *
header_text(const char *msg, size_t len, const char *name)
{
	size_t vs, ve;
	char *raw, *text;

	if (!header_span(msg, len, name, &vs, &ve))
		return NULL;
	raw = g_strndup(msg + vs, ve - vs);
	text = g_mime_utils_header_decode_text(NULL, raw);
	g_free(raw);
	return g_strstrip(text);
}

/*
 * subject_cause - what the notice's Subject says beside the returned message's own subject
 * ("Undeliverable: mailbox full" returning "Spring offers"): the cause the classifier knows
 * by its words in what is left, or NULL.  A Subject that holds the returned subject (or
 * when the returned message has none) is read only outside it, so that a returned message
 * about a full mailbox is no cause.
 */
static char *
subject_cause(const scrape_input *in, const char *msg, size_t len, const char *to)
{
	char *orig, *left, *cause = NULL;
	const char *at;

	if (in->subject == NULL || *in->subject == '\0')
		return NULL;
	orig = msg != NULL ? header_text(msg, len, "subject:") : NULL;
	left = g_strdup(in->subject);
	if (orig != NULL && *orig != '\0') {
		/* the returned subject quoted, whole or cut short: blanked to its end */
		size_t n = MIN(strlen(orig), 16), rest;
		char *head = g_strndup(orig, n);

		if ((at = strstr(in->subject, head)) != NULL) {
			rest = strlen(at);
			memset(left + (at - in->subject), ' ', MIN(rest, MAX(strlen(orig), n)));
		}
		g_free(head);
	}
	cause = scrape_cause_find(left, strlen(left), to);
	g_free(left);
	g_free(orig);
	return cause;
}

/* first_address - the first address in s, lower-cased, or NULL */
static char *
first_address(const char *s)
{
	size_t st, e;

	if (s == NULL || !scrape_address_find(s, strnlen(s, 1024), &st, &e))
		return NULL;
	return scrape_lower(s + st, e - st);
}

/* failed_recipients - the addresses of X-Failed-Recipients in the top-level headers */
static GPtrArray *
failed_recipients(const char *headers)
{
	GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
	const char *p = headers;
	size_t total = headers ? MIN(strlen(headers), SCRAPE_MAX_HEADERS) : 0;

	while (p != NULL && (size_t)(p - headers) < total) {
		const char *eol = memchr(p, '\n', total - (size_t)(p - headers));
		size_t n = eol ? (size_t)(eol - p) : total - (size_t)(p - headers), off = 20, s, e;

		if (n > 20 && ascii_ncase_eq(p, "x-failed-recipients:", 20)) {
			while (off < n && out->len < SCRAPE_MAX_FOUND &&
			       scrape_address_find(p + off, n - off, &s, &e)) {
				g_ptr_array_add(out, g_strndup(p + off + s, e - s));
				off += e;
			}
		}
		p = eol ? eol + 1 : NULL;
	}
	return out;
}

/* found_from_section - a recipient named outside the text, with what the section says */
static scrape_found *
found_from_section(const scrape_found *sec, const char *address, const char *rule)
{
	scrape_found *f = g_new0(scrape_found, 1);

	f->address = g_strdup(address);
	f->reply_code = g_strdup(sec->reply_code);
	f->status = g_strdup(sec->status);
	f->diagnostic = g_strdup(sec->diagnostic);
	f->remote_mta = g_strdup(sec->remote_mta);
	f->smtp_command = g_strdup(sec->smtp_command);
	f->context = g_strdup(sec->context);
	f->command_rule = sec->command_rule;
	f->host_rule = sec->host_rule;
	f->rcpt_rule = rule;
	return f;
}

/*
 * received_for - the address of the first "for <a@b>" in the Received fields of the header
 * part of msg (the receiving server's note of the envelope recipient), or NULL
 */
static char *
received_for(const char *msg, size_t len)
{
	size_t n = MIN(len, SCRAPE_MAX_RETURNED), i = header_start(msg, n), s, e;

	while (i < n) {
		const char *eol = memchr(msg + i, '\n', n - i);
		size_t end = eol ? (size_t)(eol - msg) : n;

		if (end == i)
			break; /* end of the header */
		if (end - i > 9 && ascii_ncase_eq(msg + i, "received:", 9)) {
			while (end + 1 < n && (msg[end + 1] == ' ' || msg[end + 1] == '\t')) {
				eol = memchr(msg + end + 1, '\n', n - end - 1);
				end = eol ? (size_t)(eol - msg) : n;
			}
			for (size_t k = i; k + 5 < end; k++)
				if ((msg[k] == ' ' || msg[k] == '\t' || msg[k] == '\n') &&
				    ascii_ncase_eq(msg + k + 1, "for ", 4) &&
				    scrape_address_find(msg + k + 5, MIN(end - k - 5, 256), &s,
				                        &e) &&
				    s <= 1)
					return scrape_lower(msg + k + 5 + s, e - s);
		}
		i = end + 1;
	}
	return NULL;
}

/* several_addresses - does the value of header name in msg hold two addresses or more? */
static gboolean
several_addresses(const char *msg, size_t len, const char *name)
{
	size_t vs, ve, s, e;

	return header_span(msg, len, name, &vs, &ve) &&
	       scrape_address_find(msg + vs, ve - vs, &s, &e) &&
	       scrape_address_find(msg + vs + e, ve - vs - e, &s, &e);
}

/*
 * returned_recipient - the recipient the returned message's header names: the mailbox the
 * receiving server wrote in its own trace fields when it has them (Postfix's X-Original-To,
 * Exim's Envelope-To: the address as it arrived, before any alias), else the first address
 * of its To (which may be a list alias or "undisclosed-recipients:;" when the recipient was
 * a Bcc), else the Delivered-To (the mailbox after aliases); NULL when none names one.  A
 * To: of several addresses says little about which one failed: the Delivered-To, else a
 * Received field's "for <a@b>", decides first then (engine15).
 */
static char *
returned_recipient(const char *msg, size_t len)
{
	static const char *const fields[] = {
	    "x-original-to:", "envelope-to:", "to:", "delivered-to:"};
	char *to = NULL;

	for (size_t k = 0; k < G_N_ELEMENTS(fields) && to == NULL; k++) {
		if (k == 2 && several_addresses(msg, len, "to:") &&
		    ((to = header_address(msg, len, "delivered-to:")) != NULL ||
		     (to = received_for(msg, len)) != NULL))
			break;
		to = header_address(msg, len, fields[k]);
	}
	return to;
}

static gboolean bounce_marked(const char *text, scrape_where where);

/* success_subject - does a Subject report a delivery ("Message delivered") and no failure? */
static gboolean
success_subject(const char *subject)
{
	char *low;
	gboolean yes;

	if (subject == NULL || bounce_marked(subject, SCRAPE_IN_SUBJECT))
		return FALSE;
	low = g_ascii_strdown(subject, -1);
	yes = strstr(low, "delivered") != NULL && strstr(low, "not ") == NULL &&
	      strstr(low, "undeliver") == NULL;
	g_free(low);
	return yes;
}

/* domain_of - the domain part of address a ("" when none) */
static const char *
domain_of(const char *a)
{
	const char *at = a != NULL ? strrchr(a, '@') : NULL;

	return at != NULL ? at + 1 : "";
}

/*
 * sender_address - is a an address of the notice's own ends (its From: or To:, the returned
 * message's From:), not a recipient's?
 */
static gboolean
sender_address(const scrape_input *in, const char *msg, size_t msg_len, const char *a)
{
	char *to =
	    in->headers != NULL ? header_address(in->headers, strlen(in->headers), "to:") : NULL;
	char *from = first_address(in->from);
	char *rfrom = msg != NULL ? header_address(msg, msg_len, "from:") : NULL;
	gboolean own = (to != NULL && g_ascii_strcasecmp(to, a) == 0) ||
	               (from != NULL && g_ascii_strcasecmp(from, a) == 0) ||
	               (rfrom != NULL && g_ascii_strcasecmp(rfrom, a) == 0);

	g_free(to);
	g_free(from);
	g_free(rfrom);
	return own;
}

/*
 * returned_not_own - to, the returned message's recipient, unless it is an address of the
 * sender's own domain while the bounce's envelope, its To: or the returned Return-Path is
 * a VERP address that encodes another recipient (a list's mail "To: Subscribers
 * <list@shop.example>", each copy sent from "bounce+a=b.example@shop.example"): then that
 * recipient.  Takes ownership of to.
 */
static char *
returned_not_own(const scrape_input *in, const char *verp, const char *msg, size_t msg_len,
                 char *to)
{
	char *own = NULL, *v = NULL;

	if (in->headers != NULL)
		own = header_address(in->headers, strlen(in->headers), "to:");
	if (own == NULL && msg != NULL)
		own = header_address(msg, msg_len, "return-path:");
	if (own == NULL)
		return to;
	v = verp != NULL ? g_strdup(verp) : bd_verp_decode(own);
	if (v == NULL && msg != NULL) {
		char *rp = header_address(msg, msg_len, "return-path:");

		v = rp != NULL ? bd_verp_decode(rp) : NULL;
		g_free(rp);
	}
	if (v != NULL && g_ascii_strcasecmp(v, to) != 0 &&
	    g_ascii_strcasecmp(domain_of(own), domain_of(to)) == 0) {
		g_free(to);
		to = g_steal_pointer(&v);
	}
	g_free(v);
	g_free(own);
	return to;
}

/*
 * fallback_recipients - recipients from headers when the text names none;
 * what the whole section says is worked out only then
 */
static void
fallback_recipients(const scrape_family *fam, const scrape_input *in, const scrape_doc *doc,
                    scrape_section *section, size_t end_off, const char *verp, GPtrArray *found)
{
	GPtrArray *failed = failed_recipients(in->headers);
	gboolean coded = !(fam->flags & SCRAPE_F_NEED_CODE) ||
	                 scrape_section_found(section)->reply_code != NULL ||
	                 scrape_section_found(section)->status != NULL;

	if ((fam->flags & SCRAPE_F_FAILED_HEADER) && failed->len > 0)
		g_ptr_array_set_size(found, 0);
	if (found->len == 0) {
		for (guint i = 0; i < failed->len; i++)
			g_ptr_array_add(found, found_from_section(scrape_section_found(section),
			                                          g_ptr_array_index(failed, i),
			                                          "x-failed-recipients"));
	}
	/* an unknown MTA's notice that names no one: the returned To: only under a code, so
	 * that a mere notice from a postmaster ("your mail was forwarded") is no bounce */
	if (found->len == 0 && (fam->flags & SCRAPE_F_RETURNED_TO)) {
		char *to = NULL, *cause = NULL;
		const char *msg = NULL;
		size_t msg_len = 0, vs, ve;

		if (in->returned != NULL) {
			msg = in->returned;
			msg_len = in->returned_len;
		} else if (end_off < doc->body_len) {
			/* below the text read (its wrapped addresses whole) */
			msg = doc->body + end_off;
			msg_len = doc->body_len - end_off;
		}
		if (msg != NULL)
			to = returned_recipient(msg, msg_len);
		if (to != NULL)
			to = returned_not_own(in, verp, msg, msg_len, to);
		/* no address in the returned header ("undisclosed-recipients:;"): the one the
		 * code-less notice's cause names ("The mailbox of a@x is full") */
		if (to == NULL && !coded && msg != NULL &&
		    header_span(msg, msg_len, "to:", &vs, &ve) &&
		    (cause = scrape_cause_find(doc->body, end_off, NULL)) != NULL) {
			to = first_address(cause);
			if (to != NULL && sender_address(in, msg, msg_len, to))
				g_clear_pointer(&to, g_free);
			g_clear_pointer(&cause, g_free);
		}

		/* a code-less notice: only when its text names a cause the classifier knows, and
		 * then that paragraph is the diagnostic (not the help text around it); else
		 * when its Subject does beside the returned subject ("Undeliverable: mailbox
		 * full") */
		/* a notice whose Subject reports a delivery ("Message delivered", no bounce
		 * marker there) names no failure by its words: a quota warning beside it
		 * ("the recipient's mailbox is almost full") is no bounce */
		if (to != NULL && !coded && success_subject(in->subject))
			g_clear_pointer(&to, g_free);
		if (to != NULL && !coded &&
		    (cause = scrape_cause_find(doc->body, end_off, to)) == NULL &&
		    (cause = subject_cause(in, msg, msg_len, to)) == NULL)
			g_clear_pointer(&to, g_free);
		if (to != NULL) {
			scrape_found *f =
			    found_from_section(scrape_section_found(section), to,
			                       cause != NULL ? "returned-to-cause" : "returned-to");

			if (cause != NULL) {
				g_free(f->diagnostic);
				f->diagnostic = cause;
			}
			g_ptr_array_add(found, f);
		}
		g_free(to);
	}
	/* engine11: no text, header or returned message names anyone, but the notice went to a
	 * VERP address ("bounce-7731-lia=readers.example@news.example"): the recipient it
	 * encodes, from the envelope, else from the notice's own To: (a bounce is addressed to
	 * the envelope sender of the message it returns) */
	if (found->len == 0 && (fam->flags & SCRAPE_F_RETURNED_TO) && coded) {
		char *to = NULL, *v = NULL;

		if (verp == NULL && in->headers != NULL &&
		    (to = header_address(in->headers, strlen(in->headers), "to:")) != NULL)
			v = bd_verp_decode(to);
		if (verp != NULL || v != NULL)
			g_ptr_array_add(found, found_from_section(scrape_section_found(section),
			                                          verp != NULL ? verp : v, "verp"));
		g_free(to);
		g_free(v);
	}
	g_ptr_array_free(failed, TRUE);
}

/*
 * field_of_addresses - is d one field whose value is addresses only ("Original sender:
 * s@x", "Reply-To: a@x, b@y"): a label of at most three words and a colon, then addresses
 * and list separators?
 */
static gboolean
field_of_addresses(const char *d)
{
	const char *colon = strchr(d, ':');
	guint spaces = 0, addrs = 0;

	if (colon == NULL || colon == d || colon - d > 32)
		return FALSE;
	for (const char *c = d; c < colon; c++) {
		if (*c == ' ')
			spaces++;
		else if (*c == '@' || *c == '<' || *c == '\n')
			return FALSE;
	}
	if (spaces > 2)
		return FALSE;
	for (const char *c = colon + 1; *c != '\0';) {
		size_t k = strcspn(c, " \t,;");

		if (k > 0) {
			if (memchr(c, '@', k) == NULL)
				return FALSE;
			addrs++;
		}
		c += k;
		if (*c != '\0')
			c++;
	}
	return addrs > 0;
}

/*
 * text_before_naming - the section's text d up to where it names the recipient address
 * (with the label before it: "550 5.1.1 Mailbox does not exist Recipient: r@y …" gives "550
 * 5.1.1 Mailbox does not exist"); all of d when it names it first or not at all
 */
static char *
text_before_naming(const char *d, const char *address)
{
	char *ld = g_ascii_strdown(d, -1), *la = g_ascii_strdown(address, -1);
	const char *at = strstr(ld, la);
	size_t cut = at != NULL ? (size_t)(at - ld) : 0;

	g_free(ld);
	g_free(la);
	while (cut > 0 && (d[cut - 1] == ' ' || d[cut - 1] == '<' || d[cut - 1] == '"'))
		cut--;
	if (cut > 0 && d[cut - 1] == ':') {
		/* the label: of the (at most three) words before the colon, from the farthest
		 * one written with a capital ("Recipient:", "Final recipient:"), else the last */
		size_t k = cut - 1, label = k;
		guint words = 0;

		while (label > 0 && d[label - 1] != ' ')
			label--;
		while (k > 0 && words < 3) {
			size_t w = k;

			while (w > 0 && d[w - 1] != ' ')
				w--;
			if (g_ascii_isupper(d[w]))
				label = w;
			words++;
			if (w == 0)
				break;
			k = w - 1;
		}
		cut = label;
	}
	while (cut > 0 && d[cut - 1] == ' ')
		cut--;
	return cut > 0 ? g_strndup(d, cut) : g_strdup(d);
}

/*
 * single_from_section - one recipient whose own lines carry no code (James,
 * IMail): the codes printed elsewhere in the section are about it
 */
static void
single_from_section(GPtrArray *found, scrape_section *section)
{
	const scrape_found *sec;
	scrape_found *f;

	if (found->len != 1)
		return;
	f = g_ptr_array_index(found, 0);
	if (f->reply_code != NULL || f->status != NULL)
		return;
	sec = scrape_section_found(section);
	if (sec->reply_code == NULL && sec->status == NULL)
		return;
	f->reply_code = g_strdup(sec->reply_code);
	f->status = g_strdup(sec->status);
	/* engine10: own text that is only a field naming addresses ("Original sender: s@x"
	 * below "Reason: 550 5.1.1 …" and "Recipient: r@y") says nothing: the codes' text does */
	if (f->diagnostic != NULL && sec->diagnostic != NULL && f->address != NULL &&
	    field_of_addresses(f->diagnostic)) {
		g_free(f->diagnostic);
		f->diagnostic = text_before_naming(sec->diagnostic, f->address);
	}
	if (f->diagnostic == NULL)
		f->diagnostic = g_strdup(sec->diagnostic);
	if (f->smtp_command == NULL && sec->smtp_command != NULL) {
		f->smtp_command = g_strdup(sec->smtp_command);
		f->command_rule = sec->command_rule;
	}
}

/*
 * drop_delivered - a recipient listed under a heading that says the list was reached
 * ("Delivered successfully to:") and printing no failure code of its own is no failure
 */
static void
drop_delivered(GPtrArray *found)
{
	for (guint i = found->len; i-- > 0;) {
		const scrape_found *f = g_ptr_array_index(found, i);

		if (f->delivered && (f->reply_code == NULL || f->reply_code[0] < '4') &&
		    (f->status == NULL || f->status[0] < '4'))
			g_ptr_array_remove_index(found, i);
	}
}

/* keep_coded - the generic family only trusts recipients next to a code or a known phrase */
static void
keep_coded(GPtrArray *found)
{
	for (guint i = found->len; i-- > 0;) {
		const scrape_found *f = g_ptr_array_index(found, i);

		if (f->reply_code == NULL && f->status == NULL && !f->from_phrase)
			g_ptr_array_remove_index(found, i);
	}
}

/* explain - note a field with the rule that found it */
static void
explain(bd_record *rec, const scrape_family *fam, const char *field, const char *id,
        const char *value)
{
	char *rule;

	if (value == NULL)
		return;
	rule = scrape_rule_id(fam, id);
	bd_record_explain(rec, field, rule, value);
	g_free(rule);
}

/* fill_str - set *dst from src when it is empty, with an explanation */
static void
fill_str(bd_record *rec, char **dst, const char *src, const scrape_family *fam, const char *field,
         const char *id)
{
	if (*dst != NULL || src == NULL)
		return;
	*dst = g_strdup(src);
	explain(rec, fam, field, id, src);
}

/*
 * fill_status - the text's status when rec has none, or only a catch-all
 * one (X.0.0, a DSN's "something failed") of the same class that the text
 * makes precise (Sendmail: Status 5.0.0, transcript "554 5.3.0 unknown
 * mailer error")
 */
static void
fill_status(bd_record *rec, const scrape_found *f, const scrape_family *fam)
{
	const char *st = rec->status;

	if (st != NULL && status_code_valid(st) && strcmp(st + 1, ".0.0") == 0 &&
	    status_code_valid(f->status) && f->status[0] == st[0] &&
	    strcmp(f->status + 1, ".0.0") != 0) {
		g_free(rec->status);
		rec->status = NULL;
	}
	fill_str(rec, &rec->status, f->status, fam, "status", "status");
}

/*
 * fill_context - the text around the recipient's own diagnostic that may name
 * the cause, each piece explained as scrape.<family>.context.<origin>
 */
static void
fill_context(bd_record *rec, const scrape_found *f, const scrape_family *fam)
{
	const char *p = f->context;

	if (rec->context != NULL || p == NULL)
		return;
	rec->context = g_strdup(p);
	while (*p != '\0') {
		const char *tab = strchr(p, '\t'), *nl = strchr(p, '\n');
		char *origin, *id, *text;

		if (tab == NULL || nl == NULL || tab > nl)
			break;
		origin = g_strndup(p, (gsize)(tab - p));
		id = g_strconcat("context.", origin, NULL);
		text = g_strndup(tab + 1, (gsize)(nl - tab - 1));
		explain(rec, fam, "context", id, text);
		g_free(origin);
		g_free(id);
		g_free(text);
		p = nl + 1;
	}
}

/* fill_record - copy what the text found into the empty fields of rec */
static void
fill_record(bd_record *rec, const scrape_found *f, const scrape_family *fam)
{
	fill_str(rec, &rec->reply_code, f->reply_code, fam, "reply_code", "reply-code");
	fill_status(rec, f, fam);
	/* a Diagnostic-Code that is only a program's exit status ("X-Unix; 255") says less
	 * than the text; its type was the type of that code, not of the text */
	if (rec->diagnostic != NULL && f->diagnostic != NULL &&
	    strspn(rec->diagnostic, "0123456789") == strlen(rec->diagnostic)) {
		g_free(rec->diagnostic);
		g_free(rec->diagnostic_type);
		rec->diagnostic = rec->diagnostic_type = NULL;
	}
	fill_str(rec, &rec->diagnostic, f->diagnostic, fam, "diagnostic", "diagnostic");
	fill_str(rec, &rec->remote_mta, f->remote_mta, fam, "remote_mta", f->host_rule);
	fill_str(rec, &rec->smtp_command, f->smtp_command, fam, "smtp_command", f->command_rule);
	fill_str(rec, &rec->feedback_type, f->feedback_type, fam, "feedback_type", f->rcpt_rule);
	fill_context(rec, f, fam);
}

/* Lines of a multi-line reply read after its first, at most. */
#define SCRAPE_MAX_REPLY_LINES 32

/* reply_line_text - a line of a multi-line reply, its transcript mark ("<<< ") and indentation
 * left out: the offset of its code in p[0..n) when the line starts with one followed by '-'
 * or ' ', else -1 */
static gssize
reply_line_text(const char *p, size_t n)
{
	size_t i = 0;

	while (i < n && (p[i] == ' ' || p[i] == '\t'))
		i++;
	if (n - i >= 3 && memcmp(p + i, "<<<", 3) == 0)
		for (i += 3; i < n && (p[i] == ' ' || p[i] == '\t'); i++)
			;
	if (n - i < 5 || (p[i] != '4' && p[i] != '5') || !g_ascii_isdigit(p[i + 1]) ||
	    !g_ascii_isdigit(p[i + 2]) || (p[i + 3] != '-' && p[i + 3] != ' '))
		return -1;
	return (gssize)i;
}

/* same_unfolded - a and b equal once runs of white space are one space */
static gboolean
same_unfolded(const char *a, size_t an, const char *b)
{
	char *x = scrape_unfold(a, an, SCRAPE_MAX_DIAGNOSTIC), *y;
	gboolean same;

	y = scrape_unfold(b, strlen(b), SCRAPE_MAX_DIAGNOSTIC);
	same = strcmp(x, y) == 0;
	g_free(x);
	g_free(y);
	return same;
}

/*
 * reply_rest - the whole of a multi-line reply whose first line is first ("550-5.7.1 … this
 * message is"; Sendmail's "(reason: …)" and its Diagnostic-Code keep only that line), read
 * from the line of the text that holds it and the continuation lines after it ("<<<
 * 550-5.7.1 likely unsolicited mail …", up to "<<< 550 5.7.1 …"), their repeated code and
 * status left out as dsn.c joins a folded reply; NULL when the text has no more of it.
 * Reads only lines that start with first's code and a dash: at most SCRAPE_MAX_REPLY_LINES
 * after it and SCRAPE_MAX_DIAGNOSTIC bytes.
 */
static char *
reply_rest(const scrape_doc *doc, const char *first)
{
	size_t fl = strlen(first), st = 0, stn = 0;

	if (fl < 5 || !g_ascii_isdigit(first[0]) || first[3] != '-')
		return NULL;
	if (scrape_status_at(first, fl, 4, &stn))
		st = 4;
	for (guint i = 0; i + 1 < doc->lines->len; i++) {
		const scrape_line *ln = &g_array_index(doc->lines, scrape_line, i);
		size_t n = MIN(ln->len, SCRAPE_MAX_LINE);
		gssize c = reply_line_text(ln->p, n);
		GString *out;

		if (c < 0 || memcmp(ln->p + c, first, 4) != 0 ||
		    !same_unfolded(ln->p + c, n - (size_t)c, first))
			continue;
		out = g_string_new(NULL);
		g_string_append_len(out, ln->p + c, (gssize)(n - (size_t)c));
		for (guint k = i + 1; k < doc->lines->len && k <= i + SCRAPE_MAX_REPLY_LINES &&
		                      out->len < SCRAPE_MAX_DIAGNOSTIC;
		     k++) {
			const scrape_line *nx = &g_array_index(doc->lines, scrape_line, k);
			size_t m = MIN(nx->len, SCRAPE_MAX_LINE), r;
			gssize d = reply_line_text(nx->p, m);
			gboolean last;

			if (d < 0 || memcmp(nx->p + d, first, 3) != 0)
				break;
			last = nx->p[d + 3] == ' ';
			r = (size_t)d + 4;
			/* the status repeated at the start of each line */
			if (stn > 0 && m - r > stn && memcmp(nx->p + r, first + st, stn) == 0 &&
			    (nx->p[r + stn] == ' ' || nx->p[r + stn] == '\t'))
				r += stn + 1;
			g_string_append_c(out, ' ');
			g_string_append_len(out, nx->p + r, (gssize)(m - r));
			if (last)
				break;
		}
		if (out->len > n - (size_t)c) {
			char *whole = scrape_unfold(out->str, out->len, SCRAPE_MAX_DIAGNOSTIC);

			g_string_free(out, TRUE);
			return whole;
		}
		g_string_free(out, TRUE);
		return NULL;
	}
	return NULL;
}

/*
 * whole_reply - a diagnostic that is a multi-line reply's first line becomes the whole
 * reply when the text holds it (rec: the DSN record whose Diagnostic-Code it is, explained)
 */
static void
whole_reply(const scrape_doc *doc, char **diag, bd_record *rec, const scrape_family *fam)
{
	char *whole = doc != NULL && *diag != NULL ? reply_rest(doc, *diag) : NULL;

	if (whole == NULL)
		return;
	g_free(*diag);
	*diag = whole;
	if (rec != NULL)
		explain(rec, fam, "diagnostic", "reply-continued", whole);
}

/* fill_command_from_diagnostic - the command a DSN's own Diagnostic-Code names, if any */
static void
fill_command_from_diagnostic(bd_record *rec, const scrape_family *fam)
{
	const scrape_rule *rule;
	const char *cmd = scrape_engine_command(fam, rec->diagnostic, &rule);

	fill_str(rec, &rec->smtp_command, cmd, fam, "smtp_command", rule ? rule->id : NULL);
}

/*
 * found_disagrees - the text found for a recipient names another failure than
 * its DSN group: both have a precise status (no catch-all X.0.0), they
 * differ, and the group's Diagnostic-Code is a reply that does not quote the
 * text's status (a relay passing on a server's reply quotes it; a program's
 * bare exit status says nothing either way).  A list of replies shared by
 * several recipients was paired with the wrong one: nothing it says is about
 * this record.
 */
static gboolean
found_disagrees(const bd_record *rec, const scrape_found *f)
{
	return rec->status != NULL && f->status != NULL && status_code_valid(rec->status) &&
	       status_code_valid(f->status) && strcmp(rec->status + 1, ".0.0") != 0 &&
	       strcmp(f->status + 1, ".0.0") != 0 && strcmp(rec->status, f->status) != 0 &&
	       rec->diagnostic != NULL &&
	       strspn(rec->diagnostic, "0123456789") != strlen(rec->diagnostic) &&
	       strstr(rec->diagnostic, f->status) == NULL;
}

/*
 * gave_up_cause - a failed record's DSN status says only that the queue gave
 * up (x.4.7; a delay's 4.4.7 is its verdict) and the text gives the recipient's last attempt a
 * status of its own, of the same class: that status is the cause (Exchange's attempt list; the DSN
 * keeps 4.4.7 QUEUE.Expired), as a Diagnostic-Code quoting it already reads
 */
static gboolean
gave_up_cause(const bd_record *rec, const scrape_found *f)
{
	return g_strcmp0(rec->action, "delayed") != 0 && rec->status != NULL && f->status != NULL &&
	       status_code_valid(rec->status) && status_code_valid(f->status) &&
	       strcmp(rec->status + 1, ".4.7") == 0 && strcmp(f->status + 1, ".4.7") != 0 &&
	       strcmp(f->status + 1, ".0.0") != 0 && f->status[0] == rec->status[0];
}

/* fill_dsn_records - a DSN was parsed: only complete its records, never add any */
static void
fill_dsn_records(bd_report *report, GPtrArray *found, const scrape_family *fam,
                 const scrape_doc *doc)
{
	GHashTable *by_addr = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);

	for (guint j = 0; j < found->len; j++) {
		scrape_found *f = g_ptr_array_index(found, j);
		char *key = bd_address_key(f->address);

		if (key != NULL && !g_hash_table_contains(by_addr, key))
			g_hash_table_insert(by_addr, key, f);
		else
			g_free(key);
	}
	for (guint i = 0; i < report->records->len; i++) {
		bd_record *rec = g_ptr_array_index(report->records, i);
		char *key = rec->recipient ? bd_address_key(rec->recipient) : NULL;
		const scrape_found *match = key ? g_hash_table_lookup(by_addr, key) : NULL;

		g_free(key);
		if (match == NULL && found->len == 1 && report->records->len == 1)
			match = g_ptr_array_index(found, 0);
		if (match != NULL && gave_up_cause(rec, match))
			bd_set_str(&rec->status, match->status);
		if (match != NULL && !found_disagrees(rec, match))
			fill_record(rec, match, fam);
		whole_reply(doc, &rec->diagnostic, rec, fam);
		if (rec->smtp_command == NULL && rec->diagnostic != NULL)
			fill_command_from_diagnostic(rec, fam);
	}
	g_hash_table_destroy(by_addr);
}

/*
 * permanent_code - the first reply code (else the first status) of a recipient's own
 * text when it is permanent (5xx), or NULL.  The first one is the answer to our attempt;
 * a later one may be a relayed server's, quoted inside a temporary reply ("450 4.1.1
 * … unverified address: … said: 550 5.1.1 …").
 */
static char *
permanent_code(const scrape_found *f)
{
	char *code = dsn_find_reply(f->diagnostic, FALSE);

	if (code == NULL)
		code = g_strdup(f->reply_code);
	if (code == NULL)
		code = dsn_find_status(f->diagnostic, FALSE);
	if (code == NULL)
		code = g_strdup(f->status);
	if (code != NULL && code[0] != '5')
		g_clear_pointer(&code, g_free);
	return code;
}

/*
 * add_records - one record per recipient found; returns how many were added.
 * section (NULL: no delay rows apply) says whether the notice is a delay.
 */
static int
add_records(bd_report *report, GPtrArray *found, const scrape_family *fam, scrape_section *section)
{
	int added = 0;

	for (guint i = 0; i < found->len; i++) {
		const scrape_found *f = g_ptr_array_index(found, i);
		char *addr = bd_address_normalize(f->address);
		char *permanent;
		gboolean delayed;
		bd_record *rec;

		if (addr == NULL || report->records->len >= BD_PARSE_MAX_RECORDS) {
			g_free(addr);
			continue;
		}
		rec = bd_record_new();
		rec->recipient = addr;
		explain(rec, fam, "recipient", f->rcpt_rule, f->address);
		/* a delay notice that says it also reports failures for good (sendmail's
		 * "permanent fatal errors" above its "transient non-fatal errors"): there a
		 * recipient whose own reply is permanent is not being retried.  A notice that
		 * is only a delay stays one for every recipient: it never suppresses. */
		delayed = f->action == NULL && section != NULL && scrape_section_delayed(section);
		permanent = delayed && scrape_section_permanent(section) ? permanent_code(f) : NULL;
		rec->action = g_strdup(f->action                      ? f->action
		                       : f->feedback_type             ? NULL
		                       : delayed && permanent == NULL ? "delayed"
		                                                      : "failed");
		if (permanent != NULL)
			bd_record_explain(rec, "action", "scrape.permanent-in-delay", permanent);
		g_free(permanent);
		fill_record(rec, f, fam);
		bd_report_add_record(report, rec);
		added++;
	}
	if (added > 0 && report->kind == BD_KIND_NONE)
		report->kind = BD_KIND_SCRAPED;
	return added;
}

/* summary_field - the length of a summary label ("To:", "From:", "Subject:") that starts the
 * line l[0..n) after its indentation (*indent_r), else 0 */
static size_t
summary_field(const char *l, size_t n, const char *label, size_t *indent_r)
{
	size_t i = 0, k = strlen(label);

	while (i < n && (l[i] == ' ' || l[i] == '\t'))
		i++;
	*indent_r = i;
	return n - i > k && memcmp(l + i, label, k) == 0 ? k : 0;
}

/* Lines of a notice's summary block looked at above and below its To: line, at most. */
#define SCRAPE_SUMMARY_ROWS 6

/*
 * summary_to - the addressee of the message a notice sums up in a block of its own
 * ("  From:    a@x", "  To:      b@y", "  Subject: …"; a To: line with a From: or Subject:
 * line above or below it, only Date:, Sent:, Size: or Cc: lines between, at most
 * SCRAPE_SUMMARY_ROWS), when nothing was returned: lower-cased, or NULL.  One walk over the
 * lines, each looking at most SCRAPE_SUMMARY_ROWS lines each way.
 */
static char *
summary_to(const scrape_doc *doc)
{
	for (guint i = 0; i < doc->lines->len; i++) {
		const scrape_line *ln = &g_array_index(doc->lines, scrape_line, i);
		const char *l = doc->body_lower + (ln->p - doc->body);
		size_t n = MIN(ln->len, SCRAPE_MAX_LINE), in, k = summary_field(l, n, "to:", &in),
		       s, e;
		gboolean block = FALSE;

		if (k == 0)
			continue;
		/* engine10: the block's other fields, up and down, may come between ("Subject:",
		 * "Date:", "Size: 48213 bytes", then "To: b@y") */
		for (int d = -1; d <= 1 && !block; d += 2) {
			for (guint step = 1; step <= SCRAPE_SUMMARY_ROWS && !block; step++) {
				const scrape_line *nb;
				size_t nin, nn;

				if ((d < 0 && i < step) || (d > 0 && i + step >= doc->lines->len))
					break;
				nb = &g_array_index(doc->lines, scrape_line,
				                    d < 0 ? i - step : i + step);
				l = doc->body_lower + (nb->p - doc->body);
				nn = MIN(nb->len, SCRAPE_MAX_LINE);
				block = summary_field(l, nn, "from:", &nin) > 0 ||
				        summary_field(l, nn, "subject:", &nin) > 0;
				if (!block && summary_field(l, nn, "date:", &nin) == 0 &&
				    summary_field(l, nn, "sent:", &nin) == 0 &&
				    summary_field(l, nn, "size:", &nin) == 0 &&
				    summary_field(l, nn, "cc:", &nin) == 0)
					break;
			}
		}
		if (block && scrape_address_find(ln->p + in + k, n - in - k, &s, &e))
			return scrape_lower(ln->p + in + k + s, e - s);
	}
	return NULL;
}

/* percent_target - "a%h@relay" as the relay passes it on, "a@h" (lower case), or NULL */
static char *
percent_target(const char *addr)
{
	const char *at = strrchr(addr, '@'), *pct;
	char *t;

	if (at == NULL)
		return NULL;
	pct = g_strrstr_len(addr, at - addr, "%");
	if (pct == NULL || pct == addr || pct + 1 == at)
		return NULL;
	t = g_strdup_printf("%.*s@%.*s", (int)(pct - addr), addr, (int)(at - pct - 1), pct + 1);
	for (char *c = t; *c != '\0'; c++)
		*c = g_ascii_tolower(*c);
	return t;
}

/* fill_missing - *dst from src when *dst is NULL */
static void
fill_missing(char **dst, const char *src)
{
	if (*dst == NULL && src != NULL)
		*dst = g_strdup(src);
}

/*
 * merge_percent_routes - one recipient mailed through the percent hack ("kim%lab.x@gw.x",
 * RFC 1123 5.2.16) and named again as the relay rewrote it ("kim@lab.x": the transcript of
 * the relay's own attempt): the address mailed stays, completed with what the other
 * mention says, and the rewritten one goes.  One pass with a table of the rewritten forms.
 */
static void
merge_percent_routes(GPtrArray *found)
{
	GHashTable *routed = NULL;

	for (guint i = 0; i < found->len; i++) {
		const scrape_found *f = g_ptr_array_index(found, i);
		char *target = f->address != NULL && strchr(f->address, '%') != NULL
		                   ? percent_target(f->address)
		                   : NULL;

		if (target == NULL)
			continue;
		if (routed == NULL)
			routed = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
		if (!g_hash_table_contains(routed, target))
			g_hash_table_insert(routed, target, (gpointer)f);
		else
			g_free(target);
	}
	if (routed == NULL)
		return;
	for (guint i = 0; i < found->len;) {
		scrape_found *f = g_ptr_array_index(found, i), *keep;
		char *key = f->address != NULL ? g_ascii_strdown(f->address, -1) : NULL;

		keep = key != NULL ? g_hash_table_lookup(routed, key) : NULL;
		g_free(key);
		if (keep == NULL || keep == f) {
			i++;
			continue;
		}
		fill_missing(&keep->reply_code, f->reply_code);
		fill_missing(&keep->status, f->status);
		fill_missing(&keep->diagnostic, f->diagnostic);
		fill_missing(&keep->remote_mta, f->remote_mta);
		if (keep->smtp_command == NULL && f->smtp_command != NULL) {
			keep->smtp_command = g_strdup(f->smtp_command);
			keep->command_rule = f->command_rule;
		}
		g_ptr_array_remove_index(found, i);
	}
	g_hash_table_destroy(routed);
}

/*
 * scrape_found_records - the recipients the engine found (*found, *sec from its run) to
 * records: a second run when only the returned message's sender was named, the fall-backs,
 * then added to the report or completing its DSN records; the number added
 */
static int
scrape_found_records(const scrape_family *fam, const scrape_input *in, scrape_doc *doc,
                     scrape_section **sec, size_t *end_off, GPtrArray **found, gboolean has_dsn,
                     bd_report *report)
{
	int added = 0;

	/* the sender is the only address the text names beside the failure (or the text names no
	 * one at all, engine10: "Subject: …", "Size: …", "To: r" above "Reason: 552 …"): the
	 * recipient is the addressee of the notice's summary of the message when it has one ("From:
	 * s", "To: r", "Subject: …", then "<s>: 550 5.7.1 Sender address rejected"); else someone
	 * wrote to themselves */
	if ((*found)->len == 0 && doc->sender != NULL) {
		char *to = in->returned == NULL ? summary_to(doc) : NULL;

		if (to != NULL && strcmp(to, doc->sender) != 0) {
			g_ptr_array_add(*found, found_from_section(scrape_section_found(*sec), to,
			                                           "summary-to"));
		} else {
			g_ptr_array_free(*found, TRUE);
			scrape_section_free(*sec);
			doc->sender = NULL;
			*found = scrape_engine_run(fam, doc, sec, end_off);
		}
		g_free(to);
	}
	drop_delivered(*found);
	/* an unknown MTA: trust a bare address line only under a failure phrase */
	if ((fam->flags & SCRAPE_F_NEED_CODE) && !scrape_section_opened(*sec))
		keep_coded(*found);
	fallback_recipients(fam, in, doc, *sec, MIN(*end_off, doc->body_len),
	                    report->verp_recipient, *found);
	merge_percent_routes(*found);
	single_from_section(*found, *sec);
	for (guint i = 0; i < (*found)->len; i++) {
		scrape_found *f = g_ptr_array_index(*found, i);

		whole_reply(doc, &f->diagnostic, NULL, fam);
	}
	if (has_dsn)
		fill_dsn_records(report, *found, fam, doc);
	else
		added = add_records(report, *found, fam, *sec);
	return added;
}

/* scrape_text - run the family's rows over the notification text and add or complete records */
static int
scrape_text(const scrape_family *fam, const scrape_input *in, size_t body_len,
            const char *subject_lower, gboolean has_dsn, gboolean success, bd_report *report)
{
	scrape_doc doc = {
	    .body = in->body ? in->body : "", .body_len = body_len, .subject_lower = subject_lower};
	scrape_section *sec = NULL;
	size_t end_off = 0, unwrapped_len = 0;
	char *lower, *sender, *bouncer, *unwrapped;
	GPtrArray *found;
	int added = 0;

	/* an address a fixed-width wrap split over two lines is read whole */
	unwrapped = scrape_unwrap_addresses(doc.body, body_len, &unwrapped_len);
	if (unwrapped != NULL) {
		doc.body = unwrapped;
		doc.body_len = body_len = unwrapped_len;
	}
	doc.lines = scrape_split_lines(doc.body, body_len, SCRAPE_MAX_LINES, SCRAPE_MAX_LINE);
	doc.body_lower = lower = lower_lines(doc.body, body_len, doc.lines);
	/* the returned message's sender; with nothing returned, the notice's own addressee (a
	 * bounce goes to the sender of the message it reports) */
	sender = in->returned ? header_address(in->returned, in->returned_len, "from:")
	         : in->headers != NULL
	             ? header_address(in->headers, strnlen(in->headers, SCRAPE_MAX_HEADERS), "to:")
	             : NULL;
	doc.sender = sender;
	doc.bouncer = bouncer = first_address(in->from);
	found = scrape_engine_run(fam, &doc, &sec, &end_off);
	/* a success notice without a failure section lists the recipients it reached */
	if (success && !scrape_section_opened(sec))
		g_ptr_array_set_size(found, 0);
	else
		added =
		    scrape_found_records(fam, in, &doc, &sec, &end_off, &found, has_dsn, report);
	g_ptr_array_free(found, TRUE);
	scrape_section_free(sec);
	g_free(sender);
	g_free(bouncer);
	g_free(lower);
	g_free(unwrapped);
	g_array_free(doc.lines, TRUE);
	return added;
}

/* A person's or help desk's forward: the separator above the forwarded header block. */
static const char *const forward_separators[] = {
    "forwarded message",         "original message",        "begin forwarded message",
    "weitergeleitete nachricht", "ursprüngliche nachricht", "message transféré",
    "message d'origine",         "mensaje reenviado",       "mensaje original",
    "messaggio inoltrato",       "messaggio originale",     "doorgestuurd bericht",
    "oorspronkelijk bericht"};

/* A forwarded header block: "From:", "Subject:", "To:" in a few languages (lower case). */
static const char *const forward_from[] = {"from:", "von:", "de :", "de:", "da:", "van:"};
static const char *const forward_subject[] = {
    "subject:", "betreff:", "objet :", "objet:", "asunto:", "oggetto:", "onderwerp:"};
static const char *const forward_to[] = {"to:", "an:", "à :", "à:", "para:", "a:", "aan:"};
/* Outlook's block without a separator names the sending time right under its From: line */
static const char *const forward_sent[] = {
    "sent:", "gesendet:", "envoyé :", "envoyé:", "enviado:", "inviato:", "verzonden:"};

/* line_prefix - the length of the first of prefixes that starts l[0..n), or 0 */
static size_t
line_prefix(const char *l, size_t n, const char *const *prefixes, size_t np)
{
	for (size_t i = 0; i < np; i++) {
		size_t k = strlen(prefixes[i]);

		if (n >= k && memcmp(l, prefixes[i], k) == 0)
			return k;
	}
	return 0;
}

/* The forwarded header block found in a text: where the forwarded text starts, its fields. */
typedef struct forward_block {
	size_t text;               /* offset of the first line after the block */
	char *from, *subject, *to; /* values, lower-cased (NULL when absent) */
} forward_block;

/*
 * forward_find - the header block a forward prints below its separator line
 * ("---------- Forwarded message ---------", "-----Original Message-----",
 * "Begin forwarded message:", each line maybe quoted "> "): "From:", "Sent:"
 * or "Date:", "To:", "Subject:" up to a blank line.  FALSE when the text has
 * no separator followed by a block holding a From: line.  Linear: the lines
 * are walked once, the block's lines once more.
 */
static gboolean
forward_find(const char *lower, size_t len, forward_block *fb)
{
	size_t i = 0;

	memset(fb, 0, sizeof(*fb));
	while (i < len) {
		const char *eol = memchr(lower + i, '\n', len - i);
		size_t end = eol ? (size_t)(eol - lower) : len, k = i;
		size_t rule = 0, block = end + 1;

		while (k < end &&
		       (lower[k] == ' ' || lower[k] == '\t' || lower[k] == '>' || lower[k] == '-'))
			k++;
		/* engine14: Outlook's rule of underscores above its block, or its block without
		 * any separator: a "From:" line whose next line is "Sent:" */
		while (k + rule < end && lower[k + rule] == '_')
			rule++;
		if (rule < 8 || k + rule < end)
			rule = 0;
		if (rule == 0 && end < len &&
		    line_prefix(lower + k, end - k, forward_from, G_N_ELEMENTS(forward_from)) > 0) {
			size_t n = end + 1;

			while (n < len && (lower[n] == ' ' || lower[n] == '\t' || lower[n] == '>'))
				n++;
			if (line_prefix(lower + n, len - n, forward_sent,
			                G_N_ELEMENTS(forward_sent)) > 0) {
				rule = 1;
				block = i;
			}
		}
		if (rule > 0 || line_prefix(lower + k, end - k, forward_separators,
		                            G_N_ELEMENTS(forward_separators)) > 0) {
			size_t j = block, lines = 0;

			while (j < len && lines < 12) {
				const char *jl = memchr(lower + j, '\n', len - j);
				size_t je = jl ? (size_t)(jl - lower) : len, q = j, v;
				char **slot = NULL;

				while (q < je &&
				       (lower[q] == ' ' || lower[q] == '\t' || lower[q] == '>'))
					q++;
				if (q == je || (je - q == 1 && lower[q] == '\r')) {
					if (fb->from != NULL || lines > 0)
						break;
					j = je +
					    1; /* blank lines between the separator and the block */
					continue;
				}
				lines++;
				if ((v = line_prefix(lower + q, je - q, forward_from,
				                     G_N_ELEMENTS(forward_from))) > 0)
					slot = &fb->from;
				else if ((v = line_prefix(lower + q, je - q, forward_subject,
				                          G_N_ELEMENTS(forward_subject))) > 0)
					slot = &fb->subject;
				else if ((v = line_prefix(lower + q, je - q, forward_to,
				                          G_N_ELEMENTS(forward_to))) > 0)
					slot = &fb->to;
				else if (memchr(lower + q, ':', je - q) == NULL)
					break; /* no header line: the block ended without a blank
					          line */
				if (slot != NULL && *slot == NULL)
					*slot = g_strndup(lower + q + v, je - q - v);
				j = je + 1;
			}
			if (fb->from != NULL) {
				fb->text = MIN(j, len);
				return TRUE;
			}
			g_clear_pointer(&fb->subject, g_free);
			g_clear_pointer(&fb->to, g_free);
			return FALSE;
		}
		i = end + 1;
	}
	return FALSE;
}

/* forward_block_clear - free the values of a forwarded header block */
static void
forward_block_clear(forward_block *fb)
{
	g_free(fb->from);
	g_free(fb->subject);
	g_free(fb->to);
}

/* bounce_marked - does a From (where SCRAPE_IN_FROM) or Subject text carry a bounce marker? */
static gboolean
bounce_marked(const char *text, scrape_where where)
{
	for (const scrape_marker *m = scrape_bounce_markers; text != NULL && m->text != NULL; m++)
		if (m->where == where && marker_pair_find(text, m))
			return TRUE;
	return FALSE;
}

static int scrape_run_at(const scrape_input *in, bd_report *report, gboolean inner);

/*
 * scrape_forwarded - a person's or help desk's forward of a free-text bounce
 * that no family claims: the forwarded header block decides.  A mailer-daemon
 * or postmaster sender, or a delivery-failure subject there, makes the text
 * below the block the notice (read with the block's From and Subject).  -1
 * when the text holds no such block, or one of another sender: a notice that
 * prints the returned message's headers below "Original message headers" is
 * read as before, and an ordinary forward finds no notice there either.
 */
static int
scrape_forwarded(const scrape_input *in, const detect_text *dt, size_t body_len, bd_report *report)
{
	forward_block fb;
	int added = 0;
	char *lower;

	if (body_len == 0 || bounce_marked(dt->from, SCRAPE_IN_FROM))
		return -1; /* the bounce's own text, quoting the message it returns */
	lower = scrape_lower(in->body, body_len);
	if (!forward_find(lower, body_len, &fb)) {
		g_free(lower);
		return -1;
	}
	if (bounce_marked(fb.from, SCRAPE_IN_FROM) ||
	    bounce_marked(fb.subject, SCRAPE_IN_SUBJECT)) {
		scrape_input sub = {0};

		sub.from = fb.from;
		sub.subject = fb.subject != NULL ? fb.subject : "";
		sub.body = in->body + fb.text;
		sub.body_len = body_len - fb.text;
		added = scrape_run_at(&sub, report, TRUE);
	} else {
		added = -1; /* a notice quoting the original's headers, or an ordinary forward */
	}
	forward_block_clear(&fb);
	g_free(lower);
	return added;
}

/* scrape_run - recognise the family, read the text, add or complete records */
int
scrape_run(const scrape_input *in, bd_report *report)
{
	return scrape_run_at(in, report, FALSE);
}

/* scrape_run_at - scrape_run; inner: the text forwarded below a forward's header block */
static int
scrape_run_at(const scrape_input *in, bd_report *report, gboolean inner)
{
	size_t body_len, status_len;
	gboolean has_dsn;
	detect_text dt;
	const scrape_family *fam;
	int added = 0;

	if (in == NULL || report == NULL || report->kind == BD_KIND_ARF ||
	    report->kind == BD_KIND_AUTOREPLY)
		return 0;
	/* a delivery-status part without a single recipient: the text is all there is */
	has_dsn = in->has_dsn && report->records->len > 0;
	body_len = in->body ? MIN(in->body_len, BD_PARSE_MAX_TEXT) : 0;
	dt.from = lower_str(in->from, 1024);
	/* localised subjects start with capitals outside ASCII too ("Недоставленное сообщение") */
	dt.subject =
	    in->subject ? utf8_lower(in->subject, strnlen(in->subject, 1024)) : g_strdup("");
	dt.headers = marker_headers(in->headers);
	dt.body = scrape_lower(in->body ? in->body : "", MIN(body_len, SCRAPE_DETECT_BYTES));
	status_len = in->status ? MIN(in->status_len, SCRAPE_DETECT_BYTES) : 0;
	dt.status = scrape_lower(in->status ? in->status : "", status_len);
	scrape_grams_fill_strided(&dt.from_grams, dt.from, strlen(dt.from));
	scrape_grams_fill_strided(&dt.subject_grams, dt.subject, strlen(dt.subject));
	scrape_grams_fill_strided(&dt.headers_grams, dt.headers, strlen(dt.headers));
	scrape_grams_fill_strided(&dt.body_grams, dt.body, MIN(body_len, SCRAPE_DETECT_BYTES));
	scrape_grams_fill_strided(&dt.status_grams, dt.status, status_len);
	fam = detect_family(&dt);
	if (!inner && !has_dsn && (fam == NULL || fam == &scrape_generic_family) &&
	    (added = scrape_forwarded(in, &dt, body_len, report)) >= 0)
		fam = NULL;
	else
		added = 0;
	if (fam != NULL && fam != &scrape_generic_family && report->mta == NULL)
		report->mta = g_strdup(fam->name);

	if (fam != NULL && (fam->flags & SCRAPE_F_SES_JSON)) {
		GPtrArray *found = scrape_ses_run(in->body, body_len);

		if (has_dsn)
			fill_dsn_records(report, found, fam, NULL);
		else
			added = add_records(report, found, fam, NULL);
		g_ptr_array_free(found, TRUE);
	} else if (fam != NULL) {
		/* only a text without a delivery-status part lists its recipients itself */
		gboolean success =
		    !has_dsn && markers_match(scrape_success_markers,
		                              marker_sigs_of(scrape_n_families + 1), &dt);

		added = scrape_text(fam, in, body_len, dt.subject, has_dsn, success, report);
		/* the family's rows read no one in what is plainly a bounce (a layout or language
		 * they do not know): the generic reader gets its chance, under its own rules */
		if (added == 0 && !has_dsn && !success && fam != &scrape_generic_family &&
		    (bounce_marked(dt.from, SCRAPE_IN_FROM) ||
		     bounce_marked(dt.subject, SCRAPE_IN_SUBJECT)))
			added = scrape_text(&scrape_generic_family, in, body_len, dt.subject, FALSE,
			                    FALSE, report);
	}
	g_free(dt.from);
	g_free(dt.subject);
	g_free(dt.headers);
	g_free(dt.body);
	g_free(dt.status);
	return added;
}
