"""The per-stream ext_proc state machine: the only module that speaks ext_proc messages.

Envoy opens one gRPC stream per HTTP request and sends, in order, request headers, request body
(BUFFERED), response headers and response body (BUFFERED, or STREAMED chunks for SSE).
"""

from __future__ import annotations

from extproc import openai
from extproc._proto.envoy.config.core.v3 import base_pb2 as core
from extproc._proto.envoy.extensions.filters.http.ext_proc.v3 import processing_mode_pb2 as pm
from extproc._proto.envoy.service.ext_proc.v3 import external_processor_pb2 as ep
from extproc._proto.envoy.type.v3 import http_status_pb2
from extproc.openai import CACHE_BAD_HIT_PATH, CHAT_COMPLETIONS_PATH, MODELS_PATH
from extproc.pipeline import (
    Forward,
    RequestContext,
    Respond,
    Runtime,
    caller_scope,
    canonical_path,
    client_headers,
    encoded_twice,
)

# Set by Envoy on responses (reference envoy.yaml): the cluster that answered. Read, then removed.
UPSTREAM_CLUSTER_HEADER = "x-vsr-upstream-cluster"
# Headers only the router may set: a client sending them must not steer routing or the cache.
ROUTER_ONLY_PREFIXES = ("x-vsr-", "x-selected-model", "x-gateway-destination-endpoint")
CLIENT_CONTROL_HEADERS = frozenset({"x-vsr-cache-control"})

_OVERWRITE = core.HeaderValueOption.OVERWRITE_IF_EXISTS_OR_ADD


def header_map(headers: ep.HttpHeaders) -> dict[str, str]:
    """Header names (lower-cased) to values. Bytes that are not UTF-8 read as `\\xe9`-style escapes,
    one per byte: "replace" read every such byte as U+FFFD, so `Bearer sk-clé` and `Bearer sk-clè`
    sent as Latin-1 were one credential, and one cache scope."""
    out: dict[str, str] = {}
    for h in headers.headers.headers:
        out[h.key.lower()] = h.raw_value.decode("utf-8", "backslashreplace") if h.raw_value else h.value
    return out


def header_mutation(set_headers: dict[str, str], remove: list[str] | None = None) -> ep.HeaderMutation:
    return ep.HeaderMutation(
        set_headers=[
            core.HeaderValueOption(
                header=core.HeaderValue(key=k, raw_value=v.encode()), append_action=_OVERWRITE
            )
            for k, v in set_headers.items()
        ],
        remove_headers=remove or [],
    )


def immediate(resp: Respond) -> ep.ProcessingResponse:
    headers = {"content-type": resp.content_type, **resp.headers}
    return ep.ProcessingResponse(
        immediate_response=ep.ImmediateResponse(
            status=http_status_pb2.HttpStatus(code=resp.status),
            headers=header_mutation(headers),
            body=resp.body,
            details=f"semantic_router_{headers.get('x-vsr-response-path', 'direct')}",
        )
    )


# Request headers answer: skip everything after this point (pass-through paths).
_SKIP_REST = pm.ProcessingMode(
    request_body_mode=pm.ProcessingMode.NONE,
    response_header_mode=pm.ProcessingMode.SKIP,
    response_body_mode=pm.ProcessingMode.NONE,
)
_STREAM_RESPONSE = pm.ProcessingMode(response_body_mode=pm.ProcessingMode.STREAMED)
_SKIP_RESPONSE_BODY = pm.ProcessingMode(response_body_mode=pm.ProcessingMode.NONE)


def _internal_error() -> ep.ProcessingResponse:
    err = openai.RequestError(
        500,
        "The router failed to process this request; it was not forwarded.",
        type="server_error",
        code="router_internal_error",
    )
    return immediate(Respond(err.status, err.body(), {"x-vsr-response-path": "error"}))


def _no_op(kind: str | None) -> ep.ProcessingResponse:
    """An answer of the kind Envoy expects that changes nothing."""
    if kind in ("request_headers", "response_headers"):
        return ep.ProcessingResponse(**{kind: ep.HeadersResponse()})
    if kind in ("request_body", "response_body"):
        return ep.ProcessingResponse(**{kind: ep.BodyResponse()})
    return ep.ProcessingResponse(**{kind or "request_trailers": ep.TrailersResponse()})


