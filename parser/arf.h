/* arf.h - RFC 5965 feedback reports (and the common non-ARF complaint forms) */
#ifndef BOUNCED_ARF_H
#define BOUNCED_ARF_H

#include <stddef.h>
#include <bounced/report.h>

/*
 * arf_parse - read the fields of a message/feedback-report part and append
 * one record: recipient from Original-Rcpt-To (else Removal-Recipient, else
 * fallback_recipient, the To of the returned message), feedback_type,
 * reason feedback, class complaint.  Fills report->arrival_date and
 * reporting_mta when still empty.  Returns the number of records added.
 */
int arf_parse(const char *text, size_t len, const char *fallback_recipient, bd_report *report);

/* arf_record - append a complaint record for recipient with feedback type and rule id */
void arf_record(bd_report *report, const char *recipient, const char *feedback_type,
                const char *rule, const char *matched);

#endif
