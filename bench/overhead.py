"""Latency the router adds: Envoy + router against Envoy straight to the same upstream, in one run.

    .venv/bin/python bench/overhead.py [--requests 400] [--classifier] [--out bench/results/overhead.json]

Both paths use the same demo upstream and the same Envoy binary and settings; the baseline Envoy is the
reference envoy.yaml with the ext_proc filter removed and its default route pointed at the cluster the
router picks. Rounds alternate between the two so machine noise hits both alike.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import aiohttp
import yaml

from extproc.openai import CHAT_COMPLETIONS_PATH
from extproc_dev import machine
from extproc_dev.stack import DevStack, envoy_binary, free_port, port_open, render_envoy_config, wait_for

PROMPT = "Compute the integral of x^2 between 0 and 3"  # keyword rule -> math -> qwen3-32b
TARGET_CLUSTER = "model_qwen3_32b"


def baseline_envoy_config(
    stack: DevStack, listener: int, admin: int, cluster: str = TARGET_CLUSTER
) -> dict[str, Any]:
    """The stack's Envoy config without the ext_proc filter, every request routed to `cluster`."""
    cfg = render_envoy_config(
        stack.envoy_base,
        listener_port=listener,
        admin_port=admin,
        router_port=stack.router_port,
        cluster_ports=stack.upstream_ports,
    )
    hcm = cfg["static_resources"]["listeners"][0]["filter_chains"][0]["filters"][0]["typed_config"]
    hcm["http_filters"] = [f for f in hcm["http_filters"] if f["name"] != "envoy.filters.http.ext_proc"]
    routes = hcm["route_config"]["virtual_hosts"][0]["routes"]
    # The unrouted chat route (the fail-open one), widened to every path and pointed at `cluster`.
    chat = copy.deepcopy(next(r for r in routes if r["match"].get("path") == CHAT_COMPLETIONS_PATH))
    chat["match"] = {"prefix": "/"}
    chat["route"]["cluster"] = cluster
    hcm["route_config"]["virtual_hosts"][0]["routes"] = [chat]
    return cfg


@contextmanager
def envoy_only(stack: DevStack, workdir: Path, cluster: str = TARGET_CLUSTER) -> Iterator[str]:
    """A second Envoy, same binary and settings as the stack's, straight to `cluster`: yields its URL."""
    listener, admin = free_port(), free_port()
    cfg = workdir / "baseline-envoy.yaml"
    cfg.write_text(yaml.safe_dump(baseline_envoy_config(stack, listener, admin, cluster)))
    with open(workdir / "baseline.log", "wb") as log:
        proc = subprocess.Popen(
            [envoy_binary(), "-c", str(cfg), "--concurrency", "2", "--base-id", str(admin)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for(lambda: port_open(listener), "baseline envoy", proc=proc)
        yield f"http://127.0.0.1:{listener}"
    finally:
        proc.terminate()
        proc.wait()


def load_str(load: tuple[float, float, float] | list[float]) -> str:
    """os.getloadavg() as printed next to every figure (1, 5, 15 min)."""
    return " / ".join(f"{x:.2f}" for x in load) + " (1/5/15 min)"


async def run_round(url: str, body: bytes, n: int, concurrency: int) -> list[float]:
    lat: list[float] = []
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(n):
        queue.put_nowait(i)
    conn = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=conn) as session:

        async def worker() -> None:
            while True:
                try:
                    queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                t0 = time.perf_counter()
                async with session.post(url, data=body, headers={"content-type": "application/json"}) as r:
                    await r.read()
                    if r.status != 200:
                        raise RuntimeError(f"status {r.status}")
                lat.append(time.perf_counter() - t0)

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return lat


def pct(xs: list[float], p: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(p / 100 * len(s)))] * 1000


async def measure(urls: dict[str, str], n: int, concurrency: int, rounds: int) -> dict[str, dict[str, float]]:
    body = json.dumps({"model": "auto", "messages": [{"role": "user", "content": PROMPT}]}).encode()
    samples: dict[str, list[float]] = {k: [] for k in urls}
    wall: dict[str, float] = dict.fromkeys(urls, 0.0)
    for url in urls.values():  # warm-up
        await run_round(url, body, 50, concurrency)
    for _ in range(rounds):
        for name, url in urls.items():
            t0 = time.perf_counter()
            samples[name] += await run_round(url, body, n // rounds, concurrency)
            wall[name] += time.perf_counter() - t0
    return {
        name: {
            "p50_ms": pct(xs, 50),
            "p99_ms": pct(xs, 99),
            "mean_ms": statistics.fmean(xs) * 1000,
            "rps": len(xs) / wall[name],
            "n": len(xs),
        }
        for name, xs in samples.items()
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=400, help="requests per path per concurrency level")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--classifier", action="store_true", help="also run the ONNX classifier (needs models/)")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()

    # The same prompt repeats, so the cache is off (bench/cache_e2e.py measures it); the guards run
    # with the classifier, as in the reference config.
    overrides: dict[str, Any] = {
        "observability": {"log_level": "warning"},
        "semantic_cache": {"enabled": False},
    }
    if not args.classifier:
        overrides["classifier"] = {"enabled": False}
        overrides["prompt_guard"] = {"enabled": False}
        overrides["pii"] = {"enabled": False}
    with tempfile.TemporaryDirectory() as tmp:
        stack = DevStack(Path(tmp) / "stack", config_overrides=overrides).start()
        try:
            with envoy_only(stack, Path(tmp)) as base_url:
                urls = {
                    "envoy+router": f"{stack.base_url}/v1/chat/completions",
                    "envoy only": f"{base_url}/v1/chat/completions",
                }
                results: dict[str, Any] = {
                    "mode": "classifier+guards" if args.classifier else "keyword-only",
                    "load_average_before": os.getloadavg(),
                    "cpu": machine.describe(),
                }
                print(f"path: {results['mode']}, {args.requests} requests per path and concurrency")
                print(f"load average at start: {load_str(results['load_average_before'])}\n")
                print(f"{'concurrency':>11} {'path':>13} {'p50 ms':>8} {'p99 ms':>8} {'rps':>8}")
                for c in (1, 16):
                    r = asyncio.run(measure(urls, args.requests, c, args.rounds))
                    for name, v in r.items():
                        print(f"{c:>11} {name:>13} {v['p50_ms']:>8.2f} {v['p99_ms']:>8.2f} {v['rps']:>8.0f}")
                    added = r["envoy+router"]["p50_ms"] - r["envoy only"]["p50_ms"]
                    ratio = r["envoy+router"]["p50_ms"] / r["envoy only"]["p50_ms"]
                    print(f"{c:>11} {'added p50':>13} {added:>8.2f} ms  (ratio {ratio:.2f}x)\n")
                    results[f"c{c}"] = {**r, "added_p50_ms": added, "p50_ratio": ratio}
                results["load_average_after"] = os.getloadavg()
                print(f"load average at end: {load_str(results['load_average_after'])}")
        finally:
            stack.stop()
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
