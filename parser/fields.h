/* fields.h - "Name: value" blocks (DSN, ARF, quoted headers) split into unfolded fields */
#ifndef BOUNCED_FIELDS_H
#define BOUNCED_FIELDS_H

#include <stddef.h>
#include <glib.h>

/* One field; a blank line is kept as an entry with name NULL (groups matter in DSNs). */
typedef struct fields_field {
	char *name;  /* lower-cased field name, or NULL for a blank line */
	char *value; /* unfolded, surrounding space removed */
} fields_field;

/* Fields looked at at most in one block (bounds memory on hostile input): room for
 * BD_PARSE_MAX_RECORDS recipient groups of up to 16 entries (fields and the blank line),
 * so a report's record cap, not this one, ends a long report. */
#define FIELDS_MAX 16384
/* Longest value kept; the rest of a longer value is dropped. */
#define FIELDS_MAX_VALUE (64u * 1024)

/*
 * fields_parse - split text (LF line ends) into fields.  A line that is
 * neither a field, a continuation of one, nor blank ends the current field
 * and is skipped.  Returns a new array of fields_field * (free with
 * g_ptr_array_unref).  Linear in len.
 */
GPtrArray *fields_parse(const char *text, size_t len);

/*
 * fields_parse_loose - fields_parse, except that a line that is neither a
 * field, a continuation nor blank continues the current field when its name
 * is in loose (a NULL-terminated list of lower-case names): free text that a
 * reporter pasted without folding white space.
 */
GPtrArray *fields_parse_loose(const char *text, size_t len, const char *const *loose);

/*
 * fields_parse_named - fields_parse keeping only the fields whose name is in
 * names (lower case, NULL-terminated), and blank-line markers; the others
 * are read (a field ends where the next begins, and all count towards
 * FIELDS_MAX) but not copied.  *named_r (may be NULL): how many fields with
 * a name fields_parse would have returned.  For a block of which a few
 * fields are looked up (the headers of a returned message).
 */
GPtrArray *fields_parse_named(const char *text, size_t len, const char *const *names,
                              guint *named_r);

/* fields_get - the value of the first field named name (lower case) in arr, or NULL; borrowed */
const char *fields_get(const GPtrArray *arr, const char *name);

/* fields_strip_comments - a copy of value without RFC 5322 (comments), trimmed */
char *fields_strip_comments(const char *value);

/* fields_strip_type - pointer past a "type;" prefix ("dns; mx", "rfc822; a@b"), trimmed start */
const char *fields_strip_type(const char *value);

#endif
