"""bench_http.py PORT PID N_SUPP - latency of the HTTP API against a running bounced whose
database holds the suppressions of bench/store (user{i}@domain{i%1000}.example), measured
from a keep-alive http.client connection (client time included), with the daemon's CPU time
from /proc/PID/stat.  Not a test: run by bench/http/run."""
import http.client
import json
import os
import random
import sys
import time

port, pid, n_supp = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
TICK = os.sysconf("SC_CLK_TCK")


def cpu():
    """user + system seconds of the daemon so far"""
    f = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / TICK


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(len(xs) * p))]


def addr(rnd):
    """half suppressed (in mixed case), half unknown"""
    i = rnd.randrange(n_supp)
    if rnd.random() < 0.5:
        return "User%d@Domain%d.example" % (i, i % 1000)
    return "nobody%d@domain%d.example" % (i, i % 1000)


conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)


def call(method, path, body=None):
    t0 = time.perf_counter()
    conn.request(method, path, body=body, headers={"Content-Type": "application/json"})
    r = conn.getresponse()
    data = r.read()
    dt = time.perf_counter() - t0
    if r.status != 200:
        sys.exit("%s %s: %d %r" % (method, path, r.status, data[:200]))
    return dt, data


rnd = random.Random(42)
# one address at a time
n = int(os.environ.get("N_GET", "20000"))
for _ in range(200):
    call("GET", "/v1/suppressions/" + addr(rnd))
c0, lat, supp = cpu(), [], 0
t0 = time.perf_counter()
for _ in range(n):
    dt, data = call("GET", "/v1/suppressions/" + addr(rnd))
    lat.append(dt)
    supp += b'"suppressed":true' in data
wall = time.perf_counter() - t0
c1 = cpu()
print("GET /v1/suppressions/{address}: %d requests (%d suppressed), %.0f requests/s; latency "
      "p50 %.0f us, p99 %.0f us, p99.9 %.0f us, max %.0f us; daemon CPU %.0f us/request"
      % (n, supp, n / wall, pct(lat, .5) * 1e6, pct(lat, .99) * 1e6, pct(lat, .999) * 1e6,
         max(lat) * 1e6, (c1 - c0) / n * 1e6))

# 10,000 addresses per check
runs = int(os.environ.get("N_CHECK", "20"))
lat, c0 = [], cpu()
for _ in range(runs):
    body = json.dumps({"addresses": [addr(rnd) for _ in range(10000)]})
    dt, data = call("POST", "/v1/check", body)
    lat.append(dt)
    got = json.loads(data)
c1 = cpu()
print("POST /v1/check, 10,000 addresses (%d suppressed in the last), %d runs: p50 %.1f ms, "
      "max %.1f ms; body %d KB; daemon CPU %.1f ms/request"
      % (len(got["suppressed"]), runs, pct(lat, .5) * 1e3, max(lat) * 1e3, len(body) // 1024,
         (c1 - c0) / runs * 1e3))

# the whole list through the sync listing
c0, t0, rows, pages, cursor = cpu(), time.perf_counter(), 0, 0, None
while True:
    dt, data = call("GET", "/v1/suppressions?limit=10000" + ("&cursor=" + cursor if cursor else ""))
    page = json.loads(data)
    rows += len(page["items"])
    pages += 1
    cursor = page["next_cursor"]
    if cursor is None:
        break
wall = time.perf_counter() - t0
print("GET /v1/suppressions, every row in pages of 10,000: %d rows, %d pages in %.1f s "
      "(%.0f rows/s, client JSON decoding included); daemon CPU %.1f s"
      % (rows, pages, wall, rows / wall, cpu() - c0))

# /metrics: the first scrape counts the tables, the next ones within 10 s are cached
for label in ("first (database gauges read)", "second (cached)"):
    c0 = cpu()
    dt, _ = call("GET", "/metrics")
    print("GET /metrics %s: %.1f ms, daemon CPU %.0f ms" % (label, dt * 1e3, (cpu() - c0) * 1e3))
