/* text.c - MIME part content as bounded UTF-8 text */
#include <string.h>
#include "text.h"
#include "utf8.h"
#include "strbuf.h"

/* Bytes read from a part's stream at a time. */
#define TEXT_CHUNK 8192

/* text_normalize_eol - CRLF and lone CR to LF, in place; the runs between CRs are moved whole */
size_t
text_normalize_eol(char *s, size_t len)
{
	char *cr = len > 0 ? memchr(s, '\r', len) : NULL; /* s may be NULL when len is 0 */
	size_t w, r;

	if (cr == NULL)
		return len;
	w = r = (size_t)(cr - s);
	while (r < len) {
		const char *next;
		size_t run;

		/* s[r] is a CR: it becomes LF, and swallows the LF after it */
		s[w++] = '\n';
		r += (r + 1 < len && s[r + 1] == '\n') ? 2 : 1;
		next = memchr(s + r, '\r', len - r);
		run = (next ? (size_t)(next - s) : len) - r;
		memmove(s + w, s + r, run);
		w += run;
		r += run;
	}
	return w;
}

/* text_charset_is_utf8 - TRUE for charsets that need no conversion */
static gboolean
text_charset_is_utf8(const char *cs)
{
	return cs == NULL || g_ascii_strcasecmp(cs, "utf-8") == 0 ||
	       g_ascii_strcasecmp(cs, "utf8") == 0 || g_ascii_strcasecmp(cs, "us-ascii") == 0 ||
	       g_ascii_strcasecmp(cs, "ascii") == 0;
}

/*
 * Japanese charset labels as mail writes them, mapped to the iconv charset
 * that reads what those senders really produce: Microsoft's supersets
 * (CP932 for Shift_JIS, EUC-JP-MS for EUC-JP) hold the NEC and IBM signs
 * ("①", "～") that strict Shift_JIS/EUC-JP refuse, and GMime knows neither
 * "x-sjis" nor "Windows-31J" (it asks iconv for "CP31j").
 */
static const struct {
	const char *label;
	const char *iconv;
} text_charset_aliases[] = {
    {"shift_jis", "CP932"},   {"shift-jis", "CP932"},   {"sjis", "CP932"},
    {"x-sjis", "CP932"},      {"ms_kanji", "CP932"},    {"csshiftjis", "CP932"},
    {"windows-31j", "CP932"}, {"cp932", "CP932"},       {"ms932", "CP932"},
    {"x-ms-cp932", "CP932"},  {"euc-jp", "EUC-JP-MS"},  {"x-euc-jp", "EUC-JP-MS"},
    {"eucjp", "EUC-JP-MS"},   {"x-eucjp", "EUC-JP-MS"}, {"cseucpkdfmtjapanese", "EUC-JP-MS"},
};

/* text_charset_iconv - the iconv name to convert a declared charset label with */
static const char *
text_charset_iconv(const char *cs)
{
	for (size_t i = 0; i < G_N_ELEMENTS(text_charset_aliases); i++)
		if (g_ascii_strcasecmp(cs, text_charset_aliases[i].label) == 0)
			return text_charset_aliases[i].iconv;
	return cs;
}

/*
 * text_add_filters - transfer decoding and charset conversion to UTF-8 on a
 * filter stream; returns FALSE when the declared charset could not be
 * converted (unknown to iconv), so the caller reads the bytes as undeclared
 */
static gboolean
text_add_filters(GMimeStreamFilter *filtered, GMimeContentEncoding enc, const char *charset)
{
	if (enc == GMIME_CONTENT_ENCODING_BASE64 || enc == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE ||
	    enc == GMIME_CONTENT_ENCODING_UUENCODE) {
		GMimeFilter *dec = g_mime_filter_basic_new(enc, FALSE);

		g_mime_stream_filter_add(filtered, dec);
		g_object_unref(dec);
	}
	if (!text_charset_is_utf8(charset)) {
		GMimeFilter *conv = g_mime_filter_charset_new(text_charset_iconv(charset), "UTF-8");

		if (conv == NULL)
			return FALSE;
		g_mime_stream_filter_add(filtered, conv);
		g_object_unref(conv);
	}
	return TRUE;
}

/*
 * text_base64_mislabelled - does a part declared base64 hold plain fields instead?  Its
 * first line holding text starts like a header field ("Reporting-MTA: dns; …"): a colon
 * is never part of base64, so a gateway labelled text it never encoded (seen on
 * delivery-status parts); decoding it would leave nothing readable
 */
static gboolean
text_base64_mislabelled(GMimeStream *src)
{
	char head[512];
	ssize_t n = g_mime_stream_read(src, head, sizeof(head));
	ssize_t i = 0, k;

	g_mime_stream_reset(src);
	while (i < n && g_ascii_isspace(head[i]))
		i++;
	if (i >= n || !g_ascii_isalpha(head[i]))
		return FALSE;
	for (k = i; k < n && (g_ascii_isalnum(head[k]) || head[k] == '-' || head[k] == '_'); k++)
		;
	while (k < n && (head[k] == ' ' || head[k] == '\t'))
		k++;
	return k < n && head[k] == ':';
}

