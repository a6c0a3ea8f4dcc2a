/* text.h - MIME part content as bounded UTF-8 text */
#ifndef BOUNCED_TEXT_H
#define BOUNCED_TEXT_H

#include <stddef.h>
#include <gmime/gmime.h>

/*
 * text_part_append - append the content of part to out: transfer encoding
 * decoded, converted from its charset to UTF-8, line ends LF, text/html
 * stripped of tags; at most max bytes are appended.  Returns the number of
 * bytes appended.
 */
size_t text_part_append(GMimePart *part, GString *out, size_t max);

/*
 * text_part_append_hint - text_part_append; 8-bit text that is not UTF-8 under no charset or
 * us-ascii (and not Japanese) is read in hint, the charset the message's own encoded headers
 * name, when all of it converts (NULL: no hint)
 */
size_t text_part_append_hint(GMimePart *part, GString *out, size_t max, const char *hint);

/* text_encoded_charset - the charset of the first RFC 2047 word of a raw header value, newly
 * allocated, or NULL */
char *text_encoded_charset(const char *raw);

/* text_html_strip - append html to out as plain text (tags dropped, common entities decoded) */
void text_html_strip(const char *html, size_t len, GString *out);

/* text_normalize_eol - rewrite CRLF and lone CR as LF in s[0..len); returns the new length */
size_t text_normalize_eol(char *s, size_t len);

/*
 * text_header_utf8 - a decoded header value as UTF-8, newly allocated (NULL
 * for NULL): raw ISO-2022-JP, which RFC 2047 decoding leaves as escape
 * sequences, is converted; invalid UTF-8 is repaired.
 */
char *text_header_utf8(const char *value);

/*
 * text_header_get_utf8 - the header name of obj as UTF-8, newly allocated
 * (NULL when absent): text_header_utf8 of the decoded value, or the raw
 * value converted when it is undeclared 8-bit Japanese.
 */
char *text_header_get_utf8(GMimeObject *obj, const char *name);

/*
 * text_header_raw_japanese - a raw (undecoded, folded) header value holding
 * undeclared 8-bit Japanese, as UTF-8 (newly allocated); NULL for ASCII or
 * anything else
 */
char *text_header_raw_japanese(const char *raw);

/*
 * text_header_decode - RFC 2047 decoded copy of a header value (newly allocated):
 * g_mime_utils_header_decode_text, except that a value holding an ISO-2022-JP encoded
 * word is decoded here, each word converted on its own (GMime 3.2 keeps only the first of
 * two adjacent ISO-2022-JP words: "=?iso-2022-jp?b?…?= =?iso-2022-jp?b?…?=").
 */
char *text_header_decode(const char *value);

/* text_is_ascii - no byte of s[0..n) has its high bit set */
gboolean text_is_ascii(const guint8 *s, size_t n);

#endif
