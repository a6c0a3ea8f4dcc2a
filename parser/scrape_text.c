/* scrape_text.c - linear-time text helpers for the free-text scrapers: addresses, codes, lines */
#include <string.h>
#include "scrape_text.h"
#include "status.h"

/* local_char - may c appear in the local part of an address as bounces print it? */
static gboolean
local_char(unsigned char c)
{
	return g_ascii_isalnum(c) || (c != '\0' && strchr("._%+-=!#$&*/?^~", c) != NULL);
}

/* domain_char - may ASCII c appear in a domain? */
static gboolean
domain_char(unsigned char c)
{
	return g_ascii_isalnum(c) || c == '.' || c == '-';
}

/* What one character means to an address being read (RFC 6531/6533 allow UTF-8 in both parts). */
typedef enum addr_char {
	ADDR_STOP,  /* not part of an address: the address ends before it */
	ADDR_ASCII, /* an ASCII character of the part */
	ADDR_WIDE,  /* a non-ASCII letter, digit or mark (josé, müller, почта) */
	ADDR_CJK,   /* a letter of a script written without spaces (用户, ユーザ, 사용자) */
	ADDR_BAD,   /* a byte that is no UTF-8 but a letter in Latin-1: the "address" is garbage */
} addr_char;

/*
 * spaceless_script - a code point of the scripts that put no space between
 * words and addresses ("宛先user@example.jpは"): CJK, kana, Hangul
 */
static gboolean
spaceless_script(gunichar u)
{
	return (u >= 0x2e80 && u <= 0x9fff) || (u >= 0xac00 && u <= 0xd7af) ||
	       (u >= 0xf900 && u <= 0xfaff) || (u >= 0x20000 && u <= 0x3ffff);
}

/* wide_class - what the valid non-ASCII code point u is to an address */
static addr_char
wide_class(gunichar u)
{
	/* full-width forms ("：", "＠", "ａ") are how CJK text sets punctuation off, never an
	 * address
	 */
	if ((u >= 0xff00 && u <= 0xffef) || (u >= 0x3000 && u <= 0x303f))
		return ADDR_STOP;
	if (!g_unichar_isalnum(u) && !g_unichar_ismark(u))
		return ADDR_STOP;
	return spaceless_script(u) ? ADDR_CJK : ADDR_WIDE;
}

/*
 * invalid_class - an undecodable byte: a Latin-1 letter (0xc0..0xff) would
 * sit inside the address, so the candidate is rejected; Latin-1 symbols and
 * spaces («, », NBSP) in undeclared text only end it
 */
static addr_char
invalid_class(unsigned char c)
{
	return c >= 0xc0 && c != 0xd7 && c != 0xf7 ? ADDR_BAD : ADDR_STOP;
}

/* char_fwd - the character starting at s[i] (its byte length in *n_r) */
static addr_char
char_fwd(const char *s, size_t len, size_t i, gboolean local, size_t *n_r)
{
	unsigned char c = (unsigned char)s[i];
	gunichar u;

	*n_r = 1;
	if (c < 0x80)
		return (local ? local_char(c) : domain_char(c)) ? ADDR_ASCII : ADDR_STOP;
	u = g_utf8_get_char_validated(s + i, (gssize)MIN(len - i, 4));
	if (u == (gunichar)-1 || u == (gunichar)-2)
		return invalid_class(c);
	*n_r = (size_t)g_utf8_skip[c];
	return wide_class(u);
}

