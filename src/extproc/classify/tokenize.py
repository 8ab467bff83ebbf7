"""Batch tokenization from a `tokenizer.json`, with the truncation and padding the runtime needs.

The shipped tokenizer.json pads and truncates to a fixed 128 tokens; here both are set explicitly:
truncate to `max_tokens` (long prompts are cut, never rejected) and pad only to the longest prompt of
the batch, so a short prompt alone costs a short sequence. Character offsets are kept so token-level
heads (PII) can map their tags back onto the original text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
from tokenizers import Tokenizer, normalizers

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

# Tried in order when the tokenizer.json does not name its padding token.
_PAD_TOKEN_CANDIDATES = ("[PAD]", "<pad>", "<PAD>", "[pad]")


@dataclass(frozen=True, slots=True)
class EncodedBatch:
    """A tokenized batch, right-padded to its longest row. All arrays are [B, T] (offsets [B, T, 2])."""

    input_ids: IntArray
    attention_mask: IntArray
    # Character [start, end) of each token in its text; (0, 0) for special and padding tokens.
    offsets: IntArray
    # Index of the pre-tokenizer word each token belongs to; -1 for special and padding tokens.
    word_ids: IntArray
    # True where a token came from the text (not special, not padding): the only tokens a token head tags.
    content_mask: BoolArray

    @property
    def size(self) -> int:
        return int(self.input_ids.shape[0])

    @property
    def seq_len(self) -> int:
        return int(self.input_ids.shape[1])


class PromptTokenizer:
    """Wraps a `tokenizers.Tokenizer`; thread-safe for `encode_batch` (the Rust core holds no Python state)."""

    def __init__(self, tokenizer: Tokenizer, max_tokens: int) -> None:
        if max_tokens < 2:
            raise ValueError("max_tokens must be at least 2")
        self.max_tokens = max_tokens
        pad_id, pad_token = _pad_token(tokenizer)
        self.pad_id = pad_id
        add_nfkc_normalizer(tokenizer)
        tokenizer.no_padding()
        tokenizer.no_truncation()
        tokenizer.enable_truncation(max_length=max_tokens)
        # length=None pads to the longest sequence of each batch.
        tokenizer.enable_padding(pad_id=pad_id, pad_token=pad_token, length=None)
        self._tokenizer = tokenizer

    @classmethod
    def from_file(cls, path: Path | str, max_tokens: int) -> PromptTokenizer:
        return cls(Tokenizer.from_file(str(path)), max_tokens)

    @property
    def tokenizer(self) -> Tokenizer:
        """The configured `tokenizers.Tokenizer` (truncating, padding): copy it before changing it."""
        return self._tokenizer

    def token_count(self, text: str) -> int:
        """Tokens of `text` after truncation, special tokens included."""
        return len(self._tokenizer.encode(reveal_hidden_ascii(text)).ids)

    def encode_batch(self, texts: Sequence[str]) -> EncodedBatch:
        if not texts:
            raise ValueError("encode_batch needs at least one text")
        encodings = self._tokenizer.encode_batch([reveal_hidden_ascii(t) for t in texts])
        batch = len(encodings)
        # A tokenizer without special tokens gives zero tokens for an empty text; keep one padding
        # column so every graph still sees a [B, T>=1] input.
        seq_len = max(1, max(len(e.ids) for e in encodings))
        input_ids = np.full((batch, seq_len), self.pad_id, dtype=np.int64)
        attention_mask = np.zeros((batch, seq_len), dtype=np.int64)
        offsets = np.zeros((batch, seq_len, 2), dtype=np.int64)
        word_ids = np.full((batch, seq_len), -1, dtype=np.int64)
        special = np.ones((batch, seq_len), dtype=np.bool_)
        for row, enc in enumerate(encodings):
            n = len(enc.ids)
            if n == 0:
                continue
            input_ids[row, :n] = enc.ids
            attention_mask[row, :n] = enc.attention_mask
            offsets[row, :n] = enc.offsets
            special[row, :n] = np.asarray(enc.special_tokens_mask, dtype=np.bool_)
            word_ids[row, :n] = [-1 if w is None else w for w in enc.word_ids]
        content_mask = (attention_mask == 1) & ~special
        word_ids[~content_mask] = -1
        offsets[~content_mask] = 0
        return EncodedBatch(
            input_ids=input_ids,
            attention_mask=attention_mask,
            offsets=offsets,
            word_ids=word_ids,
            content_mask=content_mask,
        )


# Braille letters (grade 1) and the blank cell: an LLM reads "⠊⠛⠝⠕⠗⠑" as "ignore"; to the encoder
# every cell is an unknown token.
_BRAILLE = {
    ord(b): ord(a) for a, b in zip("abcdefghijklmnopqrstuvwxyz ", "⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵⠀", strict=True)
}


class _HiddenASCII(dict[int, int]):
    """str.translate table: Unicode tag characters U+E0020..U+E007E to the printable ASCII they mirror
    (they render as nothing; some LLMs read them as those letters, "ASCII smuggling", while the
    encoder's normalizer drops them as format characters), decimal digits of every script ("٠٧٨",
    "०७८") to ASCII digits (an LLM reads them as numbers; the encoder and python-stdnum did not), and
    braille letters to the letters they spell. Filled on first sight of each code point, up to a bound."""

    def __missing__(self, code: int) -> int:
        if 0xE0020 <= code <= 0xE007E:
            value = code - 0xE0000
        elif code in _BRAILLE:
            value = _BRAILLE[code]
        else:
            digit = unicodedata.decimal(chr(code), None)
            value = 0x30 + digit if digit is not None else code
        if len(self) < 65_536:
            self[code] = value
        return value


_HIDDEN_ASCII = _HiddenASCII()


def reveal_hidden_ascii(text: str) -> str:
    """Tag characters and other scripts' digits as the ASCII they stand for, one for one (offsets
    unchanged). Applied before tokenizing and in the structured-PII checks."""
    return text if text.isascii() else text.translate(_HIDDEN_ASCII)


def add_nfkc_normalizer(tokenizer: Tokenizer) -> None:
    """NFKC before the tokenizer's own normalizer. Fullwidth ("ｉｇｎｏｒｅ"), mathematical ("𝐢𝐠𝐧𝐨𝐫𝐞") and
    circled letters and digits read to an LLM as the plain ones but are unknown or rare tokens to the
    encoder's vocabulary, so an attack or an SSN spelled that way slipped past the guards (the
    jailbreak head scored fullwidth attacks 0.65-0.75 against 0.96-1.00, bench/guard_spellings.py). Offsets still point into the
    original text. Skipped when the tokenizer already starts with NFKC."""
    current = tokenizer.normalizer
    if isinstance(current, normalizers.NFKC) or (
        isinstance(current, normalizers.Sequence) and isinstance(current[0], normalizers.NFKC)
    ):
        return
    steps = [normalizers.NFKC()] + ([current] if current is not None else [])
    tokenizer.normalizer = normalizers.Sequence(steps)


def _pad_token(tokenizer: Tokenizer) -> tuple[int, str]:
    padding = tokenizer.padding
    if padding is not None:
        return int(padding["pad_id"]), str(padding["pad_token"])
    for token in _PAD_TOKEN_CANDIDATES:
        token_id = tokenizer.token_to_id(token)
        if token_id is not None:
            return token_id, token
    # Padding positions are masked out, so any id works; 0 exists in every vocabulary.
    return 0, tokenizer.id_to_token(0) or "[PAD]"
