"""extproc.v1.Classifier over a real loopback gRPC server, with a stand-in classifier."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import grpc
import numpy as np
import pytest

from extproc._proto.extproc.v1 import classifier_pb2 as pb
from extproc._proto.extproc.v1 import classifier_pb2_grpc as pb_grpc
from extproc.classify.base import Classification, Classifier, PIISpan
from extproc.classify.cli import run_classify_cli
from extproc.classify.service import MAX_EMBED_TEXTS, add_classifier_service, from_proto, to_proto

CONFIG = Path(__file__).resolve().parents[2] / "config" / "config.yaml"


class FakeClassifier:
    embedding_dim: int | None = 4

    def __init__(self, category: str = "math") -> None:
        self.category = category
        self.calls: list[str] = []

    async def classify(self, text: str) -> Classification:
        self.calls.append(text)
        emb = np.zeros(4, dtype=np.float32)
        emb[len(text) % 4] = 1.0
        return Classification(
            category=self.category,
            confidence=0.75,
            scores={self.category: 0.75, "other": 0.25},
            entropy=0.5,
            jailbreak_score=0.125,
            pii=(PIISpan("EMAIL_ADDRESS", 3, 10, 0.5),),
            embedding=emb,
            source="model",
        )

    async def close(self) -> None:
        pass


@dataclass
class Holder:
    """Stands in for the RouterApp: `runtime` is None while loading, then has a classifier (or None)."""

    classifier: Classifier | None = None
    ready: bool = True

    @property
    def runtime(self) -> Holder | None:
        return self if self.ready else None


@pytest.fixture
async def served() -> AsyncIterator[tuple[Holder, str]]:
    holder = Holder(classifier=FakeClassifier())
    server = grpc.aio.server()
    add_classifier_service(holder, server)
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    try:
        yield holder, f"127.0.0.1:{port}"
    finally:
        await server.stop(None)


async def test_classify(served: tuple[Holder, str]) -> None:
    _, target = served
    async with grpc.aio.insecure_channel(target) as ch:
        stub = pb_grpc.ClassifierStub(ch)
        resp = await stub.Classify(pb.ClassifyRequest(text="hi alice@example.com"))
        with_emb = await stub.Classify(pb.ClassifyRequest(text="abc", include_embedding=True))
    assert resp.category == "math"
    assert resp.confidence == pytest.approx(0.75)
    assert dict(resp.category_scores) == {"math": 0.75, "other": 0.25}
    assert resp.jailbreak_score == pytest.approx(0.125)
    assert [(s.type, s.start, s.end) for s in resp.pii] == [("EMAIL_ADDRESS", 3, 10)]
    assert resp.source == "model"
    assert list(resp.embedding) == []
    assert list(with_emb.embedding) == [0.0, 0.0, 0.0, 1.0]


async def test_embed_batches_and_caps(served: tuple[Holder, str]) -> None:
    _, target = served
    async with grpc.aio.insecure_channel(target) as ch:
        stub = pb_grpc.ClassifierStub(ch)
        resp = await stub.Embed(pb.EmbedRequest(texts=["a", "ab", "abc"]))
        with pytest.raises(grpc.aio.AioRpcError) as err:
            await stub.Embed(pb.EmbedRequest(texts=["x"] * (MAX_EMBED_TEXTS + 1)))
    assert resp.dimension == 4
    assert [list(e.values).index(1.0) for e in resp.embeddings] == [1, 2, 3]
    assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT


async def test_no_classifier(served: tuple[Holder, str]) -> None:
    holder, target = served
    holder.classifier = None
    async with grpc.aio.insecure_channel(target) as ch:
        stub = pb_grpc.ClassifierStub(ch)
        holder.ready = False
        with pytest.raises(grpc.aio.AioRpcError) as loading:
            await stub.Classify(pb.ClassifyRequest(text="x"))
        holder.ready = True
        with pytest.raises(grpc.aio.AioRpcError) as disabled:
            await stub.Embed(pb.EmbedRequest(texts=["x"]))
    assert loading.value.code() == grpc.StatusCode.UNAVAILABLE
    assert disabled.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert "classifier.enabled" in (disabled.value.details() or "")


async def test_classifier_is_looked_up_per_call(served: tuple[Holder, str]) -> None:
    """A config reload swaps the runtime: the next call uses the new classifier."""
    holder, target = served
    async with grpc.aio.insecure_channel(target) as ch:
        stub = pb_grpc.ClassifierStub(ch)
        first = await stub.Classify(pb.ClassifyRequest(text="x"))
        holder.classifier = FakeClassifier("law")
        second = await stub.Classify(pb.ClassifyRequest(text="x"))
    assert (first.category, second.category) == ("math", "law")


async def test_cli_remote(served: tuple[Holder, str]) -> None:
    _, target = served
    out = io.StringIO()
    code = await asyncio.to_thread(run_classify_cli, "hi alice@example.com", "unused.yaml", out, target)
    assert code == 0, out.getvalue()
    text = out.getvalue()
    assert "category:  math" in text
    assert "EMAIL_ADDRESS" in text
    assert f"remote {target}" in text


async def test_cli_remote_unreachable(capsys: pytest.CaptureFixture[str]) -> None:
    code = await asyncio.to_thread(run_classify_cli, "x", "unused.yaml", io.StringIO(), "127.0.0.1:1")
    assert code == 2
    assert "UNAVAILABLE" in capsys.readouterr().err


def test_proto_round_trip() -> None:
    c = Classification(
        category="law",
        confidence=0.5,
        scores={"law": 0.5},
        entropy=0.25,
        jailbreak_score=None,
        pii=(PIISpan("PERSON", 0, 5, 0.5),),
        embedding=np.array([0.5, 0.5], dtype=np.float32),
        source="keyword",
    )
    back = from_proto(to_proto(c, include_embedding=True))
    assert back.embedding is not None
    assert back.embedding.tolist() == [0.5, 0.5]
    assert back.jailbreak_score is None
    assert (back.category, back.scores, back.pii, back.source) == (c.category, c.scores, c.pii, c.source)


async def test_router_server_serves_the_classifier_api() -> None:
    """The router's own gRPC port answers extproc.v1.Classifier: UNAVAILABLE while loading, then
    FAILED_PRECONDITION with the classifier disabled."""
    from extproc.app import RouterApp
    from extproc.config import load_config
    from extproc.server import RouterServer

    base = load_config(CONFIG)
    cfg = base.model_copy(
        update={
            "classifier": base.classifier.model_copy(update={"enabled": False}),
            "semantic_cache": base.semantic_cache.model_copy(update={"enabled": False}),
            "server": base.server.model_copy(update={"host": "127.0.0.1", "grpc_port": 0, "workers": 1}),
        }
    )
    server = RouterServer(RouterApp(cfg))
    await server.server.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{server.port}") as ch:
            stub = pb_grpc.ClassifierStub(ch)
            with pytest.raises(grpc.aio.AioRpcError) as loading:
                await stub.Classify(pb.ClassifyRequest(text="x"))
            await server.app.start()
            with pytest.raises(grpc.aio.AioRpcError) as disabled:
                await stub.Classify(pb.ClassifyRequest(text="x"))
    finally:
        await server.server.stop(None)
        await server.app.close()
    assert loading.value.code() == grpc.StatusCode.UNAVAILABLE
    assert disabled.value.code() == grpc.StatusCode.FAILED_PRECONDITION
