"""Assemble data/eval/guard/attacks_written.jsonl from the family modules.

Run from anywhere:  python3 assemble.py
Output: UTF-8 JSON lines with keys exactly text/label/family, sorted by
(family, text) so the file is deterministic.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(os.path.dirname(HERE), "attacks_written.jsonl")

MODULES = [
    "f01_emotional",
    "f02_fiction",
    "f03_persona",
    "f04_override",
    "f05_extraction",
    "f06a_indirect",
    "f06b_indirect",
    "f06c_indirect",
    "f06d_indirect",
    "f06t_indirect_templ",
    "f07_obfuscation",
    "f08_smuggling",
    "f09_refusal",
    "f10_authority",
    "f11_output",
    "f12_multilingual",
    "f13_long",
]


def collect():
    import importlib
    rows = []
    for name in MODULES:
        mod = importlib.import_module(name)
        for r in mod.ROWS:
            rows.append(dict(r, module=name))
    return rows


def main():
    rows = collect()
    rows.sort(key=lambda r: (r["family"], r["text"]))
    src = collections.Counter((r["family"], r["src"]) for r in rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"text": r["text"], "label": "jailbreak", "family": r["family"]},
                               ensure_ascii=False) + "\n")
    n_t = sum(v for (fam, s), v in src.items() if s == "template")
    print(f"wrote {len(rows)} rows to {OUT}")
    print(f"hand-written: {len(rows) - n_t}  template-assisted: {n_t} "
          f"({100.0 * n_t / len(rows):.1f}%)")
    for (fam, s), v in sorted(src.items()):
        print(f"  {fam:32s} {s:9s} {v}")


if __name__ == "__main__":
    main()
