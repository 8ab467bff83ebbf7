"""`extproc envoy-config --check`: parse an envoy.yaml into typed messages and report drift from what
the router config needs (clusters, the ext_proc filter, body modes, header stripping, path handling)."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from envoy_data_plane.envoy.config.bootstrap import v3 as bootstrap
from envoy_data_plane.envoy.config.cluster import v3 as cluster
from envoy_data_plane.envoy.config.route import v3 as route
from envoy_data_plane.envoy.extensions.filters.http.ext_proc import v3 as ext_proc
from envoy_data_plane.envoy.extensions.filters.http.jwt_authn import v3 as jwt_authn
from envoy_data_plane.envoy.extensions.filters.network.http_connection_manager import v3 as hcm
from envoy_data_plane.envoy.extensions.http.early_header_mutation.header_mutation import v3 as early
from envoy_data_plane.envoy.extensions.upstreams.http import v3 as upstreams_http
from envoy_data_plane.envoy.type.matcher import v3 as matcher

from extproc.config import RouterConfig
from extproc.envoyconf.build import ENDPOINT_HEADER, UPSTREAM_CLUSTER_HEADER, unprocessed_paths
from extproc.envoyconf.options import CLIENT_VSR_HEADERS, ROUTER_SET_HEADERS, Profile
from extproc.openai import CHAT_COMPLETIONS_PATH

HCM_NAME = "envoy.filters.network.http_connection_manager"
EXT_PROC_NAME = "envoy.filters.http.ext_proc"
ROUTER_FILTER = "envoy.filters.http.router"
_HCM_URL = (
    "type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager"
)
_EXT_PROC_URL = "type.googleapis.com/envoy.extensions.filters.http.ext_proc.v3.ExternalProcessor"
_JWT_URL = "type.googleapis.com/envoy.extensions.filters.http.jwt_authn.v3.JwtAuthentication"
_EARLY_URL = (
    "type.googleapis.com/envoy.extensions.http.early_header_mutation.header_mutation.v3.HeaderMutation"
)
# Processing modes the router relies on (it overrides the response body mode itself for SSE).
REQUIRED_MODES = {
    "request_header_mode": "SEND",
    "response_header_mode": "SEND",
    "request_body_mode": "BUFFERED",
    "response_body_mode": "BUFFERED",
}
SAFE_ESCAPED_SLASH_ACTIONS = {"REJECT_REQUEST", "UNESCAPE_AND_REDIRECT", "UNESCAPE_AND_FORWARD"}
# Headers a client might send to pick a model; probes for the stripping check besides the configured ones.
SPOOF_PROBES = ("x-vsr-destination-cluster", "x-vsr-selected-model", "x-vsr-anything")


@dataclass(frozen=True)
class Report:
    problems: list[str]
    profile: Profile | None

    @property
    def ok(self) -> bool:
        return not self.problems


def _type_urls(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "@type" and isinstance(v, str):
                yield v
            else:
                yield from _type_urls(v)
    elif isinstance(node, list):
        for v in node:
            yield from _type_urls(v)


def _register_types(doc: Any) -> list[str]:
    """Import the envoy-data-plane module of every `@type` in the document (messages register on import).
    Returns the type URLs envoy-data-plane does not know."""
    unknown = []
    for url in sorted(set(_type_urls(doc))):
        name = url.rsplit("/", 1)[-1]
        try:
            importlib.import_module("envoy_data_plane." + name.rsplit(".", 1)[0])
        except ImportError:
            unknown.append(url)
    return unknown


def _duration_s(d: Any) -> float:
    """Seconds of a protobuf Duration, as the typed config gives it (timedelta or seconds/nanos)."""
    if hasattr(d, "total_seconds"):
        return float(d.total_seconds())
    return float(getattr(d, "seconds", 0)) + float(getattr(d, "nanos", 0)) / 1e9


def _unpack(any_msg: Any, url: str) -> Any:
    if any_msg is None or getattr(any_msg, "type_url", None) != url:
        return None
    return any_msg.unpack()


def _string_matches(m: matcher.StringMatcher, value: str) -> bool:
    ic = bool(m.ignore_case)
    v = value.lower() if ic else value

    def norm(s: str) -> str:
        return s.lower() if ic else s

    if m.exact is not None:
        return v == norm(m.exact)
    if m.prefix is not None:
        return v.startswith(norm(m.prefix))
    if m.suffix is not None:
        return v.endswith(norm(m.suffix))
    if m.contains is not None:
        return norm(m.contains) in v
    if m.safe_regex is not None:
        return re.fullmatch(m.safe_regex.regex, value) is not None
    return False


def _removed_early(manager: hcm.HttpConnectionManager) -> tuple[set[str], list[matcher.StringMatcher]]:
    names: set[str] = set()
    matchers: list[matcher.StringMatcher] = []
    for ext in manager.early_header_mutation_extensions:
        mut = _unpack(ext.typed_config, _EARLY_URL)
        if not isinstance(mut, early.HeaderMutation):
            continue
        for m in mut.mutations:
            if m.remove:
                names.add(m.remove.lower())
            if m.remove_on_match is not None and m.remove_on_match.key_matcher is not None:
                matchers.append(m.remove_on_match.key_matcher)
    return names, matchers


def _strips(removed: tuple[set[str], list[matcher.StringMatcher]], header: str) -> bool:
    names, matchers = removed
    return header in names or any(_string_matches(m, header) for m in matchers)


def _jwt_claim_headers(filters: list[hcm.HttpFilter]) -> set[str]:
    """Headers that jwt_authn filters (among `filters`) write from verified claims."""
    out: set[str] = set()
    for hf in filters:
        ja = _unpack(hf.typed_config, _JWT_URL)
        if not isinstance(ja, jwt_authn.JwtAuthentication) or hf.disabled:
            continue
        for provider in ja.providers.values():
            out.update(c.header_name.lower() for c in provider.claim_to_headers)
    return out


def _tenant_problems(
    where: str,
    cfg: RouterConfig,
    removed: tuple[set[str], list[matcher.StringMatcher]],
    before_ext_proc: list[hcm.HttpFilter],
) -> list[str]:
    """The tenant header is trusted only when Envoy sets it: client-sent values removed before any
    filter, and a jwt_authn filter ahead of ext_proc writing a verified claim into it."""
    problems = []
    tenant = (cfg.routing.tenant_header or "").lower()
    from_jwt = _jwt_claim_headers(before_ext_proc)
    if tenant and tenant not in from_jwt:
        problems.append(
            f"{where}: routing.tenant_header {tenant!r} is taken from clients as sent: no jwt_authn filter "
            "before ext_proc sets it from a verified claim (claim_to_headers), so a client can name another "
            "tenant and be served its cached answers (extproc envoy-config --jwt-issuer ...)"
        )
    elif tenant and not _strips(removed, tenant):
        problems.append(
            f"{where}: client-sent {tenant} is not removed before jwt_authn "
            "(early_header_mutation_extensions): a request without a token keeps the client's tenant"
        )
    unread = sorted(from_jwt - {tenant})
    if unread:
        configured = repr(tenant) if tenant else "unset"
        problems.append(
            f"{where}: jwt_authn writes verified claims into {', '.join(unread)}, but the router's "
            f"routing.tenant_header is {configured}: the router never reads the verified tenant"
        )
    return problems


def _cluster_is_http2(c: cluster.Cluster) -> bool:
    if c.http2_protocol_options is not None:
        return True
    opts = c.typed_extension_protocol_options.get("envoy.extensions.upstreams.http.v3.HttpProtocolOptions")
    if opts is None:
        return False
    proto = opts.unpack()
    if not isinstance(proto, upstreams_http.HttpProtocolOptions):
        return False
    explicit = proto.explicit_http_config
    return explicit is not None and explicit.http2_protocol_options is not None


def _route_clusters(rc: route.RouteConfiguration | None) -> set[str]:
    out: set[str] = set()
    for vh in rc.virtual_hosts if rc else []:
        for r in vh.routes:
            if r.route is not None and r.route.cluster:
                out.add(r.route.cluster)
            if r.route is not None and r.route.weighted_clusters is not None:
                out.update(w.name for w in r.route.weighted_clusters.clusters)
    return out


def _match_text(m: route.RouteMatch) -> str:
    for kind in ("path", "prefix", "path_separated_prefix"):
        value = getattr(m, kind, None)
        if value:
            return f"{kind} {value!r}"
    if m.safe_regex is not None:
        return f"safe_regex {m.safe_regex.regex!r}"
    return "(another match)"


def _enum_name(value: Any) -> str:
    return str(getattr(value, "name", value))


def check(doc: dict[str, Any], cfg: RouterConfig, *, profile: Profile | None = None) -> Report:
    """Drift between an Envoy bootstrap (as loaded from YAML) and what `cfg` needs; `profile` also
    checks which failure profile the ext_proc filter implements."""
    problems: list[str] = []
    unknown = _register_types(doc)
    if unknown:
        problems.append(f"unknown @type (not an Envoy 1.40 API type): {', '.join(unknown)}")
    try:
        boot = bootstrap.Bootstrap.from_dict(doc)
    except (KeyError, TypeError, ValueError) as exc:
        return Report([*problems, f"not a valid Envoy bootstrap: {exc}"], None)

    static = boot.static_resources or bootstrap.BootstrapStaticResources()
    clusters = {c.name: c for c in static.clusters}
    managers: list[tuple[str, hcm.HttpConnectionManager]] = []
    for lst in static.listeners:
        for chain in lst.filter_chains:
            for f in chain.filters:
                m = _unpack(f.typed_config, _HCM_URL)
                if isinstance(m, hcm.HttpConnectionManager):
                    managers.append((lst.name, m))
    used_by_routes = set().union(*(_route_clusters(m.route_config) for _, m in managers))

    # The listener whose HCM runs the router's ext_proc filter.
    found: tuple[str, hcm.HttpConnectionManager, ext_proc.ExternalProcessor, int] | None = None
    for name, m in managers:
        for i, hf in enumerate(m.http_filters):
            ep = _unpack(hf.typed_config, _EXT_PROC_URL)
            if isinstance(ep, ext_proc.ExternalProcessor):
                found = (name, m, ep, i)
    found_profile: Profile | None = None
    router_cluster: str | None = None
    if found is None:
        problems.append(f"no {EXT_PROC_NAME} filter in any HTTP connection manager: the router never runs")
    else:
        lname, m, ep, idx = found
        where = f"listener {lname!r}"
        found_profile = Profile.FAIL_OPEN if ep.failure_mode_allow else Profile.GUARDED
        if profile is not None and found_profile is not profile:
            problems.append(
                f"{where}: ext_proc failure_mode_allow is {str(ep.failure_mode_allow).lower()} "
                f"({found_profile} profile), expected the {profile} profile"
            )
        names = [hf.name for hf in m.http_filters]
        if ROUTER_FILTER not in names[idx + 1 :]:
            problems.append(f"{where}: {ROUTER_FILTER} must come after {EXT_PROC_NAME}")
        grpc = ep.grpc_service
        router_cluster = grpc.envoy_grpc.cluster_name if grpc and grpc.envoy_grpc else None
        if router_cluster is None:
            problems.append(f"{where}: ext_proc has no envoy_grpc cluster")
        elif router_cluster not in clusters:
            problems.append(f"{where}: ext_proc cluster {router_cluster!r} is not defined")
        elif not _cluster_is_http2(clusters[router_cluster]):
            problems.append(
                f"cluster {router_cluster!r}: ext_proc is gRPC and needs HTTP/2 "
                "(explicit_http_config.http2_protocol_options); without it every request fails with 500"
            )
        mode = ep.processing_mode or ext_proc.ProcessingMode()
        for key, want in REQUIRED_MODES.items():
            got = _enum_name(getattr(mode, key))
            if got != want:
                problems.append(f"{where}: ext_proc processing_mode.{key} is {got}, the router needs {want}")
        if not ep.allow_mode_override:
            problems.append(
                f"{where}: ext_proc allow_mode_override must be true (the router streams SSE responses)"
            )
        if ep.message_timeout is None:
            problems.append(
                f"{where}: ext_proc message_timeout is unset (Envoy's 200 ms default is too short)"
            )
        elif (timeout := _duration_s(ep.message_timeout)) * 1000 <= cfg.server.decision_deadline_ms:
            problems.append(
                f"{where}: ext_proc message_timeout ({timeout:g} s) must be longer than the router's "
                f"server.decision_deadline_ms ({cfg.server.decision_deadline_ms:g} ms): when Envoy's "
                "timeout fires first, the fail-open profile forwards the request unchecked"
            )
        if ep.mutation_rules is None or not ep.mutation_rules.allow_all_routing:
            problems.append(
                f"{where}: ext_proc mutation_rules.allow_all_routing must be true (the router sets the "
                "routing header)"
            )
        if found_profile is Profile.GUARDED and (
            ep.status_on_error is None or int(ep.status_on_error.code) != 503
        ):
            problems.append(f"{where}: guarded profile without status_on_error 503 (Envoy answers 500)")

        # Path spellings and client-sent routing headers.
        if not m.normalize_path:
            problems.append(f"{where}: normalize_path must be true (%-encoded chat paths skip the router)")
        if not m.merge_slashes:
            problems.append(f"{where}: merge_slashes must be true (//v1/chat/completions skips the router)")
        action = _enum_name(m.path_with_escaped_slashes_action)
        if action not in SAFE_ESCAPED_SLASH_ACTIONS:
            problems.append(
                f"{where}: path_with_escaped_slashes_action is {action}; use UNESCAPE_AND_REDIRECT or "
                "REJECT_REQUEST (%2F in a chat path skips the router)"
            )
        removed = _removed_early(m)
        must_strip = [cfg.routing.cluster_header.lower(), *ROUTER_SET_HEADERS, *SPOOF_PROBES]
        missing = [h for h in dict.fromkeys(must_strip) if not _strips(removed, h)]
        if missing:
            problems.append(
                f"{where}: client-sent routing headers are not stripped before ext_proc "
                f"(early_header_mutation_extensions): {', '.join(missing)}"
            )
        wrongly = [h for h in CLIENT_VSR_HEADERS if _strips(removed, h)]
        if wrongly:
            problems.append(
                f"{where}: headers the router reads from clients are stripped: {', '.join(wrongly)}"
            )
        problems += _tenant_problems(where, cfg, removed, m.http_filters[:idx])
        if m.local_reply_config is None or not m.local_reply_config.mappers:
            problems.append(
                f"{where}: no local_reply_config: Envoy's own 413/503/504 are not OpenAI error JSON"
            )

        # Routes: the router's cluster header, then the default model.
        header = cfg.routing.cluster_header
        rc = m.route_config
        routes = [r for vh in (rc.virtual_hosts if rc else []) for r in vh.routes]
        said = {
            h.header.key.lower(): h.header.value
            for vh in (rc.virtual_hosts if rc else [])
            for h in vh.response_headers_to_add
            if h.header is not None
        }
        if said.get(UPSTREAM_CLUSTER_HEADER) != "%UPSTREAM_CLUSTER%":
            problems.append(
                f"{where}: the virtual host does not add {UPSTREAM_CLUSTER_HEADER}: %UPSTREAM_CLUSTER% to "
                "responses; the router then never caches (it cannot tell which model answered)"
            )
        if not any(r.route is not None and r.route.cluster_header == header for r in routes):
            problems.append(
                f"{where}: no route reads the router's cluster header {header!r} (cluster_header)"
            )
        default_cluster = cfg.models[cfg.default_model].cluster
        allowed = set(unprocessed_paths(cfg))
        # Routes gated on a header only the router sets (client values are stripped early) carry routed
        # requests; every other route that forwards must be one of the allowed exact paths.
        router_set = {header.lower(), ENDPOINT_HEADER}
        for r in routes:
            if r.route is None or r.route.cluster_header == header or r.match is None:
                continue
            if any(h.name.lower() in router_set and h.present_match for h in r.match.headers):
                continue
            if r.match.path not in allowed:
                spelled = _match_text(r.match)
                problems.append(
                    f"{where}: route {spelled} forwards requests the router did not route; only "
                    f"{', '.join(sorted(allowed))} may (other paths, such as /v1/completions, reach a "
                    "model the guards never see; list deliberate ones in routing.passthrough_paths)"
                )
        if cfg.routing.endpoint_mode:
            ep_cluster = clusters.get(cfg.routing.endpoint_cluster)
            lb = ep_cluster.original_dst_lb_config if ep_cluster is not None else None
            if (
                ep_cluster is None
                or _enum_name(ep_cluster.type) != "ORIGINAL_DST"
                or lb is None
                or not lb.use_http_header
                or (lb.http_header_name or "").lower() != ENDPOINT_HEADER
            ):
                problems.append(
                    f"routing.endpoint_mode: cluster {cfg.routing.endpoint_cluster!r} must be an "
                    f"ORIGINAL_DST cluster reading {ENDPOINT_HEADER} (original_dst_lb_config.use_http_header)"
                )
            if not any(
                r.route is not None
                and r.route.cluster == cfg.routing.endpoint_cluster
                and r.match is not None
                and any(h.name.lower() == ENDPOINT_HEADER for h in r.match.headers)
                for r in routes
            ):
                problems.append(
                    f"{where}: routing.endpoint_mode: no route sends requests carrying {ENDPOINT_HEADER} to "
                    f"cluster {cfg.routing.endpoint_cluster!r}"
                )
        if not any(
            r.route is not None
            and r.route.cluster == default_cluster
            and r.match is not None
            and r.match.path == CHAT_COMPLETIONS_PATH
            for r in routes
        ):
            problems.append(
                f"{where}: no route sends {CHAT_COMPLETIONS_PATH} without the router's header to the default "
                f"model's cluster {default_cluster!r} (the fail-open route)"
            )
        for lst in static.listeners:
            if lst.name == lname:
                limit = lst.per_connection_buffer_limit_bytes
                if limit is not None and limit < cfg.server.max_body_bytes:
                    problems.append(
                        f"listener {lname!r}: per_connection_buffer_limit_bytes {limit} is below the "
                        f"router's server.max_body_bytes {cfg.server.max_body_bytes}"
                    )

    # Clusters: one per model, and none that nothing uses.
    model_clusters: dict[str, list[str]] = {}
    for model, entry in cfg.models.items():
        model_clusters.setdefault(entry.cluster, []).append(model)
    for cl, models in model_clusters.items():
        if cl not in clusters:
            problems.append(f"model {', '.join(models)}: cluster {cl!r} is not defined in Envoy")
    for name in clusters:
        if name not in model_clusters and name != router_cluster and name not in used_by_routes:
            problems.append(f"cluster {name!r} is used by no model in the router config and by no route")
    return Report(problems, found_profile)
