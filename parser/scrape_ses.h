/* scrape_ses.h - Amazon SES notifications (JSON in a text/plain body) */
#ifndef BOUNCED_SCRAPE_SES_H
#define BOUNCED_SCRAPE_SES_H

#include "scrape_engine.h"

/*
 * scrape_ses_run - one scrape_found per recipient of an SES "Bounce",
 * "Complaint" or "Delivery" notification in body[0..len); an empty array
 * for anything else.  Bounded by the body and SCRAPE_MAX_FOUND.
 */
GPtrArray *scrape_ses_run(const char *body, size_t len);

#endif
