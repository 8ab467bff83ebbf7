"""Helpers for the cache-scope suites: the router's store counters and what upstreams received."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from extproc_dev.stack import DevStack, wait_for
from tests.conftest import StackClient
from tests.e2e.test_operations import scrape, value


@contextmanager
def started(workdir: Path, **kwargs: Any) -> Iterator[DevStack]:
    """A started stack, stopped afterwards; the router's and Envoy's logs are printed if it won't start."""
    s = DevStack(workdir, **kwargs)
    try:
        s.start()
    except Exception:
        for log in ("router", "envoy"):
            print(f"--- {log} log ---\n{s.logs(log)[-3000:]}")
        s.stop()
        raise
    try:
        yield s
    finally:
        s.stop()


def memory_cache_overrides(**cache: Any) -> dict[str, Any]:
    """The reference config with the memory cache on and the guards off (their suites cover them)."""
    return {
        "semantic_cache": {"enabled": True, "backend_type": "memory", **cache},
        "pii": {"enabled": False},
        "prompt_guard": {"enabled": False},
    }


def stores(stack: DevStack) -> float:
    """Cache writes the router has finished (stored or failed)."""
    return value(scrape(stack), "llm_cache_operation_duration_seconds_count", operation="store")


def unverified(stack: DevStack) -> float:
    """Answers the router refused to store: another cluster answered than the one it chose."""
    return value(scrape(stack), "llm_cache_errors_total", operation="store_unverified")


def wait_stored(stack: DevStack, before: float, n: int = 1) -> None:
    wait_for(lambda: stores(stack) >= before + n, f"{n} cache write(s)", timeout=30)


def received(client: StackClient) -> list[dict[str, Any]]:
    """Every request the upstreams received, oldest first: headers (lower-cased names), parsed body."""
    out = []
    for model in client.stack.model_clusters:
        for r in client.received(model):
            out.append(
                {
                    "model": model,
                    "headers": {k.lower(): v for k, v in r["headers"].items()},
                    "body": json.loads(r["body"] or "{}"),
                    "at": r["received_at"],
                }
            )
    return sorted(out, key=lambda e: e["at"])


def roles(entry: dict[str, Any]) -> list[str]:
    return [m["role"] for m in entry["body"]["messages"]]
