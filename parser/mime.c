/* mime.c - bd_parse: bytes in, bd_report out (GMime walk, then DSN, ARF, auto-reply, scrape) */
#include <string.h>
#include <bounced/address.h>
#include <bounced/classify.h>
#include <bounced/parse.h>
#include "arf.h"
#include "autoreply.h"
#include "dsn.h"
#include "fields.h"
#include "original.h"
#include "prescan.h"
#include "scrape.h"
#include "scrape_cause.h"
#include "scrape_text.h"
#include "text.h"
#include "tophdr.h"
#include "utf8.h"
#include "strbuf.h"

/* Text kept from a returned message for the scrapers. */
#define MIME_RETURNED_MAX (64u * 1024)
/* Text kept from each text part inside a returned message (for nested status blocks). */
#define MIME_INNER_TEXT_MAX (64u * 1024)

/* What the walk found, in document order. */
typedef enum mime_found_kind {
	MIME_FOUND_DSN,     /* message/delivery-status, message/global-delivery-status */
	MIME_FOUND_ARF,     /* message/feedback-report */
	MIME_FOUND_MESSAGE, /* message/rfc822, message/global: a returned message */
	MIME_FOUND_HEADERS, /* text/rfc822-headers */
	MIME_FOUND_TEXT,    /* text/plain or text/html inside a returned message */
} mime_found_kind;

typedef struct mime_found {
	mime_found_kind kind;
	int level;         /* how many message/rfc822 wrappers enclose it */
	GString *text;     /* decoded text; for MESSAGE and TEXT made on first use */
	GMimeMessage *msg; /* MESSAGE: the inner message, borrowed from the tree */
	GMimePart *part;   /* TEXT: the part, borrowed from the tree */
} mime_found;

typedef struct mime_walk {
	unsigned max_depth, max_parts, parts;
	char *error;      /* first limit hit, or NULL */
	GPtrArray *found; /* mime_found * */
	GString *body;    /* level-0 notification text */
	char *returned;   /* the returned message's header block, kept by the prescan, or NULL */
	size_t returned_len;
	GString *hidden; /* top-level headers GMime did not get, as mime_headers_text writes them */
	GArray *hidden_at; /* mime_hidden_line: where each line of hidden goes */
	tophdr *top;       /* the top-level headers, by name */
	GMimeObject
	    *own; /* the GMimeMessage (its headers but Content-*), or NULL: see mime_build */
	GMimeObject *part; /* the top-level MIME part (the message's body), or NULL */
	char *hint;        /* the charset of the Subject's (else From's) encoded words, or NULL:
	                      for a notice text left undeclared or labelled us-ascii */
	GPtrArray *owned;  /* GMimeMessage * parsed from ".eml" attachments (mime_eml_message) */
} mime_walk;

/* A line of mime_walk.hidden: its bytes, and the offset GMime's next header would have. */
typedef struct mime_hidden_line {
	size_t off, len;
	gint64 at;
} mime_hidden_line;

static GOnce mime_once = G_ONCE_INIT;

/*
 * Charsets common in bounces.  glibc unloads a gconv module when its last
 * converter closes, so every conversion would map the module again; one
 * converter per charset, opened once and never used, keeps them loaded.
 */
static const char *const mime_pinned_charsets[] = {
    "ISO-2022-JP",  "SHIFT_JIS",    "EUC-JP",       "ISO-8859-1", "ISO-8859-2", "ISO-8859-15",
    "WINDOWS-1250", "WINDOWS-1251", "WINDOWS-1252", "KOI8-R",     "GB18030",    "BIG5",
    "EUC-KR",       "ISO-2022-KR",  "UTF-16",       "UTF-7",
};

/* The pinned converters, kept reachable (volatile: the stores must stay) so leak checkers
 * see them as held, not lost. */
static volatile GIConv mime_pinned[G_N_ELEMENTS(mime_pinned_charsets)];

/* mime_init_once - g_once callback that initialises GMime and pins the gconv modules */
static gpointer
mime_init_once(gpointer unused)
{
	g_mime_init();
	for (size_t i = 0; i < G_N_ELEMENTS(mime_pinned_charsets); i++)
		mime_pinned[i] = g_iconv_open("UTF-8", mime_pinned_charsets[i]);
	return NULL;
}

/* bd_parse_init - initialise GMime once, from any thread */
void
bd_parse_init(void)
{
	g_once(&mime_once, mime_init_once, NULL);
}

/* mime_found_free - GPtrArray free function of mime_found */
static void
mime_found_free(gpointer p)
{
	mime_found *f = p;

	if (f->text != NULL)
		g_string_free(f->text, TRUE);
	g_free(f);
}

/* mime_add - note a found part */
static mime_found *
mime_add(mime_walk *w, mime_found_kind kind, int level)
{
	mime_found *f = g_new0(mime_found, 1);

	f->kind = kind;
	f->level = level;
	g_ptr_array_add(w->found, f);
	return f;
}

/* mime_limit - remember the first limit that cut the walk short */
static void
mime_limit(mime_walk *w, const char *what, unsigned value)
{
	if (w->error == NULL)
		w->error = g_strdup_printf("%s %u; %s", what, value, "the rest was not parsed");
}

/* mime_part_text - a part's text, at most max bytes */
static GString *
mime_part_text(GMimePart *part, size_t max)
{
	GString *s = g_string_new(NULL);

	text_part_append(part, s, max);
	return s;
}

/* mime_raw_header - append "Name:" and the raw (still folded) value of h */
static void
mime_raw_header(GMimeHeader *h, GString *s)
{
	const char *raw = g_mime_header_get_raw_value(h);

	if (raw == NULL)
		return;
	g_string_append(s, g_mime_header_get_name(h));
	g_string_append_c(s, ':');
	g_string_append(s, raw);
}

/*
 * mime_raw_headers - the header block of a parsed message as received: its
 * own headers and those of its MIME part (Content-*) merged in the order they
 * came, which is what g_mime_object_get_headers writes, without its stream
 * and filter objects
 */
static void
mime_raw_headers(GMimeMessage *msg, GString *s, size_t max)
{
	GMimeObject *part = g_mime_message_get_mime_part(msg);
	GMimeHeaderList *a = g_mime_object_get_header_list(GMIME_OBJECT(msg));
	GMimeHeaderList *b = part ? g_mime_object_get_header_list(part) : NULL;
	int na = a ? g_mime_header_list_get_count(a) : 0;
	int nb = b ? g_mime_header_list_get_count(b) : 0;
	int i = 0, j = 0;

	while ((i < na || j < nb) && s->len < max) {
		GMimeHeader *ha = i < na ? g_mime_header_list_get_header_at(a, i) : NULL;
		GMimeHeader *hb = j < nb ? g_mime_header_list_get_header_at(b, j) : NULL;

		if (hb == NULL ||
		    (ha != NULL && g_mime_header_get_offset(ha) <= g_mime_header_get_offset(hb))) {
			mime_raw_header(ha, s);
			i++;
		} else {
			mime_raw_header(hb, s);
			j++;
		}
	}
	if (s->len > max)
		g_string_truncate(s, max);
}

/* mime_returned_text - headers and start of the body of a returned message */
static GString *
mime_returned_text(GMimeMessage *msg)
{
	GString *s = g_string_new(NULL);
	GMimeObject *body = g_mime_message_get_body(msg);

	mime_raw_headers(msg, s, MIME_RETURNED_MAX);
	g_string_append_c(s, '\n');
	if (body != NULL && GMIME_IS_PART(body) && s->len < MIME_RETURNED_MAX)
		text_part_append(GMIME_PART(body), s, MIME_RETURNED_MAX - s->len);
	return s;
}

static void mime_walk_object(mime_walk *w, GMimeObject *obj, unsigned depth, int level);

/* mime_append_body - add raw text to the notification text, within its limit */
static void
mime_append_body(mime_walk *w, const char *text)
{
	size_t n = strlen(text);

	if (w->body->len >= BD_PARSE_MAX_TEXT)
		return;
	strbuf_append(w->body, text, MIN(n, BD_PARSE_MAX_TEXT - w->body->len));
}

/*
 * mime_attached_eml - is part a saved message under a generic type: an application/
 * octet-stream (or other application/...) part whose file name ends in ".eml" (a gateway
 * that attaches the returned message as a file rather than as message/rfc822)?
 */
static gboolean
mime_attached_eml(GMimePart *part, const char *type)
{
	const char *name;
	size_t n;

	if (g_ascii_strcasecmp(type, "application") != 0)
		return FALSE;
	name = g_mime_part_get_filename(part);
	n = name != NULL ? strlen(name) : 0;
	return n > 4 && g_ascii_strcasecmp(name + n - 4, ".eml") == 0;
}