/* char_back - the character ending just before s[l] (its byte length in *n_r) */
static addr_char
char_back(const char *s, size_t l, gboolean local, size_t *n_r)
{
	unsigned char c = (unsigned char)s[l - 1];
	size_t k = l - 1;
	gunichar u;

	*n_r = 1;
	if (c < 0x80)
		return (local ? local_char(c) : domain_char(c)) ? ADDR_ASCII : ADDR_STOP;
	while (k > 0 && l - k < 4 && ((unsigned char)s[k] & 0xc0) == 0x80)
		k--;
	u = g_utf8_get_char_validated(s + k, (gssize)(l - k));
	if (u == (gunichar)-1 || u == (gunichar)-2 ||
	    (size_t)g_utf8_skip[(unsigned char)s[k]] != l - k)
		return invalid_class(c);
	*n_r = l - k;
	return wide_class(u);
}

/*
 * domain_valid - a dotted domain with no empty label whose last label holds
 * a letter (an ASCII one, or any non-ASCII character: the scan let only
 * letters, digits and marks through)
 */
static gboolean
domain_valid(const char *d, size_t n)
{
	gboolean alpha = FALSE;

	if (n < 3 || d[0] == '.' || d[0] == '-' || memchr(d, '.', n) == NULL)
		return FALSE;
	for (size_t i = 0; i < n; i++) {
		if (d[i] == '.') {
			if (i + 1 < n && d[i + 1] == '.')
				return FALSE;
			alpha = FALSE;
		} else if (g_ascii_isalpha(d[i]) || (unsigned char)d[i] >= 0x80) {
			alpha = TRUE;
		}
	}
	return alpha;
}

/*
 * part_end - the end of the local part (local) or domain starting at s[i],
 * at most max bytes; *bad_r set when undecodable bytes run into it.  An
 * ASCII run never continues into a spaceless script (the domain of
 * "a@example.com不存在" ends at "com"); a domain label starts that check anew.
 */
static size_t
part_end(const char *s, size_t len, size_t i, gboolean local, size_t max, gboolean *bad_r)
{
	size_t r = i;
	gboolean ascii = FALSE;

	while (r < len) {
		size_t n;
		addr_char c = char_fwd(s, len, r, local, &n);

		if (c == ADDR_BAD)
			*bad_r = TRUE;
		if (c == ADDR_STOP || c == ADDR_BAD || (c == ADDR_CJK && ascii) || r - i + n > max)
			break;
		ascii = c == ADDR_ASCII ? (local || s[r] != '.') : ascii;
		r += n;
	}
	return r;
}

/* domain_end - the end of the domain starting at s[i], trailing dots and dashes left out */
static size_t
domain_end(const char *s, size_t len, size_t i, gboolean *bad_r)
{
	size_t r = part_end(s, len, i, FALSE, SCRAPE_MAX_DOMAIN, bad_r);

	while (r > i && (s[r - 1] == '.' || s[r - 1] == '-'))
		r--;
	return r;
}

/* local_start - the start of the local part that ends at the '@' at s[i]; *bad_r as part_end */
static size_t
local_start(const char *s, size_t i, gboolean *bad_r)
{
	size_t l = i;
	gboolean ascii = FALSE;

	while (l > 0) {
		size_t n;
		addr_char c = char_back(s, l, TRUE, &n);

		if (c == ADDR_BAD)
			*bad_r = TRUE;
		if (c == ADDR_STOP || c == ADDR_BAD || (c == ADDR_CJK && ascii) ||
		    i - l + n > SCRAPE_MAX_LOCAL)
			break;
		ascii = ascii || c == ADDR_ASCII;
		l -= n;
	}
	return l;
}

/* scrape_address_find - first address in s[0..len) */
gboolean
scrape_address_find(const char *s, size_t len, size_t *start_r, size_t *end_r)
{
	size_t from = 0;

	while (from < len) {
		const char *at = memchr(s + from, '@', len - from);
		gboolean bad = FALSE;
		size_t i, l, r;

		if (at == NULL)
			return FALSE;
		i = (size_t)(at - s);
		from = i + 1;
		l = local_start(s, i, &bad);
		while (l < i && s[l] == '.')
			l++;
		if (l == i)
			continue;
		r = domain_end(s, len, i + 1, &bad);
		if (bad || !domain_valid(s + i + 1, r - i - 1))
			continue;
		*start_r = l;
		*end_r = r;
		return TRUE;
	}
	return FALSE;
}

