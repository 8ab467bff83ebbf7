"""The verifier's synthetic pair generator: deterministic, labelled, balanced, split by intent."""

from __future__ import annotations

import random
from collections import Counter

from extproc.training.cache_pairs import INTENTS, SLOTS, generate, intent_split, noisy


def test_generation_is_deterministic_and_distinct() -> None:
    first = generate(600, seed=3)
    assert first == generate(600, seed=3)
    assert first != generate(600, seed=4)
    assert len(first) == 600
    assert len({(p.a, p.b) for p in first}) == 600


def test_labels_and_kinds_cover_the_near_miss_families() -> None:
    pairs = generate(4000, seed=1)
    labels = Counter(p.label for p in pairs)
    assert 0.3 < labels[1] / len(pairs) < 0.6
    kinds = {p.kind for p in pairs}
    expected = {
        "paraphrase",
        "unrelated",
        "entity",
        "number",
        "unit",
        "language",
        "negation",
        "antonym",
        "date",
        "role",
        "direction",
        "comparison",
        "format",
        "audience",
        "qualifier",
        "tense_timeframe",
    }
    assert expected <= kinds
    for p in pairs:
        assert (p.label == 1) == (p.kind == "paraphrase")
        if p.label == 0:
            assert p.a.lower() != p.b.lower()
        assert "{" not in p.a + p.b  # every slot filled


def test_intents_split_into_train_and_validation_without_overlap() -> None:
    splits = Counter(intent_split(i.name) for i in INTENTS)
    assert splits["validation"] >= 10 and splits["train"] > splits["validation"]
    train = generate(1000, seed=2, split="train")
    val = generate(300, seed=2, split="validation")
    assert {p.intent for p in train}.isdisjoint({p.intent for p in val})
    assert all(intent_split(p.intent) == "validation" for p in val)


def test_slot_types_used_by_frames_exist() -> None:
    import re

    for intent in INTENTS:
        for frames in intent.variants:
            for frame in frames:
                for typ in re.findall(r"\{([a-z_]+)(?::[a-z]+)?\}", frame):
                    assert typ in SLOTS, (intent.name, typ)


def test_noise_keeps_the_slot_values_recognisable() -> None:
    rng = random.Random(0)
    text = "What is the capital of France?"
    outs = {noisy(text, rng, 1.0) for _ in range(50)}
    assert len(outs) > 5
    assert all("capital" in o.lower() or "captal" in o.lower() or len(o) > 10 for o in outs)
