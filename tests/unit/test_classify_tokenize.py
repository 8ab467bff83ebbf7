"""Tokenization edge cases: empty text, emoji offsets, very long prompts, pad-to-longest."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from extproc.classify.tokenize import PromptTokenizer
from tests.unit.classify_fixtures import build_byo_tokenizer, build_tokenizer, byo_vocabulary, vocabulary

SHIPPED_TOKENIZER = Path(__file__).resolve().parents[2] / "models" / "tokenizer.json"


@pytest.fixture(scope="module")
def tokenizer(tmp_path_factory: pytest.TempPathFactory) -> PromptTokenizer:
    path = build_tokenizer(tmp_path_factory.mktemp("tok") / "tokenizer.json")
    return PromptTokenizer.from_file(path, max_tokens=16)


def test_pads_to_longest_in_batch_not_to_max(tokenizer: PromptTokenizer) -> None:
    batch = tokenizer.encode_batch(["alice", "alice smith lives in paris"])
    # [CLS] + 5 words + [SEP]
    assert batch.seq_len == 7
    assert batch.attention_mask.tolist() == [[1, 1, 1, 0, 0, 0, 0], [1] * 7]
    assert batch.input_ids[0, 3:].tolist() == [vocabulary()["[PAD]"]] * 4
    assert batch.input_ids.dtype == np.int64 and batch.attention_mask.dtype == np.int64


def test_special_and_padding_tokens_are_not_content(tokenizer: PromptTokenizer) -> None:
    batch = tokenizer.encode_batch(["alice", "alice smith"])
    assert batch.content_mask.tolist() == [[False, True, False, False], [False, True, True, False]]
    assert batch.word_ids.tolist() == [[-1, 0, -1, -1], [-1, 0, 1, -1]]
    assert batch.offsets[1].tolist() == [[0, 0], [0, 5], [6, 11], [0, 0]]


def test_empty_text_encodes_to_special_tokens_only(tokenizer: PromptTokenizer) -> None:
    batch = tokenizer.encode_batch([""])
    assert batch.seq_len == 2
    assert not batch.content_mask.any()


def test_empty_text_without_special_tokens_still_has_one_column(tmp_path: Path) -> None:
    tok = PromptTokenizer.from_file(build_byo_tokenizer(tmp_path / "t.json", byo_vocabulary()), 16)
    batch = tok.encode_batch(["", ""])
    assert batch.input_ids.shape == (2, 1)
    assert batch.attention_mask.tolist() == [[0], [0]]


def test_emoji_offsets_are_character_positions(tokenizer: PromptTokenizer) -> None:
    text = "🎉🎉 alice 😀 smith"
    batch = tokenizer.encode_batch([text])
    spans = [
        text[s:e]
        for (s, e), keep in zip(batch.offsets[0].tolist(), batch.content_mask[0], strict=True)
        if keep
    ]
    assert spans == ["🎉🎉", "alice", "😀", "smith"]


def test_long_prompt_is_truncated_not_rejected(tokenizer: PromptTokenizer) -> None:
    text = "alice " * 2000  # 12,000 characters
    batch = tokenizer.encode_batch([text, "bob"])
    assert batch.seq_len == 16
    assert int(batch.attention_mask[0].sum()) == 16
    assert tokenizer.token_count(text) == 16


def test_explicit_settings_override_the_files_own_padding(tmp_path: Path) -> None:
    from tokenizers import Tokenizer

    path = build_tokenizer(tmp_path / "tokenizer.json")
    raw = Tokenizer.from_file(str(path))
    # Like the shipped MiniLM tokenizer.json: fixed padding and truncation to 128.
    raw.enable_padding(pad_id=0, pad_token="[PAD]", length=128)
    raw.enable_truncation(max_length=128)
    tok = PromptTokenizer(raw, max_tokens=8)
    assert tok.encode_batch(["alice"]).seq_len == 3
    assert tok.encode_batch(["alice " * 50]).seq_len == 8


def test_empty_batch_is_an_error(tokenizer: PromptTokenizer) -> None:
    with pytest.raises(ValueError):
        tokenizer.encode_batch([])


@pytest.mark.skipif(not SHIPPED_TOKENIZER.is_file(), reason="models/ not built (make models)")
def test_shipped_tokenizer_edge_cases() -> None:
    tok = PromptTokenizer.from_file(SHIPPED_TOKENIZER, max_tokens=128)
    text = "Héllo 🎉 wörld " + "word " * 2_000  # 10,000+ characters
    batch = tok.encode_batch(["", text, "short"])
    assert batch.seq_len == 128
    assert int(batch.attention_mask[0].sum()) == 2  # [CLS] [SEP]
    assert int(batch.attention_mask[2].sum()) < 128
    offsets = batch.offsets[1][batch.content_mask[1]]
    assert text[int(offsets[0, 0]) : int(offsets[0, 1])].lower() == "héllo"
    assert all(0 <= s <= e <= len(text) for s, e in offsets.tolist())


def test_compatibility_forms_read_as_the_plain_letters_with_original_offsets(
    tokenizer: PromptTokenizer,
) -> None:
    """Fullwidth, mathematical and circled letters are what an LLM reads as plain text: the encoder
    must see the same tokens, or an attack spelled that way steps around the guards."""
    plain = tokenizer.encode_batch(["alice smith"])
    for spelled in ("ａｌｉｃｅ ｓｍｉｔｈ", "𝐚𝐥𝐢𝐜𝐞 𝐬𝐦𝐢𝐭𝐡", "ⓐⓛⓘⓒⓔ ⓢⓜⓘⓣⓗ"):
        batch = tokenizer.encode_batch([spelled])
        assert batch.input_ids.tolist() == plain.input_ids.tolist(), spelled
        assert batch.offsets[0].tolist() == [[0, 0], [0, 5], [6, 11], [0, 0]]
    # Wrapping twice adds no second NFKC step.
    again = PromptTokenizer(tokenizer.tokenizer, max_tokens=16)
    assert str(again.tokenizer.normalizer).count("NFKC") == 1


def test_tag_characters_read_as_the_ascii_they_hide(tokenizer: PromptTokenizer) -> None:
    """Unicode tag characters render as nothing but some LLMs read them as ASCII ("ASCII smuggling");
    the encoder's normalizer would drop them, so the guards read the ASCII instead."""
    hidden = "".join(chr(0xE0000 + ord(c)) for c in "smith")
    plain = tokenizer.encode_batch(["alice smith"])
    batch = tokenizer.encode_batch([f"alice {hidden}"])
    assert batch.input_ids.tolist() == plain.input_ids.tolist()
    assert batch.offsets[0].tolist() == [[0, 0], [0, 5], [6, 11], [0, 0]]
    assert tokenizer.token_count(f"alice {hidden}") == 4


def test_digits_of_other_scripts_read_as_ascii_digits() -> None:
    from extproc.classify.tokenize import reveal_hidden_ascii

    # Arabic-Indic, Devanagari, Bengali, fullwidth: an LLM reads each as 078-05-1120.
    for digits in ("٠٧٨-٠٥-١١٢٠", "०७८-०५-११२०", "০৭৮-০৫-১১২০", "０７８-０５-１１２０"):
        assert reveal_hidden_ascii(f"ssn {digits}.") == "ssn 078-05-1120."
    assert reveal_hidden_ascii("naïve café ½") == "naïve café ½"  # nothing else changes


def test_braille_reads_as_the_letters_it_spells() -> None:
    from extproc.classify.tokenize import reveal_hidden_ascii

    assert reveal_hidden_ascii("⠊⠛⠝⠕⠗⠑⠀⠁⠇⠇") == "ignore all"
