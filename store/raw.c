/* raw.c - compression and digest of the raw message bytes (zlib format: libdeflate when built
 * with it, else zlib through GLib; SHA-256: nettle when built with it, else GLib) */
#include <gio/gio.h>
#ifdef BOUNCED_HAVE_LIBDEFLATE
#include <libdeflate.h>
#endif
#ifdef BOUNCED_HAVE_NETTLE
#include <nettle/sha2.h>
#endif
#include "store_internal.h"

/* raw_convert - run all of in through conv; NULL with *error set on failure or above max */
static GBytes *
raw_convert(GConverter *conv, const void *in, size_t len, size_t max, GError **error)
{
	GByteArray *out = g_byte_array_sized_new(len / 2 + 64);
	const guint8 *p = in;
	size_t left = len;
	guint8 buf[16384];

	for (;;) {
		gsize read = 0, written = 0;
		GConverterResult r;

		r = g_converter_convert(conv, p, left, buf, sizeof(buf), G_CONVERTER_INPUT_AT_END,
		                        &read, &written, error);
		if (r == G_CONVERTER_ERROR) {
			g_byte_array_unref(out);
			return NULL;
		}
		g_byte_array_append(out, buf, (guint)written);
		p += read;
		left -= read;
		if (out->len > max) {
			g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_INVALID,
			            "raw message larger than %zu bytes", max);
			g_byte_array_unref(out);
			return NULL;
		}
		if (r == G_CONVERTER_FINISHED)
			break;
	}
	return g_byte_array_free_to_bytes(out);
}

#ifdef BOUNCED_HAVE_LIBDEFLATE
/* raw_libdeflate_compressor - this thread's libdeflate compressor (freed with the thread) */
static struct libdeflate_compressor *
raw_libdeflate_compressor(void)
{
	static GPrivate key = G_PRIVATE_INIT((GDestroyNotify)libdeflate_free_compressor);
	struct libdeflate_compressor *c = g_private_get(&key);

	if (c == NULL) {
		c = libdeflate_alloc_compressor(1);
		if (c == NULL)
			g_error("libdeflate: out of memory");
		g_private_set(&key, c);
	}
	return c;
}

/* raw_zlib - the zlib stream of data from libdeflate: the format zlib writes (any zlib
 * reads it back), in about half the time of zlib's fastest level */
static GBytes *
raw_zlib(const char *data, size_t len, GError **error)
{
	struct libdeflate_compressor *c = raw_libdeflate_compressor();
	size_t bound = libdeflate_zlib_compress_bound(c, len);
	guint8 *out = g_malloc(bound);
	size_t n = libdeflate_zlib_compress(c, data, len, out, bound);

	if (n == 0) {
		g_free(out);
		g_set_error(error, BD_STORE_ERROR, BD_STORE_ERROR_INVALID,
		            "libdeflate: cannot compress %zu bytes", len);
		return NULL;
	}
	return g_bytes_new_take(g_realloc(out, n), n);
}
#else
/* raw_thread_compressor - this thread's compressor (freed with the thread).  Made once and
 * reset per message: its 256 KB of state cost more than the compression of a small message. */
static GConverter *
raw_thread_compressor(void)
{
	static GPrivate key = G_PRIVATE_INIT(g_object_unref);
	GConverter *c = g_private_get(&key);

	if (c == NULL) {
		c = G_CONVERTER(g_zlib_compressor_new(G_ZLIB_COMPRESSOR_FORMAT_ZLIB, 1));
		g_private_set(&key, c);
	} else {
		g_converter_reset(c);
	}
	return c;
}

/* raw_zlib - the zlib stream of data (zlib's fastest level, through GLib) */
static GBytes *
raw_zlib(const char *data, size_t len, GError **error)
{
	return raw_convert(raw_thread_compressor(), data, len, G_MAXSIZE, error);
}
#endif

/* store_raw_compress - zlib form of data, as stored in messages.raw */
GBytes *
store_raw_compress(bd_store *s, const char *data, size_t len, GError **error)
{
	return raw_zlib(data, len, error);
}

/* store_raw_sha256 - the lower-case hex SHA-256 of data, as stored in messages.sha256 */
char *
store_raw_sha256(const char *data, size_t len)
{
#ifdef BOUNCED_HAVE_NETTLE
	/* nettle uses the CPU's SHA instructions: about three times GLib's speed */
	static const char hex[] = "0123456789abcdef";
	struct sha256_ctx ctx;
	uint8_t md[SHA256_DIGEST_SIZE];
	char *out = g_malloc(2 * SHA256_DIGEST_SIZE + 1);

	sha256_init(&ctx);
	sha256_update(&ctx, len, (const uint8_t *)(data ? data : ""));
	sha256_digest(&ctx, SHA256_DIGEST_SIZE, md);
	for (int i = 0; i < SHA256_DIGEST_SIZE; i++) {
		out[2 * i] = hex[md[i] >> 4];
		out[2 * i + 1] = hex[md[i] & 15];
	}
	out[2 * SHA256_DIGEST_SIZE] = '\0';
	return out;
#else
	return g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)(data ? data : ""),
	                                   len);
#endif
}

/* bd_store_prepare_raw - digest and compressed form of a message, on any thread */
gboolean
bd_store_prepare_raw(const char *data, size_t len, char **sha256_r, GBytes **compressed_r,
                     GError **error)
{
	GBytes *b = raw_zlib(data, len, error);

	if (b == NULL)
		return FALSE;
	*compressed_r = b;
	*sha256_r = store_raw_sha256(data, len);
	return TRUE;
}

/* store_raw_decompress - the original bytes of messages.raw, at most max of them */
GBytes *
store_raw_decompress(const void *data, size_t len, size_t max, GError **error)
{
	GZlibDecompressor *d = g_zlib_decompressor_new(G_ZLIB_COMPRESSOR_FORMAT_ZLIB);
	GBytes *b = raw_convert(G_CONVERTER(d), data, len, max, error);

	g_object_unref(d);
	return b;
}