/*
 * quoted_local_end - a quoted local part at s[i] ('"'): the offset of the '@' right after its
 * closing quote ("\"doe,jane\"@x", RFC 5321's Quoted-string, backslash escapes and all),
 * else 0.  Within one line and SCRAPE_MAX_LOCAL bytes.
 */
static size_t
quoted_local_end(const char *s, size_t len, size_t i)
{
	for (size_t k = i + 1; k < len && k - i <= SCRAPE_MAX_LOCAL; k++) {
		if (s[k] == '\n' || s[k] == '\r' || s[k] == '\0')
			return 0;
		if (s[k] == '\\') {
			k++;
			continue;
		}
		if (s[k] == '"')
			return k > i + 1 && k + 1 < len && s[k + 1] == '@' ? k + 1 : 0;
	}
	return 0;
}

/*
 * fullwidth_close - the closing bracket of a full-width opening one at s ("「", "『", "＜",
 * "（"), NULL when s opens none.  Japanese notices quote an address in them ("宛先：「a@b」",
 * "「a@b」宛てのメールは…").
 */
static const char *
fullwidth_close(const char *s, size_t len)
{
	static const char *const pairs[][2] = {{"\xe3\x80\x8c", "\xe3\x80\x8d"},
	                                       {"\xe3\x80\x8e", "\xe3\x80\x8f"},
	                                       {"\xef\xbc\x9c", "\xef\xbc\x9e"},
	                                       {"\xef\xbc\x88", "\xef\xbc\x89"}};

	if (len < 3)
		return NULL;
	for (size_t k = 0; k < G_N_ELEMENTS(pairs); k++)
		if (memcmp(s, pairs[k][0], 3) == 0)
			return pairs[k][1];
	return NULL;
}

/* scrape_address_lead - an address at the very start of s */
gboolean
scrape_address_lead(const char *s, size_t len, size_t *start_r, size_t *end_r, size_t *after_r)
{
	size_t i = 0, j, r, after;
	gboolean bad = FALSE;
	char open = '\0';
	const char *wide = fullwidth_close(s, len);

	if (wide != NULL) {
		/* japan14: a full-width bracket; the address must be closed by its pair */
		if (!scrape_address_lead(s + 3, len - 3, start_r, end_r, &after) ||
		    after != *end_r || after + 3 > len - 3 || memcmp(s + 3 + after, wide, 3) != 0)
			return FALSE;
		*start_r += 3;
		*end_r += 3;
		*after_r = *end_r + 3;
		return TRUE;
	}
	if (len > 0 && (s[0] == '<' || s[0] == '"' || s[0] == '\'')) {
		open = s[0];
		i = 1;
	}
	/* a quoted local part, bare or in brackets: "\"doe,jane\"@x", "<\"a b\"@x>" */
	if (open == '"' && (j = quoted_local_end(s, len, 0)) > 0) {
		open = '\0';
		i = 0;
	} else if (!(open == '<' && i < len && s[i] == '"' &&
	             (j = quoted_local_end(s, len, i)) > 0)) {
		j = part_end(s, len, i, TRUE, SCRAPE_MAX_LOCAL, &bad);
		if (bad || j == i || j >= len || s[j] != '@' || s[i] == '.')
			return FALSE;
	}
	r = domain_end(s, len, j + 1, &bad);
	if (bad || !domain_valid(s + j + 1, r - j - 1))
		return FALSE;
	after = r;
	if (after < len &&
	    ((open == '<' && s[after] == '>') || (open != '<' && open != '\0' && s[after] == open)))
		after++;
	*start_r = i;
	*end_r = r;
	*after_r = after;
	return TRUE;
}

