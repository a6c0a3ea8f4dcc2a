/* fuzz_scrape.c - libFuzzer harness: whole-message parse, then the scrapers and the classifier
 * directly */
#include <stdint.h>
#include <string.h>
#include <bounced/classify.h>
#include <bounced/parse.h>
#include <bounced/report.h>
#include "scrape.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	bd_parse_init();
	return 0;
}

/* scrape_direct - feed the input to scrape_run as if the MIME walker had found it:
 * first line From, second Subject, up to a blank line headers, the rest body */
static void
scrape_direct(const char *s, size_t n)
{
	const char *nl1 = memchr(s, '\n', n);
	const char *nl2 = nl1 ? memchr(nl1 + 1, '\n', n - (size_t)(nl1 + 1 - s)) : NULL;
	const char *blank = memmem(s, n, "\n\n", 2);
	char *from = g_strndup(s, nl1 ? (size_t)(nl1 - s) : n);
	char *subject = nl2 ? g_strndup(nl1 + 1, (size_t)(nl2 - nl1 - 1)) : NULL;
	char *headers = blank ? g_strndup(s, (size_t)(blank - s)) : NULL;
	const char *body = blank ? blank + 2 : s;
	size_t body_len = blank ? n - (size_t)(body - s) : n;
	bd_report *r = bd_report_new();
	scrape_input in = {.from = from,
	                   .subject = subject,
	                   .headers = headers,
	                   .body = body,
	                   .body_len = body_len,
	                   .returned = body,
	                   .returned_len = body_len,
	                   .has_dsn = n > 0 && (s[0] & 1)};

	if (in.has_dsn) {
		bd_record *rec = bd_record_new();

		rec->recipient = g_strdup("fuzz@example.test");
		bd_report_add_record(r, rec);
	}
	scrape_run(&in, r);
	for (guint i = 0; i < r->records->len; i++)
		bd_classify_record(g_ptr_array_index(r->records, i), r->mta);
	g_free(bd_report_to_json(r, "fuzz"));
	bd_report_free(&r);
	g_free(from);
	g_free(subject);
	g_free(headers);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bd_report *r = bd_parse((const char *)data, size, NULL, NULL);
	char *copy = g_malloc(size + 1);

	g_free(bd_report_to_json(r, "fuzz"));
	bd_report_free(&r);
	/* text handed to the scrapers is NUL-terminated; embedded NULs stay inside body_len */
	memcpy(copy, data, size);
	copy[size] = '\0';
	scrape_direct(copy, size);
	g_free(copy);
	return 0;
}
