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


def parse_json(bouncectl, paths):
    """The report objects `bouncectl parse --json` prints for paths, in order."""
    out = subprocess.run([bouncectl, "parse", "--json"] + list(paths), capture_output=True,
                         text=True, check=True).stdout.splitlines()
    return [json.loads(line) for line in out]
