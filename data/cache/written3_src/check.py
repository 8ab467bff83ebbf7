"""Check written_pairs_r3.jsonl: keys, labels, kinds, duplicates, overlap with round 1-2, counts."""
import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "written_pairs_r3.jsonl"
OLD = HERE.parent / "written_pairs.jsonl"

PARA = {"reworded", "synonym", "shorter", "longer", "reordered", "informal",
        "question_to_command", "symmetric", "typo"}
NEAR = {"entity", "number", "unit", "negation", "antonym", "direction", "role", "comparison",
        "date", "scope", "condition", "quantity_word", "language", "context_added"}
KEYS = ["a", "b", "label", "kind", "domain"]


def norm(t):
    t = t.lower()
    t = re.sub(r"[^\w\s]", " ", t)
    return " ".join(t.split())


def main():
    errors = []
    rows = []
    for n, line in enumerate(OUT.read_text(encoding="utf-8").splitlines(), 1):
        r = json.loads(line)
        rows.append(r)
        if list(r.keys()) != KEYS:
            errors.append(f"line {n}: keys {list(r.keys())}")
            continue
        if not all(isinstance(r[k], str) and r[k].strip() == r[k] and r[k] for k in ("a", "b", "kind", "domain")):
            errors.append(f"line {n}: empty or untrimmed text field")
        if r["label"] not in (0, 1) or isinstance(r["label"], bool):
            errors.append(f"line {n}: bad label {r['label']!r}")
        elif r["label"] == 1 and r["kind"] not in PARA:
            errors.append(f"line {n}: label 1 with kind {r['kind']!r}")
        elif r["label"] == 0 and r["kind"] not in NEAR:
            errors.append(f"line {n}: label 0 with kind {r['kind']!r}")
        if norm(r["a"]) == norm(r["b"]):
            errors.append(f"line {n}: a == b after normalisation: {r['a']!r}")

    seen = {}
    for n, r in enumerate(rows, 1):
        key = frozenset((norm(r["a"]), norm(r["b"])))
        if key in seen:
            errors.append(f"line {n}: duplicate pair (first at line {seen[key]}): {r['a']!r} / {r['b']!r}")
        else:
            seen[key] = n

    old = set()
    old_texts = set()
    for line in OLD.read_text(encoding="utf-8").splitlines():
        o = json.loads(line)
        old.add(frozenset((norm(o["a"]), norm(o["b"]))))
        old_texts.update((norm(o["a"]), norm(o["b"])))
    for n, r in enumerate(rows, 1):
        if frozenset((norm(r["a"]), norm(r["b"]))) in old:
            errors.append(f"line {n}: pair already in written_pairs.jsonl: {r['a']!r} / {r['b']!r}")

    # Informational: texts shared with the earlier rounds, and the same b under two different a's.
    shared = sorted({t for r in rows for t in (norm(r["a"]), norm(r["b"])) if t in old_texts})
    b_to_a = collections.defaultdict(set)
    for r in rows:
        b_to_a[norm(r["b"])].add(norm(r["a"]))
    multi_b = [b for b, a_set in b_to_a.items() if len(a_set) > 1]
    a_texts = {norm(r["a"]) for r in rows}
    b_is_a = sorted({norm(r["b"]) for r in rows} & a_texts)

    # Every A has at least one paraphrase and one near-miss, and a single domain.
    by_a = collections.defaultdict(list)
    for r in rows:
        by_a[r["a"]].append(r)
    for a, rs in by_a.items():
        if {r["label"] for r in rs} != {0, 1}:
            errors.append(f"a without both labels: {a!r}")
        if len({r["domain"] for r in rs}) != 1:
            errors.append(f"a with more than one domain: {a!r}")

    # Informational: new texts whose word set is very close to a text of the earlier rounds.
    def words(t):
        return frozenset(norm(t).split())
    old_words = [words(t) for t in old_texts]
    index = collections.defaultdict(list)
    for i, w in enumerate(old_words):
        for tok in w:
            index[tok].append(i)
    close = set()
    for t in {x for r in rows for x in (r["a"], r["b"])}:
        w = words(t)
        counts = collections.Counter(i for tok in w for i in index.get(tok, ()))
        for i, c in counts.items():
            j = c / len(w | old_words[i])
            if j >= 0.75:
                close.add((round(j, 2), norm(t), " ".join(sorted(old_words[i]))))

    labels = collections.Counter(r["label"] for r in rows)
    kinds = collections.Counter((r["label"], r["kind"]) for r in rows)
    domains = collections.Counter(r["domain"] for r in rows)
    per_a = collections.Counter(r["a"] for r in rows)
    print(f"rows: {len(rows)}  distinct a: {len(per_a)}  label 1: {labels[1]}  label 0: {labels[0]}")
    for lab in (1, 0):
        total = labels[lab] or 1
        print(f"label {lab} kinds:")
        for (l, k), c in sorted(kinds.items(), key=lambda x: -x[1]):
            if l == lab:
                print(f"  {k:20s} {c:5d}  {100 * c / total:5.1f}%")
    print("domains:")
    for d, c in domains.most_common():
        print(f"  {d:20s} {c:5d}")
    print(f"texts also present in written_pairs.jsonl: {len(shared)}")
    for t in shared:
        print(f"  shared: {t}")
    print(f"b texts used under more than one a: {len(multi_b)}")
    for t in multi_b:
        print(f"  multi-b: {t}")
    print(f"b texts that are also an a: {len(b_is_a)}")
    for t in b_is_a:
        print(f"  b-is-a: {t}")

    print(f"texts with word-set Jaccard >= 0.75 to a text in written_pairs.jsonl: {len(close)}")
    for j, t, w in sorted(close, reverse=True):
        print(f"  close {j}: {t}  ~  [{w}]")

    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
