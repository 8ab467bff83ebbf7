"""What the router does with one chat request, in plain types: classify, guard, cache, decide.

The processor turns ext_proc messages into calls here and the returned outcomes back into messages,
so this module never sees protobufs and the decision itself (router.py) never sees I/O.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from dataclasses import dataclass, field, replace
from typing import Literal

from opentelemetry.trace import Span

from extproc import openai
from extproc.cache.base import CacheBackend, CacheEntry, CacheScope, CacheUnavailable
from extproc.cache.verify import verify_candidate
from extproc.classify.base import Classification, Classifier
from extproc.classify.keyword import KeywordMatcher
from extproc.classify.text import text_for_classification
from extproc.config.schema import Category, RouterConfig
from extproc.guard import check_jailbreak, detected_pii_types, forbidden_types
from extproc.openai import ChatRequest, RequestError
from extproc.router import RoutingDecision, Signals, decide_auto, decide_explicit, is_auto
from extproc.telemetry import Metrics, RateLimitedLog, Tracing, get_logger

CHAT_PATH = "/v1/chat/completions"
MODELS_PATH = "/v1/models"

ResponsePath = Literal["upstream", "cache", "blocked", "error"]


@dataclass(slots=True)
class RequestContext:
    """Per-request facts gathered from the request headers, and what the router decided."""

    request_id: str = ""
    method: str = ""
    path: str = ""
    tenant: str = "anonymous"
    no_cache: bool = False
    no_store: bool = False
    started: float = field(default_factory=time.perf_counter)
    # Filled while handling the body.
    request: ChatRequest | None = None
    decision: RoutingDecision | None = None
    classification: Classification | None = None
    cacheable: bool = False
    response_path: ResponsePath = "upstream"
    # The request's trace span (chat requests only); ended when the stream finishes.
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Forward:
    """Send the request upstream: `body` replaces the original when not None."""

    body: bytes | None
    headers: dict[str, str]


@dataclass(frozen=True, slots=True)
class Respond:
    """Answer the client directly; nothing reaches an upstream."""

    status: int
    body: bytes
    headers: dict[str, str]
    content_type: str = "application/json"


Outcome = Forward | Respond


def tenant_scope(headers: dict[str, str], tenant_header: str | None) -> str:
    """The caller's cache scope: a configured tenant header, else a hash of the credentials."""
    if tenant_header:
        value = headers.get(tenant_header.lower())
        if value:
            return "t:" + hashlib.sha256(value.encode()).hexdigest()[:32]
    auth = headers.get("authorization")
    if auth:
        return "a:" + hashlib.sha256(auth.encode()).hexdigest()[:32]
    return "anonymous"


