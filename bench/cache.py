"""Cache backend latency against cache size: lookup (hit and miss) and insert p50/p99, per backend.

    .venv/bin/python bench/cache.py [--backends memory,milvus] [--sizes 1000,10000,100000]
                                    [--lookups 300] [--inserts 200] [--tenants 1]
                                    [--milvus-uri URI --label NAME] [--milvus-index FLAT]
                                    [--milvus-index-params nlist=128,nprobe=16] [--flush]
                                    [--out bench/results/cache_backends.json]

Random L2-normalised 384-d vectors (the all-MiniLM-L6-v2 width) with ~0.3 KB request and ~1 KB
response bodies. Each backend is filled to each size in turn (bulk writes, not timed as latency), then:
- lookup hit: a stored vector moved to cosine ~0.95, threshold 0.9, up to 4 candidates with bodies;
- lookup miss: a fresh random vector (nothing above 0.9);
- insert: `store()` of one new entry, one at a time (p50/p99), and rows/s with 32 store() calls in
  flight (Milvus group-commits them into shared upserts).
Every call goes through the async `CacheBackend` API on a running event loop, as the router calls it
(for Milvus that includes the worker-thread hop and the gRPC round trip). `--tenants N` spreads the
entries over N tenants and looks up in one of them; the default 1 puts every entry in the searched
scope, the worst case. `milvus` starts a Milvus Lite 2.5.1 server on a free loopback port with a
fresh data directory, unless `--milvus-uri` points at a running server (e.g. another Milvus Lite).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from extproc.cache.base import CacheEntry, CacheScope, Embedding
from extproc.cache.memory import MemoryCache
from extproc.cache.milvus import MilvusCache
from extproc.config.schema import MilvusConfig
from extproc_dev.milvus_lite import MilvusLiteServer

DIM = 384
THRESHOLD = 0.9
HIT_COSINE = 0.95
CONCURRENCY = 32
MODEL = "auto"
REQUEST_BODY = json.dumps({"model": MODEL, "messages": [{"role": "user", "content": "q" * 200}]})
RESPONSE_BODY = json.dumps(
    {"id": "chatcmpl-1", "object": "chat.completion", "choices": [{"message": {"content": "a" * 900}}]}
)

Backend = MemoryCache | MilvusCache


@dataclass
class Row:
    backend: str
    size: int
    tenants: int
    fill_rows_per_s: float
    lookup_hit_p50_ms: float
    lookup_hit_p99_ms: float
    lookup_hit_rate: float
    lookup_miss_p50_ms: float
    lookup_miss_p99_ms: float
    insert_p50_ms: float
    insert_p99_ms: float
    insert_concurrent_rows_per_s: float


def unit_rows(rng: np.random.Generator, n: int) -> npt.NDArray[np.float32]:
    v = rng.standard_normal((n, DIM)).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    return v


def moved(rng: np.random.Generator, v: Embedding, cos: float) -> Embedding:
    r = rng.standard_normal(DIM).astype(np.float32)
    r -= (r @ v) * v
    r /= np.linalg.norm(r)
    out: Embedding = (cos * v + np.sqrt(1 - cos * cos) * r).astype(np.float32)
    return out


def scope_of(i: int, tenants: int) -> CacheScope:
    return CacheScope(f"tenant-{i % tenants}", MODEL, "other")


def entries(vectors: npt.NDArray[np.float32], start: int, tenants: int, now: float) -> Iterator[CacheEntry]:
    for k, v in enumerate(vectors):
        i = start + k
        yield CacheEntry(
            scope=scope_of(i, tenants),
            query=f"query {i}",
            embedding=v,
            request_body=REQUEST_BODY.encode(),
            response_body=RESPONSE_BODY.encode(),
            created_at=now,
            expires_at=now + 86_400,
        )


def pct(samples: list[float], q: float) -> float:
    return round(float(np.percentile(samples, q)) * 1000, 3)


async def measure(backend: Backend, args: argparse.Namespace, label: str) -> list[Row]:
    rng = np.random.default_rng(0)
    rows: list[Row] = []
    stored: list[npt.NDArray[np.float32]] = []
    filled = 0
    for size in sorted(args.sizes):
        t0 = time.perf_counter()
        while filled < size:
            chunk = unit_rows(rng, min(5_000, size - filled))
            await backend.store_many(list(entries(chunk, filled, args.tenants, time.time())))
            stored.append(chunk)
            filled += len(chunk)
        if args.flush and isinstance(backend, MilvusCache):
            await milvus_flush(backend)  # seal segments (milvus-lite 3.x searches growing ones slowly)
        fill_s = time.perf_counter() - t0
        added = size - (rows[-1].size if rows else 0)
        allv = np.concatenate(stored)
        # Look up in tenant 0: its entries are those with index % tenants == 0.
        own = np.arange(0, filled, args.tenants)
        scope = scope_of(0, args.tenants)

        # Query vectors are made before timing so only the backend call is measured.
        hit_queries = [moved(rng, allv[int(i)], HIT_COSINE) for i in rng.choice(own, args.lookups + 20)]
        miss_queries = list(unit_rows(rng, args.lookups))
        for q in hit_queries[:20]:  # warm-up: connections, caches, code paths
            await backend.lookup(scope, q, THRESHOLD)
        hit_t, hits = await timed_lookups(backend, scope, hit_queries[20:])
        miss_t, false_hits = await timed_lookups(backend, scope, miss_queries)
        if false_hits:
            print(f"warning: {false_hits} random vectors hit at {THRESHOLD}", file=sys.stderr)
        insert_t: list[float] = []
        extra = unit_rows(rng, args.inserts)
        for e in entries(extra, 10_000_000 + size, args.tenants, time.time()):
            t = time.perf_counter()
            await backend.store(e)
            insert_t.append(time.perf_counter() - t)
        # Many responses finishing at once: CONCURRENCY store() calls in flight (group commit).
        burst = list(entries(unit_rows(rng, args.inserts), 20_000_000 + size, args.tenants, time.time()))
        t = time.perf_counter()
        for i in range(0, len(burst), CONCURRENCY):
            await asyncio.gather(*(backend.store(e) for e in burst[i : i + CONCURRENCY]))
        burst_s = time.perf_counter() - t
        rows.append(
            Row(
                backend=label,
                size=size,
                tenants=args.tenants,
                fill_rows_per_s=round(added / fill_s, 1) if fill_s > 0 else 0.0,
                lookup_hit_p50_ms=pct(hit_t, 50),
                lookup_hit_p99_ms=pct(hit_t, 99),
                lookup_hit_rate=round(hits / args.lookups, 3),
                lookup_miss_p50_ms=pct(miss_t, 50),
                lookup_miss_p99_ms=pct(miss_t, 99),
                insert_p50_ms=pct(insert_t, 50),
                insert_p99_ms=pct(insert_t, 99),
                insert_concurrent_rows_per_s=round(len(burst) / burst_s, 1),
            )
        )
        print(json.dumps(asdict(rows[-1])), flush=True)
    return rows


async def timed_lookups(
    backend: Backend, scope: CacheScope, queries: list[Embedding]
) -> tuple[list[float], int]:
    samples: list[float] = []
    positives = 0
    for q in queries:
        t = time.perf_counter()
        found = await backend.lookup(scope, q, THRESHOLD)
        samples.append(time.perf_counter() - t)
        positives += bool(found)
    return samples, positives


def index_params(text: str) -> dict[str, int | float | str]:
    out: dict[str, int | float | str] = {}
    for item in filter(None, text.split(",")):
        k, v = item.split("=", 1)
        out[k] = int(v) if v.isdigit() else v
    return out


async def run_backend(name: str, args: argparse.Namespace) -> list[Row]:
    extra = 2 * args.inserts * len(args.sizes)
    if name == "memory":
        memory = MemoryCache(DIM, max(args.sizes) + extra, "fifo", purge_interval_seconds=0)
        return await measure(memory, args, "memory")
    server: MilvusLiteServer | None = None
    tmp: tempfile.TemporaryDirectory[str] | None = None
    uri = args.milvus_uri
    if uri is None:
        tmp = tempfile.TemporaryDirectory(prefix="bench-milvus-")
        server = MilvusLiteServer(Path(tmp.name) / "bench.db", port=0).start()
        uri = server.uri
    cfg = MilvusConfig(
        uri=uri,
        collection=f"bench_{uuid.uuid4().hex[:10]}",
        index_type=args.milvus_index,
        index_params=index_params(args.milvus_index_params),
        consistency_level=args.milvus_consistency,
        timeout_seconds=5.0,
    )
    milvus = MilvusCache(cfg, DIM, purge_interval_seconds=0)
    try:
        await milvus.start()
        if not milvus.connected:
            raise SystemExit(f"cannot connect to Milvus at {uri}")
        label = args.label or ("milvus-lite-2.5.1" if server else "milvus")
        if args.milvus_index != "FLAT":
            label += f"-{args.milvus_index}"
        if args.flush:
            label += "-flushed"
        rows = await measure(milvus, args, label)
        await milvus_drop(milvus)
        return rows
    finally:
        await milvus.close()
        if server is not None:
            server.stop()
        if tmp is not None:
            tmp.cleanup()


async def milvus_flush(cache: MilvusCache) -> None:
    from pymilvus import MilvusClient

    client = MilvusClient(uri=cache.cfg.uri, timeout=60.0, dedicated=True)
    try:
        await asyncio.to_thread(client.flush, cache.cfg.collection, timeout=60.0)
    finally:
        client.close()


async def milvus_drop(cache: MilvusCache) -> None:
    """Drop the benchmark collection so an external server is left as it was."""
    from pymilvus import MilvusClient

    cfg = cache.cfg
    client = MilvusClient(uri=cfg.uri, timeout=5.0, dedicated=True)
    try:
        await asyncio.to_thread(client.drop_collection, cfg.collection)
    finally:
        client.close()


def table(rows: list[Row]) -> str:
    head = (
        f"{'backend':<24}{'size':>8}{'tenants':>8}{'hit p50':>9}{'hit p99':>9}{'miss p50':>9}"
        f"{'miss p99':>9}{'ins p50':>9}{'ins p99':>9}{'ins/s@32':>10}{'fill/s':>10}"
    )
    lines = [head + "   (ms)", "-" * len(head)]
    for r in rows:
        lines.append(
            f"{r.backend:<24}{r.size:>8}{r.tenants:>8}{r.lookup_hit_p50_ms:>9.3f}{r.lookup_hit_p99_ms:>9.3f}"
            f"{r.lookup_miss_p50_ms:>9.3f}{r.lookup_miss_p99_ms:>9.3f}{r.insert_p50_ms:>9.3f}"
            f"{r.insert_p99_ms:>9.3f}{r.insert_concurrent_rows_per_s:>10.0f}{r.fill_rows_per_s:>10.0f}"
        )
    return "\n".join(lines)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--backends", default="memory,milvus")
    p.add_argument("--sizes", default="1000,10000,100000")
    p.add_argument("--lookups", type=int, default=300)
    p.add_argument("--inserts", type=int, default=200)
    p.add_argument("--tenants", type=int, default=1)
    p.add_argument("--milvus-uri", default=None, help="a running Milvus; default: start Milvus Lite 2.5.1")
    p.add_argument("--label", default=None, help="backend name in the results (with --milvus-uri)")
    p.add_argument("--milvus-index", default="FLAT")
    p.add_argument("--milvus-index-params", default="", help="e.g. nlist=128,nprobe=16")
    p.add_argument("--milvus-consistency", default="Strong")
    p.add_argument("--flush", action="store_true", help="flush the collection after each fill")
    p.add_argument("--out", type=Path, default=None, help="write JSON results here")
    args = p.parse_args()
    args.sizes = [int(s) for s in args.sizes.split(",") if s]
    rows: list[Row] = []
    for name in [b for b in args.backends.split(",") if b]:
        rows += asyncio.run(run_backend(name, args))
    print()
    print(table(rows))
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        result = {
            "benchmark": "cache_backends",
            "command": " ".join([Path(sys.executable).name, *sys.argv]),
            "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "python": sys.version},
            "dim": DIM,
            "threshold": THRESHOLD,
            "hit_cosine": HIT_COSINE,
            "insert_concurrency": CONCURRENCY,
            "request_body_bytes": len(REQUEST_BODY),
            "response_body_bytes": len(RESPONSE_BODY),
            "results": [asdict(r) for r in rows],
        }
        args.out.write_text(json.dumps(result, indent=2) + "\n")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
