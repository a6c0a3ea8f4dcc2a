"""test_valgrind_daemon - bounced under valgrind: every fixture over LMTP, every HTTP route
(good and bad input), SIGHUP, then SIGTERM. No invalid access, no definite or indirect leak
(valgrind's exit code), every message stored. Skipped in the sanitizer build (ASan and valgrind
do not mix) and where valgrind is missing."""
import glob
import os
import shutil
import signal
import smtplib
import sys
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from daemon_harness import SANITIZE, SOURCE, Daemon, check

VALGRIND_ERROR = 3

if SANITIZE:
    print("skip: sanitizer build")
    sys.exit(77)
if shutil.which("valgrind") is None:
    print("skip: valgrind not installed")
    sys.exit(77)

# the daemon may be linked with mimalloc: --soname-synonyms makes valgrind replace its malloc;
# G_SLICE=always-malloc keeps valgrind's view of GLib's allocations exact
VALGRIND = ["valgrind", "--soname-synonyms=somalloc=*mimalloc*",
            "--suppressions=" + os.path.join(SOURCE, "tests", "valgrind.supp"),
            "--error-exitcode=%d" % VALGRIND_ERROR, "--leak-check=full",
            "--errors-for-leak-kinds=definite,indirect",
            "--show-leak-kinds=definite,indirect", "--quiet"]
FIXTURES = sorted(glob.glob(os.path.join(SOURCE, "fixtures", "*", "**", "*.eml"),
                            recursive=True))


class ValgrindDaemon(Daemon):
    """the harness's daemon, started under valgrind"""

    def argv(self):
        return VALGRIND + super().argv()


def http(base, method, path, body=None):
    """one request; the status code whatever it is"""
    req = urllib.request.Request(base + path, data=body, method=method)
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            r.read()
            return r.status
    except urllib.error.HTTPError as e:
        e.read()
        return e.code


def main():
    os.environ["G_SLICE"] = "always-malloc"
    d = ValgrindDaemon(unix=False).start(timeout=180)
    c = smtplib.LMTP("127.0.0.1", d.port, timeout=180)
    c.ehlo_or_helo_if_needed()
    for f in FIXTURES:
        with open(f, "rb") as fh:
            c.sendmail("", ["bounce@example.com"], fh.read())
    c.quit()

    base = "http://127.0.0.1:%d" % d.http_port
    answers = [
        http(base, "GET", "/v1/suppressions/ann@example.org"),
        http(base, "GET", "/v1/suppressions?limit=3"),
        http(base, "GET", "/v1/events?address=ann@example.org&limit=2"),
        http(base, "GET", "/metrics"),
        http(base, "GET", "/healthz"),
        http(base, "POST", "/v1/check", b'{"addresses": ["ann@example.org", "not one"]}'),
        http(base, "PUT", "/v1/suppressions/zed@example.org", b'{"note": "valgrind"}'),
        http(base, "DELETE", "/v1/suppressions/zed@example.org?note=valgrind"),
    ]
    check(answers == [200] * len(answers), "HTTP answers %r" % answers)
    refused = [
        http(base, "POST", "/v1/check", b"{bad"),
        http(base, "POST", "/v1/check", b'{"addresses": 5}'),
        http(base, "GET", "/v1/suppressions?limit=x"),
        http(base, "GET", "/nope"),
        http(base, "PATCH", "/v1/check"),
    ]
    check(all(400 <= code < 500 for code in refused), "bad input answers %r" % refused)

    d.proc.send_signal(signal.SIGHUP)
    d.wait_log(r"info: reload: ", timeout=60)
    time.sleep(0.5)
    rc = d.stop(timeout=300)
    log = d.log_text()
    check(rc == 0, "bounced under valgrind exited %s (%d: valgrind found errors):\n%s" %
          (rc, VALGRIND_ERROR, log[-6000:]))
    stored = d.sql("SELECT count(*) FROM messages")[0][0]
    check(stored == len(FIXTURES), "%d messages stored of %d" % (stored, len(FIXTURES)))
    print("valgrind clean: %d messages over LMTP, %d HTTP requests, SIGHUP, SIGTERM" %
          (stored, len(answers) + len(refused)))


main()
