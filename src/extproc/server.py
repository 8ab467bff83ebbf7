"""grpc.aio server: the ext_proc servicer, gRPC health, signals (SIGTERM/SIGINT stop, SIGHUP reloads)."""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Protocol

import grpc
import structlog
from grpc_health.v1 import _async as health_aio
from grpc_health.v1 import health_pb2, health_pb2_grpc

from extproc._proto.envoy.service.ext_proc.v3 import external_processor_pb2 as ep
from extproc._proto.envoy.service.ext_proc.v3 import external_processor_pb2_grpc as ep_grpc
from extproc.app import RouterApp, StartupError
from extproc.classify.service import add_classifier_service
from extproc.processor import StreamProcessor
from extproc.telemetry import configure_logging, get_logger, start_metrics_server, start_worker_metrics_server

EXT_PROC_SERVICE = "envoy.service.ext_proc.v3.ExternalProcessor"
# Kubernetes probes ask for these service names.
READINESS = "readiness"
LIVENESS = "liveness"


class ExternalProcessorService(ep_grpc.ExternalProcessorServicer):  # type: ignore[misc]
    def __init__(self, app: RouterApp) -> None:
        self.app = app
        self.active_streams = 0

    async def Process(
        self,
        request_iterator: AsyncIterator[ep.ProcessingRequest],
        context: grpc.aio.ServicerContext[ep.ProcessingRequest, ep.ProcessingResponse],
    ) -> AsyncIterator[ep.ProcessingResponse]:
        runtime = self.app.acquire()
        if runtime is None:
            # Still loading models: Envoy applies its failure mode (fail-open or guarded profile).
            await context.abort(grpc.StatusCode.UNAVAILABLE, "the router is starting")
            return
        proc = StreamProcessor(runtime)
        self.active_streams += 1
        try:
            async for req in request_iterator:
                try:
                    resp = await proc.handle(req)
                except Exception as exc:
                    # The exception's type only: its message may quote the request.
                    get_logger().error(
                        "processing_failed", error=type(exc).__name__, request_id=proc.ctx.request_id
                    )
                    resp = proc.on_error(req)
                yield resp
        finally:
            self.active_streams -= 1
            proc.finish()
            self.app.release(runtime)


class RouterServer:
    def __init__(self, app: RouterApp) -> None:
        self.app = app
        cfg = app.config
        self.server = grpc.aio.server(
            options=[
                ("grpc.so_reuseport", 1 if cfg.server.workers > 1 else 0),
                # Envoy forwards bodies up to its buffer limit (8 MiB in the reference envoy.yaml); a
                # message we refused would fail the stream open and let an oversize body bypass us.
                ("grpc.max_receive_message_length", 32 * 1024 * 1024),
                ("grpc.max_send_message_length", 64 * 1024 * 1024),
            ]
        )
        self.service = ExternalProcessorService(app)
        ep_grpc.add_ExternalProcessorServicer_to_server(self.service, self.server)
        self.health = health_aio.HealthServicer()
        health_pb2_grpc.add_HealthServicer_to_server(self.health, self.server)
        add_classifier_service(app, self.server)
        # One process binds at once and answers NOT_SERVING while it loads. A worker binds only with
        # its models loaded: the kernel spreads connections over every socket in the SO_REUSEPORT
        # group, and one still loading would answer UNAVAILABLE to its share of Envoy's streams.
        self._bind_early = cfg.server.workers <= 1
        self.port = self._bind() if self._bind_early else 0
        self._stop = asyncio.Event()
        self._ready_task: asyncio.Task[None] | None = None

    def _bind(self) -> int:
        cfg = self.app.config.server
        try:
            # grpcio raises RuntimeError on a failed bind (older versions returned 0).
            port = self.server.add_insecure_port(f"{cfg.host}:{cfg.grpc_port}")
        except RuntimeError:
            port = 0
        if port == 0:
            raise StartupError(
                f"cannot serve gRPC on {cfg.host}:{cfg.grpc_port} (in use?); free it or change server.grpc_port"
            )
        return port

    async def start(self) -> None:
        serving = health_pb2.HealthCheckResponse.SERVING
        await self.health.set(LIVENESS, serving)
        for name in ("", READINESS, EXT_PROC_SERVICE):
            await self.health.set(name, health_pb2.HealthCheckResponse.NOT_SERVING)
        if self._bind_early:
            await self.server.start()
            await self.app.start()
        else:
            await self.app.start()
            self.port = self._bind()
            await self.server.start()
        self._ready_task = asyncio.create_task(self._become_ready())

    async def _become_ready(self) -> None:
        """Readiness only once the models are loaded and a required cache backend answered."""
        while not await self.app.cache_ready():  # noqa: ASYNC110 - polling an external backend
            await asyncio.sleep(0.5)
        for name in ("", READINESS, EXT_PROC_SERVICE):
            await self.health.set(name, health_pb2.HealthCheckResponse.SERVING)

    async def watch_config(self, interval: float) -> None:
        """Reload when the config file changes (Kubernetes ConfigMap updates arrive this way)."""
        last = self.app.config_mtime()
        while True:
            await asyncio.sleep(interval)
            now = self.app.config_mtime()
            if now is not None and now != last:
                last = now
                await self.app.reload()

    def request_stop(self) -> None:
        self._stop.set()

    async def wait(self) -> None:
        await self._stop.wait()

    async def stop(self) -> None:
        if self._ready_task is not None:
            self._ready_task.cancel()
        grace = self.app.config.server.shutdown_grace_seconds
        not_serving = health_pb2.HealthCheckResponse.NOT_SERVING
        for name in ("", READINESS, EXT_PROC_SERVICE):
            await self.health.set(name, not_serving)
        # New streams are refused; streams in flight get `grace` seconds to finish.
        await self.server.stop(grace)
        await self.app.close()


