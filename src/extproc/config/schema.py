"""Typed schema of the router's `config.yaml`.

Key names follow the vLLM Semantic Router where the concept is the same, so its users can bring their
config. Every model forbids unknown keys: a typo is reported with its path, never silently ignored.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

import phonenumbers
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from extproc.openai import GENERATION_PATHS, ROUTER_PATHS

# National phone formats accepted besides pii.default_phone_region: the most common regions of
# English- and European-language traffic. Each costs one parse per phone span, only when earlier ones fail.
DEFAULT_PHONE_REGIONS = (
    "GB",
    "CA",
    "AU",
    "IN",
    "IE",
    "DE",
    "FR",
    "ES",
    "IT",
    "NL",
    "BE",
    "CH",
    "AT",
    "BR",
    "MX",
)


def _phone_region(value: str) -> str:
    region = value.upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise ValueError(f"{value!r} is not a region phonenumbers knows (ISO 3166-1 alpha-2, e.g. US, GB)")
    return region


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ServerConfig(Strict):
    host: str = "127.0.0.1"
    grpc_port: int = Field(50051, ge=0, le=65535)
    # Largest request body the router accepts; bigger bodies get an OpenAI-style 413.
    max_body_bytes: int = Field(1_048_576, gt=0)
    # Largest upstream response the router keeps a copy of, for the cache write and token metrics.
    # Envoy forwards bigger ones untouched; they are just not cached or counted.
    max_response_bytes: int = Field(8_388_608, gt=0)
    # Request JSON shapes refused with a 400 (see openai.JSONLimits).
    max_json_depth: int = Field(64, ge=4, le=1000)
    max_integer_digits: int = Field(64, ge=20, le=4000)
    # The router's own budget for deciding a request body (parse, classify, guards, cache lookup).
    # Past it, with a guard on that refuses when undecided (`on_error: refuse`), the router answers
    # 503 itself (without such a guard there is no deadline). Keep it below Envoy's ext_proc message_timeout (2 s in the
    # generated config; `extproc envoy-config --check` compares them): when Envoy's timeout fires
    # first, the fail-open profile forwards the request unchecked, and any client could make that
    # happen with a long enough prompt.
    decision_deadline_ms: float = Field(1750.0, gt=0)
    # Seconds that in-flight streams get to finish after SIGTERM/SIGINT.
    shutdown_grace_seconds: float = Field(10.0, ge=0)
    # Worker processes sharing the gRPC port through SO_REUSEPORT (1 = single process). The parent
    # serves every worker's metrics on observability.metrics_port, labelled `worker`.
    workers: int = Field(1, ge=1, le=64)
    # Seconds between checks of the config file for changes (0 = reload on SIGHUP only).
    config_watch_interval_seconds: float = Field(2.0, ge=0)

    @model_validator(mode="after")
    def _workers_share_one_port(self) -> ServerConfig:
        # Port 0 would give every worker its own random port, and Envoy knows only one.
        if self.workers > 1 and self.grpc_port == 0:
            raise ValueError("server.workers > 1 needs a fixed server.grpc_port (0 picks one per worker)")
        return self


class PIIPolicy(Strict):
    allow_by_default: bool = True
    pii_types_allowed: list[str] = Field(default_factory=list)

    def allows(self, pii_type: str) -> bool:
        return self.allow_by_default or pii_type in self.pii_types_allowed


class ModelEntry(Strict):
    # Envoy cluster that serves this model (used through the cluster header).
    cluster: str
    # Optional `ip:port` for the endpoint-picker mode (`x-gateway-destination-endpoint`).
    endpoint: str | None = None
    reasoning_family: str | None = None
    pii_policy: PIIPolicy = Field(default_factory=PIIPolicy)
    description: str = ""


class ReasoningStyle(StrEnum):
    CHAT_TEMPLATE_KWARGS = "chat_template_kwargs"
    REASONING_EFFORT = "reasoning_effort"


class ReasoningFamily(Strict):
    type: ReasoningStyle
    parameter: str


class ModelScore(Strict):
    model: str
    score: float = Field(ge=0.0, le=1.0)
    use_reasoning: bool = False
    reasoning_effort: Literal["low", "medium", "high"] | None = None


class Category(Strict):
    name: str
    description: str = ""
    model_scores: list[ModelScore] = Field(min_length=1)
    system_prompt: str | None = None
    # `replace` swaps any client system message for ours; `insert` puts ours before the client's.
    system_prompt_mode: Literal["replace", "insert"] = "replace"
    # Overrides semantic_cache.similarity_threshold for this category.
    semantic_cache_similarity_threshold: float | None = Field(None, ge=0.0, le=1.0)
    jailbreak_enabled: bool | None = None
    jailbreak_threshold: float | None = Field(None, ge=0.0, le=1.0)


class KeywordRule(Strict):
    name: str
    category: str
    operator: Literal["OR", "AND", "NOR"] = "OR"
    keywords: list[str] = Field(min_length=1)
    case_sensitive: bool = False


class RoutingConfig(Strict):
    # Header an Envoy route's `cluster_header` reads.
    cluster_header: str = "x-vsr-destination-cluster"
    # Also set `x-gateway-destination-endpoint` (a model's `endpoint`) for an ORIGINAL_DST cluster: Envoy
    # then connects to that address through `endpoint_cluster` (`extproc envoy-config` generates both).
    endpoint_mode: bool = False
    endpoint_cluster: str = "original_destination"
    # Header carrying the caller's tenant; when unset, the scope is a hash of `authorization`.
    tenant_header: str | None = None
    # Paths besides the router's own (POST /v1/chat/completions, GET /v1/models) that go on unprocessed to
    # the default model, any method: no routing, cache or guards. Every other path gets a 404 from the
    # router and from Envoy's routes (`extproc envoy-config`), so no generation endpoint the router does
    # not guard (/v1/completions, /v1/responses, ...) is reachable by accident. Exact, normalised paths.
    passthrough_paths: list[str] = Field(default_factory=list)

    @field_validator("passthrough_paths")
    @classmethod
    def _paths_normalised(cls, v: list[str]) -> list[str]:
        for p in v:
            segments = p.split("/")[1:]
            if (
                not p.startswith("/")
                or any(c in p for c in "?#%\\")
                or any(seg in ("", ".", "..") for seg in segments)
            ):
                raise ValueError(
                    f"routing.passthrough_paths: {p!r} is not a normalised path (a leading /, no empty, . or .. "
                    "segments, no trailing /, no query, %-escapes or backslashes)"
                )
            if p in ROUTER_PATHS:
                raise ValueError(f"routing.passthrough_paths: {p!r} is the router's own path")
        return v


class ClassifierInput(Strict):
    # Which text the classifiers see.
    include_system_prompt: bool = False
    include_history: bool = False
    max_chars: int = Field(8_000, gt=0)


class HeadOverride(Strict):
    """Bring-your-own ONNX classifier for one head."""

    model_path: str
    tokenizer_path: str
    label_map_path: str
    kind: Literal["sequence", "token"] = "sequence"


class RowCacheConfig(Strict):
    """Encoder results per caller and exact row of tokens (`extproc.classify.rowcache`): a
    conversation's earlier messages are not re-read by the guards on every turn."""

    # Rows kept (least recently used dropped first); about 2 KB each. 0 turns the cache off.
    entries: int = Field(8192, ge=0, le=1_000_000)
    # Anonymous callers share one scope; sharing rows between them would let one tell from the timing
    # whether another recently sent an exact message. Off unless the deployment has no such concern.
    anonymous: bool = False


