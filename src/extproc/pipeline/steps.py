"""The request pipeline's steps: parse -> classify -> guard -> decide -> cache -> forward.

Each step reads and fills the RequestContext and returns None to continue or an Outcome to end the
request there. Steps never catch their own bugs: the Pipeline turns any exception into a defined
error answer (never a pass-through).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from extproc import openai
from extproc.cache.service import ANONYMOUS, CachedAnswer
from extproc.classify.base import Classification, Classifier, GuardClassifier, GuardScan
from extproc.classify.text import text_for_classification
from extproc.classify.windows import WindowSpec
from extproc.config.schema import MESSAGE_ROLES, RENDERED_FIELDS
from extproc.guard import (
    check_jailbreak,
    detected_pii_types,
    forbidden_types,
    jailbreak_applies,
    reroute_decision,
    structured_validator,
    types_allowed_nowhere,
)
from extproc.guard.decode import with_payloads
from extproc.openai import RequestError
from extproc.pipeline.context import Forward, Outcome, RequestContext, Respond, client_headers
from extproc.router import RoutingDecision, Signals, decide_auto, decide_explicit, is_auto

if TYPE_CHECKING:
    from extproc.pipeline.runtime import Runtime


class Step(Protocol):
    name: str

    async def __call__(self, ctx: RequestContext) -> Outcome | None: ...


def error_response(rt: Runtime, ctx: RequestContext, err: RequestError, reason: str) -> Respond:
    """An OpenAI-style error answered by the router; counted by reason and status."""
    ctx.response_path = "error"
    rt.metrics.errors.add(1, {"reason": reason, "status": str(err.status)})
    return Respond(err.status, err.body(), {"x-vsr-response-path": "error"})


def blocked_response(
    rt: Runtime, ctx: RequestContext, headers: dict[str, str], message: str, *, code: str
) -> Respond:
    """A guard's refusal: an error body, or a `content_filter` completion (SSE when streaming)."""
    guard = rt.config.prompt_guard
    ctx.response_path = "blocked"
    headers = {**headers, "x-vsr-response-path": "blocked", "x-vsr-cache-hit": "false"}
    if guard.block_response == "error":
        err = RequestError(guard.error_status, message, type="content_policy_violation", code=code)
        return Respond(err.status, err.body(), headers)
    model = ctx.request.model if ctx.request is not None else ""
    return completion_response(openai.blocked_completion(model, message), ctx, headers)


def undecided_response(
    rt: Runtime, ctx: RequestContext, guards: list[str], message: str, *, code: str, reason: str
) -> Respond:
    """A 503 for a request the `guards` could not decide (they refuse when undecided), counted as
    blocked and as an error under `reason`."""
    rt.metrics.blocked.add(1, {"reason": reason})
    err = RequestError(503, message, type="server_error", code=code)
    out = error_response(rt, ctx, err, reason)
    return Respond(out.status, out.body, {**out.headers, "x-vsr-guard-undecided": ",".join(guards)})


def completion_response(completion: openai.JSON, ctx: RequestContext, headers: dict[str, str]) -> Respond:
    """A completion the router answers itself, as JSON or as SSE when the client asked to stream."""
    if ctx.request is not None and ctx.request.stream:
        return Respond(200, openai.completion_to_sse(completion), headers, "text/event-stream")
    return Respond(200, openai.dumps(completion), headers)


class RuntimeStep:
    """A step bound to the config generation (Runtime) it runs in."""

    name = "step"

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt


