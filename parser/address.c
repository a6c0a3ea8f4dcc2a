/* address.c - placeholder until the parser core lands */
#include <string.h>
#include <bounced/address.h>

char *
bd_address_normalize(const char *raw)
{
	return g_strdup(raw);
}

char *
bd_address_key(const char *raw)
{
	return raw ? g_utf8_strdown(raw, -1) : NULL;
}

const char *
bd_address_domain(const char *address)
{
	const char *at = address ? strrchr(address, '@') : NULL;

	return at ? at + 1 : NULL;
}

char *
bd_verp_decode(const char *envelope_rcpt)
{
	return NULL;
}