/*
 * mime_eml_message - the message saved in an ".eml" attachment (mime_attached_eml), parsed
 * on its own as GMime parses a message/rfc822 part, or NULL.  A help desk or a person's
 * mail program attaches a bounce so (engine16); a gateway its returned message.  The caller
 * owns the result.  The content is at most the size of the message it came in.
 */
static GMimeMessage *
mime_eml_message(GMimePart *part)
{
	GMimeDataWrapper *content = g_mime_part_get_content(part);
	GMimeStream *stream;
	GMimeParser *parser;
	GMimeMessage *msg;
	GByteArray *bytes;

	if (content == NULL)
		return NULL;
	stream = g_mime_stream_mem_new();
	g_mime_data_wrapper_write_to_stream(content, stream);
	bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
	g_byte_array_set_size(bytes, text_normalize_eol((char *)bytes->data, bytes->len));
	g_mime_stream_reset(stream);
	parser = g_mime_parser_new_with_stream(stream);
	msg = bytes->len > 0 ? g_mime_parser_construct_message(parser, NULL) : NULL;
	g_object_unref(parser);
	g_object_unref(stream);
	return msg;
}

/* The first bytes of an application/octet-stream part read to tell a status block. */
#define MIME_SNIFF_MAX 4096u

/* mime_sniff_whole - the part's whole text (up to BD_PARSE_MAX_TEXT) once a sniff of its first
 * MIME_SNIFF_MAX bytes, text, said it is worth reading; text itself when it was not cut */
static GString *
mime_sniff_whole(GMimePart *part, GString *text)
{
	if (text->len >= MIME_SNIFF_MAX) {
		g_string_free(text, TRUE);
		text = mime_part_text(part, BD_PARSE_MAX_TEXT);
	}
	return text;
}

/*
 * mime_attached_status - the text of an application/octet-stream part that holds RFC 3464
 * fields (dsn_looks_like: a Final- or Original-Recipient and an Action or Status), or NULL:
 * a gateway that sends its delivery-status part as an opaque attachment (engine16,
 * "delivery-status.txt" or no name at all).  Any other file is read no further than its
 * first MIME_SNIFF_MAX bytes.
 */
static GString *
mime_attached_status(GMimePart *part, const char *type, const char *sub)
{
	GString *text;

	if (g_ascii_strcasecmp(type, "application") != 0 ||
	    g_ascii_strcasecmp(sub, "octet-stream") != 0)
		return NULL;
	text = mime_part_text(part, MIME_SNIFF_MAX);
	if (!dsn_looks_like(text->str, text->len)) {
		g_string_free(text, TRUE);
		return NULL;
	}
	return mime_sniff_whole(part, text);
}

/*
 * mime_text_feedback_fields - the text of a text/plain part that opens with RFC 5965's
 * Feedback-Type field and holds its User-Agent or Version field, or NULL: a feedback loop that
 * types its feedback-report part as plain text (arf4).  A person's note opens with words,
 * not with the field.
 */
static GString *
mime_text_feedback_fields(GMimePart *part, const char *type, const char *sub)
{
	GString *text;
	const char *s;
	char *lower;
	gboolean fields;

	if (g_ascii_strcasecmp(type, "text") != 0 || g_ascii_strcasecmp(sub, "plain") != 0)
		return NULL;
	text = mime_part_text(part, MIME_SNIFF_MAX);
	for (s = text->str; g_ascii_isspace(*s); s++)
		;
	lower = ascii_strdown(s, -1);
	fields = g_str_has_prefix(lower, "feedback-type:") &&
	         (strstr(lower, "\nuser-agent:") != NULL || strstr(lower, "\nversion:") != NULL);
	g_free(lower);
	if (!fields) {
		g_string_free(text, TRUE);
		return NULL;
	}
	return mime_sniff_whole(part, text);
}

static void mime_walk_message(mime_walk *w, GMimeMessage *inner, unsigned depth, int level);

/* mime_walk_leaf - a leaf part: file it by content type */
static void
mime_walk_leaf(mime_walk *w, GMimePart *part, unsigned depth, int level)
{
	GMimeContentType *ct = g_mime_object_get_content_type(GMIME_OBJECT(part));
	const char *type = ct ? g_mime_content_type_get_media_type(ct) : "text";
	const char *sub = ct ? g_mime_content_type_get_media_subtype(ct) : "plain";
	GMimeMessage *eml;
	GString *status;

	if (type == NULL || sub == NULL)
		return;
	if (mime_attached_eml(part, type) && (eml = mime_eml_message(part)) != NULL) {
		g_ptr_array_add(w->owned, eml);
		mime_walk_message(w, eml, depth, level);
	} else if ((status = mime_attached_status(part, type, sub)) != NULL) {
		mime_add(w, MIME_FOUND_DSN, level)->text = status;
	} else if (g_ascii_strcasecmp(type, "message") == 0 &&
	           (g_ascii_strcasecmp(sub, "delivery-status") == 0 ||
	            g_ascii_strcasecmp(sub, "global-delivery-status") == 0)) {
		mime_add(w, MIME_FOUND_DSN, level)->text = mime_part_text(part, BD_PARSE_MAX_TEXT);
	} else if (g_ascii_strcasecmp(type, "message") == 0 &&
	           g_ascii_strcasecmp(sub, "feedback-report") == 0) {
		mime_add(w, MIME_FOUND_ARF, level)->text = mime_part_text(part, BD_PARSE_MAX_TEXT);
	} else if ((status = mime_text_feedback_fields(part, type, sub)) != NULL) {
		mime_add(w, MIME_FOUND_ARF, level)->text = status;
	} else if (g_ascii_strncasecmp(sub, "rfc822-header", 13) == 0 ||
	           g_ascii_strcasecmp(sub, "global-headers") == 0 ||
	           mime_attached_eml(part, type) ||
	           (g_ascii_strcasecmp(type, "message") == 0 &&
	            (g_ascii_strcasecmp(sub, "rfc822") == 0 ||
	             g_ascii_strcasecmp(sub, "global") == 0))) {
		mime_add(w, MIME_FOUND_HEADERS, level)->text =
		    mime_part_text(part, MIME_RETURNED_MAX);
	} else if ((g_ascii_strcasecmp(type, "text") == 0 &&
	            (g_ascii_strcasecmp(sub, "plain") == 0 ||
	             g_ascii_strcasecmp(sub, "html") == 0)) ||
	           /* an event notification (Amazon SES's JSON) forwarded as the body itself */
	           (level == 0 && g_ascii_strcasecmp(type, "application") == 0 &&
	            g_ascii_strcasecmp(sub, "json") == 0)) {
		if (level == 0) {
			if (w->body->len < BD_PARSE_MAX_TEXT) {
				if (w->body->len > 0 && w->body->str[w->body->len - 1] != '\n')
					g_string_append_c(w->body, '\n');
				text_part_append_hint(part, w->body,
				                      BD_PARSE_MAX_TEXT - w->body->len, w->hint);
			}
		} else if (level == 1) {
			mime_add(w, MIME_FOUND_TEXT, level)->part = part;
		}
	}
}

static void mime_walk_object(mime_walk *w, GMimeObject *obj, unsigned depth, int level);

/* Fewer bytes than this from a text/plain alternative ("view this message in HTML") send the
 * reader to the last alternative as well. */
#define MIME_PLAIN_ALTERNATIVE_MIN 64

/* mime_coded - does the text hold a reply code where replies stand, or an enhanced status? */
static gboolean
mime_coded(const char *s, size_t n)
{
	size_t pos, len;

	return scrape_reply_find(s, n, &pos) >= SCRAPE_CODE_PLACED ||
	       scrape_status_find(s, n, &pos, &len);
}

/* A text/plain alternative shorter than this may be a mere pointer to the HTML form. */
#define MIME_PLAIN_ALTERNATIVE_SHORT 256

/*
 * mime_cause_left_out - does a short plain form (plain[0..plain_len)) name no cause the
 * classifier knows by its words while the last form (rich) does (engine15: "Your message
 * could not be delivered. Open this message in an HTML viewer for details." beside an
 * HTML form that says "Reason: the recipient's mailbox is full")?
 */
static gboolean
mime_cause_left_out(const char *plain, size_t plain_len, const char *rich, size_t rich_len)
{
	char *cause;

	if (plain_len >= MIME_PLAIN_ALTERNATIVE_SHORT)
		return FALSE;
	if ((cause = scrape_cause_find(plain, plain_len, NULL)) != NULL) {
		g_free(cause);
		return FALSE;
	}
	cause = scrape_cause_find(rich, rich_len, NULL);
	g_free(cause);
	return cause != NULL;
}

