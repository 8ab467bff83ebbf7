"""Shared fixtures: a real stack (demo upstreams, router, Envoy) on free loopback ports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from extproc_dev.stack import DEFAULT_ENVOY, ROOT, DevStack

MODELS_BUILT = (ROOT / "models" / "manifest.json").exists()


class StackClient:
    """Raw HTTP through Envoy plus access to what each upstream received."""

    def __init__(self, stack: DevStack) -> None:
        self.stack = stack
        self.http = httpx.Client(base_url=stack.base_url, timeout=30)

    def chat(
        self, body: Any, headers: dict[str, str] | None = None, raw: bytes | None = None
    ) -> httpx.Response:
        content = raw if raw is not None else json.dumps(body).encode()
        return self.http.post(
            "/v1/chat/completions",
            content=content,
            headers={"content-type": "application/json", **(headers or {})},
        )

    def received(self, model: str) -> list[dict[str, Any]]:
        r = httpx.get(self.stack.upstream_url(model) + "/_requests", timeout=5)
        out: list[dict[str, Any]] = r.json()
        return out

    def clear(self) -> None:
        for model in self.stack.model_clusters:
            httpx.delete(self.stack.upstream_url(model) + "/_requests", timeout=5)

    def total_received(self) -> int:
        return sum(len(self.received(m)) for m in self.stack.model_clusters)

    def close(self) -> None:
        self.http.close()


def user(text: str, model: str = "auto", **extra: Any) -> dict[str, Any]:
    return {"model": model, "messages": [{"role": "user", "content": text}], **extra}


@pytest.fixture
def client(stack: DevStack) -> Iterator[StackClient]:
    """A client for the module's `stack` fixture, with the upstreams' request logs cleared."""
    c = StackClient(stack)
    c.clear()
    yield c
    c.close()


@pytest.fixture(scope="session")
def stack_factory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    started: list[DevStack] = []

    def make(
        name: str, overrides: dict[str, Any] | None = None, *, envoy_path: Path = DEFAULT_ENVOY
    ) -> DevStack:
        s = DevStack(tmp_path_factory.mktemp(name), envoy_path=envoy_path, config_overrides=overrides or {})
        started.append(s)
        try:
            return s.start()
        except Exception:
            for log in ("router", "envoy"):
                print(f"--- {log} log ---\n{s.logs(log)[-3000:]}")
            raise

    yield make
    for s in started:
        s.stop()


def core_overrides() -> dict[str, Any]:
    """The reference config minus cache and guards (their own suites cover them), so routing tests see
    every request reach an upstream; a small body limit keeps the 413 path cheap to test."""
    overrides: dict[str, Any] = {
        "server": {"max_body_bytes": 65536},
        "semantic_cache": {"enabled": False},
        "prompt_guard": {"enabled": False},
        "pii": {"enabled": False},
    }
    if not MODELS_BUILT:
        overrides["classifier"] = {"enabled": False}
    return overrides
