#!/usr/bin/env bash
# test_parse_cli - bouncectl parse: stdin, directories, unreadable input, exit codes,
# the readable and --explain forms, and hostile files (each still gets its JSON line).
set -eu
: "${BOUNCECTL:?}" "${BD_SOURCE_DIR:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fx="$BD_SOURCE_DIR/fixtures"
fail() { echo "FAIL: $*" >&2; exit 1; }

# wrong arguments: exit 2
set +e
"$BOUNCECTL" parse > /dev/null 2>&1; [ $? -eq 2 ] || fail "no input should exit 2"
"$BOUNCECTL" parse --bogus x > /dev/null 2>&1; [ $? -eq 2 ] || fail "unknown option should exit 2"
set -e

# stdin
out=$("$BOUNCECTL" parse --json - < "$fx/dsn/postfix-user-unknown.eml")
echo "$out" | grep -q '"file":"-","kind":"dsn"' || fail "stdin: $out"
echo "$out" | grep -q '"recipient":"ann@example.org"' || fail "stdin recipient"

# a missing file and an unreadable one still get a line, exit 0
out=$("$BOUNCECTL" parse --json "$tmp/missing.eml" "$fx/dsn/delivered-success.eml")
[ "$(echo "$out" | wc -l)" -eq 2 ] || fail "two inputs, two lines"
echo "$out" | head -1 | grep -q '"records":\[\]' || fail "missing file records"
echo "$out" | head -1 | grep -q '"error":"open: ' || fail "missing file error"

# a directory: every regular file, sorted, recursively, dot files skipped
mkdir -p "$tmp/dir/b" "$tmp/dir/a"
cp "$fx/dsn/delayed-will-retry.eml" "$tmp/dir/b/2.eml"
cp "$fx/arf/abuse-original-rcpt-to.eml" "$tmp/dir/a/1.eml"
cp "$fx/none/human-reply.eml" "$tmp/dir/0.eml"
echo junk > "$tmp/dir/.hidden"
out=$("$BOUNCECTL" parse --json "$tmp/dir")
files=$(echo "$out" | sed 's/^{"file":"\([^"]*\)".*/\1/' | tr '\n' ' ')
[ "$files" = "$tmp/dir/0.eml $tmp/dir/a/1.eml $tmp/dir/b/2.eml " ] || fail "directory order: $files"

# an mbox: one JSON line for the file, describing its first message and holding the records
# of every message in it (separators after a blank line, or with the syntax of a postmark when
# the blank line is missing), ">From " unescaped; LF, CRLF and CR alike.  Without --json each
# message gets its own summary.
{ echo "From MAILER-DAEMON Mon Jan  5 10:00:00 2026"; cat "$fx/dsn/postfix-user-unknown.eml"; echo;
  echo "From MAILER-DAEMON Mon Jan  5 10:00:01 2026"
  sed 's/^Reporting-MTA/>From here on: a quoted line\nReporting-MTA/' "$fx/dsn/delayed-will-retry.eml"
  echo "From MAILER-DAEMON@relay.test  Mon Jan  5 10:00:02 2026"
  cat "$fx/arf/abuse-original-rcpt-to.eml"; } >"$tmp/box.mbox"
python3 - "$tmp/box.mbox" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
open(sys.argv[1] + ".crlf", "wb").write(data.replace(b"\n", b"\r\n"))
open(sys.argv[1] + ".cr", "wb").write(data.replace(b"\n", b"\r"))
PY
want=$("$BOUNCECTL" parse --json "$fx/dsn/postfix-user-unknown.eml" "$fx/dsn/delayed-will-retry.eml" \
  "$fx/arf/abuse-original-rcpt-to.eml")
for form in "" .crlf .cr; do
  out=$("$BOUNCECTL" parse --json "$tmp/box.mbox$form")
  [ "$(echo "$out" | wc -l)" -eq 1 ] || fail "mbox$form: $(echo "$out" | wc -l) lines, want 1"
  python3 -c '
import json, sys
box = json.loads(sys.argv[1])
parts = [json.loads(l) for l in sys.argv[2].splitlines()]
assert box["file"] == sys.argv[3], box["file"]
assert box["kind"] == "dsn" and box["message_id"] == parts[0]["message_id"], box["kind"]
assert "error" not in box, box.get("error")
got = [(r["recipient"], r["action"], r["reason"]) for r in box["records"]]
want = [(r["recipient"], r["action"], r["reason"]) for p in parts for r in p["records"]]
assert got == want and len(got) == 3, (got, want)
' "$out" "$want" "$tmp/box.mbox$form" || fail "mbox$form records"
  [ "$("$BOUNCECTL" parse "$tmp/box.mbox$form" | grep -c "^$tmp/box.mbox$form: ")" -eq 3 ] ||
    fail "mbox$form: text summaries"
