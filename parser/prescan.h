/* prescan.h - bound what GMime is handed: parts, header lines and header length */
#ifndef BOUNDED_PRESCAN_H
#define BOUNDED_PRESCAN_H

#include <stddef.h>
#include <glib.h>

/* A byte range [start, end) of the input to leave out. */
typedef struct prescan_range {
	size_t start;
	size_t end;
} prescan_range;

/* What prescan_run found. */
typedef struct prescan_result {
	size_t cut; /* bytes GMime may see at most */
	GArray
	    *drop; /* prescan_range, ascending, all below cut: header bytes over the length limit */
	char *error; /* the first limit hit, or NULL; owned */
	/* the header block of the returned message whose content was dropped, or NULL; owned */
	char *returned;
	size_t returned_len;
	/* the returned message's part was left out whole (PRESCAN_DROP_PART): GMime builds one
	 * part fewer */
	gboolean part_dropped;
	/*
	 * prescan_hidden, ascending: top-level headers left out of what GMime gets
	 * (in drop too); empty unless asked for (prescan_run_hiding)
	 */
	GArray *hidden;
} prescan_result;

/* A top-level header left out of what GMime gets: its bytes in the input and its place after. */
typedef struct prescan_hidden {
	size_t start, end; /* the header in the input, without its last line end */
	size_t at;         /* offset in what GMime gets at which it stood (prescan_apply) */
} prescan_hidden;

/*
 * prescan_run - find where GMime must stop (part number max_parts+1, counted
 * by Content-Type lines and delimiters of declared boundaries, since GMime
 * builds every part and recurses once per nesting level; header line number
 * max_headers+1, since GMime spends some hundred bytes on each header) and
 * which bytes of headers longer than max_header_bytes to drop (a long
 * parameter or address list becomes thousands of objects).  In a top-level
 * multipart/report, the content of the message/rfc822 part that follows the
 * delivery-status part is dropped and its header block kept in returned.
 * data has LF line ends.  Linear.  Free the result with prescan_result_clear.
 */
void prescan_run(const char *data, size_t len, unsigned max_parts, unsigned max_headers,
                 size_t max_header_bytes, prescan_result *res);

/*
 * prescan_run_hiding - prescan_run, and also leave the top-level headers out
 * of what GMime gets, all but Content-* (the MIME structure): they are listed
 * in res->hidden, and bd_parse answers for them itself (tophdr.h) and puts
 * their text in place for the scrapers.  GMime builds an object for each
 * header it gets, parses the address and date headers, and frees it all
 * again: a bounce has about fourteen top-level headers.  All or none: only
 * when every one is plain ("Name:" with a name of letters, digits, '-' and
 * '_', no NUL, within max_header_bytes) and the block has no line GMime
 * could read otherwise and ends with a blank line before any limit.
 */
void prescan_run_hiding(const char *data, size_t len, unsigned max_parts, unsigned max_headers,
                        size_t max_header_bytes, prescan_result *res);

/* What prescan_run_flags does besides the limits. */
typedef enum prescan_flags {
	PRESCAN_HIDE = 1 << 0, /* as prescan_run_hiding */
	/*
	 * the returned message's part, whose content is dropped anyway, goes from its
	 * delimiter line on: GMime would build an empty message/rfc822 part without a
	 * message (about six objects: the part, its header list and headers, its
	 * content type), which nothing reads.  Only when the report's next delimiter
	 * ends it and each of its headers is plain; GMime then has one part fewer.
	 */
	PRESCAN_DROP_PART = 1 << 1,
} prescan_flags;

/* prescan_run_flags - prescan_run, and what flags (prescan_flags) ask for */
void prescan_run_flags(const char *data, size_t len, unsigned max_parts, unsigned max_headers,
                       size_t max_header_bytes, unsigned flags, prescan_result *res);

/*
 * prescan_apply - copy src[0, res->cut) without the drop ranges to dst and
 * return the new length.  dst may be src (the copy only moves bytes down).
 */
size_t prescan_apply(guint8 *dst, const char *src, const prescan_result *res);

/* prescan_result_clear - free what the result holds */
void prescan_result_clear(prescan_result *res);

#endif