/*
 * text_read_decoded - read at most max bytes of part's decoded content,
 * converted to UTF-8 from its declared charset; *converted_r tells whether a
 * conversion ran (FALSE: UTF-8 or ASCII declared, or a charset iconv lacks)
 */
static GByteArray *
text_read_decoded(GMimePart *part, const char *charset, size_t max, gboolean *converted_r)
{
	GMimeDataWrapper *content = g_mime_part_get_content(part);
	GByteArray *buf = g_byte_array_new();
	GMimeStream *src, *filtered;
	GMimeContentEncoding enc;
	char chunk[TEXT_CHUNK];

	if (content == NULL)
		return buf;
	src = g_mime_data_wrapper_get_stream(content);
	if (src == NULL)
		return buf;
	enc = g_mime_data_wrapper_get_encoding(content);
	g_mime_stream_reset(src);
	if (enc == GMIME_CONTENT_ENCODING_BASE64 && text_base64_mislabelled(src))
		enc = GMIME_CONTENT_ENCODING_DEFAULT;
	*converted_r = FALSE;
	/* identity-encoded UTF-8 needs no filter objects: read the part's own stream */
	if (enc != GMIME_CONTENT_ENCODING_BASE64 && enc != GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE &&
	    enc != GMIME_CONTENT_ENCODING_UUENCODE && text_charset_is_utf8(charset)) {
		filtered = g_object_ref(src);
	} else {
		filtered = g_mime_stream_filter_new(src);
		*converted_r = text_add_filters(GMIME_STREAM_FILTER(filtered), enc, charset) &&
		               !text_charset_is_utf8(charset);
	}
	while (buf->len < max) {
		size_t want = MIN(sizeof(chunk), max - buf->len);
		ssize_t n = g_mime_stream_read(filtered, chunk, want);

		if (n <= 0)
			break;
		g_byte_array_append(buf, (const guint8 *)chunk, n);
	}
	g_object_unref(filtered);
	return buf;
}

/* text_fix_charset - undeclared ISO-2022-JP (common in Japanese bounces) converted to UTF-8 */
static void
text_fix_charset(GByteArray *buf)
{
	char *conv;
	gsize out_len = 0;

	/* ISO-2022-JP is 7-bit (valid UTF-8 too): its escape sequences give it away */
	if (buf->len == 0 || memmem(buf->data, buf->len, "\x1b$", 2) == NULL)
		return;
	conv = g_convert((const char *)buf->data, buf->len, "UTF-8", "ISO-2022-JP", NULL, &out_len,
	                 NULL);
	if (conv == NULL)
		return;
	g_byte_array_set_size(buf, 0);
	g_byte_array_append(buf, (const guint8 *)conv, out_len);
	g_free(conv);
}

/* text_has_kana - does UTF-8 s[0..n) hold hiragana (U+3041..U+309F), present in any Japanese
 * sentence */
static gboolean
text_has_kana(const char *s, size_t n)
{
	for (size_t i = 0; i + 2 < n; i++)
		if ((guchar)s[i] == 0xe3 && ((guchar)s[i + 1] == 0x81 || (guchar)s[i + 1] == 0x82))
			return TRUE;
	return FALSE;
}

/* text_is_ascii - no byte of s[0..n) has its high bit set (eight bytes at a time) */
gboolean
text_is_ascii(const guint8 *s, size_t n)
{
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		guint64 w;

		memcpy(&w, s + i, 8);
		if (w & 0x8080808080808080ULL)
			return FALSE;
	}
	for (; i < n; i++)
		if (s[i] & 0x80)
			return FALSE;
	return TRUE;
}

/* text_cut_tail - is s[0..n) the start of one UTF-8 character the size limit cut off? */
static gboolean
text_cut_tail(const guchar *s, size_t n)
{
	size_t want = s[0] >= 0xf0 ? 4 : s[0] >= 0xe0 ? 3 : 2;

	if (s[0] < 0xc2 || s[0] > 0xf4 || n >= want)
		return FALSE;
	for (size_t i = 1; i < n; i++)
		if ((s[i] & 0xc0) != 0x80)
			return FALSE;
	return TRUE;
}

/*
 * text_repair_cp1252 - the bytes of buf that are not UTF-8 read one by one as
 * windows-1252 (Latin-1 and its C1 punctuation: what undeclared or mislabelled
 * Western text is), the valid UTF-8 around them kept as it is, and a
 * character cut off at the end left for the output to mark
 */
static void
text_repair_cp1252(GByteArray *buf)
{
	static const guint16 c1[32] = {
	    0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
	    0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
	    0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178};
	const char *p = (const char *)buf->data, *end = p + buf->len, *bad;
	GString *out = g_string_sized_new(buf->len + buf->len / 4 + 8);

	while (p < end) {
		guchar c;

		if (g_utf8_validate_len(p, (gsize)(end - p), &bad)) {
			g_string_append_len(out, p, end - p);
			break;
		}
		g_string_append_len(out, p, bad - p);
		c = (guchar)*bad;
		if (text_cut_tail((const guchar *)bad, (size_t)(end - bad))) {
			g_string_append_len(out, bad, end - bad);
			break;
		}
		if (c < 0x80)
			g_string_append_c(out, (char)c); /* a NUL: the caller makes it a space */
		else
			g_string_append_unichar(out, c < 0xa0 ? c1[c - 0x80] : c);
		p = bad + 1;
	}
	g_byte_array_set_size(buf, 0);
	g_byte_array_append(buf, (const guint8 *)out->str, out->len);
	g_string_free(out, TRUE);
}

