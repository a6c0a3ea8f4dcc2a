#!/usr/bin/env bash
# bench/lmtp/run.sh [CONNECTIONS] [MESSAGES] - build lmtp_load, start a Release bounced on a fresh
# database (synchronous=FULL, the default), send corpus messages over 32 connections, and print
# throughput, DATA-to-250 latency and the daemon's peak RSS (VmHWM).
set -eu
cd "$(dirname "$0")/../.."
conns=${1:-32}
msgs=${2:-50000}
corpus=${BD_CORPUS:-../shared/corpus/eml}
[ -d "$corpus" ] || corpus=fixtures
[ -x build/daemon/bounced ] || scripts/build build -DCMAKE_BUILD_TYPE=Release
out=build/bench
mkdir -p "$out"
cc -O2 -o "$out/lmtp_load" bench/lmtp/lmtp_load.c $(pkg-config --cflags --libs libevent glib-2.0)
T=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null; rm -rf "$T"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
build/daemon/bounced --db "$T/bench.db" --lmtp "127.0.0.1:$port" --http off ${BOUNCED_ARGS:-} \
  2>"$T/log" &
touch "$T/log"
pid=$!
until grep -q ' ready: ' "$T/log"; do sleep 0.05; done
files=$(find "$corpus" -name '*.eml' | sort)
echo "corpus: $(echo "$files" | wc -l) files from $corpus, $(cat $files | wc -c) bytes"
"$out/lmtp_load" -c "$conns" -n "$msgs" -a "127.0.0.1:$port" $files
echo "bounced peak RSS: $(awk '/VmHWM/ {print $2, $3}' /proc/$pid/status)"
echo "messages stored: $(sqlite3 "$T/bench.db" 'select count(*) from messages')"
kill -TERM "$pid"; wait "$pid" || true
grep -c 'info: message id=' "$T/log" | sed 's/^/log lines: /'
