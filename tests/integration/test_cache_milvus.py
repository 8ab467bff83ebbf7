"""MilvusCache against a real Milvus Lite server on a free loopback port: round trip, isolation, TTL,
persistence across client and server restarts, and fail-open behaviour when the server is killed."""

from __future__ import annotations

import asyncio
import os
import signal
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from extproc.cache.base import CacheBackend, CacheEntry, CacheScope, CacheUnavailable, Embedding
from extproc.cache.factory import create_cache_backend
from extproc.cache.milvus import MilvusCache
from extproc.config.schema import MilvusConfig, SemanticCacheConfig
from extproc_dev.milvus_lite import MilvusLiteError, MilvusLiteServer
from extproc_dev.ports import free_port

DIM = 16
A = CacheScope("tenant-a", "auto", "math")
B = CacheScope("tenant-b", "auto", "math")


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def unit(seed: int) -> Embedding:
    v = np.random.default_rng(seed).standard_normal(DIM).astype(np.float32)
    return v / np.linalg.norm(v)


def near(v: Embedding, cos: float, seed: int = 99) -> Embedding:
    """A unit vector at cosine `cos` from unit vector `v`."""
    r = np.random.default_rng(seed).standard_normal(DIM).astype(np.float32)
    r -= (r @ v) * v
    r /= np.linalg.norm(r)
    out: Embedding = (cos * v + np.sqrt(1 - cos * cos) * r).astype(np.float32)
    return out


def entry(query: str, emb: Embedding, scope: CacheScope = A, *, now: float, ttl: float = 600.0) -> CacheEntry:
    return CacheEntry(
        scope=scope,
        query=query,
        embedding=emb,
        request_body=f'{{"messages": [{{"role": "user", "content": "{query}"}}]}}'.encode(),
        response_body=f'{{"choices": [{{"message": {{"content": "answer to {query}"}}}}]}}'.encode(),
        created_at=now,
        expires_at=now + ttl,
    )


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MilvusLiteServer]:
    srv = MilvusLiteServer(tmp_path_factory.mktemp("milvus") / "cache.db", port=0).start()
    yield srv
    srv.stop()


def config(server: MilvusLiteServer, **kw: object) -> MilvusConfig:
    # A fresh collection per test keeps the tests independent on one server.
    return MilvusConfig(uri=server.uri, collection=f"t_{uuid.uuid4().hex[:12]}", **kw)


async def wait_until_available(cache: MilvusCache, scope: CacheScope, emb: Embedding) -> None:
    """Poll until the backend answers again (bounded; raises when it never does)."""
    for _ in range(200):
        try:
            await cache.lookup(scope, emb, 0.99)
            return
        except CacheUnavailable:
            await asyncio.sleep(0.05)
    raise AssertionError("the cache did not reconnect")


@pytest.fixture
async def cache(server: MilvusLiteServer) -> AsyncIterator[tuple[MilvusCache, Clock]]:
    clock = Clock()
    c = MilvusCache(config(server), DIM, clock=clock, purge_interval_seconds=0)
    await c.start()
    assert c.connected
    yield c, clock
    await c.close()


async def test_round_trip_threshold_and_order(cache: tuple[MilvusCache, Clock]) -> None:
    c, clock = cache
    q = unit(1)
    await c.store(entry("exact", q, now=clock.now))
    await c.store(entry("close", near(q, 0.95), now=clock.now))
    await c.store(entry("far", near(q, 0.3), now=clock.now))
    hits = await c.lookup(A, q, threshold=0.9)
    assert [h.entry.query for h in hits] == ["exact", "close"]
    assert hits[0].similarity == pytest.approx(1.0, abs=1e-4)
    assert hits[1].similarity == pytest.approx(0.95, abs=1e-4)
    got = hits[0].entry
    assert got.response_body == b'{"choices": [{"message": {"content": "answer to exact"}}]}'
    assert got.request_body.startswith(b'{"messages"')
    assert got.scope == A
    assert got.expires_at == pytest.approx(clock.now + 600.0)
    assert len(await c.lookup(A, q, threshold=0.0, limit=1)) == 1
    assert await c.health()


async def test_tenant_b_never_gets_tenant_a_entry(cache: tuple[MilvusCache, Clock]) -> None:
    c, clock = cache
    q = unit(2)
    await c.store(entry("a's private question", q, A, now=clock.now))
    assert await c.lookup(B, q, threshold=0.0) == []
    assert await c.lookup(CacheScope("tenant-a", "gpt-4o", "math"), q, 0.0) == []
    # Scope values never reach the filter expression as text: quotes cannot widen the match.
    for tenant in ['tenant-a" or scope_key != "', "tenant-a\\", 'x" || true || "']:
        assert await c.lookup(CacheScope(tenant, "auto", "math"), q, 0.0) == []
    # The category is stored, not keyed.
    (hit,) = await c.lookup(CacheScope("tenant-a", "auto", "physics"), q, 0.9)
    assert hit.entry.scope.category == "math"