@dataclass
class Runtime:
    """Everything one config generation needs. Swapped whole on reload; streams keep the one they began with."""

    config: RouterConfig
    metrics: Metrics
    tracing: Tracing = field(default_factory=Tracing)
    classifier: Classifier | None = None
    cache: CacheBackend | None = None
    keywords: KeywordMatcher = field(init=False)
    warn: RateLimitedLog = field(default_factory=RateLimitedLog)
    _writes: set[asyncio.Task[None]] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.keywords = KeywordMatcher(self.config.keyword_rules)

    def model_names(self) -> list[str]:
        return [*self.config.auto_model_names, *self.config.models]

    def routing_headers(self, decision: RoutingDecision) -> dict[str, str]:
        headers = {
            "x-selected-model": decision.selected_model,
            self.config.routing.cluster_header: decision.cluster,
        }
        if self.config.routing.endpoint_mode and decision.endpoint:
            headers["x-gateway-destination-endpoint"] = decision.endpoint
        return headers

    def error(self, ctx: RequestContext, err: RequestError, reason: str) -> Respond:
        ctx.response_path = "error"
        self.metrics.errors.add(1, {"reason": reason, "status": str(err.status)})
        return Respond(err.status, err.body(), {"x-vsr-response-path": "error"})

    async def classify(self, text: str) -> Classification:
        if self.classifier is None:
            return Classification()
        t0 = time.perf_counter()
        try:
            result = await self.classifier.classify(text)
        except Exception as exc:
            # Fail open: route on whatever else we know (keyword rules, default model).
            self.metrics.classifier_errors.add(1, {"error": type(exc).__name__})
            self.warn.warning("classifier", "classifier_failed", error=repr(exc))
            return Classification()
        self.metrics.classifier_latency.record(time.perf_counter() - t0, {"classifier": "onnx"})
        return result

    async def handle_body(self, ctx: RequestContext, body: bytes) -> Outcome:
        t0 = time.perf_counter()
        try:
            return await self._handle_body(ctx, body)
        finally:
            self.metrics.routing_latency.record(time.perf_counter() - t0)

    async def _handle_body(self, ctx: RequestContext, body: bytes) -> Outcome:
        cfg = self.config
        try:
            req = openai.parse_chat_request(body, cfg.server.max_body_bytes)
        except RequestError as err:
            return self.error(ctx, err, "bad_request")
        ctx.request = req
        auto = is_auto(cfg, req.model)
        if not auto and req.model not in cfg.models:
            unknown = RequestError(
                404,
                f"The model '{req.model}' does not exist; available: {', '.join(self.model_names())}",
                code="model_not_found",
                param="model",
            )
            return self.error(ctx, unknown, "unknown_model")

        # An explicit model skips classification unless a guard or the cache needs the signals.
        guards_on = cfg.prompt_guard.enabled or cfg.pii.enabled
        explicit_cache = self.cache is not None and cfg.semantic_cache.include_explicit_models
        result = Classification()
        text = text_for_classification([(m.role, m.text) for m in req.messages], cfg.classifier.input)
        if auto or guards_on or explicit_cache:
            result = await self._classify_request(ctx, req, text)
        ctx.classification = result

        with self.tracing.child(ctx.span, "routing_decision") as span:
            signals = Signals(result.category, result.confidence, result.entropy, result.source)
            rule = self.keywords.match(text) if auto else None
            if rule is not None:
                signals = Signals(rule[1], 1.0, 0.0, "keyword")
            category = cfg.category(signals.category or "other") if auto else None
            blocked = self._jailbreak(ctx, req, category, result)
            if blocked is not None:
                return blocked
            pii = detected_pii_types(cfg.pii, result)
            if auto:
                chosen = decide_auto(
                    cfg, req.model, signals, model_allowed=lambda m: not forbidden_types(cfg, m, pii)
                )
            else:
                chosen = decide_explicit(cfg, req.model)
                if cfg.pii.explicit_model_action == "block" and forbidden_types(cfg, req.model, pii):
                    chosen = None
            if chosen is None:
                return self._block_pii(ctx, req, pii)
            ctx.decision = decision = chosen
            span.set_attribute("selected_model", decision.selected_model)
            span.set_attribute("category", decision.category)
            span.set_attribute("reason", decision.reason)
        if auto:
            self.metrics.category_classifications.add(
                1, {"category": decision.category, "source": signals.source}
            )
        if pii:
            self.metrics.pii_detections.add(len(pii), {"model": decision.selected_model})

        if auto or explicit_cache:
            with self.tracing.child(ctx.span, "cache_lookup") as span:
                hit = await self.cache_lookup(ctx, req, decision, result)
                span.set_attribute("hit", hit is not None)
            if hit is not None:
                return hit
            ctx.cacheable = (
                self.cache is not None
                and not ctx.no_store
                and result.embedding is not None
                and (
                    cfg.semantic_cache.cache_pii_requests
                    or pii <= frozenset(cfg.semantic_cache.pii_types_cacheable)
                )
            )

        self.metrics.requests.add(1, {"model": decision.selected_model})
        upstream_headers = {**self.routing_headers(decision), **self.tracing.headers_for_upstream(ctx.span)}
        if not auto:
            # An explicit model is forwarded exactly as the client sent it.
            return Forward(None, upstream_headers)
        if decision.modified:
            self.metrics.routing_modifications.add(
                1, {"source_model": decision.original_model, "target_model": decision.selected_model}
            )
        new_body = openai.rewrite_request(
            req,
            model=decision.selected_model,
            reasoning=decision.reasoning,
            system_prompt=decision.system_prompt,
            system_prompt_mode="insert" if decision.system_prompt_mode == "insert" else "replace",
        )
        return Forward(new_body, upstream_headers)

    async def _classify_request(self, ctx: RequestContext, req: ChatRequest, text: str) -> Classification:
        """One encoder pass for the routed text; a second, batched alongside, when the jailbreak
        guard must see every role and that text differs."""
        with self.tracing.child(ctx.span, "classify", chars=len(text)) as span:
            guard = self.config.prompt_guard
            all_roles = "\n".join(m.text for m in req.messages if m.text)
            if guard.enabled and guard.check_roles == "all" and all_roles != text:
                result, everything = await asyncio.gather(self.classify(text), self.classify(all_roles))
                if everything.jailbreak_score is not None:
                    result = replace(result, jailbreak_score=everything.jailbreak_score)
            else:
                result = await self.classify(text)
            span.set_attribute("category", result.category or "")
            span.set_attribute("pii_count", len(result.pii))
        return result

    def _jailbreak(
        self, ctx: RequestContext, req: ChatRequest, category: Category | None, result: Classification
    ) -> Respond | None:
        verdict = check_jailbreak(self.config.prompt_guard, category, result.jailbreak_score)
        if verdict is None or not verdict.blocked:
            return None
        self.metrics.blocked.add(1, {"reason": "jailbreak"})
        headers = {
            "x-vsr-jailbreak-blocked": "true",
            "x-vsr-jailbreak-type": verdict.type,
            "x-vsr-jailbreak-confidence": f"{verdict.score:.3f}",
        }
        message = "This request was blocked by the prompt guard (suspected jailbreak or prompt injection)."
        return self._blocked(ctx, req, headers, message, code="jailbreak_detected")

    def _block_pii(self, ctx: RequestContext, req: ChatRequest, pii: frozenset[str]) -> Respond:
        cfg = self.config
        model = req.model if req.model in cfg.models else "auto"
        for t in sorted(pii):
            self.metrics.pii_violations.add(1, {"model": model, "pii_type": t})
        self.metrics.blocked.add(1, {"reason": "pii"})
        types = ",".join(sorted(pii))
        message = f"This request contains personal data ({types}) that no permitted model may receive."
        return self._blocked(ctx, req, {"x-vsr-pii-violation": types}, message, code="pii_policy_violation")

    def _blocked(
        self, ctx: RequestContext, req: ChatRequest, headers: dict[str, str], message: str, *, code: str
    ) -> Respond:
        guard = self.config.prompt_guard
        ctx.response_path = "blocked"
        headers = {**headers, "x-vsr-response-path": "blocked", "x-vsr-cache-hit": "false"}
        if guard.block_response == "error":
            err = RequestError(guard.error_status, message, type="content_policy_violation", code=code)
            return Respond(err.status, err.body(), headers)
        completion = openai.blocked_completion(req.model, message)
        if req.stream:
            return Respond(200, openai.completion_to_sse(completion), headers, "text/event-stream")
        return Respond(200, openai.dumps(completion), headers)

    def _cache_scope(self, ctx: RequestContext, decision: RoutingDecision) -> CacheScope:
        return CacheScope(tenant=ctx.tenant, model=decision.original_model, category=decision.category)

    async def cache_lookup(
        self, ctx: RequestContext, req: ChatRequest, decision: RoutingDecision, result: Classification
    ) -> Respond | None:
        cache, cfg = self.cache, self.config.semantic_cache
        if cache is None or ctx.no_cache or result.embedding is None:
            return None
        category = self.config.category(decision.category)
        threshold = cfg.similarity_threshold
        if category is not None and category.semantic_cache_similarity_threshold is not None:
            threshold = category.semantic_cache_similarity_threshold
        t0 = time.perf_counter()
        try:
            hits = await asyncio.wait_for(
                cache.lookup(self._cache_scope(ctx, decision), result.embedding, threshold),
                timeout=cfg.lookup_timeout_ms / 1000,
            )
        except (CacheUnavailable, TimeoutError) as exc:
            self.metrics.cache_errors.add(1, {"backend": cache.name, "operation": "lookup"})
            self.warn.warning("cache_lookup", "cache_lookup_failed", backend=cache.name, error=repr(exc))
            return None
        finally:
            self.metrics.cache_operation_duration.record(
                time.perf_counter() - t0, {"backend": cache.name, "operation": "lookup"}
            )
        query = req.last_user_text()
        for hit in hits:
            if cfg.verify_candidates and not verify_candidate(query, hit.entry.query, hit.similarity):
                continue
            completion = openai.parse_completion(hit.entry.response_body)
            if completion is None:
                continue
            self.metrics.cache_hits.add(1, {"backend": cache.name})
            ctx.response_path = "cache"
            fresh = openai.fresh_completion(completion)
            headers = self.client_headers(ctx, cache_hit=True)
            if req.stream:
                return Respond(200, openai.completion_to_sse(fresh), headers, "text/event-stream")
            return Respond(200, openai.dumps(fresh), headers)
        self.metrics.cache_misses.add(1, {"backend": cache.name})
        return None

    def client_headers(self, ctx: RequestContext, *, cache_hit: bool = False) -> dict[str, str]:
        """The x-vsr-* headers the client sees on the response."""
        d = ctx.decision
        headers = {
            "x-vsr-cache-hit": "true" if cache_hit else "false",
            "x-vsr-response-path": ctx.response_path,
        }
        if d is not None:
            headers["x-vsr-selected-model"] = d.selected_model
            if d.auto:
                headers["x-vsr-selected-category"] = d.category
                headers["x-vsr-selected-reasoning"] = "on" if d.use_reasoning else "off"
        return headers

    async def handle_response(self, ctx: RequestContext, status: int, body: bytes, streamed: bool) -> None:
        """Account for an upstream response and write it to the cache when it may be reused."""
        completion: openai.JSON | None
        if streamed:
            asm = openai.SSEAssembler()
            asm.feed(body)
            completion = asm.completion() if asm.done and not asm.malformed else None
        else:
            completion = openai.parse_completion(body)
        model = ctx.decision.selected_model if ctx.decision else "unknown"
        if completion is not None:
            usage = openai.usage_of(completion)
            self.metrics.prompt_tokens.add(usage.prompt_tokens, {"model": model})
            self.metrics.completion_tokens.add(usage.completion_tokens, {"model": model})
        if not (200 <= status < 300):
            self.metrics.errors.add(1, {"reason": "upstream_status", "status": str(status)})
            return
        if not ctx.cacheable or completion is None or ctx.request is None or ctx.decision is None:
            return
        # The write happens off the response path: the client never waits for the cache (a Milvus
        # insert takes ~16 ms); the entry becomes visible a moment after the response.
        task = asyncio.create_task(self._cache_write(ctx, ctx.request, ctx.decision, completion))
        self._writes.add(task)
        task.add_done_callback(self._writes.discard)

    async def _cache_write(
        self, ctx: RequestContext, req: ChatRequest, decision: RoutingDecision, completion: openai.JSON
    ) -> None:
        with self.tracing.child(ctx.span, "cache_write"):
            await self.cache_store(ctx, req, decision, completion)

    async def drain(self) -> None:
        """Wait for cache writes still in flight (shutdown)."""
        if self._writes:
            await asyncio.gather(*self._writes, return_exceptions=True)

    async def cache_store(
        self, ctx: RequestContext, req: ChatRequest, decision: RoutingDecision, completion: openai.JSON
    ) -> None:
        cache, result = self.cache, ctx.classification
        if cache is None or result is None or result.embedding is None:
            return
        now = time.time()
        entry = CacheEntry(
            scope=self._cache_scope(ctx, decision),
            query=req.last_user_text(),
            embedding=result.embedding,
            request_body=openai.dumps(req.raw),
            response_body=openai.dumps(completion),
            created_at=now,
            expires_at=now + self.config.semantic_cache.ttl_seconds,
        )
        t0 = time.perf_counter()
        try:
            await cache.store(entry)
        except Exception as exc:  # CacheUnavailable, or anything else: a write must never hurt a request
            self.metrics.cache_errors.add(1, {"backend": cache.name, "operation": "store"})
            self.warn.warning("cache_store", "cache_store_failed", backend=cache.name, error=repr(exc))
        finally:
            self.metrics.cache_operation_duration.record(
                time.perf_counter() - t0, {"backend": cache.name, "operation": "store"}
            )

    def log_decision(self, ctx: RequestContext) -> None:
        d, c = ctx.decision, ctx.classification
        fields: dict[str, object] = {
            "request_id": ctx.request_id,
            "path": ctx.path,
            "response_path": ctx.response_path,
            "latency_ms": round((time.perf_counter() - ctx.started) * 1000, 3),
        }
        if d is not None:
            fields.update(
                original_model=d.original_model,
                selected_model=d.selected_model,
                category=d.category,
                confidence=round(d.confidence, 4),
                reason=d.reason,
                reasoning=d.use_reasoning,
            )
        fields["cache_hit"] = ctx.response_path == "cache"
        if c is not None and c.pii:
            # Entity types and counts only: the values never reach logs or traces.
            fields["pii_types"] = sorted(c.pii_types)
            fields["pii_count"] = len(c.pii)
        if c is not None and c.jailbreak_score is not None:
            fields["jailbreak_score"] = round(c.jailbreak_score, 4)
        if self.config.observability.log_prompts and ctx.request is not None:
            fields["prompt"] = ctx.request.last_user_text()
        get_logger().info("routing_decision", **fields)
