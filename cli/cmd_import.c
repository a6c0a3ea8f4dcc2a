/* cmd_import.c - bouncectl import: message files, folders, maildirs and mbox files into the
 * database, through the same parser and store as the daemon */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>
#include <gmime/gmime.h>
#include <bounced/store_query.h>
#include "cli_util.h"
#include "import_pipe.h"
#include "mbox.h"

#define IMPORT_DEFAULT_BATCH 500
#define IMPORT_MAX_BATCH 100000

/* The state of one import run. */
typedef struct import_run {
	bd_store *store;
	bd_parse_options popts;
	int batch;     /* messages per transaction */
	int in_batch;  /* messages added since the last commit */
	gint64 stored; /* new messages */
	gint64 duplicates;
	gint64 unreadable;
	gint64 events;
	gint64 kinds[BD_KIND_AUTOREPLY + 1];
	gint64 classes[BD_CLASS_SUCCESS + 1];
	cli_progress *progress;
	import_pipe *pipe;
	gint64 files_done;
	GError *error; /* the storage error that stopped the run */
} import_run;

/* import_time - when the message was received: its Date header, else fallback */
static gint64
import_time(const bd_report *r, gint64 fallback)
{
	gint64 now = g_get_real_time() / G_USEC_PER_SEC;
	GDateTime *dt = r->date ? g_mime_utils_header_decode_date(r->date) : NULL;
	gint64 t = fallback;

	if (dt != NULL) {
		t = g_date_time_to_unix(dt);
		g_date_time_unref(dt);
	}
	/* A date in the future or before e-mail existed is a lie; use the fallback. */
	if (t > now + 86400 || t < 0)
		t = fallback;
	return t > 0 ? t : now;
}

/* import_store - store one parsed message (called in order by the pipe); FALSE stops the run */
static gboolean
import_store(import_job *job, gpointer user_data)
{
	import_run *run = user_data;
	const bd_report *r = job->report;
	bd_message_in m = {0};
	gboolean dup = FALSE;

	m.data = job->data;
	m.len = job->len;
	m.received_at = job->received_at;
	m.client = job->client;
	m.report = r;
	m.sha256 = job->sha256;
	m.compressed = job->compressed;
	if (!bd_store_add_message(run->store, &m, NULL, &dup, &run->error))
		return FALSE;
	if (dup) {
		run->duplicates++;
	} else {
		run->stored++;
		run->kinds[CLAMP(r->kind, 0, BD_KIND_AUTOREPLY)]++;
		for (guint i = 0; r->records != NULL && i < r->records->len; i++) {
			const bd_record *rec = g_ptr_array_index(r->records, i);

			run->classes[CLAMP(rec->klass, 0, BD_CLASS_SUCCESS)]++;
			run->events++;
		}
	}
	if (++run->in_batch >= run->batch) {
		run->in_batch = 0;
		if (!bd_store_commit(run->store, &run->error) ||
		    !bd_store_begin(run->store, &run->error))
			return FALSE;
	}
	return TRUE;
}

/* import_message - hand one message to the parsing threads; data is either owned (taken)
 * or points into mf (a reference is taken) */
static gboolean
import_message(import_run *run, char *owned, const char *data, size_t len, GMappedFile *mf,
               const char *client, gint64 mtime)
{
	import_job *job = g_new0(import_job, 1);

	job->owned = owned;
	job->data = owned != NULL ? owned : data;
	job->len = len;
	job->mf = mf != NULL ? g_mapped_file_ref(mf) : NULL;
	job->client = g_strdup(client);
	job->mtime = mtime;
	return import_pipe_push(run->pipe, job);
}

/* One mbox file being imported. */
typedef struct import_mbox_ctx {
	import_run *run;
	GMappedFile *mf;
	const char *path;
	gint64 mtime;
} import_mbox_ctx;

/* import_mbox_message - one message of an mbox (mbox_message_fn): in place, or the unescaped
 * copy, which the pipeline then owns */
static gboolean
import_mbox_message(char *copy, const char *data, size_t len, unsigned n, gpointer user_data)
{
	import_mbox_ctx *m = user_data;
	char *client;
	gboolean ok;

	if (len > BD_PARSE_MAX_MESSAGE_SIZE) {
		fprintf(stderr, "bouncectl import: %s#%u: larger than %u bytes, skipped\n", m->path,
		        n, BD_PARSE_MAX_MESSAGE_SIZE);
		m->run->unreadable++;
		g_free(copy);
		return TRUE;
	}
	client = g_strdup_printf("%s#%u", m->path, n);
	ok = import_message(m->run, copy, data, len, copy ? NULL : m->mf, client, m->mtime);
	g_free(client);
	return ok;
}

