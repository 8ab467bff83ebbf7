"""MemoryCache: scoping, threshold, TTL, eviction policies, and both scan paths against brute force."""

from __future__ import annotations

import asyncio
import math
from dataclasses import replace

import numpy as np
import pytest

from extproc.cache.base import CacheBackend, CacheEntry, CacheScope, Embedding
from extproc.cache.memory import EvictionPolicy, MemoryCache

DIM = 8
A = CacheScope("tenant-a", "auto", "math")


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


def at_cosine(cos: float, axis: int = 0) -> Embedding:
    """A unit vector whose cosine with e[axis] is `cos`."""
    v = np.zeros(DIM, dtype=np.float32)
    v[axis] = cos
    v[(axis + 1) % DIM] = math.sqrt(max(0.0, 1 - cos * cos))
    return v


def basis(i: int) -> Embedding:
    v = np.zeros(DIM, dtype=np.float32)
    v[i] = 1.0
    return v


def entry(
    query: str, emb: Embedding, scope: CacheScope = A, *, now: float = 1_000.0, ttl: float = 60.0
) -> CacheEntry:
    return CacheEntry(
        scope=scope,
        query=query,
        embedding=emb,
        request_body=f'{{"q": "{query}"}}'.encode(),
        response_body=f'{{"a": "{query}"}}'.encode(),
        created_at=now,
        expires_at=now + ttl,
    )


def make(max_entries: int = 100, policy: EvictionPolicy = "fifo", **kw: object) -> tuple[MemoryCache, Clock]:
    clock = Clock()
    return MemoryCache(DIM, max_entries, policy, clock=clock, **kw), clock  # type: ignore[arg-type]


def queries(cache: MemoryCache, scope: CacheScope, emb: Embedding, threshold: float = 0.0) -> list[str]:
    return [h.entry.query for h in cache.lookup_sync(scope, emb, threshold, limit=100)]


def test_satisfies_protocol() -> None:
    backend: CacheBackend = MemoryCache(DIM, 10)
    assert backend.name == "memory"


def test_threshold_and_best_first() -> None:
    cache, _ = make()
    cache.store_sync(entry("exact", basis(0)))
    cache.store_sync(entry("close", at_cosine(0.95)))
    cache.store_sync(entry("far", at_cosine(0.5)))
    hits = cache.lookup_sync(A, basis(0), threshold=0.9)
    assert [h.entry.query for h in hits] == ["exact", "close"]
    assert hits[0].similarity == pytest.approx(1.0, abs=1e-6)
    assert hits[1].similarity == pytest.approx(0.95, abs=1e-5)
    assert hits[0].entry.response_body == b'{"a": "exact"}'
    assert cache.lookup_sync(A, at_cosine(0.5, axis=2), threshold=0.9) == []
    assert len(cache.lookup_sync(A, basis(0), threshold=0.0, limit=2)) == 2


def test_unnormalised_embeddings_are_normalised() -> None:
    cache, _ = make()
    cache.store_sync(entry("q", basis(0) * 7))
    (hit,) = cache.lookup_sync(A, basis(0) * 0.01, threshold=0.99)
    assert hit.similarity == pytest.approx(1.0, abs=1e-6)


def test_wrong_dimension_or_zero_vector_is_rejected() -> None:
    cache, _ = make()
    with pytest.raises(ValueError, match="dimensions"):
        cache.store_sync(entry("q", np.ones(DIM + 1, dtype=np.float32)))
    with pytest.raises(ValueError, match="zero"):
        cache.lookup_sync(A, np.zeros(DIM, dtype=np.float32), 0.5)


def test_scope_isolation_by_tenant_and_model_not_category() -> None:
    cache, _ = make()
    cache.store_sync(entry("secret of a", basis(0)))
    assert queries(cache, CacheScope("tenant-b", "auto", "math"), basis(0)) == []
    assert queries(cache, CacheScope("tenant-a", "gpt-4o", "math"), basis(0)) == []
    # The category is stored, not keyed: a paraphrase classified elsewhere still hits.
    hits = cache.lookup_sync(CacheScope("tenant-a", "auto", "physics"), basis(0), 0.9)
    assert [h.entry.scope.category for h in hits] == ["math"]


def test_same_query_replaces_older_entry() -> None:
    cache, _ = make()
    cache.store_sync(entry("q", basis(0)))
    newer = CacheEntry(A, "q", basis(0), b"{}", b'{"a": "new"}', 1_001.0, 1_100.0)
    cache.store_sync(newer)
    assert len(cache) == 1
    (hit,) = cache.lookup_sync(A, basis(0), 0.9)
    assert hit.entry.response_body == b'{"a": "new"}'
    # Same text under another tenant is a separate entry.
    cache.store_sync(entry("q", basis(0), CacheScope("tenant-b", "auto", "math")))
    assert len(cache) == 2


def test_ttl_on_lookup_and_purge() -> None:
    cache, clock = make()
    cache.store_sync(entry("short", basis(0), ttl=10))
    cache.store_sync(entry("long", at_cosine(0.99), ttl=100))
    assert queries(cache, A, basis(0), 0.9) == ["short", "long"]
    clock.now += 10
    assert queries(cache, A, basis(0), 0.9) == ["long"]
    assert len(cache) == 2
    assert cache.purge_expired_sync() == 1
    assert len(cache) == 1
    clock.now += 1_000
    assert queries(cache, A, basis(0), 0.0) == []
    assert cache.purge_expired_sync() == 1
    assert len(cache) == 0


def test_already_expired_entry_is_not_stored() -> None:
    cache, clock = make()
    cache.store_sync(entry("stale", basis(0), now=clock.now - 100, ttl=10))
    assert len(cache) == 0


