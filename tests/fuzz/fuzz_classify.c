/* fuzz_classify.c - libFuzzer harness: arbitrary field values through bd_classify_record */
#include <stdint.h>
#include <string.h>
#include <bounced/classify.h>
#include <bounced/report.h>
#include "classify_text.h"
#include "status.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* next_field - the next NUL-separated field of the input as a string (NULL when "-") */
static char *
next_field(const uint8_t **p, const uint8_t *end)
{
	const uint8_t *nul = memchr(*p, 0, (size_t)(end - *p));
	size_t n = nul ? (size_t)(nul - *p) : (size_t)(end - *p);
	char *s = g_strndup((const char *)*p, n);

	*p = nul ? nul + 1 : end;
	if (strcmp(s, "-") == 0) {
		g_free(s);
		return NULL;
	}
	return s;
}

/*
 * Input: action, status, reply code, SMTP command, mta, diagnostic and
 * recipient separated by NUL bytes.  Checks the invariants every caller relies on.
 */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *p = data, *end = data + size;
	bd_record *rec = bd_record_new();
	char *mta;
	char buf[64];

	rec->action = next_field(&p, end);
	rec->status = next_field(&p, end);
	rec->reply_code = next_field(&p, end);
	rec->smtp_command = next_field(&p, end);
	mta = next_field(&p, end);
	rec->diagnostic = next_field(&p, end);
	rec->recipient = next_field(&p, end);
	bd_classify_record(rec, mta);
	if (!bd_reason_is_known(rec->reason) || rec->rule == NULL)
		__builtin_trap();
	if (rec->hard_bounce && rec->klass != BD_CLASS_HARD)
		__builtin_trap();
	if (!status_code_valid(rec->status))
		__builtin_trap();
	{
		char *copy = g_strndup((const char *)data, size);

		if (classify_text_normalize(copy, buf, sizeof(buf)) >= sizeof(buf))
			__builtin_trap();
		g_free(copy);
	}
	status_find_code((const char *)data, size, buf, 8);
	bd_record_free(&rec);
	g_free(mta);
	return 0;
}
