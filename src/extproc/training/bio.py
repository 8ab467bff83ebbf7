"""BIO tagging for the PII head: character spans <-> token tags, and entity-level scoring.

Torch-free (plain Python), so the runtime venv can import and test it. Decoding follows the runtime's
rule (`extproc.classify.decode.decode_pii`): a word takes the tag of its first sub-token, `B-X` opens a
span, `I-X` continues a span of type X (or opens one), `O` closes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Label id that the loss ignores: special tokens ([CLS], [SEP]) and padding carry no tag.
IGNORE = -100


@dataclass(frozen=True, slots=True, order=True)
class CharSpan:
    """An entity as a half-open character range [start, end) of its text."""

    start: int
    end: int
    type: str


def bio_labels(entity_types: Sequence[str]) -> list[str]:
    """["O", "B-T1", "I-T1", "B-T2", ...] in a fixed order (the head's output order)."""
    labels = ["O"]
    for entity in entity_types:
        labels += [f"B-{entity}", f"I-{entity}"]
    return labels


def _is_content(offset: tuple[int, int]) -> bool:
    # tokenizers gives special tokens the empty offset (0, 0).
    return offset[1] > offset[0]


def token_tags(
    offsets: Sequence[tuple[int, int]], spans: Iterable[CharSpan], label_ids: dict[str, int]
) -> list[int]:
    """Tag every token that overlaps an entity: its first token `B-`, the others `I-`.

    Sub-tokens of a word are tagged too (not only the first), which gives the head more signal;
    decoding reads the first sub-token of each word only. Spans of types without a label are skipped.
    """
    tags = [label_ids["O"] if _is_content(o) else IGNORE for o in offsets]
    for span in sorted(spans):
        if f"B-{span.type}" not in label_ids:
            continue
        first = True
        for i, (start, end) in enumerate(offsets):
            if start < end and start < span.end and end > span.start:
                if tags[i] != label_ids["O"]:
                    continue  # overlapping gold spans: the earlier one keeps the token
                tags[i] = label_ids[f"B-{span.type}" if first else f"I-{span.type}"]
                first = False
    return tags


def snap_to_words(
    span: CharSpan, offsets: Sequence[tuple[int, int]], word_ids: Sequence[int | None]
) -> CharSpan | None:
    """The span widened to whole words of the tokenization, as decoding can express it.

    None when no (untruncated) token overlaps the span."""
    hit_words = {
        word_ids[i]
        for i, (start, end) in enumerate(offsets)
        if start < end and start < span.end and end > span.start and word_ids[i] is not None
    }
    if not hit_words:
        return None
    starts = [
        offsets[i][0] for i in range(len(offsets)) if word_ids[i] in hit_words and _is_content(offsets[i])
    ]
    ends = [
        offsets[i][1] for i in range(len(offsets)) if word_ids[i] in hit_words and _is_content(offsets[i])
    ]
    return CharSpan(min(starts), max(ends), span.type)


def _split_tag(tag: str) -> tuple[str, str | None]:
    if tag == "O":
        return "O", None
    return tag[0], tag[2:]


def decode_tags(
    tag_ids: Sequence[int],
    offsets: Sequence[tuple[int, int]],
    word_ids: Sequence[int | None],
    labels: Sequence[str],
) -> list[CharSpan]:
    """Token tag ids -> entity character spans, reading the first sub-token of each word."""
    spans: list[CharSpan] = []
    open_type: str | None = None
    open_start = open_end = 0
    last_word: int | None = None

    for t, tag_id in enumerate(tag_ids):
        if t >= len(offsets) or not _is_content(offsets[t]):
            continue
        word = word_ids[t]
        start, end = offsets[t]
        if word is not None and word == last_word:
            if open_type is not None:
                open_end = max(open_end, end)
            continue
        last_word = word
        prefix, entity = _split_tag(labels[tag_id])
        if entity is None:
            if open_type is not None:
                spans.append(CharSpan(open_start, open_end, open_type))
            open_type = None
            continue
        if prefix == "B" or entity != open_type:
            if open_type is not None:
                spans.append(CharSpan(open_start, open_end, open_type))
            open_type, open_start = entity, start
        open_end = end
    if open_type is not None:
        spans.append(CharSpan(open_start, open_end, open_type))
    return spans


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float
    support: int  # gold entities
    predicted: int


def _prf(tp: int, n_pred: int, n_gold: int) -> PRF:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1, n_gold, n_pred)


@dataclass(frozen=True, slots=True)
class EntityScores:
    per_type: dict[str, PRF]
    micro: PRF
    # Mean F1 over the types that have gold entities in the evaluated set.
    macro_f1: float


def entity_scores(
    gold: Sequence[Iterable[CharSpan]], predicted: Sequence[Iterable[CharSpan]], entity_types: Sequence[str]
) -> EntityScores:
    """Span-level exact match: a prediction counts only with the same type, start and end."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold rows but {len(predicted)} predicted rows")
    tp = dict.fromkeys(entity_types, 0)
    n_gold = dict.fromkeys(entity_types, 0)
    n_pred = dict.fromkeys(entity_types, 0)
    for gold_row, pred_row in zip(gold, predicted, strict=True):
        gold_set, pred_set = set(gold_row), set(pred_row)
        for span in gold_set:
            n_gold[span.type] = n_gold.get(span.type, 0) + 1
        for span in pred_set:
            n_pred[span.type] = n_pred.get(span.type, 0) + 1
            if span in gold_set:
                tp[span.type] = tp.get(span.type, 0) + 1
    per_type = {t: _prf(tp.get(t, 0), n_pred.get(t, 0), n_gold.get(t, 0)) for t in n_gold}
    micro = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    scored = [s.f1 for s in per_type.values() if s.support > 0]
    macro = sum(scored) / len(scored) if scored else 0.0
    return EntityScores(per_type, micro, macro)