class Parse(RuntimeStep):
    """Validate the body as a chat request; an unknown explicit model is refused here."""

    name = "parse"

    def __init__(self, rt: Runtime) -> None:
        super().__init__(rt)
        server = rt.config.server
        self.limits = openai.JSONLimits(server.max_json_depth, server.max_integer_digits)

    async def __call__(self, ctx: RequestContext) -> Outcome | None:
        cfg = self.rt.config
        try:
            req = openai.parse_chat_request(ctx.body, cfg.server.max_body_bytes, self.limits)
        except RequestError as err:
            return error_response(self.rt, ctx, err, "bad_request")
        ctx.request = req
        ctx.auto = is_auto(cfg, req.model)
        if not ctx.auto and req.model not in cfg.models:
            unknown = RequestError(
                404,
                f"The model '{req.model}' does not exist; available: {', '.join(self.rt.model_names())}",
                code="model_not_found",
                param="model",
            )
            return error_response(self.rt, ctx, unknown, "unknown_model")
        return None


class ExactRepeat(RuntimeStep):
    """The same request (scope and full text) answered before under this config: served from a hash
    index, without an encoder pass. Anything else takes the full path."""

    name = "exact_cache"

    async def __call__(self, ctx: RequestContext) -> Outcome | None:
        cache, req = self.rt.cache, ctx.request
        assert req is not None
        if cache is None or ctx.no_cache or not cache.serves(ctx.tenant):
            return None
        if not (ctx.auto or self.rt.caches_explicit_models):
            return None
        answer = cache.exact_lookup(cache.exact_key(ctx.tenant, req))
        if answer is None or answer.decision is None:
            return None
        ctx.decision = answer.decision
        return cached_response(ctx, answer)


def cached_response(ctx: RequestContext, answer: CachedAnswer) -> Respond:
    ctx.response_path = "cache"
    ctx.cache_similarity = answer.similarity
    ctx.cache_entry = answer.entry_id
    fresh = openai.fresh_completion(answer.completion)
    return completion_response(fresh, ctx, client_headers(ctx, cache_hit=True))


