"""Operations end to end: metrics moved by traffic, routing_decision logs, health, hot reload, workers."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import grpc
import httpx
import pytest
import yaml
from grpc_health.v1 import health_pb2, health_pb2_grpc
from prometheus_client.parser import text_string_to_metric_families

from extproc_dev.ports import free_port, port_open
from extproc_dev.stack import DEFAULT_CONFIG, DevStack, wait_for
from tests.conftest import StackClient, core_overrides, user

pytestmark = pytest.mark.e2e

MATH = "Compute the integral of x^2 from 0 to 3"


def scrape(stack: DevStack) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    text = httpx.get(f"http://127.0.0.1:{stack.metrics_port}/metrics", timeout=5).text
    out: dict[tuple[str, frozenset[tuple[str, str]]], float] = {}
    for fam in text_string_to_metric_families(text):
        for s in fam.samples:
            labels = frozenset((k, v) for k, v in s.labels.items() if not k.startswith("otel_"))
            out[(s.name, labels)] = s.value
    return out


def value(m: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str, **labels: str) -> float:
    want = set(labels.items())
    return sum(v for (n, ls), v in m.items() if n == name and want <= ls)


@pytest.fixture(scope="module")
def stack(stack_factory: Any) -> DevStack:
    s: DevStack = stack_factory("ops", core_overrides())
    return s


def test_metrics_move_by_the_right_amounts(stack: DevStack) -> None:
    c = StackClient(stack)
    before = scrape(stack)
    tokens = 0
    for _ in range(3):
        r = c.chat(user(MATH))
        tokens += r.json()["usage"]["completion_tokens"]
    c.chat(user("hello", model="fast-1b"))
    c.chat(None, raw=b"{not json")
    c.chat(user("hi", model="nope"))
    time.sleep(0.2)  # the response-body message of the last request is processed after the client sees it
    after = scrape(stack)

    def delta(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert delta("llm_model_requests_total", model="qwen3-32b") == 3
    assert delta("llm_model_requests_total", model="fast-1b") == 1
    assert delta("llm_model_routing_modifications_total", source_model="auto", target_model="qwen3-32b") == 3
    assert delta("llm_category_classifications_total", category="math", source="keyword") == 3
    assert delta("llm_model_completion_tokens_total", model="qwen3-32b") == tokens
    assert delta("llm_request_errors_total", reason="bad_request") == 1
    assert delta("llm_request_errors_total", reason="unknown_model", status="404") == 1
    assert delta("llm_routing_latency_seconds_count") == 6
    c.close()


def test_one_routing_decision_log_per_request_without_prompt_text(stack: DevStack) -> None:
    c = StackClient(stack)
    secret = "Compute the integral of the zebra-unique-marker function"
    r = c.chat(user(secret), headers={"x-request-id": "req-log-test-1"})
    assert r.status_code == 200
    time.sleep(0.2)
    events = [json.loads(line) for line in stack.logs("router").splitlines() if line.startswith("{")]
    mine = [e for e in events if e.get("request_id") == "req-log-test-1"]
    assert len(mine) == 1
    e = mine[0]
    assert e["event"] == "routing_decision"
    assert (e["original_model"], e["selected_model"], e["category"], e["cache_hit"]) == (
        "auto",
        "qwen3-32b",
        "math",
        False,
    )
    assert e["latency_ms"] > 0
    assert "zebra-unique-marker" not in stack.logs("router")
    c.close()


def _health(stack: DevStack, service: str) -> int:
    with grpc.insecure_channel(f"127.0.0.1:{stack.router_port}") as ch:
        resp = health_pb2_grpc.HealthStub(ch).Check(health_pb2.HealthCheckRequest(service=service), timeout=2)
        return int(resp.status)


def test_health_services(stack: DevStack) -> None:
    serving = health_pb2.HealthCheckResponse.SERVING
    for service in ("", "readiness", "liveness", "envoy.service.ext_proc.v3.ExternalProcessor"):
        assert _health(stack, service) == serving


def test_hot_reload_applies_good_config_and_keeps_old_on_bad(stack_factory: Any) -> None:
    s: DevStack = stack_factory("reload", core_overrides())
    c = StackClient(s)
    path = s.workdir / "config.yaml"
    original = yaml.safe_load(path.read_text())
    try:
        assert c.chat(user(MATH)).headers["x-vsr-selected-model"] == "qwen3-32b"
        # Good change via SIGHUP: math now prefers gpt-oss-20b.
        changed = json.loads(json.dumps(original))
        for cat in changed["categories"]:
            if cat["name"] == "math":
                cat["model_scores"] = [{"model": "gpt-oss-20b", "score": 1.0}]
        path.write_text(yaml.safe_dump(changed))
        s.procs["router"].send_signal(signal.SIGHUP)
        wait_for(lambda: c.chat(user(MATH)).headers["x-vsr-selected-model"] == "gpt-oss-20b", "reload", 10)
        # Bad change picked up by the file watcher: rejected, routing continues on the last good config.
        path.write_text(path.read_text().replace("default_model: general-8b", "default_model: missing-model"))
        wait_for(lambda: "config_reload_rejected" in s.logs("router"), "rejection log", 15)
        assert "default_model 'missing-model' is not defined" in s.logs("router")
        r = c.chat(user(MATH))
        assert r.status_code == 200 and r.headers["x-vsr-selected-model"] == "gpt-oss-20b"
        assert _health(s, "readiness") == health_pb2.HealthCheckResponse.SERVING
    finally:
        c.close()


def test_worker_processes_share_the_port(stack_factory: Any) -> None:
    s: DevStack = stack_factory(
        "workers", {**core_overrides(), "server": {"workers": 2, "max_body_bytes": 65536}}
    )
    c = StackClient(s)

    def started() -> dict[int, int]:
        """worker -> pid of its latest start."""
        events = (json.loads(x) for x in s.logs("router").splitlines() if '"router_started"' in x)
        return {e["worker"]: e["pid"] for e in events}

    def routed_ten() -> None:
        for _ in range(10):
            r = c.chat(user(MATH))
            assert r.status_code == 200 and r.headers["x-vsr-selected-model"] == "qwen3-32b"

    try:
        # The stack is ready when one worker answers; every request from then on is routed, whichever
        # worker the kernel hands Envoy's connection to (a worker joins the port only once loaded).
        routed_ten()
        wait_for(lambda: sorted(started()) == [0, 1], "both workers started", 120)
        routed_ten()
        # One metrics port for all workers (the Helm chart exposes one): every sample says its worker,
        # and the workers' counts add up to the requests sent.
        m = scrape(s)
        assert {dict(labels).get("worker") for (_, labels) in m} == {"0", "1"}
        assert value(m, "llm_model_requests_total", model="qwen3-32b") == 20
        # A worker killed after it started (the OOM killer's way) is replaced, and traffic goes on.
        first = started()
        os.kill(first[1], signal.SIGKILL)
        wait_for(lambda: started()[1] != first[1], "worker 1 replaced", 120)
        assert '"worker_replaced"' in s.logs("router")
        assert s.procs["router"].poll() is None
        routed_ten()
    finally:
        c.close()


def _worker_pids(parent: int) -> list[int]:
    """Router worker processes of `parent` (multiprocessing's spawn children; not its resource tracker)."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmdline = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue
        if int(fields[1]) == parent and b"spawn_main" in cmdline:
            pids.append(int(stat.parent.name))
    return pids


def test_a_worker_that_cannot_start_stops_every_worker(tmp_path: Path) -> None:
    """One worker up and one failed would pass readiness probes at half capacity: the server exits.
    A worker killed while it loads (before it serves) stands for any failed start."""
    cfg = yaml.safe_load(DEFAULT_CONFIG.read_text())
    cfg["server"].update({"workers": 2, "grpc_port": free_port()})
    cfg["observability"]["metrics_port"] = free_port()
    for section in ("semantic_cache", "prompt_guard", "pii"):
        cfg[section] = {"enabled": False}
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(cfg))
    proc = subprocess.Popen(
        [sys.executable, "-m", "extproc.cli", "serve", "--config", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not (pids := _worker_pids(proc.pid)) and time.monotonic() < deadline:
            time.sleep(0.005)
        assert pids, "no worker process appeared"
        os.kill(pids[0], signal.SIGKILL)  # still importing or loading its models: not started
        out, _ = proc.communicate(timeout=120)
    finally:
        proc.kill()
    assert proc.returncode != 0
    failed = [json.loads(x) for x in out.splitlines() if '"worker_failed_to_start"' in x]
    assert len(failed) == 1 and failed[0]["exit_code"] == -signal.SIGKILL
    assert '"router_started"' not in out or '"router_stopped"' in out  # the healthy one was stopped
    assert not port_open(cfg["server"]["grpc_port"])
    assert not _worker_pids(proc.pid)


@pytest.mark.parametrize(
    ("workers", "taken", "message"),
    [
        (1, "metrics", "cannot serve metrics on 127.0.0.1:"),
        (2, "metrics", "cannot serve metrics on 127.0.0.1:"),
        (1, "grpc", "cannot serve gRPC on 127.0.0.1:"),
    ],
)
def test_a_port_in_use_is_a_clear_startup_error(
    tmp_path: Path, workers: int, taken: str, message: str
) -> None:
    """Another process on the configured port: exit 2 with what to change, not a traceback."""
    cfg = yaml.safe_load(DEFAULT_CONFIG.read_text())
    cfg["classifier"] = {"enabled": False}
    for section in ("semantic_cache", "prompt_guard", "pii"):
        cfg[section] = {"enabled": False}
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        busy = held.getsockname()[1]
        cfg["server"].update({"workers": workers, "grpc_port": busy if taken == "grpc" else free_port()})
        cfg["observability"]["metrics_port"] = busy if taken == "metrics" else free_port()
        path = tmp_path / "config.yaml"
        path.write_text(yaml.safe_dump(cfg))
        res = subprocess.run(
            [sys.executable, "-m", "extproc.cli", "serve", "--config", str(path)],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert res.returncode == 2, res.stderr
    assert f"{message}{busy}" in res.stderr and "Traceback" not in res.stderr
