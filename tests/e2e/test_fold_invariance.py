#!/usr/bin/env python3
"""The same bounce, folded or ended differently, must give the same records.

Where an MTA folds a reply depends on the lengths of the addresses and host
names in it, and stored mail may end its lines in CRLF.  For every fixture
this test writes variants into a temporary directory:
  - each Postfix-style paragraph ("<addr>: ..." followed by lines indented
    by four spaces) re-wrapped at 40, 60, 72, 78 and 100 columns, unfolded onto
    one line, and folded right before its reply code ("refused to talk to me:"
    then "    521 5.3.2 ..." on a line of its own) and right after it ("521"
    then "    5.3.2 ..."): where a fold falls depends on the lengths of the
    addresses and host names, so the text before the reply on its own line
    must read as the lines above it do;
  - every line ended with CRLF;
  - a one-part text/plain bounce sent as text/html instead, one <p> per line;
  - a one-part text bounce sent as base64 and as quoted-printable instead
    (decoded first when it came in one of them), as the only part of a
    multipart/mixed, with its Subject in an RFC 2047 word, and one in
    another charset (ISO-8859-x,
    Shift_JIS, ISO-2022-JP, KOI8-R, ...) re-coded to UTF-8: the transfer
    encoding and the charset are the sending MTA's choice, not the bounce's;
and checks that `bouncectl parse --json` decides the same kind and writer (mta)
and the same recipient, status, reply code, reason, SMTP command, remote host
and action for each record.
"""
import base64
import codecs
import glob
import html
import os
import quopri
import re
import sys
import tempfile
import textwrap

import fixture_run

FIELDS = ("recipient", "status", "reply_code", "reason", "smtp_command", "remote_mta", "action")
WIDTHS = (40, 60, 72, 78, 100)
# a placed reply code in a Postfix paragraph: after "said:", "to me:", "]:" or "; "
REPLY = re.compile(r"(?:said:|me:|\]:|;) ([45][0-9][0-9])(?=[ -])")


def wrap_para(words, width):
    return textwrap.wrap(words, width=width, subsequent_indent="    ",
                         break_long_words=False, break_on_hyphens=False)


def refold(text, how):
    """text with its '<addr>: ...' paragraphs folded another way, or None when it has none.

    how is a width, "join" (the paragraph on one line), "before-code" (a line break
    right before the reply code) or "after-code" (one right after it)."""
    lines = text.split("\n")
    out, i, changed = [], 0, False
    while i < len(lines):
        line = lines[i]
        if (line.startswith("<") and ">:" in line and i + 1 < len(lines)
                and lines[i + 1].startswith("    ") and not lines[i + 1].startswith("     ")):
            group, j = [line], i + 1
            while j < len(lines) and lines[j].startswith("    ") and lines[j].strip():
                group.append(lines[j].strip())
                j += 1
            para = " ".join(group)
            if isinstance(how, int):
                out.extend(wrap_para(para, how))
                changed = True
            elif how == "join":
                out.append(para)
                changed = True
            else:
                m = REPLY.search(para)
                if m is None:
                    out.extend(lines[i:j])
                else:
                    cut = m.start(1) if how == "before-code" else m.end(1)
                    head, tail = para[:cut].rstrip(), para[cut:].strip()
                    out.extend(wrap_para(head, 78))
                    out.extend(wrap_para("    " + tail, 78))
                    changed = True
            i = j
            continue
        out.append(line)
        i += 1
    return "\n".join(out) if changed else None