async def test_newer_copy_of_a_query_supersedes_the_older(cache: tuple[MilvusCache, Clock]) -> None:
    c, clock = cache
    q = unit(3)
    await c.store(entry("q", q, now=clock.now))
    for version in (2, 3):
        await c.store(
            CacheEntry(A, "q", q, b"{}", f'{{"v": {version}}}'.encode(), clock.now + version, clock.now + 600)
        )
    await c.store(entry("other", near(q, 0.98), now=clock.now))
    hits = await c.lookup(A, q, 0.0, limit=4)
    assert [h.entry.query for h in hits] == ["q", "other"]
    assert hits[0].entry.response_body == b'{"v": 3}'


async def test_concurrent_stores_are_all_written(cache: tuple[MilvusCache, Clock]) -> None:
    """Concurrent store() calls share group-committed upserts; each returns once its row is written."""
    c, clock = cache
    vectors = [unit(100 + i) for i in range(40)]
    await asyncio.gather(*(c.store(entry(f"c{i}", v, now=clock.now)) for i, v in enumerate(vectors)))
    for i, v in enumerate(vectors):
        hits = await c.lookup(A, v, 0.99)
        assert [h.entry.query for h in hits] == [f"c{i}"]


async def test_bulk_store_many(cache: tuple[MilvusCache, Clock]) -> None:
    c, clock = cache
    vectors = [unit(200 + i) for i in range(30)]
    written = await c.store_many([entry(f"b{i}", v, now=clock.now) for i, v in enumerate(vectors)], 8)
    assert written == 30
    assert [h.entry.query for h in await c.lookup(A, vectors[17], 0.99)] == ["b17"]


async def test_ttl_enforced_on_lookup_and_by_purge(cache: tuple[MilvusCache, Clock]) -> None:
    c, clock = cache
    q = unit(4)
    await c.store(entry("short", q, now=clock.now, ttl=10))
    await c.store(entry("long", near(q, 0.99), now=clock.now, ttl=1000))
    assert [h.entry.query for h in await c.lookup(A, q, 0.9)] == ["short", "long"]
    clock.now += 11
    assert [h.entry.query for h in await c.lookup(A, q, 0.9)] == ["long"]
    assert await c.purge_expired() == 1
    clock.now -= 11  # the purged row is gone even for a clock that would still accept it
    assert [h.entry.query for h in await c.lookup(A, q, 0.9)] == ["long"]


async def test_unstorable_entries_are_skipped(server: MilvusLiteServer) -> None:
    clock = Clock()
    c = MilvusCache(config(server, max_body_bytes=1_000), DIM, clock=clock, purge_interval_seconds=0)
    await c.start()
    try:
        q = unit(5)
        big = CacheEntry(A, "big", q, b"{}", b'"' + b"x" * 2_000 + b'"', clock.now, clock.now + 60)
        binary = CacheEntry(A, "bin", q, b"{}", b"\xff\xfe", clock.now, clock.now + 60)
        expired = entry("old", q, now=clock.now - 100, ttl=10)
        for e in (big, binary, expired):
            await c.store(e)
        assert c.skipped_entries == 3
        assert await c.lookup(A, q, 0.0) == []
    finally:
        await c.close()


async def test_entries_survive_client_and_server_restarts(server: MilvusLiteServer) -> None:
    cfg = config(server)
    clock = Clock()
    q = unit(6)
    first = MilvusCache(cfg, DIM, clock=clock, purge_interval_seconds=0)
    await first.start()
    await first.store(entry("persisted", q, now=clock.now))
    await first.close()

    second = MilvusCache(cfg, DIM, clock=clock, purge_interval_seconds=0)
    await second.start()
    try:
        assert [h.entry.query for h in await second.lookup(A, q, 0.9)] == ["persisted"]
        server.stop()
        server.start()
        await wait_until_available(second, A, q)
        assert [h.entry.query for h in await second.lookup(A, q, 0.9)] == ["persisted"]
    finally:
        await second.close()


async def test_killed_server_fails_open_and_caching_resumes(server: MilvusLiteServer) -> None:
    clock = Clock()
    c = MilvusCache(
        config(server), DIM, clock=clock, purge_interval_seconds=0, reconnect_backoff_seconds=0.05
    )
    await c.start()
    try:
        q = unit(7)
        await c.store(entry("before", q, now=clock.now))
        server.kill()
        with pytest.raises(CacheUnavailable):
            await c.lookup(A, q, 0.9)
        assert not c.connected
        with pytest.raises(CacheUnavailable):
            await c.store(entry("during", unit(8), now=clock.now))
        assert not await c.health()
        server.start()
        await wait_until_available(c, A, q)
        assert [h.entry.query for h in await c.lookup(A, q, 0.9)] == ["before"]
        await c.store(entry("after", unit(9), now=clock.now))
        assert [h.entry.query for h in await c.lookup(A, unit(9), 0.9)] == ["after"]
        assert await c.health()
    finally:
        await c.close()


