/* fuzz_parse.c - libFuzzer harness: bd_parse and the JSON line on arbitrary bytes */
#include <stddef.h>
#include <stdint.h>
#include <bounced/parse.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const rcpt[] = {"bounce+fuzz=example.org@example.com"};
	bd_envelope env = {"<>", rcpt, 1};
	bd_report *r;
	char *json;

	bd_parse_init();
	r = bd_parse((const char *)data, size, &env, NULL);
	json = bd_report_to_json(r, "fuzz");
	g_free(json);
	bd_report_free(&r);
	return 0;
}
