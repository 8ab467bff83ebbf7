"""Training-data loading and the held-out splits of the model build."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from extproc.training.bio import CharSpan
from extproc.training.datasets import (
    DOMAIN_LABELS,
    PiiExample,
    load_domain,
    load_pii,
    stratified_split,
    template_split,
)


def test_stratified_split_is_deterministic_and_covers_every_stratum() -> None:
    strata = ["a"] * 50 + ["b"] * 10 + ["c"] * 2 + ["d"]
    train, test = stratified_split(strata, 0.2, seed=7)
    assert (train, test) == stratified_split(strata, 0.2, seed=7)
    assert sorted(train + test) == list(range(len(strata)))
    counts = Counter(strata[i] for i in test)
    assert counts == {"a": 10, "b": 2, "c": 1}


def test_train_only_rows_never_reach_the_test_set() -> None:
    strata = ["a"] * 20
    pinned = [i < 10 for i in range(20)]
    _, test = stratified_split(strata, 0.5, seed=1, train_only=pinned)
    assert test and all(i >= 10 for i in test)


def test_template_split_holds_out_whole_templates_with_every_type_on_both_sides() -> None:
    examples = []
    for t in range(20):
        entity = ["PERSON", "US_SSN"][t % 2] if t < 4 else "PERSON"
        for _ in range(5):
            examples.append(PiiExample("x", (CharSpan(0, 1, entity),), f"tpl:{t}"))
    train, test = template_split(examples, 0.2, seed=3)
    train_templates = {examples[i].template for i in train}
    test_templates = {examples[i].template for i in test}
    assert not train_templates & test_templates
    for entity in ("PERSON", "US_SSN"):
        assert any(s.type == entity for i in test for s in examples[i].spans)
        assert any(s.type == entity for i in train for s in examples[i].spans)


def test_load_domain_dedupes_and_rejects_unknown_categories(tmp_path: Path) -> None:
    (tmp_path / "domain").mkdir()
    rows = [
        {"text": "Solve 2x = 4", "category": "math", "style": "exam"},
        {"text": "solve  2x = 4", "category": "math", "style": "casual"},
        {"text": "What is a tort?", "category": "law", "style": "plain"},
    ]
    (tmp_path / "domain" / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    examples = load_domain(tmp_path)
    assert [(e.text, DOMAIN_LABELS[e.label]) for e in examples] == [
        ("Solve 2x = 4", "math"),
        ("What is a tort?", "law"),
    ]
    (tmp_path / "domain" / "b.jsonl").write_text(json.dumps({"text": "x", "category": "astrology"}) + "\n")
    with pytest.raises(ValueError, match="astrology"):
        load_domain(tmp_path)


def test_load_pii_drops_types_outside_the_head(tmp_path: Path) -> None:
    path = tmp_path / "pii.jsonl"
    row = {
        "text": "Dr. Ann",
        "spans": [{"type": "TITLE", "start": 0, "end": 3}, {"type": "PERSON", "start": 4, "end": 7}],
        "template": "p:1",
    }
    path.write_text(json.dumps(row) + "\n")
    assert load_pii(path)[0].spans == (CharSpan(4, 7, "PERSON"),)


def test_merge_adjacent_joins_same_type_spans_split_only_by_whitespace() -> None:
    from extproc.training.datasets import merge_adjacent

    text = "Apt. 609 118 Rua A, Ann Lee and Bob"
    spans = [
        CharSpan(0, 8, "STREET_ADDRESS"),
        CharSpan(9, 12, "STREET_ADDRESS"),
        CharSpan(13, 18, "STREET_ADDRESS"),
        CharSpan(20, 23, "PERSON"),
        CharSpan(24, 27, "PERSON"),
        CharSpan(32, 35, "PERSON"),
    ]
    assert merge_adjacent(text, spans) == (
        CharSpan(0, 18, "STREET_ADDRESS"),
        CharSpan(20, 27, "PERSON"),
        CharSpan(32, 35, "PERSON"),
    )


def test_concatenated_sentences_keep_their_spans_on_the_entity_text() -> None:
    from extproc.training.datasets import concatenate_with_prompts

    example = PiiExample("My SSN is 123-45-6789.", (CharSpan(10, 21, "US_SSN"),), "extra:1")
    joined = concatenate_with_prompts([example], ["Explain photosynthesis.", "Hi"], 20, seed=4)
    assert len(joined) == 20
    assert {e.text.startswith("My SSN") for e in joined} == {True, False}
    for e in joined:
        (span,) = e.spans
        assert e.text[span.start : span.end] == "123-45-6789"
