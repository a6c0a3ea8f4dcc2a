"""daemon_harness - start a private bounced for an end-to-end test: free ports, a temporary
database, the log captured, a read-only look at SQLite. Not a test itself (no test_ prefix)."""
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time

BOUNCED = os.environ.get("BOUNCED", "build/daemon/bounced")
BOUNCECTL = os.environ.get("BOUNCECTL", "build/cli/bouncectl")
SOURCE = os.environ.get("BD_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
SANITIZE = os.environ.get("BD_SANITIZE", "OFF") == "ON"


def fail(msg):
    print("FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)


def free_port(family=socket.AF_INET, host="127.0.0.1"):
    """a port the kernel just gave us; the daemon start retries if someone took it meanwhile"""
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def ipv6_loopback():
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s:
            s.bind(("::1", 0))
        return True
    except OSError:
        return False


class Daemon:
    """one bounced process with its own directory, database and ports"""

    def __init__(self, tmp=None, args=(), config=None, preexec_fn=None, unix=True, http=True,
                 ipv6=False):
        self.tmp = tmp or tempfile.mkdtemp(prefix="bounced-e2e-")
        self.db = os.path.join(self.tmp, "bounced.db")
        self.log_path = os.path.join(self.tmp, "bounced.log")
        self.sock = os.path.join(self.tmp, "lmtp.sock") if unix else None
        self.extra = list(args)
        self.config = config
        self.preexec_fn = preexec_fn
        self.want_http = http
        self.want_ipv6 = ipv6 and ipv6_loopback()
        self.proc = None

    def argv(self):
        a = [BOUNCED, "--db", self.db, "--lmtp", "127.0.0.1:%d" % self.port]
        if self.want_ipv6:
            a += ["--lmtp", "[::1]:%d" % self.port6]
        if self.sock:
            a += ["--lmtp", "unix:" + self.sock]
        a += ["--http", "127.0.0.1:%d" % self.http_port if self.want_http else "off"]
        if self.config:
            a += ["--config", self.config]
        return a + self.extra

    def start(self, timeout=60):
        for attempt in range(5):
            self.port = free_port()
            self.port6 = free_port(socket.AF_INET6, "::1") if self.want_ipv6 else None
            self.http_port = free_port()
            self.log = open(self.log_path, "a")
            self.log_start = self.log.tell()
            self.proc = subprocess.Popen(self.argv(), stdout=self.log, stderr=self.log,
                                         preexec_fn=self.preexec_fn)
            deadline = time.time() + timeout
            while time.time() < deadline:
                text = self.log_text()
                if " ready: " in text:
                    return self
                if self.proc.poll() is not None:
                    break
                time.sleep(0.05)
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
                fail("bounced did not start within %d s:\n%s" % (timeout, self.log_text()))
            if "Address already in use" not in self.log_text():
                fail("bounced exited with %s:\n%s" % (self.proc.returncode, self.log_text()))
        fail("no free port after 5 attempts")

    def log_text(self):
        with open(self.log_path, errors="replace") as f:
            f.seek(self.log_start)
            return f.read()

    def stop(self, sig=signal.SIGTERM, timeout=120):
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            rc = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            fail("bounced did not stop within %d s after signal %d" % (timeout, sig))
        self.log.close()
        self.proc = None
        return rc

    def sql(self, query, args=()):
        con = sqlite3.connect("file:%s?mode=ro" % self.db, uri=True, timeout=30)
        try:
            return con.execute(query, args).fetchall()
        finally:
            con.close()

    def wait_log(self, pattern, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if re.search(pattern, self.log_text()):
                return
            time.sleep(0.05)
        fail("no log line matching %r:\n%s" % (pattern, self.log_text()))


class Dialogue:
    """a raw LMTP client: send lines, read replies (smtplib reads one reply after DATA only)"""

    def __init__(self, family, addr, timeout=60):
        self.s = socket.socket(family, socket.SOCK_STREAM)
        self.s.settimeout(timeout)
        self.s.connect(addr)
        self.f = self.s.makefile("rb")

    def send(self, data):
        self.s.sendall(data if isinstance(data, bytes) else data.encode())

    def reply(self):
        """one complete (possibly multi-line) reply: (code, [lines])"""
        lines = []
        while True:
            line = self.f.readline()
            if not line:
                return (None, lines)
            line = line.decode(errors="replace").rstrip("\r\n")
            lines.append(line)
            if len(line) < 4 or line[3] != "-":
                return (int(line[:3]), lines)

    def close(self):
        self.f.close()
        self.s.close()


def lmtp_data(body):
    """bytes as sent after DATA: CRLF line ends, dot-stuffed, terminated"""
    body = body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    body = re.sub(rb"(?m)^\.", b"..", body)
    return body + b".\r\n"
