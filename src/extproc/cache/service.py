"""The semantic-cache service: lookup -> verify -> serve, and store.

It owns what makes a cache entry reusable (the scope key, thresholds, candidate verification), its
timeouts and its metrics. Backends (`memory`, `milvus`) only store and search vectors. The service
fails open: a backend that is down, slow or broken turns a lookup into a miss and a store into a
no-op, counted and logged (rate-limited), never an error for the request.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from opentelemetry.trace import Span

from extproc import openai
from extproc.cache.base import CacheBackend, CacheEntry, CacheScope, CacheUnavailable, Embedding
from extproc.cache.verify import verify_candidate
from extproc.config.schema import SemanticCacheConfig
from extproc.telemetry import Metrics, RateLimitedLog, Tracing

# Candidates fetched per lookup: the verifier may reject the closest ones.
CANDIDATES = 4


@dataclass(frozen=True, slots=True)
class CachedAnswer:
    """A verified cached completion (as stored: callers give it a fresh id before serving it)."""

    completion: dict[str, Any]
    similarity: float


class SemanticCache:
    """One config generation's view of a cache backend (the backend itself outlives reloads)."""

    def __init__(
        self,
        backend: CacheBackend,
        cfg: SemanticCacheConfig,
        metrics: Metrics,
        *,
        category_thresholds: Mapping[str, float] | None = None,
        tracing: Tracing | None = None,
        warn: RateLimitedLog | None = None,
    ) -> None:
        self.backend = backend
        self.cfg = cfg
        self.metrics = metrics
        self.category_thresholds = dict(category_thresholds or {})
        self.tracing = tracing or Tracing()
        self.warn = warn or RateLimitedLog()
        self._writes: set[asyncio.Task[None]] = set()

    @property
    def name(self) -> str:
        return self.backend.name

    def threshold(self, category: str) -> float:
        return self.category_thresholds.get(category, self.cfg.similarity_threshold)

    @staticmethod
    def scope(*, tenant: str, model: str, category: str) -> CacheScope:
        """Entries are only ever served to the same tenant asking the same (pre-routing) model."""
        return CacheScope(tenant=tenant, model=model, category=category)

    def may_store(self, *, no_store: bool, pii_types: frozenset[str]) -> bool:
        """Whether a response to this request may be written (the caller adds its own conditions)."""
        if no_store:
            return False
        return self.cfg.cache_pii_requests or pii_types <= frozenset(self.cfg.pii_types_cacheable)

    async def lookup(self, scope: CacheScope, query: str, embedding: Embedding) -> CachedAnswer | None:
        """The best verified answer for `query` in `scope`, or None (a miss, or the backend failed)."""
        backend = self.backend
        labels = {"backend": backend.name, "operation": "lookup"}
        t0 = time.perf_counter()
        try:
            hits = await asyncio.wait_for(
                backend.lookup(scope, embedding, self.threshold(scope.category), CANDIDATES),
                timeout=self.cfg.lookup_timeout_ms / 1000,
            )
        except (CacheUnavailable, TimeoutError) as exc:
            self.metrics.cache_errors.add(1, labels)
            self.warn.warning(
                "cache_lookup", "cache_lookup_failed", backend=backend.name, error=type(exc).__name__
            )
            return None
        finally:
            self.metrics.cache_operation_duration.record(time.perf_counter() - t0, labels)
        for hit in hits:
            if self.cfg.verify_candidates and not verify_candidate(query, hit.entry.query, hit.similarity):
                continue
            completion = openai.parse_completion(hit.entry.response_body)
            if completion is None:
                continue
            self.metrics.cache_hits.add(1, {"backend": backend.name})
            return CachedAnswer(completion, hit.similarity)
        self.metrics.cache_misses.add(1, {"backend": backend.name})
        return None

    def store_later(
        self,
        scope: CacheScope,
        query: str,
        embedding: Embedding,
        request_body: bytes,
        completion: dict[str, Any],
        parent: Span | None = None,
    ) -> None:
        """Write off the response path: the client never waits for the cache (a Milvus insert takes
        ~16 ms); the entry becomes visible a moment after the response."""
        task = asyncio.create_task(
            self._store_traced(scope, query, embedding, request_body, completion, parent)
        )
        self._writes.add(task)
        task.add_done_callback(self._writes.discard)

    async def _store_traced(
        self,
        scope: CacheScope,
        query: str,
        embedding: Embedding,
        request_body: bytes,
        completion: dict[str, Any],
        parent: Span | None,
    ) -> None:
        with self.tracing.child(parent, "cache_write"):
            await self.store(scope, query, embedding, request_body, completion)

    async def store(
        self,
        scope: CacheScope,
        query: str,
        embedding: Embedding,
        request_body: bytes,
        completion: dict[str, Any],
    ) -> None:
        now = time.time()
        entry = CacheEntry(
            scope=scope,
            query=query,
            embedding=embedding,
            request_body=request_body,
            response_body=openai.dumps(completion),
            created_at=now,
            expires_at=now + self.cfg.ttl_seconds,
        )
        labels = {"backend": self.backend.name, "operation": "store"}
        t0 = time.perf_counter()
        try:
            await self.backend.store(entry)
        except Exception as exc:  # CacheUnavailable, or anything else: a write must never hurt a request
            self.metrics.cache_errors.add(1, labels)
            self.warn.warning(
                "cache_store", "cache_store_failed", backend=self.backend.name, error=type(exc).__name__
            )
        finally:
            self.metrics.cache_operation_duration.record(time.perf_counter() - t0, labels)

    async def drain(self) -> None:
        """Wait for writes still in flight (shutdown)."""
        if self._writes:
            await asyncio.gather(*self._writes, return_exceptions=True)
