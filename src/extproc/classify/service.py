"""`extproc.v1.Classifier` (protos/extproc/v1/classifier.proto): the router's classifier, served on the
router's gRPC port so other services use the same models, and the client behind
`extproc classify --remote`."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

import grpc

from extproc._proto.extproc.v1 import classifier_pb2 as pb
from extproc._proto.extproc.v1 import classifier_pb2_grpc as pb_grpc
from extproc.classify.base import Classification, Classifier, PIISpan

SERVICE_NAME = "extproc.v1.Classifier"
MAX_EMBED_TEXTS = 256

if TYPE_CHECKING:
    Context = grpc.aio.ServicerContext[object, object]


def to_proto(result: Classification, include_embedding: bool = False) -> pb.ClassifyResponse:
    resp = pb.ClassifyResponse(
        category=result.category or "",
        confidence=result.confidence,
        category_scores=result.scores,
        entropy=result.entropy,
        pii=[pb.PiiSpan(type=s.type, start=s.start, end=s.end, score=s.score) for s in result.pii],
        source=result.source,
    )
    if result.jailbreak_score is not None:
        resp.jailbreak_score = result.jailbreak_score
    if include_embedding and result.embedding is not None:
        resp.embedding.extend(result.embedding.tolist())
    return resp


def from_proto(resp: pb.ClassifyResponse) -> Classification:
    """The inverse of `to_proto` (floats come back as float32 precision)."""
    import numpy as np

    return Classification(
        category=resp.category or None,
        confidence=resp.confidence,
        scores=dict(resp.category_scores),
        entropy=resp.entropy,
        jailbreak_score=resp.jailbreak_score if resp.HasField("jailbreak_score") else None,
        pii=tuple(PIISpan(s.type, s.start, s.end, s.score) for s in resp.pii),
        embedding=np.asarray(resp.embedding, dtype=np.float32) if len(resp.embedding) else None,
        source=resp.source or "none",
    )


class _Runtime(Protocol):
    """What the service needs of `extproc.pipeline.Runtime`."""

    @property
    def classifier(self) -> Classifier | None: ...


class _RouterApp(Protocol):
    """What the service needs of `extproc.app.RouterApp`: its runtime is None until the models are loaded."""

    @property
    def runtime(self) -> _Runtime | None: ...


class ClassifierService(pb_grpc.ClassifierServicer):  # type: ignore[misc]
    """Looks the runtime up on every call: a config reload swaps it (and maybe the model)."""

    def __init__(self, runtime: Callable[[], _Runtime | None]) -> None:
        self._runtime = runtime

    async def _get(self, context: Context) -> Classifier:
        runtime = self._runtime()
        if runtime is None:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "the router is still loading its models")
            raise AssertionError("unreachable")  # context.abort raises
        if runtime.classifier is not None:
            return runtime.classifier
        await context.abort(
            grpc.StatusCode.FAILED_PRECONDITION,
            "the router runs without a classifier (classifier.enabled: false in its config)",
        )
        raise AssertionError("unreachable")  # context.abort raises

    async def Classify(self, request: pb.ClassifyRequest, context: Context) -> pb.ClassifyResponse:
        classifier = await self._get(context)
        try:
            result = await classifier.classify(request.text)
        except Exception as exc:
            await context.abort(grpc.StatusCode.INTERNAL, f"classification failed: {exc!r}")
        return to_proto(result, request.include_embedding)

    async def Embed(self, request: pb.EmbedRequest, context: Context) -> pb.EmbedResponse:
        if len(request.texts) > MAX_EMBED_TEXTS:
            await context.abort(
                grpc.StatusCode.INVALID_ARGUMENT,
                f"{len(request.texts)} texts in one call; at most {MAX_EMBED_TEXTS}",
            )
        classifier = await self._get(context)
        if classifier.embedding_dim is None:
            await context.abort(
                grpc.StatusCode.FAILED_PRECONDITION, "the router's classifier produces no embeddings"
            )
        try:
            # Concurrent calls share the classifier's micro-batches.
            results = await asyncio.gather(*(classifier.classify(t) for t in request.texts))
        except Exception as exc:
            await context.abort(grpc.StatusCode.INTERNAL, f"embedding failed: {exc!r}")
        resp = pb.EmbedResponse(dimension=classifier.embedding_dim)
        for r in results:
            if r.embedding is None:
                await context.abort(grpc.StatusCode.INTERNAL, "the classifier returned no embedding")
            resp.embeddings.add().values.extend(r.embedding.tolist())
        return resp


def add_classifier_service(app: _RouterApp, server: grpc.aio.Server) -> ClassifierService:
    """Serve `extproc.v1.Classifier` for `app` (an `extproc.app.RouterApp`) on `server`."""
    service = ClassifierService(lambda: app.runtime)
    pb_grpc.add_ClassifierServicer_to_server(service, server)
    return service


def classify_remote(target: str, text: str, timeout: float = 10.0) -> Classification:
    """Call `Classify` on a router at `target` (HOST:PORT). Raises `grpc.RpcError`."""
    with grpc.insecure_channel(target) as channel:
        stub = pb_grpc.ClassifierStub(channel)
        resp: pb.ClassifyResponse = stub.Classify(pb.ClassifyRequest(text=text), timeout=timeout)
    return from_proto(resp)
