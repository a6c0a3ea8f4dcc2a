"""test_lmtp - bounced end to end with Python's smtplib.LMTP and raw sockets: every fixture
bounce is stored as `bouncectl parse` predicts, with its envelope; TCP (IPv4, IPv6) and unix
sockets; several recipients; unparseable messages; a storage failure answers 451 4.3.0;
SIGHUP reloads; SIGTERM drains and exits 0; --check-config, --version, --help, /healthz."""
import glob
import json
import os
import re
import resource
import signal
import smtplib
import socket
import sqlite3
import subprocess
import sys
import tempfile
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from daemon_harness import (BOUNCED, BOUNCECTL, SOURCE, Daemon, Dialogue, check, fail,
                            lmtp_data)

FIXTURES = sorted(glob.glob(os.path.join(SOURCE, "fixtures", "*", "*.eml")))


def predicted():
    out = subprocess.run([BOUNCECTL, "parse", "--json"] + FIXTURES, capture_output=True,
                         check=False)
    lines = [json.loads(l) for l in out.stdout.decode().splitlines() if l.strip()]
    check(len(lines) == len(FIXTURES), "bouncectl parse: %d lines for %d files" %
          (len(lines), len(FIXTURES)))
    return lines


def stored_id(resp):
    m = re.search(rb"message (\d+)", resp)
    check(m is not None, "no message id in %r" % resp)
    return int(m.group(1))


def test_fixtures(d):
    """each fixture through smtplib.LMTP: the database holds what bouncectl parse predicts"""
    want = predicted()
    lmtp = smtplib.LMTP("127.0.0.1", d.port, timeout=120)
    code, resp = lmtp.ehlo_or_helo_if_needed() or lmtp.ehlo_resp and (250, lmtp.ehlo_resp)
    check(lmtp.has_extn("pipelining") and lmtp.has_extn("size") and
          lmtp.has_extn("enhancedstatuscodes") and lmtp.has_extn("8bitmime") and
          lmtp.has_extn("smtputf8"), "LHLO extensions: %r" % lmtp.esmtp_features)
    seen = {}
    for path, w in zip(FIXTURES, want):
        raw = open(path, "rb").read()
        code, resp = lmtp.mail("")
        check(code == 250, "MAIL FROM:<> %d %r" % (code, resp))
        code, resp = lmtp.rcpt("bounce@example.com")
        check(code == 250, "RCPT %d %r" % (code, resp))
        code, resp = lmtp.data(raw)
        check(code == 250 and resp.startswith(b"2.0.0"), "%s: DATA %d %r" % (path, code, resp))
        mid = stored_id(resp)
        seen[path] = mid
        rows = d.sql("select kind, message_id, mail_from, rcpt_to, client, parse_error, size "
                     "from messages where id = ?", (mid,))
        check(len(rows) == 1, "%s: message %d not in messages" % (path, mid))
        kind, message_id, mail_from, rcpt_to, client, parse_error, size = rows[0]
        name = os.path.relpath(path, SOURCE)
        check(kind == w["kind"], "%s: kind %s, bouncectl says %s" % (name, kind, w["kind"]))
        check(message_id == w["message_id"], "%s: message_id %r, bouncectl says %r" %
              (name, message_id, w["message_id"]))
        check(mail_from in ("", None), "%s: mail_from %r" % (name, mail_from))
        check(rcpt_to == "bounce@example.com", "%s: rcpt_to %r" % (name, rcpt_to))
        check(client.startswith("127.0.0.1:"), "%s: client %r" % (name, client))
        # smtplib cannot send an empty message: it sends one empty line
        check(not raw or (parse_error is not None) == (w.get("error") is not None),
              "%s: parse_error %r, bouncectl says %r" % (name, parse_error, w.get("error")))
        events = d.sql("select recipient, reason, class, status, action from events "
                       "where msg_id = ? order by id", (mid,))
        got = [tuple(e) for e in events]
        exp = [(r["recipient"], r["reason"], r["class"], r["status"], r["action"])
               for r in w["records"]]
        check(got == exp, "%s: events %r, bouncectl says %r" % (name, got, exp))
    lmtp.quit()
    # hard bounces and complaints are suppressed
    for path, w in zip(FIXTURES, want):
        for r in w["records"]:
            if r["class"] in ("hard", "complaint") and r["recipient"]:
                rows = d.sql("select suppressed from suppressions where address = lower(?)",
                             (r["recipient"],))
                check(rows and rows[0][0] == 1, "%s: %s not suppressed" %
                      (path, r["recipient"]))
    print("fixtures: %d messages stored as bouncectl parse predicts" % len(FIXTURES))


