/* mbox.h - the messages of an mbox file (mboxo/mboxrd), for import and parse */
#ifndef BOUNCECTL_MBOX_H
#define BOUNCECTL_MBOX_H

#include <glib.h>

/*
 * mbox_message_fn - message n (from 1) of an mbox.  copy is NULL when the
 * message is data[0..len) of the file itself; otherwise it is an unescaped
 * copy (">From " lines lost one '>'), data == copy, and the callee owns it.
 * Return FALSE to stop.
 */
typedef gboolean (*mbox_message_fn)(char *copy, const char *data, size_t len, unsigned n,
                                    gpointer user_data);

/* mbox_is - the bytes start like an mbox: a "From " separator line */
gboolean mbox_is(const char *data, size_t len);

/*
 * mbox_split - call fn for every message of the mbox data[0..len), split at
 * "From " lines that start the file, follow a blank line, or have the syntax
 * of a separator ("From a@b Thu Jul  2 12:05:05 2020"); the blank line
 * before a separator belongs to mbox, not to the message.  Lines may end in
 * LF, CRLF or a lone CR.  Returns FALSE when fn stopped it.
 */
gboolean mbox_split(const char *data, size_t len, mbox_message_fn fn, gpointer user_data);

#endif
