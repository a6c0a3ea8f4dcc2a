/* scrape.h - free-text NDR scrapers: the interface between the MIME walker and the rule tables */
#ifndef BOUNCED_SCRAPE_H
#define BOUNCED_SCRAPE_H

#include <stddef.h>
#include <bounced/report.h>

/*
 * What the MIME walker (mime.c) hands to the scrapers.  Every pointer is
 * borrowed for the duration of scrape_run and may be NULL.  Text is UTF-8
 * (converted from its declared charset, ISO-2022-JP and Shift_JIS included),
 * line ends normalised to LF, transfer encodings decoded.
 */
typedef struct scrape_input {
	const char *from;    /* From: of the bounce, decoded */
	const char *subject; /* Subject: of the bounce, decoded (RFC 2047) */
	const char *headers; /* top-level headers, unfolded, "Name: value\n" each */
	const char *body;    /* the notification text: text/plain parts (or text/html
	                      * stripped of tags) outside any returned message, in order */
	size_t body_len;
	const char *returned; /* the returned original message (headers + start of body), as text */
	size_t returned_len;
	const char *status; /* the fields of the delivery-status part(s), as text */
	size_t status_len;
	gboolean has_dsn; /* a delivery-status part was already parsed into the report */
} scrape_input;

/*
 * scrape_run - recognise the MTA/provider that wrote the bounce, set
 * report->mta, and append one record per failed recipient found in the
 * text (recipient, reply_code, status, diagnostic, remote_mta, smtp_command,
 * action).  When has_dsn is set it only fills missing diagnostic/reply
 * fields of existing records.  Does not classify (the caller runs
 * bd_classify_record on each record afterwards).  Returns the number of
 * records it added.  Linear in the input.
 */
int scrape_run(const scrape_input *in, bd_report *report);

#endif
