"""Assemble hand-written benign rows into ../benign_written.jsonl.

All strings live in the sibling modules (each holds a hand-written ITEMS list and
a FAMILY name). This script only collects, strips surrounding whitespace,
shuffles deterministically, and writes JSONL.
"""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "benign_written.jsonl")

MODULES = [
    "social_and_short",
    "assistant_meta",
    "attack_like_words",
    "format_rules",
    "persona_task",
    "persona_extra",
    "twc1", "twc2", "twc3", "twc4", "twc5", "twc6", "twc7", "twc8",
    "twc9", "twc10", "twc11", "twc12", "twc13", "twc14", "twc15",
    "long1", "long2", "long3", "long4", "long5", "long6",
]


def collect():
    sys.path.insert(0, HERE)
    rows = []
    for name in MODULES:
        mod = importlib.import_module(name)
        for text in mod.ITEMS:
            rows.append({"text": text.strip(), "label": "benign", "family": mod.FAMILY})
    return rows


# Added by the team: rows equal (case and spacing aside) to a turn of the held-out evaluation set are
# dropped, so that set keeps measuring turns the model never trained on ("hi", "ok", "nope" ...).
HELD_OUT = os.path.join(HERE, "..", "..", "eval", "guard", "benign_turns.jsonl")


def _key(text):
    return " ".join(text.lower().split())


def main():
    with open(HELD_OUT, encoding="utf-8") as f:
        held_out = {_key(json.loads(line)["text"]) for line in f if line.strip()}
    rows = [r for r in collect() if _key(r["text"]) not in held_out]
    random.Random(20261129).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
