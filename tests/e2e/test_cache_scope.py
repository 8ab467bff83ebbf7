"""Issue 13's wrong-answer cases through the reference Envoy (envoy/envoy.yaml) and the router with the
built encoder and the memory cache: what the client is told (headers) and what the upstreams received.

The JWT tenant header and answers from another cluster: tests/e2e/test_cache_tenant_jwt.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from extproc_dev.stack import DevStack
from tests.conftest import MODELS_BUILT, StackClient, user
from tests.e2e.cache_support import (
    memory_cache_overrides,
    received,
    roles,
    started,
    stores,
    wait_stored,
)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not MODELS_BUILT, reason="needs the built encoder: run `make models`"),
]

ALICE = {"authorization": "Bearer sk-alice"}
BOB = {"authorization": "Bearer sk-bob"}
FOLLOW_UP = "Can you explain that in more detail?"
PIRATE = {"role": "system", "content": "Always answer in pirate speak."}


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevStack]:
    with started(tmp_path_factory.mktemp("cache-scope"), config_overrides=memory_cache_overrides()) as s:
        yield s


def conversation(*turns: str) -> dict[str, Any]:
    roles_ = ("user", "assistant")
    return {"model": "auto", "messages": [{"role": roles_[i % 2], "content": t} for i, t in enumerate(turns)]}


def asked(r: httpx.Response, hit: bool) -> None:
    assert r.status_code == 200, r.text
    assert r.headers["x-vsr-cache-hit"] == ("true" if hit else "false")
    assert r.headers["x-vsr-response-path"] == ("cache" if hit else "upstream")
    assert ("x-vsr-cache-entry" in r.headers) is hit
    assert ("x-vsr-cache-similarity" in r.headers) is hit


def test_conversations_with_other_earlier_turns_do_not_share_an_answer(
    stack: DevStack, client: StackClient
) -> None:
    rust = conversation("What is the borrow checker in Rust?", "It enforces ownership rules.", FOLLOW_UP)
    tax = conversation("What is a capital gains tax?", "A tax on the profit from a sale.", FOLLOW_UP)
    before = stores(stack)
    asked(client.chat(rust, headers=ALICE), hit=False)
    wait_stored(stack, before)
    asked(client.chat(tax, headers=ALICE), hit=False)  # same last message, same tenant: still a miss
    wait_stored(stack, before, 2)
    got = received(client)
    assert [e["body"]["messages"][0]["content"] for e in got] == [
        "What is the borrow checker in Rust?",
        "What is a capital gains tax?",
    ]
    # Each conversation is its own entry: a repeat of either is served its own answer.
    first, second = client.chat(rust, headers=ALICE), client.chat(tax, headers=ALICE)
    asked(first, hit=True)
    asked(second, hit=True)
    assert first.headers["x-vsr-cache-entry"] != second.headers["x-vsr-cache-entry"]
    assert client.total_received() == 2


def test_a_system_prompt_does_not_fill_the_cache_for_the_question_without_it(
    stack: DevStack, client: StackClient
) -> None:
    question = "What is the tallest mountain in Africa?"
    with_prompt = {"model": "auto", "messages": [PIRATE, {"role": "user", "content": question}]}
    before = stores(stack)
    asked(client.chat(with_prompt, headers=ALICE), hit=False)
    wait_stored(stack, before)
    asked(client.chat(user(question), headers=ALICE), hit=False)
    wait_stored(stack, before, 2)
    assert [roles(e) for e in received(client)] == [["system", "user"], ["user"]]
    # Each is served from its own entry.
    asked(client.chat(with_prompt, headers=ALICE), hit=True)
    asked(client.chat(user(question), headers=ALICE), hit=True)
    assert client.total_received() == 2


def test_the_question_without_a_system_prompt_does_not_serve_one_with_it(
    stack: DevStack, client: StackClient
) -> None:
    question = "How long does it take light to reach the Earth from the Sun?"
    before = stores(stack)
    asked(client.chat(user(question), headers=ALICE), hit=False)
    wait_stored(stack, before)
    pirate = {"model": "auto", "messages": [PIRATE, {"role": "user", "content": question}]}
    asked(client.chat(pirate, headers=ALICE), hit=False)
    assert [roles(e) for e in received(client)] == [["user"], ["system", "user"]]
    # Sampling and length parameters shape the answer too.
    asked(client.chat(user(question, temperature=2, max_tokens=3), headers=ALICE), hit=False)
    assert received(client)[-1]["body"]["max_tokens"] == 3
    asked(client.chat(user(question), headers=ALICE), hit=True)
    assert client.total_received() == 3


def test_the_same_question_about_another_image_is_not_served_the_first_answer(
    stack: DevStack, client: StackClient
) -> None:
    def about(url: str) -> dict[str, Any]:
        parts = [
            {"type": "text", "text": "What is in this picture?"},
            {"type": "image_url", "image_url": {"url": url}},
        ]
        return {"model": "auto", "messages": [{"role": "user", "content": parts}]}

    before = stores(stack)
    asked(client.chat(about("https://example.com/cat.png"), headers=ALICE), hit=False)
    wait_stored(stack, before)
    asked(client.chat(about("https://example.com/invoice.png"), headers=ALICE), hit=False)
    asked(client.chat(about("https://example.com/cat.png"), headers=ALICE), hit=True)
    assert client.total_received() == 2


def test_anonymous_callers_are_not_cached(stack: DevStack, client: StackClient) -> None:
    question = "What is the speed of sound in dry air?"
    before = stores(stack)
    asked(client.chat(user(question)), hit=False)
    asked(client.chat(user(question)), hit=False)
    got = received(client)
    assert len(got) == 2 and all("authorization" not in e["headers"] for e in got)
    assert stores(stack) == before
    # The same question with credentials is cached as usual.
    asked(client.chat(user(question), headers=ALICE), hit=False)
    wait_stored(stack, before)
    asked(client.chat(user(question), headers=ALICE), hit=True)
    assert client.total_received() == 3


@pytest.mark.parametrize(
    ("language", "france", "germany"),
    [
        ("russian", "Какая столица Франции?", "Какая столица Германии?"),
        ("chinese", "法国的首都是哪里？", "德国的首都是哪里？"),
        ("arabic", "ما هي عاصمة فرنسا؟", "ما هي عاصمة ألمانيا؟"),
    ],
)
def test_non_english_questions_get_exact_hits_only(
    stack: DevStack, client: StackClient, language: str, france: str, germany: str
) -> None:
    # Only the exact-repeat index holds them (written before the response reaches the client); the
    # backend never sees them, so similarity cannot serve them for each other.
    before = stores(stack)
    asked(client.chat(user(france), headers=ALICE), hit=False)
    asked(client.chat(user(germany), headers=ALICE), hit=False)  # never served France's answer
    assert [e["body"]["messages"][-1]["content"] for e in received(client)] == [france, germany]
    again = client.chat(user(france), headers=ALICE)
    asked(again, hit=True)
    assert germany not in again.json()["choices"][0]["message"]["content"]
    assert float(again.headers["x-vsr-cache-similarity"]) == pytest.approx(1.0)
    assert client.total_received() == 2
    assert stores(stack) == before


def report_bad_hit(client: StackClient, entry: str, headers: dict[str, str]) -> httpx.Response:
    return client.http.post("/v1/cache/bad-hit", json={"id": entry}, headers=headers)


def test_bad_hit_report_evicts_within_the_callers_tenant(stack: DevStack, client: StackClient) -> None:
    question = "Which planet has the most moons?"
    before = stores(stack)
    asked(client.chat(user(question), headers=ALICE), hit=False)
    wait_stored(stack, before)
    hit = client.chat(user(question), headers=ALICE)
    asked(hit, hit=True)
    entry = hit.headers["x-vsr-cache-entry"]
    assert 0.0 < float(hit.headers["x-vsr-cache-similarity"]) <= 1.0
    # Another tenant cannot evict it (it only learns that nothing of its own was evicted).
    r = report_bad_hit(client, entry, BOB)
    assert r.status_code == 200 and r.json() == {"id": entry, "evicted": False}
    asked(client.chat(user(question), headers=ALICE), hit=True)
    r = report_bad_hit(client, entry, ALICE)
    assert r.status_code == 200 and r.json() == {"id": entry, "evicted": True}
    asked(client.chat(user(question), headers=ALICE), hit=False)
    assert client.total_received() == 2  # the first ask and the one after the eviction
    bad = client.http.post(
        "/v1/cache/bad-hit", content=b"{}", headers={**ALICE, "content-type": "application/json"}
    )
    assert bad.status_code == 400 and bad.json()["error"]["message"]
