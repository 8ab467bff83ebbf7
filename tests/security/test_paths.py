"""Class: path spellings that skip the router (issue 11 item 3), and Envoy's own replies not being
OpenAI-shaped (item 7). Through real Envoy running the reference envoy/envoy.yaml."""

from __future__ import annotations

import json
from typing import Any

import pytest

from extproc_dev.stack import DEFAULT_ENVOY, DevStack
from tests.conftest import StackClient
from tests.security.conftest import raw_request

pytestmark = pytest.mark.e2e

CHAT = json.dumps({"model": "auto", "messages": [{"role": "user", "content": "hello there"}]}).encode()
# Spellings an upstream server would decode or normalise to /v1/chat/completions.
SPELLINGS = [
    "/v1/chat/completions",
    "/v1/chat/%63ompletions",
    "/v1/%63hat/completions",
    "/%761/chat/completions",
    "/v1/chat/%63%6f%6d%70%6c%65%74%69%6f%6e%73",
    "//v1/chat/completions",
    "/v1/chat//completions",
    "/v1///chat/completions",
    "/v1/./chat/completions",
    "/v1/x/../chat/completions",
    "/v1/chat/%2e/completions",
    "/v1/chat/completions?stream_options=x",
]


@pytest.fixture(scope="module")
def stack(security_stack: Any) -> DevStack:
    s: DevStack = security_stack("paths", DEFAULT_ENVOY)
    return s


def upstream_bodies(client: StackClient) -> list[dict[str, Any]]:
    out = []
    for model in client.stack.model_clusters:
        for r in client.received(model):
            if "body" in r:
                try:
                    out.append({"model": model, **json.loads(r["body"])})
                except ValueError:
                    out.append({"model": model, "raw": r["body"]})
    return out


@pytest.mark.parametrize("path", SPELLINGS)
def test_every_chat_spelling_is_processed_as_chat(stack: DevStack, client: StackClient, path: str) -> None:
    status, headers, body = raw_request(stack, "POST", path, CHAT)
    assert status == 200, body
    # The router routed it (an unprocessed request carries no x-vsr-* headers back) ...
    chosen = headers.get("x-vsr-selected-model")
    assert chosen in stack.model_clusters, headers
    # ... and what the upstream got was rewritten: no `model: auto` ever reaches a model.
    received = upstream_bodies(client)
    assert len(received) == 1
    assert received[0]["model"] == chosen and received[0].get("messages")


@pytest.mark.parametrize("path", SPELLINGS[1:6])
def test_malformed_body_on_any_spelling_gets_the_routers_400(
    stack: DevStack, client: StackClient, path: str
) -> None:
    status, headers, body = raw_request(stack, "POST", path, b'{"model": "auto", "messages": ')
    assert status == 400
    assert headers["content-type"].startswith("application/json")
    err = json.loads(body)["error"]
    # The router's own error body, not rewritten by Envoy's local-reply mapping.
    assert err["type"] == "invalid_request_error" and "param" in err
    assert client.total_received() == 0


@pytest.mark.parametrize(
    "path", ["/v1/chat%2Fcompletions", "/v1/chat%2fcompletions", "/v1%2Fchat/completions"]
)
def test_escaped_slashes_are_redirected_to_the_normalised_path(
    stack: DevStack, client: StackClient, path: str
) -> None:
    status, headers, _ = raw_request(stack, "POST", path, CHAT)
    assert status in (301, 307, 308)
    assert headers["location"].endswith("/v1/chat/completions")
    assert client.total_received() == 0


def test_trailing_slash_is_processed_or_refused_never_forwarded_raw(
    stack: DevStack, client: StackClient
) -> None:
    status, headers, body = raw_request(stack, "POST", "/v1/chat/completions/", CHAT)
    if status == 200:
        assert headers.get("x-vsr-selected-model") in stack.model_clusters
        assert all(r.get("model") != "auto" for r in upstream_bodies(client))
    else:
        assert status == 404 and json.loads(body)["error"]
        assert client.total_received() == 0


def test_body_over_envoys_buffer_gets_openai_413(stack: DevStack, client: StackClient) -> None:
    big = b'{"model": "auto", "messages": [{"role": "user", "content": "' + b"a" * (9 << 20) + b'"}]}'
    status, headers, body = raw_request(stack, "POST", "/v1/chat/completions", big)
    assert status == 413
    assert headers["content-type"] == "application/json"
    err = json.loads(body)["error"]
    assert err["code"] == "request_too_large" and err["type"] == "invalid_request_error"
    assert client.total_received() == 0


def test_client_routing_headers_are_stripped_before_the_router(stack: DevStack, client: StackClient) -> None:
    spoof = {
        "x-vsr-destination-cluster": "model_qwen3_32b",
        "x-selected-model": "qwen3-32b",
        "x-gateway-destination-endpoint": "127.0.0.1:1",
        "x-vsr-selected-model": "qwen3-32b",
        "x-vsr-anything": "1",
    }
    status, headers, _ = raw_request(stack, "POST", "/v1/chat/completions", CHAT, spoof)
    assert status == 200
    chosen = headers["x-vsr-selected-model"]
    assert chosen != "qwen3-32b"
    (got,) = client.received(chosen)
    sent = {k.lower(): v for k, v in got["headers"].items()}
    # Only the router's own values arrive (it sets the cluster header and x-selected-model itself).
    assert sent.get("x-selected-model") in (None, chosen)
    assert "x-vsr-anything" not in sent and "x-gateway-destination-endpoint" not in sent
