"""Builds a Runtime from config and swaps it on reload; owns the long-lived parts (classifier, cache)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from extproc.cache.base import CacheBackend
from extproc.classify.base import Classifier
from extproc.config import RouterConfig, load_config
from extproc.pipeline import Runtime
from extproc.telemetry import Metrics, Tracing, get_logger, metrics


class StartupError(Exception):
    """The router cannot start with this config (missing model files, unreachable required parts)."""


class RouterApp:
    """The current Runtime plus what survives reloads unchanged.

    The classifier and cache are rebuilt on reload only when their config sections change, so a
    reload that touches routes costs nothing and in-flight streams keep the Runtime they began with.
    """

    def __init__(
        self, config: RouterConfig, config_path: Path | None = None, metrics_: Metrics | None = None
    ):
        self.config_path = config_path
        self.metrics = metrics_ or metrics()
        # Relative paths in config (models_dir, ...) resolve against the working directory.
        self.base_dir = Path.cwd()
        obs = config.observability
        self.tracing = Tracing(obs.service_name, obs.otlp_endpoint)
        self.runtime = Runtime(config=config, metrics=self.metrics, tracing=self.tracing)
        self.ready = False

    @classmethod
    def from_file(cls, path: str | Path) -> RouterApp:
        p = Path(path).resolve()
        return cls(load_config(p), p)

    async def start(self) -> None:
        cfg = self.runtime.config
        self.runtime.classifier = await self._make_classifier(cfg)
        self.runtime.cache = await self._make_cache(cfg)
        self.ready = True

    async def _make_classifier(self, cfg: RouterConfig) -> Classifier | None:
        if not cfg.classifier.enabled:
            return None
        from extproc.classify.artifacts import ModelLoadError
        from extproc.classify.onnx import create_classifier

        try:
            # Model loading and warm-up take a while: keep the event loop (health checks) answering.
            return await asyncio.to_thread(create_classifier, cfg.classifier, self.base_dir)
        except ModelLoadError as exc:
            raise StartupError(str(exc)) from exc

    async def _make_cache(self, cfg: RouterConfig) -> CacheBackend | None:
        if not cfg.semantic_cache.enabled:
            return None
        from extproc.cache.factory import create_cache_backend

        backend = create_cache_backend(cfg.semantic_cache, embedding_dim=384)
        # Fail open: a backend that is down at start is retried by the backend on later calls.
        try:
            await backend.start()
        except Exception as exc:
            get_logger().warning("cache_start_failed", backend=backend.name, error=repr(exc))
        return backend

    async def reload(self) -> bool:
        """Re-read the config file; a file that fails validation keeps the old config."""
        if self.config_path is None:
            return False
        log = get_logger()
        try:
            new_cfg = load_config(self.config_path)
        except Exception as exc:
            log.error("config_reload_rejected", path=str(self.config_path), error=str(exc))
            return False
        old = self.runtime
        if new_cfg == old.config:
            return True
        try:
            classifier = (
                old.classifier
                if new_cfg.classifier == old.config.classifier
                else await self._make_classifier(new_cfg)
            )
            cache = (
                old.cache
                if new_cfg.semantic_cache == old.config.semantic_cache
                else await self._make_cache(new_cfg)
            )
        except Exception as exc:
            log.error("config_reload_rejected", path=str(self.config_path), error=str(exc))
            return False
        self.runtime = Runtime(
            config=new_cfg, metrics=self.metrics, tracing=self.tracing, classifier=classifier, cache=cache
        )
        # Old parts are left for in-flight streams; the garbage collector closes them with the runtime.
        log.info("config_reloaded", path=str(self.config_path))
        return True

    async def cache_ready(self) -> bool:
        """True when no cache is required for readiness, or the required one answers."""
        rt = self.runtime
        if rt.cache is None or not rt.config.semantic_cache.required:
            return True
        try:
            return await rt.cache.health()
        except Exception:
            return False

    def config_mtime(self) -> float | None:
        try:
            return self.config_path.stat().st_mtime if self.config_path else None
        except OSError:
            return None

    async def close(self) -> None:
        rt = self.runtime
        await rt.drain()
        self.tracing.shutdown()
        if rt.classifier is not None:
            await rt.classifier.close()
        if rt.cache is not None:
            await rt.cache.close()
