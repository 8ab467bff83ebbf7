#!/usr/bin/env python3
"""Check the held-out semantic-cache evaluation set in this folder.

Stdlib only. Exits 0 when every check passes, 1 otherwise (each problem is
printed on stderr). `python3 validate.py --counts` also prints the per-kind
count tables used in README.md.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

PARAPHRASE = "paraphrase_pairs.jsonl"
NEAR_MISS = "near_miss_pairs.jsonl"
MULTILINGUAL = "multilingual_pairs.jsonl"

MIN_PARAPHRASE = 330
MIN_NEAR_MISS = 330
MIN_NEAR_MISS_PER_KIND = 20
MIN_MULTILINGUAL = 40
# Each of these near-miss kinds must be present with at least MIN_NEAR_MISS_PER_KIND pairs.
NEAR_MISS_KINDS = {
    "different_entity",
    "number_unit",
    "language_library",
    "negation",
    "antonym",
    "direction_role",
    "comparison_swap",
    "date_year",
    "format_length",
    "audience",
    "tense_timeframe",
    "single_word_flip",
}
MULTILINGUAL_REQUIRED_LANGS = {"ru", "zh", "ar"}
MIN_PARAPHRASE_DOMAINS = 10

problems = []


def problem(msg):
    problems.append(msg)


def norm(text):
    """Loose normal form: NFKC, case-folded, punctuation dropped, spaces collapsed."""
    t = unicodedata.normalize("NFKC", text).casefold()
    t = "".join(ch for ch in t if not unicodedata.category(ch).startswith("P"))
    return re.sub(r"\s+", " ", t).strip()


def load(name, keys):
    path = os.path.join(HERE, name)
    rows = []
    try:
        f = open(path, encoding="utf-8")
    except OSError as e:
        problem(f"{name}: cannot open: {e}")
        return rows
    with f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                problem(f"{name}:{lineno}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                problem(f"{name}:{lineno}: invalid JSON: {e}")
                continue
            if not isinstance(obj, dict):
                problem(f"{name}:{lineno}: not a JSON object")
                continue
            missing = [k for k in keys if k not in obj]
            extra = [k for k in obj if k not in keys]
            if missing:
                problem(f"{name}:{lineno}: missing keys {missing}")
                continue
            if extra:
                problem(f"{name}:{lineno}: unexpected keys {extra}")
            bad = False
            for k, typ in keys.items():
                if not isinstance(obj[k], typ):
                    problem(f"{name}:{lineno}: key {k!r} should be {typ.__name__}")
                    bad = True
                elif typ is str and not obj[k].strip():
                    problem(f"{name}:{lineno}: key {k!r} is empty")
                    bad = True
                elif typ is str and obj[k] != obj[k].strip():
                    problem(f"{name}:{lineno}: key {k!r} has leading/trailing whitespace")
            if not bad:
                rows.append((lineno, obj))
    return rows


def check_duplicates(name, rows):
    """No pair twice (in either order), exact or after loose normalisation."""
    seen = {}
    for lineno, r in rows:
        key = frozenset([norm(r["a"]), norm(r["b"])]) | {("same", r.get("same"))}
        if key in seen:
            problem(f"{name}:{lineno}: duplicate of line {seen[key]}: {r['a']!r} / {r['b']!r}")
        else:
            seen[key] = lineno
    return seen


def main():
    show_counts = "--counts" in sys.argv[1:]

    para = load(PARAPHRASE, {"a": str, "b": str, "kind": str, "domain": str})
    near = load(NEAR_MISS, {"a": str, "b": str, "kind": str, "domain": str})
    multi = load(MULTILINGUAL, {"a": str, "b": str, "lang": str, "same": bool})

    # --- paraphrases
    if len(para) < MIN_PARAPHRASE:
        problem(f"{PARAPHRASE}: {len(para)} pairs, need >= {MIN_PARAPHRASE}")
    for lineno, r in para:
        if r["a"] == r["b"]:
            problem(f"{PARAPHRASE}:{lineno}: a and b are identical (not a paraphrase)")
    para_keys = check_duplicates(PARAPHRASE, para)
    para_domains = collections.Counter(r["domain"] for _, r in para)
    if len(para_domains) < MIN_PARAPHRASE_DOMAINS:
        problem(f"{PARAPHRASE}: only {len(para_domains)} domains, need >= {MIN_PARAPHRASE_DOMAINS}")

    # --- near misses
    if len(near) < MIN_NEAR_MISS:
        problem(f"{NEAR_MISS}: {len(near)} pairs, need >= {MIN_NEAR_MISS}")
    for lineno, r in near:
        if r["a"] == r["b"]:
            problem(f"{NEAR_MISS}:{lineno}: a == b")
        elif norm(r["a"]) == norm(r["b"]):
            problem(f"{NEAR_MISS}:{lineno}: a and b differ only in case/punctuation/spacing")
    near_keys = check_duplicates(NEAR_MISS, near)
    near_kinds = collections.Counter(r["kind"] for _, r in near)
    for kind in sorted(NEAR_MISS_KINDS):
        if near_kinds[kind] < MIN_NEAR_MISS_PER_KIND:
            problem(f"{NEAR_MISS}: kind {kind!r} has {near_kinds[kind]} pairs, need >= {MIN_NEAR_MISS_PER_KIND}")
    for kind in sorted(set(near_kinds) - NEAR_MISS_KINDS):
        problem(f"{NEAR_MISS}: unknown kind {kind!r}")

    # A pair must not be labelled both "same answer" and "different answer".
    for key in set(para_keys) & set(near_keys):
        problem(f"pair appears in both {PARAPHRASE}:{para_keys[key]} and {NEAR_MISS}:{near_keys[key]}")

    # --- multilingual
    if len(multi) < MIN_MULTILINGUAL:
        problem(f"{MULTILINGUAL}: {len(multi)} pairs, need >= {MIN_MULTILINGUAL}")
    for lineno, r in multi:
        if not r["same"] and norm(r["a"]) == norm(r["b"]):
            problem(f"{MULTILINGUAL}:{lineno}: near-miss (same=false) but a and b match")
    check_duplicates(MULTILINGUAL, multi)
    ml_langs = collections.Counter(r["lang"] for _, r in multi)
    for lang in sorted(MULTILINGUAL_REQUIRED_LANGS - set(ml_langs)):
        problem(f"{MULTILINGUAL}: no pairs for required language {lang!r}")
    n_same = sum(1 for _, r in multi if r["same"])
    if multi and not (0.4 <= n_same / len(multi) <= 0.6):
        problem(f"{MULTILINGUAL}: {n_same}/{len(multi)} same=true, expected about half")
    for lang in ml_langs:
        s = sum(1 for _, r in multi if r["lang"] == lang and r["same"])
        if s == 0 or s == ml_langs[lang]:
            problem(f"{MULTILINGUAL}: language {lang!r} has only one label (same={s > 0})")

    if show_counts:
        def table(title, counter, col):
            print(f"\n{title}\n")
            print(f"| {col} | pairs |")
            print("|---|---:|")
            for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
                print(f"| {k} | {v} |")
            print(f"| **total** | **{sum(counter.values())}** |")

        table(f"{PARAPHRASE} by kind", collections.Counter(r["kind"] for _, r in para), "kind")
        table(f"{PARAPHRASE} by domain", para_domains, "domain")
        table(f"{NEAR_MISS} by kind", near_kinds, "kind")
        table(f"{NEAR_MISS} by domain", collections.Counter(r["domain"] for _, r in near), "domain")
        table(
            f"{MULTILINGUAL} by language and label",
            collections.Counter(f"{r['lang']} same={str(r['same']).lower()}" for _, r in multi),
            "lang / label",
        )

    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"OK: {len(para)} paraphrase, {len(near)} near-miss, {len(multi)} multilingual pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