class ClassifierConfig(Strict):
    enabled: bool = True
    models_dir: str = "models"
    # Prefer CUDA when present; `use_cpu: true` forces the CPU provider.
    use_cpu: bool = False
    precision: Literal["auto", "fp32", "int8"] = "auto"
    intra_op_threads: int = Field(0, ge=0)
    inter_op_threads: int = Field(0, ge=0)
    max_tokens: int = Field(128, ge=8, le=512)
    batch_max_size: int = Field(32, ge=1, le=1024)
    batch_wait_ms: float = Field(1.0, ge=0.0, le=100.0)
    # How the int8 (CPU) graph runs a micro-batch: `per_row` runs each prompt alone, so its result never
    # depends on the prompts batched with it; `padded` runs one padded batch (faster on some CPUs, but
    # dynamic quantization then shifts scores with the batch's contents).
    int8_batching: Literal["per_row", "padded"] = "per_row"
    # Below this top-class probability the category is `other`.
    category_threshold: float = Field(0.5, ge=0.0, le=1.0)
    # Normalised entropy above which an `auto` request turns reasoning on (1.0 disables the switch).
    reasoning_entropy_threshold: float = Field(1.0, ge=0.0, le=1.0)
    input: ClassifierInput = Field(default_factory=ClassifierInput)
    domain_model: HeadOverride | None = None
    jailbreak_model: HeadOverride | None = None
    pii_model: HeadOverride | None = None
    row_cache: RowCacheConfig = Field(default_factory=RowCacheConfig)


