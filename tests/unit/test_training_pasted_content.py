"""Benign pasted material for the jailbreak head (training/pasted_content.py): window-sized, varied,
reproducible. The other-language kind needs Faker (build venv); the rest runs anywhere."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from extproc.training import datasets, pasted_content

PLAIN = ("code", "logs", "tables", "configs")


def test_rows_are_reproducible_distinct_and_in_near_equal_shares() -> None:
    rows = pasted_content.synthesize(200, seed=3, kinds=PLAIN)
    assert rows == pasted_content.synthesize(200, seed=3, kinds=PLAIN)
    assert rows != pasted_content.synthesize(200, seed=4, kinds=PLAIN)
    assert len(rows) == 200 and len({t for t, _ in rows}) == 200
    # Kinds take turns; a repeat is dropped, so a kind with fewer variants falls a little behind.
    shares = Counter(k for _, k in rows)
    assert set(shares) == set(PLAIN) and min(shares.values()) >= 45


def test_rows_are_about_one_window_long() -> None:
    """The router's windows hold 62 tokens; a row far longer would train on text no window shows."""
    for text, kind in pasted_content.synthesize(200, seed=5, kinds=PLAIN):
        words = len(text.split())
        assert 3 <= words <= 150, (kind, words, text)


def test_code_is_real_standard_library_code() -> None:
    code = [t for t, k in pasted_content.synthesize(40, seed=1, kinds=("code",))]
    assert len(code) == 40
    # Python source, by other authors: keywords and punctuation a prose generator would not produce.
    assert sum(any(w in t for w in ("def ", "return", "self", "import", "=")) for t in code) >= 30


def test_other_languages_come_from_fakers_word_lists() -> None:
    pytest.importorskip("faker")
    rows = pasted_content.synthesize(40, seed=2, kinds=("foreign",))
    assert len(rows) == 40
    assert sum(not t.isascii() for t, _ in rows) >= 10


def test_rows_join_the_jailbreak_corpus_as_train_only_benign_without_pii_labels() -> None:
    rows = datasets.load_pasted_content(50, 7, [], kinds=PLAIN)
    benign = datasets.JAILBREAK_LABELS.index("benign")
    assert len(rows) == 50 and all(r.label == benign and r.train_only for r in rows)
    assert all(r.source == datasets.PASTED_CONTENT_SOURCE for r in rows)
    from extproc.training import jailbreak as jb

    # Logs and code hold addresses and names nobody labelled: never PII negatives.
    assert datasets.PASTED_CONTENT_SOURCE in jb.UNLABELLED_PII_SOURCES
    # Easy negatives: outside the false-positive budget the threshold is chosen for.
    assert datasets.PASTED_CONTENT_SOURCE in jb.DERIVED_BENIGN_SOURCES


def test_build_settings_can_switch_pasted_content_on_for_an_experiment() -> None:
    from extproc.training.build import SETTINGS, apply_setting

    settings: dict[str, Any] = {"jailbreak": dict(SETTINGS["jailbreak"]), "max_tokens": 128}
    assert settings["jailbreak"]["pasted_content"] == 0  # off in the shipped build (README)
    apply_setting(settings, "jailbreak.pasted_content=1500")
    apply_setting(settings, "max_tokens=64")
    assert settings["jailbreak"]["pasted_content"] == 1500 and settings["max_tokens"] == 64
    for typo in ("jailbreak.pasted=1", "jailbrake.pasted_content=1", "jailbreak.pasted_content"):
        with pytest.raises(SystemExit):
            apply_setting(settings, typo)