/*
 * mime_walk_alternative - a multipart/alternative holds one text in several
 * forms: only its text/plain one is read (the HTML form would repeat every
 * sentence, and a diagnostic with it), and the last, richest form as well
 * when the plain one says next to nothing; when the plain one quotes no reply
 * code and no status, the last form (a leaf part) is read too if it quotes one
 * (engine14: a plain summary that lists the addresses and sends the reader to
 * the HTML form for the details), or, when the plain one is short and names no cause the
 * classifier knows by its words, if it names one (engine15: "Open this message in an HTML
 * viewer for details").  FALSE when mp is no alternative
 * or has no text/plain part: the caller walks every part.
 */
static gboolean
mime_walk_alternative(mime_walk *w, GMimeMultipart *mp, unsigned depth, int level)
{
	GMimeContentType *ct = g_mime_object_get_content_type(GMIME_OBJECT(mp));
	int n = g_mime_multipart_get_count(mp), plain = -1;
	size_t before = w->body->len;

	if (ct == NULL || !g_mime_content_type_is_type(ct, "multipart", "alternative"))
		return FALSE;
	for (int i = 0; i < n && plain < 0; i++) {
		GMimeObject *part = g_mime_multipart_get_part(mp, i);
		GMimeContentType *pct = g_mime_object_get_content_type(part);

		if (GMIME_IS_PART(part) && pct != NULL &&
		    g_mime_content_type_is_type(pct, "text", "plain"))
			plain = i;
	}
	if (plain < 0)
		return FALSE;
	mime_walk_object(w, g_mime_multipart_get_part(mp, plain), depth + 1, level);
	if (level == 0 && plain != n - 1 && w->body->len < before + MIME_PLAIN_ALTERNATIVE_MIN &&
	    w->parts <= w->max_parts) {
		mime_walk_object(w, g_mime_multipart_get_part(mp, n - 1), depth + 1, level);
	} else if (level == 0 && plain != n - 1 && w->parts <= w->max_parts &&
	           GMIME_IS_PART(g_mime_multipart_get_part(mp, n - 1)) &&
	           !mime_coded(w->body->str + before, w->body->len - before)) {
		/* the last form is kept only when it quotes what the plain one left out */
		size_t mid = w->body->len;

		mime_walk_object(w, g_mime_multipart_get_part(mp, n - 1), depth + 1, level);
		if (!mime_coded(w->body->str + mid, w->body->len - mid) &&
		    !mime_cause_left_out(w->body->str + before, mid - before, w->body->str + mid,
		                         w->body->len - mid))
			g_string_truncate(w->body, mid);
	}
	return TRUE;
}

/* mime_walk_object - walk one MIME object, within the depth and part limits */
static void
mime_walk_object(mime_walk *w, GMimeObject *obj, unsigned depth, int level)
{
	if (obj == NULL)
		return;
	if (++w->parts > w->max_parts) {
		mime_limit(w, "more MIME parts than", w->max_parts);
		return;
	}
	if (depth > w->max_depth) {
		mime_limit(w, "MIME nesting deeper than", w->max_depth);
		return;
	}
	if (GMIME_IS_MULTIPART(obj)) {
		GMimeMultipart *mp = GMIME_MULTIPART(obj);
		int n = g_mime_multipart_get_count(mp);

		if (mime_walk_alternative(w, mp, depth, level))
			return;
		for (int i = 0; i < n && w->parts <= w->max_parts; i++)
			mime_walk_object(w, g_mime_multipart_get_part(mp, i), depth + 1, level);
		/* no boundary matched (damaged or mis-declared): the whole body is the prologue */
		if (n == 0 && level == 0 && g_mime_multipart_get_prologue(mp) != NULL)
			mime_append_body(w, g_mime_multipart_get_prologue(mp));
	} else if (GMIME_IS_MESSAGE_PART(obj)) {
		GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));

		if (inner != NULL)
			mime_walk_message(w, inner, depth, level);
	} else if (GMIME_IS_PART(obj)) {
		mime_walk_leaf(w, GMIME_PART(obj), depth, level);
	}
}

/* mime_walk_message - a returned (or attached) message: noted, and its parts walked one
 * level deeper */
static void
mime_walk_message(mime_walk *w, GMimeMessage *inner, unsigned depth, int level)
{
	mime_add(w, MIME_FOUND_MESSAGE, level)->msg = inner;
	mime_walk_object(w, g_mime_message_get_mime_part(inner), depth + 1, level + 1);
}

/*
 * mime_normalize - data with CRLF and lone CR turned into LF.  LF-only input
 * (the common case) is wrapped without a copy: the array borrows data and
 * must be released with mime_release, never written to.
 */
static GByteArray *
mime_normalize(const char *data, size_t len, gboolean *borrowed_r)
{
	GByteArray *arr;

	*borrowed_r = memchr(data, '\r', len) == NULL;
	if (*borrowed_r)
		return g_byte_array_new_take((guint8 *)data, len);
	arr = g_byte_array_sized_new(len + 1);
	g_byte_array_append(arr, (const guint8 *)data, len);
	g_byte_array_set_size(arr, text_normalize_eol((char *)arr->data, arr->len));
	return arr;
}

/* mime_release - free what mime_normalize returned (not the caller's data when borrowed) */
static void
mime_release(GByteArray *arr, gboolean borrowed)
{
	g_byte_array_free(arr, !borrowed);
}

/* mime_min_level - the smallest level of found parts of kind, or -1 */
static int
mime_min_level(const mime_walk *w, mime_found_kind kind)
{
	int best = -1;

	for (guint i = 0; i < w->found->len; i++) {
		const mime_found *f = g_ptr_array_index(w->found, i);

		if (f->kind == kind && (best < 0 || f->level < best))
			best = f->level;
	}
	return best;
}

/* mime_first - the first found part of kind at level, or NULL */
static mime_found *
mime_first(const mime_walk *w, mime_found_kind kind, int level)
{
	for (guint i = 0; i < w->found->len; i++) {
		mime_found *f = g_ptr_array_index(w->found, i);

		if (f->kind == kind && f->level == level)
			return f;
	}
	return NULL;
}

/* mime_message_fields - From, Subject, Date and Message-ID of the bounce itself */
static void
mime_message_fields(tophdr *top, bd_report *report)
{
	const char *v;

	report->message_id = original_message_id(tophdr_get(top, "Message-ID"));
	report->from = original_address(tophdr_get(top, "From"));
	report->subject = tophdr_get_utf8(top, "Subject");
	if ((v = tophdr_get(top, "Date")) != NULL)
		report->date = g_strdup(v);
}

/* mime_envelope - copy the envelope and decode a VERP recipient from it */
static void
mime_envelope(const bd_envelope *env, bd_report *report)
{
	if (env == NULL)
		return;
	report->mail_from = g_strdup(env->mail_from);
	for (size_t i = 0; i < env->n_rcpt_to && env->rcpt_to != NULL; i++) {
		if (env->rcpt_to[i] == NULL)
			continue;
		g_ptr_array_add(report->rcpt_to, g_strdup(env->rcpt_to[i]));
		if (report->verp_recipient == NULL)
			report->verp_recipient = bd_verp_decode(env->rcpt_to[i]);
	}
}

/* mime_original - the original message's headers from the best source at level */
static const char *
mime_original(const mime_walk *w, int level, const char *const *campaign, bd_report *report)
{
	mime_found *m = mime_first(w, MIME_FOUND_MESSAGE, level);
	mime_found *h = mime_first(w, MIME_FOUND_HEADERS, level);
	const char *quoted;

	/* the prescan kept the header block of the report's returned message as text */
	if (level == 0 && w->returned != NULL &&
	    original_from_text(w->returned, w->returned_len, campaign, report))
		return w->returned;
	/* a bounce's returned message: its own headers part before the wrapper's message */
	if (m == NULL && h == NULL && level > 0)
		m = mime_first(w, MIME_FOUND_MESSAGE, 0);
	if (m != NULL) {
		original_from_message(m->msg, campaign, report);
		if (m->text == NULL)
			m->text = mime_returned_text(m->msg);
		return m->text->str;
	}
	if (h != NULL && original_from_text(h->text->str, h->text->len, campaign, report))
		return h->text->str;
	quoted = original_find_quoted(w->body->str, w->body->len);
	if (quoted != NULL) {
		original_from_text(quoted, w->body->str + w->body->len - quoted, campaign, report);
		return quoted;
	}
	return NULL;
}

/*
 * mime_structured - DSN records from delivery-status parts at dsn_level or a
 * status block pasted in the first len bytes of the notification text; the
 * text parts of an attached returned message only when inner is set (a
 * status block there is the returned message's, unless the notice is a
 * forward or names no failure of its own)
 */
