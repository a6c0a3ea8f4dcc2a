#!/usr/bin/env bash
# test_postfix - a real Postfix (the Debian package), started by this test as a private instance
# on loopback with its own configuration, routes bounce@example.test to bounced over LMTP/TCP and
# the VERP form bounce+…@example.test over LMTP on a unix socket. Bounces injected with Postfix's
# sendmail end up classified in the database, and the hard-bounced recipient is suppressed.
# Skips (77) only where Postfix is not installed or cannot run (not root).
set -u
: "${BOUNCED:?}" "${BOUNCECTL:?}" "${BD_SOURCE_DIR:?}"
skip() { echo "SKIP: $*"; exit 77; }
command -v postfix >/dev/null || PATH=$PATH:/usr/sbin
command -v postfix >/dev/null || skip "Postfix is not installed (scripts/deps test installs it)"
command -v sqlite3 >/dev/null || skip "sqlite3 is not installed"
[ "$(id -u)" -eq 0 ] || skip "the Postfix master must be started as root"
id postfix >/dev/null 2>&1 && getent group postdrop >/dev/null ||
  skip "the postfix user or postdrop group is missing (reinstall the postfix package)"

T=$(mktemp -d /tmp/pfXXXXXX)
chmod 755 "$T"
PF="$T/postfix"
PID=
cleanup() {
  postfix -c "$PF/etc" stop >/dev/null 2>&1
  [ -n "$PID" ] && kill -9 "$PID" 2>/dev/null
  rm -rf "$T"
}
trap cleanup EXIT
fail() {
  echo "FAIL: $*" >&2
  echo "--- bounced log" >&2; tail -n 20 "$T/bounced.log" >&2
  echo "--- postfix log" >&2; tail -n 30 "$PF/maillog" >&2 2>/dev/null
  exit 1
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# 1. bounced on a free port and a unix socket Postfix can reach (it runs as user postfix)
for attempt in 1 2 3 4 5; do
  PORT=$(free_port)
  "$BOUNCED" --db "$T/bounced.db" --lmtp "127.0.0.1:$PORT" --lmtp "unix:$T/lmtp.sock" \
    --http off >>"$T/bounced.log" 2>&1 &
  PID=$!
  for _ in $(seq 200); do
    grep -q ' ready: ' "$T/bounced.log" && break
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.05
  done
  grep -q ' ready: ' "$T/bounced.log" && break
  wait "$PID"; PID=
  grep -q 'Address already in use' "$T/bounced.log" || fail "bounced did not start"
done
[ -n "$PID" ] || fail "no free port for bounced"

# 2. a private Postfix: own config, queue and data directories; no smtpd, no DNS, no local
#    delivery; only the transport map below delivers anything
mkdir -p "$PF/etc" "$PF/queue" "$PF/data"
chown postfix "$PF/data"
cat >"$PF/etc/main.cf" <<MAIN
compatibility_level = 3.6
queue_directory = $PF/queue
data_directory = $PF/data
mail_owner = postfix
setgid_group = postdrop
myhostname = mta.example.test
mydomain = example.test
myorigin = example.test
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
recipient_delimiter = +
transport_maps = regexp:$PF/etc/transport
default_transport = error:this test delivers only to bounced
local_transport = error:no local delivery in this test
alias_maps =
alias_database =
smtp_dns_support_level = disabled
lmtp_host_lookup = native
maillog_file = $PF/maillog
maillog_file_prefixes = /var, /dev/stdout, $T
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 2s
biff = no
MAIN
cat >"$PF/etc/transport" <<TRANSPORT
/^bounce@example\.test\$/         lmtp:inet:127.0.0.1:$PORT
/^bounce\+.*@example\.test\$/     lmtp:unix:$T/lmtp.sock
TRANSPORT
cat >"$PF/etc/master.cf" <<'MASTER'
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
MASTER
postfix -c "$PF/etc" check >"$T/check.out" 2>&1 || fail "postfix check: $(cat "$T/check.out")"
postfix -c "$PF/etc" start >"$T/start.out" 2>&1 || fail "postfix start: $(cat "$T/start.out")"

# 3. inject two bounces with Postfix's sendmail: one plain, one to a VERP address
hard="$BD_SOURCE_DIR/fixtures/store/hard-user-unknown.eml"
soft="$BD_SOURCE_DIR/fixtures/dsn/postfix-user-unknown.eml"
sendmail -C "$PF/etc" -f '' -- bounce@example.test <"$hard" || fail "sendmail (plain)"
sendmail -C "$PF/etc" -f '' -- bounce+carol=example.org@example.test <"$soft" ||
  fail "sendmail (VERP)"

n=0
for _ in $(seq 600); do
  n=$(sqlite3 "$T/bounced.db" 'select count(*) from messages' 2>/dev/null || echo 0)
  [ "$n" -ge 2 ] && break
  sleep 0.1
done
[ "$n" -ge 2 ] || fail "bounced received $n of 2 messages within 60 s"

# 4. what bouncectl predicts is what the database holds, and the recipient is suppressed
for pair in "bounce@example.test|$hard" "bounce+carol=example.org@example.test|$soft"; do
  rcpt=${pair%%|*} f=${pair#*|}
  want=$("$BOUNCECTL" parse --json "$f" | python3 -c '
import json, sys
r = json.loads(sys.stdin.readline())
print(r["kind"])
for rec in r["records"]:
    print("%s|%s|%s" % (rec["recipient"] or "", rec["reason"], rec["class"]))')
  got=$(sqlite3 "$T/bounced.db" "select kind from messages where rcpt_to = '$rcpt';
         select coalesce(e.recipient, ''), e.reason, e.class from events e
         join messages m on m.id = e.msg_id where m.rcpt_to = '$rcpt' order by e.id;")
  [ "$got" = "$want" ] || fail "via Postfix to $rcpt: database [$got], bouncectl parse [$want]"
  client=$(sqlite3 "$T/bounced.db" "select client, mail_from from messages where rcpt_to = '$rcpt'")
  case $rcpt in
    bounce@*) case $client in 127.0.0.1:*) ;; *) fail "client over TCP: $client" ;; esac ;;
    *) case $client in unix*) ;; *) fail "client over the unix socket: $client" ;; esac ;;
  esac
  for addr in $(echo "$want" | awk -F'|' 'NR > 1 && $3 == "hard" { print $1 }'); do
    s=$(sqlite3 "$T/bounced.db" "select suppressed from suppressions where address = lower('$addr')")
    [ "$s" = 1 ] || fail "$addr (hard bounce via Postfix) is not suppressed"
    echo "suppressed: $addr"
  done
done
grep -q 'status=sent (250 2.0.0' "$PF/maillog" || fail "Postfix did not log a 250 delivery"

postfix -c "$PF/etc" stop >/dev/null 2>&1
kill -TERM "$PID"; wait "$PID"; rc=$?; PID=
[ $rc -eq 0 ] || fail "bounced exit status $rc"
echo "ok: Postfix delivered 2 bounces to bounced (LMTP over TCP and a unix socket)"
