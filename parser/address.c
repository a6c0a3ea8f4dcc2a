/* address.c - e-mail address normalisation and VERP decoding */
#include <string.h>
#include <bounced/address.h>
#include "utf8.h"

/* Longest address accepted (RFC 5321 path limit, with room for UTF-8). */
#define ADDRESS_MAX 512

/*
 * address_strip_prefix - skip an "rfc822;" or "utf-8;" address type, also
 * when a reporter wrote ':' for the ';' ("rfc822:a@b"): a colon is no
 * character of an unquoted local part, so the word before it is no address's
 */
static const char *
address_strip_prefix(const char *s)
{
	static const char *const types[] = {"rfc822", "utf-8", "x400", "unknown"};

	for (size_t i = 0; i < G_N_ELEMENTS(types); i++) {
		size_t n = strlen(types[i]);

		if (ascii_ncase_eq(s, types[i], n) && (s[n] == ';' || s[n] == ':'))
			return s + n + 1;
	}
	return s;
}

/* address_atext - TRUE for a character allowed unquoted in a dot-atom */
static gboolean
address_atext(unsigned char c)
{
	return g_ascii_isalnum(c) || c >= 0x80 || strchr("!#$%&'*+-/=?^_`{|}~", c) != NULL;
}

/* address_dot_atom - TRUE when s is a valid dot-atom (no quotes needed) */
static gboolean
address_dot_atom(const char *s, size_t len)
{
	if (len == 0 || s[0] == '.' || s[len - 1] == '.')
		return FALSE;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '.') {
			if (s[i + 1] == '.')
				return FALSE;
		} else if (!address_atext((unsigned char)s[i])) {
			return FALSE;
		}
	}
	return TRUE;
}

/* address_local - the local part in canonical form (unquoted when possible), or NULL */
static char *
address_local(const char *s, size_t len)
{
	GString *out;

	/* RFC 6531 allows UTF-8, never other bytes: a Latin-1 or broken local part is no address */
	if (len == 0 || !g_utf8_validate(s, (gssize)len, NULL))
		return NULL;
	if (s[0] != '"') {
		for (size_t i = 0; i < len; i++) {
			unsigned char c = (unsigned char)s[i];

			if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '@' || c == ',' ||
			    c == ';' || c == '\\' || c == '(' || c == ')' || c == '[' || c == ']' ||
			    c == 0x7f)
				return NULL;
		}
		return g_strndup(s, len);
	}
	if (len < 2 || s[len - 1] != '"')
		return NULL;
	out = g_string_sized_new(len);
	for (size_t i = 1; i + 1 < len; i++) {
		if (s[i] == '\\' && i + 2 < len)
			i++;
		else if (s[i] == '"')
			return g_string_free(out, TRUE), NULL;
		g_string_append_c(out, s[i]);
	}
	if (address_dot_atom(out->str, out->len))
		return g_string_free(out, FALSE);
	/* keep the quotes: re-escape what needs it */
	{
		GString *q = g_string_sized_new(out->len + 2);

		g_string_append_c(q, '"');
		for (size_t i = 0; i < out->len; i++) {
			if (out->str[i] == '"' || out->str[i] == '\\')
				g_string_append_c(q, '\\');
			g_string_append_c(q, out->str[i]);
		}
		g_string_append_c(q, '"');
		g_string_free(out, TRUE);
		return g_string_free(q, FALSE);
	}
}

/* address_domain - the domain lower-cased and in ASCII (punycode), or NULL */
static char *
address_domain(const char *s, size_t len)
{
	char *raw, *ascii, *lower;

	while (len > 0 && s[len - 1] == '.')
		len--;
	if (len == 0)
		return NULL;
	if (s[0] == '[') /* address literal */
		return s[len - 1] == ']' ? ascii_strdown(s, len) : NULL;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x80 && !g_ascii_isalnum(c) && c != '-' && c != '.' && c != '_')
			return NULL;
	}
	if (s[0] == '.' || g_strstr_len(s, len, "..") != NULL)
		return NULL;
	raw = g_strndup(s, len);
	if (!g_utf8_validate(raw, -1, NULL)) {
		g_free(raw);
		return NULL;
	}
	ascii = g_hostname_is_non_ascii(raw) ? g_hostname_to_ascii(raw) : NULL;
	lower = ascii_strdown(ascii ? ascii : raw, -1);
	g_free(ascii);
	g_free(raw);
	return lower;
}

