#!/usr/bin/env bash
# bench/lmtp/run.sh [CONNECTIONS] [MESSAGES] - build lmtp_load, start a Release bounced on a fresh
# database (synchronous=FULL, the default), send corpus messages over 32 connections, and print
# throughput, DATA-to-250 latency and the daemon's peak RSS (VmHWM).  BOUNCED=path runs another
# daemon binary (an older build, for a before/after figure).
set -eu
cd "$(dirname "$0")/../.."
conns=${1:-32}
msgs=${2:-50000}
corpus=${BD_CORPUS:-../shared/corpus/eml}
[ -d "$corpus" ] || corpus=fixtures
bounced=${BOUNCED:-build/daemon/bounced}
[ -n "${BOUNCED:-}" ] || [ -x "$bounced" ] || scripts/build build -DCMAKE_BUILD_TYPE=Release
out=build/bench
mkdir -p "$out"
cc -O2 -o "$out/lmtp_load" bench/lmtp/lmtp_load.c $(pkg-config --cflags --libs libevent glib-2.0)
T=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$T"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$bounced" --db "$T/bench.db" --lmtp "127.0.0.1:$port" --http off ${BOUNCED_ARGS:-} \
  2>"$T/log" &
touch "$T/log"
pid=$!
until grep -q ' ready: ' "$T/log"; do sleep 0.05; done
files=$(find "$corpus" -name '*.eml' | sort)
echo "corpus: $(echo "$files" | wc -l) files from $corpus, $(cat $files | wc -c) bytes"
# CPU of each thread of bounced (utime+stime, clock ticks) from /proc, and of the whole process
# (which keeps the time of threads that exited): the figure to compare between builds when other
# jobs share the machine
thread_cpu() {
  for t in /proc/$pid/task/*; do
    echo "$(tr ' ' _ <"$t/comm") $(awk '{print $14, $15}' "$t/stat")"
  done | awk '{n=$1; sub(/-?[0-9]+$/, "", n); u[n] += $2; s[n] += $3}
              END {for (n in u) print n, u[n], s[n]}'
  echo "total $(awk '{print $14, $15}' /proc/$pid/stat)"
  awk '/^wchar/ {print "written", $2, 0}' /proc/$pid/io
}
before=$(thread_cpu)
"$out/lmtp_load" -c "$conns" -n "$msgs" -a "127.0.0.1:$port" $files
after=$(thread_cpu)
echo "bounced peak RSS: $(awk '/VmHWM/ {print $2, $3}' /proc/$pid/status)"
awk -v hz="$(getconf CLK_TCK)" -v n="$msgs" '
  FNR == NR {u[$1] = $2; s[$1] = $3; next}
  $1 == "written" {printf "bounced wrote %.1f KB/message (WAL, checkpoints, log)\n", ($2 - u[$1]) / 1024 / n; next}
  {k = 1e6 / hz / n; printf "bounced CPU %-13s %5.0f us/message (user %3.0f, system %3.0f)\n", $1,
   ($2 + $3 - u[$1] - s[$1]) * k, ($2 - u[$1]) * k, ($3 - s[$1]) * k}
  ' <(echo "$before") <(echo "$after")
echo "messages stored: $(sqlite3 "$T/bench.db" 'select count(*) from messages')"
kill -TERM "$pid"; wait "$pid" || true
grep -c 'info: message id=' "$T/log" | sed 's/^/log lines: /'