/* import_file - one file: an mbox when it starts with "From ", else one message */
static gboolean
import_file(import_run *run, const char *path)
{
	GError *err = NULL;
	GMappedFile *mf = g_mapped_file_new(path, FALSE, &err);
	GStatBuf st;
	const char *data;
	size_t len;
	gboolean ok;

	run->files_done++;
	if (mf == NULL) {
		fprintf(stderr, "bouncectl import: %s\n", err->message);
		g_error_free(err);
		run->unreadable++;
		return TRUE;
	}
	data = g_mapped_file_get_contents(mf);
	len = g_mapped_file_get_length(mf);
	if (data == NULL)
		data = "";
	if (g_stat(path, &st) != 0)
		st.st_mtime = 0;
	if (mbox_is(data, len)) {
		import_mbox_ctx m = {run, mf, path, st.st_mtime};

		ok = mbox_split(data, len, import_mbox_message, &m);
	} else if (len > BD_PARSE_MAX_MESSAGE_SIZE) {
		fprintf(stderr, "bouncectl import: %s: larger than %u bytes, skipped\n", path,
		        BD_PARSE_MAX_MESSAGE_SIZE);
		run->unreadable++;
		ok = TRUE;
	} else {
		ok = import_message(run, NULL, data, len, mf, path, st.st_mtime);
	}
	g_mapped_file_unref(mf);
	return ok;
}

/* import_collect - the files under path: itself, a maildir's cur/ and new/, or a folder's
 * files (recursively, dot names skipped), sorted by name */
static void
import_collect(const char *path, GPtrArray *files, int depth)
{
	GDir *dir;
	const char *name;
	GPtrArray *here;

	if (!g_file_test(path, G_FILE_TEST_IS_DIR)) {
		g_ptr_array_add(files, g_strdup(path));
		return;
	}
	if (depth > 16)
		return;
	dir = g_dir_open(path, 0, NULL);
	if (dir == NULL) {
		fprintf(stderr, "bouncectl import: %s: cannot read folder\n", path);
		return;
	}
	here = g_ptr_array_new_with_free_func(g_free);
	while ((name = g_dir_read_name(dir)) != NULL) {
		if (name[0] != '.')
			g_ptr_array_add(here, g_build_filename(path, name, NULL));
	}
	g_dir_close(dir);
	g_ptr_array_sort(here, (GCompareFunc)g_strcmp0);
	for (guint i = 0; i < here->len; i++) {
		const char *child = g_ptr_array_index(here, i);
		char *base = g_path_get_basename(child);

		/* a maildir: take cur/ and new/, never tmp/ (deliveries in progress) */
		if (strcmp(base, "tmp") != 0 || !g_file_test(child, G_FILE_TEST_IS_DIR))
			import_collect(child, files, depth + 1);
		g_free(base);
	}
	g_ptr_array_unref(here);
}

/* import_skip_database - drop the database file and its -wal/-shm/-journal from files, so
 * that importing a folder that holds the database does not read it as mail */
static void
import_skip_database(GPtrArray *files, const char *db_path)
{
	char *db = realpath(db_path, NULL);
	size_t n = db ? strlen(db) : 0;

	for (guint i = 0; db != NULL && i < files->len;) {
		char *f = realpath(g_ptr_array_index(files, i), NULL);
		gboolean same = f != NULL && strncmp(f, db, n) == 0 &&
		                (f[n] == '\0' || strcmp(f + n, "-wal") == 0 ||
		                 strcmp(f + n, "-shm") == 0 || strcmp(f + n, "-journal") == 0);

		free(f);
		if (same)
			g_ptr_array_remove_index(files, i);
		else
			i++;
	}
	free(db);
}

/* import_summary - the totals by kind and class */
static void
import_summary(import_run *run, double secs)
{
	printf("imported %" G_GINT64_FORMAT " messages (%" G_GINT64_FORMAT
	       " already stored, %" G_GINT64_FORMAT " unreadable), %" G_GINT64_FORMAT
	       " events in %.1f s\n",
	       run->stored, run->duplicates, run->unreadable, run->events, secs);
	printf("  by kind: ");
	for (int k = 0; k <= BD_KIND_AUTOREPLY; k++)
		printf("%s%s %" G_GINT64_FORMAT, k ? ", " : "", bd_kind_name(k), run->kinds[k]);
	printf("\n  by class:");
	for (int c = 0; c <= BD_CLASS_SUCCESS; c++)
		printf("%s %s %" G_GINT64_FORMAT, c ? "," : "", bd_class_name(c), run->classes[c]);
	printf("\n");
}