def as_html(text):
    """A one-part text/plain message as text/html with a <p> per line, or None."""
    if "\r" in text:
        return None  # CRLF or mixed line ends: "\n\n" would not find the end of the header
    head, sep, body = text.partition("\n\n")
    ctype = re.search(r"(?im)^content-type:[ \t]*text/plain[^\n]*$", head)
    if not sep or not ctype or re.search(r"(?im)^content-transfer-encoding:[ \t]*(base64|quoted)",
                                         head):
        return None
    charset = re.search(r"charset=\"?([^\";\s]+)", ctype.group(0), re.I)
    if charset and charset.group(1).lower() not in ("us-ascii", "utf-8"):
        return None  # bytes of ISO-2022-JP may be '<' or '&': escaping them would change the text
    head = head[:ctype.start()] + "Content-Type: text/html; charset=utf-8" + head[ctype.end():]
    paras = "\n".join("<p>" + html.escape(line).replace("  ", "&nbsp; ") + "</p>"
                      for line in body.split("\n"))
    return head + "\n\n<html><body>\n" + paras + "\n</body></html>\n"


HEADER_FIELD = re.compile(rb"(?im)^(content-type|content-transfer-encoding):[^\n]*(?:\n[ \t][^\n]*)*\n?")


def recoded(raw, how, where=""):
    """A one-part text bounce re-sent another way, or None (where: its path).

    how is "base64", "quoted-printable" or "utf-8" (the body re-coded from its
    declared charset to UTF-8, still 8bit)."""
    if b"\r" in raw:
        return None  # the CRLF variant covers those line ends
    head, sep, body = raw.partition(b"\n\n")
    if not sep or not body.strip():
        return None
    fields = {m.group(1).lower(): m.group(0) for m in HEADER_FIELD.finditer(head + b"\n")}
    ctype = fields.get(b"content-type", b"content-type: text/plain")
    cte = fields.get(b"content-transfer-encoding", b"x: 7bit").split(b":", 1)[1].strip().lower()
    if not re.match(rb"(?i)content-type:\s*text/(plain|html)\b", ctype) or "damaged" in where:
        return None
    if cte == how.encode():
        return None
    try:
        if cte == b"base64":
            body = base64.b64decode(body)
        elif cte == b"quoted-printable":
            body = quopri.decodestring(body)
        elif cte not in (b"7bit", b"8bit"):
            return None
    except ValueError:
        return None
    charset = re.search(rb'(?i)charset\s*=\s*"?([-\w.:]+)', ctype)
    charset = charset.group(1).decode("ascii").lower() if charset else "us-ascii"
    kept = HEADER_FIELD.sub(b"", head + b"\n").rstrip(b"\n")
    if how == "utf-8":
        try:
            codecs.lookup(charset)
            text = body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            return None
        if charset in ("us-ascii", "ascii", "utf-8", "utf8") or text.isascii():
            return None
        mime = re.sub(rb"(?i)charset\s*=\s*\"?[-\w.:]+\"?", b"charset=utf-8", ctype.rstrip(b"\n"))
        return kept + b"\n" + mime + b"\nContent-Transfer-Encoding: 8bit\n\n" + text.encode("utf-8")
    coded = base64.encodebytes(body) if how == "base64" else quopri.encodestring(body)
    return (kept + b"\n" + ctype.rstrip(b"\n") + b"\nContent-Transfer-Encoding: " + how.encode()
            + b"\n\n" + coded)


def wrapped_in_mixed(raw):
    """A one-part text bounce as the only part of a multipart/mixed, or None."""
    if b"\r" in raw:
        return None
    head, sep, body = raw.partition(b"\n\n")
    if not sep:
        return None
    fields = {m.group(1).lower(): m.group(0) for m in HEADER_FIELD.finditer(head + b"\n")}
    ctype = fields.get(b"content-type", b"Content-Type: text/plain\n")
    if not re.match(rb"(?i)content-type:\s*text/(plain|html)\b", ctype):
        return None
    kept = HEADER_FIELD.sub(b"", head + b"\n").rstrip(b"\n")
    part = ctype.rstrip(b"\n") + b"\n" + fields.get(b"content-transfer-encoding", b"")
    return (kept + b'\nContent-Type: multipart/mixed; boundary="=_fold_invariance"\n\n'
            + b"--=_fold_invariance\n" + part.rstrip(b"\n") + b"\n\n" + body.rstrip(b"\n")
            + b"\n\n--=_fold_invariance--\n")