def test_envelope(d):
    """VERP recipient, sender and client over the unix socket and IPv6"""
    raw = open(os.path.join(SOURCE, "fixtures/store/hard-user-unknown.eml"), "rb").read()
    raw = raw.replace(b"Subject:", b"X-Variant: envelope\nSubject:", 1)
    with smtplib.LMTP(d.sock, timeout=60) as lmtp:
        lmtp.ehlo_or_helo_if_needed()
        lmtp.mail("MAILER-DAEMON@mx.example.net")
        lmtp.rcpt("bounce+alice=example.org@example.com")
        code, resp = lmtp.data(raw)
        check(code == 250, "unix: %d %r" % (code, resp))
        mid = stored_id(resp)
    rows = d.sql("select mail_from, rcpt_to, client, received_at from messages where id=?", (mid,))
    check(rows[0][0] == "MAILER-DAEMON@mx.example.net", "mail_from %r" % rows[0][0])
    check(rows[0][1] == "bounce+alice=example.org@example.com", "rcpt_to %r" % rows[0][1])
    check(rows[0][2] == "unix", "client %r" % rows[0][2])
    check(re.match(r"\d{4}-\d\d-\d\dT", rows[0][3] or ""), "received_at %r" % rows[0][3])
    d.wait_log(r"message id=%d .*verp=alice@example.org" % mid)
    if d.port6:
        raw6 = raw.replace(b"X-Variant: envelope", b"X-Variant: ipv6")
        with smtplib.LMTP("::1", d.port6, timeout=60) as lmtp:
            lmtp.sendmail("", ["bounce@example.com"], raw6)
        rows = d.sql("select client from messages order by id desc limit 1")
        check(rows[0][0].startswith("[::1]:"), "IPv6 client %r" % rows[0][0])
    print("envelope: sender, VERP recipient, unix and IPv6 clients stored")


def test_recipients(d):
    """pipelined MAIL, several RCPT (one refused), DATA: one reply per accepted recipient"""
    c = Dialogue(socket.AF_INET, ("127.0.0.1", d.port))
    check(c.reply()[0] == 220, "greeting")
    c.send("LHLO e2e.test\r\nMAIL FROM:<> SIZE=2000 BODY=8BITMIME\r\n"
           "RCPT TO:<bounce@example.com>\r\nRCPT TO:<postmaster@example.com>\r\n"
           "RCPT TO:<BOUNCE+bob=example.net@Example.com>\r\nDATA\r\n")
    codes = [c.reply()[0] for _ in range(6)]
    check(codes == [250, 250, 250, 550, 250, 354], "pipelined replies %r" % codes)
    raw = open(os.path.join(SOURCE, "fixtures/dsn/postfix-user-unknown.eml"), "rb").read()
    c.send(lmtp_data(raw.replace(b"Subject:", b"X-Variant: two rcpt\nSubject:", 1)) + b"QUIT\r\n")
    r1, r2, r3 = c.reply(), c.reply(), c.reply()
    check(r1[0] == 250 and "<bounce@example.com>" in r1[1][0], "first rcpt %r" % (r1,))
    check(r2[0] == 250 and "<BOUNCE+bob=example.net@Example.com>" in r2[1][0],
          "second rcpt %r" % (r2,))
    check(r3[0] == 221, "QUIT %r" % (r3,))
    mid = stored_id(r1[1][0].encode())
    check(stored_id(r2[1][0].encode()) == mid, "one message, two replies")
    rows = d.sql("select rcpt_to from messages where id = ?", (mid,))
    check(rows[0][0] == "bounce@example.com,BOUNCE+bob=example.net@Example.com",
          "rcpt_to %r" % rows[0][0])
    c.close()
    print("recipients: one reply per accepted RCPT, in order; refused ones not stored")


