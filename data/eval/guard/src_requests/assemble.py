#!/usr/bin/env python3
"""Assemble hand-written benign requests into ../benign_requests.jsonl.

Each module in this folder holds KIND and ITEMS (a list of hand-written strings).
Rows are written in a fixed shuffled order (seeded) so kinds are interleaved.
"""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "benign_requests.jsonl")
MODULES = ["edit_paste", "extract_paste", "analyze_paste", "roleplay_request",
           "constrained_writing", "code_help", "advice_long_a", "advice_long_b",
           "reasoning_math", "everyday_short"]

def load():
    sys.path.insert(0, HERE)
    rows = []
    for m in MODULES:
        mod = importlib.import_module(m)
        for t in mod.ITEMS:
            rows.append({"text": t.strip("\n"), "kind": mod.KIND})
    return rows

def main():
    rows = load()
    random.Random(20261129).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")

if __name__ == "__main__":
    main()
