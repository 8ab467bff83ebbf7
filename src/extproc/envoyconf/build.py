"""Build the Envoy bootstrap for a router config from envoy-data-plane's typed messages."""

from __future__ import annotations

import datetime
from typing import Any

import betterproto2
from envoy_data_plane.envoy.config.accesslog import v3 as accesslog
from envoy_data_plane.envoy.config.bootstrap import v3 as bootstrap
from envoy_data_plane.envoy.config.cluster import v3 as cluster
from envoy_data_plane.envoy.config.common.mutation_rules import v3 as mutation_rules
from envoy_data_plane.envoy.config.core import v3 as core
from envoy_data_plane.envoy.config.endpoint import v3 as endpoint
from envoy_data_plane.envoy.config.listener import v3 as listener
from envoy_data_plane.envoy.config.route import v3 as route
from envoy_data_plane.envoy.extensions.access_loggers.filters.cel import v3 as cel
from envoy_data_plane.envoy.extensions.filters.http.ext_proc import v3 as ext_proc
from envoy_data_plane.envoy.extensions.filters.http.jwt_authn import v3 as jwt_authn
from envoy_data_plane.envoy.extensions.filters.http.router import v3 as router
from envoy_data_plane.envoy.extensions.filters.network.http_connection_manager import v3 as hcm
from envoy_data_plane.envoy.extensions.http.early_header_mutation.header_mutation import v3 as early
from envoy_data_plane.envoy.extensions.request_id.uuid import v3 as uuid_id
from envoy_data_plane.envoy.extensions.upstreams.http import v3 as upstreams_http
from envoy_data_plane.envoy.type.matcher import v3 as matcher
from envoy_data_plane.envoy.type.v3 import HttpStatus, StatusCode
from envoy_data_plane.google.protobuf import Any as AnyMsg
from envoy_data_plane.google.protobuf import Empty, Struct

from extproc.config import RouterConfig
from extproc.envoyconf.options import (
    LISTENER,
    ROUTER_CLUSTER,
    ROUTER_DETAILS_PREFIX,
    ROUTER_MAX_CONCURRENT_STREAMS,
    ROUTER_MAX_REQUESTS_PER_CONNECTION,
    EnvoyOptions,
    HostPort,
    JwtOptions,
    Profile,
    routing_headers_to_strip,
)
from extproc.openai import CHAT_COMPLETIONS_PATH, MODELS_PATH, ROUTER_PATHS

# Envoy's answer on every path it does not forward (the router answers the same when it sees one).
UNKNOWN_URL = "Invalid URL; this gateway serves " + ", ".join(f"{m} {p}" for p, m in ROUTER_PATHS.items())
UPSTREAM_CLUSTER_HEADER = "x-vsr-upstream-cluster"
ENDPOINT_HEADER = "x-gateway-destination-endpoint"
JWT_FILTER = "envoy.filters.http.jwt_authn"
JWT_PROVIDER = "tenant_jwt"
# jwt_authn's refusals: 401 for a token that fails verification (signature, expiry, issuer, format, or
# missing when required), 403 for a verified token whose audience this gateway does not accept.
JWT_REPLIES: list[tuple[int | None, str, str, str]] = [
    (401, "The bearer token is invalid, expired or missing.", "invalid_request_error", "invalid_api_key"),
    (403, "The bearer token is not valid for this service.", "invalid_request_error", "token_not_allowed"),
]

# Envoy's own local replies (body too large, upstream down, timeouts, ext_proc failure) as OpenAI error
# JSON: (status, message, type, code); None means every other 4xx/5xx, with Envoy's own text.
LOCAL_REPLIES: list[tuple[int | None, str, str, str]] = [
    (
        413,
        "The request body is larger than the gateway accepts.",
        "invalid_request_error",
        "request_too_large",
    ),
    (503, "The service is temporarily unavailable; retry later.", "server_error", "service_unavailable"),
    (504, "The request timed out at the gateway.", "server_error", "gateway_timeout"),
    (404, UNKNOWN_URL, "invalid_request_error", "unknown_url"),
    (None, "%LOCAL_REPLY_BODY%", "gateway_error", "%RESPONSE_CODE%"),
]