done
# an mbox with a separator and nothing else still gets its line, with an error
printf 'From MAILER-DAEMON Mon Jan  5 10:00:00 2026\n' >"$tmp/empty.mbox"
"$BOUNCECTL" parse --json "$tmp/empty.mbox" | python3 -c '
import json, sys
lines = [json.loads(l) for l in sys.stdin]
assert len(lines) == 1 and lines[0]["records"] == [] and lines[0]["error"], lines
' || fail "empty mbox"
# a body line "From …" that is no postmark, without a blank line before it, stays in its message
{ echo "From MAILER-DAEMON Mon Jan  5 10:00:00 2026"
  sed 's/^Action/From the desk of the postmaster, 10:00 in 2026\nAction/' "$fx/dsn/postfix-user-unknown.eml"; } >"$tmp/one.mbox"
[ "$("$BOUNCECTL" parse --json "$tmp/one.mbox" | wc -l)" -eq 1 ] || fail "a From line that is no postmark split the mbox"

# readable summary and --explain
out=$("$BOUNCECTL" parse --explain "$fx/dsn/postfix-user-unknown.eml")
echo "$out" | grep -q 'ann@example.org: failed 5.1.1 550' || fail "summary: $out"
echo "$out" | grep -q 'explain recipient: dsn.final-recipient: rfc822; ann@example.org' || fail "explain: $out"

# hostile files: empty, random bytes, 5,000 nested multiparts, a 3 MB header line,
# more than the size limit; one JSON line each, exit 0
: > "$tmp/empty.eml"
head -c 65536 /dev/urandom > "$tmp/random.eml"
python3 - "$tmp" <<'PY'
import sys
d = sys.argv[1]
n = 5000
s = ["From: a@example.org\nContent-Type: multipart/mixed; boundary=\"b0\"\n\n"]
s += ["--b%d\nContent-Type: multipart/mixed; boundary=\"b%d\"\n\n" % (i - 1, i) for i in range(1, n)]
s += ["--b%d\nContent-Type: text/plain\n\nhi\n" % (n - 1)] + ["--b%d--\n" % i for i in range(n - 1, -1, -1)]
open(d + "/nested.eml", "w").write("".join(s))
open(d + "/longheader.eml", "w").write("From: a@example.org\nSubject: " + "x" * (3 << 20) + "\n\nbody\n")
with open(d + "/huge.eml", "w") as f:
    f.write("From: MAILER-DAEMON@mx.example.net\nContent-Type: text/plain\n\n")
    line = "y" * 1023 + "\n"
    for _ in range(65 * 1024):
        f.write(line)
PY
out=$("$BOUNCECTL" parse --json "$tmp/empty.eml" "$tmp/random.eml" "$tmp/nested.eml" "$tmp/longheader.eml" "$tmp/huge.eml")
[ "$(echo "$out" | wc -l)" -eq 5 ] || fail "five hostile inputs, five lines"
echo "$out" | python3 -c '
import json, sys
lines = [json.loads(l) for l in sys.stdin]
assert lines[0]["error"] == "empty message", lines[0]
assert lines[2]["error"].startswith("more MIME parts than"), lines[2].get("error")
assert lines[3]["error"].startswith("a header longer than"), lines[3].get("error")
assert lines[4]["error"].startswith("message larger than"), lines[4].get("error")
for l in lines:
    assert isinstance(l["records"], list)
' || fail "hostile input lines"
# an mbox larger than the size limit: what was read is parsed, and stderr says the rest was not
{ echo "From MAILER-DAEMON Mon Jan  5 10:00:00 2026"; cat "$fx/dsn/postfix-user-unknown.eml"; echo;
  echo "From MAILER-DAEMON Mon Jan  5 10:00:01 2026"; cat "$tmp/huge.eml"; } >"$tmp/huge.mbox"
out=$("$BOUNCECTL" parse --json "$tmp/huge.mbox" 2>"$tmp/err")
[ "$(echo "$out" | wc -l)" -eq 1 ] || fail "huge mbox: $(echo "$out" | wc -l) lines, want 1"
echo "$out" | grep -q '"recipient":"ann@example.org"' || fail "huge mbox first message"
grep -q "only the first .* bytes of this mbox were read" "$tmp/err" || fail "huge mbox: no warning"
# a message of an mbox that cannot be parsed: the file's line names it in "error" and keeps the
# records of the others
{ echo "From MAILER-DAEMON Mon Jan  5 10:00:00 2026"; cat "$fx/dsn/postfix-user-unknown.eml"; echo;
  echo "From MAILER-DAEMON Mon Jan  5 10:00:01 2026"; cat "$tmp/longheader.eml"; } >"$tmp/bad.mbox"
"$BOUNCECTL" parse --json "$tmp/bad.mbox" | python3 -c '
import json, sys
lines = [json.loads(l) for l in sys.stdin]
assert len(lines) == 1, len(lines)
assert lines[0]["error"].startswith("message 2: a header longer than"), lines[0].get("error")
assert [r["recipient"] for r in lines[0]["records"]] == ["ann@example.org"], lines[0]["records"]
' || fail "mbox with a bad message"
echo "parse cli: ok"