async def test_hung_server_opens_the_breaker_even_when_callers_give_up_first(tmp_path: Path) -> None:
    """A frozen Milvus (SIGSTOP): callers time out at 50 ms (a short lookup budget); the
    abandoned calls' own timeouts still open the breaker, so later lookups fail at once."""
    srv = MilvusLiteServer(tmp_path / "hang.db", port=0).start()
    cfg = MilvusConfig(uri=srv.uri, collection="hang", timeout_seconds=0.5)
    c = MilvusCache(cfg, DIM, purge_interval_seconds=0, reconnect_backoff_seconds=0.05)
    await c.start()
    q = unit(11)
    pid = srv.pid
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)
    try:
        outcomes: list[str] = []
        for _ in range(200):
            try:
                await asyncio.wait_for(c.lookup(A, q, 0.9), 0.05)
                outcomes.append("answered")
            except TimeoutError:
                outcomes.append("timeout")
            except CacheUnavailable:
                outcomes.append("unavailable")
                break
        assert outcomes[0] == "timeout"
        assert outcomes[-1] == "unavailable"
        assert "answered" not in outcomes
        assert not c.connected
    finally:
        os.kill(pid, signal.SIGCONT)
    try:
        await wait_until_available(c, A, q)
        assert c.connected
    finally:
        await c.close()
        srv.stop()


async def test_milvus_down_at_start_then_up(tmp_path: Path) -> None:
    port = free_port()
    cfg = MilvusConfig(uri=f"http://127.0.0.1:{port}", collection="late", timeout_seconds=0.5)
    c = MilvusCache(cfg, DIM, purge_interval_seconds=0, reconnect_backoff_seconds=0.05)
    await c.start()  # must not raise: the cache fails open
    srv = MilvusLiteServer(tmp_path / "late.db", port=port)
    try:
        assert not c.connected
        with pytest.raises(CacheUnavailable):
            await c.lookup(A, unit(10), 0.9)
        srv.start()
        await wait_until_available(c, A, unit(10))
        assert c.connected
    finally:
        await c.close()
        srv.stop()


async def test_collection_with_other_dimension_is_refused(server: MilvusLiteServer) -> None:
    cfg = config(server)
    first = MilvusCache(cfg, DIM, purge_interval_seconds=0)
    await first.start()
    await first.close()
    other = MilvusCache(cfg, DIM * 2, purge_interval_seconds=0)
    await other.start()
    try:
        assert not other.connected
        with pytest.raises(CacheUnavailable):
            await other.lookup(A, np.ones(DIM * 2, dtype=np.float32), 0.9)
    finally:
        await other.close()


async def test_factory_builds_a_milvus_backend(server: MilvusLiteServer) -> None:
    cfg = SemanticCacheConfig(enabled=True, backend_type="milvus", milvus=config(server))
    backend: CacheBackend = create_cache_backend(cfg, embedding_dim=DIM)
    assert isinstance(backend, MilvusCache)
    await backend.start()
    try:
        assert await backend.health()
    finally:
        await backend.close()


def test_lite_server_refuses_a_busy_port_and_a_busy_data_file(
    server: MilvusLiteServer, tmp_path: Path
) -> None:
    with pytest.raises(MilvusLiteError, match="in use"):
        MilvusLiteServer(tmp_path / "other.db", port=server.port).start()
    with pytest.raises(MilvusLiteError):
        MilvusLiteServer(server.data_path, port=0).start()


async def test_context_separates_scopes_and_delete_needs_the_tenant(cache: tuple[MilvusCache, Clock]) -> None:
    c, clock = cache
    q = unit(3)
    ctx1 = CacheScope("tenant-a", "auto", "math", context="c1")
    ctx2 = CacheScope("tenant-a", "auto", "math", context="c2")
    await c.store(replace(entry("delete me", q, ctx1, now=clock.now), id="ab12"))
    assert [h.entry.id for h in await c.lookup(ctx1, q, threshold=0.9)] == ["ab12"]
    assert await c.lookup(ctx2, q, threshold=0.9) == []
    assert not await c.delete(B, "ab12")  # another tenant cannot evict it
    assert not await c.delete(A, 'ab12" or id != "')  # ids are hex, never filter syntax
    assert await c.lookup(ctx1, q, threshold=0.9) != []
    assert await c.delete(A, "ab12")
    assert await c.lookup(ctx1, q, threshold=0.9) == []


async def test_concurrent_lookups_share_searches_and_get_their_own_answers(
    cache: tuple[MilvusCache, Clock],
) -> None:
    c, clock = cache
    scopes = [CacheScope(f"tenant-{i}", "auto", "x") for i in range(3)]
    for i, scope in enumerate(scopes):
        await c.store(entry(f"question for {i}", unit(10 + i), scope, now=clock.now))
    before = c.searches
    asks = [(scopes[n % 3], n % 3) for n in range(32)]
    results = await asyncio.gather(*(c.lookup(s, unit(10 + i), threshold=0.9) for s, i in asks))
    for (_, i), hits in zip(asks, results, strict=True):
        assert [h.entry.query for h in hits] == [f"question for {i}"]
    # Far fewer Milvus calls than lookups: one per scope per round.
    assert c.searches - before <= 12