class MilvusConfig(Strict):
    uri: str = "http://127.0.0.1:19530"
    # v2: entries are keyed by tenant, model and answer context (a v1 collection lacks those fields).
    collection: str = "semantic_cache_v2"
    index_type: str = "FLAT"
    index_params: dict[str, int | float | str] = Field(default_factory=dict)
    metric_type: Literal["COSINE", "IP", "L2"] = "COSINE"
    consistency_level: Literal["Strong", "Bounded", "Session", "Eventually"] = "Strong"
    user: str | None = None
    password: str | None = None
    token: str | None = None
    secure: bool = False
    server_pem_path: str | None = None
    timeout_seconds: float = Field(1.0, gt=0)
    # Bodies larger than this are stored truncated-out: the entry is skipped.
    max_body_bytes: int = Field(60_000, gt=0)


class SemanticCacheConfig(Strict):
    enabled: bool = False
    backend_type: Literal["memory", "milvus"] = "memory"
    # Cosine gate of the candidate search. `auto`: the gate the learned verifier's threshold was
    # chosen at (`cache_verifier.json`, written by the build), or 0.80 for the rules verifier (the
    # gate its figures were measured at); needs `verify_candidates`.
    similarity_threshold: Annotated[float, Field(ge=0.0, le=1.0)] | Literal["auto"] = 0.9
    max_entries: int = Field(10_000, gt=0)
    ttl_seconds: float = Field(3600.0, gt=0)
    eviction_policy: Literal["fifo", "lru", "lfu"] = "fifo"
    # Also look up requests that name an explicit model (not only `auto`).
    include_explicit_models: bool = False
    # Write requests that carried PII too.
    cache_pii_requests: bool = False
    # Detected types that do not stop a write: place names and dates in "capital of Australia?" or
    # "events in 1848" are the question, not personal data.
    pii_types_cacheable: list[str] = Field(
        default_factory=lambda: ["DATE_TIME", "GPE", "LOCATION", "NRP", "ORGANIZATION"]
    )
    # Lookup budget: slower lookups count as a miss (fail open). A lookup takes 1-2 ms on a quiet
    # machine; the budget is for a saturated one, where a lookup waits behind the CPU: at 32 requests in
    # flight on 2 cores, 50 ms lost 3-12% of lookups (and their hits) to Milvus Lite and 150 ms none
    # (bench/results/cache_e2e-milvus-c32-timeout*.json), while a miss costs a model call of 100s of ms.
    lookup_timeout_ms: float = Field(150.0, gt=0)
    # Reject candidates whose numbers / named entities differ from the query.
    verify_candidates: bool = True
    # Which verifier: `rules` (exact layer, numbers, entities, negations, antonyms, ... in
    # cache/verify.py) or `learned` (a cross-encoder built by `make models CACHE_VERIFIER=1`; measured
    # worse on the independent test set so far, see README).
    verifier: Literal["rules", "learned"] = "rules"
    # Readiness waits until the backend answers (otherwise the cache is optional and fails open).
    required: bool = False
    # Cache requests that carry no credentials (no `authorization`, no tenant header). Off by default:
    # all anonymous callers would share one scope, so one could shape what the next is served.
    anonymous: bool = False
    # Store an answer only when Envoy's `x-vsr-upstream-cluster` response header (reference envoy.yaml)
    # shows it came from the cluster the router chose; a request that went elsewhere (router timed
    # out, fail-open default route) is never stored under the routed model.
    verify_upstream_cluster: bool = True
    # Exact repeats (same scope, same full text) are answered from an in-process hash index without an
    # encoder pass; this bounds that index's memory.
    exact_max_bytes: int = Field(64 * 1024 * 1024, ge=0)
    milvus: MilvusConfig = Field(default_factory=MilvusConfig)

    @model_validator(mode="after")
    def _auto_needs_a_verifier(self) -> SemanticCacheConfig:
        if self.similarity_threshold == "auto" and not self.verify_candidates:
            raise ValueError(
                "similarity_threshold: auto is the gate a verifier was calibrated at; with "
                "verify_candidates: false set a number (0.9 serves few near misses unverified)"
            )
        return self


