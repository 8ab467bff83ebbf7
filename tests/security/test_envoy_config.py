"""`extproc envoy-config`: the generated variants validate with the real Envoy binary, the committed
envoy/*.yaml are its fresh output, and `--check` reports each kind of drift (exit 1) and passes clean
configs (exit 0)."""

from __future__ import annotations

import copy
import functools
import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from extproc.cli import main
from extproc.config import RouterConfig, load_config, parse_config
from extproc.envoyconf import EnvoyOptions, HostPort, JwtOptions, Profile, routing_headers_to_strip
from extproc.envoyconf.build import build
from extproc.envoyconf.check import check
from extproc_dev.stack import DEFAULT_CONFIG, ROOT, DevStack, envoy_binary, free_port
from tests.jwt_keys import ISSUER, SigningKey
from tests.security.conftest import PLACEHOLDER_UPSTREAMS, TINY_LIMITS

REFERENCE_UPSTREAMS = ["model_fast_1b", "model_general_8b", "model_qwen3_32b", "model_gpt_oss_20b"]
REFERENCE_ARGS = [
    arg for i, cl in enumerate(REFERENCE_UPSTREAMS) for arg in ("--upstream", f"{cl}=127.0.0.1:{8101 + i}")
]
# The reference config turns guards on, so its default profile is guarded.
REFERENCES = {Profile.GUARDED: "envoy.yaml", Profile.FAIL_OPEN: "envoy-fail-open.yaml"}


@pytest.fixture(scope="module")
def cfg() -> RouterConfig:
    return load_config(DEFAULT_CONFIG)


