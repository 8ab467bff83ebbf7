"""In-process semantic cache: exact cosine search with numpy over a preallocated matrix.

Layout: one `max_entries x dim` float32 matrix of unit vectors, and per-slot numpy arrays for the
scope, expiry and eviction keys, so that a lookup and an eviction are a few vectorised numpy calls and
never a Python loop over entries. Each (tenant, model) scope also keeps the list of its slots: a small
scope is searched by gathering its rows, a large one by one pass over the whole matrix masked by scope
(gathering copies rows, so past a fraction of the matrix a full pass is cheaper).

All state is guarded by one lock, so the sync methods may be called from any thread; the async
methods run inline on the event loop except for large scans, which go to a worker thread (numpy
releases the GIL) so a 100k-row search never stalls other streams.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, cast

import numpy as np
import numpy.typing as npt

from extproc.cache.base import CacheEntry, CacheHit, CacheScope, Embedding, l2_normalise

EvictionPolicy = Literal["fifo", "lru", "lfu"]


def _blas_thread_limiter() -> Callable[[int], int] | None:
    """`openblas_set_num_threads_local` of the OpenBLAS numpy ships with (>= 0.3.27), if any.

    A 10k x 384 matrix-vector product is big enough for OpenBLAS to fan out to every core; on a
    small, busy machine that costs ~12 ms p50 against ~0.2 ms on one thread (measured on 2 shared
    cores), so scans pin the calling thread to one BLAS thread, without touching other threads."""
    libs = Path(np.__file__).resolve().parent.parent / "numpy.libs"
    for path in sorted(libs.glob("libscipy_openblas*.so*")):
        try:
            fn = getattr(ctypes.CDLL(str(path)), "openblas_set_num_threads_local", None)
        except OSError:
            continue
        if fn is not None:
            fn.argtypes = [ctypes.c_int]
            fn.restype = ctypes.c_int
            return cast(Callable[[int], int], fn)
    return None


_SET_LOCAL_BLAS_THREADS = _blas_thread_limiter()


@contextlib.contextmanager
def _one_blas_thread() -> Iterator[None]:
    if _SET_LOCAL_BLAS_THREADS is None:
        yield
        return
    previous = _SET_LOCAL_BLAS_THREADS(1)
    try:
        yield
    finally:
        _SET_LOCAL_BLAS_THREADS(previous)


@dataclass(slots=True)
class _ScopeSlots:
    """Slots of one scope, with O(1) removal by swapping in the last element."""

    id: int
    slots: npt.NDArray[np.int64] = field(default_factory=lambda: np.empty(16, dtype=np.int64))
    size: int = 0

    def add(self, slot: int, pos_of: npt.NDArray[np.int64]) -> None:
        if self.size == self.slots.shape[0]:
            grown = np.empty(self.size * 2, dtype=np.int64)
            grown[: self.size] = self.slots[: self.size]
            self.slots = grown
        self.slots[self.size] = slot
        pos_of[slot] = self.size
        self.size += 1

    def remove(self, slot: int, pos_of: npt.NDArray[np.int64]) -> None:
        pos = int(pos_of[slot])
        last = self.size - 1
        if pos != last:
            moved = int(self.slots[last])
            self.slots[pos] = moved
            pos_of[moved] = pos
        self.size = last
        pos_of[slot] = -1

    def view(self) -> npt.NDArray[np.int64]:
        return self.slots[: self.size]


class MemoryCache:
    """`CacheBackend` held in process memory; lost on restart."""

    name = "memory"

    def __init__(
        self,
        dim: int,
        max_entries: int,
        eviction_policy: EvictionPolicy = "fifo",
        *,
        purge_interval_seconds: float = 60.0,
        offload_rows: int = 20_000,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if dim <= 0 or max_entries <= 0:
            raise ValueError("dim and max_entries must be positive")
        if eviction_policy not in ("fifo", "lru", "lfu"):
            raise ValueError(f"unknown eviction policy {eviction_policy!r}")
        self.dim = dim
        self.max_entries = max_entries
        self.eviction_policy: EvictionPolicy = eviction_policy
        self._purge_interval = purge_interval_seconds
        # Scans over more rows than this run in a worker thread instead of on the event loop.
        self._offload_rows = offload_rows
        self._clock = clock
        self._lock = threading.Lock()
        n = max_entries
        self._matrix = np.zeros((n, dim), dtype=np.float32)
        self._scope_id = np.full(n, -1, dtype=np.int32)  # -1: free slot
        self._pos_in_scope = np.full(n, -1, dtype=np.int64)
        self._expires_at = np.zeros(n, dtype=np.float64)
        # Eviction keys use a monotonic counter, not the clock: no ties, immune to clock steps.
        self._inserted_seq = np.zeros(n, dtype=np.int64)
        self._used_seq = np.zeros(n, dtype=np.int64)
        self._hits = np.zeros(n, dtype=np.int64)
        self._entries: list[CacheEntry | None] = [None] * n
        self._seq = 0
        # Slots never handed out yet are [high_water, n); freed slots go to the stack.
        self._high_water = 0
        self._free: list[int] = []
        self._scopes: dict[tuple[str, str, str], _ScopeSlots] = {}
        self._scope_ids = 0
        self._by_query: dict[tuple[str, str, str, str], int] = {}
        self._by_id: dict[str, int] = {}
        self._purge_task: asyncio.Task[None] | None = None
        self.evictions = 0

    # -- CacheBackend -------------------------------------------------------------------------

    async def start(self) -> None:
        if self._purge_task is None and self._purge_interval > 0:
            self._purge_task = asyncio.create_task(self._purge_loop(), name="memory-cache-purge")

    async def close(self) -> None:
        task, self._purge_task = self._purge_task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def lookup(
        self, scope: CacheScope, embedding: Embedding, threshold: float, limit: int = 4
    ) -> list[CacheHit]:
        if self._scan_rows(scope) > self._offload_rows:
            return await asyncio.to_thread(self.lookup_sync, scope, embedding, threshold, limit)
        return self.lookup_sync(scope, embedding, threshold, limit)

    async def store(self, entry: CacheEntry) -> None:
        self.store_sync(entry)

    async def store_many(self, entries: Sequence[CacheEntry]) -> int:
        """Bulk write (warm-up, benchmarks). Returns how many were offered (expired ones are skipped)."""
        for e in entries:
            self.store_sync(e)
        return len(entries)

    async def delete(self, scope: CacheScope, entry_id: str) -> bool:
        return self.delete_sync(scope, entry_id)

    async def purge_expired(self) -> int:
        return self.purge_expired_sync()

    async def health(self) -> bool:
        return True

    # -- synchronous core ---------------------------------------------------------------------

    def __len__(self) -> int:
        with self._lock:
            return self._high_water - len(self._free)

    def lookup_sync(
        self, scope: CacheScope, embedding: Embedding, threshold: float, limit: int = 4
    ) -> list[CacheHit]:
        q = l2_normalise(embedding, self.dim)
        if limit <= 0:
            return []
        with self._lock:
            members = self._scopes.get(scope.key)
            if members is None or members.size == 0:
                return []
            with _one_blas_thread():
                slots, sims = self._scan(members, q, threshold)
            if slots.size == 0:
                return []
            live = self._expires_at[slots] > self._clock()
            slots, sims = slots[live], sims[live]
            if slots.size > limit:
                top = np.argpartition(-sims, limit - 1)[:limit]
                slots, sims = slots[top], sims[top]
            order = np.argsort(-sims, kind="stable")
            slots, sims = slots[order], sims[order]
            # A candidate above the threshold counts as a use for LRU/LFU: the backend cannot know
            # which one the caller's verification accepts.
            self._seq += 1
            self._used_seq[slots] = self._seq
            self._hits[slots] += 1
            hits: list[CacheHit] = []
            for slot, sim in zip(slots.tolist(), sims.tolist(), strict=True):
                entry = self._entries[slot]
                assert entry is not None
                hits.append(CacheHit(entry=entry, similarity=min(float(sim), 1.0)))
            return hits

    def store_sync(self, entry: CacheEntry) -> None:
        q = l2_normalise(entry.embedding, self.dim)
        now = self._clock()
        if entry.expires_at <= now:
            return
        key = (*entry.scope.key, entry.query)
        with self._lock:
            old = self._by_query.get(key)
            if old is not None:
                self._remove(old)
            slot = self._take_slot(now)
            members = self._scopes.get(entry.scope.key)
            if members is None:
                members = _ScopeSlots(id=self._scope_ids)
                self._scope_ids += 1
                self._scopes[entry.scope.key] = members
            members.add(slot, self._pos_in_scope)
            self._matrix[slot] = q
            self._scope_id[slot] = members.id
            self._expires_at[slot] = entry.expires_at
            self._seq += 1
            self._inserted_seq[slot] = self._seq
            self._used_seq[slot] = self._seq
            self._hits[slot] = 0
            self._entries[slot] = entry
            self._by_query[key] = slot
            if entry.id:
                self._by_id[entry.id] = slot

    def delete_sync(self, scope: CacheScope, entry_id: str) -> bool:
        with self._lock:
            slot = self._by_id.get(entry_id)
            entry = self._entries[slot] if slot is not None else None
            if slot is None or entry is None or entry.scope.tenant != scope.tenant:
                return False
            self._remove(slot)
            return True

    def purge_expired_sync(self) -> int:
        with self._lock:
            hw = self._high_water
            expired = np.flatnonzero((self._scope_id[:hw] >= 0) & (self._expires_at[:hw] <= self._clock()))
            for slot in expired.tolist():
                self._remove(slot)
            return int(expired.size)

    # -- internals (lock held) ----------------------------------------------------------------

    def _scan_rows(self, scope: CacheScope) -> int:
        """Rows a lookup in `scope` would touch; read without the lock (a hint, not a contract)."""
        members = self._scopes.get(scope.key)
        if members is None:
            return 0
        return members.size if self._gathers(members) else self._high_water

    def _gathers(self, members: _ScopeSlots) -> bool:
        # Gathering copies rows (~3x the cost of reading them in place): worth it below 1/4 of the matrix.
        return members.size * 4 < self._high_water

    def _scan(
        self, members: _ScopeSlots, q: Embedding, threshold: float
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]:
        if self._gathers(members):
            slots = members.view()
            sims = self._matrix[slots] @ q
            keep = np.flatnonzero(sims >= threshold)
            return slots[keep], sims[keep]
        hw = self._high_water
        sims = self._matrix[:hw] @ q
        keep = np.flatnonzero((sims >= threshold) & (self._scope_id[:hw] == members.id))
        return keep.astype(np.int64), sims[keep]

    def _take_slot(self, now: float) -> int:
        if self._free:
            return self._free.pop()
        if self._high_water < self.max_entries:
            self._high_water += 1
            return self._high_water - 1
        # Full: every slot is in use. An expired entry goes first, whatever the policy.
        slot = int(np.argmin(self._expires_at))
        if self._expires_at[slot] > now:
            slot = self._victim()
            self.evictions += 1
        self._remove(slot)
        return self._free.pop()

    def _victim(self) -> int:
        if self.eviction_policy == "fifo":
            return int(np.argmin(self._inserted_seq))
        if self.eviction_policy == "lru":
            return int(np.argmin(self._used_seq))
        # LFU, ties broken by least recent use.
        least = np.flatnonzero(self._hits == self._hits.min())
        return int(least[np.argmin(self._used_seq[least])])

    def _remove(self, slot: int) -> None:
        entry = self._entries[slot]
        assert entry is not None
        key = entry.scope.key
        members = self._scopes[key]
        members.remove(slot, self._pos_in_scope)
        if members.size == 0:
            del self._scopes[key]
        self._by_query.pop((*key, entry.query), None)
        if entry.id:
            self._by_id.pop(entry.id, None)
        self._entries[slot] = None
        self._scope_id[slot] = -1
        self._expires_at[slot] = 0.0
        self._free.append(slot)

    async def _purge_loop(self) -> None:
        while True:
            await asyncio.sleep(self._purge_interval)
            self.purge_expired_sync()