/* text_count_byte - how many times c occurs in s[0..n) */
static size_t
text_count_byte(const char *s, size_t n, char c)
{
	size_t k = 0;

	for (const char *p = s, *end = s + n; (p = memchr(p, c, (size_t)(end - p))) != NULL; p++)
		k++;
	return k;
}

/* text_hint_usable - a charset named by the message's own encoded headers that may read its
 * undeclared 8-bit text: not UTF-8 or ASCII (the text is not UTF-8 here) nor Latin-1 or
 * windows-1252, which the byte-wise repair below reads already (with the C1 punctuation) */
static gboolean
text_hint_usable(const char *hint)
{
	static const char *const western[] = {"iso-8859-1",   "iso8859-1", "latin1",
	                                      "windows-1252", "cp1252",    "us-ascii"};

	if (hint == NULL || *hint == '\0' || text_charset_is_utf8(hint))
		return FALSE;
	for (size_t i = 0; i < G_N_ELEMENTS(western); i++)
		if (g_ascii_strcasecmp(hint, western[i]) == 0)
			return FALSE;
	return TRUE;
}

/*
 * text_utf8_cut - are the n bytes at p the start of one UTF-8 character cut off by a size
 * limit: a lead byte and fewer continuation bytes than it announces, nothing after them?
 * ("caf\xc3" is cut UTF-8; "caf\xe9\n" is Latin-1)
 */
static gboolean
text_utf8_cut(const char *p, size_t n)
{
	guchar lead = n > 0 ? (guchar)p[0] : 0;
	size_t want = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;

	if (want == 0 || lead > 0xf4 || n >= want)
		return FALSE;
	for (size_t i = 1; i < n; i++)
		if (((guchar)p[i] & 0xc0) != 0x80)
			return FALSE;
	return TRUE;
}

/*
 * text_fix_8bit - undeclared 8-bit text converted to UTF-8: Japanese
 * (Shift_JIS, EUC-JP) when the text is not UTF-8 and reads as Japanese (it
 * holds kana) under one of them, else in the charset the same writer used for
 * its own encoded headers (hint: "=?windows-1250?Q?…?=" above a body it left
 * undeclared or labelled us-ascii) when the whole text converts, else each
 * byte that is not UTF-8 as windows-1252
 */
static void
text_fix_8bit(GByteArray *buf, const char *hint)
{
	static const char *const charsets[] = {"CP932", "EUC-JP-MS"};
	const gchar *end;

	if (text_is_ascii(buf->data, buf->len) ||
	    g_utf8_validate((const char *)buf->data, buf->len, &end) ||
	    text_utf8_cut(end, buf->len - (size_t)(end - (const char *)buf->data)))
		return; /* UTF-8, perhaps cut inside its last character */
	for (size_t i = 0; i < G_N_ELEMENTS(charsets); i++) {
		/* the last byte may be half a character cut off by the size limit */
		for (size_t cut = 0; cut < 2; cut++) {
			gsize out_len = 0;
			char *conv = g_convert((const char *)buf->data, buf->len - cut, "UTF-8",
			                       charsets[i], NULL, &out_len, NULL);

			if (conv == NULL)
				continue;
			if (text_has_kana(conv, out_len)) {
				g_byte_array_set_size(buf, 0);
				g_byte_array_append(buf, (const guint8 *)conv, out_len);
				g_free(conv);
				return;
			}
			g_free(conv);
			break;
		}
	}
	if (text_hint_usable(hint)) {
		const char *iconv_name = text_charset_iconv(hint);
		gsize out_len = 0;
		char *conv;

		if (iconv_name == hint)
			iconv_name = g_mime_charset_iconv_name(hint);
		conv = g_convert((const char *)buf->data, buf->len, "UTF-8", iconv_name, NULL,
		                 &out_len, NULL);
		/* a multi-byte charset's converter may map a bad pair to U+FFFD or swallow a line
		 * end as a trail byte: then the hint misreads the text */
		if (conv != NULL && g_strstr_len(conv, (gssize)out_len, "\xef\xbf\xbd") == NULL &&
		    text_count_byte(conv, out_len, '\n') ==
		        text_count_byte((const char *)buf->data, buf->len, '\n')) {
			g_byte_array_set_size(buf, 0);
			g_byte_array_append(buf, (const guint8 *)conv, out_len);
			g_free(conv);
			return;
		}
		g_free(conv);
	}
	text_repair_cp1252(buf);
}

/* text_header_japanese - raw 8-bit Japanese (Shift_JIS, EUC-JP: it holds kana once
 * converted) as UTF-8, newly allocated; NULL for anything else */
