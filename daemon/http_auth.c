/* http_auth.c - the bearer token of [http] token_file: loading and constant-time checking */
#include "http_internal.h"
#include "log.h"

#include <string.h>
#include <sys/stat.h>

#define HTTP_AUTH_MAX_TOKEN 4096 /* bytes of a token file */

/* auth_digest - SHA-256 of len bytes of text */
static void
auth_digest(const char *text, size_t len, guint8 digest_r[32])
{
	GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
	gsize n = 32;

	g_checksum_update(sum, (const guchar *)text, (gssize)len);
	g_checksum_get_digest(sum, digest_r, &n);
	g_checksum_free(sum);
}

/* http_auth_load - the token of file (surrounding white space removed) as a SHA-256 digest:
 * only the digest is kept, and comparing digests takes the same time whatever the length */
gboolean
http_auth_load(const char *file, guint8 digest_r[32], GError **error)
{
	char *text = NULL;
	gsize len = 0;
	struct stat st;

	if (!g_file_get_contents(file, &text, &len, error))
		return FALSE;
	g_strstrip(text);
	len = strlen(text);
	if (len == 0 || len > HTTP_AUTH_MAX_TOKEN) {
		g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
		            "[http] token_file %s: expected one token of 1 to %d bytes", file,
		            HTTP_AUTH_MAX_TOKEN);
		g_free(text);
		return FALSE;
	}
	for (const char *p = text; *p; p++)
		if ((unsigned char)*p <= ' ' || *p == 0x7f) {
			g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
			            "[http] token_file %s: the token holds white space or control"
			            " characters",
			            file);
			g_free(text);
			return FALSE;
		}
	if (stat(file, &st) == 0 && (st.st_mode & S_IROTH))
		log_warning("http: token_file %s is readable by everyone", file);
	auth_digest(text, len, digest_r);
	memset(text, 0, len);
	g_free(text);
	return TRUE;
}

/* http_token_file_check - the checks of http_auth_load, for the configuration */
gboolean
http_token_file_check(const char *file, GError **error)
{
	guint8 digest[32];

	return http_auth_load(file, digest, error);
}

/* http_auth_allows - "Bearer TOKEN" (scheme case-insensitive) whose digest equals digest */
gboolean
http_auth_allows(const guint8 digest[32], const char *authorization)
{
	guint8 got[32];
	guint8 diff = 0;
	const char *token;

	if (authorization == NULL || g_ascii_strncasecmp(authorization, "Bearer ", 7) != 0)
		return FALSE;
	token = authorization + 7;
	while (*token == ' ')
		token++;
	auth_digest(token, strlen(token), got);
	for (size_t i = 0; i < sizeof(got); i++)
		diff |= (guint8)(got[i] ^ digest[i]);
	return diff == 0;
}
