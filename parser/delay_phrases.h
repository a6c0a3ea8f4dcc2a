/* delay_phrases.h - the one table of delay phrases the classifier and the scrapers share */
#ifndef BOUNCED_DELAY_PHRASES_H
#define BOUNCED_DELAY_PHRASES_H

#include <glib.h>
#include "scrape_rules.h"

/*
 * SCRAPE_R_DELAY rows (the sender keeps retrying, or the notice is only a
 * warning) and SCRAPE_R_NOT_DELAY rows (it stopped retrying: vetoes a delay
 * row), kind 0 terminated.  The scrapers compile them with their common
 * rows; the classifier reads them through delay_phrase_in.
 */
extern const scrape_rule delay_phrases[];

/* delay_phrase_in - a delay row and no stop row in text (lower case, spaces collapsed) */
gboolean delay_phrase_in(const char *text);

#endif