static char *
text_header_japanese(const char *value)
{
	static const char *const charsets[] = {"CP932", "EUC-JP-MS"};
	gsize out_len;

	if (text_is_ascii((const guint8 *)value, strlen(value)) || g_utf8_validate(value, -1, NULL))
		return NULL;
	for (size_t i = 0; i < G_N_ELEMENTS(charsets); i++) {
		char *conv = g_convert(value, -1, "UTF-8", charsets[i], NULL, &out_len, NULL);

		if (conv != NULL && text_has_kana(conv, out_len))
			return conv;
		g_free(conv);
	}
	return NULL;
}

/* text_header_utf8 - header value to UTF-8: undeclared ISO-2022-JP or 8-bit Japanese
 * converted, other bad bytes repaired */
char *
text_header_utf8(const char *value)
{
	char *conv;

	if (value == NULL)
		return NULL;
	if (strchr(value, 0x1b) != NULL &&
	    (conv = g_convert(value, -1, "UTF-8", "ISO-2022-JP", NULL, NULL, NULL)) != NULL)
		return conv;
	/* ASCII: no Japanese to find, nothing to repair (what g_utf8_make_valid returns) */
	if (text_is_ascii((const guint8 *)value, strlen(value)))
		return g_strdup(value);
	if ((conv = text_header_japanese(value)) != NULL)
		return conv;
	return g_utf8_make_valid(value, -1);
}

/* text_header_raw_japanese - undeclared 8-bit Japanese in a raw header value, as UTF-8, or NULL */
char *
text_header_raw_japanese(const char *raw)
{
	char *flat, *conv;

	if (raw == NULL || text_is_ascii((const guint8 *)raw, strlen(raw)))
		return NULL;
	flat = g_strdup(raw);
	for (char *p = flat; *p != '\0'; p++)
		if (*p == '\r' || *p == '\n' || *p == '\t')
			*p = ' ';
	conv = text_header_japanese(g_strstrip(flat));
	g_free(flat);
	return conv;
}

/* How much of a header value with encoded words is decoded (see encoded_cut). */
#define TEXT_HEADER_ENCODED_MAX 8192

/* How far an encoded word's text is looked through for its end ("?="). */
#define RFC2047_WORD_MAX 1024

/* rfc2047_word - the encoded word at p ("=?cs?e?text?="): its parts and its end, FALSE if none */
static gboolean
rfc2047_word(const char *p, char **charset, char *enc, char **text, const char **end)
{
	const char *cs = p + 2, *q, *t, *te;

	if (p[0] != '=' || p[1] != '?' || (q = strchr(cs, '?')) == NULL || q == cs)
		return FALSE;
	if (q[1] == '\0' || q[2] != '?')
		return FALSE;
	*enc = g_ascii_toupper(q[1]);
	if (*enc != 'B' && *enc != 'Q')
		return FALSE;
	t = q + 3;
	/* RFC 2047 words are at most 75 bytes; a generous bound keeps a hostile header of "=?a?B?"
	 * runs without "?=" linear */
	if ((te = g_strstr_len(t, RFC2047_WORD_MAX, "?=")) == NULL)
		return FALSE;
	for (const char *s = cs; s < te; s++)
		if (*s == ' ' || *s == '\t')
			return FALSE;
	*charset = g_strndup(cs, (gsize)(q - cs));
	if (strchr(*charset, '*') != NULL) /* RFC 2231 language: "iso-2022-jp*ja" */
		*strchr(*charset, '*') = '\0';
	*text = g_strndup(t, (gsize)(te - t));
	*end = te + 2;
	return TRUE;
}

/* rfc2047_bytes - the octets of an encoded word's text (B or Q), newly allocated */
static GByteArray *
rfc2047_bytes(char enc, const char *text)
{
	GByteArray *out = g_byte_array_new();

	if (enc == 'B') {
		gsize n = 0;
		guchar *b = g_base64_decode(text, &n);

		g_byte_array_append(out, b, (guint)n);
		g_free(b);
		return out;
	}
	for (const char *s = text; *s != '\0'; s++) {
		guint8 c = (guint8)*s;

		if (c == '_')
			c = ' ';
		else if (c == '=' && g_ascii_isxdigit(s[1]) && g_ascii_isxdigit(s[2])) {
			c = (guint8)(g_ascii_xdigit_value(s[1]) * 16 + g_ascii_xdigit_value(s[2]));
			s += 2;
		}
		g_byte_array_append(out, &c, 1);
	}
	return out;
}

/* rfc2047_flush - convert the pending octets of adjacent words of one charset onto out */
static gboolean
rfc2047_flush(GString *out, GByteArray *pending, char **charset)
{
	const char *iconv_name;
	char *conv;

	if (*charset == NULL)
		return TRUE;
	if (pending->len == 0) {
		/* empty words ("=?utf-8?q??="): nothing to convert (and no buffer yet) */
		g_clear_pointer(charset, g_free);
		return TRUE;
	}
	iconv_name = text_charset_iconv(*charset);
	if (iconv_name == *charset) /* not one of ours: GMime's name for iconv ("ks_c_5601-1987") */
		iconv_name = g_mime_charset_iconv_name(*charset);
	conv = g_convert((const char *)pending->data, (gssize)pending->len, "UTF-8", iconv_name,
	                 NULL, NULL, NULL);
	g_byte_array_set_size(pending, 0);
	g_clear_pointer(charset, g_free);
	if (conv == NULL)
		return FALSE;
	g_string_append(out, conv);
	g_free(conv);
	return TRUE;
}

