"""The cache's exact layer (`verify.exact_key`) and the team's pair files the verifier trains and
validates on. The learned verifier itself: tests/unit/test_cache_verifier.py."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from extproc.cache.verify import exact_key

DATA = Path(__file__).resolve().parents[2] / "data" / "cache"
CHANGES = {
    "number",
    "entity",
    "negation",
    "antonym",
    "language",
    "unit",
    "date",
    "comparison",
    "role",
    "qualifier",
}


def test_exact_layer_ignores_case_and_punctuation_but_keeps_symbols() -> None:
    assert exact_key("how do i reverse a list in python") == exact_key("How do I reverse a list in Python?")
    assert exact_key("What’s 10,000 / 3?") == "whats 10,000 / 3"
    assert exact_key("Is a 3.5 GPA good?") != exact_key("Is a 35 GPA good?")
    assert exact_key("2x - 3") != exact_key("2x + 3")
    assert exact_key("столица Франции?") != exact_key("столица Германии?")


def _load(name: str) -> list[dict[str, str]]:
    return [
        json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def test_pair_files_are_large_distinct_and_split_by_the_documented_hash() -> None:
    para, near = _load("paraphrase_pairs.jsonl"), _load("near_miss_pairs.jsonl")
    assert len(para) >= 320 and len(near) >= 320
    assert {r["kind"] for r in para} == {"paraphrase"} and {r["kind"] for r in near} == {"near_miss"}
    assert {r["change"] for r in near} <= CHANGES
    keys = [tuple(sorted((r["a"].lower(), r["b"].lower()))) for r in para + near]
    assert len(keys) == len(set(keys))
    for r in para + near:
        key = "\x1f".join(sorted((r["a"], r["b"]))).encode()
        expected = "train" if int(hashlib.sha256(key).hexdigest()[:8], 16) % 2 == 0 else "test"
        assert r["split"] == expected, r
    for rows in (para, near):
        share = sum(r["split"] == "train" for r in rows) / len(rows)
        assert 0.4 < share < 0.6


def test_no_near_miss_is_an_exact_repeat() -> None:
    for r in _load("near_miss_pairs.jsonl"):
        assert exact_key(r["a"]) != exact_key(r["b"]), r


def test_threshold_rule_prefers_hits_then_the_higher_threshold() -> None:
    from bench.cache_quality import Rates, choose

    table = {
        0.7: Rates(0.9, 0.05, 10, 10),
        0.8: Rates(0.8, 0.02, 10, 10),
        0.9: Rates(0.8, 0.0, 10, 10),
        0.95: Rates(0.5, 0.0, 10, 10),
    }
    assert choose(table) == 0.9
    assert choose({0.7: Rates(1.0, 0.5, 10, 10)}) is None
