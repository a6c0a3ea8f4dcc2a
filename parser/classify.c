/* classify.c - placeholder until the classifier lands */
#include <bounced/classify.h>

void
bd_classify_record(bd_record *rec, const char *mta)
{
	bd_set_str(&rec->reason, "undefined");
	rec->klass = BD_CLASS_UNKNOWN;
}

bd_class
bd_reason_class(const char *reason)
{
	return BD_CLASS_UNKNOWN;
}

gboolean
bd_reason_is_known(const char *reason)
{
	return FALSE;
}
