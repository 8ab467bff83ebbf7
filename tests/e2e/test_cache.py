"""Semantic cache end to end: real Envoy, the router with the built encoder, memory and Milvus Lite."""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

import openai
import pytest

from extproc_dev.stack import DevStack, wait_for
from tests.conftest import MODELS_BUILT, StackClient, user
from tests.e2e.test_operations import scrape, value

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not MODELS_BUILT, reason="needs the built encoder: run `make models`"),
]

ALICE = {"authorization": "Bearer sk-alice"}
BOB = {"authorization": "Bearer sk-bob"}


NO_STORE = {"x-vsr-cache-control": "no-store"}


def cache_overrides(backend: str, **milvus: Any) -> dict[str, Any]:
    cache: dict[str, Any] = {"enabled": True, "backend_type": backend}
    if backend == "milvus":
        cache["milvus"] = {"collection": "e2e_cache", **milvus}
    # The guard suite covers how PII and jailbreaks interact with the cache.
    return {"semantic_cache": cache, "pii": {"enabled": False}, "prompt_guard": {"enabled": False}}


@pytest.fixture(scope="module", params=["memory", "milvus"])
def stack(request: pytest.FixtureRequest, stack_factory: Any) -> DevStack:
    s: DevStack = stack_factory(f"cache-{request.param}", cache_overrides(request.param))
    return s


def unique(text: str) -> str:
    """A prompt no earlier test stored (the cache outlives tests within a module)."""
    return f"{text} (case {time.monotonic_ns()})"


def test_hit_short_circuits_with_fresh_id(client: StackClient) -> None:
    prompt = unique("What is the capital city of Australia?")
    first = client.chat(user(prompt), headers=ALICE)
    assert first.headers["x-vsr-cache-hit"] == "false"
    time.sleep(0.3)  # write-back happens when the response body passes through
    second = client.chat(user(prompt), headers=ALICE)
    assert second.status_code == 200
    assert second.headers["x-vsr-cache-hit"] == "true"
    assert second.headers["x-vsr-response-path"] == "cache"
    a, b = first.json(), second.json()
    assert b["choices"] == a["choices"]
    assert b["id"] != a["id"]
    assert client.total_received() == 1


def test_stream_hit_is_valid_sse_for_the_openai_client(client: StackClient, stack: DevStack) -> None:
    prompt = unique("Explain what a hash map is in two sentences.")
    oai = openai.OpenAI(base_url=stack.base_url + "/v1", api_key="sk-alice", max_retries=0)
    streamed = "".join(
        (c.choices[0].delta.content or "") if c.choices else ""
        for c in oai.chat.completions.create(
            model="auto", messages=[{"role": "user", "content": prompt}], stream=True
        )
    )
    time.sleep(0.3)
    # The SSE answer was assembled at [DONE] and stored: a plain request now hits...
    hit = client.chat(user(prompt), headers=ALICE)
    assert hit.headers["x-vsr-cache-hit"] == "true"
    assert hit.json()["choices"][0]["message"]["content"].strip() == streamed.strip()
    # ...and a streaming one gets SSE ending in [DONE] that the client parses.
    raw = oai.chat.completions.with_raw_response.create(
        model="auto", messages=[{"role": "user", "content": prompt}], stream=True
    )
    assert raw.headers["x-vsr-cache-hit"] == "true"
    again = "".join((c.choices[0].delta.content or "") if c.choices else "" for c in raw.parse())
    assert again.strip() == streamed.strip()
    assert client.total_received() == 1


def test_tenants_are_isolated(client: StackClient) -> None:
    prompt = unique("Summarise our refund policy for enterprise customers.")
    client.chat(user(prompt), headers=ALICE)
    time.sleep(0.3)
    bob = client.chat(user(prompt), headers=BOB)
    assert bob.headers["x-vsr-cache-hit"] == "false"
    time.sleep(0.3)
    assert client.chat(user(prompt), headers=ALICE).headers["x-vsr-cache-hit"] == "true"
    assert client.chat(user(prompt), headers=BOB).headers["x-vsr-cache-hit"] == "true"  # Bob's own entry
    assert client.total_received() == 2


