"""Semantic-cache quality: paraphrase hit rate and near-miss false-hit rate per similarity threshold.

For every pair (a, b) in data/cache/, `a` plays the cached query and `b` the new one. A hit is
  plain:     cosine(a, b) >= threshold
  verified:  the texts match exactly after normalisation, or
             cosine(a, b) >= threshold and `CandidateVerifier.check(b, a, cosine)` accepts
(src/extproc/cache/verify.py). A paraphrase hit is a correct answer; a near-miss hit serves a wrong one.

Selection rule (on the TRAIN split only): the threshold with the highest paraphrase hit rate whose
near-miss false-hit rate is <= 2%; ties go to the higher threshold (fewer candidates reach the
verifier). The held-out TEST split is then reported at that threshold.

Embeddings come from the project's ONNX encoder: the shipped `models/` through
`extproc.classify.create_classifier` (default), or any ONNX graph with an `embedding` output (or token
states to mean-pool) plus a tokenizer.json via `--encoder-onnx/--tokenizer`.

    .venv/bin/python bench/cache_quality.py --out bench/results/cache_quality.json
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from extproc.cache.verify import CandidateVerifier, VerifierConfig, analyse, exact_key

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "cache"
THRESHOLDS = [round(0.70 + 0.02 * i, 2) for i in range(15)]  # 0.70 .. 0.98
MAX_FALSE_HIT = 0.02
SPLITS = ("train", "test")

FloatMatrix = npt.NDArray[np.float32]
Embedder = Callable[[Sequence[str]], FloatMatrix]


@dataclass(frozen=True, slots=True)
class Pair:
    a: str
    b: str
    kind: str  # "paraphrase" | "near_miss"
    split: str
    change: str
    cosine: float = 0.0


@dataclass(frozen=True, slots=True)
class Rates:
    paraphrase_hit: float
    near_miss_false_hit: float
    paraphrases: int
    near_misses: int


def load_pairs() -> list[Pair]:
    pairs: list[Pair] = []
    for name in ("paraphrase_pairs.jsonl", "near_miss_pairs.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                pairs.append(Pair(row["a"], row["b"], row["kind"], row["split"], row.get("change", "")))
    return pairs


def shipped_embedder(models_dir: Path) -> tuple[Embedder, dict[str, Any]]:
    """The router's own classifier: the same encoder pass and embedding the cache uses at run time."""
    from extproc.classify.onnx import create_classifier
    from extproc.config.schema import ClassifierConfig

    cfg = ClassifierConfig(models_dir=str(models_dir), use_cpu=True, precision="int8")
    classifier = create_classifier(cfg, ROOT, warmup=False)

    def embed(texts: Sequence[str]) -> FloatMatrix:
        out = classifier.classify_sync(texts)
        return np.stack([np.asarray(c.embedding, dtype=np.float32) for c in out])

    return embed, {"source": "shipped", **classifier.describe()}


def onnx_embedder(graph: Path, tokenizer_path: Path) -> tuple[Embedder, dict[str, Any]]:
    """A bare encoder graph: its `embedding` output, else the first output mean-pooled over the mask."""
    import onnxruntime as ort

    from extproc.classify.tokenize import PromptTokenizer

    session = ort.InferenceSession(str(graph), providers=["CPUExecutionProvider"])
    tokenizer = PromptTokenizer.from_file(tokenizer_path, 128)
    inputs = {i.name for i in session.get_inputs()}
    outputs = [o.name for o in session.get_outputs()]
    output = "embedding" if "embedding" in outputs else outputs[0]

    def embed(texts: Sequence[str]) -> FloatMatrix:
        batch = tokenizer.encode_batch(texts)
        feeds = {
            "input_ids": batch.input_ids,
            "attention_mask": batch.attention_mask,
            "token_type_ids": np.zeros_like(batch.input_ids),
        }
        (raw,) = session.run([output], {k: v for k, v in feeds.items() if k in inputs})
        arr = np.asarray(raw, dtype=np.float32)
        if arr.ndim == 3:
            mask = batch.attention_mask[..., None].astype(np.float32)
            arr = (arr * mask).sum(axis=1) / np.maximum(mask.sum(axis=1), 1e-9)
        norms = np.linalg.norm(arr, axis=1, keepdims=True)
        unit: FloatMatrix = np.asarray(arr / np.maximum(norms, 1e-12), dtype=np.float32)
        return unit

    return embed, {"source": "onnx", "model": str(graph), "tokenizer": str(tokenizer_path), "output": output}