static int
mime_structured(const mime_walk *w, int dsn_level, gboolean inner, size_t len, bd_report *report)
{
	int added = 0;

	if (dsn_level >= 0) {
		for (guint i = 0; i < w->found->len; i++) {
			const mime_found *f = g_ptr_array_index(w->found, i);

			if (f->kind == MIME_FOUND_DSN && f->level == dsn_level)
				added += dsn_parse(f->text->str, f->text->len, TRUE, report);
		}
		if (added > 0)
			return added;
	}
	/* a status block in a text part (mislabelled, or pasted into the body) */
	if (dsn_looks_like(w->body->str, len))
		added = dsn_parse(w->body->str, len, FALSE, report);
	for (guint i = 0; inner && added == 0 && i < w->found->len; i++) {
		mime_found *f = g_ptr_array_index(w->found, i);

		if (f->kind != MIME_FOUND_TEXT)
			continue;
		if (f->text == NULL)
			f->text = mime_part_text(f->part, MIME_INNER_TEXT_MAX);
		if (dsn_looks_like(f->text->str, f->text->len))
			added = dsn_parse(f->text->str, f->text->len, FALSE, report);
	}
	return added;
}

/*
 * mime_returned_header - header name (lower case) of the message returned at
 * level, from a message/rfc822 part or from a text/rfc822-headers block;
 * newly allocated or NULL
 */
static char *
mime_returned_header(const mime_walk *w, int level, const char *name)
{
	mime_found *m = mime_first(w, MIME_FOUND_MESSAGE, level);
	mime_found *h = mime_first(w, MIME_FOUND_HEADERS, level);
	const char *v, *end, *names[] = {name, NULL};
	GPtrArray *arr;
	char *out;

	if (m != NULL)
		return (v = g_mime_object_get_header(GMIME_OBJECT(m->msg), name)) ? g_strdup(v)
		                                                                  : NULL;
	if (h == NULL || h->text == NULL)
		return NULL;
	/* the header block ends at its first blank line */
	end = g_strstr_len(h->text->str, (gssize)h->text->len, "\n\n");
	arr = fields_parse_named(
	    h->text->str, end ? (size_t)(end + 1 - h->text->str) : h->text->len, names, NULL);
	out = g_strdup(fields_get(arr, name));
	g_ptr_array_unref(arr);
	return out;
}

/*
 * mime_feedback - feedback records: message/feedback-report parts, Hotmail's
 * JMRP header, a notification without a delivery-status part that opens like
 * an abuse report and returns the message (JMRP-style and SpamCop reports
 * without a report part), Apple
 * Mail's unsubscribe message
 */
static int
mime_feedback(const mime_walk *w, bd_report *report)
{
	int level = mime_min_level(w, MIME_FOUND_ARF);
	char *return_path = mime_returned_header(w, level >= 0 ? level : 0, "return-path");
	char *hotmail = mime_returned_header(w, level >= 0 ? level : 0, "x-hmxmroriginalrecipient");
	arf_fallback fb = {report->original_to, return_path, hotmail};
	const char *rule = NULL;
	mime_found *m = NULL;
	int added = 0;
	const char *v;
	char *rcpt;

	if (level >= 0) {
		for (guint i = 0; i < w->found->len; i++) {
			const mime_found *f = g_ptr_array_index(w->found, i);

			if (f->kind == MIME_FOUND_ARF && f->level == level)
				added += arf_parse(f->text->str, f->text->len, &fb, report);
		}
	} else if ((m = mime_first(w, MIME_FOUND_MESSAGE, 0)) != NULL &&
	           (v = g_mime_object_get_header(GMIME_OBJECT(m->msg),
	                                         "X-HmXmrOriginalRecipient")) != NULL) {
		arf_record(report, v, "abuse", "arf.hotmail-jmrp", v);
		added = 1;
	} else if ((m != NULL || mime_first(w, MIME_FOUND_HEADERS, 0) != NULL) &&
	           mime_min_level(w, MIME_FOUND_DSN) < 0 &&
	           (v = arf_abuse_report_text(w->body->str, w->body->len)) != NULL) {
		rcpt = arf_fallback_recipient(&fb, NULL, &rule);
		arf_record(report, rcpt, "abuse", rule, v);
		g_free(rcpt);
		added = 1;
	} else if ((v = tophdr_get(w->top, "X-Apple-Unsubscribe")) != NULL &&
	           g_ascii_strcasecmp(v, "true") == 0 && report->from != NULL) {
		arf_record(report, report->from, "opt-out", "arf.apple-unsubscribe", v);
		added = 1;
	}
	g_free(return_path);
	g_free(hotmail);
	return added;
}

/*
 * mime_autoreply - one record for the auto-replying sender: vacation, or
 * hasmoved when the reply says nobody reads the address any more (the person
 * left, the address was replaced); the reply's text, which names the new
 * address, becomes the diagnostic
 */
static int
mime_autoreply(const mime_walk *w, bd_report *report)
{
	const char *rule = NULL, *why = NULL;
	char *moved;
	bd_record *rec;

	if (!autoreply_detect(w->part, w->top, w->body->str, w->body->len, &rule, &why))
		return 0;
	rec = bd_record_new();
	rec->recipient = g_strdup(report->from);
	bd_record_explain(rec, "recipient", "autoreply.from", report->from);
	if ((moved = autoreply_moved(w->body->str, w->body->len)) != NULL) {
		rec->reason = g_strdup("hasmoved");
		rec->klass = BD_CLASS_HARD;
		rec->hard_bounce = TRUE;
		rec->status = g_strdup("5.1.6");
		rec->diagnostic = moved;
		rec->rule = g_strdup("autoreply.moved");
		bd_record_explain(rec, "reason", "autoreply.moved", moved);
		bd_record_explain(rec, "status", "inferred", "5.1.6");
	} else {
		rec->reason = g_strdup("vacation");
		rec->klass = BD_CLASS_AUTOREPLY;
		rec->rule = g_strdup(rule);
		bd_record_explain(rec, "reason", rule, why);
	}
	bd_report_add_record(report, rec);
	return 1;
}

/* mime_subject_starts - does subject, after leading blanks, start with one of the prefixes
 * (ASCII case ignored)? */
static gboolean
mime_subject_starts(const char *subject, const char *const *prefixes, size_t n)
{
	if (subject == NULL)
		return FALSE;
	while (g_ascii_isspace(*subject))
		subject++;
	for (size_t i = 0; i < n; i++) {
		if (g_ascii_strncasecmp(subject, prefixes[i], strlen(prefixes[i])) == 0)
			return TRUE;
	}
	return FALSE;
}

/*
 * mime_is_reply - does a person's reply (a reply subject, In-Reply-To or
 * References, not from a mailer daemon) carry the notification text
 */
static gboolean
mime_is_reply(tophdr *top, const bd_report *report)
{
	static const char *const prefixes[] = {"re:",  "aw:",  "sv:", "vs:",   "antw:", "odp:",
	                                       "ynt:", "res:", "r:",  "回复:", "答复:", "返信:"};

	if (tophdr_get(top, "In-Reply-To") == NULL && tophdr_get(top, "References") == NULL)
		return FALSE;
	if (autoreply_from_daemon(tophdr_get(top, "From")))
		return FALSE;
	return mime_subject_starts(report->subject, prefixes, G_N_ELEMENTS(prefixes));
}

/*
 * mime_is_forward - is the message a person's forward (a forward subject
 * such as "Fwd:", "WG:", "TR:", not from a mailer daemon): a bounce it
 * carries as an attachment is the notice it passes on
 */
static gboolean
mime_is_forward(tophdr *top, const bd_report *report)
{
	static const char *const prefixes[] = {
	    "fwd:", "fw:", "wg:", "tr:",   "rv:",   "enc:",  "doorst:", "vb:",
	    "vl:",  "pd:", "i:",  "转发:", "轉寄:", "転送:", "fwd :"};

	if (autoreply_from_daemon(tophdr_get(top, "From")))
		return FALSE;
	return mime_subject_starts(report->subject, prefixes, G_N_ELEMENTS(prefixes));
}

/* mime_original_clear - forget the original message's fields, to take them from another level */
static void
mime_original_clear(bd_report *report)
{
	g_clear_pointer(&report->original_message_id, g_free);
	g_clear_pointer(&report->original_from, g_free);
	g_clear_pointer(&report->original_to, g_free);
	g_clear_pointer(&report->original_subject, g_free);
	g_clear_pointer(&report->original_date, g_free);
	g_clear_pointer(&report->original_list_id, g_free);
	g_ptr_array_set_size(report->campaign, 0);
}

/*
 * mime_blank_quoted - blank the quoted lines ("> …") of the notification text
 * in place: in a person's reply they are the bounce being answered, which
 * must not be read again as a bounce (a forward, "Fwd:", is passed on as one)
 */
static void
mime_blank_quoted(GString *body)
{
	gboolean line_start = TRUE, quoted = FALSE;

	for (gsize i = 0; i < body->len; i++) {
		char c = body->str[i];

		if (c == '\n') {
			line_start = TRUE;
			quoted = FALSE;
			continue;
		}
		if (line_start && c == '>')
			quoted = TRUE;
		if (line_start && c != ' ' && c != '\t')
			line_start = FALSE;
		if (quoted)
			body->str[i] = ' ';
	}
}