/* scrape_status_at - an enhanced status code class.subject.detail at s[i] */
gboolean
scrape_status_at(const char *s, size_t len, size_t i, size_t *n_r)
{
	size_t j, k;

	if (i + 5 > len || (s[i] != '2' && s[i] != '4' && s[i] != '5') || s[i + 1] != '.')
		return FALSE;
	if (i > 0 && (g_ascii_isalnum(s[i - 1]) || s[i - 1] == '.'))
		return FALSE;
	if (!g_ascii_isdigit(s[i + 2]) || s[i + 2] > '7' || s[i + 3] != '.')
		return FALSE;
	j = i + 4;
	k = j;
	while (k < len && k - j < 3 && g_ascii_isdigit(s[k]))
		k++;
	if (k == j || (k < len && (g_ascii_isalnum(s[k]))))
		return FALSE;
	if (k + 1 < len && s[k] == '.' && g_ascii_isdigit(s[k + 1]))
		return FALSE;
	/* rarefam4: "fml 4.0.3" is a version number */
	if (status_is_version(s, i, s + j, k - j))
		return FALSE;
	*n_r = k - i;
	return TRUE;
}

/* scrape_status_find - first enhanced status code in s[0..len): one starts a byte before a dot */
gboolean
scrape_status_find(const char *s, size_t len, size_t *pos_r, size_t *n_r)
{
	for (size_t i = 0; i + 5 <= len; i++) {
		const char *dot = memchr(s + i + 1, '.', len - i - 1);

		if (dot == NULL)
			return FALSE;
		i = (size_t)(dot - s) - 1;
		if (i + 5 > len)
			return FALSE;
		if (scrape_status_at(s, len, i, n_r)) {
			*pos_r = i;
			return TRUE;
		}
	}
	return FALSE;
}

/* wide_sep_before - a full-width colon or space (UTF-8) ends at s[i]: Japanese "理由：550 …" */
static gboolean
wide_sep_before(const char *s, size_t i)
{
	return i >= 3 && (memcmp(s + i - 3, "\xef\xbc\x9a", 3) == 0 ||
	                  memcmp(s + i - 3, "\xe3\x80\x80", 3) == 0);
}

/* code_at - three digits at s[i] that look like a 4xx/5xx reply code between separators */
static gboolean
code_at(const char *s, size_t len, size_t i)
{
	char after;

	if (i + 3 > len || (s[i] != '4' && s[i] != '5') || s[i + 1] < '0' || s[i + 1] > '5' ||
	    !g_ascii_isdigit(s[i + 2]))
		return FALSE;
	if (i > 0 && strchr(" \t\n:;([\"'<>,#", s[i - 1]) == NULL && !wide_sep_before(s, i))
		return FALSE;
	/* a group of a number written with thousands separators ("31,457,280 バイト") */
	if (i > 1 && s[i - 1] == ',' && g_ascii_isdigit(s[i - 2]))
		return FALSE;
	if (i + 3 == len)
		return TRUE;
	after = s[i + 3];
	if (after == ':' && i + 4 < len && g_ascii_isdigit(s[i + 4]))
		return FALSE;
	if (after == ',' && i + 7 <= len && g_ascii_isdigit(s[i + 4]) &&
	    g_ascii_isdigit(s[i + 5]) && g_ascii_isdigit(s[i + 6]) &&
	    (i + 7 == len || !g_ascii_isdigit(s[i + 7])))
		return FALSE;
	return strchr(" \t\n-:)],;'\"", after) != NULL;
}

/* Words after a number that make it a quantity ("the 500 MB limit", "450 messages an hour"). */
static const char *const quantity_units[] = {
    "kb",      "mb",         "gb",    "kib",         "mib",      "gib",     "bytes",
    "octets",  "k ",         "m ",    "messages",    "msgs",     "mails",   "emails",
    "e-mails", "recipients", "rcpts", "connections", "attempts", "seconds", "secs",
    "minutes", "mins",       "hours", "days",        "times",    "per ",    "%",
};

