"""A small OpenAI-compatible upstream for `make run`, tests and benchmarks.

It answers saying which model it is, streams SSE when asked, and records what it received
(`GET /_requests`) so tests can check exactly what the router forwarded.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
import uuid
from typing import Any

from aiohttp import web

REQUESTS = web.AppKey("requests", list[dict[str, Any]])
NAME = web.AppKey("name", str)


def _reply_text(name: str, body: dict[str, Any]) -> str:
    last = ""
    for m in body.get("messages") or []:
        if isinstance(m, dict) and m.get("role") == "user":
            c = m.get("content")
            last = c if isinstance(c, str) else json.dumps(c)
    return f"Hello from {name} (asked as {body.get('model')}): you said {last[:80]!r}."


def _usage(body: dict[str, Any], text: str) -> dict[str, int]:
    prompt = sum(
        len(str(m.get("content", "")).split()) for m in body.get("messages") or [] if isinstance(m, dict)
    )
    completion = len(text.split())
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


async def chat(request: web.Request) -> web.StreamResponse:
    raw = await request.read()
    name = request.app[NAME]
    request.app[REQUESTS].append(
        {"headers": dict(request.headers), "body": raw.decode("utf-8", "replace"), "received_at": time.time()}
    )
    del request.app[REQUESTS][:-200]
    delay = float(request.headers.get("x-test-delay-ms", "0"))
    if delay:
        await asyncio.sleep(delay / 1000)
    status = int(request.headers.get("x-test-status", "200"))
    if status != 200:
        err = {"error": {"message": f"test upstream {name} failed on purpose", "type": "server_error"}}
        return web.json_response(err, status=status, headers={"x-upstream-name": name})
    try:
        body = json.loads(raw)
        assert isinstance(body, dict)
    except (ValueError, AssertionError):
        err = {"error": {"message": "upstream received a body that is not a JSON object", "type": "invalid"}}
        return web.json_response(err, status=400, headers={"x-upstream-name": name})
    text = _reply_text(name, body)
    cid, created, model = f"chatcmpl-{uuid.uuid4().hex[:24]}", int(time.time()), body.get("model", name)
    usage = _usage(body, text)
    if not body.get("stream"):
        completion = {
            "id": cid,
            "object": "chat.completion",
            "created": created,
            "model": model,
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
            ],
            "usage": usage,
        }
        return web.json_response(completion, headers={"x-upstream-name": name})

    resp = web.StreamResponse(headers={"content-type": "text/event-stream", "x-upstream-name": name})
    await resp.prepare(request)

    async def send(choices: list[dict[str, Any]], **extra: Any) -> None:
        chunk = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model}
        await resp.write(b"data: " + json.dumps({**chunk, "choices": choices, **extra}).encode() + b"\n\n")

    await send([{"index": 0, "delta": {"role": "assistant", "content": ""}}])
    for word in text.split(" "):
        await send([{"index": 0, "delta": {"content": word + " "}}])
    await send([{"index": 0, "delta": {}, "finish_reason": "stop"}])
    if (body.get("stream_options") or {}).get("include_usage"):
        await send([], usage=usage)
    await resp.write(b"data: [DONE]\n\n")
    await resp.write_eof()
    return resp


async def models(request: web.Request) -> web.Response:
    name = request.app[NAME]
    return web.json_response(
        {"object": "list", "data": [{"id": name, "object": "model", "owned_by": "demo"}]}
    )


async def recorded(request: web.Request) -> web.Response:
    if request.method == "DELETE":
        request.app[REQUESTS].clear()
        return web.json_response([])
    return web.json_response(request.app[REQUESTS])


async def echo(request: web.Request) -> web.Response:
    """Any other path: say what arrived, and record it, so pass-through can be checked."""
    raw = await request.read()
    request.app[REQUESTS].append(
        {
            "path": request.path_qs,
            "method": request.method,
            "headers": dict(request.headers),
            "body": raw.decode("utf-8", "replace"),
            "received_at": time.time(),
        }
    )
    del request.app[REQUESTS][:-200]
    return web.json_response(
        {"path": request.path_qs, "method": request.method, "body": raw.decode("utf-8", "replace")},
        headers={"x-upstream-name": request.app[NAME]},
    )


def make_app(name: str) -> web.Application:
    app = web.Application(client_max_size=64 * 1024 * 1024)
    app[REQUESTS] = []
    app[NAME] = name
    app.router.add_post("/v1/chat/completions", chat)
    app.router.add_get("/v1/models", models)
    app.router.add_route("*", "/_requests", recorded)
    app.router.add_route("*", "/{tail:.*}", echo)
    return app


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description="demo OpenAI-compatible upstream")
    p.add_argument("--name", required=True, help="model this upstream serves")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    args = p.parse_args(argv)
    web.run_app(make_app(args.name), host=args.host, port=args.port, print=None, access_log=None)


if __name__ == "__main__":
    main()
