#!/usr/bin/env python3
"""Hand-written expectations for fixtures: every fixtures/**/NAME.expect pins
what `bouncectl parse --json fixtures/**/NAME.eml` must decide.

The golden file (test_golden.sh) leaves out what the classifier and the
scrapers decide; an .expect file states it for one fixture, written by the
person who wrote the fixture, from what the bounce says (not from what the
program printed).  Format, one item per line, '#' starts a comment:

    mta FAMILY|-
    kind dsn|scraped|arf|autoreply|none      (optional)
    record RECIPIENT STATUS REPLY REASON CLASS [COMMAND]

'-' means the field must be null.  Records must match in number and order.
Every record's hard_bounce must agree with its class (DESIGN.md section 4:
true only for a dead address, class hard), so a record of any other class
never carries hard_bounce true.

A NAME.expect-gap file (same format, with a '# GAP:' comment saying why) states
what the fixture should give but does not yet: it must still differ, so a gap
that starts passing fails here until it is renamed to .expect.
"""
import glob
import os
import sys

import fixture_run


def read_expect(path):
    """Parse one .expect file into (mta, kind or None, [record fields, ...])."""
    mta, kind, records = None, None, []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            words = line.split("#", 1)[0].split()
            if not words:
                continue
            if words[0] == "mta" and len(words) == 2:
                mta = words[1]
            elif words[0] == "kind" and len(words) == 2:
                kind = words[1]
            elif words[0] == "record" and len(words) in (6, 7):
                records.append(words[1:])
            else:
                raise SystemExit(f"{path}:{n}: cannot read {line.strip()!r}")
    if mta is None:
        raise SystemExit(f"{path}: no 'mta' line")
    return mta, kind, records


def none_if_dash(word):
    return None if word == "-" else word


def check(path, report):
    """The differences between one fixture's .expect and its parsed report."""
    mta, kind, expected = read_expect(path)
    problems = []
    if none_if_dash(mta) != report.get("mta"):
        problems.append(f"mta: expected {mta}, got {report.get('mta')}")
    if kind is not None and kind != report.get("kind"):
        problems.append(f"kind: expected {kind}, got {report.get('kind')}")
    got = report.get("records") or []
    for i, rec in enumerate(got):
        if rec.get("hard_bounce") and rec.get("class") != "hard":
            problems.append(f"record {i}: hard_bounce true for class {rec.get('class')}")
    if len(got) != len(expected):
        problems.append(f"{len(expected)} records expected, got {len(got)}")
    for i, (want, rec) in enumerate(zip(expected, got)):
        names = ("recipient", "status", "reply_code", "reason", "class", "smtp_command")
        for name, value in zip(names, want):
            have = rec.get(name)
            if name == "recipient" and have is not None:
                have = have.lower()
                value = value.lower()
            if none_if_dash(value) != have:
                problems.append(f"record {i} {name}: expected {value}, got {have}")
    return problems


def main():
    env = fixture_run.environment()
    if env is None:
        return 77
    src, bouncectl = env
    expects = sorted(glob.glob(os.path.join(src, "fixtures", "**", "*.expect"), recursive=True))
    if not expects:
        print("no .expect files", file=sys.stderr)
        return 1
    emls = [e[: -len(".expect")] + ".eml" for e in expects]
    missing = [e for e in emls if not os.path.exists(e)]
    if missing:
        print("an .expect without its .eml: " + ", ".join(missing), file=sys.stderr)
        return 1
    out = fixture_run.parse_json(bouncectl, emls)
    if len(out) != len(emls):
        print(f"{len(emls)} fixtures but {len(out)} JSON lines", file=sys.stderr)
        return 1
    failed = 0
    for path, report in zip(expects, out):
        problems = check(path, report)
        if problems:
            failed += 1
            rel = os.path.relpath(path, src)
            for p in problems:
                print(f"FAIL {rel}: {p}")
    print(f"fixture expectations: {len(expects) - failed} of {len(expects)} match")
    return 1 if failed or not gaps_still_open(src, bouncectl) else 0


def gaps_still_open(src, bouncectl):
    """Every .expect-gap must still differ from the parse: one that passes is a fixed gap."""
    gaps = sorted(glob.glob(os.path.join(src, "fixtures", "**", "*.expect-gap"), recursive=True))
    if not gaps:
        return True
    emls = [g[: -len(".expect-gap")] + ".eml" for g in gaps]
    out = fixture_run.parse_json(bouncectl, emls)
    ok = len(out) == len(gaps)
    if not ok:
        print(f"{len(gaps)} gap fixtures but {len(out)} JSON lines", file=sys.stderr)
    for path, report in zip(gaps, out):
        if not check(path, report):
            ok = False
            rel = os.path.relpath(path, src)
            print(f"FAIL {rel}: the gap is fixed: rename it to .expect")
    print(f"known gaps: {len(gaps)}, still open: {'all' if ok else 'not all'}")
    return ok


if __name__ == "__main__":
    sys.exit(main())