/*
 * mime_line_starts - does the line at p (to end) start, after blanks and dashes, with one of
 * the prefixes (ASCII case ignored)?
 */
static gboolean
mime_line_starts(const char *p, const char *end, const char *const *prefixes, size_t n,
                 gboolean skip_dashes)
{
	while (p < end && (*p == ' ' || *p == '\t' || (skip_dashes && *p == '-')))
		p++;
	for (size_t i = 0; i < n; i++) {
		size_t l = strlen(prefixes[i]);

		if ((size_t)(end - p) >= l && g_ascii_strncasecmp(p, prefixes[i], l) == 0)
			return TRUE;
	}
	return FALSE;
}

/*
 * mime_blank_inline_original - blank, in place, a person's reply from the
 * line where the message it answers is printed below it without '>' marks:
 * Outlook's "-----Original Message-----" (and its translations), or its
 * header block, a "From:" line whose next line is "Sent:" ("Von:" then
 * "Gesendet:", "De :" then "Envoyé :" …).  What follows is the bounce being
 * answered, not this message's report.
 */
static void
mime_blank_inline_original(GString *body)
{
	static const char *const separators[] = {
	    "original message",      "ursprüngliche nachricht", "ursprungliche nachricht",
	    "message d'origine",     "messaggio originale",     "mensaje original",
	    "mensagem original",     "oorspronkelijk bericht",  "originalmeddelande",
	    "oprindelig meddelelse", "opprinnelig melding",     "alkuperäinen viesti",
	    "wiadomość oryginalna",  "původní zpráva",          "Исходное сообщение"};
	static const char *const from[] = {
	    "from:", "von:", "de :", "de:",     "da:",     "van:",   "från:",
	    "fra:",  "od:",  "От:",  "発信者:", "寄件者:", "发件人:"};
	static const char *const sent[] = {
	    "sent:",       "gesendet:",  "envoyé :",  "envoyé:",  "enviado:", "enviada:",
	    "inviato:",    "verzonden:", "skickat:",  "sendt:",   "wysłano:", "odesláno:",
	    "Отправлено:", "送信日時:",  "傳送時間:", "发送时间:"};
	const char *p = body->str, *end = body->str + body->len, *cut = NULL;

	while (p < end && cut == NULL) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end;
		const char *q = p;

		while (q < e && (*q == ' ' || *q == '\t'))
			q++;
		if (q + 5 <= e && strncmp(q, "-----", 5) == 0 &&
		    mime_line_starts(q, e, separators, G_N_ELEMENTS(separators), TRUE))
			cut = p;
		else if (nl != NULL && mime_line_starts(p, e, from, G_N_ELEMENTS(from), FALSE)) {
			const char *n = nl + 1, *ne = memchr(n, '\n', (size_t)(end - n));

			if (mime_line_starts(n, ne ? ne : end, sent, G_N_ELEMENTS(sent), FALSE))
				cut = p;
		}
		p = e + 1;
	}
	for (char *c = (char *)cut; c != NULL && c < end; c++) {
		if (*c != '\n')
			*c = ' ';
	}
}

/* mime_header_line - append one header as a "Name: value\n" line, unfolded */
static void
mime_header_line(GString *s, const char *name, size_t nl, const char *raw, size_t rl)
{
	size_t start = s->len;
	char *o;

	/* the value can only shrink: write in place, then set the length */
	g_string_set_size(s, start + nl + 2 + rl + 1);
	o = s->str + start;
	memcpy(o, name, nl);
	o += nl;
	*o++ = ':';
	*o++ = ' ';
	/* a run of white space becomes one space, none at either end */
	for (size_t k = 0; k < rl;) {
		char c;

		/* eight bytes copied at once up to the first that may be white space (any byte
		 * up to ' '): the output is never ahead of the input, so they fit */
		if (rl - k >= 8) {
			guint64 v, low;

			memcpy(&v, raw + k, 8);
			v = GUINT64_FROM_LE(v); /* byte k lowest */
			low = (v - G_GUINT64_CONSTANT(0x2121212121212121)) & ~v &
			      G_GUINT64_CONSTANT(0x8080808080808080);
			memcpy(o, raw + k, 8);
			if (low == 0) {
				o += 8;
				k += 8;
				continue;
			}
			/* the lowest flagged byte is exact: a borrow only runs upwards */
			o += (size_t)__builtin_ctzll(low) / 8;
			k += (size_t)__builtin_ctzll(low) / 8;
		}
		c = raw[k++];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			if (o[-1] != ' ')
				*o++ = ' ';
		} else {
			*o++ = c;
		}
	}
	if (o[-1] == ' ' && (size_t)(o - s->str) > start + nl + 1)
		o--;
	*o++ = '\n';
	g_string_truncate(s, (gsize)(o - s->str));
}

/*
 * mime_subject_decoded - a Subject value s[0..n) in RFC 2047 words decoded ("=?UTF-8?B?VW5k…?=",
 * as a relay or a carrier re-encodes it; the writers' subject markers are text), else NULL
 */
static char *
mime_subject_decoded(const char *name, size_t nl, const char *s, size_t n)
{
	char *raw, *text;

	if (nl != 7 || g_ascii_strncasecmp(name, "subject", 7) != 0 ||
	    g_strstr_len(s, (gssize)n, "=?") == NULL)
		return NULL;
	raw = g_strndup(s, n);
	text = g_mime_utils_header_decode_text(NULL, raw);
	g_free(raw);
	return text;
}

/* mime_header_line_text - mime_header_line, a Subject in RFC 2047 words decoded */
static void
mime_header_line_text(GString *s, const char *name, size_t nl, const char *raw, size_t rl)
{
	char *text = mime_subject_decoded(name, nl, raw, rl);

	if (text != NULL)
		mime_header_line(s, name, nl, text, strlen(text));
	else
		mime_header_line(s, name, nl, raw, rl);
	g_free(text);
}

/*
 * mime_hidden_text - the lines of the hidden headers (prescan_run_hiding) for the
 * scrapers, and the headers themselves for tophdr,
 * read from data before prescan_apply moves its bytes
 */
static void
mime_hidden_text(mime_walk *w, const char *data, const GArray *hidden)
{
	w->hidden = g_string_new(NULL);
	w->hidden_at = g_array_sized_new(FALSE, FALSE, sizeof(mime_hidden_line), hidden->len);
	w->top = tophdr_new(NULL);
	for (guint i = 0; i < hidden->len; i++) {
		const prescan_hidden *h = &g_array_index(hidden, prescan_hidden, i);
		const char *p = data + h->start, *colon = memchr(p, ':', h->end - h->start);
		mime_hidden_line line = {w->hidden->len, 0, (gint64)h->at};

		mime_header_line_text(w->hidden, p, (size_t)(colon - p), colon + 1,
		                      h->end - (size_t)(colon + 1 - data));
		line.len = w->hidden->len - line.off;
		g_array_append_val(w->hidden_at, line);
		/* the raw value as GMime keeps it: up to and with the line end */
		tophdr_add(w->top, p, (size_t)(colon - p), colon + 1,
		           h->end + 1 - (size_t)(colon + 1 - data));
	}
}

/* mime_hidden_free - free what mime_hidden_text made */
static void
mime_hidden_free(mime_walk *w)
{
	if (w->hidden != NULL)
		g_string_free(w->hidden, TRUE);
	if (w->hidden_at != NULL)
		g_array_unref(w->hidden_at);
	tophdr_free(&w->top);
	w->hidden = NULL;
	w->hidden_at = NULL;
}

/*
 * mime_hidden_upto - append the hidden lines from *next on that stood before
 * offset at (all of them when at is negative)
 */
static void
mime_hidden_upto(const mime_walk *w, guint *next, gint64 at, GString *s)
{
	for (; w->hidden_at != NULL && *next < w->hidden_at->len && s->len < MIME_RETURNED_MAX;
	     (*next)++) {
		const mime_hidden_line *l = &g_array_index(w->hidden_at, mime_hidden_line, *next);

		if (at >= 0 && l->at > at)
			return;
		strbuf_append(s, w->hidden->str + l->off, l->len);
	}
}

/*
 * mime_header_list_text - append a header list as "Name: value\n" lines,
 * unfolded; with w, the hidden headers in their places among them
 */
