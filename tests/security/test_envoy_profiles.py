"""Class: fail-open can be steered and overflowed (issue 11 item 4). Both Envoy profiles, with the
router killed and with the ext_proc circuit breakers overflowing (a variant generated with a limit of one
stream, so a handful of concurrent requests overflow it)."""

from __future__ import annotations

import json
import signal
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from extproc.envoyconf import Profile
from extproc_dev.stack import DevStack
from tests.conftest import StackClient
from tests.security.conftest import raw_request

pytestmark = pytest.mark.e2e

CHAT = json.dumps({"model": "auto", "messages": [{"role": "user", "content": "hello there"}]}).encode()
# A client trying to pick its model; the router would not choose this one for "hello there".
SPOOF = {
    "x-vsr-destination-cluster": "model_qwen3_32b",
    "x-selected-model": "qwen3-32b",
    "x-gateway-destination-endpoint": "127.0.0.1:1",
}
SPOOFED_MODEL = "qwen3-32b"


@pytest.fixture(scope="module", params=[Profile.FAIL_OPEN, Profile.GUARDED], ids=str)
def stack(request: pytest.FixtureRequest, security_stack: Any, tiny_envoy: Any) -> DevStack:
    profile: Profile = request.param
    s: DevStack = security_stack(f"profile-{profile}", tiny_envoy(profile))
    s.profile = profile  # type: ignore[attr-defined]
    return s


def profile_of(stack: DevStack) -> Profile:
    p: Profile = stack.profile  # type: ignore[attr-defined]
    return p


def assert_openai_503(status: int, headers: dict[str, str], body: bytes) -> None:
    assert status == 503, body
    assert headers["content-type"] == "application/json"
    err = json.loads(body)["error"]
    assert err["type"] == "server_error" and err["code"] == "service_unavailable" and err["message"]


def unprocessed(client: StackClient) -> list[str]:
    """Models that received a request the router never saw (it still says `model: auto`)."""
    return [
        m
        for m in client.stack.model_clusters
        for r in client.received(m)
        if json.loads(r.get("body") or "{}").get("model") == "auto"
    ]


def test_spoofed_routing_headers_do_not_pick_the_model(stack: DevStack, client: StackClient) -> None:
    status, headers, _ = raw_request(stack, "POST", "/v1/chat/completions", CHAT, SPOOF)
    assert status == 200
    assert headers["x-vsr-selected-model"] != SPOOFED_MODEL
    assert client.received(SPOOFED_MODEL) == []


def test_overflow_of_the_router_cluster(stack: DevStack, client: StackClient) -> None:
    # Each request holds its ext_proc stream while the upstream takes its time; the limit is one stream.
    slow = {**SPOOF, "x-test-delay-ms": "1500"}
    with ThreadPoolExecutor(8) as pool:
        results = list(
            pool.map(lambda _: raw_request(stack, "POST", "/v1/chat/completions", CHAT, slow), range(8))
        )
    processed = [r for r in results if r[0] == 200 and "x-vsr-selected-model" in r[1]]
    overflowed = [r for r in results if r not in processed]
    assert processed, "no request got through the router"
    assert overflowed, "the circuit breaker never overflowed; the test proves nothing"
    assert client.received(SPOOFED_MODEL) == []
    if profile_of(stack) is Profile.GUARDED:
        for status, headers, body in overflowed:
            assert_openai_503(status, headers, body)
        assert unprocessed(client) == []
    else:
        # Fail-open forwards the overflow unprocessed, but only ever on the default route.
        assert all(status == 200 for status, _, _ in overflowed)
        assert set(unprocessed(client)) == {stack.config["default_model"]}


def test_router_too_slow(stack: DevStack, client: StackClient) -> None:
    # A stopped (not dead) router: the connection is up, the answer never comes within message_timeout.
    router = stack.procs["router"]
    router.send_signal(signal.SIGSTOP)
    try:
        status, headers, body = raw_request(stack, "POST", "/v1/chat/completions", CHAT, SPOOF)
    finally:
        router.send_signal(signal.SIGCONT)
    if profile_of(stack) is Profile.GUARDED:
        assert status == 504 and headers["content-type"] == "application/json"
        assert json.loads(body)["error"]["code"] == "gateway_timeout"
        assert client.total_received() == 0
    else:
        assert status == 200 and "x-vsr-selected-model" not in headers
        assert unprocessed(client) == [stack.config["default_model"]]


def test_router_down(stack: DevStack, client: StackClient) -> None:
    stack.stop_router()
    try:
        status, headers, body = raw_request(stack, "POST", "/v1/chat/completions", CHAT, SPOOF)
        t_status, t_headers, t_body = raw_request(stack, "POST", "/v1/chat/completions/", CHAT, SPOOF)
        if profile_of(stack) is Profile.GUARDED:
            assert_openai_503(status, headers, body)
            assert_openai_503(t_status, t_headers, t_body)
            assert client.total_received() == 0
        else:
            # Unprocessed, to the default model only, whatever the client asked for.
            assert status == 200 and "x-vsr-selected-model" not in headers
            assert unprocessed(client) == [stack.config["default_model"]]
            assert client.received(SPOOFED_MODEL) == []
            # The trailing-slash spelling, which the router would have processed, is refused instead.
            assert t_status == 404 and t_headers["content-type"] == "application/json"
            assert json.loads(t_body)["error"]["message"]
    finally:
        stack.start_router()
    status, headers, _ = raw_request(stack, "POST", "/v1/chat/completions", CHAT)
    assert status == 200 and "x-vsr-selected-model" in headers
