#!/usr/bin/env bash
# test_golden - `bouncectl parse --json fixtures` must match tests/golden/fixtures.jsonl.
# The fields the classifier and the scrapers decide (reason, class, hard_bounce,
# rule, mta) are left out: their own suites pin them.  BD_GOLDEN_UPDATE=1 rewrites
# the expected file after a deliberate change.
set -eu
: "${BOUNCECTL:?}" "${BD_SOURCE_DIR:?}"
cd "$BD_SOURCE_DIR"
expected=tests/golden/fixtures.jsonl
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT

# only the messages: a fixture's .expect file (test_fixture_expect.py) sits beside it
find fixtures -type f -name '*.eml' -print0 | LC_ALL=C sort -z |
	xargs -0 "$BOUNCECTL" parse --json | python3 "$BD_SOURCE_DIR/tests/e2e/golden_filter.py" > "$actual"
if [ "${BD_GOLDEN_UPDATE:-0}" = 1 ]; then
	cp "$actual" "$expected"
	echo "updated $expected"
fi
n_files=$(find fixtures -type f -name '*.eml' | wc -l)
n_lines=$(wc -l < "$actual")
if [ "$n_files" -ne "$n_lines" ]; then
	echo "FAIL: $n_files fixtures but $n_lines JSON lines" >&2
	exit 1
fi
diff -u "$expected" "$actual"
echo "golden: $n_lines fixtures match"
