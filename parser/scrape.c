/* scrape.c - placeholder until the free-text scrapers land */
#include "scrape.h"

int
scrape_run(const scrape_input *in, bd_report *report)
{
	return 0;
}
