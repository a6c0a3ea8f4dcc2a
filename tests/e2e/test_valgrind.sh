#!/usr/bin/env bash
# Runs bouncectl parse over every fixture under valgrind: no invalid access, no leak.
# Skipped in the sanitizer build (ASan and valgrind do not mix) and where valgrind is missing.
set -u
[ "${BD_SANITIZE:-OFF}" = ON ] && { echo "skip: sanitizer build"; exit 77; }
command -v valgrind >/dev/null || { echo "skip: valgrind not installed"; exit 77; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
# Glib's slice allocator and GMime's one-time tables are not leaks; G_SLICE=always-malloc keeps
# valgrind's view exact.
# bouncectl may be linked with mimalloc: --soname-synonyms makes valgrind replace its malloc too.
G_SLICE=always-malloc G_DEBUG=gc-friendly \
  valgrind --soname-synonyms=somalloc=*mimalloc* --suppressions="$BD_SOURCE_DIR/tests/valgrind.supp" --error-exitcode=3 --leak-check=full --errors-for-leak-kinds=definite,indirect \
  --show-leak-kinds=definite,indirect --quiet \
  "$BOUNCECTL" parse --json "$BD_SOURCE_DIR/fixtures" >"$out"
rc=$?
if [ $rc -ne 0 ]; then
  echo "valgrind reported errors (exit $rc)"
  exit 1
fi
lines=$(wc -l <"$out")
[ "$lines" -gt 0 ] || { echo "no output from bouncectl parse"; exit 1; }
echo "valgrind clean over $lines fixture messages"
