/* fixture.h - what the test programs share: reading and parsing fixtures, checking the one record
 */
#ifndef BOUNCED_TESTS_FIXTURE_H
#define BOUNCED_TESTS_FIXTURE_H

#include <check.h>
#include <string.h>
#include <glib.h>
#include <bounced/parse.h>

/*
 * fixture_read - the bytes of fixtures/<name> in the source tree (the caller
 * frees them).  Not inlined: inlined, GCC 12 takes pointers into the result
 * for pointers to the local it was read through (-Wdangling-pointer).
 */
static G_NO_INLINE G_GNUC_UNUSED char *
fixture_read(const char *name, gsize *len_r)
{
	const char *src =
	    g_getenv("BD_SOURCE_DIR") ? g_getenv("BD_SOURCE_DIR") : BD_TEST_SOURCE_DIR;
	char *path = g_build_filename(src, "fixtures", name, NULL);
	char *data = NULL;
	GError *error = NULL;

	if (!g_file_get_contents(path, &data, len_r, &error))
		ck_abort_msg("cannot read %s: %s", path, error->message);
	g_free(path);
	return data;
}

/* fixture_parse - bd_parse on fixtures/<name> with no envelope and default options */
static G_GNUC_UNUSED bd_report *
fixture_parse(const char *name)
{
	gsize len;
	char *data = fixture_read(name, &len);
	bd_report *r = bd_parse(data, len, NULL, NULL);

	g_free(data);
	return r;
}

/* only_record - the one record of r (borrowed); the test fails when r has another number */
static G_GNUC_UNUSED bd_record *
only_record(const bd_report *r)
{
	ck_assert_msg(r->records->len == 1, "%u records, expected 1", r->records->len);
	return g_ptr_array_index(r->records, 0);
}

/*
 * fixture_record_at - parse fixtures/<name> into *r_r (the caller frees it) and return its
 * record index (borrowed); the test fails when the report has no such record
 */
static G_GNUC_UNUSED const bd_record *
fixture_record_at(const char *name, guint index, bd_report **r_r)
{
	*r_r = fixture_parse(name);
	ck_assert_msg((*r_r)->records->len > index, "%s: %u records, no record %u", name,
	              (*r_r)->records->len, index);
	return g_ptr_array_index((*r_r)->records, index);
}

/* What a fixture must give as its only record; a NULL or FALSE field is not checked. */
typedef struct fixture_record {
	const char *path; /* below fixtures/ */
	const char *mta;  /* of the report */
	const char *recipient, *smtp_command, *reply_code, *status, *reason;
	const char *diagnostic; /* the whole of it */
	const char *diag_part;  /* a piece of it */
	gboolean hard;          /* TRUE: must be a hard bounce */
} fixture_record;

/* fixture_expect - compare a field with what c wants of it, when it wants anything */
static G_GNUC_UNUSED void
fixture_expect(const fixture_record *c, const char *field, const char *want, const char *have)
{
	if (want != NULL)
		ck_assert_msg(g_strcmp0(have, want) == 0, "%s: %s is \"%s\", expected \"%s\"",
		              c->path, field, have ? have : "(null)", want);
}

/* fixture_record_check - parse c->path and check its only record against c */
static G_GNUC_UNUSED void
fixture_record_check(const fixture_record *c)
{
	bd_report *r = fixture_parse(c->path);
	const bd_record *rec = only_record(r);

	fixture_expect(c, "mta", c->mta, r->mta);
	fixture_expect(c, "recipient", c->recipient, rec->recipient);
	fixture_expect(c, "smtp_command", c->smtp_command, rec->smtp_command);
	fixture_expect(c, "reply_code", c->reply_code, rec->reply_code);
	fixture_expect(c, "status", c->status, rec->status);
	fixture_expect(c, "reason", c->reason, rec->reason);
	fixture_expect(c, "diagnostic", c->diagnostic, rec->diagnostic);
	if (c->diag_part != NULL)
		ck_assert_msg(
		    rec->diagnostic != NULL && strstr(rec->diagnostic, c->diag_part) != NULL,
		    "%s: diagnostic \"%s\" lacks \"%s\"", c->path, rec->diagnostic, c->diag_part);
	if (c->hard)
		ck_assert_msg(rec->hard_bounce, "%s: not a hard bounce", c->path);
	bd_report_free(&r);
}

#endif
