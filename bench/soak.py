"""Bounded soak through Envoy and the router with the reference config (guards, classifier, Milvus cache).

    .venv/bin/python bench/soak.py [--duration 60] [--concurrency 32] [--reloads 20]
                                   [--out bench/results/soak.json]

Mixed traffic: `auto` requests with fresh prompts, explicit models, streaming, exact repeats (cache hits for
a caller with an identity) and a few invalid bodies. Prints requests, statuses per kind, errors by status,
p50/p99, and the router process's RSS, threads and open fds at start and end (and over time); then the
same after `--reloads` config reloads (classifier.batch_wait_ms rewritten each time, SIGHUP), with traffic
between them. The load average is printed at start and end: on a shared machine it explains latency.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import yaml

from extproc_dev.stack import DevStack, wait_for

EXPLICIT = ["general-8b", "fast-1b"]
TOPICS = [
    "Explain how {x} works in simple terms, in about {m} words.",
    "Write a short poem about {x} with {n} stanzas.",
    "What are the {n} main causes of {x}?",
    "Solve the equation {n}x + 3 = {m} and explain each step.",
    "Summarise the history of {x} in {n} sentences.",
    "What is the derivative of x^{n} + {m}x?",
    "Give me {n} tips for learning about {x}.",
    "How does the law treat a breach of contract involving {x}?",
]
THINGS = [
    "photosynthesis",
    "inflation",
    "the French revolution",
    "black holes",
    "vaccines",
    "compilers",
    "ocean tides",
    "supply chains",
    "the immune system",
    "plate tectonics",
]
REPEATS = [
    "What is the capital of France?",
    "How many days are there in a leap year?",
    "What is the boiling point of water at sea level?",
    "Who wrote Pride and Prejudice?",
]
INVALID = [
    b'{"model": "auto", "messages": [',
    b'{"model": "auto", "messages": "hello"}',
    b'{"model": "auto", "messages": [{"role": "user", "content": "hi \\ud800"}]}',
    b'{"model": "auto", "messages": [{"role": "user", "content": "hi"}], "x": '
    + b"[" * 200
    + b"]" * 200
    + b"}",
]
# Share of each kind in the mix (the rest of the weight goes to `auto`).
MIX = {"auto": 0.40, "explicit": 0.20, "stream": 0.15, "repeat": 0.20, "invalid": 0.05}
EXPECTED = {"auto": 200, "explicit": 200, "stream": 200, "repeat": 200, "invalid": 400}


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    statuses: dict[str, Counter[int]] = field(default_factory=lambda: defaultdict(Counter))
    exceptions: Counter[str] = field(default_factory=Counter)
    cache_hits: int = 0

    @property
    def requests(self) -> int:
        return sum(sum(c.values()) for c in self.statuses.values()) + sum(self.exceptions.values())

    def unexpected(self) -> Counter[int]:
        out: Counter[int] = Counter()
        for kind, counts in self.statuses.items():
            for status, n in counts.items():
                if status != EXPECTED[kind]:
                    out[status] += n
        return out

    def summary(self, wall: float) -> dict[str, Any]:
        return {
            "requests": self.requests,
            "rps": round(self.requests / wall, 1) if wall else 0.0,
            "statuses_by_kind": {k: dict(sorted(v.items())) for k, v in sorted(self.statuses.items())},
            "errors_by_status": dict(sorted(self.unexpected().items())),
            "exceptions": dict(self.exceptions),
            "cache_hits": self.cache_hits,
            "p50_ms": round(pct(self.latencies, 50), 2),
            "p99_ms": round(pct(self.latencies, 99), 2),
            "mean_ms": round(statistics.fmean(self.latencies) * 1000, 2) if self.latencies else 0.0,
        }


def pct(xs: list[float], p: float) -> float:
    if not xs:
        return 0.0
    s = sorted(xs)
    return s[min(len(s) - 1, int(p / 100 * len(s)))] * 1000


def make_request(rng: random.Random, serial: int) -> tuple[str, bytes, dict[str, str]]:
    kind = rng.choices(list(MIX), weights=list(MIX.values()))[0]
    headers = {"content-type": "application/json", "authorization": f"Bearer sk-soak-{rng.randrange(4)}"}
    if kind == "invalid":
        return kind, rng.choice(INVALID), headers
    if kind == "repeat":
        text = rng.choice(REPEATS)
    else:
        # Digits strings as ids get tagged as phone or card numbers by the PII head: vary the numbers
        # inside the question instead (none of these is flagged by the shipped models).
        text = rng.choice(TOPICS).format(
            x=rng.choice(THINGS), n=rng.randrange(2, 9), m=rng.randrange(10, 2000)
        )
    body: dict[str, Any] = {
        "model": rng.choice(EXPLICIT) if kind == "explicit" else "auto",
        "messages": [{"role": "user", "content": text}],
    }
    if kind == "stream":
        body["stream"] = True
    return kind, json.dumps(body).encode(), headers


async def traffic(url: str, seconds: float, concurrency: int, tally: Tally, seed: int) -> float:
    """Closed-loop load: `concurrency` clients, each sending its next request when the last ends."""
    rng = random.Random(seed)
    serial = seed * 10_000_000
    deadline = time.monotonic() + seconds
    timeout = aiohttp.ClientTimeout(total=60)
    started = time.perf_counter()
    async with aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=concurrency), timeout=timeout
    ) as session:

        async def client() -> None:
            nonlocal serial
            while time.monotonic() < deadline:
                serial += 1
                kind, body, headers = make_request(rng, serial)
                t0 = time.perf_counter()
                try:
                    async with session.post(url, data=body, headers=headers) as r:
                        await r.read()
                        status = r.status
                        hit = r.headers.get("x-vsr-cache-hit") == "true"
                except (TimeoutError, aiohttp.ClientError) as exc:
                    tally.exceptions[type(exc).__name__] += 1
                    continue
                tally.statuses[kind][status] += 1
                tally.cache_hits += hit
                if kind != "invalid":
                    tally.latencies.append(time.perf_counter() - t0)

        await asyncio.gather(*(client() for _ in range(concurrency)))
    return time.perf_counter() - started


def proc_stats(pid: int) -> dict[str, Any]:
    """RSS (MiB), threads and open fds of the router, including any worker processes it spawned."""
    pids = [pid]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            children = Path(f"/proc/{pid}/task/{task}/children").read_text().split()
            pids += [int(c) for c in children]
    except OSError:
        pass
    rss_kb = threads = fds = 0
    for p in pids:
        status = dict(
            line.split(":", 1) for line in Path(f"/proc/{p}/status").read_text().splitlines() if ":" in line
        )
        rss_kb += int(status["VmRSS"].split()[0])
        threads += int(status["Threads"])
        fds += len(os.listdir(f"/proc/{p}/fd"))
    return {"rss_mib": round(rss_kb / 1024, 1), "threads": threads, "fds": fds, "processes": len(pids)}


def load_avg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def fmt_stats(s: dict[str, Any]) -> str:
    return f"RSS {s['rss_mib']:.1f} MiB, {s['threads']} threads, {s['fds']} fds"


def reload_count(stack: DevStack) -> int:
    return stack.logs("router").count('"config_reloaded"')


async def soak_with_timeline(
    stack: DevStack, url: str, seconds: float, concurrency: int, tally: Tally, every: float = 5.0
) -> tuple[float, list[dict[str, Any]]]:
    pid = stack.procs["router"].pid
    timeline: list[dict[str, Any]] = []
    started = time.monotonic()

    async def sample() -> None:
        while True:
            timeline.append(
                {"t_s": round(time.monotonic() - started, 1), "requests": tally.requests, **proc_stats(pid)}
            )
            await asyncio.sleep(every)

    sampler = asyncio.create_task(sample())
    try:
        wall = await traffic(url, seconds, concurrency, tally, seed=1)
    finally:
        sampler.cancel()
    timeline.append(
        {"t_s": round(time.monotonic() - started, 1), "requests": tally.requests, **proc_stats(pid)}
    )
    return wall, timeline


def reload_with_traffic(
    stack: DevStack, url: str, reloads: int, concurrency: int, between_s: float
) -> dict[str, Any]:
    """Rewrite config.yaml (classifier.batch_wait_ms changes, so the classifier is rebuilt), SIGHUP,
    wait for the reload to be logged, then send traffic before the next one."""
    pid = stack.procs["router"].pid
    cfg_path = stack.workdir / "config.yaml"
    tally = Tally()
    wall = 0.0
    t0 = time.perf_counter()
    for i in range(reloads):
        before = reload_count(stack)
        cfg = yaml.safe_load(cfg_path.read_text())
        cfg.setdefault("classifier", {})["batch_wait_ms"] = round(1.0 + (i + 1) * 0.25, 2)
        cfg_path.write_text(yaml.safe_dump(cfg, sort_keys=False))
        os.kill(pid, signal.SIGHUP)
        wait_for(lambda b=before: reload_count(stack) > b, f"reload {i + 1}", timeout=180)  # type: ignore[misc]
        wall += asyncio.run(traffic(url, between_s, concurrency, tally, seed=100 + i))
    rejected = stack.logs("router").count('"config_reload_rejected"')
    return {
        "reloads": reloads,
        "rejected": rejected,
        "seconds": round(time.perf_counter() - t0, 1),
        "traffic": tally.summary(wall),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--duration", type=float, default=60.0, help="seconds of soak traffic")
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--reloads", type=int, default=20)
    ap.add_argument("--between-reloads", type=float, default=2.0, help="seconds of traffic after each reload")
    ap.add_argument("--warmup", type=float, default=5.0, help="seconds of traffic before the start sample")
    ap.add_argument("--settle", type=float, default=10.0, help="idle seconds before the last sample")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()

    results: dict[str, Any] = {
        "settings": {
            "duration_s": args.duration,
            "concurrency": args.concurrency,
            "reloads": args.reloads,
            "between_reloads_s": args.between_reloads,
            "mix": MIX,
            "config": "config/config.yaml (reference: guards, classifier, Milvus Lite cache)",
            "cpus": os.cpu_count(),
        },
        "load_average_start": load_avg(),
    }
    print(f"load average at start: {results['load_average_start']} (1/5/15 min)")
    with tempfile.TemporaryDirectory() as tmp:
        stack = DevStack(Path(tmp) / "stack").start()
        try:
            url = f"{stack.base_url}/v1/chat/completions"
            pid = stack.procs["router"].pid
            warm = Tally()
            asyncio.run(traffic(url, args.warmup, args.concurrency, warm, seed=0))
            start = proc_stats(pid)
            print(f"router after {warm.requests} warm-up requests: {fmt_stats(start)}")

            tally = Tally()
            wall, timeline = asyncio.run(
                soak_with_timeline(stack, url, args.duration, args.concurrency, tally)
            )
            end = proc_stats(pid)
            soak = tally.summary(wall)
            print(
                f"soak: {soak['requests']} requests in {wall:.1f} s ({soak['rps']} rps) at concurrency "
                f"{args.concurrency}; p50 {soak['p50_ms']} ms, p99 {soak['p99_ms']} ms; "
                f"cache hits {soak['cache_hits']}"
            )
            print(f"statuses by kind: {soak['statuses_by_kind']}")
            print(
                f"errors by status: {soak['errors_by_status'] or 'none'}; exceptions: {soak['exceptions'] or 'none'}"
            )
            print(f"router at end: {fmt_stats(end)}")
            for point in timeline:
                print(f"  t={point['t_s']:>6}s  requests={point['requests']:>6}  {fmt_stats(point)}")

            reloads = reload_with_traffic(stack, url, args.reloads, args.concurrency, args.between_reloads)
            after = proc_stats(pid)
            # Replaced generations close once their last stream ends: look again after idle time.
            time.sleep(args.settle)
            after_idle = proc_stats(pid)
            print(
                f"after {args.reloads} reloads ({reloads['rejected']} rejected, {reloads['seconds']} s, "
                f"{reloads['traffic']['requests']} requests between them, errors "
                f"{reloads['traffic']['errors_by_status'] or 'none'}): {fmt_stats(after)}; "
                f"after {args.settle:.0f} s idle: {fmt_stats(after_idle)}"
            )
            results.update(
                soak=soak,
                router={
                    "start": start,
                    "end": end,
                    "after_reloads": after,
                    "after_reloads_idle": after_idle,
                    "timeline": timeline,
                },
                reload_phase=reloads,
                router_alive=stack.procs["router"].poll() is None,
            )
        finally:
            stack.stop()
    results["load_average_end"] = load_avg()
    print(f"load average at end: {results['load_average_end']} (1/5/15 min)")
    print(json.dumps(results, indent=2))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
