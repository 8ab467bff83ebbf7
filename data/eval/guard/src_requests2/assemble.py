"""Assemble benign_written2.jsonl from the hand-written source files in this folder.

Run: python3 data/eval/guard/src_requests2/assemble.py
Output order is deterministic: modules in MODULES order, rows in file order.
"""
import importlib.util
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "benign_requests2.jsonl")

MODULES = [
    "bench1", "bench2", "bench3", "bench_long",
    "override_words", "override_long",
    "system_prompt_like", "system_long",
    "dark_but_benign", "dark_long",
    "meta_assistant",
    "pasted1", "pasted2", "pasted3", "pasted4", "pasted5", "pasted6", "pasted_long",
    "short_social",
]


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def rows():
    out = []
    for name in MODULES:
        if not os.path.exists(os.path.join(HERE, name + ".py")):
            continue
        mod = load(name)
        for text in mod.ROWS:
            text = text.strip()
            out.append({"text": text, "label": "benign", "family": mod.FAMILY})
    return out


# Added by the team after the helper finished: rows equal (case and punctuation aside) or near
# (cosine >= 0.95 under the shipped encoder) to a row of data/eval/guard/benign_turns.jsonl (test) or
# benign_requests.jsonl (validation) are dropped, so those sets keep measuring text the model never
# trained on. The list was computed once with the shipped model and is kept here as data.
DROPPED = os.path.join(HERE, "dropped_by_team.jsonl")


def main():
    with open(DROPPED, encoding="utf-8") as fh:
        dropped = {json.loads(line) for line in fh if line.strip()}
    data = [r for r in rows() if r["text"] not in dropped]
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for row in data:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(data)} rows to {OUT}")


if __name__ == "__main__":
    main()