static void
mime_header_list_text(GMimeHeaderList *list, const mime_walk *w, GString *s)
{
	int n = list ? g_mime_header_list_get_count(list) : 0;
	guint next = 0;

	for (int i = 0; i < n && s->len < MIME_RETURNED_MAX; i++) {
		GMimeHeader *h = g_mime_header_list_get_header_at(list, i);
		const char *name = g_mime_header_get_name(h);
		const char *raw = g_mime_header_get_raw_value(h);

		if (w != NULL) {
			mime_hidden_upto(w, &next, g_mime_header_get_offset(h), s);
			if (s->len >= MIME_RETURNED_MAX)
				break;
		}
		mime_header_line_text(s, name, strlen(name), raw, raw ? strlen(raw) : 0);
	}
	if (w != NULL)
		mime_hidden_upto(w, &next, -1, s);
}

/*
 * mime_headers_text - the top-level headers as "Name: value\n" lines, unfolded
 * from their raw form (decoding every header would cost more than the rest
 * of the parse; the scrapers match on ASCII tokens).  GMime keeps Content-*
 * on the message's MIME part: they follow the others, so markers such as a
 * boundary that names the software are seen too.
 */
static char *
mime_headers_text(const mime_walk *w)
{
	GString *s = g_string_sized_new(2048);

	/* the hidden headers are none of Content-*: they go among the message's own */
	mime_header_list_text(w->own ? g_mime_object_get_header_list(w->own) : NULL, w, s);
	if (w->part != NULL)
		mime_header_list_text(g_mime_object_get_header_list(w->part), NULL, s);
	return g_string_free(s, FALSE);
}

/*
 * mime_status_text - the fields of the outermost delivery-status parts, one
 * after another: the reporting MTA writes them itself, so its own fields
 * there (X-PowerMTA-VirtualMTA) name it when the notification text does not
 */
static GString *
mime_status_text(const mime_walk *w)
{
	int level = mime_min_level(w, MIME_FOUND_DSN);
	GString *s = g_string_new(NULL);

	for (guint i = 0; level >= 0 && i < w->found->len; i++) {
		const mime_found *f = g_ptr_array_index(w->found, i);

		if (f->kind == MIME_FOUND_DSN && f->level == level && f->text != NULL) {
			strbuf_append(s, f->text->str, f->text->len);
			g_string_append_c(s, '\n');
		}
	}
	return s;
}

/* mime_scrape_body - hand body_len bytes of a notification text to the scrapers */
static int
mime_scrape_body(const mime_walk *w, const char *returned, const char *body, size_t body_len,
                 bd_report *report)
{
	scrape_input in = {0};
	GString *status = mime_status_text(w);
	char *headers = mime_headers_text(w);
	char *from = tophdr_get_utf8(w->top, "From");
	int added;

	in.from = from;
	in.subject = report->subject;
	in.headers = headers;
	in.body = body;
	in.body_len = body_len;
	in.returned = returned;
	in.returned_len = returned ? strlen(returned) : 0;
	in.status = status->str;
	in.status_len = status->len;
	in.has_dsn = report->records->len > 0;
	added = scrape_run(&in, report);
	g_string_free(status, TRUE);
	g_free(from);
	g_free(headers);
	return added;
}

/* mime_scrape - hand the first body_len bytes of the notification text to the scrapers */
static int
mime_scrape(const mime_walk *w, const char *returned, size_t body_len, bd_report *report)
{
	return mime_scrape_body(w, returned, w->body->str, body_len, report);
}

/*
 * mime_scrape_inner - complete the records read from the delivery-status part
 * of an attached bounce (a forward, or a wrapper that names no failure of its
 * own) with that bounce's own notification text, its text parts at level: the
 * top-level text is the forwarder's or the wrapper's.  The records exist, so
 * the scrapers only fill their empty fields ("in reply to RCPT TO command").
 */
static void
mime_scrape_inner(const mime_walk *w, const char *returned, int level, bd_report *report)
{
	GString *text = g_string_new(NULL);

	for (guint i = 0; level > 0 && i < w->found->len; i++) {
		mime_found *f = g_ptr_array_index(w->found, i);

		if (f->kind != MIME_FOUND_TEXT || f->level != level)
			continue;
		if (f->text == NULL)
			f->text = mime_part_text(f->part, MIME_INNER_TEXT_MAX);
		strbuf_append(text, f->text->str, f->text->len);
		g_string_append_c(text, '\n');
	}
	if (text->len > 0 && report->records->len > 0)
		mime_scrape_body(w, returned, text->str, text->len, report);
	g_string_free(text, TRUE);
}

/*
 * mime_message_text - append the text of a MIME object of an attached message
 * to out: text/plain and text/html parts (only the plain form of an
 * alternative that has one), never what a message/rfc822 inside it holds
 * (its returned message), at most MIME_INNER_TEXT_MAX bytes in all
 */
static void
mime_message_text(GMimeObject *obj, GString *out, unsigned depth)
{
	if (obj == NULL || depth > BD_PARSE_MAX_DEPTH || out->len >= MIME_INNER_TEXT_MAX)
		return;
	if (GMIME_IS_MULTIPART(obj)) {
		GMimeMultipart *mp = GMIME_MULTIPART(obj);
		GMimeContentType *ct = g_mime_object_get_content_type(obj);
		int n = g_mime_multipart_get_count(mp);

		if (ct != NULL && g_mime_content_type_is_type(ct, "multipart", "alternative")) {
			for (int i = 0; i < n; i++) {
				GMimeObject *o = g_mime_multipart_get_part(mp, i);
				GMimeContentType *oct = g_mime_object_get_content_type(o);

				if (oct != NULL &&
				    g_mime_content_type_is_type(oct, "text", "plain")) {
					mime_message_text(o, out, depth + 1);
					return;
				}
			}
		}
		for (int i = 0; i < n; i++)
			mime_message_text(g_mime_multipart_get_part(mp, i), out, depth + 1);
	} else if (GMIME_IS_PART(obj) && !GMIME_IS_MESSAGE_PART(obj)) {
		GMimeContentType *ct = g_mime_object_get_content_type(obj);

		if (ct == NULL || !(g_mime_content_type_is_type(ct, "text", "plain") ||
		                    g_mime_content_type_is_type(ct, "text", "html")))
			return;
		text_part_append(GMIME_PART(obj), out, MIME_INNER_TEXT_MAX - out->len);
		if (out->len > 0 && out->str[out->len - 1] != '\n')
			g_string_append_c(out, '\n');
	}
}

/*
 * mime_scrape_message - read the attached message found at index i of the walk
 * as a notice of its own (its From, Subject, headers and text, its own returned
 * message the first message attached to it); the records it adds.  A family it
 * names but reads no one in is forgotten: a person's "Fwd: Undelivered Mail"
 * wrapping the bounce one level down names no writer.
 */
static int
mime_scrape_message(const mime_walk *w, guint i, bd_report *report)
{
	const mime_found *f = g_ptr_array_index(w->found, i);
	GString *text = g_string_new(NULL), *headers = g_string_new(NULL);
	InternetAddressList *from_list = g_mime_message_get_from(f->msg);
	char *from = from_list ? internet_address_list_to_string(from_list, NULL, FALSE) : NULL;
	char *mta = report->mta;
	scrape_input in = {0};
	int added = 0;

	mime_message_text(g_mime_message_get_mime_part(f->msg), text, 0);
	mime_raw_headers(f->msg, headers, MIME_RETURNED_MAX);
	for (guint j = i + 1; j < w->found->len; j++) {
		mime_found *r = g_ptr_array_index(w->found, j);

		if (r->level <= f->level)
			break;
		if (r->kind == MIME_FOUND_MESSAGE && r->level == f->level + 1) {
			if (r->text == NULL)
				r->text = mime_returned_text(r->msg);
			in.returned = r->text->str;
			in.returned_len = r->text->len;
			break;
		}
	}
	in.from = from;
	in.subject = g_mime_message_get_subject(f->msg);
	in.headers = headers->str;
	in.body = text->str;
	in.body_len = text->len;
	report->mta = NULL;
	if (text->len > 0)
		added = scrape_run(&in, report);
	/* the family that read the records names the writer, not one the wrapper's text named */
	if (added > 0) {
		g_free(mta);
	} else {
		g_free(report->mta);
		report->mta = mta;
	}
	g_free(from);
	g_string_free(headers, TRUE);
	g_string_free(text, TRUE);
	return added;
}

/*
 * mime_scrape_attached - a message that reports no failure itself and is no
 * mailer daemon's (a person's or help desk's forward, a list server's digest
 * of bounces) passes on the free-text bounces it attaches: each attached
 * message is read as a notice, at any depth (a forward of a forward); once
 * one gives records, the messages inside it are its returned message, never
 * read as notices (a bounce of a bounce names only its own failure).
 */
static int
mime_scrape_attached(const mime_walk *w, bd_report *report)
{
	int added = 0, inside = -1; /* level of the last message that gave records */

	for (guint i = 0; i < w->found->len && report->records->len < BD_PARSE_MAX_RECORDS; i++) {
		const mime_found *f = g_ptr_array_index(w->found, i);
		int n;

		if (f->kind != MIME_FOUND_MESSAGE || (inside >= 0 && f->level > inside))
			continue;
		inside = -1;
		n = mime_scrape_message(w, i, report);
		if (n > 0) {
			added += n;
			inside = f->level;
		}
	}
	return added;
}

