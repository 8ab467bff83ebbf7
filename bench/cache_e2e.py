"""Semantic cache end to end through Envoy, per backend, against same-run baselines.

    .venv/bin/python -m bench.cache_e2e [--entries 10000] [--requests 400] [--backends memory,milvus]
                                        [--concurrency 32] [--load-requests 1500]
                                        [--out bench/results/cache_e2e.json]

For each backend a stack (demo upstreams, router with the built encoder, Envoy; Milvus Lite for
`milvus`) is filled with `--entries` distinct answered prompts through Envoy (one tenant: an
`authorization` header, since requests without credentials are not cached). Then, one request at a
time, interleaved request by request so machine noise hits every path alike:

- upstream direct: the demo upstream, no Envoy;
- Envoy only: a second Envoy with the same binary and config minus the ext_proc filter
  (`bench.overhead.envoy_only`), straight to the same upstream;
- exact hit: a stored request repeated byte for byte (the router's hash index, no encoder pass);
- semantic hit: a stored prompt re-sent with other letter case and trailing whitespace: the encoder
  (uncased) gives the same embedding and the verifier's exact layer accepts it, but it takes the full
  path (encoder, routing, vector search, verification). Checked from the router's metrics: these are
  backend hits, not `backend="exact"` ones;
- miss: a new prompt with `x-vsr-cache-control: no-store` (full path, forwarded; the size stays fixed).

With `--concurrency N` the same exact/semantic/miss mix (fresh prompts) also runs at concurrency N and
at 1, and the router's Prometheus counters before/after give the backend lookups that failed
(`llm_cache_errors_total{operation="lookup"}`) as a share of lookups, next to the hit rates.
The load average is printed at start and end. Needs `make models`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp

from bench.overhead import TARGET_CLUSTER, envoy_only, load_str, pct
from extproc_dev import machine
from extproc_dev.stack import DevStack

TOPICS = ["rivers", "volcanoes", "sonnets", "tax forms", "databases", "bridges", "enzymes", "chess"]
AUTH = {"authorization": "Bearer bench-tenant"}
NO_STORE = {"x-vsr-cache-control": "no-store"}
# Filling skips the lookup: otherwise a prompt the verifier finds close enough to an earlier one ("item
# alpha bravo" / "item alpha delta") is answered from the cache and never stored itself.
FILL = {**AUTH, "x-vsr-cache-control": "no-cache"}
PATHS = ("upstream direct", "envoy only", "exact hit", "semantic hit", "miss")


def prompt(i: int, kind: str) -> str:
    # Words, not digits: numbers would read as entities to the verifier and make every prompt distinct.
    words = " ".join(
        ("alpha", "bravo", "delta", "kilo", "lima", "oscar", "tango", "zulu")[int(d) % 8] for d in str(i)
    )
    return f"Tell me something {kind} about {TOPICS[i % len(TOPICS)]}, item {words}."


def variant(text: str) -> str:
    """Same embedding (the encoder lower-cases and ignores whitespace), same text for the verifier's exact
    layer, different bytes: misses the exact-repeat index, served by the semantic path."""
    return text.upper() + "  "


def miss_prompt(i: int) -> str:
    return f"Write a limerick on {TOPICS[i % len(TOPICS)]} for reader {i}."


def body(text: str) -> bytes:
    return json.dumps({"model": "auto", "messages": [{"role": "user", "content": text}]}).encode()


class Outcome:
    __slots__ = ("hit", "seconds", "similarity")

    def __init__(self, seconds: float, hit: str, similarity: str) -> None:
        self.seconds, self.hit, self.similarity = seconds, hit, similarity


async def send(session: aiohttp.ClientSession, url: str, text: str, headers: dict[str, str]) -> Outcome:
    t0 = time.perf_counter()
    async with session.post(
        url, data=body(text), headers={"content-type": "application/json", **headers}
    ) as r:
        await r.read()
        if r.status != 200:
            raise RuntimeError(f"{url}: status {r.status}")
        return Outcome(
            time.perf_counter() - t0,
            r.headers.get("x-vsr-cache-hit", ""),
            r.headers.get("x-vsr-cache-similarity", ""),
        )


def scrape(port: int | None) -> dict[str, float]:
    """The router's counters, `name{labels}` -> value (the Prometheus text format)."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as r:
        text = r.read().decode()
    out: dict[str, float] = {}
    for line in text.splitlines():
        m = re.match(r"^(llm_cache_\w+_total)(\{[^}]*\})?\s+(\S+)$", line)
        if m:
            out[m.group(1) + (m.group(2) or "")] = float(m.group(3))
    return out