class StreamProcessor:
    """Handles one ext_proc stream (one HTTP request) with the Runtime it started with."""

    def __init__(self, runtime: Runtime) -> None:
        self.rt = runtime
        self.ctx = RequestContext()
        self._response_status = 0
        self._streamed = False
        self._response_chunks: list[bytes] = []
        self._response_size = 0
        self._logged = False

    async def handle(self, req: ep.ProcessingRequest) -> ep.ProcessingResponse:
        kind = req.WhichOneof("request")
        if kind == "request_headers":
            return self._request_headers(req.request_headers)
        if kind == "request_body":
            return await self._request_body(req.request_body)
        if kind == "response_headers":
            return self._response_headers(req.response_headers)
        if kind == "response_body":
            return await self._response_body(req.response_body)
        # Trailers are configured SKIP; answer anything else with a no-op of the same kind.
        if kind == "request_trailers":
            return ep.ProcessingResponse(request_trailers=ep.TrailersResponse())
        return ep.ProcessingResponse(response_trailers=ep.TrailersResponse())

    def on_error(self, req: ep.ProcessingRequest) -> ep.ProcessingResponse:
        """The answer when handling `req` raised. Before the request has gone upstream, nothing is
        forwarded: the client gets an OpenAI-style 500. Once the upstream answered, its response
        passes on unchanged (the guards decided before it was sent)."""
        kind = req.WhichOneof("request")
        self.rt.metrics.errors.add(1, {"reason": "internal", "status": "500"})
        if kind in ("request_headers", "request_body", "request_trailers"):
            self.ctx.response_path = "error"
            return _internal_error()
        return _no_op(kind)

    def finish(self) -> None:
        """Called when the stream ends, however it ended: one routing_decision event per request."""
        if not self._logged and self.ctx.path == CHAT_COMPLETIONS_PATH:
            self._logged = True
            self.rt.log_decision(self.ctx)
            span = self.ctx.span
            if span is not None:
                span.set_attribute("response_path", self.ctx.response_path)
                if self.ctx.decision is not None:
                    span.set_attribute("selected_model", self.ctx.decision.selected_model)
                span.end()

    # -- request ---------------------------------------------------------------------------------

    def _request_headers(self, msg: ep.HttpHeaders) -> ep.ProcessingResponse:
        h = header_map(msg)
        ctx = self.ctx
        ctx.method = h.get(":method", "")
        ctx.path = canonical_path(h.get(":path", ""))
        ctx.request_id = h.get("x-request-id", "")
        ctx.tenant = caller_scope(h, self.rt.config.routing.tenant_header)
        cache_control = {v.strip().lower() for v in h.get("x-vsr-cache-control", "").split(",")}
        ctx.no_cache = "no-cache" in cache_control
        ctx.no_store = "no-store" in cache_control

        spoofed = [
            k
            for k in h
            if k not in CLIENT_CONTROL_HEADERS
            and (k.startswith(ROUTER_ONLY_PREFIXES) or k == self.rt.config.routing.cluster_header)
        ]
        common = ep.CommonResponse(
            header_mutation=header_mutation({}, spoofed) if spoofed else None,
            # A removed routing header must not leave a route chosen on it behind.
            clear_route_cache=bool(spoofed),
        )
        if encoded_twice(h.get(":path", "")):
            err = openai.RequestError(
                400,
                "the request path is percent-encoded more than once; send it encoded once",
                code="ambiguous_path",
            )
            return immediate(self.rt.error(ctx, err, "ambiguous_path"))
        if ctx.method == "GET" and ctx.path == MODELS_PATH:
            return immediate(Respond(200, openai.models_list(self.rt.model_names()), {}))
        if ctx.method == "POST" and ctx.path == CHAT_COMPLETIONS_PATH:
            ctx.span = self.rt.tracing.start_request(h)
            ctx.span.set_attribute("request_id", ctx.request_id)
            if msg.end_of_stream:
                # No body will follow: answer now, the request is unusable.
                return immediate(
                    self.rt.error(ctx, openai.RequestError(400, "request body is empty"), "bad_request")
                )
            return ep.ProcessingResponse(request_headers=ep.HeadersResponse(response=common))
        if ctx.method == "POST" and ctx.path == CACHE_BAD_HIT_PATH:
            return ep.ProcessingResponse(request_headers=ep.HeadersResponse(response=common))
        if ctx.path in self.rt.config.routing.passthrough_paths:
            # Configured to go on unprocessed (never a generation path while a guard is on): skip the rest.
            return ep.ProcessingResponse(
                request_headers=ep.HeadersResponse(response=common), mode_override=_SKIP_REST
            )
        # Anything else could be a text-generation endpoint the guards never see: refused.
        err = openai.path_error(ctx.method, ctx.path)
        if err.status == 405:
            answer = self.rt.error(ctx, err, "method_not_allowed")
            answer.headers["allow"] = openai.ROUTER_PATHS[ctx.path]
            return immediate(answer)
        return immediate(self.rt.error(ctx, err, "unknown_path"))

    async def _request_body(self, msg: ep.HttpBody) -> ep.ProcessingResponse:
        if self.ctx.path == CACHE_BAD_HIT_PATH:
            return immediate(await self.rt.handle_bad_hit(self.ctx, msg.body))
        outcome = await self.rt.handle_body(self.ctx, msg.body)
        if isinstance(outcome, Respond):
            return immediate(outcome)
        assert isinstance(outcome, Forward)
        set_headers = dict(outcome.headers)
        body_mutation = None
        if outcome.body is not None:
            body_mutation = ep.BodyMutation(body=outcome.body)
            set_headers["content-length"] = str(len(outcome.body))
        return ep.ProcessingResponse(
            request_body=ep.BodyResponse(
                response=ep.CommonResponse(
                    header_mutation=header_mutation(set_headers),
                    body_mutation=body_mutation,
                    # The route was computed on the client's headers; recompute it on ours.
                    clear_route_cache=True,
                )
            )
        )

    # -- response --------------------------------------------------------------------------------

    def _response_headers(self, msg: ep.HttpHeaders) -> ep.ProcessingResponse:
        if not self.ctx.method:
            # Envoy answered the request itself before it reached us (a refused token, a local reply):
            # nothing of ours to say about it, and no body to see.
            return ep.ProcessingResponse(
                response_headers=ep.HeadersResponse(), mode_override=_SKIP_RESPONSE_BODY
            )
        h = header_map(msg)
        try:
            self._response_status = int(h.get(":status", "0"))
        except ValueError:
            self._response_status = 0
        content_type = h.get("content-type", "")
        self.ctx.response_path = "upstream"
        self.ctx.upstream_cluster = h.get(UPSTREAM_CLUSTER_HEADER)
        internal = [UPSTREAM_CLUSTER_HEADER] if UPSTREAM_CLUSTER_HEADER in h else []
        response = ep.ProcessingResponse(
            response_headers=ep.HeadersResponse(
                response=ep.CommonResponse(
                    header_mutation=header_mutation(client_headers(self.ctx), internal)
                )
            )
        )
        if msg.end_of_stream:
            self.finish()
        elif content_type.startswith("text/event-stream"):
            self._streamed = True
            response.mode_override.CopyFrom(_STREAM_RESPONSE)
        elif self.ctx.request is None:
            response.mode_override.CopyFrom(_SKIP_RESPONSE_BODY)
        return response

    async def _response_body(self, msg: ep.HttpBody) -> ep.ProcessingResponse:
        limit = self.rt.config.server.max_response_bytes
        if self._response_size <= limit:
            self._response_chunks.append(msg.body)
            self._response_size += len(msg.body)
        if msg.end_of_stream:
            if self._response_size <= limit:
                body = b"".join(self._response_chunks)
                await self.rt.handle_response(self.ctx, self._response_status, body, self._streamed)
            self._response_chunks = []
            self.finish()
        return ep.ProcessingResponse(response_body=ep.BodyResponse())
