"""End to end through the real Envoy binary: routing, rewriting, streaming, bad input, spoofing."""

from __future__ import annotations

import json
from typing import Any

import httpx
import openai
import pytest

from extproc_dev.stack import ROOT, DevStack
from tests.conftest import StackClient, core_overrides, user

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def stack(stack_factory: Any) -> DevStack:
    s: DevStack = stack_factory("routing", core_overrides())
    return s


@pytest.fixture
def oai(stack: DevStack) -> openai.OpenAI:
    return openai.OpenAI(base_url=stack.base_url + "/v1", api_key="sk-test", max_retries=0)


def test_auto_routes_by_keyword_and_rewrites_model(client: StackClient, oai: openai.OpenAI) -> None:
    resp = oai.chat.completions.with_raw_response.create(
        model="auto", messages=[{"role": "user", "content": "Compute the integral of x^2 from 0 to 3"}]
    )
    completion = resp.parse()
    assert completion.model == "qwen3-32b"
    assert resp.headers["x-vsr-selected-model"] == "qwen3-32b"
    assert resp.headers["x-vsr-selected-category"] == "math"
    assert resp.headers["x-vsr-selected-reasoning"] == "on"
    assert resp.headers["x-vsr-response-path"] == "upstream"
    assert resp.headers["x-upstream-name"] == "qwen3-32b"
    (seen,) = client.received("qwen3-32b")
    body = json.loads(seen["body"])
    assert body["model"] == "qwen3-32b"
    # qwen3 family: reasoning through chat_template_kwargs; category system prompt inserted.
    assert body["chat_template_kwargs"] == {"enable_thinking": True}
    assert body["messages"][0]["role"] == "system"
    assert "mathematician" in body["messages"][0]["content"]
    assert int(seen["headers"]["Content-Length"]) == len(seen["body"].encode())
    assert seen["headers"]["x-selected-model"] == "qwen3-32b"
    assert seen["headers"]["x-vsr-destination-cluster"] == "model_qwen3_32b"


def test_law_keyword_uses_reasoning_effort_family(client: StackClient) -> None:
    r = client.chat(user("Can the plaintiff sue for a tort committed abroad?"))
    assert r.status_code == 200
    assert r.headers["x-vsr-selected-model"] == "gpt-oss-20b"
    (seen,) = client.received("gpt-oss-20b")
    body = json.loads(seen["body"])
    assert body["reasoning_effort"] == "high"
    assert "chat_template_kwargs" not in body


def test_explicit_model_is_forwarded_untouched(client: StackClient) -> None:
    raw = b'{"model": "fast-1b",  "messages": [{"role": "user", "content": "solve the integral"}], "temperature": 0.2}'
    r = client.chat(None, raw=raw)
    assert r.status_code == 200
    assert r.headers["x-vsr-selected-model"] == "fast-1b"
    assert "x-vsr-selected-category" not in r.headers
    (seen,) = client.received("fast-1b")
    assert seen["body"].encode() == raw  # byte for byte: no re-serialisation
    assert client.total_received() == 1


def test_streaming_passes_sse_through_intact(client: StackClient, oai: openai.OpenAI) -> None:
    prompt = "Prove the theorem that the derivative of a constant is zero"
    pieces = [
        c.choices[0].delta.content or ""
        for c in oai.chat.completions.create(
            model="auto", messages=[{"role": "user", "content": prompt}], stream=True
        )
        if c.choices
    ]
    plain = oai.chat.completions.create(model="auto", messages=[{"role": "user", "content": prompt}])
    assert "".join(pieces).strip() == (plain.choices[0].message.content or "").strip()
    with client.http.stream(
        "POST", "/v1/chat/completions", json=user(prompt, stream=True, stream_options={"include_usage": True})
    ) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        assert r.headers["x-vsr-selected-model"] == "qwen3-32b"
        text = r.read().decode()
    events = [e for e in text.split("\n\n") if e]
    assert events[-1] == "data: [DONE]"
    assert all(e.startswith("data: ") for e in events)
    assert json.loads(events[-2][6:])["usage"]["completion_tokens"] > 0


def test_models_endpoint_answered_by_router(client: StackClient, oai: openai.OpenAI) -> None:
    ids = [m.id for m in oai.models.list()]
    assert ids == ["auto", "MoM", "fast-1b", "general-8b", "qwen3-32b", "gpt-oss-20b"]
    assert client.total_received() == 0


def test_other_paths_are_refused(client: StackClient) -> None:
    # No pass-through paths in the reference config: the router answers 404 (tests/security covers
    # configured ones and the router-down case).
    r = client.http.post("/v1/embeddings?x=1", content=b'{"input": "hello"}')
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "unknown_url"
    assert r.headers["x-vsr-response-path"] == "error"
    assert client.total_received() == 0


def test_content_as_list_of_parts_is_classified(client: StackClient) -> None:
    body = {
        "model": "auto",
        "messages": [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "What does this matrix"},
                    {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
                    {"type": "text", "text": "have as eigenvalues?"},
                ],
            }
        ],
    }
    r = client.chat(body)
    assert r.status_code == 200
    assert r.headers["x-vsr-selected-category"] == "math"
    (seen,) = client.received("qwen3-32b")
    assert json.loads(seen["body"])["messages"][1]["content"] == body["messages"][0]["content"]  # type: ignore[index]