def _secs(seconds: float) -> datetime.timedelta:
    return datetime.timedelta(seconds=seconds)


def _any(msg: betterproto2.Message) -> AnyMsg:
    return AnyMsg.pack(msg)


def _address(hp: HostPort) -> core.Address:
    return core.Address(socket_address=core.SocketAddress(address=hp.host, port_value=hp.port))


def _load_assignment(name: str, hp: HostPort) -> endpoint.ClusterLoadAssignment:
    return endpoint.ClusterLoadAssignment(
        cluster_name=name,
        endpoints=[
            endpoint.LocalityLbEndpoints(
                lb_endpoints=[endpoint.LbEndpoint(endpoint=endpoint.Endpoint(address=_address(hp)))]
            )
        ],
    )


class MissingUpstream(ValueError):
    pass


def upstream_for(cfg: RouterConfig, opts: EnvoyOptions, model: str) -> HostPort:
    entry = cfg.models[model]
    for key in (entry.cluster, model):
        if key in opts.upstreams:
            return opts.upstreams[key]
    if entry.endpoint:
        return HostPort.parse(entry.endpoint)
    raise MissingUpstream(
        f"no upstream address for model {model!r} (cluster {entry.cluster!r}): pass "
        f"--upstream {entry.cluster}=HOST:PORT, or set model_config.{model}.endpoint"
    )


def router_cluster(cfg: RouterConfig, opts: EnvoyOptions) -> cluster.Cluster:
    lim = opts.limits
    protocol = upstreams_http.HttpProtocolOptions(
        common_http_protocol_options=core.HttpProtocolOptions(
            max_requests_per_connection=ROUTER_MAX_REQUESTS_PER_CONNECTION
        ),
        # ext_proc is gRPC: without HTTP/2 every request fails with 500.
        explicit_http_config=upstreams_http.HttpProtocolOptionsExplicitHttpConfig(
            http2_protocol_options=core.Http2ProtocolOptions(
                max_concurrent_streams=ROUTER_MAX_CONCURRENT_STREAMS
            )
        ),
    )
    return cluster.Cluster(
        name=ROUTER_CLUSTER,
        type=cluster.ClusterDiscoveryType.STATIC,
        connect_timeout=_secs(1),
        typed_extension_protocol_options={
            "envoy.extensions.upstreams.http.v3.HttpProtocolOptions": _any(protocol)
        },
        circuit_breakers=cluster.CircuitBreakers(
            thresholds=[
                cluster.CircuitBreakersThresholds(
                    max_connections=lim.max_connections,
                    max_pending_requests=lim.max_pending_requests,
                    max_requests=lim.max_requests,
                )
            ]
        ),
        load_assignment=_load_assignment(
            ROUTER_CLUSTER, opts.router or HostPort("127.0.0.1", cfg.server.grpc_port)
        ),
    )


def model_clusters(cfg: RouterConfig, opts: EnvoyOptions) -> list[cluster.Cluster]:
    seen: dict[str, cluster.Cluster] = {}
    for model, entry in cfg.models.items():
        if entry.cluster in seen:
            continue
        seen[entry.cluster] = cluster.Cluster(
            name=entry.cluster,
            type=cluster.ClusterDiscoveryType.STRICT_DNS,
            connect_timeout=_secs(opts.upstream_connect_timeout_s),
            load_assignment=_load_assignment(entry.cluster, upstream_for(cfg, opts, model)),
        )
    return list(seen.values())


def endpoint_cluster(cfg: RouterConfig, opts: EnvoyOptions) -> cluster.Cluster:
    """endpoint_mode: connects to the address the router names in x-gateway-destination-endpoint (only
    the router can: client-sent values are stripped early), the Gateway API Inference Extension's way."""
    return cluster.Cluster(
        name=cfg.routing.endpoint_cluster,
        type=cluster.ClusterDiscoveryType.ORIGINAL_DST,
        lb_policy=cluster.ClusterLbPolicy.CLUSTER_PROVIDED,
        connect_timeout=_secs(opts.upstream_connect_timeout_s),
        original_dst_lb_config=cluster.ClusterOriginalDstLbConfig(
            use_http_header=True, http_header_name=ENDPOINT_HEADER
        ),
    )