def with_cosines(pairs: list[Pair], embed: Embedder, batch_size: int = 32) -> list[Pair]:
    texts = sorted({p.a for p in pairs} | {p.b for p in pairs})
    vectors: dict[str, FloatMatrix] = {}
    for start in range(0, len(texts), batch_size):
        chunk = texts[start : start + batch_size]
        for text, vec in zip(chunk, embed(chunk), strict=True):
            vectors[text] = vec
    return [
        Pair(p.a, p.b, p.kind, p.split, p.change, float(np.dot(vectors[p.a], vectors[p.b]))) for p in pairs
    ]


def hit(pair: Pair, threshold: float, verifier: CandidateVerifier | None) -> bool:
    if verifier is None:
        return pair.cosine >= threshold
    if exact_key(pair.a) == exact_key(pair.b):
        return True
    return pair.cosine >= threshold and verifier.check(pair.b, pair.a, pair.cosine).accept


def rates(pairs: Sequence[Pair], threshold: float, verifier: CandidateVerifier | None) -> Rates:
    para = [p for p in pairs if p.kind == "paraphrase"]
    near = [p for p in pairs if p.kind == "near_miss"]
    return Rates(
        paraphrase_hit=sum(hit(p, threshold, verifier) for p in para) / max(len(para), 1),
        near_miss_false_hit=sum(hit(p, threshold, verifier) for p in near) / max(len(near), 1),
        paraphrases=len(para),
        near_misses=len(near),
    )


def choose(table: dict[float, Rates]) -> float | None:
    """The selection rule stated in the module docstring."""
    ok = [(r.paraphrase_hit, t) for t, r in table.items() if r.near_miss_false_hit <= MAX_FALSE_HIT]
    return max(ok)[1] if ok else None


def false_hits_by_change(
    pairs: Sequence[Pair], threshold: float, verifier: CandidateVerifier | None
) -> dict[str, str]:
    total: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    for p in pairs:
        if p.kind == "near_miss":
            total[p.change] += 1
            hits[p.change] += hit(p, threshold, verifier)
    return {c: f"{hits[c]}/{total[c]}" for c in sorted(total)}


