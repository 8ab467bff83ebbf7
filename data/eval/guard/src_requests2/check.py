"""Check benign_requests2.jsonl: JSON, keys, label, duplicates, overlap with the other team files.

Run: python3 data/jailbreak/benign_written2_src/check.py   (exit status 1 on any problem)
"""
import collections
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(os.path.dirname(HERE), "benign_requests2.jsonl")
DIR = os.path.join(HERE, "..", "..", "..", "jailbreak")  # the training files
OTHERS = ["benign_written.jsonl", "benign.jsonl", "benign_conversational.jsonl", "attacks.jsonl"]
FAMILIES = {
    "benchmark_style_tasks", "benign_override_words", "system_prompt_like", "dark_but_benign",
    "meta_and_assistant", "pasted_content_tasks", "short_and_social",
}


def norm(text):
    """Case- and punctuation-insensitive key: keep letters/digits (any script) and single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    kept = [ch if (ch.isalnum() or ch.isspace()) else " " for ch in text]
    key = " ".join("".join(kept).split())
    return key if key else text.strip()  # emoji-only rows keep their raw text as key


def main():
    problems = []
    rows = []
    with open(TARGET, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"line {n}: invalid JSON ({exc})")
                continue
            if not isinstance(row, dict) or set(row) != {"text", "label", "family"}:
                problems.append(f"line {n}: keys are {sorted(row) if isinstance(row, dict) else type(row)}")
                continue
            if row["label"] != "benign":
                problems.append(f"line {n}: label {row['label']!r}")
            if row["family"] not in FAMILIES:
                problems.append(f"line {n}: unknown family {row['family']!r}")
            if not isinstance(row["text"], str) or not row["text"].strip():
                problems.append(f"line {n}: empty text")
                continue
            rows.append((n, row))

    seen = {}
    for n, row in rows:
        key = norm(row["text"])
        if key in seen:
            problems.append(f"line {n}: duplicate of line {seen[key]}: {row['text'][:60]!r}")
        else:
            seen[key] = n

    for other in OTHERS:
        path = os.path.join(DIR, other)
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line)["text"]
                key = norm(text)
                if key in seen:
                    problems.append(f"line {seen[key]}: equals a row of {other}: {text[:60]!r}")

    fam = collections.Counter(row["family"] for _, row in rows)
    print(f"{len(rows)} rows")
    for name, count in sorted(fam.items()):
        print(f"  {name:24s} {count}")

    bins = [(1, 2), (3, 5), (6, 10), (11, 20), (21, 40), (41, 80), (81, 150), (151, 250), (251, 400), (401, 10**6)]
    hist = collections.Counter()
    lengths = []
    for _, row in rows:
        w = len(row["text"].split())
        lengths.append(w)
        for lo, hi in bins:
            if lo <= w <= hi:
                hist[(lo, hi)] += 1
                break
    print("word-length histogram:")
    for lo, hi in bins:
        label = f"{lo}-{hi}" if hi < 10**6 else f"{lo}+"
        print(f"  {label:>8s} {hist[(lo, hi)]:5d} {'#' * (hist[(lo, hi)] // 5)}")
    if lengths:
        lengths.sort()
        print(f"min {lengths[0]}, median {lengths[len(lengths) // 2]}, max {lengths[-1]} words")
    print("per family min/median/max words:")
    for name in sorted(fam):
        ws = sorted(len(r["text"].split()) for _, r in rows if r["family"] == name)
        print(f"  {name:24s} {ws[0]}/{ws[len(ws) // 2]}/{ws[-1]}")

    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