/*
 * quantity_after - the code at s[i] is followed by a unit: a number in a sentence, not a reply.
 * A unit word written with a capital ("550 Messages from your address are not accepted",
 * "554 Connections from your network are refused") begins a reply's sentence instead.
 */
static gboolean
quantity_after(const char *s, size_t len, size_t i)
{
	size_t j = i + 3;

	if (j < len && s[j] == ' ')
		j++;
	/* most codes are followed by a status, a dash or a capital: one look rules them out */
	if (j >= len || s[j] == '\0' || strchr("kmgbocreasdhtp%", g_ascii_tolower(s[j])) == NULL)
		return FALSE;
	for (size_t u = 0; u < G_N_ELEMENTS(quantity_units); u++) {
		size_t n = strlen(quantity_units[u]);

		if (quantity_units[u][0] == g_ascii_tolower(s[j]) && j + n <= len &&
		    g_ascii_strncasecmp(s + j, quantity_units[u], n) == 0 &&
		    (j + n == len || !g_ascii_isalnum(s[j + n])))
			return !(n >= 4 && g_ascii_isupper(s[j]) && g_ascii_islower(s[j + 1]));
	}
	return FALSE;
}

/* code_rank - how surely the code at s[i] is an SMTP reply (SCRAPE_CODE_NONE: a quantity) */
static int
code_rank(const char *s, size_t len, size_t i)
{
	size_t j = i + 3, n, k = i;

	if (quantity_after(s, len, i))
		return SCRAPE_CODE_NONE;
	if (j < len && (s[j] == ' ' || s[j] == '-')) {
		j++;
		/* "554 554 5.7.0": a repeated code before the status */
		if (j + 4 <= len && memcmp(s + j, s + i, 3) == 0 && s[j + 3] == ' ')
			j += 4;
		if (scrape_status_at(s, len, j, &n))
			return SCRAPE_CODE_PAIRED;
	}
	while (k > 0 && i - k < 8 && (s[k - 1] == ' ' || s[k - 1] == '\t'))
		k--;
	/* engine14: '|' too, a table's cell bar ("| a@b | 550 mailbox does not exist |") */
	if (k == 0 || strchr("\n:;[('\"<>#|", s[k - 1]) != NULL || wide_sep_before(s, k))
		return SCRAPE_CODE_PLACED;
	return SCRAPE_CODE_LOOSE;
}

/* A 64-bit word with every byte set to b. */
#define BYTES_OF(b) (G_GUINT64_CONSTANT(0x0101010101010101) * (b))

/*
 * next_reply_digit - the offset of the first '4' or '5' in s[i..len), or
 * len: eight bytes at a time (a byte & 0xfe is 0x34 just for those two)
 */
static size_t
next_reply_digit(const char *s, size_t i, size_t len)
{
	for (; i + 8 <= len; i += 8) {
		guint64 w, x;

		memcpy(&w, s + i, sizeof(w));
		x = (w & BYTES_OF(0xfe)) ^ BYTES_OF(0x34);
		if (((x - BYTES_OF(0x01)) & ~x & BYTES_OF(0x80)) != 0)
			break;
	}
	while (i < len && (s[i] & 0xfe) != 0x34)
		i++;
	return i;
}

/*
 * scrape_reply_find - the reply code of the first line that holds a placed
 * one (the first reply printed about a recipient is the one that matters;
 * later ones are often transcript noise such as "503 Need RCPT"), the best
 * of that line; else the first loose one
 */
