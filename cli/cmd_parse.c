/* cmd_parse.c - bouncectl parse [--json] [--explain] FILE…|DIR…|- */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <bounced/parse.h>
#include "commands.h"
#include "mbox.h"

typedef struct parse_flags {
	gboolean json;
	gboolean explain;
} parse_flags;

/* parse_read_fd - read at most max bytes of fd into a new buffer; FALSE with *error_r on failure */
static gboolean
parse_read_fd(int fd, size_t max, char **data_r, size_t *len_r, char **error_r)
{
	struct stat st;
	size_t cap = 64 * 1024, len = 0;
	char *buf;

	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
		cap = MIN((size_t)st.st_size + 1, max);
	buf = g_malloc(cap + 1);
	while (len < max) {
		ssize_t n;

		if (len == cap) {
			cap = MIN(cap * 2, max);
			buf = g_realloc(buf, cap + 1);
		}
		n = read(fd, buf + len, cap - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			*error_r = g_strdup_printf("read: %s", g_strerror(errno));
			g_free(buf);
			return FALSE;
		}
		if (n == 0)
			break;
		len += n;
	}
	buf[len] = '\0';
	*data_r = buf;
	*len_r = len;
	return TRUE;
}

/* parse_print_text - the readable summary of one report */
static void
parse_print_text(const bd_report *r, const char *name, const parse_flags *flags)
{
	printf("%s: %s", name, bd_kind_name(r->kind));
	if (r->mta != NULL)
		printf(" (%s)", r->mta);
	printf(", %u record%s\n", r->records->len, r->records->len == 1 ? "" : "s");
	if (r->error != NULL)
		printf("  error: %s\n", r->error);
	if (r->subject != NULL)
		printf("  subject: %s\n", r->subject);
	if (r->reporting_mta != NULL)
		printf("  reporting mta: %s\n", r->reporting_mta);
	if (r->original_message_id != NULL || r->original_to != NULL)
		printf("  original: %s to %s\n",
		       r->original_message_id ? r->original_message_id : "-",
		       r->original_to ? r->original_to : "-");
	for (guint i = 0; i < r->records->len; i++) {
		const bd_record *rec = g_ptr_array_index(r->records, i);

		printf("  %s: %s %s %s %s/%s%s%s%s\n",
		       rec->recipient ? rec->recipient : "(unknown)",
		       rec->action ? rec->action : "-", rec->status ? rec->status : "-",
		       rec->reply_code ? rec->reply_code : "-", rec->reason ? rec->reason : "-",
		       bd_class_name(rec->klass), rec->hard_bounce ? " hard-bounce" : "",
		       rec->feedback_type ? " feedback=" : "",
		       rec->feedback_type ? rec->feedback_type : "");
		if (rec->diagnostic != NULL)
			printf("    diagnostic: %s\n", rec->diagnostic);
		for (guint e = 0; flags->explain && e < rec->explain->len; e++)
			printf("    explain %s\n",
			       (const char *)g_ptr_array_index(rec->explain, e));
	}
}

/* parse_print_explain - explain lines on stderr beside the JSON line */
static void
parse_print_explain(const bd_report *r, const char *name)
{
	for (guint i = 0; i < r->records->len; i++) {
		const bd_record *rec = g_ptr_array_index(r->records, i);

		for (guint e = 0; e < rec->explain->len; e++)
			fprintf(stderr, "%s: record %u: %s\n", name, i,
			        (const char *)g_ptr_array_index(rec->explain, e));
	}
}

/* parse_emit - print the report for one input */
static void
parse_emit(bd_report *r, const char *name, const parse_flags *flags)
{
	if (flags->json) {
		char *line = bd_report_to_json(r, name);

		fputs(line, stdout);
		fputc('\n', stdout);
		g_free(line);
		if (flags->explain)
			parse_print_explain(r, name);
	} else {
		parse_print_text(r, name, flags);
	}
}

/* One mbox input being parsed. */
typedef struct parse_mbox_ctx {
	const char *path;
	const parse_flags *flags;
	bd_report *merged; /* --json: the first message's report, gathering every record */
} parse_mbox_ctx;

/* parse_merge - move the records of message n's report r into the file's report, and its
 * error, named by the message's number */
static void
parse_merge(bd_report *into, bd_report *r, unsigned n)
{
	gsize len = 0;
	gpointer *records = g_ptr_array_steal(r->records, &len);

	for (gsize i = 0; i < len; i++)
		g_ptr_array_add(into->records, records[i]);
	g_free(records);
	if (r->error != NULL) {
		char *error = into->error == NULL
		                  ? g_strdup_printf("message %u: %s", n, r->error)
		                  : g_strdup_printf("%s; message %u: %s", into->error, n, r->error);

		g_free(into->error);
		into->error = error;
	}
}

/* parse_mbox_message - one message of an mbox input (mbox_message_fn): with --json its
 * records join the file's one line, else it gets its own summary */
static gboolean
parse_mbox_message(char *copy, const char *data, size_t len, unsigned n, gpointer user_data)
{
	parse_mbox_ctx *m = user_data;
	bd_report *r = bd_parse(data, len, NULL, NULL);

	if (!m->flags->json) {
		parse_emit(r, m->path, m->flags);
		bd_report_free(&r);
	} else if (m->merged == NULL) {
		m->merged = r;
	} else {
		parse_merge(m->merged, r, n);
		bd_report_free(&r);
	}
	g_free(copy);
	return TRUE;
}