# Roles a chat message can have; `prompt_guard.check_roles` names some of them.
MESSAGE_ROLES = ("system", "developer", "user", "assistant", "tool", "function")
# Request fields besides the messages that chat templates render into the prompt and
# `prompt_guard.check_roles` may name: tool definitions, and vLLM's RAG documents.
RENDERED_FIELDS = ("tools", "documents")


class PromptGuardConfig(Strict):
    enabled: bool = False
    threshold: float = Field(0.7, ge=0.0, le=1.0)
    # Roles whose messages the jailbreak and PII checks read, each in full (overlapping windows),
    # and the rendered fields (`tools`, `documents`) read likewise. `user` and `all` (every role and
    # field) are accepted.
    check_roles: list[str] = Field(default_factory=lambda: ["user"], min_length=1)
    # Guard windows: `window_tokens` tokens each (special tokens included; at most the encoder's 512
    # positions), overlapping by `window_overlap`. 64, not the routing pass's 128: an attack shares its
    # window with fewer benign tokens, whose mean-pooled features dilute its score (docs/classifier.md).
    # A message that fits in one window shares the routing pass's encoder run.
    window_tokens: int = Field(64, ge=16, le=512)
    window_overlap: int = Field(16, ge=0)
    # Images, audio and files carry no text the guards read (a screenshot or a PDF can hold an
    # instruction). `refuse`: a checked message with such a part is a 400 while a guard is on.
    media_parts: Literal["allow", "refuse"] = "allow"
    # Base64, base32, hex, percent-encoded, binary, Morse and spelling-alphabet runs in checked texts,
    # and sentences in ROT13, Atbash, leetspeak or reversed, are decoded and read too
    # (`guard/decode.py`): an encoded instruction is one the model can read.
    decode_payloads: bool = True
    # Hard cap on tokens checked per request (all checked messages together). A request over it is
    # refused with an OpenAI-style 413 `prompt_too_long_to_check`: nothing unchecked is forwarded.
    max_tokens_checked: int = Field(16_384, ge=16)
    # `block`: scores >= threshold are refused. `reroute`: scores in [reroute_threshold, threshold) go
    # to `reroute_model` (header x-vsr-jailbreak-rerouted: true); scores >= threshold are still refused.
    action: Literal["block", "reroute"] = "block"
    reroute_threshold: float = Field(0.5, ge=0.0, le=1.0)
    reroute_model: str | None = None
    # `content_filter`: a 200 completion with finish_reason content_filter; `error`: a 4xx error body.
    block_response: Literal["content_filter", "error"] = "error"
    error_status: int = Field(403, ge=400, le=499)
    # When the guard cannot decide (the classifier failed): `refuse` answers an OpenAI-style 503,
    # `allow` lets the request through unchecked (counted in llm_guard_undecided_total).
    on_error: Literal["refuse", "allow"] = "refuse"

    @field_validator("check_roles", mode="before")
    @classmethod
    def _roles(cls, v: object) -> object:
        if v == "all":
            return [*MESSAGE_ROLES, *RENDERED_FIELDS]
        if isinstance(v, str):
            return [v]
        return v

    @field_validator("check_roles")
    @classmethod
    def _known_roles(cls, v: list[str]) -> list[str]:
        unknown = [r for r in v if r not in MESSAGE_ROLES and r not in RENDERED_FIELDS]
        if unknown:
            raise ValueError(
                f"unknown role(s) {unknown}; roles are {list(MESSAGE_ROLES)}, fields "
                f"{list(RENDERED_FIELDS)} (or `all`)"
            )
        return list(dict.fromkeys(v))

    @model_validator(mode="after")
    def _windows(self) -> PromptGuardConfig:
        if self.window_overlap * 2 > self.window_tokens - 4:
            raise ValueError(
                f"window_overlap {self.window_overlap} must be under half of window_tokens {self.window_tokens}"
            )
        if self.max_tokens_checked < self.window_tokens:
            raise ValueError("max_tokens_checked must be at least window_tokens")
        if self.action == "reroute" and self.reroute_threshold >= self.threshold:
            raise ValueError(
                f"reroute_threshold {self.reroute_threshold} must be below threshold {self.threshold}"
            )
        return self


