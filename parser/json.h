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

#endif
