"""The cache's cosine gate: `similarity_threshold: auto` follows the learned verifier's calibration,
and the build chooses that gate and the verifier threshold together on validation pairs."""

from __future__ import annotations

import numpy as np
import pytest

from extproc.cache.service import RULES_SIMILARITY, similarity_gate
from extproc.cache.verifier import LearnedVerifier, VerifierLoadError, VerifierSettings
from extproc.config.schema import SemanticCacheConfig
from extproc.training.verifier_choice import LabelledPair, choose_gate, choose_threshold


class _Calibrated:
    """Stands in for a loaded LearnedVerifier: the gate only reads its settings."""

    def __init__(self, gate: float | None) -> None:
        self.settings = VerifierSettings(threshold=0.9, similarity_threshold=gate)


def _gate(cfg: SemanticCacheConfig, gate: float | None) -> tuple[float, str]:
    verifier: LearnedVerifier = _Calibrated(gate)  # type: ignore[assignment]
    return similarity_gate(cfg, verifier)


def test_auto_takes_the_verifiers_gate_else_the_rules_gate() -> None:
    auto = SemanticCacheConfig(similarity_threshold="auto")
    assert _gate(auto, 0.7) == (0.7, "verifier build")
    assert _gate(auto, None) == (RULES_SIMILARITY, "rules default")
    assert similarity_gate(auto, None) == (RULES_SIMILARITY, "rules default")
    # A number in config always wins.
    assert _gate(SemanticCacheConfig(similarity_threshold=0.85), 0.7) == (0.85, "config")


def test_settings_carry_the_gate() -> None:
    s = VerifierSettings(threshold=0.91, max_tokens=64, layers=6, similarity_threshold=0.7)
    assert VerifierSettings.from_json(s.to_json(), "x") == s
    # Builds before the gate was chosen have no such key.
    assert VerifierSettings.from_json({"threshold": 0.8}, "x").similarity_threshold is None
    for bad in (1.5, 0, True, "0.7"):
        with pytest.raises(VerifierLoadError, match="similarity_threshold"):
            VerifierSettings.from_json({"threshold": 0.8, "similarity_threshold": bad}, "x")


def _pairs(labels: list[int]) -> list[LabelledPair]:
    # Distinct texts without digits: neither the exact layer nor the digit rule decides them.
    return [
        LabelledPair(f"cached question {chr(97 + i)}", f"new one {chr(97 + i)}", y, "k")
        for i, y in enumerate(labels)
    ]


def test_a_looser_gate_is_chosen_when_it_serves_more_at_the_same_false_hits() -> None:
    # Paraphrases 0-3 sit at cosine 0.72 with high verifier scores; the near miss at 0.75 scores
    # high too, the one at 0.85 low. Gate 0.8 serves no paraphrase; gate 0.7 serves all four, and
    # the verifier threshold must rise above the 0.75 near miss's score to keep false hits at 0.
    pairs = _pairs([1, 1, 1, 1, 0, 0])
    cos = np.array([0.72, 0.72, 0.72, 0.72, 0.75, 0.85], np.float32)
    scores = np.array([0.99, 0.98, 0.97, 0.96, 0.9, 0.1], np.float32)
    best, per_gate = choose_gate(pairs, cos, scores, [0.7, 0.8], max_false_hit=0.0)
    assert best.similarity_threshold == 0.7 and best.paraphrase_hit == 1.0
    assert best.near_miss_false_hit == 0.0 and 0.9 < best.threshold <= 0.96
    assert [c.similarity_threshold for c in per_gate] == [0.7, 0.8]
    assert per_gate[1].paraphrase_hit == 0.0


def test_ties_go_to_the_tighter_gate_and_threshold() -> None:
    pairs = _pairs([1, 0])
    cos = np.array([0.9, 0.6], np.float32)
    scores = np.array([0.95, 0.99], np.float32)
    best, _ = choose_gate(pairs, cos, scores, [0.5, 0.8], max_false_hit=0.0)
    # Both gates serve the paraphrase; 0.5 must also out-threshold the near miss, 0.8 need not.
    assert best.similarity_threshold == 0.8 and best.paraphrase_hit == 1.0
    assert choose_threshold(pairs, cos, scores, 0.8, 0.0).threshold == 0.95


def test_nothing_qualifying_falls_back_to_the_strictest_threshold() -> None:
    pairs = _pairs([1, 0])
    cos = np.array([0.9, 0.9], np.float32)
    scores = np.array([0.9999, 0.9999], np.float32)
    c = choose_threshold(pairs, cos, scores, 0.8, 0.0)
    assert c.threshold == pytest.approx(0.9995) and c.near_miss_false_hit == 1.0