class PIIConfig(Strict):
    enabled: bool = False
    threshold: float = Field(0.5, ge=0.0, le=1.0)
    # Explicit model names are checked too: `block` or `allow` when their policy forbids a type.
    explicit_model_action: Literal["block", "allow"] = "block"
    # When PII detection cannot decide (the classifier failed): `refuse` (503) or `allow`.
    on_error: Literal["refuse", "allow"] = "refuse"
    # Detected types that are not personal data for the policy (like place names): a link in a prompt
    # must not block it. Listed types are dropped before any model's pii_policy is consulted.
    types_ignored: list[str] = Field(default_factory=lambda: ["URL"])
    # Structured types (cards, IBANs, SSNs, phone numbers, IPs) are checked by python-stdnum,
    # phonenumbers and ipaddress; a span that fails is dropped (a look-alike, not PII).
    validate_structured: bool = True
    # With validate_structured: card numbers and IBANs found anywhere by pattern and checksum count as
    # detected even where the token model missed or mistyped them (a checksum is stronger evidence).
    pattern_recognizers: bool = True
    # Region for phone numbers written without a country code.
    default_phone_region: str = "US"
    # Further regions whose national formats are accepted too (a UK "07911 123456" is not a valid US
    # number); a number with a + prefix is checked against its own country code. ISO 3166 codes.
    phone_regions: list[str] = Field(
        default_factory=lambda: list(DEFAULT_PHONE_REGIONS), description="ISO 3166-1 alpha-2 codes"
    )

    @field_validator("default_phone_region")
    @classmethod
    def _known_region(cls, value: str) -> str:
        return _phone_region(value)

    @field_validator("phone_regions")
    @classmethod
    def _known_regions(cls, value: list[str]) -> list[str]:
        return [_phone_region(v) for v in value]


class ObservabilityConfig(Strict):
    metrics_port: int | None = Field(9190, ge=0, le=65535)
    metrics_host: str = "127.0.0.1"
    otlp_endpoint: str | None = None
    service_name: str = "semantic-router"
    # Log prompt text in routing_decision events (debug only).
    log_prompts: bool = False
    log_level: Literal["debug", "info", "warning", "error"] = "info"


