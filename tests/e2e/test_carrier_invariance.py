#!/usr/bin/env python3
"""A remote reply decides the same whichever MTA carried it back.

The probe (tests/data/diagnostic-probe.tsv) asserts what the classifier makes
of a reply given to it directly.  In a real bounce the reply reaches the
classifier through a scraper, which finds the recipient, cuts the reply out of
the notice, reads its codes and the SMTP command, and may see the notice's own
words around it.  For every failed probe row whose text is a whole SMTP reply
(it begins with its reply code) this test writes the reply into the notices of
six writers, each as that writer words the stage of the refusal:
  - a Postfix notice ("host … said: REPLY (in reply to RCPT TO command)"; not
    for a refused greeting, whose "refused to talk to me" the project reads as
    `blocked` whatever code follows, as the reference does);
  - the same Postfix notice as a multipart/report with its delivery-status
    part (rows whose reply carries an enhanced status code);
  - an Exim notice ("SMTP error from remote mail server after RCPT TO:<…>:");
  - a qmail notice ("… does not like recipient. Remote host said: REPLY");
  - a Sendmail notice ("(reason: REPLY)" and the transcript's "<<< REPLY");
  - an Exchange notice ("Remote Server returned 'REPLY'", rows with no command:
    Exchange names no stage);
and every failed row with no code and no command under the address of an Exim
notice, as Exim prints a local delivery's failure; and every delayed row in
Postfix's and Exim's delay warnings.  The recipient is the
address the text names, if it names one (in a real bounce, the recipient's).
It checks that `bouncectl parse --json` finds one record for the recipient
with the action (failed or delayed), the reason and the class the probe row
gives and, in the text notices, the row's reply code.
"""
import os
import re
import sys
import tempfile

import fixture_run

HOST, IP = "mx.dest.test", "192.0.2.25"
ENHANCED = re.compile(r"\b([245]\.\d{1,3}\.\d{1,3})\b")
ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


ROLES = ("postmaster", "abuse", "hostmaster", "support", "help", "noc", "security", "tosa",
         "mailer-daemon", "bounce", "no-reply", "noreply")


def recipient_of(text):
    """The address a reply names as the recipient's (in angle brackets first, never a role
    mailbox it gives for contact: "contact tosa@rx.t-online.de"), else one of our own."""
    bracketed = [m.group(1) for m in re.finditer(r"<(" + ADDRESS.pattern + r")>", text)]
    for address in bracketed + [m.group(0) for m in ADDRESS.finditer(text)]:
        if address.split("@")[0].lower() not in ROLES:
            return address
    return "u@dest.test"


def probe_rows(path, wanted):
    """(line, status, reply, command, reason, class, text) of the rows of action wanted
    ("failed", "delayed") that hold a whole reply or no code at all."""
    rows, action = [], "failed"
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("#!"):
                action = line.split()[-1]
                continue
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < 6 or action != wanted:
                continue
            status, reply, command, reason, cls, text = fields[:6]
            if (status, reply, command) == ("-", "-", "-"):
                rows.append((n, status, reply, command, reason, cls, text))
                continue
            if reply == "-" or not text.startswith(reply):
                continue
            # the status the record carries must be the one a scraper can read in the text
            found = ENHANCED.search(text)
            if (found.group(1) if found else "-") != status:
                continue
            rows.append((n, status, reply, command, reason, cls, text))
    return rows


EXIM_SENDER = "Mail Delivery System <Mailer-Daemon@mx.sender.test>"
POSTFIX_INTRO = ("This is the mail system at host mx.sender.test.\n\n"
                 "I'm sorry to have to inform you that your message could not\n"
                 "be delivered to one or more recipients. It's attached below.\n\n"
                 "                   The mail system\n\n")


