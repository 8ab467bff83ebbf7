"""The tenant header is trusted only when Envoy sets it, and only the answering cluster's answers are
stored: Envoy generated with jwt_authn (a JWKS made at test time), the router reading the verified
claim from `routing.tenant_header`, the memory cache. Each test checks the headers and what the
upstreams received."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import yaml

from extproc.config import parse_config
from extproc.envoyconf import EnvoyOptions, JwtOptions
from extproc.envoyconf.build import build
from extproc_dev.stack import DEFAULT_CONFIG, DevStack, deep_merge
from tests.conftest import MODELS_BUILT, StackClient, user
from tests.e2e.cache_support import (
    memory_cache_overrides,
    received,
    started,
    stores,
    unverified,
    wait_stored,
)
from tests.jwt_keys import AUDIENCE, ISSUER, SigningKey
from tests.security.conftest import PLACEHOLDER_UPSTREAMS

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not MODELS_BUILT, reason="needs the built encoder: run `make models`"),
]

TENANT_HEADER = "x-tenant-id"
KEY = SigningKey()
# A route an operator added in front of the router's: requests carrying `x-canary` go to the default
# model's cluster whatever the router chose.
CANARY_HEADER = "x-canary"
CANARY_CLUSTER = "model_general_8b"


def overrides() -> dict[str, Any]:
    return deep_merge(
        memory_cache_overrides(include_explicit_models=True), {"routing": {"tenant_header": TENANT_HEADER}}
    )


def envoy_config(path: Any) -> Any:
    raw = deep_merge(yaml.safe_load(DEFAULT_CONFIG.read_text()), overrides())
    cfg = parse_config(yaml.safe_dump(raw), "config.yaml", env={})
    jwt = JwtOptions(issuer=ISSUER, jwks_inline=KEY.jwks(), audiences=(AUDIENCE,))
    doc = build(cfg, EnvoyOptions(upstreams=PLACEHOLDER_UPSTREAMS, jwt=jwt))
    manager = doc["static_resources"]["listeners"][0]["filter_chains"][0]["filters"][0]["typed_config"]
    manager["route_config"]["virtual_hosts"][0]["routes"].insert(
        0,
        {
            "match": {"prefix": "/", "headers": [{"name": CANARY_HEADER, "present_match": True}]},
            "route": {"cluster": CANARY_CLUSTER, "timeout": "300s"},
        },
    )
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return path


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevStack]:
    workdir = tmp_path_factory.mktemp("cache-jwt")
    envoy = envoy_config(workdir / "envoy-jwt.yaml")
    with started(workdir, envoy_path=envoy, config_overrides=overrides()) as s:
        yield s


def asked(r: httpx.Response, hit: bool) -> None:
    assert r.status_code == 200, r.text
    assert r.headers["x-vsr-cache-hit"] == ("true" if hit else "false")
    assert r.headers["x-vsr-response-path"] == ("cache" if hit else "upstream")


@pytest.mark.parametrize(
    ("token", "status", "code"),
    [
        (SigningKey().token(tenant="acme"), 401, "invalid_api_key"),  # a key not in the JWKS
        (KEY.token(tenant="acme", ttl_s=-3600), 401, "invalid_api_key"),  # expired
        (KEY.token(tenant="acme", issuer="https://evil.example"), 401, "invalid_api_key"),
        (KEY.token(tenant="acme")[:-4] + "AAAA", 401, "invalid_api_key"),  # tampered signature
        ("sk-not-a-jwt", 401, "invalid_api_key"),
        # Verified, but issued for another service.
        (KEY.token(tenant="acme", audience="another-service"), 403, "token_not_allowed"),
    ],
    ids=["unknown-key", "expired", "wrong-issuer", "tampered", "not-a-jwt", "wrong-audience"],
)
def test_an_invalid_token_is_refused_with_openai_json(
    client: StackClient, token: str, status: int, code: str
) -> None:
    r = client.chat(user("What is the capital of Peru?"), headers={"authorization": f"Bearer {token}"})
    assert r.status_code == status
    assert r.headers["content-type"] == "application/json"
    err = r.json()["error"]
    assert err["type"] == "invalid_request_error" and err["code"] == code and err["message"]
    assert r.headers["www-authenticate"].startswith("Bearer ")
    assert client.total_received() == 0


def test_another_tenants_header_with_an_own_valid_token_gets_own_tenant(
    stack: DevStack, client: StackClient
) -> None:
    question = "Summarise our refund policy for enterprise customers."
    before = stores(stack)
    asked(client.chat(user(question), headers=KEY.bearer(tenant="acme", sub="alice")), hit=False)
    wait_stored(stack, before)
    # Globex's caller names Acme in the tenant header: Envoy drops it and writes Globex's verified claim.
    spoof = {**KEY.bearer(tenant="globex", sub="mallory"), TENANT_HEADER: "acme"}
    asked(client.chat(user(question), headers=spoof), hit=False)
    got = received(client)
    assert [e["headers"].get(TENANT_HEADER) for e in got] == ["acme", "globex"]
    # The token is Envoy's to check; neither the router nor the model servers get it.
    assert all("authorization" not in e["headers"] for e in got)
    # The tenant is the claim, not the token: Acme's other user is served Acme's answer.
    asked(client.chat(user(question), headers=KEY.bearer(tenant="acme", sub="bob")), hit=True)
    assert client.total_received() == 2


def test_a_client_sent_tenant_header_without_a_token_is_stripped(
    stack: DevStack, client: StackClient
) -> None:
    question = "What is the notice period in our standard contract?"
    before = stores(stack)
    asked(client.chat(user(question), headers=KEY.bearer(tenant="acme")), hit=False)
    wait_stored(stack, before)
    # No token: no tenant (anonymous), so no cache at all, whatever tenant the client names.
    for _ in range(2):
        asked(client.chat(user(question), headers={TENANT_HEADER: "acme"}), hit=False)
    got = received(client)
    assert len(got) == 3
    assert [e["headers"].get(TENANT_HEADER) for e in got] == ["acme", None, None]


def test_an_answer_from_another_cluster_than_the_chosen_one_is_not_stored(
    stack: DevStack, client: StackClient
) -> None:
    acme = KEY.bearer(tenant="acme")
    question = "Write a haiku about autumn leaves."
    body = user(question, model="fast-1b")
    # The router chooses fast-1b's cluster; the canary route sends it to general-8b instead.
    before, refused = stores(stack), unverified(stack)
    first = client.chat(body, headers={**acme, CANARY_HEADER: "1"})
    asked(first, hit=False)
    assert first.headers["x-vsr-selected-model"] == "fast-1b"
    assert "general-8b" in first.json()["choices"][0]["message"]["content"]
    assert unverified(stack) == refused + 1
    again = client.chat(body, headers=acme)
    asked(again, hit=False)  # nothing was stored: it reaches fast-1b this time
    got = received(client)
    assert [e["model"] for e in got] == ["general-8b", "fast-1b"]
    assert all(json.loads(json.dumps(e["body"]))["model"] == "fast-1b" for e in got)
    # The answer from the chosen cluster is stored and served.
    wait_stored(stack, before)
    hit = client.chat(body, headers=acme)
    asked(hit, hit=True)
    assert "fast-1b" in hit.json()["choices"][0]["message"]["content"]
    assert client.total_received() == 2