def test_cache_control_header(client: StackClient) -> None:
    prompt = unique("How many bones are in the adult human body?")
    client.chat(user(prompt), headers={**ALICE, "x-vsr-cache-control": "no-store"})
    time.sleep(0.3)
    assert client.chat(user(prompt), headers=ALICE).headers["x-vsr-cache-hit"] == "false"  # nothing stored
    time.sleep(0.3)
    skip = client.chat(user(prompt), headers={**ALICE, "x-vsr-cache-control": "no-cache"})
    assert skip.headers["x-vsr-cache-hit"] == "false"  # stored now, but lookup skipped
    assert client.chat(user(prompt), headers=ALICE).headers["x-vsr-cache-hit"] == "true"
    assert client.total_received() == 3


def test_errors_are_never_cached(client: StackClient) -> None:
    prompt = unique("Translate good morning into French.")
    assert client.chat(user(prompt), headers={**ALICE, "x-test-status": "500"}).status_code == 500
    time.sleep(0.3)
    ok = client.chat(user(prompt), headers=ALICE)
    assert ok.status_code == 200 and ok.headers["x-vsr-cache-hit"] == "false"


def test_explicit_models_are_not_looked_up_by_default(client: StackClient) -> None:
    prompt = unique("What is the boiling point of water at sea level?")
    client.chat(user(prompt, model="fast-1b"), headers=ALICE)
    time.sleep(0.3)
    again = client.chat(user(prompt, model="fast-1b"), headers=ALICE)
    assert again.headers["x-vsr-cache-hit"] == "false"
    assert client.total_received() == 2  # both reached the upstream


def test_paraphrase_hits_and_near_miss_does_not(client: StackClient) -> None:
    # A tenant of its own, not a unique suffix on the text: digits appended to the prompt moved its
    # domain confidence across the category threshold for some values, and the category is part of
    # the cache scope (the paraphrase then missed, for a reason this test is not about).
    tenant = {"authorization": f"Bearer sk-{uuid.uuid4().hex}"}
    base = "How do I read a CSV file in Python?"
    client.chat(user(base), headers=tenant)
    paraphrase = "How can I read a CSV file in Python?"
    # The write lands off the response path; `no-store` keeps a missed paraphrase from being stored
    # itself (its retry would then be an exact repeat, not a semantic hit).
    wait_for(
        lambda: (
            client.chat(user(paraphrase), headers={**tenant, **NO_STORE}).headers["x-vsr-cache-hit"] == "true"
        ),
        "the paraphrase to be served from the cache",
        timeout=15,
    )
    near = client.chat(user(base.replace("Python", "Java")), headers=tenant)
    assert near.headers["x-vsr-cache-hit"] == "false"


def test_milvus_outage_fails_open_and_recovers(stack: DevStack, client: StackClient) -> None:
    if stack.milvus is None:
        pytest.skip("memory backend has no server to kill")
    before = scrape(stack)
    stack.stop_milvus()
    for i in range(3):
        r = client.chat(user(unique(f"During the outage, question {i}")), headers=ALICE)
        assert r.status_code == 200 and r.headers["x-vsr-cache-hit"] == "false"
    after = scrape(stack)
    assert value(after, "llm_cache_errors_total") > value(before, "llm_cache_errors_total")
    stack.start_milvus()

    def cached() -> bool:
        # A new question each attempt: a store that failed while the client reconnected still lands in
        # the router's exact-repeat index, so repeating one question would never reach Milvus again.
        prompt = unique("After the outage, what is the tallest mountain?")
        client.chat(user(prompt), headers=ALICE)
        time.sleep(0.3)
        # Not the exact text: an exact repeat is answered from the router's own index, and the point
        # here is that Milvus serves again (same embedding, trailing spaces only).
        r = client.chat(user(prompt + "   "), headers={**ALICE, **NO_STORE})
        return r.headers["x-vsr-cache-hit"] == "true"

    wait_for(cached, "caching to resume after Milvus returned", timeout=30)


def test_milvus_entries_survive_router_restart(stack: DevStack, client: StackClient) -> None:
    if stack.milvus is None:
        pytest.skip("the memory backend is per process by design")
    prompt = unique("Which planet is known as the red planet?")
    client.chat(user(prompt), headers=ALICE)
    time.sleep(0.5)
    stack.stop_router()
    stack.start_router()
    r = client.chat(user(prompt), headers=ALICE)
    assert r.headers["x-vsr-cache-hit"] == "true"
    assert json.loads(r.content)["choices"][0]["message"]["content"]