int
scrape_reply_find(const char *s, size_t len, size_t *pos_r)
{
	int best = SCRAPE_CODE_NONE;
	size_t line_end = len;

	for (size_t i = next_reply_digit(s, 0, len); i + 3 <= len && i < line_end;
	     i = next_reply_digit(s, i + 1, len)) {
		int rank;

		if (!code_at(s, len, i))
			continue;
		rank = code_rank(s, len, i);
		if (rank > best) {
			if (best < SCRAPE_CODE_PLACED && rank >= SCRAPE_CODE_PLACED) {
				const char *nl = memchr(s + i, '\n', len - i);

				line_end = nl ? (size_t)(nl - s) : len;
			}
			best = rank;
			*pos_r = i;
			if (rank == SCRAPE_CODE_PAIRED)
				break;
		}
		i += 2;
	}
	return best;
}

/*
 * fold2 - the lower case of the two-byte UTF-8 capital b0 b1, as long, in *o0 *o1: Latin-1
 * À–Þ (not ×), the pairs of Latin Extended-A (Ÿ to ÿ; not İ, whose lower case is shorter),
 * Greek Ά–Ω, Cyrillic Ѐ–Я.  FALSE when it has none.
 */
static gboolean
fold2(unsigned char b0, unsigned char b1, unsigned char *o0, unsigned char *o1)
{
	guint u = ((guint)(b0 & 0x1f) << 6) | (b1 & 0x3f), v = u;

	if (u >= 0xc0 && u <= 0xde && u != 0xd7)
		v = u + 0x20;
	else if ((u >= 0x100 && u <= 0x137 && u != 0x130) || (u >= 0x14a && u <= 0x177))
		v = u | 1;
	else if ((u >= 0x139 && u <= 0x148) || (u >= 0x179 && u <= 0x17e))
		v = (u & 1) ? u + 1 : u;
	else if (u == 0x178)
		v = 0xff;
	else if (u == 0x386)
		v = 0x3ac;
	else if (u >= 0x388 && u <= 0x38a)
		v = u + 0x25;
	else if (u == 0x38c)
		v = 0x3cc;
	else if (u == 0x38e || u == 0x38f)
		v = u + 0x3f;
	else if (u >= 0x391 && u <= 0x3a9 && u != 0x3a2)
		v = u + 0x20;
	else if (u >= 0x400 && u <= 0x40f)
		v = u + 0x50;
	else if (u >= 0x410 && u <= 0x42f)
		v = u + 0x20;
	if (v == u)
		return FALSE;
	*o0 = (unsigned char)(0xc0 | (v >> 6));
	*o1 = (unsigned char)(0x80 | (v & 0x3f));
	return TRUE;
}

/*
 * scrape_lower_to - a plain loop the compiler vectorises (g_ascii_strdown costs a call per
 * byte); when the text holds bytes beyond ASCII, a second pass folds the two-byte capitals
 * fold2 knows, each to a lower case as long, so offsets into the copy stay those of s
 */
void
scrape_lower_to(char *out, const char *s, size_t n)
{
	unsigned char lead = 0;

	for (size_t i = 0; i < n; i++) {
		char c = s[i];

		/* a lead byte of the ranges fold2 knows (0xc3–0xd0); CJK text holds none */
		lead |= (unsigned char)((unsigned char)c - 0xc3u) < 0x0eu;
		out[i] = (c >= 'A' && c <= 'Z') ? (char)(c + ('a' - 'A')) : c;
	}
	if (!lead)
		return;
	for (size_t i = 0; i + 1 < n; i++) {
		unsigned char c, d;
		guint64 w;

		/* eight ASCII bytes at a time: European text is mostly ASCII */
		while (i + 9 <= n) {
			memcpy(&w, out + i, 8);
			if (w & G_GUINT64_CONSTANT(0x8080808080808080))
				break;
			i += 8;
		}
		if (i + 1 >= n)
			break;
		c = (unsigned char)out[i];

		/* the leads of the ranges fold2 knows: U+00C0–U+017F, U+0380–U+03BF, U+0400–U+043F
		 */
		if (c < 0xc3 || c > 0xd0 || (c > 0xc5 && c < 0xce) || c == 0xcf)
			continue;
		d = (unsigned char)out[i + 1];
		if ((d & 0xc0) != 0x80)
			continue;
		(void)fold2(c, d, (unsigned char *)out + i, (unsigned char *)out + i + 1);
		i++;
	}
}

