"""Classification metrics for the build report (numpy only, so the runtime venv can test them)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class LabelScores:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True, slots=True)
class MulticlassReport:
    per_label: dict[str, LabelScores]
    macro_f1: float
    accuracy: float
    # confusion[i][j]: gold label i predicted as label j.
    confusion: list[list[int]]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def multiclass_report(gold: IntArray, predicted: IntArray, labels: Sequence[str]) -> MulticlassReport:
    n = len(labels)
    confusion = np.zeros((n, n), dtype=np.int64)
    np.add.at(confusion, (gold, predicted), 1)
    per_label: dict[str, LabelScores] = {}
    for i, label in enumerate(labels):
        tp = int(confusion[i, i])
        n_pred = int(confusion[:, i].sum())
        n_gold = int(confusion[i, :].sum())
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        per_label[label] = LabelScores(precision, recall, _f1(precision, recall), n_gold)
    present = [s.f1 for s in per_label.values() if s.support > 0]
    macro = float(np.mean(present)) if present else 0.0
    accuracy = float(np.trace(confusion) / confusion.sum()) if confusion.sum() else 0.0
    return MulticlassReport(per_label, macro, accuracy, confusion.tolist())


def roc_auc(gold: IntArray, scores: FloatArray) -> float:
    """Area under the ROC curve: the probability that a random positive outscores a random negative
    (ties count half)."""
    pos = scores[gold == 1]
    neg = scores[gold == 0]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    # Rank-sum (Mann-Whitney U) with average ranks for ties.
    order = np.argsort(np.concatenate([pos, neg]), kind="mergesort")
    values = np.concatenate([pos, neg])[order]
    ranks = np.empty(len(values), dtype=np.float64)
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        ranks[i : j + 1] = (i + j) / 2 + 1
        i = j + 1
    rank_of = np.empty(len(values), dtype=np.float64)
    rank_of[order] = ranks
    u = rank_of[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2
    return float(u / (len(pos) * len(neg)))


@dataclass(frozen=True, slots=True)
class OperatingPoint:
    threshold: float
    recall: float
    false_positive_rate: float
    precision: float


def at_threshold(gold: IntArray, scores: FloatArray, threshold: float) -> OperatingPoint:
    """Scores >= threshold are flagged positive."""
    flagged = scores >= threshold
    tp = int(np.sum(flagged & (gold == 1)))
    fp = int(np.sum(flagged & (gold == 0)))
    n_pos = int(np.sum(gold == 1))
    n_neg = int(np.sum(gold == 0))
    return OperatingPoint(
        threshold=float(threshold),
        recall=tp / n_pos if n_pos else 0.0,
        false_positive_rate=fp / n_neg if n_neg else 0.0,
        precision=tp / (tp + fp) if tp + fp else 0.0,
    )


def threshold_for_fpr(gold: IntArray, scores: FloatArray, max_fpr: float) -> OperatingPoint:
    """The lowest threshold whose false-positive rate is at most `max_fpr` (so the highest recall)."""
    negatives = np.sort(scores[gold == 0])[::-1]
    allowed = int(np.floor(max_fpr * len(negatives) + 1e-9))
    if len(negatives) == 0:
        threshold = float(np.min(scores))
    elif allowed >= len(negatives):
        threshold = float(negatives[-1])
    else:
        # Just above the (allowed+1)-th highest negative score, so at most `allowed` negatives pass.
        threshold = float(np.nextafter(negatives[allowed], np.inf))
    return at_threshold(gold, scores, threshold)
