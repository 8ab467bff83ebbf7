"""Report metrics of the model build."""

from __future__ import annotations

import numpy as np

from extproc.training.metrics import at_threshold, multiclass_report, roc_auc, threshold_for_fpr


def test_multiclass_report_per_label_and_macro() -> None:
    gold = np.array([0, 0, 1, 1, 2], dtype=np.int64)
    pred = np.array([0, 1, 1, 1, 0], dtype=np.int64)
    report = multiclass_report(gold, pred, ["a", "b", "c"])
    a, b, c = (report.per_label[k] for k in "abc")
    assert (a.precision, a.recall, a.support) == (0.5, 0.5, 2)
    assert (b.precision, b.recall) == (2 / 3, 1.0)
    assert (c.precision, c.recall, c.f1) == (0.0, 0.0, 0.0)
    assert abs(report.macro_f1 - (0.5 + 0.8 + 0.0) / 3) < 1e-12
    assert report.accuracy == 0.6
    assert report.confusion == [[1, 1, 0], [0, 2, 0], [1, 0, 0]]


def test_roc_auc_matches_pair_counting_with_ties() -> None:
    gold = np.array([1, 1, 0, 0, 1, 0], dtype=np.int64)
    scores = np.array([0.9, 0.4, 0.4, 0.1, 0.8, 0.7])
    pos, neg = scores[gold == 1], scores[gold == 0]
    pairs = [(p > n) + 0.5 * (p == n) for p in pos for n in neg]
    assert abs(roc_auc(gold, scores) - sum(pairs) / len(pairs)) < 1e-12


def test_threshold_for_fpr_keeps_fpr_within_budget_and_maximises_recall() -> None:
    rng = np.random.default_rng(0)
    gold = np.array([0] * 200 + [1] * 100, dtype=np.int64)
    scores = np.concatenate([rng.normal(0, 1, 200), rng.normal(2, 1, 100)])
    point = threshold_for_fpr(gold, scores, 0.05)
    assert point.false_positive_rate <= 0.05
    # Lowering the threshold to the next negative score would exceed the budget.
    negatives = np.sort(scores[gold == 0])[::-1]
    assert at_threshold(gold, scores, float(negatives[10])).false_positive_rate > 0.05
    assert point.recall == at_threshold(gold, scores, point.threshold).recall
