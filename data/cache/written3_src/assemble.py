"""Assemble the round-3 hand-written cache-verifier pairs into ../written_pairs_r3.jsonl.

Every p*.py module in this folder defines
    GROUPS = {domain: [(a, paraphrase_b, paraphrase_kind, near_miss_b, near_miss_kind), ...]}
and each entry yields two rows: the paraphrase (label 1), then the near-miss (label 0).
x_extra.py defines EXTRA = [(a, b, label, kind), ...]: further pairs for A questions that already
appear in a p*.py file; they take that A's domain and are written right after its own two rows.
Modules are read in sorted file-name order, so the output order is deterministic.
Run from anywhere: python3 assemble.py
"""
import importlib.util
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "written_pairs_r3.jsonl"


def _load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_rows(here=HERE):
    """The rows of the p*.py and x_extra.py modules in `here` (later rounds pass their own folder)."""
    blocks = {}  # a -> list of rows, in first-seen order
    domain_of = {}
    for path in sorted(here.glob("p*.py")):
        for domain, entries in _load(path).GROUPS.items():
            for i, entry in enumerate(entries):
                if len(entry) != 5:
                    raise SystemExit(f"{path.name}: {domain}[{i}] has {len(entry)} fields, want 5: {entry!r}")
                a, pb, pk, nb, nk = entry
                if a in blocks:
                    raise SystemExit(f"{path.name}: A question written twice: {a!r}")
                domain_of[a] = domain
                blocks[a] = [
                    {"a": a, "b": pb, "label": 1, "kind": pk, "domain": domain},
                    {"a": a, "b": nb, "label": 0, "kind": nk, "domain": domain},
                ]
    for i, entry in enumerate(_load(here / "x_extra.py").EXTRA):
        if len(entry) != 4:
            raise SystemExit(f"x_extra.py: EXTRA[{i}] has {len(entry)} fields, want 4: {entry!r}")
        a, b, label, kind = entry
        if a not in blocks:
            raise SystemExit(f"x_extra.py: EXTRA[{i}] has an A that no p*.py file writes: {a!r}")
        blocks[a].append({"a": a, "b": b, "label": label, "kind": kind, "domain": domain_of[a]})
    return [row for rows in blocks.values() for row in rows]


def main():
    rows = load_rows()
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
