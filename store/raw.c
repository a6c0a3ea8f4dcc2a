/* raw.c - compression of the raw message bytes (zlib through GLib's converters) */
#include <gio/gio.h>
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

/* store_raw_compress - zlib form of data, as stored in messages.raw.  The compressor is
 * made once per store and reset per message: its 256 KB of state cost more than the
 * compression of a small message. */
GBytes *
store_raw_compress(bd_store *s, const char *data, size_t len, GError **error)
{
	if (s->compressor == NULL)
		s->compressor =
		    G_CONVERTER(g_zlib_compressor_new(G_ZLIB_COMPRESSOR_FORMAT_ZLIB, 1));
	else
		g_converter_reset(s->compressor);
	return raw_convert(s->compressor, data, len, G_MAXSIZE, error);
}

/* raw_thread_compressor - this thread's compressor (freed with the thread) */
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

/* bd_store_prepare_raw - digest and compressed form of a message, on any thread */
gboolean
bd_store_prepare_raw(const char *data, size_t len, char **sha256_r, GBytes **compressed_r,
                     GError **error)
{
	GBytes *b = raw_convert(raw_thread_compressor(), data, len, G_MAXSIZE, error);

	if (b == NULL)
		return FALSE;
	*compressed_r = b;
	*sha256_r =
	    g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)(data ? data : ""), len);
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
