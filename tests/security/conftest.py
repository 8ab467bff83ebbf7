"""Stacks for the red-team suite: real Envoy (generated configs), the router and demo upstreams."""

from __future__ import annotations

import http.client
from pathlib import Path
from typing import Any

import pytest
import yaml

from extproc.config import load_config
from extproc.envoyconf import CircuitBreakerLimits, EnvoyOptions, HostPort, Profile
from extproc.envoyconf.build import build
from extproc_dev.stack import DEFAULT_CONFIG, DevStack
from tests.conftest import core_overrides

# Ports are rewritten by DevStack; these only have to exist.
PLACEHOLDER_UPSTREAMS = {
    m.cluster: HostPort("127.0.0.1", 1) for m in load_config(DEFAULT_CONFIG).models.values()
}
# One stream to the router at a time: the second concurrent request overflows the circuit breakers.
TINY_LIMITS = CircuitBreakerLimits(max_requests=1, max_pending_requests=1, max_connections=1)


def generated_envoy(
    path: Path, passthrough_paths: tuple[str, ...] = (), endpoint_mode: bool = False, **options: Any
) -> Path:
    """envoy.yaml for the reference config (plus pass-through paths, or endpoint mode), as `extproc
    envoy-config` writes it."""
    opts = EnvoyOptions(upstreams=PLACEHOLDER_UPSTREAMS, **options)
    cfg = load_config(DEFAULT_CONFIG)
    routing = {"passthrough_paths": list(passthrough_paths), "endpoint_mode": endpoint_mode}
    cfg = cfg.model_copy(update={"routing": cfg.routing.model_copy(update=routing)})
    path.write_text(yaml.safe_dump(build(cfg, opts), sort_keys=False))
    return path


@pytest.fixture(scope="session")
def security_stack(stack_factory: Any) -> Any:
    """`make(name, envoy_path)`: a started stack with guards and cache off (no models needed)."""

    def make(name: str, envoy_path: Path, passthrough_paths: tuple[str, ...] = ()) -> DevStack:
        overrides = {**core_overrides(), "routing": {"passthrough_paths": list(passthrough_paths)}}
        s: DevStack = stack_factory(name, overrides, envoy_path=envoy_path)
        return s

    return make


@pytest.fixture(scope="session")
def tiny_envoy(tmp_path_factory: pytest.TempPathFactory) -> Any:
    def make(profile: Profile) -> Path:
        out = tmp_path_factory.mktemp("envoy") / f"envoy-{profile}-tiny.yaml"
        return generated_envoy(out, profile=profile, limits=TINY_LIMITS)

    return make


def raw_request(
    stack: DevStack, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    """The exact request line and headers (no client-side path normalisation)."""
    conn = http.client.HTTPConnection("127.0.0.1", stack.listener_port, timeout=30)
    try:
        conn.putrequest(method, path, skip_accept_encoding=True)
        hdrs = {"content-type": "application/json", "content-length": str(len(body)), **(headers or {})}
        for k, v in hdrs.items():
            conn.putheader(k, v)
        conn.endheaders(body)
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()
