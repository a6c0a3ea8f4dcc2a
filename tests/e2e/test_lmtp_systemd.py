"""test_lmtp_systemd - the systemd glue without systemd: sd_notify READY/RELOADING/STOPPING and
WATCHDOG to a NOTIFY_SOCKET of our own, and socket activation (LISTEN_FDS with the names "lmtp"
and "http") through systemd-socket-activate."""
import os
import shutil
import signal
import smtplib
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from daemon_harness import BOUNCED, check, fail, free_port


def test_notify(tmp):
    path = os.path.join(tmp, "notify.sock")
    ns = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    ns.bind(path)
    ns.settimeout(60)
    env = dict(os.environ, NOTIFY_SOCKET=path, WATCHDOG_USEC="200000")
    port = free_port()
    argv = [BOUNCED, "--db", os.path.join(tmp, "n.db"), "--lmtp", "127.0.0.1:%d" % port,
            "--http", "off"]
    p = subprocess.Popen(argv, env=env, stderr=open(os.path.join(tmp, "n.log"), "w"))
    got = []

    def wait_for(word):
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                msg = ns.recv(4096).decode()
            except socket.timeout:
                break
            got.append(msg)
            if word in msg:
                return
        p.kill()
        fail("no %s from bounced; got %r" % (word, got))

    wait_for("READY=1")
    wait_for("WATCHDOG=1")
    p.send_signal(signal.SIGHUP)
    wait_for("RELOADING=1")
    wait_for("READY=1")
    p.send_signal(signal.SIGTERM)
    wait_for("STOPPING=1")
    check(p.wait(60) == 0, "exit status")
    print("sd_notify: READY, WATCHDOG, RELOADING, STOPPING")


def test_socket_activation(tmp):
    tool = shutil.which("systemd-socket-activate")
    if tool is None:
        print("socket activation: systemd-socket-activate not installed, not tested")
        return
    port, hport = free_port(), free_port()
    log = os.path.join(tmp, "sa.log")
    # the daemon's own --lmtp address must be ignored in favour of the passed sockets
    p = subprocess.Popen([tool, "-l", "127.0.0.1:%d" % port, "-l", "127.0.0.1:%d" % hport,
                          "--fdname=lmtp:http", BOUNCED, "--db", os.path.join(tmp, "sa.db"),
                          "--lmtp", "127.0.0.1:1"],
                         stderr=open(log, "w"), stdout=subprocess.DEVNULL)
    time.sleep(0.2)
    try:
        with smtplib.LMTP("127.0.0.1", port, timeout=60) as lmtp:
            lmtp.sendmail("", ["bounce@example.com"],
                          b"Subject: socket activation\r\nMessage-ID: <sa@e2e>\r\n\r\nhello\r\n")
        with urllib.request.urlopen("http://127.0.0.1:%d/healthz" % hport, timeout=60) as r:
            check(r.status == 200, "healthz over the passed socket")
    finally:
        p.send_signal(signal.SIGTERM)
        rc = p.wait(60)
    text = open(log).read()
    check("socket fd 3 from systemd" in text and "http: listening on socket fd 4" in text,
          "log: %s" % text)
    check(rc == 0, "exit status %r: %s" % (rc, text))
    print("socket activation: LMTP and HTTP on sockets passed by systemd-socket-activate")


def main():
    tmp = tempfile.mkdtemp(prefix="bounced-sd-")
    test_notify(tmp)
    test_socket_activation(tmp)
    print("ok")


if __name__ == "__main__":
    main()