def subject_in_words(raw):
    """The bounce with its one-line ASCII Subject as an RFC 2047 word, or None."""
    head, sep, body = raw.partition(b"\n\n")
    m = re.search(rb"(?im)^subject:[ \t]*([ -~]+?)[ \t]*$(?!\n[ \t])", head)
    if not sep or m is None or b"=?" in m.group(1):
        return None
    word = b"=?UTF-8?B?" + base64.b64encode(m.group(1)) + b"?="
    return head[:m.start(1)] + word + head[m.end(1):] + sep + body


def decisions(bouncectl, paths):
    """{basename: [(kind, writer), (field values) per record]} as bouncectl parses paths."""
    result = {}
    for obj in fixture_run.parse_json(bouncectl, paths):
        result[os.path.basename(obj["file"])] = [(obj.get("kind"), obj.get("mta"))] + [
            tuple(r.get(f) for f in FIELDS) for r in obj.get("records") or []]
    return result


def main():
    env = fixture_run.environment()
    if env is None:
        return 77
    src, bouncectl = env
    fixtures = sorted(glob.glob(os.path.join(src, "fixtures", "**", "*.eml"), recursive=True))
    with tempfile.TemporaryDirectory() as tmp:
        originals, variants = {}, []
        for n, path in enumerate(fixtures):
            raw = open(path, "rb").read()
            text = raw.decode("utf-8", "surrogateescape")
            name = f"{n:03d}-{os.path.basename(path)}"
            originals[name] = path
            for how in WIDTHS + ("join", "before-code", "after-code"):
                wrapped = refold(text, how)
                if wrapped is not None:
                    v = os.path.join(tmp, f"w{how}-{name}")
                    open(v, "wb").write(wrapped.encode("utf-8", "surrogateescape"))
                    variants.append((v, name))
            as_page = as_html(text)
            if as_page is not None:
                v = os.path.join(tmp, f"html-{name}")
                open(v, "wb").write(as_page.encode("utf-8", "surrogateescape"))
                variants.append((v, name))
            for how in ("base64", "quoted-printable", "utf-8"):
                other = recoded(raw, how, path)
                if other is not None:
                    v = os.path.join(tmp, f"cte{how}-{name}")
                    open(v, "wb").write(other)
                    variants.append((v, name))
            mixed = wrapped_in_mixed(raw)
            if mixed is not None:
                v = os.path.join(tmp, f"mixed-{name}")
                open(v, "wb").write(mixed)
                variants.append((v, name))
            encoded = subject_in_words(raw)
            if encoded is not None:
                v = os.path.join(tmp, f"subject-{name}")
                open(v, "wb").write(encoded)
                variants.append((v, name))
            v = os.path.join(tmp, f"crlf-{name}")
            open(v, "wb").write(raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
            variants.append((v, name))
        for name, path in originals.items():
            link = os.path.join(tmp, name)
            os.symlink(os.path.abspath(path), link)
        base = decisions(bouncectl, [os.path.join(tmp, n) for n in originals])
        got = decisions(bouncectl, [v for v, _ in variants])
        failed = 0
        wrapped = sum(1 for v, _ in variants if os.path.basename(v).startswith("w"))
        pages = sum(1 for v, _ in variants if os.path.basename(v).startswith("html-"))
        coded = sum(1 for v, _ in variants if os.path.basename(v).startswith("cte"))
        for v, name in variants:
            if got.get(os.path.basename(v)) != base.get(name):
                failed += 1
                print(f"FAIL {os.path.basename(v)}: {got.get(os.path.basename(v))} "
                      f"!= {base.get(name)}")
    if wrapped < 3 or pages < 3 or coded < 3:
        print("FAIL: fewer than three re-wrapped, html or re-coded variants: "
              "the fixtures lost their texts")
        return 1
    print(f"fold invariance: {len(variants) - failed} of {len(variants)} variants "
          f"({wrapped} re-wrapped, {pages} as html, {coded} re-coded) decide as their original")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
