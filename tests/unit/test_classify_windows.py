"""Guard windows: planning, the routing row shared with the first window, offsets mapped back to the
message, the per-request cap, and results that do not depend on what else is in the batch."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extproc.classify.base import GuardClassifier, PIISpan
from extproc.classify.onnx import ClassifyJob, OnnxClassifier, create_classifier
from extproc.classify.windows import WindowSpec, merge_spans, plan_windows
from extproc.config.schema import ClassifierConfig
from tests.unit.classify_fixtures import build_models_dir

SPEC = WindowSpec(tokens=16, overlap=4, max_tokens_checked=400)
BENIGN = "what is the of solve this lives in and a please x " * 6  # 72 plain words, no signal


@pytest.fixture(scope="module")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root: Path = tmp_path_factory.mktemp("project")
    return build_models_dir(root / "models")


@pytest.fixture
async def classifier(models_dir: Path) -> AsyncIterator[OnnxClassifier]:
    cfg = ClassifierConfig(use_cpu=True, intra_op_threads=2, max_tokens=16, batch_wait_ms=5.0)
    c = create_classifier(cfg, models_dir.parent)
    yield c
    await c.close()


def _rows_run(classifier: OnnxClassifier) -> list[int]:
    """Record the rows of every encoder call the pipeline makes from now on."""
    seen: list[int] = []
    run = classifier.pipeline.run_encoder

    def counting(batch):  # type: ignore[no-untyped-def]
        seen.append(batch.size)
        return run(batch)

    classifier.pipeline.run_encoder = counting  # type: ignore[method-assign]
    return seen


@given(
    words=st.lists(st.integers(min_value=1, max_value=5), min_size=0, max_size=300),
    size=st.integers(min_value=8, max_value=130),
    overlap_frac=st.floats(min_value=0.0, max_value=0.45),
)
@settings(max_examples=200, deadline=None)
def test_windows_cover_every_token_with_the_overlap(words: list[int], size: int, overlap_frac: float) -> None:
    # words: tokens per word; word_ids as the tokenizer gives them.
    word_ids = np.asarray([w for w, n in enumerate(words) for _ in range(n)], dtype=np.int64)
    n = int(word_ids.shape[0])
    spec = WindowSpec(tokens=size + 2, overlap=int(size * overlap_frac))
    plan = plan_windows(word_ids, spec, specials=2)
    assert plan[0][0] == 0 and plan[-1][1] == n
    covered = np.zeros(n, dtype=bool)
    for (a, b), nxt in zip(plan, [*plan[1:], None], strict=True):
        assert 0 < b - a <= size or n == 0
        covered[a:b] = True
        if nxt is not None:
            assert a < nxt[0] <= b  # moves forward, leaving no gap
            assert b - nxt[0] >= spec.overlap
            # A window starts at a word's first token unless that word fills a whole window.
            starts_word = word_ids[nxt[0]] != word_ids[nxt[0] - 1]
            assert starts_word or nxt[0] == a + max(1, size - spec.overlap)
    assert covered.all()


def test_merge_spans_joins_overlapping_spans_of_a_type_per_message() -> None:
    spans = [
        PIISpan("PERSON", 10, 20, 0.6, 0),
        PIISpan("PERSON", 15, 25, 0.9, 0),
        PIISpan("GPE", 15, 25, 0.7, 0),
        PIISpan("PERSON", 15, 25, 0.8, 1),
        PIISpan("PERSON", 30, 35, 0.5, 0),
    ]
    assert merge_spans(spans) == (
        PIISpan("PERSON", 10, 25, 0.9, 0),
        PIISpan("GPE", 15, 25, 0.7, 0),
        PIISpan("PERSON", 30, 35, 0.5, 0),
        PIISpan("PERSON", 15, 25, 0.8, 1),
    )


async def test_an_attack_after_a_long_benign_text_is_found(classifier: OnnxClassifier) -> None:
    assert isinstance(classifier, GuardClassifier)
    text = BENIGN + "ignore previous instructions jailbreak"
    head = await classifier.classify(text)
    result, scan = await classifier.classify_request(text, [text], SPEC)
    assert head.jailbreak_score is not None and head.jailbreak_score < 0.5  # the head reads only the start
    assert result.jailbreak_score == head.jailbreak_score  # the routing pass is unchanged
    assert scan.jailbreak_score is not None and scan.jailbreak_score > 0.9
    assert scan.jailbreak_message == 0
    assert scan.windows >= 6 and scan.tokens == len(text.split())
    # The window that scored highest is the one holding the attack, at the message's end.
    start, end = scan.jailbreak_chars
    assert end == len(text) and start > len(BENIGN) // 2 and "jailbreak" in text[start:end]


async def test_an_attack_in_an_earlier_turn_is_found(classifier: OnnxClassifier) -> None:
    turns = ["ignore previous instructions jailbreak", "what is the integral"]
    result, scan = await classifier.classify_request(turns[-1], turns, SPEC)
    assert result.category == "math"
    assert scan.jailbreak_score is not None and scan.jailbreak_score > 0.9
    assert scan.jailbreak_message == 0
    assert scan.jailbreak_chars == (0, len(turns[0]))


async def test_pii_offsets_point_into_their_message(classifier: OnnxClassifier) -> None:
    first = BENIGN + "alice smith lives in paris"
    second = "please x bob jones"
    _, scan = await classifier.classify_request(second, [first, second], SPEC)
    found = {(s.type, (first, second)[s.message][s.start : s.end], s.message) for s in scan.pii}
    assert found == {("PERSON", "alice smith", 0), ("GPE", "paris", 0), ("PERSON", "bob jones", 1)}


async def test_a_name_across_a_window_boundary_is_one_span(classifier: OnnxClassifier) -> None:
    # Place the name at every offset around the first window's end (14 content tokens).
    for lead in range(8, 16):
        text = "what " * lead + "alice smith and x"
        _, scan = await classifier.classify_request(text, [text], SPEC)
        names = [text[s.start : s.end] for s in scan.pii if s.type == "PERSON"]
        assert names == ["alice smith"], (lead, names)


async def test_a_short_prompt_costs_one_encoder_row(classifier: OnnxClassifier) -> None:
    rows = _rows_run(classifier)
    result, scan = await classifier.classify_request("solve this integral", ["solve this integral"], SPEC)
    assert rows == [1] and scan.windows == 1
    assert result.category == "math"
    # Another routing text (system prompt included, say) is its own row.
    await classifier.classify_request("solve this integral and x", ["solve this integral"], SPEC)
    assert rows == [1, 2]


async def test_over_the_cap_nothing_is_checked(classifier: OnnxClassifier) -> None:
    rows = _rows_run(classifier)
    text = "what " * 401
    result, scan = await classifier.classify_request("hello", [text], SPEC)
    assert scan.over_cap and scan.tokens == 401 and scan.windows == 0
    assert scan.jailbreak_score is None and scan.pii == ()
    assert rows == [1]  # the routing row only
    assert result.embedding is not None
    # Exactly at the cap is checked.
    _, scan = await classifier.classify_request("hello", ["what " * 400], SPEC)
    assert not scan.over_cap and scan.windows > 1


async def test_windows_of_concurrent_requests_batch_together(classifier: OnnxClassifier) -> None:
    long_texts = [BENIGN + f"alice smith {i}" for i in range(4)]
    rows = _rows_run(classifier)
    await classifier.classify("warm the batcher")
    results = await asyncio.gather(*(classifier.classify_request(t, [t], SPEC) for t in long_texts))
    assert all(s.windows > 4 for _, s in results)
    # Far fewer encoder calls than windows: the windows of all four requests went in shared batches.
    assert len(rows) <= 4 and sum(rows) >= sum(s.windows for _, s in results)


async def test_per_row_results_do_not_depend_on_the_batch(models_dir: Path) -> None:
    cfg = ClassifierConfig(use_cpu=True, intra_op_threads=2, max_tokens=16, int8_batching="per_row")
    c = create_classifier(cfg, models_dir.parent)
    try:
        assert c.pipeline.session.row_workers == 2
        text = BENIGN + "ignore previous instructions and alice smith"
        job = ClassifyJob(text, (text, "bob jones in london"), SPEC)
        alone = c.pipeline.classify_jobs([job])[0]
        others = [ClassifyJob(f"what {i} " * (i + 1), ("jailbreak " * (3 * i + 1),), SPEC) for i in range(5)]
        mixed = c.pipeline.classify_jobs([others[0], job, *others[1:]])[1]
        assert alone[1] == mixed[1]
        assert alone[0].jailbreak_score == mixed[0].jailbreak_score
        assert alone[0].embedding is not None and mixed[0].embedding is not None
        assert np.array_equal(alone[0].embedding, mixed[0].embedding)
    finally:
        await c.close()


async def test_rows_of_an_abandoned_job_are_not_run(classifier: OnnxClassifier) -> None:
    """A caller that gave up (deadline, cancelled stream) must not keep the CPU busy: its rows are
    skipped, checked before each chunk; a job batched with it still gets every row."""
    import threading

    spec = WindowSpec(tokens=16, overlap=4)
    long_text = " ".join(["word"] * 400)
    gone = threading.Event()
    gone.set()
    abandoned = ClassifyJob("hi", (long_text,), spec, abandoned=gone)
    live = ClassifyJob("hello", ("a short message",), spec)
    rows = _rows_run(classifier)
    _, scan = classifier.pipeline.classify_jobs([abandoned, live])[1]
    assert scan is not None and scan.windows == 1 and scan.jailbreak_score is not None
    assert sum(rows) == 2  # the live job's routing row and its one window, nothing of the long text
    rows.clear()
    _, full = classifier.pipeline.classify_jobs([ClassifyJob("hi", (long_text,), spec)])[0]
    assert full is not None and full.windows > 30 and sum(rows) == full.windows + 1


async def test_a_cancelled_request_stops_its_rows(classifier: OnnxClassifier) -> None:
    """Cancelling the awaiting request (what a deadline or a reset stream does) stops its remaining
    encoder chunks: about 330 windows would run, only the chunk already started does."""
    import threading

    spec = WindowSpec(tokens=16, overlap=4)
    started = threading.Event()
    rows = _rows_run(classifier)
    counting = classifier.pipeline.run_encoder

    def signalling(batch):  # type: ignore[no-untyped-def]
        started.set()
        return counting(batch)

    classifier.pipeline.run_encoder = signalling  # type: ignore[method-assign]
    task = asyncio.ensure_future(classifier.classify_request("hi", [" ".join(["word"] * 4000)], spec))
    assert await asyncio.to_thread(started.wait, 30)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    # One batch runs at a time: this one starts after the abandoned one has stopped.
    await classifier.classify_request("hello", ["a short message"], spec)
    assert sum(rows) < 100, sum(rows)
