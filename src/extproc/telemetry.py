"""Metrics (OpenTelemetry -> Prometheus), JSON logs (structlog) and the rate-limited warning helper.

Metric names follow the vLLM Semantic Router so existing dashboards carry over.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

import structlog
from opentelemetry import trace
from opentelemetry.exporter.prometheus import PrometheusMetricReader
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import MetricReader
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor, SpanExporter
from opentelemetry.trace import INVALID_SPAN, Span, SpanKind
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

LATENCY_BUCKETS = (0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)

_log_configured = False


def configure_logging(level: str = "info") -> None:
    """structlog JSON to stdout, one event per line."""
    global _log_configured
    lvl = getattr(logging, level.upper(), logging.INFO)
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(lvl),
        logger_factory=structlog.WriteLoggerFactory(file=sys.stdout),
        cache_logger_on_first_use=False,
    )
    _log_configured = True


def get_logger(name: str = "extproc") -> Any:
    if not _log_configured:
        configure_logging()
    return structlog.get_logger(name)


class RateLimitedLog:
    """Logs a recurring warning at most once per interval per key, counting what it suppressed."""

    def __init__(self, interval_s: float = 30.0) -> None:
        self._interval = interval_s
        self._last: dict[str, float] = {}
        self._suppressed: dict[str, int] = {}
        self._lock = threading.Lock()

    def warning(self, key: str, event: str, **fields: Any) -> None:
        now = time.monotonic()
        with self._lock:
            last = self._last.get(key)
            if last is not None and now - last < self._interval:
                self._suppressed[key] = self._suppressed.get(key, 0) + 1
                return
            self._last[key] = now
            suppressed = self._suppressed.pop(key, 0)
        get_logger().warning(event, suppressed=suppressed, **fields)


class Metrics:
    """Every instrument the router records; one instance per process."""

    def __init__(
        self, extra_readers: list[MetricReader] | None = None, service_name: str = "semantic-router"
    ):
        readers: list[MetricReader] = [PrometheusMetricReader()]
        readers.extend(extra_readers or [])
        self.provider = MeterProvider(
            metric_readers=readers, resource=Resource.create({"service.name": service_name})
        )
        m = self.provider.get_meter("extproc")
        self.requests = m.create_counter(
            "llm_model_requests_total", description="Chat requests by selected model"
        )
        self.routing_modifications = m.create_counter(
            "llm_model_routing_modifications_total",
            description="Requests whose model the router changed (source_model -> target_model)",
        )
        self.category_classifications = m.create_counter(
            "llm_category_classifications_total", description="Requests by category and signal source"
        )
        self.classifier_latency = m.create_histogram(
            "llm_classifier_latency_seconds",
            unit="s",
            description="Classification latency",
            explicit_bucket_boundaries_advisory=LATENCY_BUCKETS,
        )
        self.routing_latency = m.create_histogram(
            "llm_routing_latency_seconds",
            unit="s",
            description="Request-body handling time in the router (classify, guard, cache, decide)",
            explicit_bucket_boundaries_advisory=LATENCY_BUCKETS,
        )
        self.cache_hits = m.create_counter("llm_cache_hits_total", description="Semantic cache hits")
        self.cache_misses = m.create_counter("llm_cache_misses_total", description="Semantic cache misses")
        self.cache_bad_hits = m.create_counter(
            "llm_cache_bad_hits_total", description="Cache hits reported as wrong answers, by whether evicted"
        )
        self.cache_operation_duration = m.create_histogram(
            "llm_cache_operation_duration_seconds",
            unit="s",
            description="Cache operation latency",
            explicit_bucket_boundaries_advisory=LATENCY_BUCKETS,
        )
        self.cache_errors = m.create_counter(
            "llm_cache_errors_total", description="Cache operations that failed (the request failed open)"
        )
        self.pii_violations = m.create_counter(
            "llm_pii_violations_total", description="PII types a model's policy forbade"
        )
        self.pii_detections = m.create_counter(
            "llm_pii_detections_total", description="PII entity types detected in routed requests"
        )
        self.blocked = m.create_counter(
            "llm_requests_blocked_total", description="Requests the router blocked, by reason"
        )
        self.prompt_tokens = m.create_counter(
            "llm_model_prompt_tokens_total", description="Prompt tokens reported by upstreams"
        )
        self.completion_tokens = m.create_counter(
            "llm_model_completion_tokens_total", description="Completion tokens reported by upstreams"
        )
        self.errors = m.create_counter(
            "llm_request_errors_total", description="Requests answered with an error, by reason"
        )
        self.guard_undecided = m.create_counter(
            "llm_guard_undecided_total",
            description="Chat requests a guard could not decide on (classifier failure), by guard",
        )
        self.classifier_errors = m.create_counter(
            "llm_classifier_errors_total", description="Classifier failures (the request failed open)"
        )

    def shutdown(self) -> None:
        self.provider.shutdown()


_metrics: Metrics | None = None
_metrics_lock = threading.Lock()


def metrics() -> Metrics:
    """The process-wide Metrics (Prometheus allows one registration per name)."""
    global _metrics
    with _metrics_lock:
        if _metrics is None:
            _metrics = Metrics()
        return _metrics


def start_metrics_server(host: str, port: int) -> int:
    """Serve /metrics; returns the bound port (port 0 picks a free one)."""
    from prometheus_client import start_http_server

    server, _thread = start_http_server(port, addr=host)
    return int(server.server_address[1])


class WorkerMetrics:
    """A Prometheus collector for the parent of `server.workers` processes. Each scrape reads every
    worker's own /metrics over loopback and hands the samples on with a `worker` label, so Prometheus
    (and the Helm chart's one metrics port) sees all workers at one address whatever their number. A
    worker that does not answer (one being replaced) is left out of that scrape."""

    def __init__(self, ports: Callable[[], dict[int, int]], timeout_s: float = 2.0) -> None:
        self._ports = ports
        self._timeout = timeout_s

    def collect(self) -> Iterator[Any]:
        from urllib.request import urlopen

        from prometheus_client.metrics_core import Metric
        from prometheus_client.parser import text_string_to_metric_families
        from prometheus_client.samples import Sample

        def fetch(port: int) -> str | None:
            try:
                with urlopen(f"http://127.0.0.1:{port}/metrics", timeout=self._timeout) as reply:
                    text: str = reply.read().decode("utf-8")
                    return text
            except OSError:
                return None

        ports = sorted(self._ports().items())
        # All workers at once: one that hangs costs the scrape its timeout once, not once per worker.
        with ThreadPoolExecutor(max_workers=max(len(ports), 1)) as pool:
            texts = list(pool.map(fetch, [port for _, port in ports]))
        families: dict[str, Metric] = {}
        for (worker, _), text in zip(ports, texts, strict=True):
            if text is None:
                continue
            for family in text_string_to_metric_families(text):
                merged = families.get(family.name)
                if merged is None:
                    merged = families[family.name] = Metric(family.name, family.documentation, family.type)
                merged.samples += [
                    Sample(s.name, {**s.labels, "worker": str(worker)}, s.value, s.timestamp, s.exemplar)
                    for s in family.samples
                ]
        yield from families.values()


def start_worker_metrics_server(
    host: str, port: int, ports: Callable[[], dict[int, int]], timeout_s: float = 2.0
) -> int:
    """Serve every worker's metrics, labelled, on one port (see `WorkerMetrics`); returns the bound port."""
    from prometheus_client import CollectorRegistry, start_http_server

    registry = CollectorRegistry(auto_describe=False)
    registry.register(WorkerMetrics(ports, timeout_s))
    server, _thread = start_http_server(port, addr=host, registry=registry)
    return int(server.server_address[1])


class Tracing:
    """OpenTelemetry traces: one span per request, children per stage, W3C context in and out."""

    def __init__(
        self,
        service_name: str = "semantic-router",
        otlp_endpoint: str | None = None,
        exporter: SpanExporter | None = None,
    ) -> None:
        self.provider = TracerProvider(resource=Resource.create({"service.name": service_name}))
        if exporter is not None:
            self.provider.add_span_processor(SimpleSpanProcessor(exporter))
        if otlp_endpoint:
            from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter

            self.provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=otlp_endpoint)))
        self.tracer = self.provider.get_tracer("extproc")
        self._propagator = TraceContextTextMapPropagator()

    def start_request(self, headers: dict[str, str]) -> Span:
        """The request span, child of the caller's `traceparent` when there is one."""
        parent = self._propagator.extract(headers)
        return self.tracer.start_span("semantic_router.request", context=parent, kind=SpanKind.SERVER)

    @contextmanager
    def child(self, parent: Span | None, name: str, **attributes: str | int | float | bool) -> Iterator[Span]:
        if parent is None:
            yield INVALID_SPAN
            return
        with self.tracer.start_as_current_span(
            name, context=trace.set_span_in_context(parent), attributes=attributes
        ) as span:
            yield span

    def headers_for_upstream(self, span: Span | None) -> dict[str, str]:
        """`traceparent` (and `tracestate`) that make the upstream's spans children of ours."""
        if span is None:
            return {}
        carrier: dict[str, str] = {}
        self._propagator.inject(carrier, context=trace.set_span_in_context(span))
        return carrier

    def shutdown(self) -> None:
        self.provider.shutdown()