async def serve(config_path: str | Path, link: WorkerLink | None = None) -> None:
    """Run one router process: alone, or as worker `link.index` of `serve_workers`."""
    worker = link.index if link is not None else 0
    app = RouterApp.from_file(config_path)
    cfg = app.config
    configure_logging(cfg.observability.log_level)
    if cfg.server.workers > 1:
        # Every event of this process (routing_decision included) says which worker wrote it.
        structlog.contextvars.bind_contextvars(worker=worker)
    log = get_logger()
    server = RouterServer(app)
    metrics_port = None
    if cfg.observability.metrics_port is not None and link is None:
        metrics_port = _serve_metrics(
            start_metrics_server, cfg.observability.metrics_host, cfg.observability.metrics_port
        )
    elif cfg.observability.metrics_port is not None and link is not None:
        # A worker serves its own metrics on loopback only; the parent serves them all on the
        # configured port (telemetry.WorkerMetrics).
        metrics_port = start_metrics_server("127.0.0.1", 0)
        link.metrics_port.value = metrics_port
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, server.request_stop)
    loop.add_signal_handler(signal.SIGHUP, lambda: asyncio.ensure_future(app.reload()))
    await server.start()
    log.info(
        "router_started",
        pid=os.getpid(),
        grpc_port=server.port,
        metrics_port=metrics_port,
        models=list(cfg.models),
    )
    if link is not None:
        link.started.set()
    watcher = None
    if cfg.server.config_watch_interval_seconds > 0:
        watcher = asyncio.create_task(server.watch_config(cfg.server.config_watch_interval_seconds))
    await server.wait()
    if watcher is not None:
        watcher.cancel()
    log.info("router_stopping", active_streams=server.service.active_streams)
    await server.stop()
    log.info("router_stopped")


def _serve_metrics(start: Callable[[str, int], int], host: str, port: int) -> int:
    """Start a metrics endpoint; a port in use is a clear startup error, not a traceback."""
    try:
        return start(host, port)
    except OSError as exc:
        raise StartupError(
            f"cannot serve metrics on {host}:{port} ({exc.strerror or exc}); "
            "free it or change observability.metrics_port"
        ) from exc


class EventLike(Protocol):
    """multiprocessing.Event, as a worker and its parent see it."""

    def set(self) -> None: ...
    def is_set(self) -> bool: ...


class PortLike(Protocol):
    """multiprocessing.Value("i"), as a worker and its parent see it."""

    value: int


@dataclass(frozen=True)
class WorkerLink:
    """What a worker process shares with its parent."""

    index: int
    # Set once the worker serves: a worker that dies before that was a failed start.
    started: EventLike
    # The loopback port of the worker's own /metrics (0 until bound).
    metrics_port: PortLike


def _worker_main(config_path: str, link: WorkerLink) -> None:
    # Children ignore SIGINT from the terminal; the parent forwards SIGTERM to each of them.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    asyncio.run(serve(config_path, link))


def serve_workers(
    config_path: str, workers: int, *, metrics: tuple[str, int] | None = None, poll_s: float = 1.0
) -> int:
    """Run `workers` processes that share the gRPC port through SO_REUSEPORT, so every core is used.

    The kernel spreads Envoy's connections across them. SIGTERM/SIGINT stop all, SIGHUP reloads all.
    With `metrics` (host, port) this process serves every worker's metrics there, labelled `worker`.
    A worker that dies after it started (OOM kill, crash) is replaced, as gunicorn does. One that dies
    before it started (a port taken, a bad model file) stops every worker and the parent exits non-zero:
    a pod serving on a fraction of its workers looks healthy to its probes, so the failure must show."""
    import multiprocessing as mp
    from multiprocessing.connection import wait

    log = get_logger()
    ctx = mp.get_context("spawn")
    procs: dict[int, tuple[BaseProcess, WorkerLink]] = {}
    stopping = False
    failed_code = 0

    def spawn(i: int) -> None:
        link = WorkerLink(i, ctx.Event(), ctx.Value("i", 0))
        p = ctx.Process(target=_worker_main, args=(config_path, link), daemon=False)
        p.start()
        procs[i] = (p, link)

    def signal_all(sig: int) -> None:
        for p, _ in procs.values():
            if p.pid is not None and p.is_alive():
                os.kill(p.pid, sig)

    def forward(sig: int, _frame: object) -> None:
        nonlocal stopping
        if sig != signal.SIGHUP:
            stopping = True
        signal_all(signal.SIGTERM if sig == signal.SIGINT else sig)

    def worker_ports() -> dict[int, int]:
        return {i: link.metrics_port.value for i, (_, link) in list(procs.items()) if link.metrics_port.value}

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, forward)
    if metrics is not None:
        port = _serve_metrics(
            lambda host, port: start_worker_metrics_server(host, port, worker_ports), *metrics
        )
        log.info("worker_metrics_started", metrics_port=port, workers=workers)
    for i in range(workers):
        spawn(i)
    codes: list[int] = []
    while procs:
        wait([p.sentinel for p, _ in procs.values()], timeout=poll_s)
        for i, (p, link) in list(procs.items()):
            if p.is_alive():
                continue
            p.join()
            code = p.exitcode or 0
            del procs[i]
            if stopping:
                codes.append(code)
            elif link.started.is_set():
                log.error("worker_replaced", worker=i, exit_code=code)
                spawn(i)
            else:
                log.error("worker_failed_to_start", worker=i, exit_code=code, action="stopping all workers")
                failed_code = code or 1
                stopping = True
                signal_all(signal.SIGTERM)
    return failed_code or max(codes, default=0)
