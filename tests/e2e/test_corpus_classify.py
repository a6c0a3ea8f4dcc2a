#!/usr/bin/env python3
"""Classifier over the shared development corpus (skipped when it is absent).

Checks what the classifier owns, whatever the parser and scrapers find:
  - no record comes out of a not-* (non-bounce) message;
  - every record has a reason of DESIGN.md section 4, the class of that reason
    (delay for Action: delayed, soft for a 4xx notaccept, for feedback the class
    of its feedback type) and hard_bounce only
    for dead addresses, a valid status and a rule id;
  - of the gold records found, at least MIN_REASON of reasons and MIN_HARD of
    hard_bounce flags agree with gold.jsonl.
"""
import json
import os
import re
import subprocess
import sys

MIN_REASON = 0.89
MIN_HARD = 0.95

CLASSES = {
    "userunknown": "hard", "hostunknown": "hard", "hasmoved": "hard", "notaccept": "hard",
    "suspend": "soft", "mailboxfull": "soft", "exceedlimit": "soft", "systemfull": "soft",
    "mesgtoobig": "soft", "expired": "soft", "networkerror": "soft", "systemerror": "soft",
    "mailererror": "soft", "contenterror": "soft", "notcompliantrfc": "soft", "filtered": "soft",
    "onhold": "unknown", "undefined": "unknown", "blocked": "block", "requireptr": "block",
    "badreputation": "block", "authfailure": "block", "failedstarttls": "block",
    "spamdetected": "block", "virusdetected": "block", "policyviolation": "block",
    "securityerror": "block", "rejected": "block", "norelaying": "block", "toomanyconn": "block",
    "speeding": "block", "syntaxerror": "block", "feedback": "complaint",
    "vacation": "autoreply", "delivered": "success",
}
# feedback reports that are no complaint of the recipient (bd_feedback_class): never suppressed
FEEDBACK_CLASSES = {"auth-failure": "block", "virus": "block", "not-spam": "unknown"}
STATUS = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


def main():
    src = os.environ.get("BD_SOURCE_DIR", ".")
    corpus = os.path.join(src, "..", "shared", "corpus")
    bouncectl = os.environ.get("BOUNCECTL")
    if not os.path.isdir(os.path.join(corpus, "eml")) or not bouncectl:
        print("no corpus or no bouncectl: skipped")
        return 77
    names = sorted(os.listdir(os.path.join(corpus, "eml")))
    files = [os.path.join(corpus, "eml", n) for n in names]
    out = subprocess.run([bouncectl, "parse", "--json"] + files, stdout=subprocess.PIPE,
                         check=False).stdout.decode("utf-8", "replace")
    got = {}
    for line in out.splitlines():
        o = json.loads(line)
        got[os.path.basename(o["file"])] = o.get("records") or []
    errors = []
    for name, recs in got.items():
        if name.startswith("not-") and recs:
            errors.append(f"{name}: {len(recs)} record(s) from a non-bounce")
        for r in recs:
            reason, klass = r.get("reason"), r.get("class")
            if reason not in CLASSES:
                errors.append(f"{name}: unknown reason {reason!r}")
                continue
            want = CLASSES[reason]
            if reason == "feedback":
                want = FEEDBACK_CLASSES.get(r.get("feedback_type"), "complaint")
            if r.get("action") == "delayed" and reason not in ("feedback", "vacation", "delivered"):
                want = "delay"
            elif reason == "notaccept" and str(r.get("status") or "").startswith("4"):
                want = "soft"
            if klass != want:
                errors.append(f"{name}: reason {reason} with class {klass}, want {want}")
            if r.get("hard_bounce") and klass != "hard":
                errors.append(f"{name}: hard_bounce with class {klass}")
            if reason not in ("feedback", "vacation") and not STATUS.match(str(r.get("status"))):
                errors.append(f"{name}: bad status {r.get('status')!r}")
            if not r.get("rule"):
                errors.append(f"{name}: no rule id")

    found = reason_ok = hard_ok = 0
    for line in open(os.path.join(corpus, "gold.jsonl")):
        g = json.loads(line)
        recs = list(got.get(g["file"], []))
        for e in g["expect"]:
            if not recs:
                break
            # the record that agrees best, as corpus-score pairs them
            best = max(recs, key=lambda r: (r.get("reason") == e[2]) + (
                bool(r.get("hard_bounce")) == bool(e[3])))
            recs.remove(best)
            found += 1
            reason_ok += best.get("reason") == e[2]
            hard_ok += bool(best.get("hard_bounce")) == bool(e[3])
    if found == 0:
        errors.append("no gold record found at all")
    else:
        print(f"found {found} gold records: reason {100.0 * reason_ok / found:.1f}% "
              f"hard {100.0 * hard_ok / found:.1f}%")
        if reason_ok < MIN_REASON * found:
            errors.append(f"reason agreement {reason_ok}/{found} below {MIN_REASON:.0%}")
        if hard_ok < MIN_HARD * found:
            errors.append(f"hard_bounce agreement {hard_ok}/{found} below {MIN_HARD:.0%}")
    for e in errors:
        print("FAIL", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