/* parse_one - parse the file (or stdin for "-") and print its report; an mbox's messages
 * share the file's JSON line */
static void
parse_one(const char *path, const parse_flags *flags)
{
	char *data = NULL, *error = NULL;
	size_t len = 0;
	bd_report *r;
	int fd = strcmp(path, "-") == 0 ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0) {
		error = g_strdup_printf("open: %s", g_strerror(errno));
	} else {
		/* one byte past the limit lets bd_parse report the oversize */
		parse_read_fd(fd, BD_PARSE_MAX_MESSAGE_SIZE + 1, &data, &len, &error);
		if (fd != STDIN_FILENO)
			close(fd);
	}
	if (error == NULL && mbox_is(data, len)) {
		parse_mbox_ctx m = {path, flags, NULL};

		if (len > BD_PARSE_MAX_MESSAGE_SIZE)
			fprintf(stderr,
			        "bouncectl parse: %s: only the first %u bytes of this mbox were "
			        "read (bouncectl import reads it whole)\n",
			        path, BD_PARSE_MAX_MESSAGE_SIZE);
		mbox_split(data, MIN(len, BD_PARSE_MAX_MESSAGE_SIZE), parse_mbox_message, &m);
		g_free(data);
		if (flags->json && m.merged == NULL) {
			m.merged = bd_report_new();
			m.merged->error = g_strdup("an mbox with no message in it");
		}
		if (m.merged != NULL) {
			parse_emit(m.merged, path, flags);
			bd_report_free(&m.merged);
		}
		return;
	}
	if (error != NULL) {
		r = bd_report_new();
		r->error = error;
	} else {
		r = bd_parse(data, len, NULL, NULL);
	}
	parse_emit(r, path, flags);
	bd_report_free(&r);
	g_free(data);
}

/* parse_cmp - strcmp for g_ptr_array_sort */
static gint
parse_cmp(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* parse_dir - every regular file under dir (dot files skipped), recursively, sorted */
static void
parse_dir(const char *dir, const parse_flags *flags, unsigned depth)
{
	GDir *d = g_dir_open(dir, 0, NULL);
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	const char *name;

	if (d == NULL || depth > 32) {
		if (d != NULL)
			g_dir_close(d);
		parse_one(dir, flags);
		g_ptr_array_unref(names);
		return;
	}
	while ((name = g_dir_read_name(d)) != NULL) {
		if (name[0] != '.') /* .gitattributes, editor files */
			g_ptr_array_add(names, g_build_filename(dir, name, NULL));
	}
	g_dir_close(d);
	g_ptr_array_sort(names, parse_cmp);
	for (guint i = 0; i < names->len; i++) {
		const char *path = g_ptr_array_index(names, i);

		if (g_file_test(path, G_FILE_TEST_IS_DIR))
			parse_dir(path, flags, depth + 1);
		else if (g_file_test(path, G_FILE_TEST_IS_REGULAR))
			parse_one(path, flags);
	}
	g_ptr_array_unref(names);
}

/* parse_usage - the help text of bouncectl parse */
static void
parse_usage(FILE *out)
{
	fprintf(out,
	        "usage: bouncectl parse [--json] [--explain] FILE…|DIR…|-\n"
	        "  --json     one JSON object per input file on one line\n"
	        "  --explain  show which rule decided each field\n"
	        "A file that starts with a \"From \" line is read as an mbox: with --json its\n"
	        "line describes the first message and lists the records of every message;\n"
	        "without it, each message gets its own summary.\n");
}

/* cmd_parse - bouncectl parse [--json] [--explain] FILE…|DIR…|- */
int
cmd_parse(const struct bouncectl_globals *g, int argc, char **argv)
{
	parse_flags flags = {FALSE, FALSE};
	int i = 1, n_inputs = 0;
	static char stdout_buf[1 << 16];

	for (; i < argc; i++) {
		if (strcmp(argv[i], "--json") == 0) {
			flags.json = TRUE;
		} else if (strcmp(argv[i], "--explain") == 0) {
			flags.explain = TRUE;
		} else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			parse_usage(stdout);
			return 0;
		} else if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			fprintf(stderr, "bouncectl parse: unknown option '%s'\n", argv[i]);
			parse_usage(stderr);
			return 2;
		} else {
			n_inputs++;
		}
	}
	n_inputs += argc - i;
	if (n_inputs == 0) {
		parse_usage(stderr);
		return 2;
	}
	setvbuf(stdout, stdout_buf, _IOFBF, sizeof(stdout_buf));
	bd_parse_init();
	for (int j = 1; j < argc; j++) {
		const char *arg = argv[j];

		if (strcmp(arg, "--") == 0 && j < i) {
			continue;
		}
		if (j < i && arg[0] == '-' && arg[1] != '\0')
			continue;
		if (strcmp(arg, "-") != 0 && g_file_test(arg, G_FILE_TEST_IS_DIR))
			parse_dir(arg, &flags, 0);
		else
			parse_one(arg, &flags);
	}
	fflush(stdout);
	return 0;
}
