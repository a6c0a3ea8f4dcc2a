"""test_http - the HTTP API of DESIGN.md §8 end to end: bounced on a temporary database with
free ports, bounces fed over LMTP, then every route over real sockets (http.client) and every
bad input: bad JSON, wrong types, bad addresses, unknown routes, wrong methods, limits (body
size, 10,001 addresses, limit=, cursor=), a missing or wrong bearer token, a database locked
by another writer (503), SIGHUP re-reading the token, SIGTERM."""
import http.client
import json
import os
import signal
import smtplib
import sqlite3
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from daemon_harness import BOUNCED, Daemon, check

HARD = ["user%02d@example.org" % i for i in range(30)]
SOFT = ["soft%d@example.net" % i for i in range(5)]
SUPPRESSION_KEYS = {"address", "suppressed", "class", "reason", "status", "first_seen",
                    "last_seen", "count", "manual"}


def dsn(n, records):
    """a delivery status notification with one block per (recipient, status, diagnostic)"""
    blocks = "".join("\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: %s\n"
                     "Diagnostic-Code: smtp; %s\n" % r for r in records)
    return ("From: MAILER-DAEMON@mx.example.net\nTo: bounce@example.com\n"
            "Subject: Undelivered Mail Returned to Sender\n"
            "Message-ID: <http-test-%d@mx.example.net>\nMIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"BND\"\n\n"
            "--BND\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n"
            "--BND\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mx.example.net\n%s\n--BND--\n" % (n, blocks)).encode()


def feed(d):
    """30 hard bounces (suppressed) and 5 soft ones (recorded, not suppressed) over LMTP"""
    lmtp = smtplib.LMTP("127.0.0.1", d.port, timeout=120)
    lmtp.ehlo_or_helo_if_needed()
    msgs = [[(a, "5.1.1", "550 5.1.1 <%s>: Recipient address rejected: User unknown" % a)
             for a in HARD[i:i + 10]] for i in range(0, len(HARD), 10)]
    msgs.append([(a, "4.2.2", "452 4.2.2 <%s>: Mailbox full" % a) for a in SOFT])
    for n, records in enumerate(msgs):
        lmtp.mail("")
        lmtp.rcpt("bounce@example.com")
        code, resp = lmtp.data(dsn(n, records))
        check(code == 250, "LMTP DATA %d %r" % (code, resp))
    lmtp.quit()
    return len(msgs)


class Client:
    """one keep-alive connection; request() returns (status, headers, parsed JSON or text)"""

    def __init__(self, port, token=None):
        self.port = port
        self.token = token
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def request(self, method, path, body=None, token=None, raw=False, headers=None):
        h = dict(headers or {})
        tok = token if token is not None else self.token
        if tok:
            h["Authorization"] = "Bearer " + tok
        if body is not None and not isinstance(body, (bytes, str)):
            body = json.dumps(body)
            h["Content-Type"] = "application/json"
        try:
            self.conn.request(method, path, body=body, headers=h)
            r = self.conn.getresponse()
            data = r.read()
        except (http.client.HTTPException, ConnectionError):
            # the server closed after an error: a new connection for the next request
            self.conn.close()
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            raise
        if r.getheader("Connection", "").lower() == "close":
            self.conn.close()
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        if raw or not data:
            return r.status, r, data
        ctype = r.getheader("Content-Type", "")
        check(ctype.startswith("application/json"), "%s %s: Content-Type %r" %
              (method, path, ctype))
        return r.status, r, json.loads(data)

    def ok(self, method, path, body=None):
        status, _, data = self.request(method, path, body)
        check(status == 200, "%s %s: %d %r" % (method, path, status, data))
        return data

    def error(self, method, path, code, body=None, token=None, headers=None):
        status, r, data = self.request(method, path, body, token=token, headers=headers)
        check(status == code and isinstance(data, dict) and isinstance(data.get("error"), str),
              "%s %s: expected %d with a JSON error, got %d %r" %
              (method, path, code, status, data))
        return r, data


