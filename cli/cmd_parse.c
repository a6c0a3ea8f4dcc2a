/* cmd_parse.c - placeholder */
#include "commands.h"

int
cmd_parse(const struct bouncectl_globals *g, int argc, char **argv)
{
	return 2;
}
