"""Requests per second through Envoy with 1 and 2 router worker processes, in one run.

.venv/bin/python bench/workers.py [--requests 1200] [--concurrency 16] [--classifier] [--out FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.overhead import PROMPT, pct, run_round
from extproc_dev.stack import DevStack


async def rps(url: str, n: int, concurrency: int) -> dict[str, float]:
    import time

    body = json.dumps({"model": "auto", "messages": [{"role": "user", "content": PROMPT}]}).encode()
    await run_round(url, body, 100, concurrency)  # warm-up
    t0 = time.perf_counter()
    lat = await run_round(url, body, n, concurrency)
    wall = time.perf_counter() - t0
    return {"rps": n / wall, "p50_ms": pct(lat, 50), "p99_ms": pct(lat, 99)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=1200)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--classifier", action="store_true", help="run the ONNX classifier too (needs models/)")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    results: dict[str, Any] = {"mode": "classifier" if args.classifier else "keyword-only"}
    print(f"{results['mode']}, concurrency {args.concurrency}, {args.requests} requests")
    print(f"{'workers':>8} {'rps':>8} {'p50 ms':>8} {'p99 ms':>8}")
    for workers in (1, 2):
        overrides: dict[str, Any] = {
            "server": {"workers": workers},
            "observability": {"log_level": "warning"},
        }
        overrides["semantic_cache"] = {"enabled": False}
        if not args.classifier:
            overrides["classifier"] = {"enabled": False}
            overrides["prompt_guard"] = {"enabled": False}
            overrides["pii"] = {"enabled": False}
        with tempfile.TemporaryDirectory() as tmp:
            stack = DevStack(Path(tmp), config_overrides=overrides).start()
            try:
                r = asyncio.run(rps(f"{stack.base_url}/v1/chat/completions", args.requests, args.concurrency))
            finally:
                stack.stop()
        results[f"workers_{workers}"] = r
        print(f"{workers:>8} {r['rps']:>8.0f} {r['p50_ms']:>8.2f} {r['p99_ms']:>8.2f}")
    ratio = results["workers_2"]["rps"] / results["workers_1"]["rps"]
    results["rps_ratio_2_over_1"] = ratio
    print(f"2 workers / 1 worker: {ratio:.2f}x requests per second")
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