def test_lookup(c):
    """GET /v1/suppressions/{address}: normalised, unknown is 200 not suppressed, bad is 400"""
    r = c.ok("GET", "/v1/suppressions/User07@EXAMPLE.org")
    check(SUPPRESSION_KEYS <= set(r), "keys %r" % sorted(r))
    check(r["address"] == "user07@example.org" and r["suppressed"] is True and
          r["class"] == "hard" and r["reason"] == "userunknown" and r["status"] == "5.1.1" and
          r["count"] == 1 and r["manual"] is False and r["first_seen"], "lookup %r" % r)
    r = c.ok("GET", "/v1/suppressions/%3Cuser08%40example.org%3E")
    check(r["address"] == "user08@example.org" and r["suppressed"], "encoded %r" % r)
    r = c.ok("GET", "/v1/suppressions/soft0@example.net")
    check(r["suppressed"] is False and r["class"] == "soft" and r["count"] == 1, "soft %r" % r)
    r = c.ok("GET", "/v1/suppressions/nobody+tag@example.com")
    check(r == dict(r, address="nobody+tag@example.com", suppressed=False, count=0,
                    manual=False, reason=None), "unknown %r" % r)
    for bad in ("/v1/suppressions/not-an-address", "/v1/suppressions/a%00b@example.org",
                "/v1/suppressions/", "/v1/suppressions/%ff@example.org",
                "/v1/suppressions/a@example.org/extra"):
        c.error("GET", bad, 400)
    c.error("GET", "/v1/suppressions/user07@example.org?x=1", 400)
    status, r, body = c.request("HEAD", "/v1/suppressions/user07@example.org", raw=True)
    check(status == 200 and body == b"", "HEAD %d %r" % (status, body))
    print("lookup: normalised, unknown 200 not suppressed, bad addresses 400, HEAD")


def test_check(c):
    """POST /v1/check: the suppressed ones with their reason; limits and bad bodies"""
    given = ["USER00@example.org", "soft1@example.net", "fresh@example.com", "user29@example.org",
             "not an address"]
    r = c.ok("POST", "/v1/check", {"addresses": given})
    check(r["checked"] == 5, "checked %r" % r)
    got = {(i["address"], i["class"], i["reason"]) for i in r["suppressed"]}
    check(got == {("USER00@example.org", "hard", "userunknown"),
                  ("user29@example.org", "hard", "userunknown")}, "suppressed %r" % r)
    check(r["invalid"] == ["not an address"], "invalid %r" % r)
    many = ["bulk%05d@example.com" % i for i in range(9998)] + HARD[:2]
    r = c.ok("POST", "/v1/check", {"addresses": many})
    check(r["checked"] == 10000 and len(r["suppressed"]) == 2, "10,000: %r" % r["checked"])
    r = c.ok("POST", "/v1/check", {"addresses": []})
    check(r == {"checked": 0, "suppressed": [], "invalid": []}, "empty %r" % r)
    c.error("POST", "/v1/check", 413, {"addresses": many + ["one@too.many"]})
    for body in ("{", "", "[]", "null", '"x"', '{"addresses": "a@b.c"}', '{"addresses": [1]}',
                 '{"addresses": [["a@b.c"]]}', '{"addresses": [null]}', '{"address": []}',
                 "\xff\xfe", "[" * 100000, '{"addresses": ["a@b.c"]} trailing'):
        c.error("POST", "/v1/check", 400, body.encode("latin-1"))
    status, _, _ = c.request("POST", "/v1/check", b"x" * (5 * 1024 * 1024), raw=True)
    check(status == 413, "a 5 MiB body: %d" % status)
    print("check: suppressed with reason, invalid listed, 10,000 ok, 10,001 413, bad JSON 400")


def page_all(c, query, limit):
    """every item of a listing, following next_cursor; (items, pages)"""
    items, cursor, pages = [], None, 0
    while True:
        q = "%s%slimit=%d" % (query, "&" if "?" in query else "?", limit)
        if cursor is not None:
            q += "&cursor=" + cursor
        r = c.ok("GET", q)
        check(set(r) == {"items", "next_cursor"}, "listing keys %r" % sorted(r))
        items += r["items"]
        pages += 1
        check(len(r["items"]) <= limit, "page of %d > limit %d" % (len(r["items"]), limit))
        cursor = r["next_cursor"]
        if cursor is None:
            return items, pages
        check(isinstance(cursor, str) and len(r["items"]) == limit, "cursor %r" % cursor)
        check(pages < 1000, "no end of pages")


