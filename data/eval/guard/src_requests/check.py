#!/usr/bin/env python3
"""Validate ../benign_requests.jsonl: JSON, fields, kinds, unique and non-near-duplicate texts, length rules. Prints counts."""
import json, os, re, sys
from collections import Counter
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "benign_requests.jsonl")
KINDS = {"edit_paste", "extract_paste", "analyze_paste", "roleplay_request", "constrained_writing",
         "code_help", "advice_long", "reasoning_math", "everyday_short"}
EXPECTED_TOTAL = 448  # 2 removed by the team: they also occur in data/jailbreak training files

def words(t):
    return re.findall(r"\w+", t.lower())

def shingles(t, n=5):
    w = words(t)
    return {" ".join(w[i:i + n]) for i in range(max(1, len(w) - n + 1))}

def main():
    errors, rows = [], []
    with open(PATH, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                o = json.loads(line)
            except Exception as e:
                errors.append(f"line {i}: bad JSON: {e}"); continue
            if set(o) != {"text", "kind"}:
                errors.append(f"line {i}: keys {sorted(o)}")
            if not isinstance(o.get("text"), str) or not o["text"].strip():
                errors.append(f"line {i}: empty text")
            if o.get("kind") not in KINDS:
                errors.append(f"line {i}: bad kind {o.get('kind')}")
            rows.append(o)
    texts = [r["text"] for r in rows]
    norm = Counter(re.sub(r"\s+", " ", t.strip().lower()) for t in texts)
    for t, c in norm.items():
        if c > 1:
            errors.append(f"duplicate text x{c}: {t[:60]!r}")
    # length rules (informational warnings for non-Latin scripts)
    warns = []
    for r in rows:
        n = len(r["text"].split())
        if r["kind"] == "everyday_short" and not (5 <= n <= 25) and r["text"].isascii():
            warns.append(f"everyday_short has {n} words: {r['text'][:50]!r}")
        if r["kind"] == "edit_paste":
            body = r["text"].split("\n", 1)[-1]
            nb = len(body.split())
            if not (60 <= nb <= 320):
                warns.append(f"edit_paste pasted part ~{nb} words: {r['text'][:50]!r}")
        if r["kind"] == "advice_long" and not (150 <= n <= 400):
            warns.append(f"advice_long has {n} words: {r['text'][:50]!r}")
    # near-duplicate check: Jaccard on 5-word shingles
    sh = [shingles(t) for t in texts]
    for i, j in combinations(range(len(texts)), 2):
        a, b = sh[i], sh[j]
        if a and b:
            jac = len(a & b) / len(a | b)
            if jac > 0.5:
                errors.append(f"near-duplicate (J={jac:.2f}): {texts[i][:40]!r} ~ {texts[j][:40]!r}")
    counts = Counter(r["kind"] for r in rows)
    for w in warns:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("counts per kind:")
    for k in sorted(KINDS):
        print(f"  {k:20s} {counts.get(k, 0)}")
    print(f"  {'TOTAL':20s} {len(rows)}")
    if len(rows) != EXPECTED_TOTAL:
        print(f"NOTE: expected {EXPECTED_TOTAL} rows")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
