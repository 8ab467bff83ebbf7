"""Span structure, driven through the real processor with real ext_proc messages."""

from __future__ import annotations

import json

from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from extproc._proto.envoy.config.core.v3 import base_pb2 as core
from extproc._proto.envoy.service.ext_proc.v3 import external_processor_pb2 as ep
from extproc.config import load_config
from extproc.pipeline import Runtime
from extproc.processor import StreamProcessor
from extproc.telemetry import Tracing, metrics
from extproc_dev.stack import ROOT

TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"
PARENT_ID = "00f067aa0ba902b7"


def _headers(pairs: dict[str, str], end: bool = False) -> ep.HttpHeaders:
    return ep.HttpHeaders(
        headers=core.HeaderMap(
            headers=[core.HeaderValue(key=k, raw_value=v.encode()) for k, v in pairs.items()]
        ),
        end_of_stream=end,
    )


async def test_request_span_children_and_propagation() -> None:
    base = load_config(ROOT / "config" / "config.yaml")
    off = {"enabled": False}
    cfg = base.model_copy(
        update={
            "classifier": base.classifier.model_copy(update=off),
            "prompt_guard": base.prompt_guard.model_copy(update=off),
            "pii": base.pii.model_copy(update=off),
        }
    )
    exporter = InMemorySpanExporter()
    rt = Runtime(config=cfg, metrics=metrics(), tracing=Tracing(exporter=exporter))
    proc = StreamProcessor(rt)
    await proc.handle(
        ep.ProcessingRequest(
            request_headers=_headers(
                {
                    ":method": "POST",
                    ":path": "/v1/chat/completions",
                    "traceparent": f"00-{TRACE_ID}-{PARENT_ID}-01",
                }
            )
        )
    )
    body = json.dumps(
        {"model": "auto", "messages": [{"role": "user", "content": "solve this equation"}]}
    ).encode()
    resp = await proc.handle(ep.ProcessingRequest(request_body=ep.HttpBody(body=body, end_of_stream=True)))
    sent = {
        h.header.key: h.header.raw_value.decode()
        for h in resp.request_body.response.header_mutation.set_headers
    }
    completion = {"choices": [{"index": 0, "message": {"role": "assistant", "content": "x"}}], "usage": {}}
    await proc.handle(
        ep.ProcessingRequest(
            response_headers=_headers({":status": "200", "content-type": "application/json"})
        )
    )
    await proc.handle(
        ep.ProcessingRequest(
            response_body=ep.HttpBody(body=json.dumps(completion).encode(), end_of_stream=True)
        )
    )

    spans = {s.name: s for s in exporter.get_finished_spans()}
    assert set(spans) == {"semantic_router.request", "classify", "routing_decision", "cache_lookup"}
    root = spans["semantic_router.request"]
    assert root.context is not None and root.parent is not None
    assert f"{root.context.trace_id:032x}" == TRACE_ID
    assert f"{root.parent.span_id:016x}" == PARENT_ID
    for name in ("classify", "routing_decision", "cache_lookup"):
        child = spans[name]
        assert child.parent is not None and child.parent.span_id == root.context.span_id
    assert root.attributes is not None and root.attributes["selected_model"] == "qwen3-32b"
    # The upstream continues the same trace, as a child of the router's request span.
    assert sent["traceparent"] == f"00-{TRACE_ID}-{root.context.span_id:016x}-01"
