"""Decoding logits: category threshold and entropy, jailbreak class, BIO tags -> character spans."""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given
from hypothesis import strategies as st

from extproc.classify.artifacts import parse_label_map
from extproc.classify.base import PIISpan
from extproc.classify.decode import (
    decode_category,
    decode_jailbreak,
    decode_pii,
    jailbreak_index,
    normalised_entropy,
    softmax,
)

LABELS = ["law", "math", "other"]


def f32(values: list[float] | list[list[float]]) -> npt.NDArray[np.float32]:
    return np.asarray(values, dtype=np.float32)


def test_confident_top_label_wins() -> None:
    d = decode_category(f32([0.0, 6.0, 0.0]), LABELS, threshold=0.5)
    assert d.category == "math"
    assert d.confidence == pytest.approx(math.exp(6) / (math.exp(6) + 2))
    assert sum(d.scores.values()) == pytest.approx(1.0)
    assert 0.0 < d.entropy < 0.1


def test_below_threshold_is_other_and_keeps_the_confidence() -> None:
    d = decode_category(f32([1.0, 1.2, 0.0]), LABELS, threshold=0.5)
    assert d.category == "other"
    assert d.confidence == pytest.approx(float(softmax(f32([1.0, 1.2, 0.0]))[1]))
    assert d.scores["math"] > d.scores["law"]


def test_entropy_is_normalised() -> None:
    assert normalised_entropy(softmax(f32([0.0, 0.0, 0.0]))) == pytest.approx(1.0)
    assert normalised_entropy(f32([1.0, 0.0, 0.0])) == pytest.approx(0.0, abs=1e-6)


def test_non_finite_logits_give_no_signal() -> None:
    d = decode_category(f32([math.nan, 0.0, 0.0]), LABELS, threshold=0.5)
    assert d.category == "other" and d.confidence == 0.0 and d.scores == {}


def test_softmax_is_stable_for_large_logits() -> None:
    p = softmax(f32([1000.0, 0.0]))
    assert p.tolist() == pytest.approx([1.0, 0.0])


def test_jailbreak_positive_class() -> None:
    assert jailbreak_index(["benign", "jailbreak"]) == 1
    assert jailbreak_index(["INJECTION", "SAFE"]) == 0
    assert jailbreak_index(["no", "yes"]) == 1
    with pytest.raises(ValueError):
        jailbreak_index(["a", "b", "c"])
    assert decode_jailbreak(f32([0.0, 0.0]), 1) == pytest.approx(0.5)


TAGS = ["O", "B-PERSON", "I-PERSON", "B-EMAIL_ADDRESS", "I-EMAIL_ADDRESS"]


def _row(tag_per_token: list[str]) -> npt.NDArray[np.float32]:
    logits = np.zeros((len(tag_per_token), len(TAGS)), dtype=np.float32)
    for t, tag in enumerate(tag_per_token):
        logits[t, TAGS.index(tag)] = 5.0
    return logits


def _decode(
    tags: list[str], offsets: list[tuple[int, int]], words: list[int], content: list[bool]
) -> tuple[PIISpan, ...]:
    return decode_pii(
        _row(tags),
        TAGS,
        np.asarray(offsets, dtype=np.int64),
        np.asarray(words, dtype=np.int64),
        np.asarray(content, dtype=np.bool_),
    )


def test_bio_spans_map_to_characters_and_skip_special_tokens() -> None:
    text = "call john smith at j@x.io now"
    # [CLS] call john smith at j @ x . io now [SEP] [PAD]
    tags = ["B-PERSON", "O", "B-PERSON", "I-PERSON", "O"]
    tags += ["B-EMAIL_ADDRESS", "I-EMAIL_ADDRESS", "I-EMAIL_ADDRESS", "I-EMAIL_ADDRESS", "I-EMAIL_ADDRESS"]
    tags += ["O", "B-PERSON", "B-PERSON"]
    offsets = [(0, 0), (0, 4), (5, 9), (10, 15), (16, 18), (19, 20), (20, 21), (21, 22), (22, 23)]
    offsets += [(23, 25), (26, 29), (0, 0), (0, 0)]
    words = [-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, -1, -1]
    content = [False] + [True] * 10 + [False, False]
    spans = _decode(tags, offsets, words, content)
    assert [(s.type, text[s.start : s.end]) for s in spans] == [
        ("PERSON", "john smith"),
        ("EMAIL_ADDRESS", "j@x.io"),
    ]
    assert all(0.9 < s.score <= 1.0 for s in spans)


def test_subword_tokens_follow_their_words_first_token() -> None:
    text = "mr okonkwo-x"
    # "okonkwo" split in 3 sub-tokens of word 1; the model tags the later pieces O or another type.
    tags = ["O", "B-PERSON", "O", "B-EMAIL_ADDRESS"]
    offsets = [(0, 2), (3, 6), (6, 9), (9, 10)]
    spans = _decode(tags, offsets, [0, 1, 1, 1], [True] * 4)
    assert [(s.type, text[s.start : s.end]) for s in spans] == [("PERSON", "okonkwo")]


