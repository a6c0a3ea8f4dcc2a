#!/usr/bin/env python3
"""Read `bouncectl parse --json` lines, drop the classifier/scraper-owned fields, print canonical JSON."""
import json
import sys

REPORT_DROP = ("mta",)
RECORD_DROP = ("reason", "class", "hard_bounce", "rule")

for line in sys.stdin:
    obj = json.loads(line)
    for key in REPORT_DROP:
        obj.pop(key, None)
    for rec in obj.get("records", []):
        for key in RECORD_DROP:
            rec.pop(key, None)
    print(json.dumps(obj, ensure_ascii=False, sort_keys=False))
