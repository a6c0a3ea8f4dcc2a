/* schema.h - the migrations of schema/, compiled in by store/embed_schema.cmake */
#ifndef STORE_SCHEMA_H
#define STORE_SCHEMA_H

#include <stddef.h>

/* One schema/NNN_name.sql file; version is NNN. */
struct store_schema_file {
	const char *name;
	int version;
	const char *sql; /* NUL-terminated */
	size_t len;
};

/* Sorted by version, which runs 1, 2, … without gaps. */
extern const struct store_schema_file store_schema_files[];
extern const unsigned store_schema_count;

#endif
