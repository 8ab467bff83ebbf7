"""Validate data/eval/guard/attacks_written.jsonl.

Checks: valid JSON per line, keys exactly text/label/family, label ==
"jailbreak", family in the allowed list, text length >= 15 chars, no
duplicates inside the file and no row equal to a row of attacks.jsonl,
benign.jsonl, benign_conversational.jsonl or benign_written.jsonl, using a
case- and punctuation-insensitive normalisation. Prints counts per family and
a word-length histogram. Exit status 1 on any failure.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(os.path.dirname(HERE), "attacks_written.jsonl")
DATA = os.path.join(HERE, "..", "..", "..", "jailbreak")  # the training files
OTHERS = ["attacks.jsonl", "benign.jsonl", "benign_conversational.jsonl", "benign_written.jsonl"]
sys.path.insert(0, HERE)
from common import FAMILIES  # noqa: E402

MIN_CHARS = 15


def norm(text):
    """Lowercase, keep only letters/digits (any script), collapse to single spaces."""
    out = []
    for ch in text.lower():
        out.append(ch if ch.isalnum() else " ")
    return " ".join("".join(out).split())


def load_texts(path):
    texts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                texts.append(json.loads(line)["text"])
    return texts


def main():
    errors = []
    rows = []
    with open(TARGET, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {i}: empty line")
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {i}: invalid JSON ({e})")
                continue
            if not isinstance(d, dict) or set(d) != {"text", "label", "family"}:
                errors.append(f"line {i}: keys {sorted(d) if isinstance(d, dict) else type(d)}")
                continue
            if d["label"] != "jailbreak":
                errors.append(f"line {i}: label {d['label']!r}")
            if d["family"] not in FAMILIES:
                errors.append(f"line {i}: unknown family {d['family']!r}")
            if not isinstance(d["text"], str) or len(d["text"].strip()) < MIN_CHARS:
                errors.append(f"line {i}: text shorter than {MIN_CHARS} chars")
            rows.append((i, d))

    seen = {}
    for i, d in rows:
        k = norm(d["text"])
        if k in seen:
            errors.append(f"line {i}: duplicate of line {seen[k]}")
        else:
            seen[k] = i

    for name in OTHERS:
        path = os.path.join(DATA, name)
        if not os.path.exists(path):
            print(f"note: {name} not found, skipped")
            continue
        other = {norm(t) for t in load_texts(path)}
        hits = [i for i, d in rows if norm(d["text"]) in other]
        for i in hits:
            errors.append(f"line {i}: identical (normalised) to a row of {name}")

    fam = collections.Counter(d["family"] for _, d in rows)
    print(f"rows: {len(rows)}")
    print("per family:")
    for f_ in FAMILIES:
        print(f"  {f_:32s} {fam.get(f_, 0)}")

    bins = [(1, 10), (11, 25), (26, 50), (51, 100), (101, 150), (151, 200), (201, 300), (301, 400), (401, 10**9)]
    lens = [len(d["text"].split()) for _, d in rows]
    print("word-length histogram (whitespace tokens):")
    for lo, hi in bins:
        n = sum(lo <= x <= hi for x in lens)
        label = f"{lo}-{hi}" if hi < 10**9 else f">{lo - 1}"
        print(f"  {label:>9s} {n:5d} {'#' * (n // 10)}")
    if lens:
        s = sorted(lens)
        print(f"  min {s[0]}  median {s[len(s) // 2]}  mean {sum(s) / len(s):.1f}  max {s[-1]}")

    if errors:
        print(f"\nFAILED with {len(errors)} problem(s):")
        for e in errors[:200]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