def test_unparseable(d):
    """garbage is stored with its error and answered 250: a bounce is never bounced"""
    garbage = bytes(range(1, 256)).replace(b"\n", b"").replace(b"\r", b"") * 20
    with smtplib.LMTP("127.0.0.1", d.port, timeout=60) as lmtp:
        lmtp.ehlo_or_helo_if_needed()
        lmtp.mail("")
        lmtp.rcpt("bounce@example.com")
        code, resp = lmtp.data(garbage)
    check(code == 250, "garbage: %d %r" % (code, resp))
    rows = d.sql("select kind, parse_error is not null, size from messages where id = ?",
                 (stored_id(resp),))
    check(rows[0][0] == "none", "garbage kind %r" % rows[0][0])
    print("unparseable: stored (kind %s, error %s), answered 250" % (rows[0][0], rows[0][1]))


def test_healthz(d):
    with urllib.request.urlopen("http://127.0.0.1:%d/healthz" % d.http_port, timeout=30) as r:
        body = json.loads(r.read())
        check(r.status == 200 and body["status"] == "ok", "healthz %r" % body)
    try:
        urllib.request.urlopen("http://127.0.0.1:%d/nothing" % d.http_port, timeout=30)
        fail("404 expected")
    except urllib.error.HTTPError as e:
        check(e.code == 404 and "error" in json.loads(e.read()), "404 body")
    print("http: /healthz 200, unknown path 404 JSON")


def test_sigterm_drains(d):
    """SIGTERM: idle sessions get 421 4.3.2, a message in DATA is finished and answered 250,
    the process exits 0 and removes its unix socket"""
    idle = Dialogue(socket.AF_UNIX, d.sock)
    check(idle.reply()[0] == 220, "idle greeting")
    busy = Dialogue(socket.AF_INET, ("127.0.0.1", d.port))
    busy.reply()
    busy.send("LHLO x\r\nMAIL FROM:<>\r\nRCPT TO:<bounce@example.com>\r\nDATA\r\n")
    for _ in range(4):
        busy.reply()
    body = lmtp_data(b"Subject: in flight during SIGTERM\r\nMessage-ID: <inflight@e2e>\r\n\r\n"
                     b"x\r\n")
    busy.send(body[:20])
    d.proc.send_signal(signal.SIGTERM)
    code, lines = idle.reply()
    check(code == 421 and "4.3.2" in lines[0], "idle session at SIGTERM: %r" % lines)
    busy.send(body[20:])
    code, lines = busy.reply()
    check(code == 250, "message in flight at SIGTERM: %r" % lines)
    code, lines = busy.reply()
    check(code == 421, "after the last transaction: %r" % lines)
    rc = d.stop()
    check(rc == 0, "exit status %r after SIGTERM" % rc)
    check(not os.path.exists(d.sock), "unix socket left behind")
    rows = d.sql("select count(*) from messages where message_id = 'inflight@e2e'")
    check(rows[0][0] == 1, "in-flight message not stored")
    print("SIGTERM: drained, exit 0")


