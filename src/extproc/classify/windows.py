"""Guard windows: every checked message read in full as overlapping, fixed-size token windows.

A message is tokenized once, without special tokens and without truncation; windows are slices of
its tokens with the model's special tokens put back around them ([CLS] ... [SEP] for BERT), so a
window costs no re-tokenization and every token keeps its character offsets in the message. Window
starts move back to the start of a word, so no window begins in the middle of one (the overlap
absorbs the difference). The routing row (today's truncated head of the routing text) is built by
the same tokenizer, so the first window of a short prompt is byte-for-byte the routing row and the
two share one encoder run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from tokenizers import Tokenizer

from extproc.classify.base import PIISpan
from extproc.classify.tokenize import EncodedBatch, reveal_hidden_ascii

IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class WindowSpec:
    """How checked messages are cut (prompt_guard.window_tokens / window_overlap / max_tokens_checked)."""

    tokens: int = 64
    overlap: int = 16
    max_tokens_checked: int = 16_384


@dataclass(frozen=True, slots=True)
class Row:
    """One encoder input row: token ids with special tokens, character offsets into `text`."""

    ids: tuple[int, ...]
    offsets: IntArray  # [n, 2]; (0, 0) for special tokens
    word_ids: IntArray  # [n]; -1 for special tokens
    special: npt.NDArray[np.bool_]  # [n]
    # Which message the row reads (-1: the routing text) and its first/last character there.
    message: int = -1
    char_start: int = 0
    char_end: int = 0


@dataclass(frozen=True, slots=True)
class Tokenized:
    """A whole text's tokens, without special tokens."""

    ids: IntArray
    offsets: IntArray
    word_ids: IntArray

    def __len__(self) -> int:
        return int(self.ids.shape[0])


class WindowTokenizer:
    """Tokenizes whole texts (no truncation, no padding) and cuts them into windows."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        tok = Tokenizer.from_str(tokenizer.to_str())
        tok.no_truncation()
        tok.no_padding()
        self._tokenizer = tok
        probe = tok.encode("a")
        mask = probe.special_tokens_mask
        first = next(i for i, m in enumerate(mask) if not m)
        last = max(i for i, m in enumerate(mask) if not m)
        self.prefix = tuple(probe.ids[:first])
        self.suffix = tuple(probe.ids[last + 1 :])

    @property
    def specials(self) -> int:
        return len(self.prefix) + len(self.suffix)

    def tokenize(self, texts: Sequence[str]) -> list[Tokenized]:
        out = []
        revealed = [reveal_hidden_ascii(t) for t in texts]
        for enc in self._tokenizer.encode_batch(revealed, add_special_tokens=False):
            n = len(enc.ids)
            out.append(
                Tokenized(
                    ids=np.asarray(enc.ids, dtype=np.int64).reshape(n),
                    offsets=np.asarray(enc.offsets, dtype=np.int64).reshape(n, 2),
                    word_ids=np.asarray([-1 if w is None else w for w in enc.word_ids], dtype=np.int64),
                )
            )
        return out

    def head_row(self, tokens: Tokenized, max_tokens: int) -> Row:
        """The truncated head of a text, as the routing pass reads it (special tokens included)."""
        return self._row(tokens, 0, min(len(tokens), max(0, max_tokens - self.specials)), -1)

    def windows(self, tokens: Tokenized, spec: WindowSpec, message: int) -> list[Row]:
        return [
            self._row(tokens, a, b, message) for a, b in plan_windows(tokens.word_ids, spec, self.specials)
        ]

    def _row(self, tokens: Tokenized, a: int, b: int, message: int) -> Row:
        pre, suf = len(self.prefix), len(self.suffix)
        n = pre + (b - a) + suf
        ids = (*self.prefix, *tokens.ids[a:b].tolist(), *self.suffix)
        offsets = np.zeros((n, 2), dtype=np.int64)
        offsets[pre : pre + b - a] = tokens.offsets[a:b]
        word_ids = np.full(n, -1, dtype=np.int64)
        word_ids[pre : pre + b - a] = tokens.word_ids[a:b]
        special = np.ones(n, dtype=np.bool_)
        special[pre : pre + b - a] = False
        start = int(tokens.offsets[a, 0]) if b > a else 0
        end = int(tokens.offsets[b - 1, 1]) if b > a else 0
        return Row(ids, offsets, word_ids, special, message, start, end)


def plan_windows(word_ids: IntArray, spec: WindowSpec, specials: int) -> list[tuple[int, int]]:
    """[start, end) token ranges covering all `len(word_ids)` tokens: `spec.tokens - specials` tokens
    each, consecutive windows overlapping by at least `spec.overlap`; a start inside a word moves back
    to the word's first token (when that keeps the window moving forward)."""
    n = int(word_ids.shape[0])
    size = spec.tokens - specials
    if size < 1:
        raise ValueError("window_tokens leaves no room for text")
    if n <= size:
        return [(0, n)]
    stride = max(1, size - spec.overlap)
    out: list[tuple[int, int]] = []
    start = 0
    while True:
        end = min(n, start + size)
        out.append((start, end))
        if end >= n:
            return out
        nxt = start + stride
        # Back to the start of the word (a word spanning the whole window cannot be kept whole).
        back = nxt
        while back > start + 1 and word_ids[back] >= 0 and word_ids[back] == word_ids[back - 1]:
            back -= 1
        start = back if back > start + 1 else nxt


def stack_rows(rows: Sequence[Row], pad_id: int) -> EncodedBatch:
    """Rows right-padded to the longest into one batch."""
    batch, seq_len = len(rows), max(1, max(len(r.ids) for r in rows))
    input_ids = np.full((batch, seq_len), pad_id, dtype=np.int64)
    attention_mask = np.zeros((batch, seq_len), dtype=np.int64)
    offsets = np.zeros((batch, seq_len, 2), dtype=np.int64)
    word_ids = np.full((batch, seq_len), -1, dtype=np.int64)
    content = np.zeros((batch, seq_len), dtype=np.bool_)
    for i, r in enumerate(rows):
        n = len(r.ids)
        input_ids[i, :n] = r.ids
        attention_mask[i, :n] = 1
        offsets[i, :n] = r.offsets
        word_ids[i, :n] = r.word_ids
        content[i, :n] = ~r.special
    return EncodedBatch(input_ids, attention_mask, offsets, word_ids, content)


def merge_spans(spans: Sequence[PIISpan]) -> tuple[PIISpan, ...]:
    """Spans from overlapping windows: same-type spans of one message that overlap or touch become
    one (their union, the higher score). Sorted by message and start."""
    ordered = sorted(spans, key=lambda s: (s.message, s.type, s.start, s.end))
    merged: list[PIISpan] = []
    for s in ordered:
        last = merged[-1] if merged else None
        if last is not None and last.message == s.message and last.type == s.type and s.start <= last.end:
            merged[-1] = PIISpan(
                s.type, last.start, max(last.end, s.end), max(last.score, s.score), s.message
            )
        else:
            merged.append(s)
    merged.sort(key=lambda s: (s.message, s.start, s.type))
    return tuple(merged)