class Classify(RuntimeStep):
    """The routing pass over the routing text's head and the guards' reading of every checked message
    in full (overlapping windows through the micro-batcher; the first window of a short prompt is the
    routing row, so it costs one encoder run), plus keyword rules.

    An explicit model skips the encoder unless a guard or the cache needs its signals. A classifier
    failure leaves the signals empty: routing falls back to keyword rules and the default model.
    Checked messages over `prompt_guard.max_tokens_checked` tokens are refused (413), never forwarded
    unchecked.
    """

    name = "classify"

    def __init__(self, rt: Runtime) -> None:
        super().__init__(rt)
        cfg = rt.config
        guard = cfg.prompt_guard
        self.spec = WindowSpec(guard.window_tokens, guard.window_overlap, guard.max_tokens_checked)
        # A category may turn the jailbreak guard on while it is off globally: read whole messages then too.
        self.guards_on = cfg.guards_on

    async def __call__(self, ctx: RequestContext) -> Outcome | None:
        rt, cfg = self.rt, self.rt.config
        req = ctx.request
        assert req is not None
        ctx.text = text_for_classification([(m.role, m.text) for m in req.messages], cfg.classifier.input)
        if self.guards_on:
            if req.own_template is not None:
                return self._own_template(ctx, req.own_template)
            if cfg.prompt_guard.media_parts == "refuse":
                unread = media_in_checked(req, cfg.prompt_guard.check_roles)
                if unread is not None:
                    return self._unread_media(ctx, *unread)
            checked = checked_texts(req, cfg.prompt_guard.check_roles, ctx.text)
            ctx.checked = await self._with_payloads(checked) if cfg.prompt_guard.decode_payloads else checked
            ctx.classification, ctx.guard_scan, ctx.classifier_failed = await self._guarded(ctx, ctx.checked)
            scan = ctx.guard_scan
            if scan is not None and scan.over_cap:
                return self._too_long(ctx, scan.tokens)
        elif ctx.auto or rt.caches_explicit_models:
            ctx.classification, ctx.classifier_failed = await self._classify_request(ctx)
        result = ctx.classification
        ctx.signals = Signals(result.category, result.confidence, result.entropy, result.source)
        if ctx.auto:
            rule = rt.keywords.match(ctx.text)
            if rule is not None:
                ctx.signals = Signals(rule[1], 1.0, 0.0, "keyword")
        return None

    async def _guarded(
        self, ctx: RequestContext, checked: list[str]
    ) -> tuple[Classification, GuardScan | None, bool]:
        """Routing pass and guard scan in one submission; the scan's jailbreak score and PII spans
        replace the routing pass's (they cover the whole of every checked message)."""
        rt = self.rt
        with rt.tracing.child(ctx.span, "classify", chars=len(ctx.text)) as span:
            classifier = rt.classifier
            t0 = time.perf_counter()
            try:
                if classifier is None:
                    return Classification(), None, True
                if isinstance(classifier, GuardClassifier):
                    result, scan = await classifier.classify_request(
                        ctx.text, checked, self.spec, self._row_scope(ctx)
                    )
                else:
                    result, scan = await self._scan_whole_texts(classifier, ctx.text, checked)
            except Exception as exc:
                rt.metrics.classifier_errors.add(1, {"error": type(exc).__name__})
                rt.warn.warning("classifier", "classifier_failed", error=type(exc).__name__)
                return Classification(), None, True
            rt.metrics.classifier_latency.record(time.perf_counter() - t0, {"classifier": "onnx"})
            if not scan.over_cap:
                result = replace(result, jailbreak_score=scan.jailbreak_score, pii=scan.pii)
            span.set_attribute("category", result.category or "")
            span.set_attribute("pii_count", len(result.pii))
            span.set_attribute("guard_tokens", scan.tokens)
            span.set_attribute("guard_windows", scan.windows)
            span.set_attribute("guard_windows_cached", scan.windows_cached)
            if scan.jailbreak_message >= 0:
                span.set_attribute("jailbreak_message", scan.jailbreak_message)
                span.set_attribute("jailbreak_chars", list(scan.jailbreak_chars))
        return result, scan, False

    def _row_scope(self, ctx: RequestContext) -> str | None:
        """The caller's scope in the classifier's row cache (None: not cached; see `classify.rowcache`)."""
        if ctx.tenant == ANONYMOUS and not self.rt.config.classifier.row_cache.anonymous:
            return None
        return ctx.tenant

    async def _scan_whole_texts(
        self, classifier: Classifier, text: str, checked: list[str]
    ) -> tuple[Classification, GuardScan]:
        """A classifier without windows (a plug-in with only `classify`): each checked text once, whole."""
        results = await asyncio.gather(classifier.classify(text), *(classifier.classify(t) for t in checked))
        scores = [(r.jailbreak_score, m) for m, r in enumerate(results[1:]) if r.jailbreak_score is not None]
        best = max(scores, default=(None, -1), key=lambda x: -1.0 if x[0] is None else x[0])
        spans = tuple(replace(s, message=m) for m, r in enumerate(results[1:]) for s in r.pii)
        chars = (0, len(checked[best[1]])) if best[1] >= 0 else (0, 0)
        return results[0], GuardScan(
            jailbreak_score=best[0],
            jailbreak_message=best[1],
            pii=spans,
            windows=len(checked),
            jailbreak_chars=chars,
        )

    @staticmethod
    async def _with_payloads(checked: list[str]) -> list[str]:
        if sum(len(t) for t in checked) <= _INLINE_VALIDATION_CHARS:
            return with_payloads(checked)
        # About 20-70 ms of pattern scans for the largest body the guards read: off the event loop.
        return await asyncio.to_thread(with_payloads, checked)

    def _unread_media(self, ctx: RequestContext, index: int, kind: str) -> Respond:
        err = RequestError(
            400,
            f"messages[{index}] has a {kind!r} part, which the router's guards cannot read "
            "(prompt_guard.media_parts: refuse)",
            code="media_not_checkable",
            param=f"messages.[{index}].content",
        )
        self.rt.metrics.blocked.add(1, {"reason": "media"})
        return error_response(self.rt, ctx, err, "media_not_checkable")

    def _own_template(self, ctx: RequestContext, where: str) -> Respond:
        # The template decides what the model reads; one sent with the request could print text the
        # guards never saw (vLLM refuses these too unless started with --trust-request-chat-template).
        err = RequestError(
            400,
            f"'{where}' is not accepted while the router's guards are on: a request's own chat "
            "template could show the model text the guards never read",
            code="chat_template_not_allowed",
            param=where,
        )
        self.rt.metrics.blocked.add(1, {"reason": "chat_template"})
        return error_response(self.rt, ctx, err, "chat_template_not_allowed")

    def _too_long(self, ctx: RequestContext, tokens: int) -> Respond:
        limit = self.rt.config.prompt_guard.max_tokens_checked
        err = RequestError(
            413,
            f"The checked messages hold {tokens} tokens; the router's guards read at most {limit} "
            "tokens per request. Shorten the conversation.",
            type="invalid_request_error",
            code="prompt_too_long_to_check",
            param="messages",
        )
        self.rt.metrics.blocked.add(1, {"reason": "too_long_to_check"})
        return error_response(self.rt, ctx, err, "prompt_too_long_to_check")

    async def _classify_request(self, ctx: RequestContext) -> tuple[Classification, bool]:
        """The routing pass alone (no guard on): the classification, and whether it failed."""
        rt = self.rt
        assert ctx.request is not None
        with rt.tracing.child(ctx.span, "classify", chars=len(ctx.text)) as span:
            result, failed = await self._run(ctx.text)
            span.set_attribute("category", result.category or "")
        return result, failed

    async def _run(self, text: str) -> tuple[Classification, bool]:
        rt = self.rt
        if rt.classifier is None:
            # Nothing to ask: routing uses keywords and the default; a guard has no verdict.
            return Classification(), True
        t0 = time.perf_counter()
        try:
            result = await rt.classifier.classify(text)
        except Exception as exc:
            # Routing fails open (keyword rules, default model); the guards decide what a failure means.
            rt.metrics.classifier_errors.add(1, {"error": type(exc).__name__})
            rt.warn.warning("classifier", "classifier_failed", error=type(exc).__name__)
            return Classification(), True
        rt.metrics.classifier_latency.record(time.perf_counter() - t0, {"classifier": "onnx"})
        return result, False


