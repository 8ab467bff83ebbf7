"""BIO tagging helpers of the model build: spans -> token tags -> spans, and entity-level scoring."""

from __future__ import annotations

from extproc.training.bio import (
    IGNORE,
    CharSpan,
    bio_labels,
    decode_tags,
    entity_scores,
    snap_to_words,
    token_tags,
)

LABELS = bio_labels(["PERSON", "EMAIL_ADDRESS"])
IDS = {label: i for i, label in enumerate(LABELS)}

# "Mail john.smith@x.io now" as a BERT tokenizer splits it: [CLS] mail john . smith @ x . io now [SEP]
TEXT = "Mail john.smith@x.io now"
OFFSETS = [
    (0, 0),
    (0, 4),
    (5, 9),
    (9, 10),
    (10, 15),
    (15, 16),
    (16, 17),
    (17, 18),
    (18, 20),
    (21, 24),
    (0, 0),
]
WORDS: list[int | None] = [None, 0, 1, 2, 3, 4, 5, 6, 7, 8, None]


def test_labels_are_o_then_b_i_pairs() -> None:
    assert LABELS == ["O", "B-PERSON", "I-PERSON", "B-EMAIL_ADDRESS", "I-EMAIL_ADDRESS"]


def test_token_tags_mark_first_token_b_rest_i_and_ignore_specials() -> None:
    tags = token_tags(OFFSETS, [CharSpan(5, 20, "EMAIL_ADDRESS")], IDS)
    assert tags[0] == IGNORE and tags[-1] == IGNORE
    assert [LABELS[t] for t in tags[1:-1]] == ["O", "B-EMAIL_ADDRESS"] + ["I-EMAIL_ADDRESS"] * 6 + ["O"]


def test_unknown_types_are_left_as_o() -> None:
    tags = token_tags(OFFSETS, [CharSpan(5, 20, "AGE")], IDS)
    assert all(t in (IGNORE, IDS["O"]) for t in tags)


def test_decode_round_trips_the_gold_span() -> None:
    gold = CharSpan(5, 20, "EMAIL_ADDRESS")
    tags = [IDS["O"] if t == IGNORE else t for t in token_tags(OFFSETS, [gold], IDS)]
    assert decode_tags(tags, OFFSETS, WORDS, LABELS) == [gold]
    assert TEXT[gold.start : gold.end] == "john.smith@x.io"


def test_decode_reads_first_subtoken_and_stray_i_opens_a_span() -> None:
    # "Ann Lee" where "lee" is two sub-tokens of word 1: l ##ee
    offsets = [(0, 0), (0, 3), (4, 5), (5, 7), (0, 0)]
    words: list[int | None] = [None, 0, 1, 1, None]
    tags = [0, IDS["I-PERSON"], IDS["I-PERSON"], IDS["O"], 0]
    assert decode_tags(tags, offsets, words, LABELS) == [CharSpan(0, 7, "PERSON")]


def test_decode_splits_adjacent_entities_on_b() -> None:
    offsets = [(0, 3), (4, 7)]
    words: list[int | None] = [0, 1]
    tags = [IDS["B-PERSON"], IDS["B-PERSON"]]
    assert decode_tags(tags, offsets, words, LABELS) == [CharSpan(0, 3, "PERSON"), CharSpan(4, 7, "PERSON")]


def test_snap_widens_to_whole_words_and_misses_truncated_spans() -> None:
    # A span that ends inside word 3 ("smith") widens to the word's end.
    assert snap_to_words(CharSpan(5, 12, "PERSON"), OFFSETS, WORDS) == CharSpan(5, 15, "PERSON")
    assert snap_to_words(CharSpan(30, 40, "PERSON"), OFFSETS, WORDS) is None


def test_entity_scores_count_exact_matches_only() -> None:
    gold = [[CharSpan(0, 3, "PERSON"), CharSpan(5, 20, "EMAIL_ADDRESS")], [CharSpan(0, 4, "PERSON")]]
    predicted = [[CharSpan(0, 3, "PERSON"), CharSpan(5, 18, "EMAIL_ADDRESS")], []]
    scores = entity_scores(gold, predicted, ["PERSON", "EMAIL_ADDRESS"])
    person = scores.per_type["PERSON"]
    assert (person.precision, person.recall, person.support) == (1.0, 0.5, 2)
    assert scores.per_type["EMAIL_ADDRESS"].f1 == 0.0
    assert scores.micro.precision == 0.5 and abs(scores.micro.recall - 1 / 3) < 1e-12
    assert abs(scores.macro_f1 - (2 / 3 + 0.0) / 2) < 1e-12