def tenant_header_from_jwt(cfg: RouterConfig, opts: EnvoyOptions) -> str | None:
    return opts.jwt.header_for(cfg) if opts.jwt is not None else None


def strip_routing_headers(cfg: RouterConfig, opts: EnvoyOptions | None = None) -> core.TypedExtensionConfig:
    """Runs when the request is decoded, before route selection and before any HTTP filter, so neither
    ext_proc nor (with the router down) the route ever sees a client-chosen cluster or model header.
    Route-level `request_headers_to_remove` would be too late and would also drop the router's header.
    With JWT, the tenant header goes too: only jwt_authn (an HTTP filter, so later) may set it."""
    tenant = tenant_header_from_jwt(cfg, opts) if opts is not None else None
    exact, patterns = routing_headers_to_strip(cfg, tenant_from_jwt=tenant)
    mutations = [mutation_rules.HeaderMutation(remove=h) for h in exact]
    mutations += [
        mutation_rules.HeaderMutation(
            remove_on_match=mutation_rules.HeaderMutationRemoveOnMatch(
                key_matcher=matcher.StringMatcher(safe_regex=matcher.RegexMatcher(regex=pattern))
            )
        )
        for pattern in patterns
    ]
    return core.TypedExtensionConfig(
        name="envoy.http.early_header_mutation.header_mutation",
        typed_config=_any(early.HeaderMutation(mutations=mutations)),
    )


def _not_router_reply(status_expr: str) -> accesslog.AccessLogFilter:
    # The router's own replies (ImmediateResponse) are already OpenAI JSON; their details carry its prefix.
    expr = f"{status_expr} && !response.code_details.startsWith('{ROUTER_DETAILS_PREFIX}')"
    return accesslog.AccessLogFilter(
        extension_filter=accesslog.ExtensionFilter(
            name="envoy.access_loggers.extension_filters.cel",
            typed_config=_any(cel.ExpressionFilter(expression=expr)),
        )
    )


def local_reply_config(jwt: bool = False) -> hcm.LocalReplyConfig:
    mappers = []
    for status, message, kind, code in (JWT_REPLIES if jwt else []) + LOCAL_REPLIES:
        expr = f"response.code == {status}" if status else "response.code >= 400"
        body = {"error": {"message": message, "type": kind, "code": code}}
        mappers.append(
            hcm.ResponseMapper(
                filter=_not_router_reply(expr),
                body_format_override=core.SubstitutionFormatString(
                    json_format=Struct.from_dict(body), content_type="application/json"
                ),
            )
        )
    return hcm.LocalReplyConfig(mappers=mappers)


def routes(cfg: RouterConfig, opts: EnvoyOptions) -> route.RouteConfiguration:
    header = cfg.routing.cluster_header
    timeout = _secs(opts.route_timeout_s)
    default_cluster = cfg.models[cfg.default_model].cluster
    return route.RouteConfiguration(
        name="llm_routes",
        virtual_hosts=[
            route.VirtualHost(
                name="llm",
                domains=["*"],
                # Tells the router which cluster actually answered, so an answer is only ever cached
                # under the model that produced it (the router removes the header before the client).
                response_headers_to_add=[
                    core.HeaderValueOption(
                        header=core.HeaderValue(key=UPSTREAM_CLUSTER_HEADER, value="%UPSTREAM_CLUSTER%"),
                        append_action=core.HeaderValueOptionHeaderAppendAction.OVERWRITE_IF_EXISTS_OR_ADD,
                    )
                ],
                routes=[
                    # endpoint_mode: the router names the chosen model's address; Envoy connects to it.
                    *(
                        [
                            route.Route(
                                match=route.RouteMatch(
                                    prefix="/",
                                    headers=[route.HeaderMatcher(name=ENDPOINT_HEADER, present_match=True)],
                                ),
                                route=route.RouteAction(
                                    cluster=cfg.routing.endpoint_cluster, timeout=timeout
                                ),
                            )
                        ]
                        if cfg.routing.endpoint_mode
                        else []
                    ),
                    # The router names the cluster of the chosen model in this header (clients can't:
                    # the header is stripped before ext_proc).
                    route.Route(
                        match=route.RouteMatch(
                            prefix="/", headers=[route.HeaderMatcher(name=header, present_match=True)]
                        ),
                        route=route.RouteAction(cluster_header=header, timeout=timeout),
                    ),
                    # No routing header: the router was skipped (fail-open) or the path is configured to
                    # pass through. Only these exact (normalised) paths reach the default model that way.
                    *(
                        route.Route(
                            match=route.RouteMatch(path=p),
                            route=route.RouteAction(cluster=default_cluster, timeout=timeout),
                        )
                        for p in unprocessed_paths(cfg)
                    ),
                    # Every other path (/v1/completions, /v1/responses, a chat path with a trailing slash,
                    # ...) could reach a generation endpoint the guards never see: refused here as well
                    # as by the router, so it holds with the router down.
                    route.Route(
                        match=route.RouteMatch(prefix="/"),
                        direct_response=route.DirectResponseAction(
                            status=404, body=core.DataSource(inline_string=UNKNOWN_URL)
                        ),
                    ),
                ],
            )
        ],
    )


