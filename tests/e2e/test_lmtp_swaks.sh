#!/usr/bin/env bash
# test_lmtp_swaks - bounced with swaks --protocol LMTP as the client, over TCP and a unix socket,
# with and without --pipeline: every fixture bounce ends up in the database with the kind and
# the (recipient, reason, class) records that `bouncectl parse --json` predicts.
set -u
: "${BOUNCED:?}" "${BOUNCECTL:?}" "${BD_SOURCE_DIR:?}"
command -v swaks >/dev/null || { echo "SKIP: swaks is not installed (scripts/deps test)"; exit 77; }
command -v sqlite3 >/dev/null || { echo "SKIP: sqlite3 is not installed"; exit 77; }

T=$(mktemp -d)
PID=
cleanup() { [ -n "$PID" ] && kill -9 "$PID" 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; [ -f "$T/log" ] && tail -n 20 "$T/log" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start a daemon on a free port (retried if the port was taken meanwhile)
for attempt in 1 2 3 4 5; do
  PORT=$(free_port)
  "$BOUNCED" --db "$T/b.db" --lmtp "127.0.0.1:$PORT" --lmtp "unix:$T/lmtp.sock" --http off \
    >>"$T/log" 2>&1 &
  PID=$!
  for _ in $(seq 200); do
    grep -q ' ready: ' "$T/log" && break
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.05
  done
  grep -q ' ready: ' "$T/log" && break
  wait "$PID"; PID=
  grep -q 'Address already in use' "$T/log" || fail "bounced did not start"
done
[ -n "$PID" ] || fail "no free port"

n=0
for f in "$BD_SOURCE_DIR"/fixtures/dsn/*.eml "$BD_SOURCE_DIR"/fixtures/arf/*.eml \
         "$BD_SOURCE_DIR"/fixtures/store/*.eml "$BD_SOURCE_DIR"/fixtures/autoreply/*.eml; do
  n=$((n + 1))
  case $((n % 3)) in
    0) how=(--server 127.0.0.1 --port "$PORT") ;;
    1) how=(--socket "$T/lmtp.sock") ;;
    2) how=(--server 127.0.0.1 --port "$PORT" --pipeline) ;;
  esac
  # a header of our own makes every message distinct, so none is a duplicate of another
  swaks --protocol LMTP "${how[@]}" --helo swaks.test --from '<>' \
    --to "bounce+n$n=example.org@example.com" --add-header "X-Swaks-Case: $n" \
    --data "@$f" >"$T/swaks.out" 2>&1 || fail "swaks on $f: $(tail -n 5 "$T/swaks.out")"
  id=$(sed -n 's/.*250 2\.0\.0 <[^>]*> Ok: stored as message \([0-9]*\).*/\1/p' "$T/swaks.out")
  [ -n "$id" ] || fail "no 250 for $f: $(grep '^<' "$T/swaks.out" | tail -n 3)"
  # a record without recipient takes the one VERP-encoded in the envelope (here n$n@example.org)
  want=$("$BOUNCECTL" parse --json "$f" | VERP="n$n@example.org" python3 -c '
import json, os, sys
r = json.loads(sys.stdin.readline())
print(r["kind"])
for rec in r["records"]:
    print("%s|%s|%s" % (rec["recipient"] or os.environ["VERP"], rec["reason"], rec["class"]))')
  got=$(sqlite3 "$T/b.db" "select kind from messages where id = $id;
         select coalesce(recipient, ''), reason, class from events where msg_id = $id order by id;")
  [ "$got" = "$want" ] || fail "$(basename "$f"): database has [$got], bouncectl parse says [$want]"
  rcpt=$(sqlite3 "$T/b.db" "select rcpt_to from messages where id = $id")
  [ "$rcpt" = "bounce+n$n=example.org@example.com" ] || fail "rcpt_to $rcpt"
done

kill -TERM "$PID"
wait "$PID"; rc=$?
PID=
[ $rc -eq 0 ] || fail "exit status $rc after SIGTERM"
[ "$(sqlite3 "$T/b.db" 'pragma integrity_check')" = ok ] || fail "integrity_check"
echo "ok: $n fixtures sent with swaks (TCP, unix socket, --pipeline) stored as bouncectl predicts"