def test_listing(c, d):
    """the sync listing: change order, lifted rows included, every row exactly once by cursor"""
    want = [a for (a,) in d.sql("select address from suppressions order by change_seq")]
    items, pages = page_all(c, "/v1/suppressions", 7)
    got = [i["address"] for i in items]
    check(got == want, "paged listing %r, database %r" % (got, want))
    check(pages == (len(want) + 6) // 7, "%d pages for %d rows" % (pages, len(want)))
    seqs = [i["change_seq"] for i in items]
    check(seqs == sorted(seqs) and len(set(seqs)) == len(seqs), "change_seq order %r" % seqs)
    check(any(not i["suppressed"] for i in items), "rows not suppressed are listed too")
    items, _ = page_all(c, "/v1/suppressions", len(want))  # exactly one full page
    check([i["address"] for i in items] == want, "one page of exactly the row count")
    hard, _ = page_all(c, "/v1/suppressions?class=hard", 1000)
    check(sorted(i["address"] for i in hard) == HARD, "class=hard %d" % len(hard))
    net, _ = page_all(c, "/v1/suppressions?domain=EXAMPLE.net&reason=mailboxfull", 3)
    check(sorted(i["address"] for i in net) == SOFT, "domain + reason %r" % net)
    r = c.ok("GET", "/v1/suppressions?since=2999-01-01")
    check(r == {"items": [], "next_cursor": None}, "since in the future %r" % r)
    r = c.ok("GET", "/v1/suppressions?since=7d&limit=1")
    check(len(r["items"]) == 1 and r["next_cursor"] is not None, "since=7d %r" % r)
    for q in ("limit=0", "limit=10001", "limit=abc", "limit=-1", "limit=", "cursor=abc",
              "cursor=-5", "cursor=1e3", "since=yesterday", "class=nonsense", "reason=Bad%20Word",
              "colour=red", "limit=1&limit=2", "domain="):
        c.error("GET", "/v1/suppressions?" + q, 400)
    r = c.ok("GET", "/v1/suppressions?limit=10000")
    check(len(r["items"]) == len(want) and r["next_cursor"] is None, "limit=10000")
    print("listing: %d rows in %d pages of 7, each once, in change order; filters; bad "
          "limit/cursor/since/class 400" % (len(want), pages))


def test_manual(c, d):
    """PUT and DELETE: a note is required, the change is audited and shows in the sync"""
    before = d.sql("select count(*) from manual_changes")[0][0]
    last = c.ok("GET", "/v1/suppressions?limit=10000")["items"][-1]["change_seq"]
    c.error("PUT", "/v1/suppressions/vip@example.com", 400, {})
    c.error("PUT", "/v1/suppressions/vip@example.com", 400, {"note": ""})
    c.error("PUT", "/v1/suppressions/vip@example.com", 400, {"note": 42})
    c.error("PUT", "/v1/suppressions/vip@example.com", 400, {"note": "x" * 5000})
    c.error("PUT", "/v1/suppressions/vip@example.com", 400, b"note=asked")
    c.error("PUT", "/v1/suppressions/vip@example.com", 400)
    c.error("PUT", "/v1/suppressions/nonsense", 400, {"note": "why"})
    r = c.ok("PUT", "/v1/suppressions/VIP@Example.com", {"note": "asked to stop", "by": "crm"})
    check(r["address"] == "vip@example.com" and r["suppressed"] and r["manual"] and
          r["class"] == "manual", "PUT %r" % r)
    r = c.ok("GET", "/v1/suppressions/vip@example.com")
    check(r["suppressed"] and r["manual"], "GET after PUT %r" % r)

    c.error("DELETE", "/v1/suppressions/user03@example.org", 400)
    c.error("DELETE", "/v1/suppressions/user03@example.org?note=", 400)
    c.error("DELETE", "/v1/suppressions/user03@example.org", 400, {"note": ["x"]})
    c.error("DELETE", "/v1/suppressions/user03@example.org?nite=x", 400)
    r = c.ok("DELETE", "/v1/suppressions/user03@example.org?note=confirmed%20by%20phone")
    check(r["suppressed"] is False and r["lifted_at"], "DELETE %r" % r)
    r = c.ok("DELETE", "/v1/suppressions/user04@example.org", {"note": "body note"})
    check(r["suppressed"] is False, "DELETE with a body %r" % r)
    r = c.ok("GET", "/v1/suppressions/USER03@example.org")
    check(r["suppressed"] is False and r["manual"] and r["lifted_at"] and r["class"] == "hard",
          "lifted %r" % r)
    audit = d.sql("select address, suppressed, changed_by, note from manual_changes "
                  "order by id")[before:]
    check([(a, s, n) for a, s, _, n in audit] ==
          [("vip@example.com", 1, "asked to stop"), ("user03@example.org", 0,
                                                      "confirmed by phone"),
           ("user04@example.org", 0, "body note")], "audit %r" % audit)
    check(audit[0][2] == "crm" and audit[1][2].startswith("http:127.0.0.1"), "by %r" % audit)
    r = c.ok("GET", "/v1/suppressions?cursor=%d" % last)
    check([(i["address"], i["suppressed"]) for i in r["items"]] ==
          [("vip@example.com", True), ("user03@example.org", False),
           ("user04@example.org", False)] and r["next_cursor"] is None,
          "sync after the changes %r" % r)
    r = c.ok("POST", "/v1/check", {"addresses": ["user03@example.org", "vip@example.com"]})
    check([i["address"] for i in r["suppressed"]] == ["vip@example.com"], "check %r" % r)
    print("manual: PUT/DELETE need a note, audited with who, lifted rows show in the sync")


def test_events(c, d):
    """GET /v1/events: one address's history, every event once by cursor, bad input 400"""
    r = c.ok("GET", "/v1/events?address=User05%40example.org")
    check(len(r["items"]) == 1 and r["next_cursor"] is None, "events %r" % r)
    e = r["items"][0]
    check(e["address"] == "user05@example.org" and e["reason"] == "userunknown" and
          e["class"] == "hard" and e["status"] == "5.1.1" and e["id"] > 0 and
          "diagnostic" in e, "event %r" % e)
    want = [i for (i,) in d.sql("select id from events order by id")]
    items, pages = page_all(c, "/v1/events", 4)
    check([i["id"] for i in items] == want, "paged events %r, database %r" %
          ([i["id"] for i in items], want))
    r = c.ok("GET", "/v1/events?address=nobody%40example.org")
    check(r == {"items": [], "next_cursor": None}, "no events %r" % r)
    r = c.ok("GET", "/v1/events?since=2999-01-01")
    check(r["items"] == [], "since in the future")
    for q in ("address=nonsense", "limit=0", "cursor=x", "since=never", "addr=a@b.c",
              "address=%e9t%e9@example.org", "address=a%00@b.c"):
        c.error("GET", "/v1/events?" + q, 400)
    print("events: by address, %d events in %d pages of 4, bad input 400" % (len(want), pages))


def metrics(c):
    status, r, body = c.request("GET", "/metrics", raw=True)
    check(status == 200 and r.getheader("Content-Type").startswith("text/plain"), "metrics")
    out = {}
    for line in body.decode().splitlines():
        if line and not line.startswith("#"):
            name, value = line.rsplit(" ", 1)
            out[name] = float(value)
    return out


def test_metrics(c, n_messages):
    """GET /metrics: daemon counters, requests by route and code, gauges from the database"""
    m = metrics(c)
    check(m.get("bounced_messages_received_total") == n_messages and
          m.get("bounced_messages_stored_total") == n_messages and
          m.get("bounced_messages_failed_total") == 0, "message counters %r" % m)
    check(m.get('bounced_http_requests_total{route="/v1/check",code="413"}', 0) >= 1 and
          m.get('bounced_http_requests_total{route="/v1/suppressions/{address}",code="200"}',
                0) >= 4 and m.get('bounced_http_requests_total{route="other",code="404"}', 0)
          >= 1, "request counters %r" % m)
    check(m.get('bounced_db_events{class="hard"}') == len(HARD) and
          m.get('bounced_db_events{class="soft"}') == len(SOFT) and
          m.get('bounced_db_suppressed{class="hard"}') == len(HARD) - 2 and
          m.get('bounced_db_suppressed{class="manual"}') == 1 and
          m.get("bounced_db_suppression_rows") == len(HARD) + len(SOFT) + 1 and
          m.get("bounced_db_stats_ok") == 1, "database gauges %r" % m)
    check(m.get("bounced_lmtp_connections_total", 0) >= 1 and "bounced_lmtp_sessions" in m,
          "LMTP counters %r" % m)
    # group commit: at least one transaction, never more than one per message
    check(1 <= m.get("bounced_commit_transactions_total", 0) <= n_messages,
          "commit transactions %r" % m)
    c.error("GET", "/metrics?x=1", 400)
    print("metrics: %d samples, message and request counters, database gauges" % len(m))


def test_routes(c):
    """unknown routes 404, wrong methods 405 with Allow, all as JSON"""
    for path in ("/", "/v1", "/v1/", "/v2/check", "/v1/checks", "/metrics/x", "/v1/events/1"):
        c.error("GET", path, 404)
    for method, path, allow in (("POST", "/v1/suppressions", "GET, HEAD"),
                                ("GET", "/v1/check", "POST"),
                                ("PATCH", "/v1/suppressions/a@b.c", "GET, HEAD, PUT, DELETE"),
                                ("DELETE", "/v1/events", "GET, HEAD"),
                                ("OPTIONS", "/healthz", "GET, HEAD"),
                                ("PUT", "/metrics", "GET, HEAD")):
        r, _ = c.error(method, path, 405)
        check(r.getheader("Allow") == allow, "%s %s Allow %r" % (method, path,
                                                                  r.getheader("Allow")))
    check(c.ok("GET", "/healthz")["status"] == "ok", "healthz")
    print("routes: unknown 404, wrong method 405 with Allow")


def test_busy(c, d):
    """a write lock held by another connection: writes answer 503 Retry-After, reads go on"""
    con = sqlite3.connect(d.db, timeout=30, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    try:
        r, _ = c.error("PUT", "/v1/suppressions/locked@example.com", 503, {"note": "n"})
        check(r.getheader("Retry-After") == "1", "Retry-After %r" % r.getheader("Retry-After"))
        check(c.ok("GET", "/v1/suppressions/user10@example.org")["suppressed"],
              "a read while the lock is held")
    finally:
        con.execute("ROLLBACK")
        con.close()
    check(c.ok("PUT", "/v1/suppressions/locked@example.com", {"note": "n"})["suppressed"],
          "the write after the lock is released")
    c.ok("DELETE", "/v1/suppressions/locked@example.com?note=undo")
    print("busy: 503 with Retry-After while another writer holds the lock, reads unaffected")


def test_token(tmp):
    """[http] token_file: every request needs the bearer token; SIGHUP reads it again"""
    token_file = os.path.join(tmp, "http.token")
    with open(token_file, "w") as f:
        f.write("s3cret-token-1\n")
    conf = os.path.join(tmp, "token.conf")
    with open(conf, "w") as f:
        f.write("[http]\ntoken_file = %s\n" % token_file)
    d = Daemon(os.path.join(tmp, "token"), config=conf, unix=False)
    os.makedirs(d.tmp)
    d.start()
    c = Client(d.http_port)
    try:
        for path in ("/healthz", "/v1/suppressions/a@b.c", "/metrics", "/nowhere"):
            r, _ = c.error("GET", path, 401)
            check(r.getheader("WWW-Authenticate", "").startswith("Bearer"), "WWW-Authenticate")
        c.error("POST", "/v1/check", 401, {"addresses": []})
        for tok in ("wrong", "s3cret-token-", "s3cret-token-12", "S3CRET-TOKEN-1"):
            c.error("GET", "/healthz", 401, token=tok)
        c.error("GET", "/healthz", 401, headers={"Authorization": "Basic czNjcmV0"})
        c.token = "s3cret-token-1"
        check(c.ok("GET", "/healthz")["status"] == "ok", "the right token")
        check(c.ok("GET", "/v1/suppressions/a@b.c")["suppressed"] is False, "lookup, token")
        status, _, _ = c.request("GET", "/healthz",
                                 headers={"Authorization": "bearer s3cret-token-1"})
        check(status == 200, "the scheme is case-insensitive")
        with open(token_file, "w") as f:
            f.write("s3cret-token-2")
        d.proc.send_signal(signal.SIGHUP)
        d.wait_log("bearer token reloaded")
        c.error("GET", "/healthz", 401)
        c.token = "s3cret-token-2"
        check(c.ok("GET", "/healthz")["status"] == "ok", "the new token after SIGHUP")
        with open(token_file, "w") as f:
            f.write("")
        d.proc.send_signal(signal.SIGHUP)
        d.wait_log("expected one token")
        check(c.ok("GET", "/healthz")["status"] == "ok", "an empty token file keeps the old")
        r = subprocess.run([BOUNCED, "--config", conf, "--db", d.db, "--check-config"],
                           capture_output=True, text=True, timeout=60)
        check(r.returncode == 2 and "expected one token" in r.stderr,
              "--check-config with an empty token file: %d %r" % (r.returncode, r.stderr))
    finally:
        rc = d.stop()
    check(rc == 0, "exit %r" % rc)
    print("token: 401 without or with a wrong token, 200 with it, SIGHUP re-reads the file")


def main():
    tmp = tempfile.mkdtemp(prefix="bounced-http-")
    d = Daemon(os.path.join(tmp, "main"), unix=False)
    os.makedirs(d.tmp)
    d.start()
    try:
        n = feed(d)
        c = Client(d.http_port)
        test_lookup(c)
        test_check(c)
        test_listing(c, d)
        test_manual(c, d)
        test_events(c, d)
        test_routes(c)
        test_metrics(c, n)
        test_busy(c, d)
    finally:
        rc = d.stop()
    check(rc == 0, "SIGTERM: exit %r" % rc)
    check("bounced stopped" in d.log_text(), "clean stop")
    test_token(tmp)
    print("PASS test_http")


if __name__ == "__main__":
    main()
