"""The parent's metrics endpoint for `server.workers`: every worker's samples, labelled, on one port."""

from __future__ import annotations

import socket
from urllib.request import urlopen

from prometheus_client import CollectorRegistry, Counter, Histogram, start_http_server
from prometheus_client.parser import text_string_to_metric_families

from extproc.telemetry import start_worker_metrics_server
from extproc_dev.ports import free_port


def _worker_endpoint(requests: int) -> int:
    registry = CollectorRegistry()
    counter = Counter("llm_model_requests", "Requests", ["model"], registry=registry)
    counter.labels(model="m").inc(requests)
    latency = Histogram("latency_seconds", "Latency", registry=registry, buckets=(0.1, 1.0))
    latency.observe(0.05)
    server, _ = start_http_server(0, addr="127.0.0.1", registry=registry)
    return int(server.server_address[1])


def test_samples_of_every_answering_worker_come_labelled_with_it() -> None:
    with socket.socket() as hung:  # accepts connections, never answers (a worker stuck mid-restart)
        hung.bind(("127.0.0.1", 0))
        hung.listen()
        # Worker 2 refuses connections, worker 3 never answers: both left out of this scrape.
        ports = {0: _worker_endpoint(3), 1: _worker_endpoint(4), 2: free_port(), 3: hung.getsockname()[1]}
        port = start_worker_metrics_server("127.0.0.1", 0, lambda: ports, timeout_s=0.5)
        with urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as reply:
            families = {f.name: f for f in text_string_to_metric_families(reply.read().decode())}
    requests = {
        s.labels["worker"]: s.value
        for s in families["llm_model_requests"].samples
        if s.name.endswith("_total")
    }
    assert requests == {"0": 3.0, "1": 4.0}
    assert families["llm_model_requests"].type == "counter"
    buckets = [s for s in families["latency_seconds"].samples if s.name.endswith("_bucket")]
    assert {s.labels["worker"] for s in buckets} == {"0", "1"} and families[
        "latency_seconds"
    ].type == "histogram"
