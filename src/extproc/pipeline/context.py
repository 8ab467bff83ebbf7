"""What the pipeline knows about one request, and the outcomes a step can end it with (plain types)."""

from __future__ import annotations

import hashlib
import posixpath
import time
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import unquote

from opentelemetry.trace import Span

from extproc.cache.service import ANONYMOUS
from extproc.classify.base import Classification, GuardScan
from extproc.openai import ChatRequest
from extproc.router import RoutingDecision, Signals

ResponsePath = Literal["upstream", "cache", "blocked", "error"]


@dataclass(slots=True)
class RequestContext:
    """Per-request facts from the request headers, then what each pipeline step found or decided."""

    request_id: str = ""
    method: str = ""
    path: str = ""
    tenant: str = ANONYMOUS
    no_cache: bool = False
    no_store: bool = False
    started: float = field(default_factory=time.perf_counter)
    # The request's trace span (chat requests only); ended when the stream finishes.
    span: Span | None = None
    # -- filled by the steps, in order -----------------------------------------------------------
    body: bytes = b""
    request: ChatRequest | None = None
    # The client asked the router to choose (`auto` or an alias).
    auto: bool = False
    # The text the classifiers and keyword rules read (`classifier.input`).
    text: str = ""
    classification: Classification = field(default_factory=Classification)
    # The classifier was asked and failed: guards cannot decide on this request.
    classifier_failed: bool = False
    signals: Signals = field(default_factory=Signals)
    # The guards' reading of every checked message in full (None when no guard read the request).
    guard_scan: GuardScan | None = None
    # The texts the guards read (checked messages and rendered fields, then decoded payloads).
    checked: list[str] = field(default_factory=list)
    # PII entity types detected with enough confidence (empty when PII checks are off).
    pii: frozenset[str] = frozenset()
    # The jailbreak guard sent the request to prompt_guard.reroute_model (action: reroute).
    jailbreak_rerouted: bool = False
    decision: RoutingDecision | None = None
    cacheable: bool = False
    cache_similarity: float | None = None
    cache_entry: str = ""
    response_path: ResponsePath = "upstream"
    # The Envoy cluster that actually answered (Envoy's `x-vsr-upstream-cluster` response header).
    upstream_cluster: str | None = None


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


def canonical_path(raw: str) -> str:
    """The path an upstream server would act on, so no spelling of a chat path skips the router.

    Query and fragment dropped; percent-escapes decoded (repeatedly, so double encoding cannot hide a
    path from us either); `.`/`..` segments resolved; repeated and trailing slashes removed. Envoy
    normalises too (reference envoy.yaml); this holds when it is configured differently."""
    path = raw.split("?", 1)[0].split("#", 1)[0]
    for _ in range(3):
        decoded = unquote(path)
        if decoded == path:
            break
        path = decoded
    path = posixpath.normpath("/" + path.replace("\\", "/"))
    # normpath keeps a leading "//" (POSIX allows it to mean something else); HTTP does not.
    return "/" + path.lstrip("/")


def encoded_twice(raw: str) -> bool:
    """Whether the path still holds percent-escapes after one decoding ("%2563" for "c"). Servers
    decode once; `canonical_path` decodes until nothing changes, so such a path is one path to the
    router and another to an upstream, and no client has a reason to send one."""
    path = raw.split("?", 1)[0].split("#", 1)[0]
    once = unquote(path)
    return unquote(once) != once


def caller_scope(headers: dict[str, str], tenant_header: str | None) -> str:
    """The caller's cache scope: a configured tenant header, else a hash of the credentials."""
    if tenant_header:
        value = headers.get(tenant_header.lower())
        if value:
            return "t:" + hashlib.sha256(value.encode()).hexdigest()[:32]
    auth = headers.get("authorization")
    if auth:
        return "a:" + hashlib.sha256(auth.encode()).hexdigest()[:32]
    return ANONYMOUS


def client_headers(ctx: RequestContext, *, cache_hit: bool = False) -> dict[str, str]:
    """The x-vsr-* headers the client sees on the response."""
    d = ctx.decision
    headers = {
        "x-vsr-cache-hit": "true" if cache_hit else "false",
        "x-vsr-response-path": ctx.response_path,
    }
    if cache_hit:
        if ctx.cache_similarity is not None:
            headers["x-vsr-cache-similarity"] = f"{ctx.cache_similarity:.4f}"
        if ctx.cache_entry:
            # Quoted back in a bad-hit report (POST /v1/cache/bad-hit) to evict this entry.
            headers["x-vsr-cache-entry"] = ctx.cache_entry
    if ctx.jailbreak_rerouted:
        headers["x-vsr-jailbreak-rerouted"] = "true"
    if d is not None:
        headers["x-vsr-selected-model"] = d.selected_model
        if d.auto:
            headers["x-vsr-selected-category"] = d.category
            headers["x-vsr-selected-reasoning"] = "on" if d.use_reasoning else "off"
    return headers