def test_b_tag_starts_a_new_span_and_stray_i_opens_one() -> None:
    tags = ["I-PERSON", "B-PERSON", "I-EMAIL_ADDRESS"]
    spans = _decode(tags, [(0, 3), (4, 7), (8, 11)], [0, 1, 2], [True] * 3)
    assert [(s.type, s.start, s.end) for s in spans] == [
        ("PERSON", 0, 3),
        ("PERSON", 4, 7),
        ("EMAIL_ADDRESS", 8, 11),
    ]


def test_unprefixed_and_bioes_tags() -> None:
    tags = ["O", "PER", "PER", "S-LOC", "S-LOC"]
    offsets = np.asarray([(0, 1), (2, 5), (6, 9), (10, 12), (13, 15)], dtype=np.int64)
    logits = np.zeros((5, 3), dtype=np.float32)
    for t, tag in enumerate(tags):
        logits[t, ["O", "PER", "S-LOC"].index(tag)] = 5.0
    spans = decode_pii(
        logits, ["O", "PER", "S-LOC"], offsets, np.arange(5, dtype=np.int64), np.ones(5, dtype=np.bool_)
    )
    assert [(s.type, s.start, s.end) for s in spans] == [("PER", 2, 9), ("LOC", 10, 12), ("LOC", 13, 15)]


@pytest.mark.parametrize(
    "raw",
    [
        ["a", "b"],
        {"labels": ["a", "b"]},
        {"id2label": {"1": "b", "0": "a"}},
        {"0": "a", "1": "b"},
        {"b": 1, "a": 0},
    ],
)
def test_label_map_shapes(raw: object) -> None:
    assert parse_label_map(raw) == ["a", "b"]


@pytest.mark.parametrize("raw", [[], {"0": "a", "2": "b"}, {"a": "x", "b": 1}, "ab"])
def test_bad_label_maps(raw: object) -> None:
    with pytest.raises(ValueError):
        parse_label_map(raw)


def _reference_spans(
    tags: list[str], probs: list[float], offsets: list[tuple[int, int]], words: list[int], content: list[bool]
) -> list[tuple[str, int, int, float]]:
    """The BIO rules written as a plain loop, to check the vectorised decoder against."""
    spans: list[tuple[str, int, int, float]] = []
    open_type: str | None = None
    start = end = 0
    scores: list[float] = []
    last_word = -2
    for t, keep in enumerate(content):
        if not keep:
            continue
        if words[t] >= 0 and words[t] == last_word:
            if open_type is not None:
                end = max(end, offsets[t][1])
            continue
        last_word = words[t]
        tag = tags[t]
        entity = None if tag == "O" else tag[2:]
        if entity is None or tag.startswith("B-") or entity != open_type:
            if open_type is not None:
                spans.append((open_type, start, end, sum(scores) / len(scores)))
            open_type, scores = None, []
            if entity is None:
                continue
            open_type, start = entity, offsets[t][0]
        end = offsets[t][1]
        scores.append(probs[t])
    if open_type is not None:
        spans.append((open_type, start, end, sum(scores) / len(scores)))
    return spans


@given(
    st.lists(
        st.tuples(st.sampled_from(range(len(TAGS))), st.booleans(), st.booleans(), st.floats(0.5, 9.0)),
        min_size=1,
        max_size=40,
    )
)
def test_vectorised_decoder_matches_the_reference_loop(rows: list[tuple[int, bool, bool, float]]) -> None:
    # Each token: its tag, whether it starts a new word, whether it is content, and its logit.
    logits = np.zeros((len(rows), len(TAGS)), dtype=np.float32)
    words, content, offsets = [], [], []
    word = -1
    for t, (tag, new_word, keep, strength) in enumerate(rows):
        logits[t, tag] = strength
        word += 1 if new_word or t == 0 else 0
        words.append(word if keep else -1)
        content.append(keep)
        offsets.append((3 * t, 3 * t + 2) if keep else (0, 0))
    probs = softmax(logits)
    best = probs.argmax(axis=-1)
    expected = _reference_spans(
        [TAGS[int(b)] for b in best],
        [float(probs[t, best[t]]) for t in range(len(rows))],
        offsets,
        words,
        content,
    )
    got = decode_pii(
        logits,
        TAGS,
        np.asarray(offsets, dtype=np.int64),
        np.asarray(words, dtype=np.int64),
        np.asarray(content, dtype=np.bool_),
    )
    assert [(s.type, s.start, s.end) for s in got] == [(t, b, e) for t, b, e, _ in expected]
    assert [s.score for s in got] == pytest.approx([p for *_, p in expected], abs=1e-5)
