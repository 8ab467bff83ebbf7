"""Semantic cache end to end through Envoy: hit path against miss path, per backend, in one run.

    .venv/bin/python -m bench.cache_e2e [--entries 10000] [--requests 300] [--backends memory,milvus]
                                        [--out bench/results/cache_e2e.json]

For each backend a stack (demo upstreams, router with the built encoder, Envoy; Milvus Lite for
`milvus`) is filled with `--entries` distinct answered prompts through Envoy, then, one request at a
time: the hit path repeats stored prompts (answered by the router from the cache), the miss path sends
new prompts (classified, looked up, forwarded; `no-store` keeps the size fixed). Needs `make models`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

from bench.overhead import pct
from extproc_dev.stack import DevStack

TOPICS = ["rivers", "volcanoes", "sonnets", "tax forms", "databases", "bridges", "enzymes", "chess"]


def prompt(i: int, kind: str) -> str:
    # Words, not digits: numbers would read as entities to the verifier and make every prompt distinct.
    words = " ".join(
        ("alpha", "bravo", "delta", "kilo", "lima", "oscar", "tango", "zulu")[int(d) % 8] for d in str(i)
    )
    return f"Tell me something {kind} about {TOPICS[i % len(TOPICS)]}, item {words}."


async def send(
    session: aiohttp.ClientSession, url: str, text: str, headers: dict[str, str]
) -> tuple[float, str]:
    body = json.dumps({"model": "auto", "messages": [{"role": "user", "content": text}]})
    t0 = time.perf_counter()
    async with session.post(url, data=body, headers={"content-type": "application/json", **headers}) as r:
        await r.read()
        if r.status != 200:
            raise RuntimeError(f"status {r.status}")
        return time.perf_counter() - t0, r.headers.get("x-vsr-cache-hit", "")


async def fill(url: str, n: int, concurrency: int = 16) -> float:
    t0 = time.perf_counter()
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as s:
        sem = asyncio.Semaphore(concurrency)

        async def one(i: int) -> None:
            async with sem:
                await send(s, url, prompt(i, "stored"), {})

        await asyncio.gather(*(one(i) for i in range(n)))
    return time.perf_counter() - t0


async def measure(url: str, entries: int, n: int) -> dict[str, Any]:
    hits: list[float] = []
    misses: list[float] = []
    async with aiohttp.ClientSession() as s:
        for i in range(20):  # warm-up both paths
            await send(s, url, prompt(i, "stored"), {})
            await send(s, url, prompt(i, "warm"), {"x-vsr-cache-control": "no-store"})
        for i in range(n):
            dt, hit = await send(s, url, prompt((i * 7919) % entries, "stored"), {})
            if hit == "true":
                hits.append(dt)
            dt, hit = await send(s, url, prompt(i, "new"), {"x-vsr-cache-control": "no-store"})
            if hit == "false":
                misses.append(dt)
    return {
        "hit_p50_ms": pct(hits, 50),
        "hit_p99_ms": pct(hits, 99),
        "miss_p50_ms": pct(misses, 50),
        "miss_p99_ms": pct(misses, 99),
        "hit_rate_of_repeats": len(hits) / n,
        "miss_over_hit_p50": pct(misses, 50) / pct(hits, 50),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--backends", default="memory,milvus")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    results: dict[str, Any] = {"entries": args.entries, "requests": args.requests}
    print(
        f"{'backend':>8} {'entries':>8} {'hit p50':>8} {'hit p99':>8} {'miss p50':>9} {'miss p99':>9}  (ms)"
    )
    for backend in args.backends.split(","):
        cache: dict[str, Any] = {"enabled": True, "backend_type": backend, "max_entries": args.entries * 2}
        overrides: dict[str, Any] = {
            "semantic_cache": cache,
            "prompt_guard": {"enabled": False},
            "pii": {"enabled": False},
            "observability": {"log_level": "warning"},
        }
        with tempfile.TemporaryDirectory() as tmp:
            stack = DevStack(Path(tmp), config_overrides=overrides).start()
            try:
                url = f"{stack.base_url}/v1/chat/completions"
                fill_s = asyncio.run(fill(url, args.entries))
                time.sleep(1.0)  # let the last writes land
                r = asyncio.run(measure(url, args.entries, args.requests))
            finally:
                stack.stop()
        r["fill_seconds"] = fill_s
        results[backend] = r
        print(
            f"{backend:>8} {args.entries:>8} {r['hit_p50_ms']:>8.2f} {r['hit_p99_ms']:>8.2f} "
            f"{r['miss_p50_ms']:>9.2f} {r['miss_p99_ms']:>9.2f}   hit rate of repeats {r['hit_rate_of_repeats']:.2f}"
        )
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