/* scrape_lower - lower-cased copy */
char *
scrape_lower(const char *s, size_t n)
{
	char *out = g_malloc(n + 1);

	scrape_lower_to(out, s, n);
	out[n] = '\0';
	return out;
}

/*
 * line_piece - where a line longer than max is cut: after the last sentence end (". ")
 * in the second half of its first max bytes, else at its last blank there; the blank
 * belongs to neither piece.  0 when the first max bytes hold no blank in that half.
 */
static size_t
line_piece(const char *p, size_t max)
{
	size_t blank = 0;

	for (size_t i = max - 1; i > max / 2; i--) {
		if (p[i] != ' ' && p[i] != '\t')
			continue;
		if (p[i - 1] == '.')
			return i;
		if (blank == 0)
			blank = i;
	}
	return blank;
}

/*
 * scrape_split_lines - lines of text[0..len): at LF, and a line longer than max_line
 * at a blank (a gateway that joined its whole notice into one line still has its
 * recipient and reply read, not cut off at max_line); at most max_lines lines
 */
GArray *
scrape_split_lines(const char *text, size_t len, guint max_lines, size_t max_line)
{
	GArray *lines;
	size_t i = 0;
	guint n = 0;

	/* counted first, so the array is sized once (long lines aside) */
	for (const char *nl; i < len && n < max_lines; n++) {
		nl = memchr(text + i, '\n', len - i);
		i = nl ? (size_t)(nl - text) + 1 : len;
	}
	lines = g_array_sized_new(FALSE, FALSE, sizeof(scrape_line), n);
	i = 0;
	while (i < len && lines->len < max_lines) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - text) : len, cut;
		scrape_line l = {text + i, end - i};

		/* a long line in pieces, each within max_line: the rest of it comes next */
		while (l.len > max_line && lines->len + 1 < max_lines &&
		       (cut = line_piece(l.p, max_line)) > 0) {
			scrape_line piece = {l.p, cut};

			g_array_append_val(lines, piece);
			l.p += cut + 1;
			l.len -= cut + 1;
		}
		while (l.len > 0 && l.p[l.len - 1] == '\r')
			l.len--;
		g_array_append_val(lines, l);
		i = end + 1;
	}
	return lines;
}

gboolean
scrape_blank(const char *d, size_t from, size_t to)
{
	for (size_t k = from; k < to; k++)
		if (!g_ascii_isspace(d[k]))
			return FALSE;
	return TRUE;
}

/*
 * scrape_unfold - white space collapsed, trimmed, capped, valid UTF-8.  The
 * copy is written straight into a buffer: at most max bytes before the last
 * character, which may bring a space with it.
 */
