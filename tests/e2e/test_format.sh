#!/usr/bin/env bash
# Every C source and header is formatted with the project's .clang-format.
set -u
command -v clang-format >/dev/null || { echo "skip: clang-format not installed"; exit 77; }
cd "$BD_SOURCE_DIR" || exit 1
files=$(git ls-files '*.c' '*.h' 2>/dev/null || find . -name '*.[ch]' -not -path './build*')
[ -n "$files" ] || { echo "no sources found"; exit 1; }
# shellcheck disable=SC2086
if ! clang-format --dry-run -Werror $files; then
  echo "run: clang-format -i \$(git ls-files '*.c' '*.h')"
  exit 1
fi
echo "$(echo "$files" | wc -w) files formatted"
