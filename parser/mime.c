/* mime.c - placeholder entry point, replaced by the MIME walker */
#include <bounced/parse.h>

void
bd_parse_init(void)
{
}

bd_report *
bd_parse(const char *data, size_t len, const bd_envelope *env, const bd_parse_options *opts)
{
	bd_report *r = bd_report_new();

	r->error = g_strdup("parser not written yet");
	return r;
}