/*
 * mime_own_text - how much of the notification text is the notice's own for
 * a status block: all of it, unless a returned message printed inline (its
 * header block, original_find_quoted) comes before the only block and the
 * notice names a failure of its own above it (a double bounce: the returned
 * message is itself a bounce, about an earlier failure).  A notice that
 * names none there (a gateway printing the bounce it passes on) keeps it.
 */
static size_t
mime_own_text(const mime_walk *w, const char *returned, gboolean forward, const bd_report *report)
{
	const char *body = w->body->str, *quoted;
	size_t own;
	bd_report *probe;
	gboolean names;

	if (forward || !dsn_looks_like(body, w->body->len) ||
	    (quoted = original_find_quoted(body, w->body->len)) == NULL)
		return w->body->len;
	own = (size_t)(quoted - body);
	if (dsn_looks_like(body, own))
		return own;
	probe = bd_report_new();
	probe->subject = g_strdup(report->subject);
	names = mime_scrape(w, returned, own, probe) > 0;
	bd_report_free(&probe);
	return names ? own : w->body->len;
}

/*
 * mime_failed_recipient - the one address of the bounce's X-Failed-Recipients
 * header (Exim names the address that failed there, which may differ from the
 * returned message's To:), or NULL
 */
static char *
mime_failed_recipient(tophdr *top)
{
	const char *v = tophdr_get(top, "X-Failed-Recipients");

	if (v == NULL || strchr(v, ',') != NULL)
		return NULL;
	return bd_address_normalize(v);
}

/* mime_finish_records - fill missing recipients, drop duplicates, classify */
static void
mime_finish_records(bd_report *report, tophdr *top, gboolean classify)
{
	GPtrArray *recs = report->records;
	char *failed = NULL, *to_verp = NULL;
	gboolean failed_looked = FALSE, verp_looked = FALSE;

	for (guint i = 0; i < recs->len; i++) {
		bd_record *rec = g_ptr_array_index(recs, i);

		if (rec->recipient == NULL && !failed_looked) {
			failed = mime_failed_recipient(top);
			failed_looked = TRUE;
		}
		if (rec->recipient == NULL && report->verp_recipient != NULL) {
			rec->recipient = g_strdup(report->verp_recipient);
			bd_record_explain(rec, "recipient", "envelope.verp",
			                  report->verp_recipient);
		} else if (rec->recipient == NULL && failed != NULL) {
			rec->recipient = g_strdup(failed);
			bd_record_explain(rec, "recipient", "header.x-failed-recipients", failed);
		} else if (rec->recipient == NULL && report->original_to != NULL &&
		           strchr(report->original_to, ',') == NULL &&
		           !bd_address_redacted(report->original_to)) {
			rec->recipient = g_strdup(report->original_to);
			bd_record_explain(rec, "recipient", "original.to", report->original_to);
		} else if (rec->recipient == NULL && !verp_looked) {
			/* engine11: the notice's own To: is the envelope sender of the message it
			 * returns; a VERP one names the recipient ("bounces+a=example.org@list") */
			const char *to = tophdr_get(top, "To");

			verp_looked = TRUE;
			if (to != NULL && strchr(to, ',') == NULL)
				to_verp = bd_verp_decode(strchr(to, '<') ? strchr(to, '<') : to);
		}
		if (rec->recipient == NULL && to_verp != NULL) {
			rec->recipient = g_strdup(to_verp);
			bd_record_explain(rec, "recipient", "header.to-verp", to_verp);
		}
	}
	g_free(failed);
	g_free(to_verp);
	for (guint i = 0; i < recs->len; i++) {
		bd_record *rec = g_ptr_array_index(recs, i);
		gboolean dup = FALSE;

		for (guint j = 0; j < i && !dup && rec->recipient != NULL; j++) {
			bd_record *prev = g_ptr_array_index(recs, j);

			dup = prev->recipient != NULL &&
			      g_ascii_strcasecmp(prev->recipient, rec->recipient) == 0 &&
			      g_strcmp0(prev->status, rec->status) == 0;
		}
		if (dup) {
			g_ptr_array_remove_index(recs, i);
			i--;
		}
	}
	/* engine14: a recipient reported both delayed and failed (a relay's notice that lists
	 * its earlier warning beside the final failure) failed: the warning is superseded */
	for (guint i = 0; i < recs->len; i++) {
		bd_record *rec = g_ptr_array_index(recs, i);
		gboolean superseded = FALSE;

		for (guint j = 0; j < recs->len && !superseded && rec->recipient != NULL &&
		                  g_strcmp0(rec->action, "delayed") == 0;
		     j++) {
			bd_record *other = g_ptr_array_index(recs, j);

			superseded = j != i && other->recipient != NULL &&
			             g_strcmp0(other->action, "failed") == 0 &&
			             g_ascii_strcasecmp(other->recipient, rec->recipient) == 0;
		}
		if (superseded) {
			g_ptr_array_remove_index(recs, i);
			i--;
		}
	}
	for (guint i = 0; classify && i < recs->len; i++)
		bd_classify_record(g_ptr_array_index(recs, i), report->mta);
}

/* mime_header_has - does top-level header name hold word (ASCII case ignored) */
static gboolean
mime_header_has(tophdr *top, const char *name, const char *word)
{
	const char *value = tophdr_get(top, name);
	char *lower = value ? g_ascii_strdown(value, -1) : NULL;
	gboolean hit = lower != NULL && strstr(lower, word) != NULL;

	g_free(lower);
	return hit;
}

/* mime_is_mdn - is part a multipart/report of report-type disposition-notification (RFC 8098) */
static gboolean
mime_is_mdn(GMimeObject *part)
{
	GMimeContentType *ct = part ? g_mime_object_get_content_type(part) : NULL;
	const char *type = ct ? g_mime_content_type_get_parameter(ct, "report-type") : NULL;

	return ct != NULL && g_mime_content_type_is_type(ct, "multipart", "report") &&
	       type != NULL && g_ascii_strcasecmp(type, "disposition-notification") == 0;
}

/* mime_analyse - turn the walked message into the report */
static void
mime_analyse(mime_walk *w, const bd_parse_options *opts, bd_report *report)
{
	static const char *const default_campaign[] = {"X-Campaign-Id", NULL};
	const char *const *campaign =
	    opts && opts->campaign_headers ? opts->campaign_headers : default_campaign;
	int dsn_level = mime_min_level(w, MIME_FOUND_DSN);
	int arf_level = mime_min_level(w, MIME_FOUND_ARF);
	int level, nested = -1;
	gboolean forward;
	const char *returned;

	mime_message_fields(w->top, report);
	/*
	 * A delivery-status part only inside the returned message (a bounce of a
	 * bounce) tells an earlier failure, to another recipient, of a message
	 * that was itself a bounce: the notice's own text comes first.  It is the
	 * notice's own report when a person forwarded the bounce, or when the
	 * notice names no failure itself (a gateway that wraps the bounce it
	 * passes on).
	 */
	forward = mime_is_forward(w->top, report);
	if (dsn_level > 0 && !forward) {
		nested = dsn_level;
		dsn_level = -1;
	}
	level = dsn_level >= 0 ? dsn_level : arf_level >= 0 ? arf_level : 0;
	returned = mime_original(w, level, campaign, report);
	if (mime_feedback(w, report) > 0) {
		report->kind = BD_KIND_ARF;
		mime_finish_records(report, w->top, FALSE);
		return;
	}
	/* a read receipt (RFC 8098) reports what the reader did, not a delivery, whatever its
	 * text says ("processed/error", a Sieve filter's error, sent by MAILER-DAEMON); a Sieve
	 * "reject" (RFC 5429) is sent as an MDN too, marked "Auto-Submitted: auto-replied
	 * (rejected)": that one refuses the message and is read as a bounce */
	if (dsn_level < 0 && nested < 0 && mime_is_mdn(w->part) &&
	    !mime_header_has(w->top, "Auto-Submitted", "rejected")) {
		mime_finish_records(report, w->top, FALSE);
		g_clear_pointer(&report->mta, g_free);
		return;
	}
	if (mime_is_reply(w->top, report)) {
		mime_blank_quoted(w->body);
		mime_blank_inline_original(w->body);
	}
	if (mime_structured(w, dsn_level, forward, mime_own_text(w, returned, forward, report),
	                    report) > 0)
		report->kind = BD_KIND_DSN;
	else if (mime_autoreply(w, report) > 0) {
		report->kind = BD_KIND_AUTOREPLY;
		mime_finish_records(report, w->top, FALSE);
		return;
	}
	if (mime_scrape(w, returned, w->body->len, report) > 0 && report->kind == BD_KIND_NONE)
		report->kind = BD_KIND_SCRAPED;
	if (forward && dsn_level > 0 && report->kind == BD_KIND_DSN)
		mime_scrape_inner(w, returned, dsn_level, report);
	if (!forward && dsn_level <= 0 && report->records->len == 0) {
		/* the notice names no failure of its own: the bounce it returns is its report */
		if (nested >= 0) {
			mime_original_clear(report);
			returned = mime_original(w, nested, campaign, report);
		}
		if (mime_structured(w, nested, TRUE, w->body->len, report) > 0) {
			report->kind = BD_KIND_DSN;
			mime_scrape(w, returned, w->body->len, report);
			mime_scrape_inner(w, returned, nested, report);
		}
	}
	if (report->records->len == 0 && report->kind == BD_KIND_NONE &&
	    !autoreply_from_daemon(tophdr_get(w->top, "From")) && !mime_is_reply(w->top, report) &&
	    mime_scrape_attached(w, report) > 0)
		report->kind = BD_KIND_SCRAPED;
	mime_finish_records(report, w->top, TRUE);
	/* a family recognised in what is no bounce after all (a read receipt, a person's reply
	 * quoting a bounce, a success notice) wrote nothing this report holds */
	if (report->kind == BD_KIND_NONE && report->records->len == 0)
		g_clear_pointer(&report->mta, g_free);
}