def text_notice(sender, subject, body, extra=""):
    """A one-part text/plain notice in UTF-8 from sender to our bounce address."""
    return (f"From: {sender}\nTo: bounce@sender.test\nSubject: {subject}\n{extra}"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n" + body)


def postfix_paragraph(rcpt, command, text):
    """Postfix's line for one recipient refused at command."""
    if command == "CONN":
        return f"<{rcpt}>: host {HOST}[{IP}] refused to talk to me: {text}"
    said = f"<{rcpt}>: host {HOST}[{IP}] said: {text}"
    tail = {"RCPT": "RCPT TO", "MAIL": "MAIL FROM", "DATA": "end of DATA", "HELO": "HELO",
            "EHLO": "EHLO"}.get(command)
    return f"{said} (in reply to {tail} command)" if tail else said


def postfix(row, rcpt):
    """A Postfix non-delivery notice, text only; None for a refused greeting, whose
    "refused to talk to me" the project reads as blocked whatever code follows
    (docs/classification.md, lhost-postfix-50)."""
    _, _, reply, command, _, _, text = row
    if reply == "-" or command == "CONN":
        return None
    return text_notice("MAILER-DAEMON@mx.sender.test (Mail Delivery System)",
                       "Undelivered Mail Returned to Sender",
                       POSTFIX_INTRO + f"{postfix_paragraph(rcpt, command, text)}\n")


def postfix_dsn(row, rcpt):
    """A Postfix notice with its delivery-status part; None without an enhanced code."""
    _, status, reply, command, _, _, text = row
    if reply == "-" or status == "-" or command == "CONN":
        return None
    return ("From: MAILER-DAEMON@mx.sender.test (Mail Delivery System)\n"
            "To: bounce@sender.test\n"
            "Subject: Undelivered Mail Returned to Sender\n"
            "MIME-Version: 1.0\n"
            'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\n\n'
            "--b1\n"
            "Content-Description: Notification\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            + POSTFIX_INTRO + f"{postfix_paragraph(rcpt, command, text)}\n\n"
            "--b1\n"
            "Content-Description: Delivery report\n"
            "Content-Type: message/delivery-status\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            "Reporting-MTA: dns; mx.sender.test\n\n"
            f"Final-Recipient: rfc822; {rcpt}\n"
            "Action: failed\n"
            f"Status: {status}\n"
            f"Remote-MTA: dns; {HOST}\n"
            f"Diagnostic-Code: smtp; {text}\n\n"
            "--b1--\n")


def exim_stage_lines(rcpt, command, text):
    """Exim's lines for a remote refusal at command; None for a row with no command (Exim
    always names the stage)."""
    after = {"CONN": "initial connection", "RCPT": f"RCPT TO:<{rcpt}>",
             "MAIL": "MAIL FROM:<bounce@sender.test> SIZE=2048", "DATA": "end of data",
             "HELO": "HELO mx.sender.test", "EHLO": "EHLO mx.sender.test"}.get(command)
    if after is None:
        return None
    return (f"  {rcpt}\n    host {HOST} [{IP}]\n"
            f"    SMTP error from remote mail server after {after}:\n    {text}\n")


def exim_failure(rcpt, lines, extra=""):
    """Exim's failure notice around the lines of one recipient."""
    return text_notice(EXIM_SENDER, "Mail delivery failed: returning message to sender",
                       "This message was created automatically by mail delivery software.\n\n"
                       "A message that you sent could not be delivered to one or more of its\n"
                       "recipients. This is a permanent error. The following address(es) "
                       "failed:\n\n" + lines,
                       extra=f"X-Failed-Recipients: {rcpt}\n" + extra)


def exim(row, rcpt):
    """An Exim notice of a remote refusal ("SMTP error from remote mail server after …")."""
    lines = exim_stage_lines(rcpt, row[3], row[6])
    return None if lines is None else exim_failure(rcpt, lines, "Auto-Submitted: auto-replied\n")


def qmail(row, rcpt):
    """A qmail-send notice; None for a row with no command."""
    _, _, _, command, _, _, text = row
    stage = {"CONN": f"Connected to {IP} but greeting failed.",
             "HELO": f"Connected to {IP} but my name was rejected.",
             "EHLO": f"Connected to {IP} but my name was rejected.",
             "MAIL": f"Connected to {IP} but sender was rejected.",
             "RCPT": f"{IP} does not like recipient.",
             "DATA": f"{IP} failed after I sent the message."}.get(command)
    if stage is None:
        return None
    return text_notice("MAILER-DAEMON@mx.sender.test",
                       "failure notice",
                       ("Hi. This is the qmail-send program at mx.sender.test.\n"
                        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
                        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                        f"<{rcpt}>:\n"
                        f"{stage}\n"
                        f"Remote host said: {text}\n"
                        f"Giving up on {IP}.\n\n"
                        "--- Below this line is a copy of the message.\n\n"
                        "From: bounce@sender.test\n"
                        f"To: {rcpt}\n"
                        "Subject: News\n\n"
                        "Hello\n"))


def sendmail(row, rcpt):
    """A Sendmail notice with its reason line and transcript; for RCPT, MAIL and DATA."""
    _, _, reply, command, _, _, text = row
    sent = {"RCPT": f">>> RCPT To:<{rcpt}>", "MAIL": ">>> MAIL From:<bounce@sender.test> SIZE=2048",
            "DATA": '>>> DATA\n<<< 354 Enter mail, end with "." on a line by itself\n>>> .'}
    if reply == "-" or command not in sent:
        return None
    return text_notice("Mail Delivery Subsystem <MAILER-DAEMON@mx.sender.test>",
                       "Returned mail: see transcript for details",
                       ("The original message was received at Mon, 7 Dec 2026 10:00:00 +0100\n"
                        "from localhost [127.0.0.1]\n\n"
                        "   ----- The following addresses had permanent fatal errors -----\n"
                        f"<{rcpt}>\n"
                        f"    (reason: {text})\n\n"
                        "   ----- Transcript of session follows -----\n"
                        f"... while talking to {HOST}.:\n"
                        f"{sent[command]}\n"
                        f"<<< {text}\n"),
                       extra="Auto-Submitted: auto-generated (failure)\n")


def exchange(row, rcpt):
    """An Exchange notice ("Remote Server returned '…'"), which names no stage: only for a row
    with no command, since the classifier reads the stage as the row gives it."""
    _, _, reply, command, _, _, text = row
    if reply == "-" or command != "-":
        return None
    return text_notice("Microsoft Outlook <postmaster@sender.test>",
                       "Undeliverable: News",
                       ("Delivery has failed to these recipients or groups:\n\n"
                        f"{rcpt}\n\n\n"
                        "Diagnostic information for administrators:\n\n"
                        "Generating server: EX01.sender.test\n\n"
                        f"{rcpt}\n"
                        f"{HOST}\n"
                        f"Remote Server returned '{text}'\n\n"
                        "Original message headers:\n\n"
                        "From: bounce@sender.test\n"
                        f"To: {rcpt}\n"))


def exim_local(row, rcpt):
    """An Exim notice with the text under the address, as for a local delivery's failure;
    only for a row with no code and no command."""
    _, status, reply, command, _, _, text = row
    if (status, reply, command) != ("-", "-", "-"):
        return None
    return exim_failure(rcpt, f"  {rcpt}\n    {text}\n")


def postfix_delay(row, rcpt):
    """Postfix's delay warning; a greeting row is left out as in postfix()."""
    _, _, reply, command, _, _, text = row
    if command == "CONN":
        return None
    para = postfix_paragraph(rcpt, command, text) if reply != "-" else f"<{rcpt}>: {text}"
    return text_notice("MAILER-DAEMON@mx.sender.test (Mail Delivery System)",
                       "Delayed Mail (still being retried)",
                       ("This is the mail system at host mx.sender.test.\n\n"
                        "####################################################################\n"
                        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                        "####################################################################\n\n"
                        "Your message could not be delivered for more than 4 hour(s).\n"
                        "It will be retried until it is 5 day(s) old.\n\n"
                        "                   The mail system\n\n"
                        f"{para}\n"))


def exim_delay(row, rcpt):
    """Exim's delay warning, the reply under "SMTP error … after …" or the text alone."""
    _, _, reply, command, _, _, text = row
    lines = f"  {rcpt}\n    {text}\n" if reply == "-" else exim_stage_lines(rcpt, command, text)
    if lines is None:
        return None
    return text_notice(EXIM_SENDER, "Warning: message 1tKx4a-0003Qm-7c delayed 24 hours",
                       ("This message was created automatically by mail delivery software.\n"
                        "A message that you sent has not yet been delivered to one or more of its\n"
                        "recipients after more than 24 hours on the queue on mx.sender.test.\n\n"
                        "The address to which the message has not yet been delivered is:\n\n"
                        f"{lines}\n"
                        "No action is required on your part. Delivery attempts will continue for\n"
                        "some time, and this warning may be repeated at intervals if the message\n"
                        "remains undelivered.\n"))


CARRIERS = (("postfix", postfix), ("postfix-dsn", postfix_dsn), ("exim", exim), ("qmail", qmail),
            ("sendmail", sendmail), ("exchange", exchange), ("exim-local", exim_local))
DELAY_CARRIERS = (("postfix-delay", postfix_delay), ("exim-delay", exim_delay))


def main():
    env = fixture_run.environment()
    if env is None:
        return 77
    src, bouncectl = env
    probe = os.path.join(src, "tests", "data", "diagnostic-probe.tsv")
    plan = [(name, carrier, "failed") for name, carrier in CARRIERS] + \
        [(name, carrier, "delayed") for name, carrier in DELAY_CARRIERS]
    rows = {action: probe_rows(probe, action) for action in ("failed", "delayed")}
    failed, counts = 0, {}
    with tempfile.TemporaryDirectory() as tmp:
        written = []
        for name, carrier, action in plan:
            for row in rows[action]:
                rcpt = recipient_of(row[6])
                message = carrier(row, rcpt)
                if message is None:
                    continue
                path = os.path.join(tmp, f"{name}-{row[0]}.eml")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(message)
                written.append((name, row, rcpt, action))
                counts[name] = counts.get(name, 0) + 1
        paths = [os.path.join(tmp, f"{name}-{row[0]}.eml") for name, row, _, _ in written]
        reports = fixture_run.parse_json(bouncectl, paths)
        for (name, row, rcpt, action), report in zip(written, reports):
            line, status, reply, _, reason, cls, text = row
            mine = [r for r in report.get("records") or []
                    if (r.get("recipient") or "").lower() == rcpt.lower()]
            # the reply code a scraper read; a delivery-status part's own pair is the innermost
            # of a relayed reply ("550 5.7.350 … -> 554 5.7.1 …") by design, and a code whose
            # second digit is above 5 ("571") is no RFC 5321 reply
            check_reply = name != "postfix-dsn" and reply != "-" and reply[1] in "012345"
            got = [(r.get("action"), r.get("reply_code") if check_reply else "-", r.get("reason"),
                    r.get("class")) for r in mine]
            want = [(action, reply if check_reply else "-", reason, cls)]
            if got != want:
                failed += 1
                rules = [r.get("rule") for r in mine]
                print(f"FAIL {name}, probe line {line}: got {got} (rules {rules}), "
                      f"want {want}: {text[:160]}")
    if any(counts.get(name, 0) < 300 for name, _, _ in plan):
        print(f"FAIL: too few probe rows to carry ({counts})")
        return 1
    total = sum(counts.values())
    print(f"carrier invariance: {total - failed} of {total} notices decide as their probe row "
          f"({len(rows['failed'])} failed and {len(rows['delayed'])} delayed rows; "
          f"{', '.join(f'{n} {c}' for n, c in counts.items())})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