# Between the checked messages of a conversation in the text the guards read (a chat template puts
# its turn markers there).
MESSAGE_SEPARATOR = "\n\n"


def checked_texts(req: openai.ChatRequest, roles: Sequence[str], routing_text: str) -> list[str]:
    """The texts the guards read in full: first the conversation, i.e. every non-empty message of a
    checked role joined in order into one text, then the rendered fields `check_roles` names (tool
    definitions, documents) and always the template kwargs' strings; the routing text when there is
    none (a conversation of other roles is still checked). One text, not one per message: the model
    reads consecutive turns as one prompt, so an attack split over many short messages ("Ignore",
    "all previous", "instructions ...") must fall into the same windows, and a thousand one-word
    messages cost the windows of their words, not a thousand windows. A role that is none of the
    known ones ("human", "customer") is checked too: chat templates that print the role as given show
    it to the model as another speaker's turn, so an unknown role must not be a way around the guard."""
    wanted = set(roles)
    messages = [m.text for m in req.messages if (m.role in wanted or m.role not in MESSAGE_ROLES) and m.text]
    texts = [MESSAGE_SEPARATOR.join(messages)] if messages else []
    texts += [r.text for r in req.rendered if r.source in wanted or r.source not in RENDERED_FIELDS]
    return texts or ([routing_text] if routing_text else [])


def media_in_checked(req: openai.ChatRequest, roles: Sequence[str]) -> tuple[int, str] | None:
    """The first media part (message index, part type) in a message the guards read, if any."""
    wanted = set(roles)
    for i, m in enumerate(req.messages):
        if m.media and (m.role in wanted or m.role not in MESSAGE_ROLES):
            return i, m.media[0]
    return None


