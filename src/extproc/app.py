"""Builds a Runtime from config and swaps it on reload; owns the long-lived parts (classifier, cache)."""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import gc
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from extproc.cache.base import CacheBackend
from extproc.cache.service import SemanticCache
from extproc.cache.verifier import LearnedVerifier
from extproc.classify.base import Classifier
from extproc.config import RouterConfig, load_config
from extproc.pipeline import Runtime
from extproc.telemetry import Metrics, Tracing, get_logger, metrics


def _release_freed_memory() -> None:
    with contextlib.suppress(OSError, AttributeError):  # not glibc
        ctypes.CDLL("libc.so.6").malloc_trim(0)


class StartupError(Exception):
    """The router cannot start with this config (missing model files, unreachable required parts)."""


class RouterApp:
    """The current Runtime plus what survives reloads unchanged.

    `runtime` is None until `start()` has loaded every part, so no stream ever runs on a half-built
    generation. The classifier and cache backend are rebuilt on reload only when their config
    sections change, so a reload that touches routes costs nothing; in-flight streams keep the
    Runtime they began with.
    """

    def __init__(
        self, config: RouterConfig, config_path: Path | None = None, metrics_: Metrics | None = None
    ):
        self.config = config
        self.config_path = config_path
        self.metrics = metrics_ or metrics()
        # Relative paths in config (models_dir, ...) resolve against the working directory.
        self.base_dir = Path.cwd()
        obs = config.observability
        self.tracing = Tracing(obs.service_name, obs.otlp_endpoint)
        self.runtime: Runtime | None = None
        self._classifier: Classifier | None = None
        self._backend: CacheBackend | None = None
        self._verifier: LearnedVerifier | None = None
        # Generations replaced by a reload that still serve streams, and parts (classifiers, cache
        # backends) that reloads replaced: each part is closed once no live generation uses it.
        self._draining: set[Runtime] = set()
        self._retired: list[Classifier | CacheBackend] = []
        self._closing: set[asyncio.Task[None]] = set()
        self._reload_lock = asyncio.Lock()
        # One thread loads models (start and reloads), so reloads never grow a thread pool.
        self._loader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="model-loader")

    @classmethod
    def from_file(cls, path: str | Path) -> RouterApp:
        p = Path(path).resolve()
        return cls(load_config(p), p)

    async def start(self) -> None:
        cfg = self.config
        self._classifier = await self._make_classifier(cfg)
        self._backend = await self._make_cache_backend(cfg, self._classifier)
        self._verifier = await self._make_verifier(cfg) if self._backend is not None else None
        self.runtime = self._runtime(cfg)

    def _runtime(self, cfg: RouterConfig) -> Runtime:
        cache = None
        if self._backend is not None:
            thresholds = {
                c.name: c.semantic_cache_similarity_threshold
                for c in cfg.categories
                if c.semantic_cache_similarity_threshold is not None
            }
            cache = SemanticCache(
                self._backend,
                cfg.semantic_cache,
                self.metrics,
                category_thresholds=thresholds,
                tracing=self.tracing,
                verifier=self._verifier,
            )
            self._log_gate(cache)
        return Runtime(
            config=cfg, metrics=self.metrics, tracing=self.tracing, classifier=self._classifier, cache=cache
        )

    @staticmethod
    def _log_gate(cache: SemanticCache) -> None:
        log = get_logger()
        calibrated = cache.verifier.settings.similarity_threshold if cache.verifier is not None else None
        log.info(
            "cache_similarity_threshold", value=cache.similarity_threshold, source=cache.similarity_source
        )
        if calibrated is not None and calibrated != cache.similarity_threshold:
            # The verifier's threshold was chosen together with its gate; another gate lets it see
            # candidates it was never calibrated on (or hides ones it would serve).
            log.warning(
                "cache_gate_not_calibrated",
                similarity_threshold=cache.similarity_threshold,
                calibrated=calibrated,
                hint="set semantic_cache.similarity_threshold: auto",
            )

    async def _make_classifier(self, cfg: RouterConfig) -> Classifier | None:
        if not cfg.classifier.enabled:
            return None
        from extproc.classify.artifacts import ModelLoadError
        from extproc.classify.onnx import create_classifier

        try:
            # Model loading and warm-up take a while: keep the event loop (health checks) answering.
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._loader, create_classifier, cfg.classifier, self.base_dir)
        except ModelLoadError as exc:
            raise StartupError(str(exc)) from exc

    async def _make_verifier(self, cfg: RouterConfig) -> LearnedVerifier | None:
        """The cache's candidate verifier (models/cache_verifier.*). Missing files: the cache serves
        exact repeats only (never an unverified similar entry), with a warning naming the file; a file
        that is there but cannot be loaded stops the start."""
        if not cfg.semantic_cache.verify_candidates or cfg.semantic_cache.verifier != "learned":
            return None
        from extproc.cache.verifier import VerifierLoadError, VerifierMissing, load_verifier

        try:
            return await asyncio.to_thread(load_verifier, self.base_dir / cfg.classifier.models_dir)
        except VerifierMissing as exc:
            get_logger().warning("cache_verifier_missing", error=str(exc), fallback="exact matches only")
            return None
        except VerifierLoadError as exc:
            raise StartupError(str(exc)) from exc

    async def _make_cache_backend(
        self, cfg: RouterConfig, classifier: Classifier | None
    ) -> CacheBackend | None:
        if not cfg.semantic_cache.enabled:
            return None
        dim = classifier.embedding_dim if classifier is not None else None
        if dim is None:
            # Nothing would ever produce a key: say so once instead of silently never caching.
            get_logger().warning("cache_disabled", reason="the classifier (encoder) is disabled")
            return None
        from extproc.cache.factory import create_cache_backend

        backend = create_cache_backend(cfg.semantic_cache, embedding_dim=dim)
        # Fail open: a backend that is down at start is retried by the backend on later calls.
        try:
            await backend.start()
        except Exception as exc:
            get_logger().warning("cache_start_failed", backend=backend.name, error=type(exc).__name__)
        return backend

    def acquire(self) -> Runtime | None:
        """The current generation, counted as in use by one more stream (None while starting)."""
        rt = self.runtime
        if rt is not None:
            rt.streams += 1
        return rt

    def release(self, rt: Runtime) -> None:
        """A stream on `rt` ended; once a replaced generation is idle, close what only it used."""
        rt.streams -= 1
        if rt is not self.runtime and rt.streams == 0:
            task = asyncio.get_running_loop().create_task(self._close_unused())
            self._closing.add(task)
            task.add_done_callback(self._closing.discard)

    async def _close_unused(self) -> None:
        done = {r for r in self._draining if r.streams == 0}
        self._draining -= done
        for r in done:
            if r.cache is not None:
                await r.cache.drain()  # its last writes land before its backend may close
        live = [r for r in (self.runtime, *self._draining) if r is not None]
        in_use = {id(p) for r in live for p in (r.classifier, r.cache.backend if r.cache else None)}
        keep: list[Classifier | CacheBackend] = []
        for part in self._retired:
            if id(part) in in_use:
                keep.append(part)
                continue
            try:
                await part.close()
            except Exception as exc:
                get_logger().warning("retired_part_close_failed", error=type(exc).__name__)
        if len(keep) < len(self._retired):
            # Generations reference themselves (runtime <-> steps): free what was closed now, and give
            # the freed model memory back to the OS (glibc keeps it otherwise: +30 MB RSS a reload).
            gc.collect()
            _release_freed_memory()
        self._retired = keep

    async def reload(self) -> bool:
        """Re-read the config file; a file that fails validation keeps the old config.

        Serialised: SIGHUP and the file watcher often fire for the same change, and two reloads
        racing would each build a classifier."""
        async with self._reload_lock:
            return await self._reload()

    async def _reload(self) -> bool:
        if self.config_path is None or self.runtime is None:
            return False
        log = get_logger()
        try:
            new_cfg = load_config(self.config_path)
        except Exception as exc:
            log.error("config_reload_rejected", path=str(self.config_path), error=str(exc))
            return False
        old_cfg = self.config
        if new_cfg == old_cfg:
            return True
        classifier, backend = self._classifier, self._backend
        try:
            if new_cfg.classifier != old_cfg.classifier:
                classifier = await self._make_classifier(new_cfg)
            old_dim = self._classifier.embedding_dim if self._classifier is not None else None
            new_dim = classifier.embedding_dim if classifier is not None else None
            if new_cfg.semantic_cache != old_cfg.semantic_cache or new_dim != old_dim:
                backend = await self._make_cache_backend(new_cfg, classifier)
            verifier = self._verifier
            if backend is None:
                verifier = None
            elif (
                verifier is None
                or new_cfg.semantic_cache != old_cfg.semantic_cache
                or new_cfg.classifier != old_cfg.classifier
            ):
                verifier = await self._make_verifier(new_cfg)
        except Exception as exc:
            log.error("config_reload_rejected", path=str(self.config_path), error=str(exc))
            return False
        old_rt = self.runtime
        if classifier is not self._classifier and self._classifier is not None:
            self._retired.append(self._classifier)
        if backend is not self._backend and self._backend is not None:
            self._retired.append(self._backend)
        self._classifier, self._backend, self.config = classifier, backend, new_cfg
        self._verifier = verifier
        self.runtime = self._runtime(new_cfg)
        # Streams in flight finish on the old generation; its replaced parts close after the last one.
        self._draining.add(old_rt)
        await self._close_unused()
        log.info("config_reloaded", path=str(self.config_path))
        return True

    async def cache_ready(self) -> bool:
        """True when no cache is required for readiness, or the required one answers."""
        if self._backend is None or not self.config.semantic_cache.required:
            return True
        try:
            return await self._backend.health()
        except Exception:
            return False

    def config_mtime(self) -> float | None:
        try:
            return self.config_path.stat().st_mtime if self.config_path else None
        except OSError:
            return None

    async def close(self) -> None:
        if self._closing:
            await asyncio.gather(*self._closing, return_exceptions=True)
        for r in self._draining:
            await r.drain()
        if self.runtime is not None:
            await self.runtime.drain()
        for part in self._retired:
            await part.close()
        self._loader.shutdown(wait=False)
        self.tracing.shutdown()
        if self._classifier is not None:
            await self._classifier.close()
        if self._backend is not None:
            await self._backend.close()