/* mime_set_error - record why parsing stopped (the first reason wins) */
static void
mime_set_error(bd_report *report, char *error)
{
	if (report->error == NULL)
		report->error = error;
	else
		g_free(error);
}

/* Per thread: the GMime parser and the memory stream it reads, kept between messages. */
typedef struct mime_reader {
	GMimeParser *parser;
	GMimeStream *stream;
} mime_reader;

/* mime_reader_free - GPrivate destroy notify: the parser first (it holds a stream reference) */
static void
mime_reader_free(gpointer data)
{
	mime_reader *r = data;

	g_object_unref(r->parser);
	g_object_unref(r->stream);
	g_free(r);
}

/*
 * mime_reader_on - this thread's parser (borrowed), reset to read bytes in
 * place.  Making and freeing a parser and a memory stream per message cost
 * ~5,000 instructions; g_mime_stream_mem_set_byte_array and
 * g_mime_parser_init_with_stream reset them instead.  The stream never owns
 * the bytes: between messages it keeps a pointer to the last ones, which
 * nothing reads again.
 */
static GMimeParser *
mime_reader_on(GByteArray *bytes)
{
	static GPrivate key = G_PRIVATE_INIT(mime_reader_free);
	mime_reader *r = g_private_get(&key);

	if (r == NULL) {
		r = g_new(mime_reader, 1);
		r->parser = g_mime_parser_new();
		r->stream = g_mime_stream_mem_new();
		g_private_set(&key, r);
	}
	g_mime_stream_mem_set_byte_array(GMIME_STREAM_MEM(r->stream), bytes);
	g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(r->stream), FALSE);
	g_mime_parser_init_with_stream(r->parser, r->stream);
	return r->parser;
}

/*
 * mime_build - GMime's tree of the bytes; the root to unref, or NULL.  When
 * the prescan hid every top-level header but Content-* (hidden_all), the block
 * GMime reads holds only the body part's own headers, and GMime builds that
 * part alone: a GMimeMessage (seven address lists, a header list: about as
 * many instructions to make and free as a small part) would hold nothing that
 * is read.  Otherwise the whole message, its headers in w->own.
 */
static GMimeObject *
mime_build(GMimeParser *parser, gboolean hidden_all, mime_walk *w)
{
	GMimeMessage *msg;

	if (hidden_all) {
		w->part = g_mime_parser_construct_part(parser, NULL);
		return w->part;
	}
	msg = g_mime_parser_construct_message(parser, NULL);
	if (msg == NULL)
		return NULL;
	w->own = GMIME_OBJECT(msg);
	w->part = g_mime_message_get_mime_part(msg);
	return w->own;
}

/*
 * mime_parse - bd_parse with the prescan flags given.  With the returned
 * message's empty part left out (PRESCAN_DROP_PART), the walk counts one part
 * fewer; when that count comes near the part limit, the limit could fall
 * elsewhere: *again_r is set and the report is to be made again without it.
 */
static bd_report *
mime_parse(const char *data, size_t len, const bd_envelope *env, const bd_parse_options *opts,
           unsigned flags, gboolean *again_r)
{
	bd_report *report = bd_report_new();
	size_t max_size =
	    opts && opts->max_message_size ? opts->max_message_size : BD_PARSE_MAX_MESSAGE_SIZE;
	mime_walk w = {0};
	GByteArray *bytes;
	GMimeParser *parser;
	GMimeObject *root;
	gboolean borrowed, hidden_all, part_dropped;
	prescan_result pre;

	*again_r = FALSE;
	bd_parse_init();
	mime_envelope(env, report);
	if (data == NULL || len == 0) {
		report->error = g_strdup("empty message");
		return report;
	}
	if (len > max_size) {
		report->error =
		    g_strdup_printf("message larger than %zu bytes; only the first %zu were parsed",
		                    max_size, max_size);
		len = max_size;
	}
	w.max_depth = opts && opts->max_depth ? opts->max_depth : BD_PARSE_MAX_DEPTH;
	w.max_parts = opts && opts->max_parts ? opts->max_parts : BD_PARSE_MAX_PARTS;
	bytes = mime_normalize(data, len, &borrowed);
	prescan_run_flags((const char *)bytes->data, bytes->len, w.max_parts,
	                  BD_PARSE_MAX_HEADER_LINES, BD_PARSE_MAX_HEADER_BYTES, flags, &pre);
	part_dropped = pre.part_dropped;
	/* hiding is all or none: with one header hidden, GMime gets only Content-* */
	hidden_all = pre.hidden->len > 0;
	if (hidden_all)
		mime_hidden_text(&w, (const char *)bytes->data, pre.hidden);
	if (pre.error != NULL)
		mime_set_error(report, g_steal_pointer(&pre.error));
	w.returned = g_steal_pointer(&pre.returned);
	w.returned_len = pre.returned_len;
	if (pre.drop->len > 0 && borrowed) {
		/* the caller's bytes are never written: shorten a copy */
		GByteArray *copy = g_byte_array_sized_new(pre.cut);

		g_byte_array_set_size(copy,
		                      prescan_apply(copy->data, (const char *)bytes->data, &pre));
		mime_release(bytes, borrowed);
		bytes = copy;
		borrowed = FALSE;
	} else if (pre.drop->len > 0) {
		bytes->len = prescan_apply(bytes->data, (const char *)bytes->data, &pre);
	} else {
		bytes->len = pre.cut;
	}
	prescan_result_clear(&pre);
	parser = mime_reader_on(bytes);
	root = mime_build(parser, hidden_all, &w);
	if (root == NULL) {
		mime_set_error(report, g_strdup("not a MIME message"));
		g_free(w.returned);
		mime_hidden_free(&w);
		mime_release(bytes, borrowed);
		return report;
	}
	w.found = g_ptr_array_new_with_free_func(mime_found_free);
	w.owned = g_ptr_array_new_with_free_func(g_object_unref);
	w.body = g_string_new(NULL);
	if (w.top == NULL)
		w.top = tophdr_new(w.own);
	/* a writer that encodes its subject in a charset writes its text in it too */
	w.hint = text_encoded_charset(tophdr_get_raw(w.top, "Subject"));
	if (w.hint == NULL)
		w.hint = text_encoded_charset(tophdr_get_raw(w.top, "From"));
	mime_walk_object(&w, w.part, 1, 0);
	*again_r = part_dropped && w.parts >= w.max_parts;
	if (w.error != NULL)
		mime_set_error(report, g_steal_pointer(&w.error));
	if (!*again_r)
		mime_analyse(&w, opts, report);
	g_ptr_array_unref(w.found);
	g_ptr_array_unref(w.owned);
	g_string_free(w.body, TRUE);
	g_free(w.hint);
	g_free(w.returned);
	mime_hidden_free(&w);
	g_object_unref(root);
	mime_release(bytes, borrowed);
	return report;
}

/* bd_parse - one message to a report: limits, line ends, GMime parse, walk, analysis */
bd_report *
bd_parse(const char *data, size_t len, const bd_envelope *env, const bd_parse_options *opts)
{
	gboolean again = FALSE;
	bd_report *report =
	    mime_parse(data, len, env, opts, PRESCAN_HIDE | PRESCAN_DROP_PART, &again);

	if (again) {
		bd_report_free(&report);
		report = mime_parse(data, len, env, opts, PRESCAN_HIDE, &again);
	}
	return report;
}