# Below these sizes the structured-PII validation and the payload decoding run inline (tens of
# microseconds; a thread hop would cost more).
_INLINE_VALIDATION_CHARS = 2_000
_INLINE_VALIDATION_SPANS = 8


class Guard(RuntimeStep):
    """The jailbreak guard blocks (or reroutes, `action: reroute`); PII spans of structured types are
    validated, and the types that remain are recorded for the decision's per-model policies."""

    name = "guard"

    def __init__(self, rt: Runtime) -> None:
        super().__init__(rt)
        pii = rt.config.pii
        self.validator = structured_validator(pii)
        detectable = getattr(rt.classifier, "pii_types", None)
        if detectable:
            nowhere = types_allowed_nowhere(rt.config, detectable)
            if nowhere:
                # Any request carrying one of these is refused whatever it asks: usually a config slip.
                rt.warn.warning(
                    "pii_policy",
                    "pii_types_allowed_by_no_model",
                    types=nowhere,
                    hint="allow them on a model, or list them in pii.types_ignored",
                )

    async def __call__(self, ctx: RequestContext) -> Outcome | None:
        rt, cfg = self.rt, self.rt.config
        category = cfg.category(ctx.signals.category or "other") if ctx.auto else None
        if ctx.classifier_failed:
            # No verdict to act on: each guard that had to decide follows its on_error.
            undecided: dict[str, str] = {}
            if jailbreak_applies(cfg.prompt_guard, category):
                undecided["prompt_guard"] = cfg.prompt_guard.on_error
            if cfg.pii.enabled:
                undecided["pii"] = cfg.pii.on_error
            for name in undecided:
                rt.metrics.guard_undecided.add(1, {"guard": name})
            refusing = sorted(name for name, action in undecided.items() if action == "refuse")
            if refusing:
                return self._undecided(ctx, refusing)
        verdict = check_jailbreak(cfg.prompt_guard, category, ctx.classification.jailbreak_score)
        if verdict is not None and verdict.blocked:
            rt.metrics.blocked.add(1, {"reason": "jailbreak"})
            headers = {
                "x-vsr-jailbreak-blocked": "true",
                "x-vsr-jailbreak-type": verdict.type,
                "x-vsr-jailbreak-confidence": f"{verdict.score:.3f}",
            }
            message = (
                "This request was blocked by the prompt guard (suspected jailbreak or prompt injection)."
            )
            return blocked_response(rt, ctx, headers, message, code="jailbreak_detected")
        ctx.jailbreak_rerouted = verdict is not None and verdict.rerouted
        if self.validator is not None and ctx.guard_scan is not None and ctx.request is not None:
            checked = ctx.checked
            spans = ctx.classification.pii
            if (
                sum(len(t) for t in checked) > _INLINE_VALIDATION_CHARS
                or len(spans) > _INLINE_VALIDATION_SPANS
            ):
                # Pattern scans and library checks grow with the text (up to ~0.3 s for 16k tokens of
                # crafted digits): off the event loop, which serves every other request meanwhile.
                spans = await asyncio.to_thread(self.validator.filter, checked, spans)
            else:
                spans = self.validator.filter(checked, spans)
            ctx.classification = replace(ctx.classification, pii=spans)
        ctx.pii = detected_pii_types(cfg.pii, ctx.classification)
        return None

    def _undecided(self, ctx: RequestContext, guards: list[str]) -> Respond:
        return undecided_response(
            self.rt,
            ctx,
            guards,
            "The request could not be checked by the router's guards right now; retry shortly.",
            code="guard_unavailable",
            reason="guard_unavailable",
        )