def envoy_validate(doc: dict[str, Any], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "envoy.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    # From the checkout, as DevStack runs Envoy: the JWT reference names envoy/jwks-demo.json relatively.
    return subprocess.run(
        [envoy_binary(), "--mode", "validate", "-c", str(path), "--log-level", "warn"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=ROOT,
    )


def with_routing(cfg: RouterConfig, **routing: Any) -> RouterConfig:
    raw = yaml.safe_load(DEFAULT_CONFIG.read_text())
    raw.setdefault("routing", {}).update(routing)
    return parse_config(yaml.safe_dump(raw), "config.yaml", env={})


@pytest.mark.parametrize("profile", list(Profile), ids=str)
def test_committed_reference_is_the_generators_output(
    profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = (
        ["envoy-config"]
        + (["--profile", "fail-open"] if profile is Profile.FAIL_OPEN else [])
        + REFERENCE_ARGS
    )
    out = tmp_path / "envoy.yaml"
    assert main([*args, "-o", str(out)]) == 0
    assert out.read_text() == (ROOT / "envoy" / REFERENCES[profile]).read_text(), "run `make envoy-config`"


JWKS = SigningKey().jwks()


def jwt(**kw: Any) -> JwtOptions:
    return JwtOptions(**{"issuer": ISSUER, "jwks_inline": JWKS, **kw})


JWT_REFERENCE_ARGS = [
    "--jwt-issuer",
    "https://auth.example.com",
    "--jwks-file",
    "envoy/jwks-demo.json",
    "--jwt-audience",
    "semantic-router",
    "--tenant-claim",
    "tenant",
    "--tenant-header",
    "x-tenant-id",
]


def test_committed_jwt_reference_is_the_generators_output_and_validates(tmp_path: Path) -> None:
    out = tmp_path / "envoy-jwt.yaml"
    assert main(["envoy-config", *JWT_REFERENCE_ARGS, *REFERENCE_ARGS, "-o", str(out)]) == 0
    reference = ROOT / "envoy" / "envoy-jwt.yaml"
    assert out.read_text() == reference.read_text(), "run `make envoy-config`"
    doc = yaml.safe_load(reference.read_text())
    result = envoy_validate(doc, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    # The committed JWKS holds public keys only (its private key was never kept).
    jwks = json.loads((ROOT / "envoy" / "jwks-demo.json").read_text())
    assert jwks["keys"] and all(set(k) & {"d", "p", "q"} == set() for k in jwks["keys"])


def test_check_of_the_jwt_reference_needs_the_routers_tenant_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reference = str(ROOT / "envoy" / "envoy-jwt.yaml")
    assert main(["envoy-config", "--check", reference]) == 1
    assert "routing.tenant_header is unset: the router never reads the verified tenant" in (
        capsys.readouterr().out
    )
    cfg_path = tmp_path / "config.yaml"
    raw = yaml.safe_load(DEFAULT_CONFIG.read_text())
    raw.setdefault("routing", {})["tenant_header"] = "x-tenant-id"
    cfg_path.write_text(yaml.safe_dump(raw))
    assert main(["envoy-config", "--config", str(cfg_path), "--check", reference]) == 0


def test_jwt_options_need_the_issuer_and_one_jwks(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["envoy-config", *REFERENCE_ARGS, "--jwks-file", "x.json"]) == 2
    assert "need --jwt-issuer" in capsys.readouterr().err
    assert main(["envoy-config", *REFERENCE_ARGS, "--jwt-issuer", "i", "--tenant-header", "x-t"]) == 2
    assert "exactly one of a JWKS file or an inline JWKS" in capsys.readouterr().err
    # The claim goes into the router's tenant header: none configured and none given is refused.
    assert main(["envoy-config", *REFERENCE_ARGS, "--jwt-issuer", "i", "--jwks-inline", JWKS]) == 2
    assert "sets no routing.tenant_header" in capsys.readouterr().err


def test_jwt_variant_strips_the_tenant_header_early_and_maps_401() -> None:
    cfg, opts = VARIANTS["jwt"](load_config(DEFAULT_CONFIG))
    doc = build(cfg, opts)
    manager = hcm(doc)
    names = [f["name"] for f in manager["http_filters"]]
    assert names == [
        "envoy.filters.http.jwt_authn",
        "envoy.filters.http.ext_proc",
        "envoy.filters.http.router",
    ]
    provider = manager["http_filters"][0]["typed_config"]["providers"]["tenant_jwt"]
    assert provider["claim_to_headers"] == [{"header_name": "x-tenant-id", "claim_name": "tenant"}]
    assert provider["from_headers"] == [{"name": "authorization", "value_prefix": "Bearer "}]
    assert not provider.get("forward")
    removed = manager["early_header_mutation_extensions"][0]["typed_config"]["mutations"]
    assert {"remove": "x-tenant-id"} in removed
    first = manager["local_reply_config"]["mappers"][0]
    assert first["body_format_override"]["json_format"]["error"]["code"] == "invalid_api_key"
    # Without JWT, the fail-open reference keeps its filters and replies (the chart mirrors them).
    plain = hcm(build(cfg, EnvoyOptions(upstreams=PLACEHOLDER_UPSTREAMS)))
    assert [f["name"] for f in plain["http_filters"]] == names[1:]
    assert {"remove": "x-tenant-id"} not in plain["early_header_mutation_extensions"][0]["typed_config"][
        "mutations"
    ]


VARIANTS: dict[str, Callable[[RouterConfig], tuple[RouterConfig, EnvoyOptions]]] = {
    "fail-open": lambda c: (c, EnvoyOptions(upstreams=PLACEHOLDER_UPSTREAMS)),
    "guarded": lambda c: (c, EnvoyOptions(profile=Profile.GUARDED, upstreams=PLACEHOLDER_UPSTREAMS)),
    "tiny-breakers": lambda c: (c, EnvoyOptions(upstreams=PLACEHOLDER_UPSTREAMS, limits=TINY_LIMITS)),
    "endpoint-mode": lambda c: (
        with_routing(c, endpoint_mode=True),
        EnvoyOptions(profile=Profile.GUARDED, upstreams=PLACEHOLDER_UPSTREAMS),
    ),
    "passthrough-paths": lambda c: (
        with_routing(c, passthrough_paths=["/v1/embeddings", "/tokenize"]),
        EnvoyOptions(upstreams=PLACEHOLDER_UPSTREAMS),
    ),
    "custom-headers": lambda c: (
        with_routing(c, cluster_header="x-route-to", tenant_header="x-vsr-tenant"),
        EnvoyOptions(profile=Profile.GUARDED, upstreams=PLACEHOLDER_UPSTREAMS, jwt=jwt(tenant_claim="org")),
    ),
    "jwt": lambda c: (
        with_routing(c, tenant_header="x-tenant-id"),
        EnvoyOptions(upstreams=PLACEHOLDER_UPSTREAMS, jwt=jwt(audiences=("a", "b"))),
    ),
    "jwt-required-own-header-jwks-file": lambda c: (
        with_routing(c, tenant_header="x-tenant-id"),
        EnvoyOptions(
            profile=Profile.GUARDED,
            upstreams=PLACEHOLDER_UPSTREAMS,
            jwt=JwtOptions(
                issuer=ISSUER,
                jwks_file="envoy/jwks-demo.json",
                from_header="x-api-token",
                require=True,
                tenant_header="x-tenant-id",
            ),
        ),
    ),
}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_every_generated_variant_passes_envoy_validate_and_its_own_check(
    variant: str, cfg: RouterConfig, tmp_path: Path
) -> None:
    c, opts = VARIANTS[variant](cfg)
    doc = build(c, opts)
    result = envoy_validate(doc, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert check(doc, c, profile=opts.profile).problems == []


def test_missing_upstream_address_names_the_model(
    cfg: RouterConfig, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["envoy-config", "--upstream", "model_fast_1b=127.0.0.1:1"]) == 2
    assert "no upstream address for model" in capsys.readouterr().err


def test_upstream_flag_takes_model_or_cluster_names(cfg: RouterConfig) -> None:
    ups = {
        "general-8b": HostPort("10.0.0.8", 8000),
        **{k: v for k, v in PLACEHOLDER_UPSTREAMS.items() if k != "model_general_8b"},
    }
    clusters = {c["name"]: c for c in build(cfg, EnvoyOptions(upstreams=ups))["static_resources"]["clusters"]}
    ep = clusters["model_general_8b"]["load_assignment"]["endpoints"][0]["lb_endpoints"][0]["endpoint"]
    assert ep["address"]["socket_address"] == {"address": "10.0.0.8", "port_value": 8000}


# --- drift ------------------------------------------------------------------------------------------


def hcm(doc: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = doc["static_resources"]["listeners"][0]["filter_chains"][0]["filters"][0][
        "typed_config"
    ]
    return out


def ext_proc(doc: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = hcm(doc)["http_filters"][0]["typed_config"]
    return out


def routes(doc: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = hcm(doc)["route_config"]["virtual_hosts"][0]["routes"]
    return out


def clusters(doc: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = doc["static_resources"]["clusters"]
    return out


DRIFT: dict[str, tuple[Callable[[dict[str, Any]], object], str]] = {
    "model without cluster": (
        lambda d: clusters(d).pop(next(i for i, c in enumerate(clusters(d)) if c["name"] == "model_fast_1b")),
        "model fast-1b: cluster 'model_fast_1b' is not defined",
    ),
    "cluster no model uses": (
        lambda d: clusters(d).append({**copy.deepcopy(clusters(d)[1]), "name": "model_old"}),
        "cluster 'model_old' is used by no model",
    ),
    "no ext_proc": (lambda d: hcm(d)["http_filters"].pop(0), "no envoy.filters.http.ext_proc filter"),
    "request body not buffered": (
        lambda d: ext_proc(d)["processing_mode"].update(request_body_mode="STREAMED"),
        "request_body_mode is STREAMED, the router needs BUFFERED",
    ),
    "response headers skipped": (
        lambda d: ext_proc(d)["processing_mode"].update(response_header_mode="SKIP"),
        "response_header_mode is SKIP",
    ),
    "no mode override": (
        lambda d: ext_proc(d).pop("allow_mode_override"),
        "allow_mode_override must be true",
    ),
    "ext_proc cluster on HTTP/1": (
        lambda d: clusters(d)[0].pop("typed_extension_protocol_options"),
        "needs HTTP/2",
    ),
    "no header stripping": (
        lambda d: hcm(d).pop("early_header_mutation_extensions"),
        "client-sent routing headers are not stripped before ext_proc",
    ),
    "cache-control stripped": (
        lambda d: hcm(d)["early_header_mutation_extensions"][0]["typed_config"]["mutations"].append(
            {"remove_on_match": {"key_matcher": {"prefix": "x-vsr-"}}}
        ),
        "headers the router reads from clients are stripped: x-vsr-cache-control",
    ),
    "no path normalisation": (lambda d: hcm(d).pop("normalize_path"), "normalize_path must be true"),
    "no slash merging": (lambda d: hcm(d).pop("merge_slashes"), "merge_slashes must be true"),
    "escaped slashes kept": (
        lambda d: hcm(d).update(path_with_escaped_slashes_action="KEEP_UNCHANGED"),
        "path_with_escaped_slashes_action is KEEP_UNCHANGED",
    ),
    "no local reply mapping": (lambda d: hcm(d).pop("local_reply_config"), "no local_reply_config"),
    "catch-all forwards": (
        lambda d: (
            routes(d)[-1].pop("direct_response"),
            routes(d)[-1].update(route={"cluster": "model_general_8b", "timeout": "300s"}),
        ),
        "route prefix '/' forwards requests the router did not route",
    ),
    "completions forwarded": (
        lambda d: routes(d).insert(
            1, {"match": {"path": "/v1/completions"}, "route": {"cluster": "model_fast_1b"}}
        ),
        "route path '/v1/completions' forwards requests the router did not route",
    ),
    "fail-open chat route to another model": (
        lambda d: routes(d)[1]["route"].update(cluster="model_fast_1b"),
        "no route sends /v1/chat/completions without the router's header to the default model's cluster",
    ),
    "message_timeout within the router's deadline": (
        lambda d: ext_proc(d).update(message_timeout="1.5s"),
        "message_timeout (1.5 s) must be longer than the router's server.decision_deadline_ms (1750 ms)",
    ),
    "wrong profile": (
        lambda d: ext_proc(d).update(failure_mode_allow=True),
        "expected the guarded profile",
    ),
    "typo": (lambda d: hcm(d).update(normalise_path=True), "not a valid Envoy bootstrap"),
}


@pytest.mark.parametrize("case", list(DRIFT))
def test_check_reports_drift(
    case: str, cfg: RouterConfig, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = yaml.safe_load((ROOT / "envoy" / "envoy.yaml").read_text())
    mutate, message = DRIFT[case]
    mutate(doc)
    path = tmp_path / "envoy.yaml"
    path.write_text(yaml.safe_dump(doc))
    assert main(["envoy-config", "--check", str(path), "--profile", "guarded"]) == 1
    assert message in capsys.readouterr().out


def jwt_filter(d: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = hcm(d)["http_filters"][0]["typed_config"]
    return out


def early_mutations(d: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = hcm(d)["early_header_mutation_extensions"][0]["typed_config"]["mutations"]
    return out


JWT_DRIFT: dict[str, tuple[str, Callable[[dict[str, Any]], object], str]] = {
    "tenant header without jwt_authn": (
        "envoy.yaml",
        lambda d: None,
        "routing.tenant_header 'x-tenant-id' is taken from clients as sent",
    ),
    "jwt_authn after ext_proc": (
        "envoy-jwt.yaml",
        lambda d: hcm(d)["http_filters"].insert(1, hcm(d)["http_filters"].pop(0)),
        "routing.tenant_header 'x-tenant-id' is taken from clients as sent",
    ),
    "no claim_to_headers": (
        "envoy-jwt.yaml",
        lambda d: jwt_filter(d)["providers"]["tenant_jwt"].pop("claim_to_headers"),
        "routing.tenant_header 'x-tenant-id' is taken from clients as sent",
    ),
    "claim into another header": (
        "envoy-jwt.yaml",
        lambda d: jwt_filter(d)["providers"]["tenant_jwt"]["claim_to_headers"][0].update(header_name="x-org"),
        "jwt_authn writes verified claims into x-org, but the router's routing.tenant_header is 'x-tenant-id'",
    ),
    "client tenant header kept": (
        "envoy-jwt.yaml",
        lambda d: early_mutations(d).remove({"remove": "x-tenant-id"}),
        "client-sent x-tenant-id is not removed before jwt_authn",
    ),
}


@pytest.mark.parametrize("case", list(JWT_DRIFT))
def test_check_reports_jwt_drift(case: str, cfg: RouterConfig) -> None:
    reference, mutate, message = JWT_DRIFT[case]
    doc = yaml.safe_load((ROOT / "envoy" / reference).read_text())
    mutate(doc)
    problems = check(doc, with_routing(cfg, tenant_header="x-tenant-id")).problems
    assert any(message in p for p in problems), problems


@pytest.mark.parametrize("profile", list(Profile), ids=str)
def test_check_passes_the_references(profile: Profile, capsys: pytest.CaptureFixture[str]) -> None:
    path = ROOT / "envoy" / REFERENCES[profile]
    assert main(["envoy-config", "--check", str(path), "--profile", profile.value]) == 0
    assert f"OK ({profile} profile" in capsys.readouterr().out


def test_fail_open_with_a_guard_on_is_reported_unless_asked_for(capsys: pytest.CaptureFixture[str]) -> None:
    """Guards never fail open by default: a client holding enough slow requests fills the router
    cluster's circuit breakers, and fail-open passes the next request on unchecked."""
    path = str(ROOT / "envoy" / REFERENCES[Profile.FAIL_OPEN])
    assert main(["envoy-config", "--check", path]) == 1
    assert "fail-open profile) while a guard is on" in capsys.readouterr().out
    assert main(["envoy-config", "--check", path, "--profile", "fail-open"]) == 0
    assert main(["envoy-config", "--check", str(ROOT / "envoy" / "envoy.yaml")]) == 0


def test_the_default_profile_follows_the_guards(cfg: RouterConfig) -> None:
    from extproc.envoyconf.cli import default_profile

    assert default_profile(cfg) is Profile.GUARDED
    raw = yaml.safe_load(DEFAULT_CONFIG.read_text())
    raw["prompt_guard"]["enabled"] = False
    raw["pii"]["enabled"] = False
    for c in raw.get("categories", []):
        c.pop("jailbreak_enabled", None)
    assert default_profile(parse_config(yaml.safe_dump(raw), "config.yaml", env={})) is Profile.FAIL_OPEN


# --- the header-stripping regexes -------------------------------------------------------------------


def stripped(cfg: RouterConfig, name: str) -> bool:
    exact, patterns = routing_headers_to_strip(cfg)
    return name in exact or any(re.fullmatch(p, name) for p in patterns)


header_names = st.one_of(
    st.from_regex(r"x-vsr-[a-z\-]{0,20}", fullmatch=True),
    st.from_regex(r"x-vsr-cache-contro[a-z\-]{0,3}", fullmatch=True),
    st.from_regex(r"x-vsr-tenan[a-z]{0,2}", fullmatch=True),
    st.from_regex(r"[a-z][a-z\-]{0,20}", fullmatch=True),
)


@functools.cache
def custom_headers_config() -> RouterConfig:
    return with_routing(
        load_config(DEFAULT_CONFIG), tenant_header="x-vsr-tenant", cluster_header="x-route-to"
    )


@settings(deadline=None)
@given(name=header_names)
def test_every_x_vsr_header_but_the_clients_own_is_stripped(name: str) -> None:
    cfg = custom_headers_config()
    keep = {"x-vsr-cache-control", "x-vsr-tenant"}
    router_set = {"x-route-to", "x-selected-model", "x-gateway-destination-endpoint"}
    expected = (name.startswith("x-vsr-") and name not in keep) or name in router_set
    assert stripped(cfg, name) is expected


@settings(deadline=None)
@given(name=header_names)
def test_with_jwt_the_tenant_header_is_stripped_too(name: str) -> None:
    cfg = custom_headers_config()
    keep = {"x-vsr-cache-control"}
    router_set = {"x-route-to", "x-selected-model", "x-gateway-destination-endpoint"}
    expected = (name.startswith("x-vsr-") and name not in keep) or name in router_set
    exact, patterns = routing_headers_to_strip(cfg, tenant_from_jwt="x-vsr-tenant")
    assert (name in exact or any(re.fullmatch(p, name) for p in patterns)) is expected


def test_the_benches_envoy_only_baseline_is_the_reference_without_the_router(tmp_path: Path) -> None:
    """bench/overhead.py and bench/cache_e2e.py compare against Envoy alone: the reference config with the
    ext_proc filter removed and every path routed to one model. It must keep up with the reference."""
    from bench.overhead import baseline_envoy_config

    stack = DevStack(tmp_path / "stack")
    doc = baseline_envoy_config(stack, free_port(), free_port(), "model_general_8b")
    manager = hcm(doc)
    assert "envoy.filters.http.ext_proc" not in [f["name"] for f in manager["http_filters"]]
    (only,) = routes(doc)
    assert only["match"] == {"prefix": "/"} and only["route"]["cluster"] == "model_general_8b"
    result = envoy_validate(doc, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_of_endpoint_mode_needs_the_original_dst_cluster_and_route(cfg: RouterConfig) -> None:
    endpoint_cfg = with_routing(cfg, endpoint_mode=True)
    # The reference (no endpoint mode) lacks both.
    plain = yaml.safe_load((ROOT / "envoy" / "envoy.yaml").read_text())
    problems = check(plain, endpoint_cfg).problems
    assert any(
        "must be an ORIGINAL_DST cluster reading x-gateway-destination-endpoint" in p for p in problems
    )
    assert any("no route sends requests carrying x-gateway-destination-endpoint" in p for p in problems)
    # Generated for endpoint mode: the cluster reads the router's header, the route comes first.
    doc = yaml.safe_load(yaml.safe_dump(build(endpoint_cfg, EnvoyOptions(upstreams=PLACEHOLDER_UPSTREAMS))))
    assert check(doc, endpoint_cfg).problems == []
    (ep,) = [c for c in clusters(doc) if c["name"] == "original_destination"]
    assert ep["type"] == "ORIGINAL_DST" and ep["lb_policy"] == "CLUSTER_PROVIDED"
    assert ep["original_dst_lb_config"] == {
        "use_http_header": True,
        "http_header_name": "x-gateway-destination-endpoint",
    }
    first = routes(doc)[0]
    assert first["route"]["cluster"] == "original_destination"
    assert first["match"]["headers"] == [{"name": "x-gateway-destination-endpoint", "present_match": True}]
