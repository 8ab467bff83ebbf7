#!/usr/bin/env python3
"""Independent check of the built file ../written2.jsonl (run after build.py).

Verifies: row shape and template ids, span types, offsets inside the text,
no overlapping spans, no span with surrounding whitespace, and that no text
equals (case- and whitespace-insensitively) a text of written.jsonl,
natural.jsonl or synthetic.jsonl, and that no text occurs twice in this file.
Exit status 1 on any problem.
"""
import json
import os
import sys

DATA = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IP_ADDRESS",
         "IBAN_CODE", "STREET_ADDRESS", "DATE_TIME", "ORGANIZATION", "GPE", "URL"}


def norm(t):
    return " ".join(t.lower().split())


# ../written3_src/check.py reuses this check with its own round and earlier files.
ROUND = 2
EARLIER = ("written.jsonl",)


def main():
    bad = 0
    other = {}
    for name in (*EARLIER, "natural.jsonl", "synthetic.jsonl"):
        with open(os.path.join(DATA, name), encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    other.setdefault(norm(json.loads(line)["text"]), name)
    seen = {}
    n = 0
    with open(os.path.join(DATA, "written%d.jsonl" % ROUND), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            o = json.loads(line)
            n += 1
            probs = []
            if set(o) != {"text", "spans", "template"} or o["template"] != "written%d:%d" % (ROUND, i):
                probs.append("row shape / template")
            t = o["text"]
            end = -1
            for s in sorted(o["spans"], key=lambda s: (s["start"], s["end"])):
                if set(s) != {"type", "start", "end"} or s["type"] not in TYPES:
                    probs.append("span shape %r" % s)
                    continue
                if not (isinstance(s["start"], int) and isinstance(s["end"], int)
                        and 0 <= s["start"] < s["end"] <= len(t)):
                    probs.append("offsets %r" % s)
                    continue
                if s["start"] < end:
                    probs.append("overlap %r" % s)
                end = max(end, s["end"])
                v = t[s["start"]:s["end"]]
                if v != v.strip():
                    probs.append("whitespace at span edge %r" % v)
            k = norm(t)
            if k in other:
                probs.append("text also in %s" % other[k])
            if k in seen:
                probs.append("text repeats row %d" % seen[k])
            seen[k] = i
            for p in probs:
                bad += 1
                print("row %d: %s | %s" % (i, p, t[:80].replace("\n", " ")))
    print("checked %d rows, %d problems" % (n, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
