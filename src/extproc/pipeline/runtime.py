"""One config generation of the router: its parts, its pipeline, and what happens around the steps.

The processor turns ext_proc messages into calls here and the outcomes back into messages, so this
package never sees protobufs, and the routing decision (router.py) never sees I/O.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from extproc import openai
from extproc.cache.service import SemanticCache
from extproc.classify.base import Classifier
from extproc.classify.keyword import KeywordMatcher
from extproc.config.schema import RouterConfig
from extproc.openai import RequestError
from extproc.pipeline.context import Outcome, RequestContext, Respond
from extproc.pipeline.steps import (
    CacheLookup,
    Classify,
    Decide,
    ExactRepeat,
    ForwardUpstream,
    Guard,
    Parse,
    Step,
    error_response,
    undecided_response,
)
from extproc.router import RoutingDecision
from extproc.telemetry import Metrics, RateLimitedLog, Tracing, get_logger


@dataclass(eq=False)  # identity: the app tracks generations in sets
class Runtime:
    """Everything one config generation needs. Swapped whole on reload; streams keep the one they began with."""

    config: RouterConfig
    metrics: Metrics
    tracing: Tracing = field(default_factory=Tracing)
    classifier: Classifier | None = None
    cache: SemanticCache | None = None
    warn: RateLimitedLog = field(default_factory=RateLimitedLog)
    keywords: KeywordMatcher = field(init=False)
    steps: tuple[Step, ...] = field(init=False)
    # Streams using this generation right now (the app closes replaced parts when it drops to 0).
    streams: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        self.keywords = KeywordMatcher(self.config.keyword_rules)
        self.steps = (
            Parse(self),
            ExactRepeat(self),
            Classify(self),
            Guard(self),
            Decide(self),
            CacheLookup(self),
            ForwardUpstream(self),
        )

    @property
    def caches_explicit_models(self) -> bool:
        return self.cache is not None and self.config.semantic_cache.include_explicit_models

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

    def answering_cluster(self, decision: RoutingDecision) -> str:
        """The Envoy cluster that answers when the route follows the router's headers."""
        if self.config.routing.endpoint_mode and decision.endpoint:
            return self.config.routing.endpoint_cluster
        return decision.cluster

    def error(self, ctx: RequestContext, err: RequestError, reason: str) -> Respond:
        return error_response(self, ctx, err, reason)

    # -- request ---------------------------------------------------------------------------------

    async def handle_body(self, ctx: RequestContext, body: bytes) -> Outcome:
        """Run the steps in order until one returns an outcome. A step that raises ends the request
        with an OpenAI-style 500 from the router: a chat request is never forwarded undecided."""
        ctx.body = body
        t0 = time.perf_counter()
        deadline = self.config.server.decision_deadline_ms / 1000 if self._refusing_guards else None
        try:
            async with asyncio.timeout(deadline):
                for step in self.steps:
                    try:
                        outcome = await step(ctx)
                    except Exception as exc:
                        return self._step_failed(ctx, step.name, exc)
                    if outcome is not None:
                        return outcome
            raise AssertionError("the forward step always returns an outcome")
        except TimeoutError:
            return self._deadline_passed(ctx)
        finally:
            self.metrics.routing_latency.record(time.perf_counter() - t0)

    @property
    def _refusing_guards(self) -> list[str]:
        """Guards that are on and refuse when they cannot decide (`on_error: refuse`)."""
        cfg = self.config
        return [
            name
            for name, guard in (("prompt_guard", cfg.prompt_guard), ("pii", cfg.pii))
            if guard.enabled and guard.on_error == "refuse"
        ]

    def _deadline_passed(self, ctx: RequestContext) -> Respond:
        """`server.decision_deadline_ms` ran out with a guard that refuses on error: the router
        answers 503 now, before Envoy's message_timeout can decide for it (fail-open, Envoy would
        forward the request unchecked, and a long enough prompt would make that happen at will).
        Without such a guard there is no deadline: routing and the cache fail open anyway."""
        refusing = self._refusing_guards
        for name in refusing:
            self.metrics.guard_undecided.add(1, {"guard": name})
        get_logger().warning(
            "decision_deadline_exceeded",
            request_id=ctx.request_id,
            deadline_ms=self.config.server.decision_deadline_ms,
        )
        return undecided_response(
            self,
            ctx,
            refusing,
            "The router's guards could not finish checking this request in time; it was not "
            "forwarded. Retry shortly, or send a shorter request.",
            code="guard_deadline_exceeded",
            reason="guard_deadline",
        )

    def _step_failed(self, ctx: RequestContext, step: str, exc: Exception) -> Outcome:
        # The exception's type only: its message may quote the request (a prompt, an SSN).
        get_logger().error(
            "pipeline_step_failed", step=step, error=type(exc).__name__, request_id=ctx.request_id
        )
        err = RequestError(
            500,
            "The router failed to process this request; it was not forwarded.",
            type="server_error",
            code="router_internal_error",
        )
        return error_response(self, ctx, err, "internal")

    async def handle_bad_hit(self, ctx: RequestContext, body: bytes) -> Respond:
        """`POST /v1/cache/bad-hit`: evict the entry the caller was served, within its own tenant."""
        try:
            entry_id = openai.parse_bad_hit_report(body)
        except RequestError as err:
            return self.error(ctx, err, "bad_request")
        if self.cache is None:
            return self.error(ctx, RequestError(404, "the semantic cache is not enabled"), "no_cache")
        evicted = await self.cache.report_bad_hit(ctx.tenant, entry_id)
        return Respond(200, openai.dumps({"id": entry_id, "evicted": evicted}), {})

    # -- response --------------------------------------------------------------------------------

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
        req, decision, embedding = ctx.request, ctx.decision, ctx.classification.embedding
        if (
            not ctx.cacheable
            or completion is None
            or req is None
            or decision is None
            or embedding is None
            or self.cache is None
        ):
            return
        if (
            self.config.semantic_cache.verify_upstream_cluster
            and ctx.upstream_cluster != self.answering_cluster(decision)
        ):
            # Answered by another cluster than the one chosen (the router timed out and Envoy took the
            # default route, say): never stored under the routed model.
            self.metrics.cache_errors.add(1, {"backend": self.cache.name, "operation": "store_unverified"})
            return
        scope = self.cache.scope(ctx.tenant, req, decision)
        self.cache.store_later(scope, req, decision, embedding, completion, ctx.span)

    async def drain(self) -> None:
        """Wait for cache writes still in flight (shutdown)."""
        if self.cache is not None:
            await self.cache.drain()

    def log_decision(self, ctx: RequestContext) -> None:
        """One `routing_decision` event per chat request: what was decided, never what was asked
        (prompt text only with `observability.log_prompts`)."""
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
        if c.pii:
            # Entity types and counts only: the values never reach logs or traces.
            fields["pii_types"] = sorted(c.pii_types)
            fields["pii_count"] = len(c.pii)
        if c.jailbreak_score is not None:
            fields["jailbreak_score"] = round(c.jailbreak_score, 4)
        if self.config.observability.log_prompts and ctx.request is not None:
            fields["prompt"] = ctx.request.last_user_text()
        get_logger().info("routing_decision", **fields)
