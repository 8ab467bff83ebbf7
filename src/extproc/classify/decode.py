"""Turning head logits into signals: category with threshold and entropy, jailbreak score, PII spans.

Pure numpy over one row of a batch, so batched and single runs decode identically.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from extproc.classify.base import PIISpan

FloatArray = npt.NDArray[np.float32]

OTHER = "other"

# Label names taken as the positive ("attack") class of a jailbreak head, in a user's label map too.
POSITIVE_JAILBREAK_LABELS = frozenset({"jailbreak", "injection", "prompt_injection", "unsafe", "malicious"})


def softmax(logits: npt.NDArray[np.floating], axis: int = -1) -> FloatArray:
    x = np.asarray(logits, dtype=np.float64)
    x = x - np.max(x, axis=axis, keepdims=True)
    e = np.exp(x)
    probs: FloatArray = (e / np.sum(e, axis=axis, keepdims=True)).astype(np.float32)
    return probs


@dataclass(frozen=True, slots=True)
class CategoryDecision:
    category: str
    confidence: float
    scores: dict[str, float]
    entropy: float


def decode_category(logits: FloatArray, labels: Sequence[str], threshold: float) -> CategoryDecision:
    """One row of sequence logits; see `decode_categories`."""
    return decode_categories(logits[None], labels, threshold)[0]


def decode_categories(logits: FloatArray, labels: Sequence[str], threshold: float) -> list[CategoryDecision]:
    """Top label per row of [B, n_labels] logits; `other` when its probability is below `threshold`.

    `confidence` stays the top label's probability even when the answer is `other`, so callers can see
    how close it was; `entropy` is normalised to 0 (certain) .. 1 (uniform). Vectorised over the batch."""
    probs = softmax(logits)
    top = np.argmax(probs, axis=-1)
    confidence = np.take_along_axis(probs, top[:, None], axis=-1)[:, 0]
    entropy = normalised_entropy(probs)
    finite = np.all(np.isfinite(probs), axis=-1)
    out = []
    for row, values in enumerate(probs.tolist()):
        if not finite[row]:
            # A graph that produced NaN (e.g. a zero-token input to a user's model) gives no signal.
            out.append(CategoryDecision(OTHER, 0.0, {}, 1.0))
            continue
        conf = float(confidence[row])
        out.append(
            CategoryDecision(
                category=labels[int(top[row])] if conf >= threshold else OTHER,
                confidence=conf,
                scores=dict(zip(labels, values, strict=True)),
                entropy=float(entropy[row]),
            )
        )
    return out


def normalised_entropy(probs: FloatArray) -> FloatArray:
    """Entropy over the last axis divided by log(n): 0 (certain) .. 1 (uniform)."""
    n = probs.shape[-1]
    if n < 2:
        return np.zeros(probs.shape[:-1], dtype=np.float32)
    p = np.clip(probs.astype(np.float64), 1e-12, 1.0)
    h = -np.sum(p * np.log(p), axis=-1) / math.log(n)
    result: FloatArray = np.clip(h, 0.0, 1.0).astype(np.float32)
    return result


def jailbreak_index(labels: Sequence[str]) -> int:
    """Which column is the attack class: a known name, else the second of two labels."""
    for i, label in enumerate(labels):
        if label.lower() in POSITIVE_JAILBREAK_LABELS:
            return i
    if len(labels) == 2:
        return 1
    raise ValueError(f"cannot tell the jailbreak class among labels {list(labels)}")


def decode_jailbreak(logits: FloatArray, positive: int) -> float:
    return decode_jailbreaks(logits[None], positive)[0]


def decode_jailbreaks(logits: FloatArray, positive: int) -> list[float]:
    """Probability of the attack class per row of [B, n_labels] logits (0.0 where the graph gave NaN)."""
    scores = softmax(logits)[:, positive]
    result: list[float] = np.where(np.isfinite(scores), scores, 0.0).tolist()
    return result


def decode_pii(
    logits: FloatArray,
    tags: Sequence[str],
    offsets: npt.NDArray[np.int64],
    word_ids: npt.NDArray[np.int64],
    content_mask: npt.NDArray[np.bool_],
) -> tuple[PIISpan, ...]:
    """BIO token tags of one row ([T, n_tags]) -> character spans; see `decode_pii_batch`."""
    return decode_pii_batch(logits[None], tags, offsets[None], word_ids[None], content_mask[None])[0]


def decode_pii_batch(
    logits: FloatArray,
    tags: Sequence[str],
    offsets: npt.NDArray[np.int64],
    word_ids: npt.NDArray[np.int64],
    content_mask: npt.NDArray[np.bool_],
) -> list[tuple[PIISpan, ...]]:
    """BIO token tags ([B, T, n_tags]) -> character spans per row.

    Each word takes the tag of its first sub-token (sub-tokens inherit it), so a word is never split
    across entities whatever labelling scheme the head was trained with. `B-X` opens a span, `I-X`
    continues a span of the same type (or opens one: models do emit a stray I- first), `O` closes it.
    Tags without a prefix are read as `I-`. Special and padding tokens are ignored. A span's score is the
    mean probability of its words' tags. The argmax runs once for the batch; probabilities and spans are
    computed only for rows with an entity tag (most prompts carry no PII)."""
    best = np.argmax(logits, axis=-1)
    parsed = [_split_tag(t) for t in tags]
    names = sorted({entity for _, entity in parsed if entity is not None})
    # Per tag: index of its entity type (-1 for O), and whether it opens a span (B-/S-/U-).
    entity_of_tag = np.array([-1 if e is None else names.index(e) for _, e in parsed], dtype=np.int64)
    opens_span = np.array([prefix == "B" for prefix, _ in parsed], dtype=np.bool_)
    has_entity = (content_mask & (entity_of_tag[best] >= 0)).any(axis=-1)
    out: list[tuple[PIISpan, ...]] = [()] * int(best.shape[0])
    for row in np.flatnonzero(has_entity):
        # Probability of the winning tag: 1 / sum(exp(logit - max logit)).
        shifted = logits[row].astype(np.float64) - logits[row].max(axis=-1, keepdims=True)
        best_p = (1.0 / np.exp(shifted).sum(axis=-1)).astype(np.float32)
        out[row] = _spans(
            entity_of_tag[best[row]],
            opens_span[best[row]],
            best_p,
            names,
            offsets[row],
            word_ids[row],
            content_mask[row],
        )
    return out


def _spans(
    entity: npt.NDArray[np.int64],
    opens: npt.NDArray[np.bool_],
    prob: FloatArray,
    names: Sequence[str],
    offsets: npt.NDArray[np.int64],
    word_ids: npt.NDArray[np.int64],
    content_mask: npt.NDArray[np.bool_],
) -> tuple[PIISpan, ...]:
    """Spans of one row, vectorised: per-token Python loops cost milliseconds per batch on GPUs."""
    tokens = np.flatnonzero(content_mask)
    words = word_ids[tokens]
    # A word starts at a token without a word id or whose word differs from the previous token's.
    first = (words < 0) | (words != np.concatenate(([-2], words[:-1])))
    heads = tokens[first]  # each word's first token: it decides the word's tag
    word_entity, word_opens = entity[heads], opens[heads]
    previous = np.concatenate(([-1], word_entity[:-1]))
    starts = (word_entity >= 0) & (word_opens | (word_entity != previous))
    if not starts.any():
        return ()
    span_of_word = np.where(word_entity >= 0, np.cumsum(starts) - 1, -1)
    span_of_token = span_of_word[np.cumsum(first) - 1]
    in_span = span_of_token >= 0
    n = int(starts.sum())
    ends = np.zeros(n, dtype=np.int64)
    np.maximum.at(ends, span_of_token[in_span], offsets[tokens[in_span], 1])
    scored = span_of_word >= 0
    score_sum = np.bincount(span_of_word[scored], weights=prob[heads][scored], minlength=n)
    word_count = np.bincount(span_of_word[scored], minlength=n)
    return tuple(
        PIISpan(names[int(e)], int(b), int(end), float(total / count))
        for e, b, end, total, count in zip(
            word_entity[starts].tolist(),
            offsets[heads[starts], 0].tolist(),
            ends.tolist(),
            score_sum.tolist(),
            word_count.tolist(),
            strict=True,
        )
    )


def _split_tag(tag: str) -> tuple[str, str | None]:
    if tag in ("O", "o", ""):
        return "O", None
    if len(tag) > 2 and tag[1] in "-_" and tag[0].upper() in "BIESLU":
        prefix = tag[0].upper()
        # BIOES/BILOU: S/U open a one-word span like B; E/L continue like I.
        return ("B" if prefix in "BSU" else "I"), tag[2:]
    return "I", tag
