"""Reloads release what they replace: old classifiers (ONNX sessions, batcher threads) and cache backends
close once the last stream using them ends. Real models, in process."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from extproc.app import RouterApp
from extproc.classify.batcher import BatcherClosedError
from extproc_dev.stack import DEFAULT_CONFIG, ROOT

pytestmark = pytest.mark.skipif(
    not (ROOT / "models" / "manifest.json").exists(), reason="needs `make models`"
)


def write_config(path: Path, wait_ms: float) -> None:
    raw: dict[str, Any] = yaml.safe_load(DEFAULT_CONFIG.read_text())
    raw["classifier"]["models_dir"] = str(ROOT / "models")
    raw["classifier"]["batch_wait_ms"] = wait_ms
    raw["semantic_cache"] = {"enabled": True, "backend_type": "memory", "similarity_threshold": 0.8}
    raw["observability"]["metrics_port"] = None
    path.write_text(yaml.safe_dump(raw))


def os_threads() -> int:
    """Threads of this process as the kernel counts them (onnxruntime's native pools included)."""
    return len(os.listdir("/proc/self/task"))


async def _settle(app: RouterApp) -> None:
    for _ in range(50):
        if not app._closing:
            return
        await asyncio.sleep(0.05)


@contextlib.asynccontextmanager
async def started_app(cfg: Path) -> AsyncIterator[RouterApp]:
    write_config(cfg, 1.0)
    app = RouterApp.from_file(cfg)
    await app.start()
    try:
        yield app
    finally:
        await app.close()


async def test_reloads_do_not_accumulate_threads_or_sessions(tmp_path: Path) -> None:
    cfg = tmp_path / "config.yaml"
    async with started_app(cfg) as app:
        assert app.runtime is not None and app.runtime.classifier is not None
        await app.runtime.classifier.classify("warm up the batcher thread")

        async def reload_and_use(i: int) -> None:
            write_config(cfg, 2.0 + i)  # a classifier change: each reload builds a new classifier
            assert await app.reload()
            rt = app.acquire()
            assert rt is not None and rt.classifier is not None
            await rt.classifier.classify(f"request {i}")
            app.release(rt)
            await _settle(app)

        # A few reloads first: asyncio's default executor (used to close old parts) grows to its size.
        for i in range(3):
            await reload_and_use(i)
        baseline = os_threads()
        for i in range(3, 11):
            await reload_and_use(i)
        # One live classifier's threads (onnxruntime's native pools included), not nine: a leak adds
        # at least four per reload (session pool, row workers, batcher); the slack is the default
        # executor still growing to its size.
        assert os_threads() <= baseline + 3
        assert app._retired == []


async def test_a_stream_keeps_its_generation_until_it_ends(tmp_path: Path) -> None:
    cfg = tmp_path / "config.yaml"
    async with started_app(cfg) as app:
        held = app.acquire()  # a stream in flight across the reload
        assert held is not None and held.classifier is not None
        write_config(cfg, 3.0)
        assert await app.reload()
        await _settle(app)
        assert app.runtime is not held
        # The old classifier still answers its stream...
        result = await held.classifier.classify("still served by the old generation")
        assert result.embedding is not None
        app.release(held)
        await _settle(app)
        # ...and is closed once that stream ended.
        with pytest.raises(BatcherClosedError):
            await held.classifier.classify("too late")
        assert app._retired == []


async def test_reloads_that_race_build_one_classifier(tmp_path: Path) -> None:
    """SIGHUP and the file watcher fire for the same change: one reload does the work."""
    cfg = tmp_path / "config.yaml"
    async with started_app(cfg) as app:
        built = 0
        make = app._make_classifier

        async def counting(cfg_: Any) -> Any:
            nonlocal built
            built += 1
            return await make(cfg_)

        app._make_classifier = counting  # type: ignore[method-assign,assignment]
        write_config(cfg, 4.0)
        first = app.runtime
        assert all(await asyncio.gather(app.reload(), app.reload(), app.reload()))
        assert app.runtime is not first
        assert built == 1
