"""Assemble the round-4 hand-written cache-verifier pairs into ../written_pairs_r4.jsonl.

Every p*.py module in this folder defines
    GROUPS = {domain: [(a, paraphrase_b, paraphrase_kind, near_miss_b, near_miss_kind), ...]}
and each entry yields two rows: the paraphrase (label 1), then the near-miss (label 0).
x_extra.py defines EXTRA = [(a, b, label, kind), ...]: further pairs for A questions that already
appear in a p*.py file; they take that A's domain and are written right after its own two rows.
Modules are read in sorted file-name order, so the output order is deterministic.

Checks (the script fails loudly, writing nothing, if one does not hold):
- no A is written twice across the p*.py files;
- every label-1 kind is a paraphrase kind and every label-0 kind a near-miss kind;
- no text (A or B) equals a text of ../written_pairs.jsonl (exact, and after lower-casing and
  dropping punctuation);
- no B equals its own A after that normalisation; no (A, B) pair appears twice.
Run from anywhere: python3 assemble.py
"""
import collections
import importlib.util
import json
import pathlib
import re
import sys

sys.dont_write_bytecode = True  # keep the source folder free of __pycache__

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "written_pairs_r4.jsonl"
OLD = HERE.parent / "written_pairs.jsonl"

PARA = {"reworded", "shorter", "longer", "synonym", "reordered", "informal",
        "question_to_command", "symmetric", "typo_noise"}
NEAR = {"entity", "number", "unit", "negation", "antonym", "direction", "comparison", "date",
        "scope", "language", "quantity_word", "role", "context_added", "condition", "typo",
        "single_word"}


def norm(t):
    t = t.lower()
    t = re.sub(r"[^\w\s]", " ", t)
    return " ".join(t.split())


def _round3_loader():
    # Round 3's assembler reads the same module layout; it is reused, not copied.
    spec = importlib.util.spec_from_file_location("assemble_r3", HERE.parent / "written3_src" / "assemble.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.load_rows


def load_rows():
    return _round3_loader()(HERE)


def check(rows):
    errors = []
    old_exact, old_norm = set(), set()
    for line in OLD.read_text(encoding="utf-8").splitlines():
        o = json.loads(line)
        for t in (o["a"], o["b"]):
            old_exact.add(t)
            old_norm.add(norm(t))
    seen_pairs = set()
    for n, r in enumerate(rows, 1):
        for k in ("a", "b", "kind", "domain"):
            if not isinstance(r[k], str) or not r[k] or r[k].strip() != r[k]:
                errors.append(f"row {n}: empty or untrimmed {k}: {r[k]!r}")
        if r["label"] not in (0, 1) or isinstance(r["label"], bool):
            errors.append(f"row {n}: bad label {r['label']!r}")
        elif r["label"] == 1 and r["kind"] not in PARA:
            errors.append(f"row {n}: label 1 with kind {r['kind']!r}")
        elif r["label"] == 0 and r["kind"] not in NEAR:
            errors.append(f"row {n}: label 0 with kind {r['kind']!r}")
        if norm(r["a"]) == norm(r["b"]):
            errors.append(f"row {n}: a == b after normalisation: {r['a']!r}")
        for k in ("a", "b"):
            if r[k] in old_exact:
                errors.append(f"row {n}: {k} equals a text of written_pairs.jsonl: {r[k]!r}")
            elif norm(r[k]) in old_norm:
                errors.append(f"row {n}: {k} equals a text of written_pairs.jsonl after normalisation: {r[k]!r}")
        key = frozenset((norm(r["a"]), norm(r["b"])))
        if key in seen_pairs:
            errors.append(f"row {n}: duplicate pair: {r['a']!r} / {r['b']!r}")
        seen_pairs.add(key)
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        raise SystemExit(1)


def main():
    rows = load_rows()
    check(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    labels = collections.Counter(r["label"] for r in rows)
    kinds = collections.Counter((r["label"], r["kind"]) for r in rows)
    domains = collections.Counter(r["domain"] for r in rows)
    n_a = len({r["a"] for r in rows})
    print(f"wrote {len(rows)} rows to {OUT}")
    print(f"distinct a: {n_a}  label 1: {labels[1]}  label 0: {labels[0]}")
    for lab in (1, 0):
        total = labels[lab] or 1
        print(f"label {lab} kinds:")
        for (l, k), c in sorted(kinds.items(), key=lambda x: -x[1]):
            if l == lab:
                print(f"  {k:16s} {c:5d}  {100 * c / total:5.1f}%")
    print("domains:")
    for d, c in domains.most_common():
        print(f"  {d:20s} {c:5d}")


if __name__ == "__main__":
    main()
