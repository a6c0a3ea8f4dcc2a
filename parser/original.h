/* original.h - headers of the original (bounced) message into report->original_* */
#ifndef BOUNCED_ORIGINAL_H
#define BOUNCED_ORIGINAL_H

#include <stddef.h>
#include <gmime/gmime.h>
#include <bounced/report.h>

/*
 * original_from_message - fill the original_* fields and campaign headers of
 * report that are still empty from a returned message.  campaign is the
 * NULL-terminated list of header names to keep.
 */
void original_from_message(GMimeMessage *msg, const char *const *campaign, bd_report *report);

/*
 * original_from_text - the same from header text (text/rfc822-headers, or a
 * header block quoted in a notification).  Returns TRUE when it found a
 * header block.
 */
gboolean original_from_text(const char *text, size_t len, const char *const *campaign,
                            bd_report *report);

/*
 * original_find_quoted - the start of a header block quoted in body text (at
 * least three header lines in a row, one of them Message-ID, Subject, From,
 * To or Date), or NULL.  Returns a pointer into text (not a copy).
 */
const char *original_find_quoted(const char *text, size_t len);

/* original_address - the addr-spec of the first mailbox in a header value, or NULL; newly allocated
 */
char *original_address(const char *value);

/* original_addresses - every addr-spec in a header value, joined by ", ", or NULL */
char *original_addresses(const char *value);

/* original_message_id - a Message-ID value without angle brackets and space, or NULL */
char *original_message_id(const char *value);

#endif