/*
 * text_header_decode_words - value with its encoded words decoded here, or NULL (no encoded
 * word, a raw 8-bit byte, or octets that do not convert: GMime's decoder then has its say).
 * Each word's octets are decoded on their own, then the octets of adjacent words of one
 * charset are joined before they are converted, since mailers split a multi-byte string
 * anywhere, even inside a character.  GMime 3.2 joins the encoded text instead, so a padded
 * base64 word ("=?utf-8?B?w6k=?= =?utf-8?B?w6k=?=") ends the text, and of two complete
 * ISO-2022-JP words only the first is kept.
 */
static char *
text_header_decode_words(const char *value)
{
	GString *out;
	GByteArray *pending;
	char *pending_cs = NULL;
	const char *p = value, *q;
	gboolean ok = TRUE;

	if (value == NULL || strstr(value, "=?") == NULL ||
	    !text_is_ascii((const guint8 *)value, strlen(value)))
		return NULL;
	out = g_string_new(NULL);
	pending = g_byte_array_new();
	while (ok && (q = strstr(p, "=?")) != NULL) {
		char *charset = NULL, *text = NULL;
		const char *end;
		char enc;
		GByteArray *bytes;
		gboolean blank = TRUE;

		if (!rfc2047_word(q, &charset, &enc, &text, &end)) {
			ok = rfc2047_flush(out, pending, &pending_cs);
			g_string_append_len(out, p, q + 2 - p);
			p = q + 2;
			continue;
		}
		for (const char *s = p; s < q; s++)
			if (!g_ascii_isspace(*s))
				blank = FALSE;
		/* white space between two encoded words is no text (RFC 2047 section 6.2) */
		if (!(pending_cs != NULL && blank)) {
			ok = rfc2047_flush(out, pending, &pending_cs);
			for (const char *s = p; s < q; s++)
				if (*s != '\r' && *s != '\n')
					g_string_append_c(out, *s);
		} else if (g_ascii_strcasecmp(pending_cs, charset) != 0) {
			ok = rfc2047_flush(out, pending, &pending_cs);
		}
		bytes = rfc2047_bytes(enc, text);
		g_byte_array_append(pending, bytes->data, bytes->len);
		g_byte_array_unref(bytes);
		g_free(text);
		if (pending_cs == NULL)
			pending_cs = charset;
		else
			g_free(charset);
		p = end;
	}
	if (ok)
		ok = rfc2047_flush(out, pending, &pending_cs);
	g_free(pending_cs);
	g_byte_array_unref(pending);
	if (!ok) {
		g_string_free(out, TRUE);
		return NULL;
	}
	for (const char *s = p; *s != '\0'; s++)
		if (*s != '\r' && *s != '\n')
			g_string_append_c(out, *s);
	return g_string_free(out, FALSE);
}

/*
 * encoded_cut - where a header value with encoded words that is longer than
 * TEXT_HEADER_ENCODED_MAX is cut before decoding (at the last blank before the limit, so no
 * word is split), or 0 when it is decoded whole.  GMime's decoder takes time quadratic in the
 * length of a run of broken encoded words (a 240 KB Subject of "=?…?B?x": 27 G instructions);
 * no real header carries that much encoded text.
 */
static size_t
encoded_cut(const char *value)
{
	size_t n = strnlen(value, TEXT_HEADER_ENCODED_MAX + 1), cut = TEXT_HEADER_ENCODED_MAX;

	if (n <= TEXT_HEADER_ENCODED_MAX ||
	    g_strstr_len(value, TEXT_HEADER_ENCODED_MAX, "=?") == NULL)
		return 0;
	while (cut > 0 && !g_ascii_isspace(value[cut - 1]))
		cut--;
	return cut > 0 ? cut : TEXT_HEADER_ENCODED_MAX;
}

char *
text_header_decode(const char *value)
{
	size_t cut = value != NULL ? encoded_cut(value) : 0;
	char *head = cut > 0 ? g_strndup(value, cut) : NULL, *conv;

	if (head != NULL)
		value = head;
	conv = text_header_decode_words(value);
	if (conv == NULL)
		conv = g_mime_utils_header_decode_text(NULL, value);
	g_free(head);
	return conv;
}

/*
 * text_header_get_utf8 - the named header of obj as UTF-8 (NULL when absent).
 * GMime decodes raw 8-bit bytes it cannot place as Latin-1, so undeclared
 * Shift_JIS or EUC-JP ("Subject: 配信エラー" sent raw) is read from the raw
 * value, unfolded, before that.
 */
