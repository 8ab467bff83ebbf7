"""A small router config, a scripted classifier and a Runtime over the real memory cache backend.

The classifier is the only stand-in: it returns what a test scripts for a text, so each pipeline
outcome can be reached deliberately. Everything else (steps, routing, guards, cache service, memory
backend, OpenAI rendering) is the real code.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from extproc.cache.memory import MemoryCache
from extproc.cache.service import SemanticCache
from extproc.classify.base import Classification, Embedding, GuardScan, PIISpan
from extproc.classify.windows import WindowSpec
from extproc.config.schema import RouterConfig
from extproc.pipeline import RequestContext, Runtime
from extproc.pipeline.steps import MESSAGE_SEPARATOR
from extproc.telemetry import RateLimitedLog, metrics

DIM = 16

CONFIG: dict[str, Any] = {
    "default_model": "general",
    "routing": {"passthrough_paths": ["/v1/embeddings"]},
    "model_config": {
        "fast": {
            "cluster": "c_fast",
            "pii_policy": {"allow_by_default": False, "pii_types_allowed": ["PERSON"]},
        },
        "general": {
            "cluster": "c_general",
            "pii_policy": {"allow_by_default": False, "pii_types_allowed": ["PERSON", "EMAIL_ADDRESS"]},
        },
        "thinker": {
            "cluster": "c_thinker",
            "reasoning_family": "qwen3",
            "pii_policy": {"allow_by_default": False, "pii_types_allowed": ["PERSON"]},
        },
    },
    "reasoning_families": {"qwen3": {"type": "chat_template_kwargs", "parameter": "enable_thinking"}},
    "categories": [
        {
            "name": "math",
            "system_prompt": "You are a mathematician.",
            "model_scores": [
                {"model": "thinker", "score": 0.9, "use_reasoning": True},
                {"model": "general", "score": 0.5},
            ],
        },
        {"name": "other", "model_scores": [{"model": "fast", "score": 0.8}]},
    ],
    "keyword_rules": [{"name": "calc", "category": "math", "keywords": ["integral"]}],
    "classifier": {"enabled": True},
    "semantic_cache": {"enabled": True, "backend_type": "memory", "similarity_threshold": 0.8},
    "prompt_guard": {"enabled": True, "threshold": 0.7},
    # Scripted spans carry no real values: structured-PII validation is tested on its own.
    "pii": {"enabled": True, "validate_structured": False},
    "observability": {"metrics_port": None},
}


def embed(text: str) -> Embedding:
    """A deterministic unit vector per text (equal texts, equal vectors)."""
    seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
    v = np.random.default_rng(seed).standard_normal(DIM).astype(np.float32)
    out: Embedding = v / np.linalg.norm(v)
    return out


class ScriptedClassifier:
    """Answers from a script keyed by text; unscripted texts get category `other`, no PII, score 0."""

    def __init__(self) -> None:
        self.script: dict[str, Classification] = {}
        self.fail_with: Exception | None = None
        # Seconds each call takes (a slow or overloaded classifier).
        self.delay = 0.0
        self.calls: list[str] = []
        # The texts each guard scan read.
        self.checked: list[list[str]] = []
        # The row-cache scope each classify_request got.
        self.scopes: list[str | None] = []

    @property
    def embedding_dim(self) -> int | None:
        return DIM

    def says(
        self,
        text: str,
        *,
        category: str = "other",
        jailbreak: float = 0.0,
        pii: tuple[str, ...] = (),
        embeds_like: str | None = None,
        spans: tuple[PIISpan, ...] = (),
    ) -> None:
        """Script the classifier's answer for `text`; `embeds_like` gives it another text's embedding;
        `spans` are PII spans with real offsets (`pii` gives placeholder spans of those types)."""
        spans = spans + tuple(PIISpan(t, 0, 1, 0.99) for t in pii)
        self.script[text] = Classification(
            category=category,
            confidence=0.9,
            jailbreak_score=jailbreak,
            pii=spans,
            embedding=embed(embeds_like or text),
            source="model",
        )

    async def classify(self, text: str) -> Classification:
        self.calls.append(text)
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.fail_with is not None:
            raise self.fail_with
        default = Classification(
            category="other", confidence=0.9, jailbreak_score=0.0, embedding=embed(text), source="model"
        )
        return self.script.get(text, default)

    async def classify_request(
        self, routing_text: str, checked: Sequence[str], spec: WindowSpec, scope: str | None = None
    ) -> tuple[Classification, GuardScan]:
        """The routing text's answer, and a scan of the checked texts from their scripted answers:
        highest jailbreak score, spans numbered by message; a token is a whitespace-separated word."""
        result = await self.classify(routing_text)
        self.checked.append(list(checked))
        self.scopes.append(scope)
        tokens = sum(len(t.split()) for t in checked)
        if tokens > spec.max_tokens_checked:
            return result, GuardScan(tokens=tokens, over_cap=True)
        # A checked text may be a conversation (messages joined by MESSAGE_SEPARATOR): each message
        # is answered from the script like one window, its spans shifted into the joined text.
        scores: list[tuple[float, int]] = []
        spans_found: list[PIISpan] = []
        for m, text in enumerate(checked):
            start = 0
            for part in text.split(MESSAGE_SEPARATOR):
                answer = await self.classify(part)
                scores.append((answer.jailbreak_score or 0.0, m))
                spans_found += [
                    replace(s, start=s.start + start, end=s.end + start, message=m) for s in answer.pii
                ]
                start += len(part) + len(MESSAGE_SEPARATOR)
        best, message = max(scores, default=(0.0, -1))
        spans = tuple(spans_found)
        return result, GuardScan(
            jailbreak_score=best, jailbreak_message=message, pii=spans, tokens=tokens, windows=len(checked)
        )

    async def close(self) -> None:
        return None


def make_runtime(
    overrides: Callable[[dict[str, Any]], None] | None = None,
) -> tuple[Runtime, ScriptedClassifier, MemoryCache]:
    raw = json.loads(json.dumps(CONFIG))
    if overrides is not None:
        overrides(raw)
    cfg = RouterConfig.model_validate(raw)
    m = metrics()
    backend = MemoryCache(DIM, 100, purge_interval_seconds=3600)
    cache = SemanticCache(backend, cfg.semantic_cache, m, warn=RateLimitedLog())
    classifier = ScriptedClassifier()
    return Runtime(config=cfg, metrics=m, classifier=classifier, cache=cache), classifier, backend


COMPLETION: dict[str, Any] = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "x",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "42"}, "finish_reason": "stop"}],
    "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4},
}


def chat_body(text: str, model: str = "auto", **extra: Any) -> bytes:
    return json.dumps({"model": model, "messages": [{"role": "user", "content": text}], **extra}).encode()


def context(tenant: str = "a:alice") -> RequestContext:
    return RequestContext(method="POST", path="/v1/chat/completions", tenant=tenant)
