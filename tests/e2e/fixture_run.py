"""What the fixture scripts (test_fixture_expect.py, test_fold_invariance.py) share."""
import json
import os
import subprocess
import sys


def environment():
    """(source dir, bouncectl path), or None when BOUNCECTL is not set (the test skips)."""
    bouncectl = os.environ.get("BOUNCECTL")
    if not bouncectl:
        print("BOUNCECTL not set", file=sys.stderr)
        return None
    return os.environ.get("BD_SOURCE_DIR", "."), bouncectl


# Paths per bouncectl run: the fold test's 29,000 variant paths overflow the kernel's limit on
# one command line (E2BIG, "Argument list too long"), so they go in batches.
BATCH = 2000


def parse_json(bouncectl, paths):
    """The report objects `bouncectl parse --json` prints for paths, in order."""
    paths = list(paths)
    reports = []
    for i in range(0, len(paths), BATCH):
        out = subprocess.run([bouncectl, "parse", "--json"] + paths[i:i + BATCH],
                             capture_output=True, text=True, check=True).stdout.splitlines()
        reports.extend(json.loads(line) for line in out)
    return reports