char *
text_header_get_utf8(GMimeObject *obj, const char *name)
{
	GMimeHeader *h = g_mime_header_list_get_header(g_mime_object_get_header_list(obj), name);
	const char *raw = h != NULL ? g_mime_header_get_raw_value(h) : NULL;
	char *conv = text_header_raw_japanese(raw);

	if (conv == NULL && raw != NULL && (conv = text_header_decode_words(raw)) != NULL)
		g_strstrip(conv);
	if (conv == NULL && raw != NULL && encoded_cut(raw) > 0) {
		/* too long to give to GMime's decoder whole: the bounded decode, unfolded */
		char *decoded = text_header_decode(raw), *w = decoded;

		for (const char *r = decoded; *r != '\0'; r++)
			if (*r != '\r' && *r != '\n')
				*w++ = *r;
		*w = '\0';
		conv = text_header_utf8(g_strstrip(decoded));
		g_free(decoded);
		return conv;
	}
	return conv != NULL ? conv : text_header_utf8(g_mime_object_get_header(obj, name));
}

/* text_drop_bom - s[0..len) without its U+FEFF characters (in place); the new length */
static size_t
text_drop_bom(char *s, size_t len)
{
	char *w = memchr(s, 0xef, len), *r = w, *end = s + len;

	if (w == NULL)
		return len;
	while (r < end) {
		if (end - r >= 3 && (unsigned char)r[0] == 0xef && (unsigned char)r[1] == 0xbb &&
		    (unsigned char)r[2] == 0xbf)
			r += 3;
		else
			*w++ = *r++;
	}
	return (size_t)(w - s);
}

/*
 * text_compose - buf[0..len) in Unicode NFC when it holds combining marks: windows-1258
 * writes Vietnamese as base letters and marks, and text typed on a Mac is often
 * decomposed; the scrapers' phrases and the diagnostics are composed.  The new length.
 */
static size_t
text_compose(GByteArray *buf, size_t len)
{
	char *nfc;
	size_t n;

	if (!utf8_has_combining_mark((const char *)buf->data, len))
		return len;
	nfc = g_utf8_normalize((const char *)buf->data, (gssize)len, G_NORMALIZE_NFC);
	if (nfc == NULL) {
		/* bytes that are no UTF-8 beside the marks: U+FFFD for them (what the JSON
		 * writer would print), then composed */
		char *valid = g_utf8_make_valid((const char *)buf->data, (gssize)len);

		nfc = g_utf8_normalize(valid, -1, G_NORMALIZE_NFC);
		g_free(valid);
		if (nfc == NULL)
			return len;
	}
	n = strlen(nfc);
	g_byte_array_set_size(buf, 0);
	g_byte_array_append(buf, (const guint8 *)nfc, (guint)n);
	g_free(nfc);
	return n;
}

/* text_part_append - bounded UTF-8 text of a MIME part */
size_t
text_part_append(GMimePart *part, GString *out, size_t max)
{
	return text_part_append_hint(part, out, max, NULL);
}

/* text_part_append_hint - text_part_append, undeclared 8-bit text read in hint if it fits */
size_t
text_part_append_hint(GMimePart *part, GString *out, size_t max, const char *hint)
{
	GMimeContentType *ct = g_mime_object_get_content_type(GMIME_OBJECT(part));
	const char *charset =
	    g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset");
	gboolean html = ct != NULL && g_mime_content_type_is_type(ct, "text", "html");
	size_t before = out->len;
	gboolean converted = FALSE;
	GByteArray *buf;
	size_t len;

	if (max == 0)
		return 0;
	/* html shrinks when stripped: read a bounded multiple of what may be kept */
	buf = text_read_decoded(part, charset, html ? max * 4 : max, &converted);
	if (buf->len == 0) {
		g_byte_array_unref(buf);
		return 0;
	}
	/* ISO-2022-JP is 7-bit: undeclared, or under a label that left its bytes as they were
	 * (an old gateway's "ISO-8859-1"), its escape sequences still show */
	if (memchr(buf->data, 0x1b, buf->len) != NULL &&
	    (!converted || text_is_ascii(buf->data, buf->len)))
		text_fix_charset(buf);
	else if (!converted)
		text_fix_8bit(buf, hint);
	len = text_normalize_eol((char *)buf->data, buf->len);
	len = utf8_fold_halfwidth_kana((char *)buf->data, len);
	/* a NUL ("=00", a base64 zero byte) would end the text early: it becomes a space */
	for (char *z = memchr(buf->data, '\0', len); z != NULL;
	     z = memchr(z + 1, '\0', (char *)buf->data + len - z - 1))
		*z = ' ';
	/* a byte-order mark (U+FEFF; Windows editors write one before UTF-8 text too, and
	 * it may stand wherever parts were pasted together) is no text: left in, it would
	 * stand before the first line's address */
	len = text_drop_bom((char *)buf->data, len);
	len = text_compose(buf, len);
	if (html)
		text_html_strip((const char *)buf->data, len, out);
	else
		strbuf_append(out, (const char *)buf->data, len);
	if (out->len - before > max)
		g_string_truncate(out, before + max);
	g_byte_array_unref(buf);
	return out->len - before;
}

