"""bench/cache_quality.py --routed: the scoring of pairs whose texts are routed (pure parts)."""

from __future__ import annotations

from bench.cache_quality import Pair, Route, routed_apart, routed_rates, routed_split, same_model

FAST = Route("fast-1b", "other", "model", "model")
FAST_KW = Route("fast-1b", "math", "keyword", "keyword")
QWEN = Route("qwen3-32b", "math", "model", "model")
REFUSED = Route(None, "", "model", "refused 403 jailbreak_detected")


def pair(a: str, b: str, kind: str, cosine: float) -> Pair:
    # A pair the verifier accepts: the verified decision then follows the cosine (and coverage).
    return Pair(a, b, kind, "test", "", cosine=cosine, accepted=True)


def test_same_model_needs_one_answering_model() -> None:
    assert same_model(FAST, FAST)
    # The category is not part of the cache key: only the model that answers.
    assert same_model(FAST, FAST_KW)
    assert not same_model(FAST, QWEN)
    # A refused request stores nothing and looks up nothing.
    assert not same_model(REFUSED, REFUSED)
    assert not same_model(REFUSED, FAST)


ROUTES = {
    "p1a": FAST,
    "p1b": FAST,
    "p2a": FAST,
    "p2b": QWEN,
    "p3a": QWEN,
    "p3b": QWEN,
    "p4a": REFUSED,
    "p4b": REFUSED,
    "n1a": FAST,
    "n1b": QWEN,
    "n2a": QWEN,
    "n2b": QWEN,
}
PAIRS = [
    pair("p1a", "p1b", "paraphrase", 0.9),  # hit, same model
    pair("p2a", "p2b", "paraphrase", 0.95),  # hit alone, routed apart
    pair("p3a", "p3b", "paraphrase", 0.5),  # no hit, same model
    pair("p4a", "p4b", "paraphrase", 0.99),  # hit alone, refused
    pair("n1a", "n1b", "near_miss", 0.9),  # false hit alone, routed apart
    pair("n2a", "n2b", "near_miss", 0.85),  # false hit, same model
]


def test_routed_rates_count_only_pairs_reaching_one_model() -> None:
    for verified in (False, True):
        r = routed_rates(PAIRS, ROUTES, 0.8, verified)
        assert (r.paraphrases, r.near_misses) == (4, 2)
        assert r.paraphrase_hit == 3 / 4
        assert r.paraphrase_hit_routed == 1 / 4
        assert r.near_miss_false_hit == 1.0
        assert r.near_miss_false_hit_routed == 1 / 2
    # Above every cosine nothing hits, routed or not.
    r = routed_rates(PAIRS, ROUTES, 0.999, False)
    assert r.paraphrase_hit == r.paraphrase_hit_routed == 0.0


def test_routed_apart_and_the_split_report() -> None:
    assert [p.a for p in routed_apart(PAIRS, ROUTES)] == ["p2a", "p4a"]
    assert [p.a for p in routed_apart(PAIRS, ROUTES, "near_miss")] == ["n1a"]
    out = routed_split(PAIRS, ROUTES, 0.8, examples=1)
    assert out["paraphrase_pairs_routed_apart"] == 2
    assert out["near_miss_pairs_routed_apart"] == 1
    assert out["paraphrase_hits_lost"] == {"plain": 2, "verified": 2}
    assert out["apart_by_models"] == {"fast-1b -> qwen3-32b": 1, "refused -> refused": 1}
    assert out["verified"]["paraphrase_hit_routed"] == 1 / 4
    (example,) = out["examples"]
    assert example["a"] == "p2a" and example["b_route"]["model"] == "qwen3-32b"
    assert example["hit_alone"] == {"plain": True, "verified": True}


def test_examples_put_the_hits_routing_costs_first() -> None:
    routes = {"xa": FAST, "xb": QWEN, "ya": FAST, "yb": QWEN}
    pairs = [pair("xa", "xb", "paraphrase", 0.3), pair("ya", "yb", "paraphrase", 0.9)]
    out = routed_split(pairs, routes, 0.8)
    assert [e["a"] for e in out["examples"]] == ["ya", "xa"]
    assert out["paraphrase_hits_lost"] == {"plain": 1, "verified": 1}
