#!/usr/bin/env bash
# The "done when" of the store issue on the real corpus: importing ../shared/corpus/eml into
# a fresh database stores each message once (a second import adds nothing), suppresses every
# hard-bounced recipient and none refused only for sender-side reasons, and check agrees.
set -u
B=${BOUNCECTL:?}
CORPUS="$BD_SOURCE_DIR/../shared/corpus/eml"
[ -d "$CORPUS" ] || { echo "skip: no corpus at $CORPUS"; exit 77; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
DB="$T/bounced.db"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
# sqlcol QUERY - the first column of every row
sqlcol() { python3 -c 'import sqlite3,sys
for r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2]): print(r[0])' "$DB" "$1"; }

"$B" --db "$DB" import "$CORPUS" >"$T/first" 2>"$T/err" || { fail "first import"; cat "$T/err"; }
cat "$T/first"
distinct=$(for f in "$CORPUS"/*; do sha256sum <"$f"; done | sort -u | wc -l)
stored=$(sqlcol 'select count(*) from messages')
# an mbox-form file (starting "From ") may hold more than one message; never fewer rows than
# distinct files' contents would need, and no sha256 twice
[ "$stored" -ge "$distinct" ] || fail "stored $stored messages for $distinct distinct files"
[ "$(sqlcol 'select count(*) - count(distinct sha256) from messages')" = 0 ] || fail "a message stored twice"

"$B" --db "$DB" import "$CORPUS" >"$T/second" 2>"$T/err" || fail "second import"
grep -q "^imported 0 messages" "$T/second" || { fail "second import added messages"; cat "$T/second"; }
[ "$(sqlcol 'select count(*) from messages')" = "$stored" ] || fail "message count changed"

# every address with a hard bounce is suppressed, and check says so (exit 1, one line each)
sqlcol "select distinct address from events where class = 'hard' and address is not null" >"$T/hard"
n_hard=$(wc -l <"$T/hard")
[ "$n_hard" -gt 0 ] || fail "no hard bounces found in the corpus"
"$B" --db "$DB" check - <"$T/hard" >"$T/out"; rc=$?
[ $rc -eq 1 ] || fail "check of the hard-bounced addresses: exit $rc"
[ "$(grep -c ' suppressed ' "$T/out")" -eq "$n_hard" ] || { fail "not every hard-bounced address is suppressed"; grep -v ' suppressed ' "$T/out"; }

# addresses refused only for sender-side reasons are not suppressed (exit 0, all ok)
sqlcol "select address from events where address is not null group by address
        having sum(class = 'block') > 0 and sum(class in ('hard', 'soft', 'complaint')) = 0" >"$T/block"
n_block=$(wc -l <"$T/block")
[ "$n_block" -gt 0 ] || fail "no block-only addresses found in the corpus"
"$B" --db "$DB" check - <"$T/block" >"$T/out"; rc=$?
[ $rc -eq 0 ] || { fail "check of block-only addresses: exit $rc"; grep -v ' ok$' "$T/out"; }
[ "$(grep -c ' ok$' "$T/out")" -eq "$n_block" ] || fail "a block-only address is suppressed"

echo "corpus: $stored messages stored once, $n_hard hard-bounced addresses suppressed, $n_block block-only addresses not suppressed"
exit $((fails > 0))
