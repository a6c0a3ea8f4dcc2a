/* scrape_cause.h - the sentence of a code-less notice that names a cause the classifier knows */
#ifndef BOUNCED_SCRAPE_CAUSE_H
#define BOUNCED_SCRAPE_CAUSE_H

#include <stddef.h>

/*
 * scrape_cause_find - the first paragraph of text[0..len) whose words alone decide a
 * failure for recipient to ("Hakuna nafasi iliyobaki kwenye sanduku la barua", "Kikoa
 * hakipo"), narrowed to its first line that does so on its own; unfolded, newly
 * allocated; NULL when no paragraph names one.  A paragraph that opens as help text
 * ("If the mailbox is full, …", "Common reasons are …") is taken only when no other
 * does (engine15).  to may be NULL (the recipient is not known yet).  At most SCRAPE_CAUSE_PIECES
 * pieces are classified, so the time is bounded whatever the text.
 */
char *scrape_cause_find(const char *text, size_t len, const char *to);

/* Most paragraphs and lines classified for one notice. */
#define SCRAPE_CAUSE_PIECES 64
/* A line at least this long without a closing character is prose wrapped onward. */
#define SCRAPE_CAUSE_FILLED 60

#endif
