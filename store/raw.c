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

/* store_raw_compress - zlib form of data, as stored in messages.raw */
GBytes *
store_raw_compress(const char *data, size_t len, GError **error)
{
	GZlibCompressor *c = g_zlib_compressor_new(G_ZLIB_COMPRESSOR_FORMAT_ZLIB, 6);
	GBytes *b = raw_convert(G_CONVERTER(c), data, len, G_MAXSIZE, error);

	g_object_unref(c);
	return b;
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
