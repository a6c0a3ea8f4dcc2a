#!/usr/bin/env bash
# bouncectl database commands end to end on real SQLite files: import (files, folders, maildir,
# mbox; once only), check exit codes, list/export formats, suppress/unsuppress, events, explain,
# stats, reparse, --help of every command, and the bad inputs (not a database, read-only, full).
set -u
B=${BOUNCECTL:?}
FIX="$BD_SOURCE_DIR/fixtures/store"
T=$(mktemp -d)
trap 'chattr -i "$T/ro.db" 2>/dev/null; chmod -R u+w "$T" 2>/dev/null; rm -rf "$T"' EXIT
fails=0
DB="$T/db/bounced.db"

# fail MSG - record a failure
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
# expect_rc WANT CMD… - run a command, compare its exit status
expect_rc() {
  local want=$1; shift
  "$@" >"$T/out" 2>"$T/err"; local rc=$?
  [ "$rc" -eq "$want" ] || { fail "exit $rc (want $want): $*"; cat "$T/err"; }
}
# contains FILE TEXT - the file has the text
contains() { grep -qF -- "$2" "$1" || { fail "'$2' not in output of the last command"; cat "$1"; }; }
# sql QUERY - one value from the database
sql() { python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$DB" "$1"; }

# --help of every database command, and usage errors
for c in import check list export suppress unsuppress events explain stats reparse; do
  expect_rc 0 "$B" "$c" --help
  contains "$T/out" "Usage:"
  expect_rc 2 "$B" "$c" --no-such-option
done

# check on a database that does not exist: an error, nothing created
expect_rc 2 "$B" --db "$DB" check someone@example.org
[ -e "$DB" ] && fail "check created a database"

# import a folder; a second import adds nothing
expect_rc 0 "$B" --db "$DB" import "$FIX"
contains "$T/out" "imported 4 messages (0 already stored"
contains "$T/out" "by kind: none 0, dsn 3, scraped 0, arf 1"
contains "$T/out" "hard 1"
expect_rc 0 "$B" --db "$DB" import "$FIX" "$FIX/hard-user-unknown.eml"
contains "$T/out" "imported 0 messages (5 already stored"
[ "$(sql 'select count(*) from messages')" = 4 ] || fail "messages stored more than once"
[ "$(sql 'select count(*) from events')" = 4 ] || fail "events stored more than once"

# check: hard and complaint suppressed, a block and one soft bounce not
expect_rc 1 "$B" --db "$DB" check dead.user@example.org
contains "$T/out" "dead.user@example.org suppressed hard userunknown"
expect_rc 1 "$B" --db "$DB" check ANGRY@isp.example
expect_rc 0 "$B" --db "$DB" check alive@example.net full@example.com
contains "$T/out" "alive@example.net ok"
expect_rc 1 "$B" --db "$DB" check alive@example.net DEAD.USER@EXAMPLE.ORG
expect_rc 2 "$B" --db "$DB" check "not an address"
expect_rc 1 "$B" --db "$DB" check --json dead.user@example.org
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d=={"address":"dead.user@example.org","suppressed":True,"class":"hard","reason":"userunknown","since":"2026-01-05T10:00:00Z"}, d' "$T/out" || fail "check --json"
printf 'alive@example.net\n\nfull@example.com\n' | "$B" --db "$DB" check - >"$T/out"; rc=$?
[ $rc -eq 0 ] && [ "$(wc -l <"$T/out")" -eq 2 ] || fail "check - (stdin): rc $rc"

# soft bounces on three days suppress
for d in 07 09; do
  sed -e "s/Tue, 06 Jan 2026 09:00:00/Fri, $d Jan 2026 09:00:00/" -e "s/soft1/soft$d/g" \
    "$FIX/soft-mailbox-full.eml" >"$T/soft-$d.eml"
done
expect_rc 0 "$B" --db "$DB" import "$T/soft-07.eml"
expect_rc 0 "$B" --db "$DB" check full@example.com
expect_rc 0 "$B" --db "$DB" import "$T/soft-09.eml"
expect_rc 1 "$B" --db "$DB" check full@example.com
contains "$T/out" "suppressed soft mailboxfull since 2026-01-09"

# list and its formats and filters
expect_rc 0 "$B" --db "$DB" list
[ "$(wc -l <"$T/out")" -eq 3 ] || fail "list: want 3 rows"
expect_rc 0 "$B" --db "$DB" list --class hard --json
python3 -c 'import json,sys; rows=[json.loads(l) for l in open(sys.argv[1])]; assert [r["address"] for r in rows]==["dead.user@example.org"], rows' "$T/out" || fail "list --json --class"
expect_rc 0 "$B" --db "$DB" list --csv --domain example.com
python3 -c 'import csv,sys; rows=list(csv.DictReader(open(sys.argv[1]))); assert [r["address"] for r in rows]==["full@example.com"], rows' "$T/out" || fail "list --csv --domain"
expect_rc 0 "$B" --db "$DB" list --since 2099-01-01
[ -s "$T/out" ] && fail "list --since in the future printed rows"
expect_rc 0 "$B" --db "$DB" list --since 7d --limit 1
[ "$(wc -l <"$T/out")" -eq 1 ] || fail "list --limit 1"
expect_rc 2 "$B" --db "$DB" list --since yesterday
expect_rc 2 "$B" --db "$DB" list --json --csv

# export: every row, valid CSV and JSON
expect_rc 0 "$B" --db "$DB" export --json
python3 -c 'import json,sys; rows=json.load(open(sys.argv[1])); assert len(rows)==3 and all("suppressed" in r for r in rows), rows' "$T/out" || fail "export --json"
expect_rc 0 "$B" --db "$DB" export --csv
python3 -c 'import csv,sys; rows=list(csv.DictReader(open(sys.argv[1]))); assert len(rows)==3 and rows[0]["address"], rows' "$T/out" || fail "export --csv"
expect_rc 2 "$B" --db "$DB" export

# manual decisions: who, when, why
expect_rc 2 "$B" --db "$DB" suppress vip@example.org
expect_rc 0 "$B" --db "$DB" suppress vip@example.org --note "asked by phone" --by alice
expect_rc 1 "$B" --db "$DB" check vip@example.org
contains "$T/out" "(manual)"
[ "$(sql "select changed_by || ':' || note from suppressions where address='vip@example.org'")" = "alice:asked by phone" ] || fail "manual who/why"
expect_rc 0 "$B" --db "$DB" unsuppress Dead.User@example.org --note "mailbox re-created"
expect_rc 0 "$B" --db "$DB" check dead.user@example.org
[ "$(sql 'select count(*) from manual_changes')" = 2 ] || fail "manual changes not audited"
[ "$(sql "select changed_by is not null and changed_at like '2%Z' from manual_changes where note = 'mailbox re-created'")" = 1 ] || fail "unsuppress: who/when"
expect_rc 1 "$B" --db "$DB" unsuppress "no address" --note x

# one key for every spelling: case, quotes, brackets, trailing dot, IDN domain
expect_rc 0 "$B" --db "$DB" suppress 'user@Bücher.example' --note idn
for a in 'USER@xn--bcher-kva.example' '"user"@bücher.example.' '<user@BÜCHER.example>'; do
  expect_rc 1 "$B" --db "$DB" check "$a"
  contains "$T/out" "user@xn--bcher-kva.example suppressed"
done

# events and explain
expect_rc 0 "$B" --db "$DB" events full@example.com
[ "$(wc -l <"$T/out")" -eq 3 ] || fail "events: want 3"
expect_rc 0 "$B" --db "$DB" events --json full@example.com
python3 -c 'import json,sys; rows=[json.loads(l) for l in open(sys.argv[1])]; assert all(r["reason"]=="mailboxfull" and r["campaign"]=="X-Campaign-Id: spring-2026" for r in rows), rows' "$T/out" || fail "events --json"
id=$(sql "select id from events where address='dead.user@example.org'")
expect_rc 0 "$B" --db "$DB" explain "$id"
contains "$T/out" "class hard, reason userunknown"
contains "$T/out" "sha256 "
contains "$T/out" "current parser on the stored message"
expect_rc 1 "$B" --db "$DB" explain 999999
expect_rc 2 "$B" --db "$DB" explain abc

# stats and reparse (same parser: nothing changes)
expect_rc 0 "$B" --db "$DB" stats
contains "$T/out" "messages by kind:"
contains "$T/out" "suppressed by class:"
expect_rc 0 "$B" --db "$DB" stats --since 2026-01-06
expect_rc 0 "$B" --db "$DB" reparse
contains "$T/out" "reparsed 6 messages"
contains "$T/out" "0 changed"
# reparse after a change of the stored verdict puts it back and says so
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("update events set class=\"block\", reason=\"blocked\" where address=\"angry@isp.example\""); c.commit()' "$DB"
expect_rc 0 "$B" --db "$DB" reparse --since 2026-01-01
contains "$T/out" "1 changed"
contains "$T/out" "block/blocked"

# maildir (cur/ and new/, not tmp/) and mbox with a >From line
mkdir -p "$T/md/cur" "$T/md/new" "$T/md/tmp"
sed 's/hard1/md1/g' "$FIX/hard-user-unknown.eml" >"$T/md/new/1.eml"
sed 's/hard1/md2/g' "$FIX/hard-user-unknown.eml" >"$T/md/cur/2.eml:2,S"
sed 's/hard1/md3/g' "$FIX/hard-user-unknown.eml" >"$T/md/tmp/3.eml"
expect_rc 0 "$B" --db "$DB" import "$T/md"
contains "$T/out" "imported 2 messages"
{ echo "From MAILER-DAEMON Mon Jan  5 10:00:00 2026"; sed 's/hard1/mb1/g' "$FIX/hard-user-unknown.eml"; echo
  echo "From MAILER-DAEMON Mon Jan  5 10:00:00 2026"; sed -e 's/block1/mb2/g' -e 's/^This is the mail/>From here: this is the mail/' "$FIX/block-spamhaus-listed.eml"; echo; } >"$T/box.mbox"
expect_rc 0 "$B" --db "$DB" import "$T/box.mbox"
contains "$T/out" "imported 2 messages"
[ "$(sql "select count(*) from messages where client like '%box.mbox#%'")" = 2 ] || fail "mbox clients"
# the quoted From_ line is stored unquoted; the separator line before the next From_ is not
python3 - "$DB" <<'PY' || fail "mbox message bytes"
import sqlite3, sys, zlib
rows = dict(sqlite3.connect(sys.argv[1]).execute(
    "select client, raw from messages where client like '%box.mbox#%'").fetchall())
one, two = (zlib.decompress(rows[k]) for k in sorted(rows))
assert b"\nFrom here: this is the mail" in two and b">From here" not in two, two[:400]
assert one.endswith(b"--store-fixture--\n"), one[-40:]
PY
expect_rc 1 "$B" --db "$DB" import "$T/missing-file"
# an unreadable file in a folder: the others are imported, the exit status says it failed
mkdir "$T/mixed"
sed 's/hard1/mixed1/g' "$FIX/hard-user-unknown.eml" >"$T/mixed/good.eml"
ln -s "$T/nowhere" "$T/mixed/dangling.eml"
expect_rc 1 "$B" --db "$DB" import "$T/mixed"
contains "$T/out" "imported 1 messages (0 already stored, 1 unreadable)"
contains "$T/err" "dangling.eml"

# progress bar: drawn on a terminal (script(1) gives one), never into a pipe or file
if command -v script >/dev/null; then
  script -qec "'$B' --db '$T/pty.db' import '$FIX'" "$T/typescript" >/dev/null 2>&1
  grep -q 'import \[#' "$T/typescript" || fail "no progress bar on a terminal"
fi
"$B" --db "$T/pty2.db" import "$FIX" >"$T/out" 2>"$T/err"
grep -q '#' "$T/err" && fail "progress bar drawn into a file"

# the config file: [store] path and [policy] thresholds; --config, else $BOUNCED_CONFIG
printf '[store]\npath = %s\nsynchronous = normal\n[policy]\nsoft_threshold = 1\nsoft_window_days = 7\n' \
  "$T/cfg.db" >"$T/bounced.conf"
expect_rc 0 "$B" --config "$T/bounced.conf" import "$FIX/soft-mailbox-full.eml"
[ -e "$T/cfg.db" ] || fail "[store] path not used"
expect_rc 1 "$B" --config "$T/bounced.conf" check full@example.com # one soft bounce is enough
BOUNCED_CONFIG="$T/bounced.conf" "$B" check full@example.com >"$T/out" 2>&1
[ $? -eq 1 ] || fail "BOUNCED_CONFIG not read"
expect_rc 1 "$B" --config "$T/bounced.conf" --db "$DB" check angry@isp.example # --db wins
printf '[policy]\nsoft_threshold = 0\n' >"$T/bad.conf"
expect_rc 2 "$B" --config "$T/bad.conf" --db "$DB" check full@example.com
contains "$T/err" "soft_threshold"
expect_rc 2 "$B" --config "$T/missing.conf" --db "$DB" check full@example.com

# importing the folder that holds the database skips the database's own files
mkdir -p "$T/self/var"
cp "$FIX"/*.eml "$T/self/"
(cd "$T/self" && "$B" import . >/dev/null && "$B" import .) >"$T/out" 2>"$T/err" || fail "import . twice"
contains "$T/out" "imported 0 messages (4 already stored, 0 unreadable)"

# bad input: a database newer than this program is refused, untouched
cp "$DB" "$T/newer.db"
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("pragma user_version = 999"); c.commit()' "$T/newer.db"
before=$(sha256sum <"$T/newer.db")
expect_rc 2 "$B" --db "$T/newer.db" check a@example.org
contains "$T/err" "newer than this program"
expect_rc 1 "$B" --db "$T/newer.db" import "$FIX"
[ "$(sha256sum <"$T/newer.db")" = "$before" ] || fail "newer database modified"

# bad input: a file that is not a database is refused and left as it was
printf 'just some text\n' >"$T/notadb"
cp "$T/notadb" "$T/notadb.orig"
for c in "import $FIX" "check a@example.org" "list" "stats" "suppress a@example.org --note x"; do
  # shellcheck disable=SC2086
  "$B" --db "$T/notadb" $c >"$T/out" 2>"$T/err" && fail "$c accepted a non-database"
  contains "$T/err" "not an SQLite database"
done
cmp -s "$T/notadb" "$T/notadb.orig" || fail "non-database file modified"
[ -e "$T/notadb-wal" ] && fail "a -wal file was created beside the non-database"

# bad input: a read-only database (chmod for users; root needs the immutable attribute)
cp "$DB" "$T/ro.db"
ro=no
if [ "$(id -u)" -ne 0 ]; then
  chmod 0444 "$T/ro.db" && ro=chmod
elif command -v chattr >/dev/null && chattr +i "$T/ro.db" 2>/dev/null; then
  ro=chattr
fi
if [ $ro != no ]; then
  before=$(sha256sum <"$T/ro.db")
  expect_rc 1 "$B" --db "$T/ro.db" suppress x@example.org --note x
  contains "$T/err" "readonly"
  sed 's/soft1/soft-ro/g' "$FIX/soft-mailbox-full.eml" >"$T/ro.eml"
  expect_rc 1 "$B" --db "$T/ro.db" import "$T/ro.eml"
  expect_rc 1 "$B" --db "$T/ro.db" check angry@isp.example # reads still work
  [ "$(sha256sum <"$T/ro.db")" = "$before" ] || fail "read-only database changed"
  [ $ro = chattr ] && chattr -i "$T/ro.db"
else
  echo "note: cannot make a read-only file here; check_store covers read-only opens"
fi

# bad input: the disk fills up during an import (file size limit): an error, whole messages
cp "$DB" "$T/full.db"
n_before=$(DB="$T/full.db" sql 'select count(*) from messages')
for i in $(seq 1 40); do
  { sed "s/hard1/big$i/g" "$FIX/hard-user-unknown.eml"; head -c 30000 /dev/urandom | base64; } >"$T/big-$i.eml"
done
size=$(( $(stat -c %s "$T/full.db") / 1024 + 200 ))
( trap '' XFSZ; ulimit -f "$size"; "$B" --db "$T/full.db" import --batch 5 "$T"/big-*.eml ) >"$T/out" 2>"$T/err"
rc=$?
[ $rc -eq 1 ] || fail "import on a full disk: exit $rc"
[ -s "$T/err" ] || fail "import on a full disk: no error message"
DB="$T/full.db"
n_after=$(sql 'select count(*) from messages')
[ $(( (n_after - n_before) % 5 )) -eq 0 ] || fail "partial batch stored ($n_before -> $n_after)"
[ "$(sql 'select count(*) from messages m where not exists (select 1 from events e where e.msg_id = m.id)')" = 0 ] || fail "message without its events"
[ "$(sql 'pragma integrity_check')" = ok ] || fail "integrity check after a full disk"

echo "full disk: $n_before -> $n_after messages: $(head -c 200 "$T/err")"
[ $fails -eq 0 ] && echo "all bouncectl checks passed"
exit $((fails > 0))