/* text_entity - decode the HTML entity at s (after '&'); returns bytes consumed or 0 */
static size_t
text_entity(const char *s, size_t len, GString *out)
{
	static const struct {
		const char *name;
		const char *text;
	} names[] = {{"amp;", "&"},
	             {"lt;", "<"},
	             {"gt;", ">"},
	             {"quot;", "\""},
	             {"apos;", "'"},
	             {"nbsp;", " "},
	             {"#39;", "'"},
	             /* paraphrase29: the typographic ones an ESP's template writes ("the
	              * recipient&rsquo;s inbox", "a@b &ndash; cause") */
	             {"ndash;", "\xe2\x80\x93"},
	             {"mdash;", "\xe2\x80\x94"},
	             {"lsquo;", "\xe2\x80\x98"},
	             {"rsquo;", "\xe2\x80\x99"},
	             {"ldquo;", "\xe2\x80\x9c"},
	             {"rdquo;", "\xe2\x80\x9d"},
	             {"hellip;", "\xe2\x80\xa6"},
	             {"middot;", "\xc2\xb7"}};

	for (size_t i = 0; i < G_N_ELEMENTS(names); i++) {
		size_t n = strlen(names[i].name);

		if (len >= n && g_ascii_strncasecmp(s, names[i].name, n) == 0) {
			g_string_append(out, names[i].text);
			return n;
		}
	}
	if (len > 2 && s[0] == '#') {
		gunichar u = 0;
		size_t i = 1;
		gboolean hex = (s[1] == 'x' || s[1] == 'X');

		if (hex)
			i++;
		for (; i < len && i < 10 && g_ascii_isxdigit(s[i]); i++) {
			if (!hex && !g_ascii_isdigit(s[i]))
				break;
			u = u * (hex ? 16 : 10) + g_ascii_xdigit_value(s[i]);
		}
		if (i < len && s[i] == ';' && u > 0 && g_unichar_validate(u)) {
			g_string_append_unichar(out, u);
			return i + 1;
		}
	}
	return 0;
}

/*
 * text_prefix_ci - does p start with lit (lower case, l bytes), in any case?
 * g_ascii_strncasecmp inline: the HTML reader asks it of every tag, where
 * GLib's costs a call per byte.  The caller has checked that p holds l bytes.
 */
static inline gboolean
text_prefix_ci(const char *p, const char *lit, size_t l)
{
	for (size_t i = 0; i < l; i++) {
		char c = p[i];

		if (((c >= 'A' && c <= 'Z') ? (char)(c + ('a' - 'A')) : c) != lit[i])
			return FALSE;
	}
	return TRUE;
}

/* text_tag_breaks - TRUE for tags that end a line of text */
static gboolean
text_tag_breaks(const char *tag, size_t len)
{
#define TAG(t)                                                                                     \
	{                                                                                          \
		t, sizeof(t) - 1                                                                   \
	}
	static const struct {
		const char *name;
		size_t len;
	} tags[] = {TAG("p"),      TAG("/p"),         TAG("div"),         TAG("/div"), TAG("tr"),
	            TAG("/tr"),    TAG("li"),         TAG("/li"),         TAG("h1"),   TAG("h2"),
	            TAG("h3"),     TAG("/h1"),        TAG("/h2"),         TAG("/h3"),  TAG("table"),
	            TAG("/table"), TAG("blockquote"), TAG("/blockquote"), TAG("pre"),  TAG("/pre")};
#undef TAG

	char first = len > 0 && tag[0] >= 'A' && tag[0] <= 'Z' ? (char)(tag[0] + ('a' - 'A'))
	             : len > 0                                 ? tag[0]
	                                                       : '\0';

	for (size_t i = 0; i < G_N_ELEMENTS(tags); i++) {
		size_t n = tags[i].len;

		/* most tags (a, span, td, font) differ from every row in their first byte */
		if (tags[i].name[0] != first)
			continue;
		if (len >= n && text_prefix_ci(tag, tags[i].name, n) &&
		    (len == n || !g_ascii_isalnum(tag[n])))
			return TRUE;
	}
	return FALSE;
}

/*
 * text_tag_separates - TRUE for table cell tags (td, th, opening or closing):
 * the cells of a row stay on one line, but as words of their own, so
 * "<td>Recipient:</td><td>a@b</td><td>mx.example</td>" reads "Recipient: a@b
 * mx.example", never an address run on into the next cell's host.
 */
static gboolean
text_tag_separates(const char *tag, size_t len)
{
	size_t at = len > 0 && tag[0] == '/' ? 1 : 0;

	return len >= at + 2 && (tag[at] == 't' || tag[at] == 'T') &&
	       (tag[at + 1] == 'd' || tag[at + 1] == 'D' || tag[at + 1] == 'h' ||
	        tag[at + 1] == 'H') &&
	       (len == at + 2 || !g_ascii_isalnum(tag[at + 2]));
}

/* text_line_end - end the line being written once: a run of block tags is one break */
static void
text_line_end(GString *out)
{
	while (out->len > 0 && (out->str[out->len - 1] == ' ' || out->str[out->len - 1] == '\t'))
		g_string_truncate(out, out->len - 1);
	if (out->len > 0 && out->str[out->len - 1] != '\n')
		g_string_append_c(out, '\n');
}

/*
 * text_empty_paragraph - when the tag at html[i] ("<" … close) opens a paragraph that holds
 * nothing but white space and non-breaking spaces up to its "</p>" ("<p></p>", "<p
 * class=x>&nbsp;</p>"), the offset just past that end tag, else 0
 */
