"""Choosing the cache verifier's cosine gate and threshold, and scoring the cache decision.

Pure numpy over precomputed cosines and verifier scores (no torch), so the choice is unit-tested in the
runtime environment; `extproc.training.verifier` trains the model and calls these.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from extproc.cache.verifier import rules_refuse
from extproc.cache.verify import exact_key


@dataclass(frozen=True, slots=True)
class LabelledPair:
    cached: str
    query: str
    label: int
    kind: str


def decisions(
    pairs: Sequence[LabelledPair],
    cosines: npt.NDArray[np.float32],
    scores: npt.NDArray[np.float32],
    similarity_threshold: float,
    threshold: float,
    read_in_full: npt.NDArray[np.bool_] | None = None,
) -> npt.NDArray[np.bool_]:
    """The cache's decision per pair (cached = `cached`, new query = `query`), as the runtime makes it
    (`extproc.cache.verifier.LearnedVerifier.accept`); `read_in_full` from `fits` (default: all)."""
    from extproc.cache.verify import verify_candidate

    out = np.zeros(len(pairs), dtype=np.bool_)
    for i, p in enumerate(pairs):
        if exact_key(p.cached) == exact_key(p.query):
            out[i] = True
        elif cosines[i] >= similarity_threshold and not rules_refuse(p.query, p.cached):
            if read_in_full is None or read_in_full[i]:
                out[i] = scores[i] >= threshold
            else:
                out[i] = verify_candidate(p.query, p.cached, float(cosines[i]))
    return out


def rates(pairs: Sequence[LabelledPair], hits: npt.NDArray[np.bool_]) -> dict[str, Any]:
    labels = np.array([p.label for p in pairs])
    para, near = labels == 1, labels == 0
    return {
        "paraphrase_hit": float(hits[para].mean()) if para.any() else 0.0,
        "near_miss_false_hit": float(hits[near].mean()) if near.any() else 0.0,
        "paraphrases": int(para.sum()),
        "near_misses": int(near.sum()),
    }


# Verifier thresholds tried: coarse, then fine near 1 where the int8 model's scores crowd.
THRESHOLD_GRID = tuple(
    sorted({*np.round(np.arange(0.05, 0.99, 0.005), 3), *np.round(np.arange(0.99, 0.9995, 0.0005), 4)})
)


@dataclass(frozen=True, slots=True)
class Choice:
    similarity_threshold: float
    threshold: float
    paraphrase_hit: float
    near_miss_false_hit: float


def choose_threshold(
    pairs: Sequence[LabelledPair],
    cosines: npt.NDArray[np.float32],
    scores: npt.NDArray[np.float32],
    similarity_threshold: float,
    max_false_hit: float,
    read_in_full: npt.NDArray[np.bool_] | None = None,
) -> Choice:
    """At one cosine gate: most paraphrase hits with false hits <= `max_false_hit`; ties go to the
    higher threshold. None qualifying: the highest threshold tried."""
    best: Choice | None = None
    for t in THRESHOLD_GRID:
        r = rates(pairs, decisions(pairs, cosines, scores, similarity_threshold, float(t), read_in_full))
        if r["near_miss_false_hit"] <= max_false_hit and (
            best is None or r["paraphrase_hit"] >= best.paraphrase_hit
        ):
            best = Choice(similarity_threshold, float(t), r["paraphrase_hit"], r["near_miss_false_hit"])
    if best is None:
        t = float(THRESHOLD_GRID[-1])
        r = rates(pairs, decisions(pairs, cosines, scores, similarity_threshold, t, read_in_full))
        best = Choice(similarity_threshold, t, r["paraphrase_hit"], r["near_miss_false_hit"])
    return best


def choose_gate(
    pairs: Sequence[LabelledPair],
    cosines: npt.NDArray[np.float32],
    scores: npt.NDArray[np.float32],
    gates: Sequence[float],
    max_false_hit: float,
    read_in_full: npt.NDArray[np.bool_] | None = None,
) -> tuple[Choice, list[Choice]]:
    """The cosine gate and verifier threshold together: the best `choose_threshold` over `gates`
    (ties go to the higher gate); also every gate's own best, for the report."""
    per_gate = [choose_threshold(pairs, cosines, scores, g, max_false_hit, read_in_full) for g in gates]
    qualifying = [c for c in per_gate if c.near_miss_false_hit <= max_false_hit] or per_gate
    best = max(qualifying, key=lambda c: (c.paraphrase_hit, c.similarity_threshold))
    return best, per_gate