def unprocessed_paths(cfg: RouterConfig) -> list[str]:
    """Paths Envoy forwards to the default model when the router has not named a cluster."""
    return [CHAT_COMPLETIONS_PATH, MODELS_PATH, *cfg.routing.passthrough_paths]


def jwt_filter(cfg: RouterConfig, jwt: JwtOptions) -> jwt_authn.JwtAuthentication:
    """Verifies the caller's JWT against a local JWKS and writes one claim into the tenant header."""
    header = jwt.header_for(cfg)
    jwks = (
        core.DataSource(filename=jwt.jwks_file)
        if jwt.jwks_file
        else core.DataSource(inline_string=jwt.jwks_inline)
    )
    provider = jwt_authn.JwtProvider(
        issuer=jwt.issuer,
        audiences=list(jwt.audiences),
        local_jwks=jwks,
        from_headers=[jwt_authn.JwtHeader(name=jwt.from_header.lower(), value_prefix=jwt.value_prefix)],
        # The token is the gateway's credential: it is removed once verified (neither the router nor the
        # model servers see it); the tenant travels in the header.
        forward=False,
        claim_to_headers=[jwt_authn.JwtClaimToHeader(header_name=header, claim_name=jwt.tenant_claim)],
    )
    verified = jwt_authn.JwtRequirement(provider_name=JWT_PROVIDER)
    requires = (
        verified
        if jwt.require
        else jwt_authn.JwtRequirement(
            # No token: passes without a tenant header. A token that fails verification: 401.
            requires_any=jwt_authn.JwtRequirementOrList(
                requirements=[verified, jwt_authn.JwtRequirement(allow_missing=Empty())]
            )
        )
    )
    return jwt_authn.JwtAuthentication(
        providers={JWT_PROVIDER: provider},
        rules=[jwt_authn.RequirementRule(match=route.RouteMatch(prefix="/"), requires=requires)],
    )


def ext_proc_filter(opts: EnvoyOptions) -> ext_proc.ExternalProcessor:
    send, skip = ext_proc.ProcessingModeHeaderSendMode.SEND, ext_proc.ProcessingModeHeaderSendMode.SKIP
    buffered = ext_proc.ProcessingModeBodySendMode.BUFFERED
    guarded = opts.profile is Profile.GUARDED
    return ext_proc.ExternalProcessor(
        grpc_service=core.GrpcService(
            envoy_grpc=core.GrpcServiceEnvoyGrpc(cluster_name=ROUTER_CLUSTER),
            timeout=_secs(opts.grpc_timeout_s),
        ),
        failure_mode_allow=not guarded,
        # Guarded: router down, too slow or overloaded is "service unavailable", not Envoy's 500.
        status_on_error=HttpStatus(code=StatusCode.ServiceUnavailable) if guarded else None,
        message_timeout=_secs(opts.message_timeout_s),
        max_message_timeout=_secs(opts.max_message_timeout_s),
        # The router switches SSE responses to STREAMED (and skips bodies it does not need).
        allow_mode_override=True,
        processing_mode=ext_proc.ProcessingMode(
            request_header_mode=send,
            response_header_mode=send,
            request_body_mode=buffered,
            response_body_mode=buffered,
            request_trailer_mode=skip,
            response_trailer_mode=skip,
        ),
        mutation_rules=mutation_rules.HeaderMutationRules(allow_all_routing=True),
    )