def test_storage_failure(tmp):
    """a database that cannot grow (RLIMIT_FSIZE): 451 4.3.0 to each recipient, and the daemon
    keeps serving"""
    d = Daemon(os.path.join(tmp, "full"), http=False)
    os.makedirs(d.tmp, exist_ok=True)
    # create the database first, at its normal size
    d.start()
    d.stop()
    limit = os.path.getsize(d.db) + 256 * 1024

    def small_files():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    d.preexec_fn = small_files
    d.start()
    big = b"Subject: too big for the disk\r\n\r\n" + b"\r\n".join(
        os.urandom(300).hex().encode() for _ in range(2000)) + b"\r\n"
    c = Dialogue(socket.AF_INET, ("127.0.0.1", d.port))
    c.reply()
    c.send("LHLO x\r\nMAIL FROM:<>\r\nRCPT TO:<bounce@a.example>\r\nRCPT TO:<bounce@b.example>\r\n"
           "DATA\r\n")
    codes = [c.reply()[0] for _ in range(5)]
    check(codes == [250, 250, 250, 250, 354], "full disk: before DATA %r" % codes)
    c.send(lmtp_data(big))
    r1, r2 = c.reply(), c.reply()
    check(r1[0] == 451 and "4.3.0" in r1[1][0] and r2[0] == 451, "full disk: %r %r" % (r1, r2))
    c.send("MAIL FROM:<>\r\nRCPT TO:<bounce@a.example>\r\nDATA\r\n")
    for _ in range(3):
        c.reply()
    c.send(lmtp_data(b"Subject: small\r\nMessage-ID: <small@e2e>\r\n\r\nfits\r\n"))
    r = c.reply()
    check(r[0] == 250, "small message after the failure: %r" % (r,))
    c.close()
    check(d.stop() == 0, "exit status")
    out = subprocess.run(["sqlite3", d.db, "pragma integrity_check"], capture_output=True)
    check(out.stdout.strip() == b"ok", "integrity_check: %r" % out.stdout)
    print("storage failure: 451 4.3.0 per recipient, then 250 again")


def test_reload(tmp):
    """SIGHUP re-reads accept patterns and limits; a broken file keeps the running ones"""
    conf = os.path.join(tmp, "reload.conf")
    with open(conf, "w") as f:
        f.write("[lmtp]\naccept = bounce@example.com\nmax_recipients = 1\n")
    d = Daemon(os.path.join(tmp, "reload"), config=conf, http=False, unix=False)
    os.makedirs(d.tmp, exist_ok=True)
    d.start()

    def rcpt_codes(*rcpts):
        c = Dialogue(socket.AF_INET, ("127.0.0.1", d.port))
        c.reply()
        c.send("LHLO x\r\nMAIL FROM:<>\r\n" + "".join("RCPT TO:<%s>\r\n" % r for r in rcpts) +
               "QUIT\r\n")
        codes = [c.reply()[0] for _ in range(2 + len(rcpts))][2:]
        c.close()
        return codes

    check(rcpt_codes("bounce@example.org", "bounce@example.com") == [550, 250], "before reload")
    check(rcpt_codes("bounce@example.com", "bounce@example.com") == [250, 452], "max_recipients")
    with open(conf, "w") as f:
        f.write("[lmtp]\naccept = bounce@*\nmax_recipients = 5\n"
                "[policy]\nsoft_threshold = 2\nsoft_window_days = 7\n")
    d.proc.send_signal(signal.SIGHUP)
    d.wait_log("reload: ")
    # the policy reaches the commit thread, which owns the store
    d.wait_log("policy: soft bounces suppress after 2 in 7 days")
    check(rcpt_codes("bounce@example.org", "bounce@example.com") == [250, 250], "after reload")
    with open(conf, "w") as f:
        f.write("[lmtp]\nmax_recipients = many\n")
    d.proc.send_signal(signal.SIGHUP)
    d.wait_log("keeping the running configuration")
    check(rcpt_codes("bounce@example.org") == [250], "after a bad reload")
    check(d.stop() == 0, "exit status")
    print("SIGHUP: accept patterns and limits reloaded; a bad file is refused")


def test_retention(tmp):
    """raw bytes past [store] raw_retention_days are dropped while the daemon runs, not only at
    start: a message dated long ago, imported behind the running daemon's back, loses its raw
    bytes within a prune interval and keeps its events"""
    conf = os.path.join(tmp, "retention.conf")
    with open(conf, "w") as f:
        f.write("[store]\nraw_retention_days = 30\n[commit]\nprune_interval_s = 1\n")
    d = Daemon(os.path.join(tmp, "retention"), config=conf, http=False, unix=False)
    os.makedirs(d.tmp, exist_ok=True)
    d.start()
    old = os.path.join(SOURCE, "fixtures", "store", "hard-user-unknown.eml")  # Date: January 2026
    r = subprocess.run([BOUNCECTL, "--db", d.db, "import", old], capture_output=True, text=True)
    check(r.returncode == 0, "import behind the daemon: " + r.stderr)
    d.wait_log("retention: dropped the raw bytes of 1 messages")
    with sqlite3.connect("file:%s?mode=ro" % d.db, uri=True) as db:
        raw, events = db.execute("SELECT count(raw), (SELECT count(*) FROM events) FROM messages"
                                 ).fetchone()
    check(raw == 0 and events >= 1, "raw kept or events lost: raw=%s events=%s" % (raw, events))
    check(d.stop() == 0, "exit status")
    print("retention: old raw bytes dropped while running, events kept")


