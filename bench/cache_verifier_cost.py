"""Cost of the cache verifier per lookup, against the hand-written lexicon it replaced, same run.

Times one lookup's verification of `--candidates` cached texts (default 4, the service's CANDIDATES):
  learned:  `LearnedVerifier.accept` (exact layer, digit rule, one batched cross-encoder call)
  model:    the cross-encoder call alone on all candidates (no exact or digit short-cut)
  lexicon:  the removed word-list verifier (src/extproc/cache/verify.py + lexicon.py at `--lexicon-rev`,
            loaded from git into a temporary package), cold: its per-text memo cleared every lookup
Runs are interleaved (learned, model, lexicon per lookup) so load on the machine hits all alike.

    .venv/bin/python bench/cache_verifier_cost.py [--models-dir models] [--threads 1]
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from extproc.cache.verifier import load_verifier

ROOT = Path(__file__).resolve().parent.parent
LEXICON_REV = "3848cdc"


def _lexicon(rev: str) -> Any:
    """The old `verify` module from git, importable as `oldcache.verify` (None if git lacks it)."""
    tmp = Path(tempfile.mkdtemp(prefix="lexicon-"))
    pkg = tmp / "oldcache"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    for name in ("verify.py", "lexicon.py"):
        try:
            src = subprocess.run(
                ["git", "show", f"{rev}:src/extproc/cache/{name}"],
                cwd=ROOT,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        except (OSError, subprocess.CalledProcessError):
            return None
        (pkg / name).write_text(
            src.replace("from extproc.cache import lexicon as lx", "from oldcache import lexicon as lx")
        )
    sys.path.insert(0, str(tmp))
    return importlib.import_module("oldcache.verify")


def _pairs() -> list[tuple[str, str]]:
    out = []
    for name in ("paraphrase_pairs.jsonl", "near_miss_pairs.jsonl"):
        for line in (ROOT / "data" / "cache" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append((row["a"], row["b"]))
    return out


def _stats(ms: list[float]) -> dict[str, float]:
    ms = sorted(ms)
    return {
        "p50_ms": round(ms[len(ms) // 2], 3),
        "p90_ms": round(ms[int(len(ms) * 0.9)], 3),
        "mean_ms": round(statistics.fmean(ms), 3),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models-dir", type=Path, default=ROOT / "models")
    ap.add_argument("--candidates", type=int, default=4)
    ap.add_argument("--lookups", type=int, default=300)
    ap.add_argument("--threads", type=int, default=1, help="onnxruntime intra-op threads")
    ap.add_argument("--lexicon-rev", default=LEXICON_REV)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)

    verifier = load_verifier(args.models_dir, threads=args.threads)
    old = _lexicon(args.lexicon_rev)
    pairs = _pairs()
    rng = np.random.default_rng(0)
    # Each lookup: a query and k candidates, the first its pair partner (a hard case), the rest random.
    lookups = []
    for i in rng.integers(0, len(pairs), args.lookups):
        a, b = pairs[int(i)]
        others = [pairs[int(j)][0] for j in rng.integers(0, len(pairs), args.candidates - 1)]
        lookups.append((b, [a, *others]))
    for q, cands in lookups[:20]:  # warm-up
        verifier.scores(q, cands)
    times: dict[str, list[float]] = {"learned": [], "model": [], "lexicon": []}
    tokens: list[int] = []
    for q, cands in lookups:
        t0 = time.perf_counter()
        verifier.accept(q, cands, [0.9] * len(cands))
        t1 = time.perf_counter()
        verifier.scores(q, cands)
        t2 = time.perf_counter()
        times["learned"].append((t1 - t0) * 1e3)
        times["model"].append((t2 - t1) * 1e3)
        if old is not None:
            old.analyse.cache_clear()
            t3 = time.perf_counter()
            for c in cands:
                old.verify_candidate(q, c, 0.9)
            times["lexicon"].append((time.perf_counter() - t3) * 1e3)
        tokens.append(max(len(verifier._tokenizer.encode(c, q).ids) for c in cands))
    result = {
        "candidates": args.candidates,
        "lookups": args.lookups,
        "threads": args.threads,
        "verifier": verifier.settings.to_json(),
        "pair_tokens_p50": int(np.median(tokens)),
        **{name: _stats(ms) for name, ms in times.items() if ms},
    }
    print(json.dumps(result, indent=2))
    if args.out is not None:
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
