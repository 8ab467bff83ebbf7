"""Semantic cache on Milvus (standalone, cluster, Zilliz Cloud, or a local Milvus Lite server).

pymilvus' `MilvusClient` is synchronous, so every call runs on a small thread pool with the configured
timeout (pymilvus bounds its own retries by it) and an outer `asyncio.wait_for`: the event loop never
blocks on Milvus. Failure handling is a small circuit breaker: any error drops the client and raises
`CacheUnavailable`; while the breaker is open calls fail immediately; a background task recreates the
client after a backoff (doubling to a cap), so caching resumes when Milvus returns without a request
ever waiting for a reconnect.

Isolation does not depend on escaping user-controlled strings into a filter expression: the filter is
`scope_key == "<hex digest of tenant, model and context>"`; tenant and model are stored beside it for
people. Entry ids in filters are checked to be hex first.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import math
import re
import time
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

import numpy as np
from pymilvus import DataType, MilvusClient

from extproc.cache.base import CacheEntry, CacheHit, CacheScope, CacheUnavailable, Embedding, l2_normalise
from extproc.config.schema import MilvusConfig
from extproc.telemetry import get_logger

T = TypeVar("T")

# Milvus' hard limit for one VARCHAR value (bytes).
MAX_VARCHAR_BYTES = 65_535
# `index_params` keys that belong to the search request rather than to index creation, so one config
# map can hold both (e.g. IVF_FLAT: {nlist: 128, nprobe: 16}).
SEARCH_PARAM_KEYS = frozenset(
    {"nprobe", "ef", "search_list", "radius", "range_filter", "level", "reorder_k", "drop_ratio_search"}
)
FIELD_LIMITS = {"tenant": 512, "model": 256, "category": 256}
OUTPUT_FIELDS = ["id", "query", "category", "request_body", "response_body", "created_at", "expires_at"]
_EMPTY = np.zeros(0, dtype=np.float32)
_HEX = re.compile(r"[0-9a-f]{1,64}")


def scope_key(scope: CacheScope) -> str:
    tenant, model, context = scope.key
    return hashlib.blake2b(f"{tenant}\0{model}\0{context}".encode(), digest_size=16).hexdigest()


def tenant_key(tenant: str) -> str:
    return hashlib.blake2b(tenant.encode(), digest_size=16).hexdigest()


def _dedupe_key(row: dict[str, Any]) -> tuple[str, str]:
    return row["scope_key"], row["query"]


def _clip(text: str, limit: int) -> str:
    """At most `limit` UTF-8 bytes of `text`, cut on a character boundary."""
    raw = text.encode()
    return text if len(raw) <= limit else raw[:limit].decode(errors="ignore")


def _describe(exc: BaseException) -> str:
    # Type and Milvus error code only: a message may quote the row (the cached prompt) it refused.
    code = getattr(exc, "code", None)
    return f"{type(exc).__name__} (code {code})" if isinstance(code, int) else type(exc).__name__


def _quiet_pymilvus() -> None:
    # pymilvus logs every failed RPC with a traceback at ERROR; the backend reports outages itself,
    # once per outage, and the caller counts them in metrics.
    for name in ("pymilvus", "pymilvus.milvus_client"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


@dataclass(frozen=True, slots=True)
class _Lookup:
    scope: CacheScope
    vector: Embedding
    threshold: float
    limit: int
    found: asyncio.Future[list[CacheHit]]


class MilvusCache:
    """`CacheBackend` on a Milvus collection; entries persist across router restarts."""

    name = "milvus"

    def __init__(
        self,
        cfg: MilvusConfig,
        dim: int,
        *,
        purge_interval_seconds: float = 60.0,
        reconnect_backoff_seconds: float = 0.5,
        max_reconnect_backoff_seconds: float = 10.0,
        max_workers: int = 4,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if dim <= 0:
            raise ValueError("dim must be positive")
        self.cfg = cfg
        self.dim = dim
        self.collection = cfg.collection
        self._timeout = cfg.timeout_seconds
        self._max_text = min(cfg.max_body_bytes, MAX_VARCHAR_BYTES)
        self._index_params = {k: v for k, v in cfg.index_params.items() if k not in SEARCH_PARAM_KEYS}
        self._search_params: dict[str, Any] = {
            "metric_type": cfg.metric_type,
            "params": {k: v for k, v in cfg.index_params.items() if k in SEARCH_PARAM_KEYS},
        }
        self._purge_interval = purge_interval_seconds
        self._backoff_initial = reconnect_backoff_seconds
        self._backoff_max = max_reconnect_backoff_seconds
        self._clock = clock
        self._workers = max_workers
        self._executor = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="milvus-cache")
        self._client: MilvusClient | None = None
        # Bumped on every (re)connect, so a failure seen on an old client never drops a newer one.
        self._generation = 0
        self._backoff = reconnect_backoff_seconds
        self._next_attempt = 0.0
        self._reconnect_task: asyncio.Task[None] | None = None
        self._purge_task: asyncio.Task[None] | None = None
        self._down_since: float | None = None
        self._closed = False
        self.skipped_entries = 0
        # Rows waiting for the group-commit writer, each with the future its store() awaits.
        self._pending: list[tuple[dict[str, Any], asyncio.Future[None]]] = []
        self._writer: asyncio.Task[None] | None = None
        self._max_batch = 256
        self._max_pending = 10_000
        self._inflight = 0
        self._max_inflight = 4 * max_workers
        # Lookups waiting for the next search round (see lookup); searches = Milvus search calls made.
        self._lookups: list[_Lookup] = []
        self.searches = 0
        self._searcher: asyncio.Task[None] | None = None
        self._log = get_logger("extproc.cache.milvus")
        _quiet_pymilvus()

    # -- CacheBackend -------------------------------------------------------------------------

    @property
    def connected(self) -> bool:
        return self._client is not None

    async def start(self) -> None:
        """Connect once (bounded by the configured timeout per call); never raises: a Milvus that is
        down at start is retried in the background while lookups fail open."""
        await self._reconnect()
        if self._purge_task is None and self._purge_interval > 0:
            self._purge_task = asyncio.create_task(self._purge_loop(), name="milvus-cache-purge")

    async def close(self) -> None:
        self._closed = True
        if self._writer is not None:
            # Let queued writes finish (each bounded by the call timeout) before closing the client.
            with contextlib.suppress(Exception):
                await self._writer
        for task in (self._purge_task, self._reconnect_task, self._searcher):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._purge_task = self._reconnect_task = self._searcher = None
        for item in self._lookups:
            if not item.found.done():
                item.found.set_exception(CacheUnavailable("the cache is closed"))
        self._lookups = []
        client, self._client = self._client, None
        if client is not None:
            await asyncio.get_running_loop().run_in_executor(self._executor, client.close)
        self._executor.shutdown(wait=False, cancel_futures=True)

    async def lookup(
        self, scope: CacheScope, embedding: Embedding, threshold: float, limit: int = 4
    ) -> list[CacheHit]:
        """Grouped like writes: lookups that arrive while a search runs queue up, and the next round
        sends each scope's queued vectors as one multi-vector search, so the number of Milvus calls
        grows with distinct scopes in flight, not with requests (it held 16 calls and timed out half
        the lookups at concurrency 32 when every lookup was its own call)."""
        q = l2_normalise(embedding, self.dim)
        if limit <= 0:
            return []
        if self._client is None:
            self._schedule_reconnect()
            raise CacheUnavailable(f"milvus at {self.cfg.uri} is unavailable")
        found: asyncio.Future[list[CacheHit]] = asyncio.get_running_loop().create_future()
        self._lookups.append(_Lookup(scope, q, threshold, limit, found))
        if self._searcher is None or self._searcher.done():
            self._searcher = asyncio.create_task(self._search_queued(), name="milvus-cache-searcher")
        # A caller that gives up (its lookup budget) leaves the round; the others are unaffected.
        return await found

    async def _search_queued(self) -> None:
        while self._lookups:
            batch, self._lookups = self._lookups, []
            groups: dict[str, list[_Lookup]] = {}
            for item in batch:
                if not item.found.done():
                    groups.setdefault(scope_key(item.scope), []).append(item)
            if not groups:
                continue
            # At most one executor call per worker thread, each running its share of the groups.
            workers = self._workers
            shares = [list(groups.items())[i::workers] for i in range(workers)]
            calls = [self._call(partial(self._search_groups, groups=share)) for share in shares if share]
            outcomes = await asyncio.gather(*calls, return_exceptions=True)
            for share, outcome in zip((s for s in shares if s), outcomes, strict=True):
                for key, items in share:
                    for n, item in enumerate(items):
                        if item.found.done():
                            continue
                        if isinstance(outcome, BaseException):
                            item.found.set_exception(
                                outcome
                                if isinstance(outcome, CacheUnavailable)
                                else CacheUnavailable(f"milvus search failed: {_describe(outcome)}")
                            )
                        else:
                            item.found.set_result(self._hits(item, outcome[key][n]))

    def _search_groups(
        self, client: MilvusClient, groups: list[tuple[str, list[_Lookup]]]
    ) -> dict[str, list[list[dict[str, Any]]]]:
        now = self._clock()
        out: dict[str, list[list[dict[str, Any]]]] = {}
        for key, items in groups:
            self.searches += 1
            out[key] = client.search(
                self.collection,
                data=[item.vector for item in items],
                filter=f'scope_key == "{key}" and expires_at > {now!r}',
                # Room for superseded copies of the same query, dropped in _hits.
                limit=max(item.limit for item in items) * 2,
                output_fields=OUTPUT_FIELDS,
                search_params=self._search_params,
                anns_field="embedding",
                consistency_level=self.cfg.consistency_level,
                timeout=self._timeout,
            )
        return out

    def _hits(self, item: _Lookup, rows: list[dict[str, Any]]) -> list[CacheHit]:
        scope = item.scope
        newest: dict[str, CacheHit] = {}
        for row in rows:
            sim = self._similarity(float(row["distance"]))
            if sim < item.threshold:
                continue
            e = row["entity"]
            seen = newest.get(e["query"])
            if seen is not None and seen.entry.created_at >= float(e["created_at"]):
                continue
            entry = CacheEntry(
                scope=CacheScope(scope.tenant, scope.model, e["category"], scope.context),
                id=e["id"],
                query=e["query"],
                embedding=_EMPTY,
                request_body=e["request_body"].encode(),
                response_body=e["response_body"].encode(),
                created_at=float(e["created_at"]),
                expires_at=float(e["expires_at"]),
            )
            newest[entry.query] = CacheHit(entry=entry, similarity=sim)
        return sorted(newest.values(), key=lambda h: h.similarity, reverse=True)[: item.limit]

    async def store(self, entry: CacheEntry) -> None:
        """Group commit: concurrent stores share one insert. A Milvus write costs about the same for
        one row as for a hundred (~20 ms on Milvus Lite), so one writer drains everything that queued
        up during the previous write. Returns once this entry's batch is written.

        Rows are inserted, not upserted: on Milvus Lite an upsert costs ~100 ms at 100k rows against
        ~16 ms for an insert (it deletes by primary key with a scan). A newer copy of the same query
        supersedes the older one at lookup; the older one leaves with its TTL."""
        row = self._row(entry)
        if row is None:
            self.skipped_entries += 1
            return
        if self._client is None:
            self._schedule_reconnect()
            raise CacheUnavailable(f"milvus at {self.cfg.uri} is unavailable")
        if len(self._pending) >= self._max_pending:
            raise CacheUnavailable(f"milvus write queue is full ({self._max_pending} rows)")
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pending.append((row, done))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_pending(), name="milvus-cache-writer")
        # Shielded: a caller that gives up (timeout) must not cancel the batch for everyone else.
        await asyncio.shield(done)

    async def _write_pending(self) -> None:
        while self._pending:
            batch, self._pending = self._pending[: self._max_batch], self._pending[self._max_batch :]
            rows = {_dedupe_key(row): row for row, _ in batch}  # one row per query: the newest
            error: CacheUnavailable | None = None
            try:
                await self._call(partial(self._insert_sync, rows=list(rows.values()), timeout=self._timeout))
            except CacheUnavailable as exc:
                error = exc
            for _, done in batch:
                if done.done():
                    continue
                if error is None:
                    done.set_result(None)
                else:
                    done.set_exception(error)

    async def store_many(self, entries: Sequence[CacheEntry], batch_size: int = 1_000) -> int:
        """Bulk write (warm-up, benchmarks): one insert per batch. Returns how many were written."""
        rows: dict[tuple[str, str], dict[str, Any]] = {}
        for e in entries:
            row = self._row(e)
            if row is None:
                self.skipped_entries += 1
            else:
                rows[_dedupe_key(row)] = row  # one row per query: a later duplicate wins
        batch_list = list(rows.values())
        # Big batches take longer than a lookup's budget; allow for it without blocking the loop.
        timeout = max(self._timeout, 30.0)
        for i in range(0, len(batch_list), batch_size):
            batch = batch_list[i : i + batch_size]
            await self._call(partial(self._insert_sync, rows=batch, timeout=timeout), timeout)
        return len(batch_list)

    def _insert_sync(self, client: MilvusClient, rows: list[dict[str, Any]], timeout: float) -> None:
        client.insert(self.collection, rows, timeout=timeout)

    async def delete(self, scope: CacheScope, entry_id: str) -> bool:
        if not _HEX.fullmatch(entry_id):
            return False
        # The tenant must match too: an id alone never reaches another caller's entries.
        expr = f'id == "{entry_id}" and tenant_key == "{tenant_key(scope.tenant)}"'

        def delete(client: MilvusClient) -> bool:
            result = client.delete(self.collection, filter=expr, timeout=self._timeout)
            if isinstance(result, dict):
                return int(result.get("delete_count", 0)) > 0
            return bool(result)

        return await self._call(delete)

    async def purge_expired(self) -> int:
        expr = f"expires_at <= {self._clock()!r}"

        def delete(client: MilvusClient) -> int:
            result = client.delete(self.collection, filter=expr, timeout=self._timeout)
            # Milvus returns {"delete_count": n}; Milvus Lite returns the deleted ids.
            if isinstance(result, dict):
                return int(result.get("delete_count", 0))
            return len(result) if isinstance(result, list) else 0

        return await self._call(delete)

    async def health(self) -> bool:
        def probe(client: MilvusClient) -> bool:
            return bool(client.has_collection(self.collection, timeout=self._timeout))

        try:
            return await self._call(probe)
        except CacheUnavailable:
            return False

    # -- connection management ----------------------------------------------------------------

    async def _call(self, fn: Callable[[MilvusClient], T], budget_s: float | None = None) -> T:
        client, generation = self._client, self._generation
        if client is None:
            self._schedule_reconnect()
            raise CacheUnavailable(f"milvus at {self.cfg.uri} is unavailable")
        if self._inflight >= self._max_inflight:
            # Milvus is slower than the traffic: refuse rather than queue without bound.
            raise CacheUnavailable(f"milvus at {self.cfg.uri} is busy ({self._inflight} calls in flight)")
        loop = asyncio.get_running_loop()
        self._inflight += 1
        call = loop.run_in_executor(self._executor, fn, client)
        call.add_done_callback(self._call_done)
        try:
            # Shielded: when the caller gives up first (its own lookup budget), the call still
            # finishes in its thread and its failure still trips the breaker (below).
            return await asyncio.wait_for(asyncio.shield(call), timeout=(budget_s or self._timeout) + 0.25)
        except asyncio.CancelledError:
            call.add_done_callback(lambda f: self._abandoned_done(f, generation))
            raise
        except Exception as exc:
            self._mark_failed(generation, exc)
            raise CacheUnavailable(f"milvus at {self.cfg.uri}: {_describe(exc)}") from exc

    def _call_done(self, _: asyncio.Future[Any]) -> None:
        self._inflight -= 1

    def _abandoned_done(self, call: asyncio.Future[Any], generation: int) -> None:
        exc = None if call.cancelled() else call.exception()
        if exc is not None:
            self._mark_failed(generation, exc)

    def _mark_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or self._client is None:
            return
        client, self._client = self._client, None
        self._executor.submit(client.close)
        self._next_attempt = time.monotonic() + self._backoff
        if self._down_since is None:
            self._down_since = time.monotonic()
            self._log.warning(
                "cache_backend_unavailable", backend=self.name, uri=self.cfg.uri, error=_describe(exc)
            )

    def _schedule_reconnect(self) -> None:
        if self._closed or time.monotonic() < self._next_attempt:
            return
        if self._reconnect_task is None or self._reconnect_task.done():
            self._reconnect_task = asyncio.create_task(self._reconnect(), name="milvus-cache-reconnect")

    async def _reconnect(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            client = await loop.run_in_executor(self._executor, self._connect_sync)
        except Exception as exc:
            self._next_attempt = time.monotonic() + self._backoff
            self._backoff = min(self._backoff * 2, self._backoff_max)
            if self._down_since is None:
                self._down_since = time.monotonic()
                self._log.warning(
                    "cache_backend_unavailable", backend=self.name, uri=self.cfg.uri, error=_describe(exc)
                )
            return
        if self._closed:
            await loop.run_in_executor(self._executor, client.close)
            return
        self._client = client
        self._generation += 1
        self._backoff = self._backoff_initial
        down_for = None if self._down_since is None else round(time.monotonic() - self._down_since, 3)
        self._down_since = None
        self._log.info(
            "cache_backend_connected",
            backend=self.name,
            uri=self.cfg.uri,
            collection=self.collection,
            down_seconds=down_for,
        )

    def _connect_sync(self) -> MilvusClient:
        cfg = self.cfg
        kwargs: dict[str, Any] = {}
        if cfg.secure:
            kwargs["secure"] = True
            if cfg.server_pem_path:
                kwargs["server_pem_path"] = cfg.server_pem_path
        client = MilvusClient(
            uri=cfg.uri,
            user=cfg.user or "",
            password=cfg.password or "",
            token=cfg.token or "",
            timeout=self._timeout,
            # A private channel: closing it on failure must not affect other clients in the process.
            dedicated=True,
            **kwargs,
        )
        try:
            self._ensure_collection(client)
        except BaseException:
            client.close()
            raise
        return client

    def _ensure_collection(self, client: MilvusClient) -> None:
        t = self._timeout
        if client.has_collection(self.collection, timeout=t):
            self._check_schema(client.describe_collection(self.collection, timeout=t))
            client.load_collection(self.collection, timeout=t)
            return
        schema = client.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("id", DataType.VARCHAR, is_primary=True, max_length=64)
        schema.add_field("scope_key", DataType.VARCHAR, max_length=64)
        schema.add_field("tenant_key", DataType.VARCHAR, max_length=64)
        for name, limit in FIELD_LIMITS.items():
            schema.add_field(name, DataType.VARCHAR, max_length=limit)
        schema.add_field("query", DataType.VARCHAR, max_length=self._max_text)
        schema.add_field("request_body", DataType.VARCHAR, max_length=self._max_text)
        schema.add_field("response_body", DataType.VARCHAR, max_length=self._max_text)
        schema.add_field("embedding", DataType.FLOAT_VECTOR, dim=self.dim)
        schema.add_field("created_at", DataType.DOUBLE)
        schema.add_field("expires_at", DataType.DOUBLE)
        index = client.prepare_index_params()
        index.add_index(
            field_name="embedding",
            index_type=self.cfg.index_type,
            metric_type=self.cfg.metric_type,
            params=self._index_params,
        )
        client.create_collection(
            self.collection,
            schema=schema,
            index_params=index,
            consistency_level=self.cfg.consistency_level,
            timeout=t,
        )
        client.load_collection(self.collection, timeout=t)

    def _check_schema(self, desc: dict[str, Any]) -> None:
        fields = {f["name"]: f for f in desc.get("fields", [])}
        missing = {"id", "scope_key", "tenant_key", "query", "response_body", "embedding", "expires_at"}
        missing -= fields.keys()
        if missing:
            raise CacheUnavailable(
                f"collection {self.collection!r} exists without fields {sorted(missing)}: "
                "point semantic_cache.milvus.collection at a new name"
            )
        got = int(fields["embedding"].get("params", {}).get("dim", -1))
        if got != self.dim:
            raise CacheUnavailable(
                f"collection {self.collection!r} holds {got}-d vectors, the embedding has {self.dim}: "
                "point semantic_cache.milvus.collection at a new name"
            )

    async def _purge_loop(self) -> None:
        while True:
            await asyncio.sleep(self._purge_interval)
            if self._client is None:
                self._schedule_reconnect()
                continue
            with contextlib.suppress(CacheUnavailable):
                await self.purge_expired()

    # -- rows ---------------------------------------------------------------------------------

    def _similarity(self, distance: float) -> float:
        # Vectors are unit length: IP is the cosine; Milvus' L2 is the squared distance, 2 - 2cos.
        if self.cfg.metric_type == "L2":
            return 1.0 - distance / 2.0
        return min(distance, 1.0)

    def _row(self, entry: CacheEntry) -> dict[str, Any] | None:
        """The Milvus row for `entry`, or None when it cannot be stored (expired, oversize, binary)."""
        if entry.expires_at <= self._clock() or not math.isfinite(entry.expires_at):
            return None
        texts: dict[str, str] = {"query": entry.query}
        for name, body in (("request_body", entry.request_body), ("response_body", entry.response_body)):
            try:
                texts[name] = body.decode()
            except UnicodeDecodeError:
                return None
        if any(len(v.encode()) > self._max_text for v in texts.values()):
            return None
        scope = entry.scope
        return {
            "id": entry.id or uuid.uuid4().hex,
            "scope_key": scope_key(scope),
            "tenant_key": tenant_key(scope.tenant),
            "tenant": _clip(scope.tenant, FIELD_LIMITS["tenant"]),
            "model": _clip(scope.model, FIELD_LIMITS["model"]),
            "category": _clip(scope.category, FIELD_LIMITS["category"]),
            **texts,
            "embedding": l2_normalise(entry.embedding, self.dim),
            "created_at": float(entry.created_at),
            "expires_at": float(entry.expires_at),
        }