class RouterConfig(Strict):
    server: ServerConfig = Field(default_factory=ServerConfig)
    default_model: str
    # Model names that ask the router to choose.
    auto_model_names: list[str] = Field(default_factory=lambda: ["auto", "MoM"])
    default_reasoning_effort: Literal["low", "medium", "high"] = "medium"
    model_config_: dict[str, ModelEntry] = Field(alias="model_config", min_length=1)
    reasoning_families: dict[str, ReasoningFamily] = Field(default_factory=dict)
    categories: list[Category] = Field(default_factory=list)
    keyword_rules: list[KeywordRule] = Field(default_factory=list)
    routing: RoutingConfig = Field(default_factory=RoutingConfig)
    classifier: ClassifierConfig = Field(default_factory=ClassifierConfig)
    semantic_cache: SemanticCacheConfig = Field(default_factory=SemanticCacheConfig)
    prompt_guard: PromptGuardConfig = Field(default_factory=PromptGuardConfig)
    pii: PIIConfig = Field(default_factory=PIIConfig)
    observability: ObservabilityConfig = Field(default_factory=ObservabilityConfig)

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @property
    def guards_on(self) -> bool:
        """Whether any guard can refuse a request (the jailbreak guard, for all or some categories,
        or the PII guard)."""
        return (
            self.prompt_guard.enabled or self.pii.enabled or any(c.jailbreak_enabled for c in self.categories)
        )

    @property
    def models(self) -> dict[str, ModelEntry]:
        return self.model_config_

    def category(self, name: str) -> Category | None:
        for c in self.categories:
            if c.name == name:
                return c
        return None

    @field_validator("auto_model_names")
    @classmethod
    def _auto_names_nonempty(cls, v: list[str]) -> list[str]:
        if not v:
            raise ValueError("at least one auto model name is required")
        return v

    @model_validator(mode="after")
    def _references_resolve(self) -> RouterConfig:
        models = self.model_config_
        if self.default_model not in models:
            raise ValueError(f"default_model {self.default_model!r} is not defined in model_config")
        for name, entry in models.items():
            if name in self.auto_model_names:
                raise ValueError(f"model_config.{name}: a model may not use an auto model name")
            fam = entry.reasoning_family
            if fam is not None and fam not in self.reasoning_families:
                raise ValueError(f"model_config.{name}.reasoning_family {fam!r} is not in reasoning_families")
        seen: set[str] = set()
        for i, cat in enumerate(self.categories):
            if cat.name in seen:
                raise ValueError(f"categories[{i}].name {cat.name!r} is defined twice")
            seen.add(cat.name)
            for j, ms in enumerate(cat.model_scores):
                if ms.model not in models:
                    raise ValueError(
                        f"categories[{i}].model_scores[{j}].model {ms.model!r} is not defined in model_config"
                    )
        pg = self.prompt_guard
        if pg.enabled and pg.action == "reroute":
            if pg.reroute_model is None:
                raise ValueError("prompt_guard.reroute_model is required when prompt_guard.action is reroute")
            if pg.reroute_model not in models:
                raise ValueError(
                    f"prompt_guard.reroute_model {pg.reroute_model!r} is not defined in model_config"
                )
        if (self.prompt_guard.enabled or self.pii.enabled) and not self.classifier.enabled:
            guard = "prompt_guard" if self.prompt_guard.enabled else "pii"
            raise ValueError(f"{guard}.enabled needs classifier.enabled: a guard cannot decide without it")
        if self.prompt_guard.enabled or self.pii.enabled:
            unguarded = sorted(set(self.routing.passthrough_paths) & GENERATION_PATHS)
            if unguarded:
                raise ValueError(
                    f"routing.passthrough_paths {unguarded} generate text from a prompt the guards would "
                    "never see; remove them while prompt_guard or pii is enabled"
                )
        for i, rule in enumerate(self.keyword_rules):
            if rule.category not in seen:
                raise ValueError(f"keyword_rules[{i}].category {rule.category!r} is not a defined category")
        return self