BAD_INPUTS = [
    pytest.param(b'{"model": "auto", "messages": [', 400, "not valid JSON", id="malformed-json"),
    pytest.param(b'["model", "auto"]', 400, "must be a JSON object", id="non-object"),
    pytest.param(b'{"model": "auto"}', 400, "'messages' is required", id="messages-missing"),
    pytest.param(b'{"model": "auto", "messages": "hi"}', 400, "non-empty array", id="messages-wrong-type"),
    pytest.param(
        b'{"model": "auto", "messages": [{"role": "user", "content": 5}]}', 400, "content", id="content-int"
    ),
    pytest.param(
        b'{"model": 7, "messages": [{"role": "user", "content": "x"}]}', 400, "'model'", id="model-wrong-type"
    ),
    pytest.param(
        b'{"model": "gpt-9", "messages": [{"role": "user", "content": "x"}]}',
        404,
        "does not exist",
        id="unknown-model",
    ),
    pytest.param(b"", 400, "empty", id="empty-body"),
    pytest.param(
        b'{"model": "auto", "messages": [{"role": "user", "content": "\xff\xfe"}]}',
        400,
        "UTF-8",
        id="non-utf8",
    ),
    pytest.param(
        b'{"model": "auto", "messages": [{"role": "user", "content": "' + b"a" * 70000 + b'"}]}',
        413,
        "limit",
        id="over-limit",
    ),
    pytest.param(
        b'{"model": "auto", "messages": [{"role": "user", "content": "' + b"b" * 3_000_000 + b'"}]}',
        413,
        "limit",
        id="over-envoy-default-buffer",
    ),
]


@pytest.mark.parametrize(("raw", "status", "message"), BAD_INPUTS)
def test_bad_input_gets_openai_error_and_reaches_no_upstream(
    client: StackClient, raw: bytes, status: int, message: str
) -> None:
    r = client.chat(None, raw=raw)
    assert r.status_code == status
    err = r.json()["error"]
    assert message in err["message"]
    assert set(err) == {"message", "type", "param", "code"}
    assert r.headers["x-vsr-response-path"] == "error"
    assert client.total_received() == 0
    # The stream and the server stay healthy.
    ok = client.chat(user("hello there"))
    assert ok.status_code == 200
    assert client.total_received() == 1


def test_openai_client_sees_typed_errors(oai: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as exc:
        oai.chat.completions.create(model="gpt-9", messages=[{"role": "user", "content": "hi"}])
    assert exc.value.code == "model_not_found"


def test_spoofed_routing_headers_are_ignored(client: StackClient) -> None:
    spoof = {
        "x-selected-model": "qwen3-32b",
        "x-vsr-destination-cluster": "model_qwen3_32b",
        "x-vsr-selected-model": "qwen3-32b",
        "x-gateway-destination-endpoint": "10.0.0.1:80",
    }
    r = client.chat(user("hello, how are you today?"), headers=spoof)
    assert r.status_code == 200
    chosen = r.headers["x-vsr-selected-model"]
    assert chosen != "qwen3-32b"
    assert r.headers["x-upstream-name"] == chosen
    (seen,) = client.received(chosen)
    assert seen["headers"]["x-selected-model"] == chosen
    assert seen["headers"]["x-vsr-destination-cluster"] == f"model_{chosen.replace('-', '_')}"
    assert "x-gateway-destination-endpoint" not in {k.lower() for k in seen["headers"]}
    assert client.received("qwen3-32b") == []
    # Spoofing on another path cannot pick a cluster either: refused, no model reached.
    client.clear()
    r = client.http.get("/v1/files", headers=spoof)
    assert r.status_code == 404 and "x-upstream-name" not in r.headers
    assert client.total_received() == 0


def test_upstream_errors_pass_through_with_router_headers(client: StackClient) -> None:
    r = client.chat(user("hello"), headers={"x-test-status": "503"})
    assert r.status_code == 503
    assert r.headers["x-vsr-response-path"] == "upstream"
    assert r.json()["error"]["type"] == "server_error"


def test_router_down_fails_open_to_default_route(stack_factory: Any) -> None:
    """envoy-fail-open.yaml sets failure_mode_allow: requests flow to the default model unrouted (the
    guarded reference answers 503 instead: tests/security/test_envoy_profiles.py)."""
    s: DevStack = stack_factory(
        "router-down", core_overrides(), envoy_path=ROOT / "envoy" / "envoy-fail-open.yaml"
    )
    c = StackClient(s)
    try:
        assert c.chat(user("Compute the integral of x")).headers["x-vsr-selected-model"] == "qwen3-32b"
        s.stop_router()
        c.clear()
        r = c.chat(user("Compute the integral of x"))
        assert r.status_code == 200
        assert r.headers["x-upstream-name"] == "general-8b"
        assert "x-vsr-selected-model" not in r.headers
        (seen,) = c.received("general-8b")
        assert json.loads(seen["body"])["model"] == "auto"  # not rewritten: nobody routed it
        s.start_router()
        assert c.chat(user("Compute the integral of x")).headers["x-vsr-selected-model"] == "qwen3-32b"
    finally:
        c.close()


def test_sigterm_lets_in_flight_requests_finish(stack_factory: Any) -> None:
    import threading
    import time

    s: DevStack = stack_factory("shutdown", core_overrides())
    result: dict[str, httpx.Response] = {}

    def slow() -> None:
        with httpx.Client(base_url=s.base_url, timeout=30) as h:
            result["r"] = h.post(
                "/v1/chat/completions",
                json=user("Compute the integral of x"),
                headers={"x-test-delay-ms": "1500"},
            )

    t = threading.Thread(target=slow)
    t.start()
    time.sleep(0.5)  # the request is now waiting on the upstream, its ext_proc stream open
    s.stop_router()  # SIGTERM; returns when the router has exited
    t.join()
    r = result["r"]
    assert r.status_code == 200
    # The response phases were still processed by the router during its grace period.
    assert r.headers["x-vsr-selected-model"] == "qwen3-32b"
    assert '"router_stopped"' in s.logs("router")