class Decide(RuntimeStep):
    """Signals -> model (router.py, pure); a model whose PII policy forbids a detected type is vetoed."""

    name = "decide"

    async def __call__(self, ctx: RequestContext) -> Outcome | None:
        rt, cfg = self.rt, self.rt.config
        req = ctx.request
        assert req is not None
        pii = ctx.pii
        with rt.tracing.child(ctx.span, "routing_decision") as span:
            decision: RoutingDecision | None
            if ctx.jailbreak_rerouted:
                # The jailbreak guard chose the model (prompt_guard.action: reroute); PII still applies.
                decision = reroute_decision(cfg, req.model, ctx.signals, auto=ctx.auto)
                if forbidden_types(cfg, decision.selected_model, pii):
                    decision = None
            elif ctx.auto:
                decision = decide_auto(
                    cfg, req.model, ctx.signals, model_allowed=lambda m: not forbidden_types(cfg, m, pii)
                )
            else:
                decision = decide_explicit(cfg, req.model)
                if cfg.pii.explicit_model_action == "block" and forbidden_types(cfg, req.model, pii):
                    decision = None
            if decision is None:
                return self._block_pii(ctx)
            ctx.decision = decision
            span.set_attribute("selected_model", decision.selected_model)
            span.set_attribute("category", decision.category)
            span.set_attribute("reason", decision.reason)
        if ctx.auto:
            rt.metrics.category_classifications.add(
                1, {"category": decision.category, "source": ctx.signals.source}
            )
        if pii:
            rt.metrics.pii_detections.add(len(pii), {"model": decision.selected_model})
        return None

    def _block_pii(self, ctx: RequestContext) -> Respond:
        rt, cfg = self.rt, self.rt.config
        assert ctx.request is not None
        model = ctx.request.model if ctx.request.model in cfg.models else "auto"
        for t in sorted(ctx.pii):
            rt.metrics.pii_violations.add(1, {"model": model, "pii_type": t})
        rt.metrics.blocked.add(1, {"reason": "pii"})
        types = ",".join(sorted(ctx.pii))
        message = f"This request contains personal data ({types}) that no permitted model may receive."
        return blocked_response(rt, ctx, {"x-vsr-pii-violation": types}, message, code="pii_policy_violation")


class CacheLookup(RuntimeStep):
    """Answer from the semantic cache on a verified hit; otherwise note whether the answer may be stored."""

    name = "cache"

    async def __call__(self, ctx: RequestContext) -> Outcome | None:
        rt = self.rt
        if not (ctx.auto or rt.caches_explicit_models):
            return None
        req, decision, embedding = ctx.request, ctx.decision, ctx.classification.embedding
        assert req is not None and decision is not None
        cache = rt.cache
        serves = cache is not None and cache.serves(ctx.tenant)
        with rt.tracing.child(ctx.span, "cache_lookup") as span:
            answer = None
            if cache is not None and serves and not ctx.no_cache and embedding is not None:
                scope = cache.scope(ctx.tenant, req, decision)
                answer = await cache.lookup(scope, req.last_user_text(), embedding)
            span.set_attribute("hit", answer is not None)
        if answer is not None:
            return cached_response(ctx, answer)
        ctx.cacheable = (
            cache is not None
            and serves
            and embedding is not None
            and cache.may_store(no_store=ctx.no_store, pii_types=ctx.pii)
        )
        return None


class ForwardUpstream(RuntimeStep):
    """Send it on: an explicit model byte for byte, an `auto` request rewritten for the chosen model."""

    name = "forward"

    async def __call__(self, ctx: RequestContext) -> Outcome | None:
        rt = self.rt
        req, decision = ctx.request, ctx.decision
        assert req is not None and decision is not None
        rt.metrics.requests.add(1, {"model": decision.selected_model})
        headers = {**rt.routing_headers(decision), **rt.tracing.headers_for_upstream(ctx.span)}
        if not ctx.auto and not decision.modified:
            return Forward(None, headers)
        if decision.modified:
            rt.metrics.routing_modifications.add(
                1, {"source_model": decision.original_model, "target_model": decision.selected_model}
            )
        body = openai.rewrite_request(
            req,
            model=decision.selected_model,
            reasoning=decision.reasoning,
            system_prompt=decision.system_prompt,
            system_prompt_mode="insert" if decision.system_prompt_mode == "insert" else "replace",
        )
        return Forward(body, headers)
