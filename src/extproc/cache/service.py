"""The semantic-cache service: lookup -> verify -> serve, and store.

It owns what makes a cache entry reusable (the scope key, thresholds, candidate verification), its
timeouts and its metrics. Backends (`memory`, `milvus`) only store and search vectors. The service
fails open: a backend that is down, slow or broken turns a lookup into a miss and a store into a
no-op, counted and logged (rate-limited), never an error for the request.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
import uuid
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from opentelemetry.trace import Span

from extproc import openai
from extproc.cache.base import CacheBackend, CacheEntry, CacheScope, CacheUnavailable, Embedding
from extproc.cache.language import encoder_covers
from extproc.cache.verifier import LearnedVerifier
from extproc.cache.verify import exact_key as _text_key
from extproc.cache.verify import verify_candidate
from extproc.config.schema import SemanticCacheConfig
from extproc.openai import ChatRequest, answer_context
from extproc.router import RoutingDecision
from extproc.telemetry import Metrics, RateLimitedLog, Tracing

# Candidates fetched per lookup: the verifier may reject the closest ones.
CANDIDATES = 4
ANONYMOUS = "anonymous"
# `similarity_threshold: auto` without a calibrated learned verifier: the gate the rules verifier's
# figures were measured at (README, bench/cache_quality.py).
RULES_SIMILARITY = 0.80


def similarity_gate(cfg: SemanticCacheConfig, verifier: LearnedVerifier | None) -> tuple[float, str]:
    """The cosine gate of the candidate search, and where it comes from (for the startup log)."""
    if cfg.similarity_threshold != "auto":
        return cfg.similarity_threshold, "config"
    if verifier is not None and verifier.settings.similarity_threshold is not None:
        return verifier.settings.similarity_threshold, "verifier build"
    return RULES_SIMILARITY, "rules default"


@dataclass(frozen=True, slots=True)
class CachedAnswer:
    """A verified cached completion (as stored: callers give it a fresh id before serving it)."""

    completion: dict[str, Any]
    similarity: float
    entry_id: str = ""
    # Set for exact repeats: the decision made for the identical request that was stored.
    decision: RoutingDecision | None = None


@dataclass(frozen=True, slots=True)
class _Exact:
    answer: CachedAnswer
    tenant: str
    expires_at: float
    size: int


def _digest(*parts: bytes | str) -> str:
    h = hashlib.blake2b(digest_size=16)
    for p in parts:
        h.update(p.encode() if isinstance(p, str) else p)
        h.update(b"\0")
    return h.hexdigest()


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
        verifier: LearnedVerifier | None = None,
    ) -> None:
        self.backend = backend
        # Decides which candidates' answers may be served (`extproc.cache.verifier`). Without one
        # while `verify_candidates` is on, only candidates whose text matches exactly are served.
        self.verifier = verifier
        self.cfg = cfg
        self.metrics = metrics
        self.category_thresholds = dict(category_thresholds or {})
        self.similarity_threshold, self.similarity_source = similarity_gate(cfg, verifier)
        self.tracing = tracing or Tracing()
        self.warn = warn or RateLimitedLog()
        self._writes: set[asyncio.Task[None]] = set()
        # Exact repeats: key -> answer, oldest first, bounded by `exact_max_bytes`. Per config
        # generation (a reload starts empty), so an entry always passed the current guards and routes.
        self._exact: OrderedDict[str, _Exact] = OrderedDict()
        self._exact_by_id: dict[str, str] = {}
        self._exact_bytes = 0

    @property
    def name(self) -> str:
        return self.backend.name

    def threshold(self, category: str) -> float:
        return self.category_thresholds.get(category, self.similarity_threshold)

    def serves(self, tenant: str) -> bool:
        """Whether this caller's requests use the cache at all (anonymous callers only if configured)."""
        return tenant != ANONYMOUS or self.cfg.anonymous

    @staticmethod
    def scope(tenant: str, req: ChatRequest, decision: RoutingDecision) -> CacheScope:
        """The exact part of the key: the tenant, the client's model, and a digest of the answering
        model plus everything besides the last user message that shapes the answer
        (`openai.answer_context`: system prompts, earlier turns, tools, response format, sampling
        and length parameters, ...). Similarity only decides within one scope."""
        context = _digest(decision.selected_model, answer_context(req))
        return CacheScope(tenant, req.model, decision.category, context)

    @staticmethod
    def semantic(query: str) -> bool:
        """Whether similarity may serve this query: only in languages the encoder was trained on.
        Others get exact repeats only (a monolingual encoder puts "capital of France?" and "capital
        of Germany?" in Russian close together)."""
        return encoder_covers(query)

    def may_store(self, *, no_store: bool, pii_types: frozenset[str]) -> bool:
        """Whether a response to this request may be written (the caller adds its own conditions)."""
        if no_store:
            return False
        return self.cfg.cache_pii_requests or pii_types <= frozenset(self.cfg.pii_types_cacheable)

    # -- exact repeats ---------------------------------------------------------------------------

    @staticmethod
    def exact_key(tenant: str, req: ChatRequest) -> str:
        return _digest(tenant, req.model, answer_context(req), req.last_user_text())

    def exact_lookup(self, key: str) -> CachedAnswer | None:
        found = self._exact.get(key)
        if found is None:
            return None
        if found.expires_at <= time.time():
            self._exact_drop(key)
            return None
        self._exact.move_to_end(key)
        self.metrics.cache_hits.add(1, {"backend": "exact"})
        return found.answer

    def _exact_put(self, key: str, tenant: str, answer: CachedAnswer, size: int) -> None:
        limit = self.cfg.exact_max_bytes
        if size > limit:
            return
        self._exact_drop(key)
        self._exact[key] = _Exact(answer, tenant, time.time() + self.cfg.ttl_seconds, size)
        self._exact_by_id[answer.entry_id] = key
        self._exact_bytes += size
        while self._exact_bytes > limit or len(self._exact) > self.cfg.max_entries:
            self._exact_drop(next(iter(self._exact)))

    def _exact_drop(self, key: str) -> None:
        old = self._exact.pop(key, None)
        if old is not None:
            self._exact_bytes -= old.size
            self._exact_by_id.pop(old.answer.entry_id, None)

    # -- bad hits --------------------------------------------------------------------------------

    async def report_bad_hit(self, tenant: str, entry_id: str) -> bool:
        """Evict the entry a client says was a wrong answer (only within that client's tenant)."""
        evicted = False
        key = self._exact_by_id.get(entry_id)
        if key is not None and self._exact[key].tenant == tenant:
            self._exact_drop(key)
            evicted = True
        try:
            evicted = await self.backend.delete(CacheScope(tenant, "", ""), entry_id) or evicted
        except CacheUnavailable as exc:
            self.warn.warning(
                "cache_delete", "cache_delete_failed", backend=self.name, error=type(exc).__name__
            )
        self.metrics.cache_bad_hits.add(1, {"evicted": str(evicted).lower()})
        return evicted

    async def lookup(self, scope: CacheScope, query: str, embedding: Embedding) -> CachedAnswer | None:
        if not self.semantic(query):
            self.metrics.cache_misses.add(1, {"backend": self.backend.name})
            return None
        return await self._lookup(scope, query, embedding)

    async def _lookup(self, scope: CacheScope, query: str, embedding: Embedding) -> CachedAnswer | None:
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
        if self.cfg.verify_candidates and hits:
            texts = [hit.entry.query for hit in hits]
            if self.cfg.verifier == "rules":
                verdicts = [verify_candidate(query, hit.entry.query, hit.similarity) for hit in hits]
            elif self.verifier is not None:
                # One batched model call for all candidates, off the event loop.
                sims = [hit.similarity for hit in hits]
                verdicts = await asyncio.to_thread(self.verifier.accept, query, texts, sims)
            else:
                verdicts = [_text_key(t) == _text_key(query) for t in texts]
            hits = [hit for hit, ok in zip(hits, verdicts, strict=True) if ok]
        for hit in hits:
            completion = openai.parse_completion(hit.entry.response_body)
            if completion is None:
                continue
            self.metrics.cache_hits.add(1, {"backend": backend.name})
            return CachedAnswer(completion, hit.similarity, hit.entry.id)
        self.metrics.cache_misses.add(1, {"backend": backend.name})
        return None

    def store_later(
        self,
        scope: CacheScope,
        req: ChatRequest,
        decision: RoutingDecision,
        embedding: Embedding,
        completion: dict[str, Any],
        parent: Span | None = None,
    ) -> None:
        """Remember the answer: at once in the exact-repeat index, and in the backend off the response
        path (the client never waits for the cache: a Milvus insert takes ~16 ms; the entry becomes
        visible a moment after the response)."""
        entry_id = uuid.uuid4().hex
        body = openai.dumps(completion)
        answer = CachedAnswer(completion, 1.0, entry_id, decision)
        self._exact_put(self.exact_key(scope.tenant, req), scope.tenant, answer, len(body))
        if not self.semantic(req.last_user_text()):
            return
        now = time.time()
        entry = CacheEntry(
            scope=scope,
            query=req.last_user_text(),
            embedding=embedding,
            request_body=openai.dumps(req.raw),
            response_body=body,
            created_at=now,
            expires_at=now + self.cfg.ttl_seconds,
            id=entry_id,
        )
        task = asyncio.create_task(self._store_traced(entry, parent))
        self._writes.add(task)
        task.add_done_callback(self._writes.discard)

    async def _store_traced(self, entry: CacheEntry, parent: Span | None) -> None:
        with self.tracing.child(parent, "cache_write"):
            await self.store(entry)

    async def store(self, entry: CacheEntry) -> None:
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
