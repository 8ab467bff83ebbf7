"""Micro-batching: concurrent single-item calls become one batched call in a worker thread.

One collector task per batcher takes the first waiting item, then gathers more for up to `wait_ms`
(or until `max_size`), hands the batch to `run_batch` on a worker thread (`in_flight` batches at most run
at once), and resolves each
caller's future with its own result. While a batch runs, new calls queue up and form the next batch,
so batches grow with load instead of requests queueing one by one. When a batch fails, each of its
items is run again alone, so a failure stays with the item that caused it and never decides the
outcome of the calls that happened to share its batch; a caller that gave up (cancelled) is skipped.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Generic, TypeVar

ItemT = TypeVar("ItemT")
ResultT = TypeVar("ResultT")


class BatcherClosedError(RuntimeError):
    """The batcher was closed before (or while) the call was waiting."""


@dataclass(slots=True)
class _Pending(Generic[ItemT, ResultT]):
    item: ItemT
    future: asyncio.Future[ResultT]


class MicroBatcher(Generic[ItemT, ResultT]):
    """Groups concurrent `submit` calls into calls of `run_batch(items) -> results` (same order, same length).

    Create it inside a running event loop's context (or lazily on first `submit`); it belongs to that loop.
    """

    def __init__(
        self,
        run_batch: Callable[[Sequence[ItemT]], Sequence[ResultT]],
        *,
        max_size: int,
        wait_ms: float,
        in_flight: int = 1,
        name: str = "batcher",
    ) -> None:
        if max_size < 1:
            raise ValueError("max_size must be at least 1")
        if wait_ms < 0:
            raise ValueError("wait_ms must not be negative")
        if in_flight < 1:
            raise ValueError("in_flight must be at least 1")
        self._run_batch = run_batch
        self.max_size = max_size
        self.wait_s = wait_ms / 1000.0
        self._last_batch_size = 0
        # Batches running at once. On a CPU one is right (each run uses all intra-op threads); on a
        # GPU a second lets one batch tokenize and decode on the CPU while the other runs on the device.
        self.in_flight = in_flight
        self._executor = ThreadPoolExecutor(max_workers=in_flight, thread_name_prefix=name)
        self._running: set[asyncio.Task[None]] = set()
        self._pending: deque[_Pending[ItemT, ResultT]] = deque()
        # Set when an item arrives. An Event rather than an asyncio.Queue: waiting on it with a
        # timeout can never lose an item (wait_for on Queue.get can, on Python 3.11).
        self._wakeup: asyncio.Event | None = None
        self._collector: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False
        # Sizes of the batches run so far (bounded), for tests and the benchmark.
        self.batch_sizes: list[int] = []

    async def submit(self, item: ItemT) -> ResultT:
        if self._closed:
            raise BatcherClosedError("the classifier batcher is closed")
        loop = asyncio.get_running_loop()
        if self._loop is not None and self._loop is not loop:
            raise RuntimeError("a MicroBatcher serves the event loop it was first used on")
        if self._wakeup is None or self._collector is None:
            self._loop = loop
            self._wakeup = asyncio.Event()
            self._collector = loop.create_task(self._collect(self._wakeup), name="micro-batcher")
        future: asyncio.Future[ResultT] = loop.create_future()
        self._pending.append(_Pending(item, future))
        self._wakeup.set()
        return await future

    async def run_now(self, items: Sequence[ItemT]) -> Sequence[ResultT]:
        """Run one explicit batch on the worker thread, bypassing the queue (warm-up, bulk calls)."""
        if self._closed:
            raise BatcherClosedError("the classifier batcher is closed")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._run_checked, list(items))

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._collector is not None:
            self._collector.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._collector
        # Batches already handed to the worker finish and answer their callers.
        if self._running:
            await asyncio.gather(*self._running, return_exceptions=True)
        while self._pending:
            pending = self._pending.popleft()
            if not pending.future.done():
                pending.future.set_exception(BatcherClosedError("the classifier batcher closed"))
        # Waits for a batch already on the worker thread; its callers were failed above or resolved.
        await asyncio.get_running_loop().run_in_executor(None, self._executor.shutdown)

    def _run_isolated(self, items: list[ItemT]) -> list[ResultT | Exception]:
        """The batch's results; if the batch fails, each item alone (its result or its exception)."""
        try:
            return list(self._run_checked(items))
        except Exception as exc:
            if len(items) == 1:
                return [exc]
        outcomes: list[ResultT | Exception] = []
        for item in items:
            try:
                outcomes.append(self._run_checked([item])[0])
            except Exception as exc:
                outcomes.append(exc)
        return outcomes

    def _run_checked(self, items: list[ItemT]) -> Sequence[ResultT]:
        results = self._run_batch(items)
        if len(results) != len(items):
            raise RuntimeError(f"batch function returned {len(results)} results for {len(items)} items")
        return results

    async def _collect(self, wakeup: asyncio.Event) -> None:
        loop = asyncio.get_running_loop()
        pending = self._pending
        slots = asyncio.Semaphore(self.in_flight)
        while True:
            # Take a slot before gathering: while every slot is busy, calls pile up into the next batch.
            await slots.acquire()
            try:
                while not pending:
                    wakeup.clear()
                    await wakeup.wait()
                # A lone call on an idle batcher goes at once: the wait window only pays off under
                # load, which shows as a batch still running or the last batch holding several calls.
                busy = bool(self._running) or self._last_batch_size > 1
                deadline = loop.time() + (self.wait_s if busy else 0.0)
                while len(pending) < self.max_size:
                    remaining = deadline - loop.time()
                    if remaining <= 0:
                        break
                    wakeup.clear()
                    try:
                        await asyncio.wait_for(wakeup.wait(), remaining)
                    except TimeoutError:
                        break
            except BaseException:
                slots.release()
                raise
            batch = [pending.popleft() for _ in range(min(self.max_size, len(pending)))]
            live = [p for p in batch if not p.future.done()]
            if not live:
                slots.release()
                continue
            if len(self.batch_sizes) < 100_000:
                self.batch_sizes.append(len(live))
            self._last_batch_size = len(live)
            task = loop.create_task(self._dispatch(live, slots))
            self._running.add(task)
            task.add_done_callback(self._running.discard)

    async def _dispatch(self, live: list[_Pending[ItemT, ResultT]], slots: asyncio.Semaphore) -> None:
        loop = asyncio.get_running_loop()
        try:
            outcomes = await loop.run_in_executor(self._executor, self._run_isolated, [p.item for p in live])
        except Exception as exc:  # the executor itself failed (shut down)
            outcomes = [exc] * len(live)
        finally:
            slots.release()
        for p, outcome in zip(live, outcomes, strict=True):
            if p.future.done():
                continue
            if isinstance(outcome, Exception):
                p.future.set_exception(outcome)
            else:
                p.future.set_result(outcome)