char *
scrape_unfold(const char *s, size_t len, size_t max)
{
	char *out = g_malloc(MIN(len, max) + 2), *valid;
	size_t o = 0;
	gboolean space = FALSE;
	unsigned char high = 0; /* every byte kept, or-ed: ASCII when its top bit is clear */

	for (size_t i = 0; i < len && o < max; i++) {
		unsigned char c;

		/* the bytes kept as they are (none up to ' ', no DEL) up to the next other one,
		 * eight at a time, while all of them (and the pending space) fit as they would
		 * one by one; of the flag word, the lowest flagged byte is exact */
		while (len - i >= 8 && o + 9 <= max) {
			guint64 w, del, stop;
			size_t k;

			memcpy(&w, s + i, sizeof(w));
			w = GUINT64_FROM_LE(w);   /* byte i lowest */
			del = w ^ BYTES_OF(0x7f); /* a zero byte where w has DEL */
			stop = (((w - BYTES_OF(0x21)) & ~w) | ((del - BYTES_OF(0x01)) & ~del)) &
			       BYTES_OF(0x80);
			k = stop == 0 ? 8 : (size_t)__builtin_ctzll(stop) / 8;
			if (k == 0)
				break;
			if (space)
				out[o++] = ' ';
			space = FALSE;
			memcpy(out + o, s + i, 8); /* the bytes after k are written over or cut */
			o += k;
			i += k;
			if (k < 8)
				w &= (G_GUINT64_CONSTANT(1) << (8 * k)) - 1; /* the bytes taken */
			high |= (w & BYTES_OF(0x80)) != 0 ? 0x80 : 0;
			if (k < 8)
				break;
		}
		if (i >= len || o >= max)
			break;
		c = (unsigned char)s[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
			space = o > 0;
			continue;
		}
		if (c < 0x20 || c == 0x7f)
			continue;
		if (space)
			out[o++] = ' ';
		space = FALSE;
		out[o++] = (char)c;
		high |= c;
	}
	out[o] = '\0';
	/* valid UTF-8 (ASCII always is) is kept as it is: no second copy */
	if (high < 0x80 || g_utf8_validate_len(out, o, NULL))
		return out;
	valid = g_utf8_make_valid(out, (gssize)o);
	g_free(out);
	return valid;
}

/*
 * wrapped_at - the bytes to drop at the line end at text[i] ('\n') when it
 * splits an address in angle brackets: "<first.\n   last@example.com>" reads
 * "<first.last@example.com>".  The line must end in "<" and local-part
 * characters without '@' or '>', the next one start (after blanks) with the
 * rest, which holds the '@' and ends at the '>': a fixed-width wrap, not two
 * words.  The wrap may split the domain instead, after a hyphen
 * ("<a@verwaltung.landkreis-\n   beispiel.example>", engine14): then the first
 * line holds the '@' and the rest none.  0 when the line end splits nothing.
 */
static size_t
wrapped_at(const char *text, size_t len, size_t i)
{
	size_t a = i, b = i + 1, lead;
	guint at = 0, at_before = 0;

	while (a > 0 && (local_char((unsigned char)text[a - 1]) || text[a - 1] == '@')) {
		at_before += text[a - 1] == '@';
		a--;
	}
	if (a == i || a == 0 || text[a - 1] != '<' || at_before > 1)
		return 0;
	/* engine14: a wrap inside the domain ("<a@verwaltung.landkreis-\n beispiel.example>")
	 * breaks where a hyphen lets it, never at a dot ("<a@b.\n
	 * example.com>" stays as it is: the dot may end a sentence) */
	if (at_before == 1 && text[i - 1] != '-')
		return 0;
	while (b < len && (text[b] == ' ' || text[b] == '\t'))
		b++;
	lead = b;
	for (; b < len && (local_char((unsigned char)text[b]) || text[b] == '@'); b++)
		at += text[b] == '@';
	if (at + at_before != 1 || b == lead || b >= len || text[b] != '>')
		return 0;
	return lead - i;
}

/* scrape_unwrap_addresses - see scrape_text.h */
char *
scrape_unwrap_addresses(const char *text, size_t len, size_t *len_r)
{
	GString *out = NULL;
	size_t done = 0;

	for (const char *nl = memchr(text, '\n', len); nl != NULL;
	     nl = memchr(nl + 1, '\n', len - (size_t)(nl + 1 - text))) {
		size_t i = (size_t)(nl - text), drop = wrapped_at(text, len, i);

		if (drop == 0)
			continue;
		if (out == NULL)
			out = g_string_sized_new(len);
		g_string_append_len(out, text + done, (gssize)(i - done));
		done = i + drop;
		if (nl + 1 >= text + len)
			break;
	}
	if (out == NULL)
		return NULL;
	g_string_append_len(out, text + done, (gssize)(len - done));
	*len_r = out->len;
	return g_string_free(out, FALSE);
}
