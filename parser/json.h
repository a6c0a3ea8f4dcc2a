/* json.h - a small JSON writer on GString (escaping only; no parser) */
#ifndef BOUNCED_JSON_H
#define BOUNCED_JSON_H

#include <glib.h>

/* json_append_string - append s as a quoted JSON string ("null" for NULL); invalid UTF-8 becomes
 * U+FFFD */
void json_append_string(GString *out, const char *s);
/* json_append_member - append ,"name":"value" (the comma unless first) */
void json_append_member(GString *out, gboolean *first, const char *name, const char *value);
/* json_append_member_raw - append ,"name":raw with raw already JSON (true, 12, {…}) */
void json_append_member_raw(GString *out, gboolean *first, const char *name, const char *raw);

/*
 * json_append_member_key - json_append_member with the name already written
 * as JSON: key is "\"name\":" (key_len bytes), from JSON_MEMBER
 */
void json_append_member_key(GString *out, gboolean *first, const char *key, size_t key_len,
                            const char *value);

/* JSON_MEMBER - json_append_member for a literal name that needs no escape: quoted once, at
 * compile time */
#define JSON_MEMBER(out, first, name, value)                                                       \
	json_append_member_key((out), (first), "\"" name "\":", sizeof("\"" name "\":") - 1,       \
	                       (value))

#endif
