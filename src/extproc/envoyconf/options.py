"""What a deployment chooses about Envoy (profile, addresses, timeouts, limits); no Envoy types here."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from extproc.config import RouterConfig

# The ext_proc cluster and the listener keep these names: tests, the chart and DevStack find them by name.
ROUTER_CLUSTER = "semantic_router"
LISTENER = "llm_listener"
# The prefix of the router's own immediate responses' details (`semantic_router_<response path>`),
# which local-reply mapping leaves alone.
ROUTER_DETAILS_PREFIX = "semantic_router_"
# Request headers the router reads from clients; everything else named x-vsr-* is the router's to set.
CLIENT_VSR_HEADERS = ("x-vsr-cache-control",)
# Set by the router for Envoy and the upstream; a client must never be able to choose them.
ROUTER_SET_HEADERS = ("x-selected-model", "x-gateway-destination-endpoint")
VSR_PREFIX = "x-vsr-"
MIB = 1024 * 1024


class Profile(StrEnum):
    """What Envoy does when it cannot get the router's decision (down, too slow, or overloaded).

    fail-open: the request goes on unprocessed to the default route (availability first: no routing,
      no cache and no guards for it). Client-sent routing headers are stripped before ext_proc, so it
      can only ever take the default route.
    guarded: the request is refused with an OpenAI-style 503 (no request reaches a model without the
      router's decision).
    """

    FAIL_OPEN = "fail-open"
    GUARDED = "guarded"


@dataclass(frozen=True)
class HostPort:
    host: str
    port: int

    @classmethod
    def parse(cls, text: str) -> HostPort:
        host, sep, port = text.rpartition(":")
        if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise ValueError(f"expected HOST:PORT, got {text!r}")
        return cls(host.strip("[]"), int(port))

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"


@dataclass(frozen=True)
class CircuitBreakerLimits:
    """Circuit breakers of the ext_proc (router) cluster.

    Each in-flight client request holds one ext_proc stream from its request headers until its
    response body has passed (a streamed answer can take minutes), so `max_requests` is the number of
    concurrent client requests one Envoy hands to the router. Envoy's default (1,024) is reached by a
    busy pod; past it, fail-open forwards requests unprocessed and guarded refuses them. Idle streams
    cost the router almost nothing (classification is bounded by its own batcher), so the default here
    is 4,096. Envoy opens HTTP/2 connections of `ROUTER_MAX_CONCURRENT_STREAMS` streams each (to spread
    streams over router workers), so `max_connections` is sized to carry `max_requests`;
    `max_pending_requests` absorbs bursts while new connections are being opened.
    """

    max_requests: int = 4096
    max_pending_requests: int = 1024
    max_connections: int = 1024


# Streams per HTTP/2 connection to the router, and streams per connection before Envoy opens a fresh
# one: several short-lived connections instead of one long-lived one, so router worker processes sharing
# the port (SO_REUSEPORT, server.workers) all get streams.
ROUTER_MAX_CONCURRENT_STREAMS = 4
ROUTER_MAX_REQUESTS_PER_CONNECTION = 50


@dataclass(frozen=True)
class JwtOptions:
    """Envoy's jwt_authn filter puts a verified claim into the router's `routing.tenant_header`.

    The tenant header is then trusted because only Envoy can set it: client-sent values are removed
    by the early header mutation (before any filter runs), and jwt_authn writes the claim of a token
    it verified against the local JWKS. A request whose token fails verification (bad signature,
    expired, wrong issuer or audience, malformed) gets an OpenAI-style 401. A request without a token
    passes with no tenant header (so, with no `authorization` either, it is anonymous: not cached
    unless semantic_cache.anonymous) unless `require` is set, in which case it gets the 401 too.
    """

    issuer: str
    tenant_claim: str = "tenant"
    # The JWKS: a file Envoy reads at start (a path as Envoy sees it), or the JWKS JSON inline.
    jwks_file: str | None = None
    jwks_inline: str | None = None
    audiences: tuple[str, ...] = ()
    # Where the token is: `authorization: Bearer <jwt>` by default; another header carries it bare.
    from_header: str = "authorization"
    require: bool = False
    # The header the claim goes into; None: the router config's routing.tenant_header.
    tenant_header: str | None = None

    def __post_init__(self) -> None:
        if (self.jwks_file is None) == (self.jwks_inline is None):
            raise ValueError("jwt: give exactly one of a JWKS file or an inline JWKS")
        if not self.issuer or not self.tenant_claim:
            raise ValueError("jwt: the issuer and the tenant claim must not be empty")

    @property
    def value_prefix(self) -> str:
        return "Bearer " if self.from_header.lower() == "authorization" else ""

    def header_for(self, cfg: RouterConfig) -> str:
        """The tenant header jwt_authn writes: the router config's, which it must agree with."""
        configured = (cfg.routing.tenant_header or "").lower()
        wanted = (self.tenant_header or configured).lower()
        if not wanted:
            raise ValueError(
                "jwt: the router config sets no routing.tenant_header (the header jwt_authn writes "
                "the verified claim into); set it, or pass --tenant-header NAME"
            )
        if configured and configured != wanted:
            raise ValueError(
                f"jwt: --tenant-header {wanted!r} differs from the router config's routing.tenant_header "
                f"{configured!r}; the router would never read the verified claim"
            )
        return wanted


@dataclass(frozen=True)
class EnvoyOptions:
    profile: Profile = Profile.FAIL_OPEN
    listen: HostPort = HostPort("0.0.0.0", 8801)
    admin: HostPort = HostPort("127.0.0.1", 9901)
    # Where the router's gRPC port is; default: loopback, the config's server.grpc_port.
    router: HostPort | None = None
    # Upstream address per model cluster, keyed by cluster name or model name.
    upstreams: Mapping[str, HostPort] = field(default_factory=dict)
    # ext_proc: one message (a classification plus a cache lookup) must fit message_timeout.
    message_timeout_s: float = 2.0
    max_message_timeout_s: float = 10.0
    grpc_timeout_s: float = 5.0
    # Chat completions can take minutes; streaming responses must not be cut.
    route_timeout_s: float = 300.0
    stream_idle_timeout_s: float = 300.0
    upstream_connect_timeout_s: float = 2.0
    # Bodies up to this size reach the router (which answers its own server.max_body_bytes with an
    # OpenAI 413); bigger ones get Envoy's 413, mapped to OpenAI error JSON.
    buffer_limit_bytes: int = 8 * MIB
    limits: CircuitBreakerLimits = field(default_factory=CircuitBreakerLimits)
    # The tenant header set from a verified JWT claim (jwt_authn); None: no JWT filter.
    jwt: JwtOptions | None = None


def routing_headers_to_strip(
    cfg: RouterConfig, *, tenant_from_jwt: str | None = None
) -> tuple[list[str], list[str]]:
    """Client request headers Envoy removes before ext_proc: exact names, and regexes (RE2, whole name)
    that together match every x-vsr-* header except the ones the router reads from clients.

    Without JWT the tenant header is the client's to send (kept: a proxy in front of Envoy may set
    it). With `tenant_from_jwt` (the header jwt_authn writes) it is removed too: only jwt_authn, which
    runs after this, may set it."""
    keep = set(CLIENT_VSR_HEADERS)
    tenant = (cfg.routing.tenant_header or "").lower()
    if tenant.startswith(VSR_PREFIX) and not tenant_from_jwt:
        keep.add(tenant)
    names: tuple[str, ...] = (cfg.routing.cluster_header.lower(), *ROUTER_SET_HEADERS)
    if tenant_from_jwt:
        names = (*names, tenant_from_jwt.lower())
    exact = [h for h in dict.fromkeys(names) if not h.startswith(VSR_PREFIX)]
    suffixes = [k[len(VSR_PREFIX) :] for k in sorted(keep)]
    return exact, [VSR_PREFIX + "(?:" + "|".join(chunk) + ")" for chunk in _chunks(none_of(suffixes))]


def none_of(words: Iterable[str]) -> list[str]:
    """RE2 alternatives (no lookahead) that together match every string except exactly one of `words`:
    for each proper prefix p of a word, `p` itself (unless it is a word) and `p` followed by a character
    no word continues with; after a whole word, anything longer unless another word continues it."""
    words = set(words)
    prefixes = sorted({w[:i] for w in words for i in range(len(w) + 1)})
    alts: list[str] = []
    for p in prefixes:
        nexts = sorted({w[len(p)] for w in words if len(w) > len(p) and w.startswith(p)})
        if p not in words:
            alts.append(re.escape(p).replace("\\-", "-"))
        if nexts:
            alts.append(
                re.escape(p).replace("\\-", "-") + "[^" + "".join(re.escape(c) for c in nexts) + "].*"
            )
        else:
            alts.append(re.escape(p).replace("\\-", "-") + ".+")
    return alts


def _chunks(alts: list[str], budget: int = 120) -> list[list[str]]:
    """Envoy refuses regexes whose RE2 program exceeds 100 instructions: several small ones instead."""
    out: list[list[str]] = [[]]
    for alt in alts:
        if out[-1] and sum(len(a) + 1 for a in out[-1]) + len(alt) > budget:
            out.append([])
        out[-1].append(alt)
    return out