def fill(cache: MemoryCache, n: int) -> None:
    for i in range(n):
        cache.store_sync(entry(f"q{i}", basis(i)))


def test_fifo_evicts_oldest_insert_even_if_used() -> None:
    cache, _ = make(3, "fifo")
    fill(cache, 3)
    cache.lookup_sync(A, basis(0), 0.9)
    cache.store_sync(entry("q3", basis(3)))
    assert sorted(queries(cache, A, np.ones(DIM, dtype=np.float32))) == ["q1", "q2", "q3"]
    assert cache.evictions == 1


def test_lru_evicts_least_recently_used() -> None:
    cache, _ = make(3, "lru")
    fill(cache, 3)
    cache.lookup_sync(A, basis(0), 0.9)  # q0 used; q1 is now least recent
    cache.store_sync(entry("q3", basis(3)))
    assert sorted(queries(cache, A, np.ones(DIM, dtype=np.float32))) == ["q0", "q2", "q3"]


def test_lfu_evicts_least_frequently_used_ties_by_recency() -> None:
    cache, _ = make(3, "lfu")
    fill(cache, 3)
    for _ in range(3):
        cache.lookup_sync(A, basis(0), 0.9)
    cache.lookup_sync(A, basis(2), 0.9)
    cache.lookup_sync(A, basis(1), 0.9)
    # q1 and q2 have one hit each; q2's was earlier, so q2 goes.
    cache.store_sync(entry("q3", basis(3)))
    assert sorted(queries(cache, A, np.ones(DIM, dtype=np.float32))) == ["q0", "q1", "q3"]
    # q3 (0 hits) is now the least frequently used.
    cache.store_sync(entry("q4", basis(4)))
    assert sorted(queries(cache, A, np.ones(DIM, dtype=np.float32))) == ["q0", "q1", "q4"]


@pytest.mark.parametrize("policy", ["fifo", "lru", "lfu"])
def test_expired_entries_are_evicted_before_live_ones(policy: EvictionPolicy) -> None:
    cache, clock = make(3, policy)
    cache.store_sync(entry("live0", basis(0), ttl=100))
    cache.store_sync(entry("dies", basis(1), ttl=5))
    cache.store_sync(entry("live2", basis(2), ttl=100))
    clock.now += 10
    cache.store_sync(entry("new", basis(3), now=clock.now))
    assert sorted(queries(cache, A, np.ones(DIM, dtype=np.float32))) == ["live0", "live2", "new"]
    assert cache.evictions == 0


def test_both_scan_paths_match_brute_force() -> None:
    """A big scope is scanned over the whole matrix with a scope mask, a small one by gathering its
    rows; both must return exactly the brute-force answer and nothing from other scopes."""
    rng = np.random.default_rng(7)
    cache, _ = make(2_000)
    big, small = CacheScope("big", "m", "c"), CacheScope("small", "m", "c")
    vecs = rng.standard_normal((1_200, DIM)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    owner = [small if i % 10 == 0 else big for i in range(len(vecs))]
    for i, (v, s) in enumerate(zip(vecs, owner, strict=True)):
        cache.store_sync(entry(f"{s.tenant}{i}", v, s))
    for scope in (big, small):
        idx = [i for i, s in enumerate(owner) if s is scope]
        for q in rng.standard_normal((20, DIM)).astype(np.float32):
            qn = q / np.linalg.norm(q)
            sims = vecs[idx] @ qn
            expected = [f"{scope.tenant}{idx[j]}" for j in np.argsort(-sims)[:4] if sims[j] >= 0.3]
            got = cache.lookup_sync(scope, q, 0.3, limit=4)
            assert [h.entry.query for h in got] == expected
            for h, j in zip(got, np.argsort(-sims)[:4], strict=False):
                assert h.similarity == pytest.approx(float(sims[j]), abs=1e-5)


def test_slots_are_reused_after_purge_and_eviction() -> None:
    cache, clock = make(50, "lru")
    for round_ in range(5):
        for i in range(50):
            cache.store_sync(entry(f"r{round_}-{i}", basis(i % DIM), now=clock.now, ttl=5))
        assert len(cache) == 50
        clock.now += 10
        assert cache.purge_expired_sync() == 50
    assert len(cache) == 0


async def test_async_api_with_offloaded_scan_and_background_purge() -> None:
    clock = Clock()
    cache = MemoryCache(DIM, 10, clock=clock, purge_interval_seconds=0.01, offload_rows=0)
    await cache.start()
    try:
        await cache.store(entry("q", basis(0), ttl=5))
        hits = await cache.lookup(A, basis(0), 0.9)  # offload_rows=0: runs in a worker thread
        assert [h.entry.query for h in hits] == ["q"]
        assert await cache.health()
        clock.now += 10
        for _ in range(500):
            if len(cache) == 0:
                break
            await asyncio.sleep(0.01)
        assert len(cache) == 0
    finally:
        await cache.close()


async def test_context_separates_scopes_and_delete_needs_the_tenant() -> None:
    cache, _ = make()
    ctx1 = CacheScope("tenant-a", "auto", "math", context="c1")
    ctx2 = CacheScope("tenant-a", "auto", "math", context="c2")
    await cache.store(replace(entry("q", basis(0), ctx1), id="ab12"))
    assert [h.entry.id for h in await cache.lookup(ctx1, basis(0), 0.9)] == ["ab12"]
    assert await cache.lookup(ctx2, basis(0), 0.9) == []
    assert not await cache.delete(CacheScope("tenant-b", "", ""), "ab12")
    assert await cache.delete(CacheScope("tenant-a", "", ""), "ab12")
    assert await cache.lookup(ctx1, basis(0), 0.9) == []
    assert len(cache) == 0