/* address_trim - the bare addr-spec inside raw: prefix, space and brackets removed */
static void
address_trim(const char *raw, const char **start_r, size_t *len_r)
{
	const char *s = address_strip_prefix(raw);
	const char *e;

	while (g_ascii_isspace(*s))
		s++;
	e = s + strlen(s);
	while (e > s && g_ascii_isspace(e[-1]))
		e--;
	if (e > s && *s == '<') {
		const char *close = memchr(s, '>', e - s);

		s++;
		e = close ? close : e;
		while (s < e && g_ascii_isspace(*s))
			s++;
		while (e > s && g_ascii_isspace(e[-1]))
			e--;
	}
	/* a source route "@a,@b:user@host" */
	if (e > s && *s == '@') {
		const char *colon = memchr(s, ':', e - s);

		if (colon != NULL)
			s = colon + 1;
	}
	*start_r = s;
	*len_r = e - s;
}

/* bd_address_normalize - canonical form of one address */
char *
bd_address_normalize(const char *raw)
{
	const char *s, *at = NULL;
	size_t len;
	char *local, *domain, *out;
	gboolean quoted = FALSE;

	if (raw == NULL)
		return NULL;
	address_trim(raw, &s, &len);
	if (len == 0 || len > ADDRESS_MAX)
		return NULL;
	/* the last '@' outside quotes separates local part and domain */
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '"' && (i == 0 || s[i - 1] != '\\'))
			quoted = !quoted;
		else if (s[i] == '@' && !quoted)
			at = s + i;
	}
	if (at == NULL || at == s)
		return NULL;
	local = address_local(s, at - s);
	domain = address_domain(at + 1, s + len - at - 1);
	if (local == NULL || domain == NULL || (strchr(domain, '.') == NULL && domain[0] != '[')) {
		g_free(local);
		g_free(domain);
		return NULL;
	}
	out = g_strconcat(local, "@", domain, NULL);
	g_free(local);
	g_free(domain);
	return out;
}

/* bd_address_key - case-folded lookup key of an address */
char *
bd_address_key(const char *raw)
{
	char *norm = bd_address_normalize(raw);
	char *key;

	if (norm == NULL)
		return NULL;
	key = strdown_utf8(norm);
	g_free(norm);
	return key;
}

/* bd_address_domain - domain part of a normalised address (borrowed) */
const char *
bd_address_domain(const char *address)
{
	const char *at = address ? strrchr(address, '@') : NULL;

	return at && at[1] ? at + 1 : NULL;
}

/*
 * bd_verp_decode - "bounce+alice=example.org@host" → "alice@example.org".
 * The separator after the tag is the first '+' (else '-'); the encoded '@' is the last '='.
 */
char *
bd_verp_decode(const char *envelope_rcpt)
{
	const char *s, *at, *sep = NULL, *eq = NULL;
	size_t len;
	char *candidate, *out;

	if (envelope_rcpt == NULL)
		return NULL;
	address_trim(envelope_rcpt, &s, &len);
	at = memrchr(s, '@', len);
	if (at == NULL)
		return NULL;
	sep = memchr(s, '+', at - s);
	if (sep == NULL)
		sep = memchr(s, '-', at - s);
	for (const char *p = sep ? sep : at; p < at; p++) {
		if (*p == '=')
			eq = p;
	}
	if (sep == NULL || eq == NULL || eq == sep + 1 || eq + 1 == at)
		return NULL;
	/* engine11: a message or campaign number between the tag and the encoded address
	 * ("bounce-7731-lia=example.org@", "bounces+20240419-17-lia=example.org@") is no part of
	 * the local part: digit-only tokens each followed by a '-' are skipped */
	for (;;) {
		const char *t = sep + 1;

		while (t < eq && g_ascii_isdigit(*t))
			t++;
		if (t == sep + 1 || t >= eq || *t != '-' || t + 1 == eq)
			break;
		sep = t;
	}
	candidate =
	    g_strdup_printf("%.*s@%.*s", (int)(eq - sep - 1), sep + 1, (int)(at - eq - 1), eq + 1);
	out = bd_address_normalize(candidate);
	g_free(candidate);
	return out;
}

/* bd_address_redacted - a feedback loop's stand-in for the recipient it hides */
gboolean
bd_address_redacted(const char *address)
{
	const char *at = address ? strrchr(address, '@') : NULL;
	size_t len, masked = 0, other = 0;
	char *lower;
	gboolean hit;

	if (at == NULL)
		return FALSE;
	len = (size_t)(at - address);
	lower = ascii_strdown(address, (gssize)len);
	/* "xxxxxx" or "*****": only mask characters, perhaps split by separators */
	for (size_t i = 0; i < len; i++) {
		if (strchr("x*#", lower[i]) != NULL)
			masked++;
		else if (strchr(".-_[]<>\"", lower[i]) == NULL)
			other++;
	}
	hit = strstr(lower, "redacted") != NULL || (masked >= 3 && other == 0);
	g_free(lower);
	return hit;
}
