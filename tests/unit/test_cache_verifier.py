"""The runtime cache verifier: exact layer, digit rule, one batched model call, clean load errors."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper
from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors

from extproc.cache.verifier import (
    LearnedVerifier,
    VerifierLoadError,
    VerifierMissing,
    VerifierSettings,
    digits_of,
    load_verifier,
    rules_refuse,
)
from extproc.classify.contract import TOKENIZER_FILE, VERIFIER_FILE, VERIFIER_SETTINGS_FILE

WORDS = [
    "[PAD]",
    "[UNK]",
    "[CLS]",
    "[SEP]",
    "what",
    "is",
    "the",
    "capital",
    "of",
    "france",
    "spain",
    "please",
]


def _tokenizer(path: Path) -> None:
    vocab = {w: i for i, w in enumerate(WORDS)}
    tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tok.normalizer = normalizers.Lowercase()
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", 2), ("[SEP]", 3)],
    )
    tok.save(str(path))


def _graph(path: Path, offset: float) -> None:
    """Stand-in cross-encoder: logit = (tokens of the second text, its [SEP] included) - offset, so
    the batch shape, the pair order and the threshold are all observable."""
    inputs = [
        helper.make_tensor_value_info(n, TensorProto.INT64, ["B", "T"])
        for n in ("input_ids", "attention_mask", "token_type_ids")
    ]
    nodes = [
        helper.make_node(
            "Constant", [], ["off"], value=numpy_helper.from_array(np.array(offset, np.float32))
        ),
        helper.make_node("Constant", [], ["ax"], value=numpy_helper.from_array(np.array([1], np.int64))),
        helper.make_node("Cast", ["token_type_ids"], ["tt"], to=TensorProto.FLOAT),
        helper.make_node("ReduceSum", ["tt", "ax"], ["n"], keepdims=0),
        helper.make_node("Sub", ["n", "off"], ["same_logit"]),
    ]
    out = [helper.make_tensor_value_info("same_logit", TensorProto.FLOAT, ["B"])]
    model = helper.make_model(
        helper.make_graph(nodes, "g", inputs, out), opset_imports=[helper.make_opsetid("", 18)]
    )
    model.ir_version = 9
    onnx.save(model, str(path))


@pytest.fixture
def models_dir(tmp_path: Path) -> Path:
    _tokenizer(tmp_path / TOKENIZER_FILE)
    _graph(tmp_path / VERIFIER_FILE, offset=5.5)
    (tmp_path / VERIFIER_SETTINGS_FILE).write_text(json.dumps({"threshold": 0.5, "max_tokens": 32}))
    return tmp_path


def test_scores_are_one_batch_in_candidate_order(models_dir: Path) -> None:
    v = load_verifier(models_dir)
    # query "what is the capital of france" = 6 tokens + [SEP] -> logit 7 - 5.5 for every candidate.
    scores = v.scores("what is the capital of france", ["capital of spain", "what is the capital of spain"])
    assert scores.shape == (2,)
    assert np.allclose(scores, 1 / (1 + np.exp(-1.5)))
    assert v.scores("x", []).shape == (0,)


def test_accept_applies_exact_layer_rules_then_threshold(models_dir: Path) -> None:
    v = load_verifier(models_dir)
    # 2 query tokens + [SEP]: logit -2.5 -> refused by the model ...
    assert v.accept("capital france", ["capital spain"], [0.9]) == [False]
    # ... but an exact repeat (case, punctuation) is served without the model.
    assert v.accept("capital france", ["Capital, France?"], [0.9]) == [True]
    # Long enough query: the model accepts; different digits are refused before the model.
    q = "what is the capital of france please 12"
    cands = ["what is the capital of france 12", "what is the capital of france 13"]
    assert v.accept(q, cands, [0.9, 0.9]) == [True, False]


def test_a_pair_the_model_cannot_read_in_full_goes_to_the_rules_verifier(models_dir: Path) -> None:
    """Truncated, two long prompts that share their start look identical to the cross-encoder (and to
    the 128-token embedding): the rules verifier, which reads both texts whole, decides instead."""
    v = load_verifier(models_dir)  # max_tokens 32; the stand-in model accepts any long second text
    head = " ".join(["what is the capital of france please"] * 4)  # 28 tokens each side
    same, other = head + " spain", head + " france"
    assert not v.fits(same, other)
    assert v.fits("what is the capital of france please", "what is the capital of spain please")
    # The model would accept (its logit counts the second text's tokens) ...
    assert v.scores(same, [other])[0] > 0.5
    # ... but the whole texts differ in an entity the rules verifier refuses on; an exact repeat of a
    # long prompt is still served.
    assert v.accept(same, [other, same.upper()], [0.99, 0.99]) == [False, True]


def test_digit_rule_is_script_independent_and_leaves_number_words_to_the_model() -> None:
    assert rules_refuse("What is 15% of 90?", "What is 15% of 80?")
    assert not rules_refuse("What is 15 percent of 80", "what's 15% of 80?")
    assert not rules_refuse("convert 3 miles", "convert three miles")
    assert not rules_refuse("1,000 dollars in euros", "1000 dollars in euros")
    assert rules_refuse("Is a 3.5 GPA good?", "Is a 35 GPA good?")
    assert not rules_refuse("مرحبا ٣", "hello 3")  # Arabic-Indic digit three is 3
    assert digits_of("events of 1848 and 1849") == {"1848": 1, "1849": 1}


def test_missing_or_bad_files_name_the_file(models_dir: Path) -> None:
    (models_dir / VERIFIER_FILE).unlink()
    with pytest.raises(VerifierMissing, match=VERIFIER_FILE):
        load_verifier(models_dir)
    _graph(models_dir / VERIFIER_FILE, 0.0)
    (models_dir / VERIFIER_SETTINGS_FILE).write_text(json.dumps({"threshold": 1.5}))
    with pytest.raises(VerifierLoadError, match="threshold"):
        load_verifier(models_dir)
    (models_dir / VERIFIER_FILE).write_bytes(b"not onnx")
    with pytest.raises(VerifierLoadError, match="cannot load"):
        LearnedVerifier(models_dir / VERIFIER_FILE, models_dir / TOKENIZER_FILE, VerifierSettings(0.5))


def test_settings_round_trip() -> None:
    s = VerifierSettings(threshold=0.73, max_tokens=64, layers=2)
    assert VerifierSettings.from_json(s.to_json(), "x") == s


def test_hidden_ascii_is_read_as_the_llm_reads_it(models_dir: Path) -> None:
    """Invisible tag characters spell text the LLM reads; the verifier reads it too, so a question with
    a hidden rider does not pass for the question without it."""
    v = load_verifier(models_dir)
    hidden = "".join(chr(0xE0000 + ord(c)) for c in " please please")
    q = "what is the capital of france"
    assert np.allclose(v.scores(q + hidden, ["spain"]), v.scores(q + " please please", ["spain"]))
    assert not np.allclose(v.scores(q + hidden, ["spain"]), v.scores(q, ["spain"]))


def test_auto_gate_serves_what_the_verifier_was_calibrated_for(models_dir: Path) -> None:
    """A candidate at cosine 0.75 is below the old fixed gate (0.80) but above the gate the build
    calibrated the verifier at (0.7): `auto` lets the verifier decide it, 0.80 never shows it."""
    import asyncio
    import time

    from extproc.cache.base import CacheEntry, CacheScope
    from extproc.cache.memory import MemoryCache
    from extproc.cache.service import SemanticCache
    from extproc.config.schema import SemanticCacheConfig
    from extproc.telemetry import metrics

    settings = {"threshold": 0.5, "max_tokens": 32, "similarity_threshold": 0.7}
    (models_dir / VERIFIER_SETTINGS_FILE).write_text(json.dumps(settings))
    verifier = load_verifier(models_dir)
    scope = CacheScope("t", "auto", "math")
    stored = np.array([1.0, 0.0], np.float32)
    query = np.array([0.75, np.sqrt(1 - 0.75**2)], np.float32)  # cosine 0.75 to `stored`
    body = json.dumps({"id": "x", "object": "chat.completion", "choices": []}).encode()
    now = time.time()
    entry = CacheEntry(scope, "what is the capital of spain", stored, b"{}", body, now, now + 60)

    async def served(threshold: float | str) -> bool:
        backend = MemoryCache(2, 10, purge_interval_seconds=3600)
        cfg = SemanticCacheConfig(enabled=True, similarity_threshold=threshold, verifier="learned")
        cache = SemanticCache(backend, cfg, metrics(), verifier=verifier)
        await backend.store(entry)
        return await cache.lookup(scope, "what is the capital of france", query) is not None

    assert asyncio.run(served("auto"))
    assert not asyncio.run(served(0.8))
