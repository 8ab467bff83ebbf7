"""The micro-batcher: grouping, fan-out, error propagation, never blocking the event loop."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extproc.classify.batcher import BatcherClosedError, MicroBatcher


class Recorder:
    def __init__(self) -> None:
        self.batches: list[list[int]] = []
        self.threads: set[str] = set()

    def __call__(self, items: Sequence[int]) -> list[int]:
        self.batches.append(list(items))
        self.threads.add(threading.current_thread().name)
        return [i * 10 for i in items]


async def test_concurrent_calls_share_one_batch_and_get_their_own_result() -> None:
    rec = Recorder()
    batcher: MicroBatcher[int, int] = MicroBatcher(rec, max_size=32, wait_ms=50)
    results = await asyncio.gather(*(batcher.submit(i) for i in range(10)))
    await batcher.close()
    assert results == [i * 10 for i in range(10)]
    assert rec.batches == [list(range(10))]
    assert batcher.batch_sizes == [10]
    # Ran on the batcher's worker thread, not the event loop's.
    assert rec.threads and threading.current_thread().name not in rec.threads


async def test_batches_never_exceed_max_size() -> None:
    rec = Recorder()
    batcher: MicroBatcher[int, int] = MicroBatcher(rec, max_size=4, wait_ms=20)
    results = await asyncio.gather(*(batcher.submit(i) for i in range(10)))
    await batcher.close()
    assert results == [i * 10 for i in range(10)]
    assert max(len(b) for b in rec.batches) <= 4
    assert sorted(i for b in rec.batches for i in b) == list(range(10))


async def test_error_reaches_every_caller_of_the_batch_and_the_batcher_keeps_working() -> None:
    fail = True

    def run(items: Sequence[int]) -> list[int]:
        if fail:
            raise RuntimeError("onnx run failed")
        return list(items)

    batcher: MicroBatcher[int, int] = MicroBatcher(run, max_size=8, wait_ms=50)
    outcomes = await asyncio.gather(*(batcher.submit(i) for i in range(3)), return_exceptions=True)
    assert all(isinstance(o, RuntimeError) and str(o) == "onnx run failed" for o in outcomes)
    fail = False
    assert await batcher.submit(7) == 7
    await batcher.close()


async def test_wrong_result_count_is_an_error_for_the_callers() -> None:
    batcher: MicroBatcher[int, int] = MicroBatcher(lambda items: [], max_size=8, wait_ms=50)
    outcomes = await asyncio.gather(batcher.submit(1), batcher.submit(2), return_exceptions=True)
    await batcher.close()
    assert all(isinstance(o, RuntimeError) for o in outcomes)


async def test_event_loop_keeps_running_while_a_batch_runs() -> None:
    # The batch blocks until the event loop itself releases it: if inference ran on the loop's
    # thread this would never finish (the wait's timeout turns that into a failure, not a hang).
    release = threading.Event()
    released_in_time: list[bool] = []

    def run(items: Sequence[int]) -> list[int]:
        released_in_time.append(release.wait(timeout=30))
        return list(items)

    batcher: MicroBatcher[int, int] = MicroBatcher(run, max_size=8, wait_ms=0)
    call = asyncio.ensure_future(batcher.submit(1))
    for _ in range(1000):
        await asyncio.sleep(0.001)
        if batcher.batch_sizes:
            break
    release.set()
    assert await call == 1
    await batcher.close()
    assert released_in_time == [True]


async def test_cancelled_caller_does_not_break_the_others() -> None:
    gate = threading.Event()

    def run(items: Sequence[int]) -> list[int]:
        gate.wait(timeout=30)
        return list(items)

    batcher: MicroBatcher[int, int] = MicroBatcher(run, max_size=8, wait_ms=0)
    first = asyncio.ensure_future(batcher.submit(1))
    for _ in range(10_000):
        if batcher.batch_sizes:
            break
        await asyncio.sleep(0.001)
    # Queued behind the running batch; one of them gives up before its batch runs.
    waiting = [asyncio.ensure_future(batcher.submit(i)) for i in (2, 3, 4)]
    await asyncio.sleep(0)
    waiting[1].cancel()
    gate.set()
    assert await first == 1
    assert await waiting[0] == 2
    assert await waiting[2] == 4
    with pytest.raises(asyncio.CancelledError):
        await waiting[1]
    await batcher.close()
    assert batcher.batch_sizes == [1, 2]


async def test_calls_after_close_are_refused() -> None:
    batcher: MicroBatcher[int, int] = MicroBatcher(Recorder(), max_size=8, wait_ms=0)
    assert await batcher.submit(1) == 10
    await batcher.close()
    with pytest.raises(BatcherClosedError):
        await batcher.submit(2)


async def test_run_now_runs_an_explicit_batch_off_the_loop() -> None:
    rec = Recorder()
    batcher: MicroBatcher[int, int] = MicroBatcher(rec, max_size=8, wait_ms=0)
    assert list(await batcher.run_now([1, 2, 3])) == [10, 20, 30]
    await batcher.close()
    assert rec.batches == [[1, 2, 3]]


def test_invalid_settings_are_rejected() -> None:
    with pytest.raises(ValueError):
        MicroBatcher(Recorder(), max_size=0, wait_ms=1)
    with pytest.raises(ValueError):
        MicroBatcher(Recorder(), max_size=1, wait_ms=-1)


async def test_two_batches_in_flight_overlap() -> None:
    # Each batch waits for the other at a barrier: only possible if both run at once.
    barrier = threading.Barrier(2, timeout=30)

    def run(items: Sequence[int]) -> list[int]:
        barrier.wait()
        return list(items)

    batcher: MicroBatcher[int, int] = MicroBatcher(run, max_size=2, wait_ms=0, in_flight=2)
    assert await asyncio.gather(*(batcher.submit(i) for i in range(4))) == [0, 1, 2, 3]
    await batcher.close()
    assert batcher.batch_sizes == [2, 2]


async def test_close_lets_running_batches_answer() -> None:
    gate = threading.Event()

    def run(items: Sequence[int]) -> list[int]:
        gate.wait(timeout=30)
        return list(items)

    batcher: MicroBatcher[int, int] = MicroBatcher(run, max_size=8, wait_ms=0)
    running = asyncio.ensure_future(batcher.submit(1))
    for _ in range(10_000):
        if batcher.batch_sizes:
            break
        await asyncio.sleep(0.001)
    queued = asyncio.ensure_future(batcher.submit(2))
    await asyncio.sleep(0)
    closing = asyncio.ensure_future(batcher.close())
    await asyncio.sleep(0.01)
    gate.set()
    await closing
    assert await running == 1
    with pytest.raises(BatcherClosedError):
        await queued


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 1000), st.booleans()), min_size=1, max_size=24))
async def test_a_failing_item_fails_only_its_own_caller(items: list[tuple[int, bool]]) -> None:
    """Whatever shares a batch with a poisoned item, every other caller gets its own result."""

    def run(batch: Sequence[tuple[int, bool]]) -> list[int]:
        if any(poisoned for _, poisoned in batch):
            raise ValueError("cannot tokenize")
        return [value * 2 for value, _ in batch]

    batcher: MicroBatcher[tuple[int, bool], int] = MicroBatcher(run, max_size=8, wait_ms=5)
    outcomes = await asyncio.gather(*(batcher.submit(i) for i in items), return_exceptions=True)
    await batcher.close()
    for (value, poisoned), outcome in zip(items, outcomes, strict=True):
        if poisoned:
            assert isinstance(outcome, ValueError)
        else:
            assert outcome == value * 2