static size_t
text_empty_paragraph(const char *html, size_t len, size_t i, size_t tlen, const char *close)
{
	size_t k = (size_t)(close - html) + 1;

	if (tlen < 1 || (html[i + 1] != 'p' && html[i + 1] != 'P') ||
	    (tlen > 1 && !g_ascii_isspace(html[i + 2])))
		return 0;
	for (;;) {
		if (k < len && g_ascii_isspace(html[k]))
			k++;
		else if (len - k >= 6 && text_prefix_ci(html + k, "&nbsp;", 6))
			k += 6;
		else if (len - k >= 6 && memcmp(html + k, "&#160;", 6) == 0)
			k += 6;
		else if (len - k >= 2 && (guchar)html[k] == 0xc2 && (guchar)html[k + 1] == 0xa0)
			k += 2;
		else
			break;
	}
	if (len - k >= 4 && text_prefix_ci(html + k, "</p>", 4))
		return k + 4;
	return 0;
}

/*
 * text_html_strip - HTML to plain text, linear.  A block tag ends the line
 * (several in a row end it once), <br> always breaks, and a line break of
 * the source right after a tag's break is dropped: "<p>a</p>\n<p>b</p>"
 * and "a<br>\nb" are two lines, not two lines with blank ones between.
 * An empty paragraph ("<p></p>", "<p>&nbsp;</p>") is a blank line (engine10).
 */
void
text_html_strip(const char *html, size_t len, GString *out)
{
	size_t i = 0;
	gboolean tag_broke = FALSE; /* the last line break came from a tag */
	gboolean line_blank =
	    out->len == 0 || out->str[out->len - 1] == '\n'; /* nothing on it yet */

	while (i < len) {
		if (html[i] == '<') {
			const char *close = memchr(html + i, '>', len - i);
			size_t tlen;

			if (close == NULL)
				break;
			tlen = close - html - i - 1;
			/* skip the content of script and style elements */
			if ((tlen >= 6 && text_prefix_ci(html + i + 1, "script", 6)) ||
			    (tlen >= 5 && text_prefix_ci(html + i + 1, "style", 5))) {
				const char *endtag = NULL;
				const char *name = html[i + 2] == 'c' || html[i + 2] == 'C'
				                       ? "</script"
				                       : "</style";

				for (const char *p = close; p != NULL && p < html + len;) {
					p = memchr(p, '<', html + len - p);
					if (p == NULL)
						break;
					if ((size_t)(html + len - p) >= strlen(name) &&
					    text_prefix_ci(p, name, strlen(name))) {
						endtag = p;
						break;
					}
					p++;
				}
				close = endtag ? memchr(endtag, '>', html + len - endtag) : NULL;
				if (close == NULL)
					break;
			} else if (tlen >= 2 && text_prefix_ci(html + i + 1, "br", 2) &&
			           (tlen == 2 || !g_ascii_isalnum(html[i + 3]))) {
				g_string_append_c(out, '\n');
				tag_broke = line_blank = TRUE;
			} else if (text_tag_breaks(html + i + 1, tlen)) {
				size_t after = text_empty_paragraph(html, len, i, tlen, close);

				text_line_end(out);
				tag_broke = line_blank = TRUE;
				if (after > 0) {
					/* "<p></p>", "<p>&nbsp;</p>": a blank line, as a
					 * paragraph of its own is rendered; once for a run */
					if (out->len > 0 &&
					    !(out->len >= 2 && out->str[out->len - 2] == '\n'))
						g_string_append_c(out, '\n');
					i = after;
					continue;
				}
			} else if (text_tag_separates(html + i + 1, tlen) && out->len > 0 &&
			           !g_ascii_isspace(out->str[out->len - 1])) {
				g_string_append_c(out, ' ');
			}
			i = close - html + 1;
		} else if (html[i] == '&') {
			size_t n = text_entity(html + i + 1, len - i - 1, out);

			if (n == 0)
				g_string_append_c(out, '&');
			i += n + 1;
			tag_broke = line_blank = FALSE;
		} else if (html[i] == '\n') {
			if (!(tag_broke && line_blank)) {
				g_string_append_c(out, '\n');
				tag_broke = FALSE;
			}
			line_blank = TRUE;
			i++;
		} else {
			/* plain text up to the next tag, entity or line break as one run */
			size_t j = i + 1;

			while (j < len && html[j] != '<' && html[j] != '&' && html[j] != '\n')
				j++;
			strbuf_append(out, html + i, j - i);
			for (size_t k = i; line_blank && k < j; k++)
				if (html[k] != ' ' && html[k] != '\t')
					tag_broke = line_blank = FALSE;
			i = j;
		}
	}
}

/* text_encoded_charset - the charset of the first encoded word of a raw header value
 * ("=?windows-1250?Q?…?=": "windows-1250"), newly allocated, or NULL */
char *
text_encoded_charset(const char *raw)
{
	const char *p, *q;

	if (raw == NULL || (p = strstr(raw, "=?")) == NULL)
		return NULL;
	p += 2;
	for (q = p; *q != '\0' && *q != '?' && *q != '*' && q - p < 40; q++)
		if (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n')
			return NULL;
	if (q == p || (*q != '?' && *q != '*'))
		return NULL;
	return g_strndup(p, (gsize)(q - p));
}