def counter(snap: dict[str, float], name: str, **labels: str) -> float:
    """Sum of `name` over the series carrying all of `labels`."""
    total = 0.0
    for key, v in snap.items():
        if key.split("{", 1)[0] != name:
            continue
        if all(f'{k}="{val}"' in key for k, val in labels.items()):
            total += v
    return total


def cache_delta(before: dict[str, float], after: dict[str, float], backend: str) -> dict[str, float]:
    def d(name: str, **labels: str) -> float:
        return counter(after, name, **labels) - counter(before, name, **labels)

    hits = d("llm_cache_hits_total", backend=backend)
    misses = d("llm_cache_misses_total", backend=backend)
    failed = d("llm_cache_errors_total", operation="lookup")
    lookups = hits + misses + failed  # a failed lookup counts neither a hit nor a miss
    return {
        "exact_hits": d("llm_cache_hits_total", backend="exact"),
        "backend_hits": hits,
        "backend_misses": misses,
        "backend_lookups": lookups,
        "lookup_failures": failed,
        "lookup_failure_share": failed / lookups if lookups else 0.0,
        "store_failures": d("llm_cache_errors_total", operation="store"),
    }


async def fill(url: str, n: int, concurrency: int = 16) -> float:
    t0 = time.perf_counter()
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as s:
        sem = asyncio.Semaphore(concurrency)

        async def one(i: int) -> None:
            async with sem:
                await send(s, url, prompt(i, "stored"), FILL)

        await asyncio.gather(*(one(i) for i in range(n)))
    return time.perf_counter() - t0


async def settle(stack: DevStack, url: str, last: int, backend: str, wait_s: float = 60.0) -> float:
    """Wait until the last stored prompt is served by the backend (writes land off the response path)."""
    t0 = time.perf_counter()
    async with aiohttp.ClientSession() as s:
        while True:
            before = scrape(stack.metrics_port)
            out = await send(s, url, variant(prompt(last, "stored")), AUTH)
            d = cache_delta(before, scrape(stack.metrics_port), backend)
            if out.hit == "true" and d["backend_hits"] == 1:
                return time.perf_counter() - t0
            if time.perf_counter() - t0 > wait_s:
                raise RuntimeError(f"{backend}: the last stored prompt is not served after {wait_s:.0f} s")
            await asyncio.sleep(0.5)


async def check_paths(stack: DevStack, url: str, backend: str, idx: list[int]) -> dict[str, Any]:
    """A few requests, one by one, each checked against the router's counters: an exact repeat counts a
    `backend="exact"` hit; a variant counts a backend hit (the semantic path), never an exact one."""
    rows: list[dict[str, Any]] = []
    async with aiohttp.ClientSession() as s:
        for i in idx:
            for kind, text in (("exact", prompt(i, "stored")), ("semantic", variant(prompt(i, "stored")))):
                before = scrape(stack.metrics_port)
                out = await send(s, url, text, AUTH)
                d = cache_delta(before, scrape(stack.metrics_port), backend)
                rows.append(
                    {
                        "kind": kind,
                        "text": text,
                        "hit": out.hit,
                        "similarity": out.similarity,
                        "exact_hits": d["exact_hits"],
                        "backend_hits": d["backend_hits"],
                    }
                )
    ok = all(
        r["hit"] == "true"
        and (r["exact_hits"], r["backend_hits"]) == ((1, 0) if r["kind"] == "exact" else (0, 1))
        for r in rows
    )
    return {"ok": ok, "requests": rows}


Sender = Callable[[aiohttp.ClientSession, int], Awaitable[Outcome]]


def senders(urls: dict[str, str]) -> dict[str, Sender]:
    """Per path: send the request with index i (each path's own prompts, all the same shape)."""
    router = urls["router"]

    def to(url: str, text: Callable[[int], str], headers: dict[str, str]) -> Sender:
        async def go(s: aiohttp.ClientSession, i: int) -> Outcome:
            return await send(s, url, text(i), headers)

        return go

    return {
        "upstream direct": to(urls["upstream direct"], miss_prompt, AUTH),
        "envoy only": to(urls["envoy only"], miss_prompt, AUTH),
        "exact hit": to(router, lambda i: prompt(i, "stored"), AUTH),
        "semantic hit": to(router, lambda i: variant(prompt(i, "stored")), AUTH),
        "miss": to(router, miss_prompt, {**AUTH, **NO_STORE}),
    }


def summary(outs: list[Outcome], expect_hit: bool | None) -> dict[str, Any]:
    xs = [o.seconds for o in outs]
    r: dict[str, Any] = {"n": len(xs), "p50_ms": pct(xs, 50), "p99_ms": pct(xs, 99)}
    if expect_hit is not None:
        r["hit_rate"] = sum(o.hit == "true" for o in outs) / len(outs)
        if expect_hit:
            r["similarity_seen"] = dict(Counter(o.similarity for o in outs).most_common(3))
    return r


