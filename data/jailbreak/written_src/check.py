"""Tiny checker for ../benign_written.jsonl: valid JSON, labels, families,
counts, unique texts, and a near-duplicate scan (word 3-gram Jaccard)."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "benign_written.jsonl")

TARGETS = {
    "task_with_content": 380,
    "persona_task": 170,
    "format_rules": 130,
    "attack_like_words": 130,
    "long_multi_paragraph": 110,
    "social_and_short": 163,  # 180 written, 17 dropped (held-out turns)
    "assistant_meta": 97,  # 100 written, 3 dropped (held-out turns)
}
TOTAL = 1180  # 1,200 written; 20 equal to held-out evaluation turns dropped by assemble.py
NEAR_DUP_JACCARD = 0.5


def norm(t):
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", "", t.lower())).strip()


def shingles(t, n=3):
    w = norm(t).split()
    if len(w) < n:
        return {" ".join(w)}
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def main():
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            obj = json.loads(line)  # raises on invalid JSON
            assert set(obj) == {"text", "label", "family"}, (i, obj.keys())
            assert obj["label"] == "benign", (i, obj["label"])
            assert obj["family"] in TARGETS, (i, obj["family"])
            assert isinstance(obj["text"], str) and obj["text"].strip(), i
            rows.append(obj)

    assert len(rows) == TOTAL, f"expected {TOTAL} rows, got {len(rows)}"
    counts = collections.Counter(r["family"] for r in rows)
    for fam, target in TARGETS.items():
        assert abs(counts[fam] - target) <= max(5, target // 20), (fam, counts[fam], target)

    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "exact duplicate texts"
    # emoji-only messages normalize to "", so only compare non-empty forms
    normed = [norm(t) for t in texts if norm(t)]
    assert len(set(normed)) == len(normed), "duplicates after normalization"

    sh = [shingles(t) for t in texts]
    near = []
    for i in range(len(sh)):
        for j in range(i + 1, len(sh)):
            a, b = sh[i], sh[j]
            if a == {""} or b == {""}:
                continue
            inter = len(a & b)
            if inter == 0:
                continue
            jac = inter / len(a | b)
            if jac >= NEAR_DUP_JACCARD and min(len(a), len(b)) >= 3:
                near.append((round(jac, 2), texts[i][:60], texts[j][:60]))
    for n in near:
        print("NEAR-DUP", n)
    assert not near, f"{len(near)} near-duplicate pairs"

    twc = [len(r["text"].split()) for r in rows if r["family"] == "task_with_content"]
    lng = [len(r["text"].split()) for r in rows if r["family"] == "long_multi_paragraph"]
    print("counts:", dict(counts))
    print(f"task_with_content words: min {min(twc)} max {max(twc)}, >150: {sum(w > 150 for w in twc)}")
    print(f"long_multi_paragraph words: min {min(lng)} max {max(lng)}")
    print("OK")


if __name__ == "__main__":
    sys.exit(main())
