"""test_kill9 - kill -9 bounced at a random moment of a concurrent LMTP load, restart it, and
check that every Message-ID that was answered 250 is in `messages` and that the database passes
PRAGMA integrity_check. Three rounds on the same database."""
import os
import random
import signal
import socket
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from daemon_harness import SOURCE, Daemon, Dialogue, check, lmtp_data

CLIENTS = 16
ROUNDS = 3

TEMPLATE = open(os.path.join(SOURCE, "fixtures/store/hard-user-unknown.eml"), "rb").read()


def message(mid):
    """the fixture with its own Message-ID header replaced by mid"""
    lines = TEMPLATE.replace(b"\r\n", b"\n").split(b"\n")
    out, done = [], False
    for i, line in enumerate(lines):
        if not done and line.lower().startswith(b"message-id:"):
            out.append(b"Message-ID: <" + mid + b">")
            done = True
        elif not done and line == b"":
            out.append(b"Message-ID: <" + mid + b">")
            out.extend(lines[i:])
            break
        else:
            out.append(line)
    return b"\r\n".join(out)


def client(port, tag, acked, lock, stop):
    """send messages, one transaction at a time, pipelined, until the connection dies"""
    n = 0
    try:
        c = Dialogue(socket.AF_INET, ("127.0.0.1", port), timeout=30)
        c.reply()
        c.send("LHLO kill9.test\r\n")
        c.reply()
        while not stop.is_set():
            mid = b"kill9-%s-%d@e2e.test" % (tag.encode(), n)
            n += 1
            c.send(b"MAIL FROM:<>\r\nRCPT TO:<bounce@example.com>\r\nDATA\r\n" +
                   lmtp_data(message(mid)))
            codes = [c.reply()[0] for _ in range(4)]
            if codes == [250, 250, 354, 250]:
                with lock:
                    acked.append(mid.decode())
            elif None in codes:
                return
            else:
                print("unexpected replies %r" % codes, file=sys.stderr)
                return
    except OSError:
        return


def main():
    tmp = tempfile.mkdtemp(prefix="bounced-kill9-")
    d = Daemon(tmp, unix=False, http=False)
    acked = []
    lock = threading.Lock()
    rng = random.Random()
    for rnd in range(ROUNDS):
        d.start()
        stop = threading.Event()
        threads = [threading.Thread(target=client, args=(d.port, "%d-%d" % (rnd, i), acked, lock,
                                                         stop)) for i in range(CLIENTS)]
        before = len(acked)
        for t in threads:
            t.start()
        # wait until the load runs, then a little more, then kill -9 in the middle of it
        deadline = time.time() + 120
        while len(acked) - before < 50 and time.time() < deadline:
            time.sleep(0.01)
        check(len(acked) - before >= 50, "round %d: the load did not start" % rnd)
        time.sleep(rng.uniform(0.1, 1.0))
        d.proc.send_signal(signal.SIGKILL)
        d.proc.wait()
        d.stop()
        stop.set()
        for t in threads:
            t.join(60)
        print("round %d: killed with %d messages acknowledged so far" % (rnd, len(acked)))
        d.start()
        stored = set(r[0] for r in d.sql("select message_id from messages"))
        lost = [m for m in acked if m not in stored]
        check(not lost, "round %d: %d messages answered 250 are missing, e.g. %s" %
              (rnd, len(lost), lost[:3]))
        ok = d.sql("pragma integrity_check")
        check(ok == [("ok",)], "integrity_check: %r" % ok)
        check(d.stop() == 0, "clean stop after restart")
    print("ok: %d acknowledged messages survived %d kill -9" % (len(acked), ROUNDS))


if __name__ == "__main__":
    main()
