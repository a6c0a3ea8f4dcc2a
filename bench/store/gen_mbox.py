#!/usr/bin/env python3
"""gen_mbox.py N OUT - an mbox of N distinct DSN bounces (hard, soft, block, complaint mix)
built from the project's fixtures/store templates, each to its own recipient."""
import os
import sys

n, out = int(sys.argv[1]), sys.argv[2]
fix = os.path.join(os.path.dirname(__file__), "..", "..", "fixtures", "store")
names = ["hard-user-unknown.eml"] * 5 + ["soft-mailbox-full.eml"] * 2 + \
        ["block-spamhaus-listed.eml"] * 2 + ["complaint-abuse-arf.eml"]
templates = []
for name in names:
    with open(os.path.join(fix, name), encoding="ascii") as f:
        templates.append(f.read())
olds = ["Dead.User@Example.ORG", "full@example.com", "alive@example.net", "angry@isp.example"]
with open(out, "w", encoding="ascii") as f:
    for i in range(n):
        t = templates[i % len(templates)]
        rcpt = "user%d@domain%d.example" % (i, i % 997)
        for o in olds:
            t = t.replace(o, rcpt)
        t = t.replace("hard1@", "b%d@" % i).replace("soft1@", "b%d@" % i) \
             .replace("block1@", "b%d@" % i).replace("arf1@", "b%d@" % i)
        f.write("From MAILER-DAEMON Mon Jan  5 10:00:00 2026\n")
        f.write(t)
        f.write("\n")