/* import_count_suppressed - the "addresses" statistics line of the store */
static void
import_count_suppressed(const char *section, const char *key, gint64 count, gpointer user_data)
{
	if (strcmp(section, "addresses") == 0 && strcmp(key, "suppressed") == 0)
		*(gint64 *)user_data = count;
}

/* cmd_import - bouncectl import [--batch N] PATH… */
int
cmd_import(const struct bouncectl_globals *g, int argc, char **argv)
{
	int batch = IMPORT_DEFAULT_BATCH;
	GOptionEntry entries[] = {{"batch", 0, 0, G_OPTION_ARG_INT, &batch,
	                           "messages per transaction (default 500)", "N"},
	                          {NULL, 0, 0, 0, NULL, NULL, NULL}};
	GOptionContext *ctx = g_option_context_new("PATH... - store bounce messages");
	import_run run = {0};
	GPtrArray *files;
	gint64 started = g_get_monotonic_time(), suppressed = 0;
	char *db_path = NULL;
	gboolean ok = TRUE;

	g_option_context_add_main_entries(ctx, entries, NULL);
	g_option_context_set_description(
	    ctx, "PATH is a message file, an mbox file, a maildir (cur/ and new/) or a folder of\n"
	         "them.  Each message is parsed and stored once (by SHA-256); a second import\n"
	         "adds nothing.  A progress bar is drawn when stderr is a terminal.");
	if (!cli_options_parse(ctx, &argc, &argv)) {
		g_option_context_free(ctx);
		return CLI_EXIT_USAGE;
	}
	g_option_context_free(ctx);
	if (argc < 2 || batch < 1 || batch > IMPORT_MAX_BATCH) {
		fprintf(stderr, "bouncectl import: %s\n",
		        argc < 2 ? "give at least one PATH" : "--batch must be 1..100000");
		return CLI_EXIT_USAGE;
	}
	for (int i = 1; i < argc; i++) {
		if (!g_file_test(argv[i], G_FILE_TEST_EXISTS)) {
			fprintf(stderr, "bouncectl import: %s: %s\n", argv[i], g_strerror(ENOENT));
			return CLI_EXIT_ERROR;
		}
	}
	run.store = cli_store_open_path(g, FALSE, &db_path, &run.error);
	if (run.store == NULL) {
		cli_error("import", &run.error);
		return CLI_EXIT_ERROR;
	}
	files = g_ptr_array_new_with_free_func(g_free);
	for (int i = 1; i < argc; i++)
		import_collect(argv[i], files, 0);
	import_skip_database(files, db_path);
	g_free(db_path);
	bd_parse_init();
	cli_parse_options_init(g, &run.popts);
	run.batch = batch;
	run.progress = cli_progress_new("import", files->len);
	run.pipe = import_pipe_new(&run.popts, import_time, import_store, &run);
	ok = bd_store_begin(run.store, &run.error);
	for (guint i = 0; ok && i < files->len; i++) {
		ok = import_file(&run, g_ptr_array_index(files, i));
		cli_progress_update(run.progress, run.files_done);
	}
	ok = ok && import_pipe_finish(run.pipe);
	import_pipe_free(&run.pipe);
	ok = ok && bd_store_commit(run.store, &run.error);
	if (!ok)
		bd_store_rollback(run.store);
	cli_progress_free(&run.progress);
	if (ok)
		bd_store_stats(run.store, 0, import_count_suppressed, &suppressed, NULL);
	import_summary(&run, (g_get_monotonic_time() - started) / 1e6);
	if (ok)
		printf("  suppressed addresses in the database: %" G_GINT64_FORMAT "\n",
		       suppressed);
	else
		cli_error("import", &run.error);
	cli_parse_options_clear(&run.popts);
	bd_store_close(&run.store);
	g_ptr_array_unref(files);
	/* a file that could not be read is an error too, after the rest was imported */
	return ok && run.unreadable == 0 ? CLI_EXIT_OK : CLI_EXIT_ERROR;
}