async def latency(urls: dict[str, str], stored: list[int], fresh: int, n: int) -> dict[str, Any]:
    """One request at a time, the five paths interleaved (rotating order) for n rounds."""
    send_to = senders(urls)
    samples: dict[str, list[Outcome]] = {p: [] for p in PATHS}
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=1)) as s:
        for w in range(20):  # warm-up every path
            for p in PATHS:
                await send_to[p](s, stored[-1 - w] if "hit" in p else fresh + 10**6 + w)
        for k in range(n):
            order = PATHS[k % len(PATHS) :] + PATHS[: k % len(PATHS)]
            for p in order:
                samples[p].append(await send_to[p](s, stored[k] if "hit" in p else fresh + k))
    expect = {"exact hit": True, "semantic hit": True, "miss": False}
    return {p: summary(samples[p], expect.get(p)) for p in PATHS}


async def mix(url: str, stored: list[int], fresh: int, n: int, concurrency: int) -> dict[str, Any]:
    """n requests, exact hits, semantic hits and misses in turn, at `concurrency` in flight."""
    router = senders({"router": url, "upstream direct": url, "envoy only": url})
    kinds = ("exact hit", "semantic hit", "miss")
    jobs = [(kinds[j % 3], j // 3) for j in range(n)]
    samples: dict[str, list[Outcome]] = {k: [] for k in kinds}
    conn = aiohttp.TCPConnector(limit=concurrency)
    t0 = time.perf_counter()
    async with aiohttp.ClientSession(connector=conn) as s:
        queue = iter(jobs)

        async def worker() -> None:
            for kind, j in queue:
                samples[kind].append(await router[kind](s, stored[j] if "hit" in kind else fresh + j))

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    wall = time.perf_counter() - t0
    out: dict[str, Any] = {k: summary(samples[k], k != "miss") for k in kinds}
    expected = samples["exact hit"] + samples["semantic hit"]
    out["hit_rate_of_stored"] = sum(o.hit == "true" for o in expected) / len(expected)
    out["rps"] = n / wall
    return out


def run_backend(args: argparse.Namespace, backend: str) -> dict[str, Any]:
    cache: dict[str, Any] = {"enabled": True, "backend_type": backend, "max_entries": args.entries * 2}
    if args.lookup_timeout_ms is not None:
        cache["lookup_timeout_ms"] = args.lookup_timeout_ms
    overrides: dict[str, Any] = {
        "semantic_cache": cache,
        "prompt_guard": {"enabled": False},
        "pii": {"enabled": False},
        "observability": {"log_level": "warning"},
    }
    rng = random.Random(13)
    order = list(range(args.entries - 1))  # the last entry is the settle probe
    rng.shuffle(order)
    n, m = args.requests, args.load_requests // 3 + 1
    if 20 + n + 2 * m + 20 > len(order):
        raise SystemExit("--entries too small for --requests/--load-requests")
    check_idx, lat_idx = order[:3], order[3 : 3 + n + 20]
    load1_idx, loadc_idx = order[23 + n : 23 + n + m], order[23 + n + m : 23 + n + 2 * m]
    r: dict[str, Any] = {"load_average_start": os.getloadavg()}
    print(f"\n== {backend}: load average at start {load_str(r['load_average_start'])}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        stack = DevStack(Path(tmp) / "stack", config_overrides=overrides).start()
        try:
            with envoy_only(stack, Path(tmp), TARGET_CLUSTER) as base:
                router = f"{stack.base_url}/v1/chat/completions"
                urls = {
                    "router": router,
                    "envoy only": f"{base}/v1/chat/completions",
                    "upstream direct": f"http://127.0.0.1:{stack.upstream_ports[TARGET_CLUSTER]}/v1/chat/completions",
                }
                r["fill_seconds"] = asyncio.run(fill(router, args.entries))
                r["settle_seconds"] = asyncio.run(settle(stack, router, args.entries - 1, backend))
                print(
                    f"filled {args.entries} entries in {r['fill_seconds']:.1f} s "
                    f"(+{r['settle_seconds']:.1f} s until the last was served)",
                    flush=True,
                )
                r["path_check"] = asyncio.run(check_paths(stack, router, backend, check_idx))
                for row in r["path_check"]["requests"]:
                    print(
                        f"  check {row['kind']:>8}: hit={row['hit']} similarity={row['similarity']} "
                        f"exact-index hits +{row['exact_hits']:.0f}, {backend} hits +{row['backend_hits']:.0f}"
                    )
                if not r["path_check"]["ok"]:
                    print("  !! a request was not served by the path it was meant to measure", flush=True)

                before = scrape(stack.metrics_port)
                lat = asyncio.run(latency(urls, lat_idx, 0, n))
                lat["counters"] = cache_delta(before, scrape(stack.metrics_port), backend)
                base_p50 = lat["envoy only"]["p50_ms"]
                for p in ("exact hit", "semantic hit", "miss"):
                    lat[p]["added_p50_ms"] = lat[p]["p50_ms"] - base_p50
                    lat[p]["p50_ratio"] = lat[p]["p50_ms"] / base_p50
                r["c1_latency"] = lat
                print(f"  {'path (concurrency 1)':<22} {'p50':>7} {'p99':>7} {'added p50':>10}  (ms)")
                for p in PATHS:
                    v = lat[p]
                    added = f"{v['added_p50_ms']:>+10.2f}" if "added_p50_ms" in v else f"{'':>10}"
                    rate = f"  hit rate {v['hit_rate']:.2f}" if "hit_rate" in v else ""
                    print(f"  {p:<22} {v['p50_ms']:>7.2f} {v['p99_ms']:>7.2f} {added}{rate}")
                c = lat["counters"]
                print(
                    f"  counters: exact-index hits {c['exact_hits']:.0f}, {backend} hits "
                    f"{c['backend_hits']:.0f}, misses {c['backend_misses']:.0f}, "
                    f"lookup failures {c['lookup_failures']:.0f}",
                    flush=True,
                )

                if args.concurrency:
                    r["load"] = {}
                    for level, idx, fresh in (
                        (1, load1_idx, 2 * 10**6),
                        (args.concurrency, loadc_idx, 3 * 10**6),
                    ):
                        before = scrape(stack.metrics_port)
                        res = asyncio.run(mix(router, idx, fresh, args.load_requests, level))
                        res["counters"] = cache_delta(before, scrape(stack.metrics_port), backend)
                        r["load"][f"c{level}"] = res
                        c = res["counters"]
                        print(
                            f"  mix at concurrency {level:>3}: {res['rps']:.0f} req/s, hit rate of stored "
                            f"{res['hit_rate_of_stored']:.3f} (semantic {res['semantic hit']['hit_rate']:.3f}), "
                            f"lookup failures {c['lookup_failures']:.0f}/{c['backend_lookups']:.0f} "
                            f"({100 * c['lookup_failure_share']:.2f}%), store failures {c['store_failures']:.0f}, "
                            f"p50 exact/semantic/miss {res['exact hit']['p50_ms']:.1f}/"
                            f"{res['semantic hit']['p50_ms']:.1f}/{res['miss']['p50_ms']:.1f} ms",
                            flush=True,
                        )
                    lo, hi = r["load"]["c1"], r["load"][f"c{args.concurrency}"]
                    r["load"]["hit_rate_drop_points"] = 100 * (
                        lo["hit_rate_of_stored"] - hi["hit_rate_of_stored"]
                    )
                    r["load"]["semantic_hit_rate_drop_points"] = 100 * (
                        lo["semantic hit"]["hit_rate"] - hi["semantic hit"]["hit_rate"]
                    )
        finally:
            stack.stop()
    r["load_average_end"] = os.getloadavg()
    print(f"== {backend}: load average at end {load_str(r['load_average_end'])}", flush=True)
    return r


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=400, help="requests per path at concurrency 1")
    ap.add_argument("--backends", default="memory,milvus")
    ap.add_argument("--concurrency", type=int, default=0, help="also run the hit/miss mix at N and at 1")
    ap.add_argument("--load-requests", type=int, default=1500, help="requests per level of the mix")
    ap.add_argument(
        "--lookup-timeout-ms", type=float, help="semantic_cache.lookup_timeout_ms (default: the config's)"
    )
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    results: dict[str, Any] = {
        "lookup_timeout_ms": args.lookup_timeout_ms,
        "entries": args.entries,
        "requests": args.requests,
        "concurrency": args.concurrency,
        "load_requests": args.load_requests,
        "load_average_start": os.getloadavg(),
        "cpu": machine.describe(),
    }
    print(f"load average at start: {load_str(results['load_average_start'])}")
    for backend in args.backends.split(","):
        results[backend] = run_backend(args, backend)
    results["load_average_end"] = os.getloadavg()
    print(f"\nload average at end: {load_str(results['load_average_end'])}")
    print(
        f"\n{'backend':>8} {'path':>13} {'p50':>7} {'p99':>7} {'+p50 vs envoy only':>19}  (ms, concurrency 1)"
    )
    for backend in args.backends.split(","):
        lat = results[backend]["c1_latency"]
        for p in PATHS:
            v = lat[p]
            added = f"{v['added_p50_ms']:>+10.2f} ({v['p50_ratio']:.1f}x)" if "added_p50_ms" in v else ""
            print(f"{backend:>8} {p:>13} {v['p50_ms']:>7.2f} {v['p99_ms']:>7.2f} {added:>19}")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