def http_connection_manager(cfg: RouterConfig, opts: EnvoyOptions) -> hcm.HttpConnectionManager:
    return hcm.HttpConnectionManager(
        stat_prefix="llm",
        codec_type=hcm.HttpConnectionManagerCodecType.AUTO,
        stream_idle_timeout=_secs(opts.stream_idle_timeout_s),
        request_timeout=_secs(0),
        # Path spellings an upstream would serve as chat reach the router as /v1/chat/completions:
        # RFC 3986 normalisation (dot segments, percent-decoding of unreserved characters), merged
        # slashes, and %2F/%5C unescaped with a redirect to the normalised path.
        normalize_path=True,
        merge_slashes=True,
        path_with_escaped_slashes_action=(
            hcm.HttpConnectionManagerPathWithEscapedSlashesAction.UNESCAPE_AND_REDIRECT
        ),
        early_header_mutation_extensions=[strip_routing_headers(cfg, opts)],
        # Pass the client's W3C trace context through; the router reads it from the headers.
        request_id_extension=hcm.RequestIdExtension(typed_config=_any(uuid_id.UuidRequestIdConfig())),
        local_reply_config=local_reply_config(jwt=opts.jwt is not None),
        route_config=routes(cfg, opts),
        http_filters=[
            # jwt_authn first: ext_proc (the router) reads the tenant header it sets.
            *(
                [hcm.HttpFilter(name=JWT_FILTER, typed_config=_any(jwt_filter(cfg, opts.jwt)))]
                if opts.jwt is not None
                else []
            ),
            hcm.HttpFilter(name="envoy.filters.http.ext_proc", typed_config=_any(ext_proc_filter(opts))),
            hcm.HttpFilter(name="envoy.filters.http.router", typed_config=_any(router.Router())),
        ],
    )


def bootstrap_message(cfg: RouterConfig, opts: EnvoyOptions) -> bootstrap.Bootstrap:
    llm = listener.Listener(
        name=LISTENER,
        address=_address(opts.listen),
        per_connection_buffer_limit_bytes=opts.buffer_limit_bytes,
        filter_chains=[
            listener.FilterChain(
                filters=[
                    listener.Filter(
                        name="envoy.filters.network.http_connection_manager",
                        typed_config=_any(http_connection_manager(cfg, opts)),
                    )
                ]
            )
        ],
    )
    return bootstrap.Bootstrap(
        admin=bootstrap.Admin(address=_address(opts.admin)),
        static_resources=bootstrap.BootstrapStaticResources(
            listeners=[llm],
            clusters=[
                router_cluster(cfg, opts),
                *model_clusters(cfg, opts),
                *([endpoint_cluster(cfg, opts)] if cfg.routing.endpoint_mode else []),
            ],
        ),
    )


def to_dict(msg: betterproto2.Message) -> dict[str, Any]:
    out: dict[str, Any] = msg.to_dict(casing=betterproto2.Casing.SNAKE)
    return out


def build(cfg: RouterConfig, opts: EnvoyOptions) -> dict[str, Any]:
    """The bootstrap as the dict Envoy reads (proto3 JSON names, durations as strings)."""
    out = to_dict(bootstrap_message(cfg, opts))
    # proto3 JSON leaves out false; the profile's one switch is stated either way.
    ep = out["static_resources"]["listeners"][0]["filter_chains"][0]["filters"][0]["typed_config"]
    ext = next(f for f in ep["http_filters"] if f["name"] == "envoy.filters.http.ext_proc")
    ext["typed_config"]["failure_mode_allow"] = opts.profile is Profile.FAIL_OPEN
    return out