def test_command_line(tmp):
    def run(*args):
        return subprocess.run([BOUNCED] + list(args), capture_output=True, text=True, timeout=60)

    r = run("--version")
    check(r.returncode == 0 and r.stdout.startswith("bounced "), "--version %r" % r.stdout)
    r = run("--help")
    for flag in ("--config", "--db", "--lmtp", "--http", "--accept", "--check-config",
                 "--version"):
        check(flag in r.stdout, "--help lacks %s" % flag)
    example = os.path.join(SOURCE, "systemd", "bounced.conf.example")
    if os.path.exists(example):
        r = run("--config", example, "--db", os.path.join(tmp, "x.db"), "--check-config")
        check(r.returncode == 0 and "configuration OK" in r.stdout,
              "example config: %r %r" % (r.stdout, r.stderr))
        # every key of the example, uncommented, is valid and spelled as the daemon expects
        text = open(example).read()
        keys = re.findall(r"(?m)^# ([a-z_]+ =.*)$", text)
        check(len(keys) >= 20, "example config documents %d keys" % len(keys))
        full = re.sub(r"(?m)^# ([a-z_]+ =)", r"\1", text)
        full = re.sub(r"(?m)^path = .*$", "path = " + os.path.join(tmp, "x.db"), full)
        path = os.path.join(tmp, "all-keys.conf")
        with open(path, "w") as f:
            f.write(full)
        r = run("--config", path, "--check-config")
        check(r.returncode == 0, "example with every key set: %r" % r.stderr)
    bad = {
        "[lmtp]\nmax_line_length = 10\n": "max_line_length",
        "[lmtp]\nlisten = localhost\n": "listen address",
        "[lmtp]\nmax_bufer = 1\n": "unknown key",
        "[nope]\n": "unknown group",
        "[commit]\nbatch_size = 0\n": "batch_size",
        "[http]\nlisten = nowhere\n": "http listen",
        "[lmtp]\naccept = ,\n": "accept",
        "[store]\nsynchronous = 9\n": "synchronous",
    }
    for text, what in bad.items():
        path = os.path.join(tmp, "bad.conf")
        with open(path, "w") as f:
            f.write(text)
        r = run("--config", path, "--db", os.path.join(tmp, "x.db"), "--check-config")
        check(r.returncode == 2 and what in r.stderr, "%r: rc %d, %r" %
              (text, r.returncode, r.stderr))
    r = run("--lmtp", "nowhere", "--check-config", "--db", os.path.join(tmp, "x.db"))
    check(r.returncode == 2, "--lmtp nowhere accepted")
    r = run("--check-config", "--db", os.path.join(tmp, "x.db"), "--http", "off",
            "--lmtp", "[::1]:2424", "--lmtp", "unix:/run/bounced/lmtp.sock",
            "--accept", "bounce@example.com,bounce+*@example.com")
    check(r.returncode == 0, "valid flags refused: %r" % r.stderr)
    r = run("--frobnicate")
    check(r.returncode == 2, "unknown flag accepted")
    print("command line: --version, --help, --check-config good and bad")


def main():
    tmp = tempfile.mkdtemp(prefix="bounced-lmtp-")
    test_command_line(tmp)
    d = Daemon(os.path.join(tmp, "main"), ipv6=True)
    os.makedirs(d.tmp, exist_ok=True)
    d.start()
    try:
        test_fixtures(d)
        test_envelope(d)
        test_recipients(d)
        test_unparseable(d)
        test_healthz(d)
        test_sigterm_drains(d)
    finally:
        if d.proc:
            d.proc.kill()
    test_reload(tmp)
    test_retention(tmp)
    test_storage_failure(tmp)
    print("ok")


if __name__ == "__main__":
    main()