def time_verifier(pairs: Sequence[Pair], verifier: CandidateVerifier) -> dict[str, float]:
    """Microseconds per candidate: cold (both texts analysed) and warm (cached text memoised)."""
    cold: list[float] = []
    warm: list[float] = []
    for p in pairs:
        analyse.cache_clear()
        t0 = time.perf_counter()
        verifier.check(p.b, p.a, p.cosine)
        cold.append((time.perf_counter() - t0) * 1e6)
    for p in pairs:
        analyse(p.a)
        analyse(p.b)
        t0 = time.perf_counter()
        verifier.check(p.b, p.a, p.cosine)
        warm.append((time.perf_counter() - t0) * 1e6)
    cold.sort()
    return {
        "cold_mean_us": round(statistics.fmean(cold), 1),
        "cold_p50_us": round(cold[len(cold) // 2], 1),
        "cold_p99_us": round(cold[int(len(cold) * 0.99)], 1),
        "warm_mean_us": round(statistics.fmean(warm), 1),
    }


def fmt(r: Rates) -> str:
    return f"{100 * r.paraphrase_hit:5.1f}% {100 * r.near_miss_false_hit:5.1f}%"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--models-dir", type=Path, default=ROOT / "models", help="shipped artifacts (make models)"
    )
    ap.add_argument("--encoder-onnx", type=Path, help="a bare encoder graph instead of the shipped models")
    ap.add_argument("--tokenizer", type=Path, help="tokenizer.json for --encoder-onnx")
    ap.add_argument("--out", type=Path, help="write the results as JSON here")
    args = ap.parse_args(argv)

    if args.encoder_onnx is not None:
        if args.tokenizer is None:
            ap.error("--encoder-onnx needs --tokenizer")
        embed, encoder = onnx_embedder(args.encoder_onnx, args.tokenizer)
    else:
        if not (args.models_dir / "router.int8.onnx").is_file():
            print(
                f"{args.models_dir}/router.int8.onnx is missing: run `make models` (or pass --encoder-onnx)"
            )
            return 2
        embed, encoder = shipped_embedder(args.models_dir)

    pairs = with_cosines(load_pairs(), embed)
    by_split = {s: [p for p in pairs if p.split == s] for s in SPLITS}
    verifier = CandidateVerifier(VerifierConfig())
    modes: dict[str, CandidateVerifier | None] = {"plain": None, "verified": verifier}
    tables = {
        mode: {s: {t: rates(by_split[s], t, v) for t in THRESHOLDS} for s in SPLITS}
        for mode, v in modes.items()
    }

    counts = {
        s: (tables["plain"][s][THRESHOLDS[0]].paraphrases, tables["plain"][s][THRESHOLDS[0]].near_misses)
        for s in SPLITS
    }
    print(f"encoder: {encoder}")
    for s in SPLITS:
        print(f"{s}: {counts[s][0]} paraphrase pairs, {counts[s][1]} near-miss pairs")
    print("\nparaphrase hit % / near-miss false-hit %")
    print(
        f"{'thr':>5} | {'train plain':>13} | {'train verified':>14} | {'test plain':>13} | {'test verified':>14}"
    )
    for t in THRESHOLDS:
        row = [fmt(tables[m][s][t]) for s in SPLITS for m in modes]
        print(f"{t:5.2f} | {row[0]:>13} | {row[1]:>14} | {row[2]:>13} | {row[3]:>14}")

    summary: dict[str, Any] = {}
    for mode, v in modes.items():
        chosen = choose(tables[mode]["train"])
        entry: dict[str, Any] = {"threshold": chosen}
        if chosen is not None:
            entry.update(
                train=asdict(tables[mode]["train"][chosen]),
                test=asdict(tables[mode]["test"][chosen]),
                test_false_hits_by_change=false_hits_by_change(by_split["test"], chosen, v),
            )
        summary[mode] = entry
    print(
        f"\nrule: on train, max paraphrase hits with near-miss false hits <= {100 * MAX_FALSE_HIT:.0f}%; "
        "ties -> higher threshold"
    )
    for mode, entry in summary.items():
        t = entry["threshold"]
        if t is None:
            print(f"{mode:>8}: no threshold meets the rule on train")
            continue
        print(
            f"{mode:>8}: threshold {t:.2f}  train {fmt(tables[mode]['train'][t])}  "
            f"test {fmt(tables[mode]['test'][t])}  test false hits by change {entry['test_false_hits_by_change']}"
        )
    timing = time_verifier(pairs, verifier)
    print(f"verifier per candidate: {timing}")

    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        result = {
            "encoder": encoder,
            "pairs": {s: {"paraphrase": counts[s][0], "near_miss": counts[s][1]} for s in SPLITS},
            "verifier_config": asdict(verifier.config),
            "selection_rule": f"train split: max paraphrase hit rate s.t. near-miss false-hit rate <= "
            f"{MAX_FALSE_HIT}; ties -> higher threshold",
            "recommended_threshold": summary["verified"]["threshold"],
            "at_recommended": summary,
            "thresholds": [
                {
                    "threshold": t,
                    **{f"{s}_{m}": asdict(tables[m][s][t]) for s in SPLITS for m in modes},
                }
                for t in THRESHOLDS
            ],
            "verifier_timing": timing,
        }
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
