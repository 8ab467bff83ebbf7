"""Semantic-cache quality: paraphrase hit rate and near-miss false-hit rate, through the full decision.

For every pair (a, b), `a` plays the cached query and `b` the new one. A hit is
  plain:     cosine(a, b) >= threshold
  verified:  the texts match exactly after normalisation (`verify.exact_key`), or
             cosine(a, b) >= threshold and the learned verifier accepts b for a
             (`extproc.cache.verifier`: digit rule, then the cross-encoder at the build's threshold)
  and, as in the service, a query the encoder does not cover (non-Latin script) gets exact hits only.
A paraphrase hit is a correct answer; a near-miss hit serves a wrong one.

Splits, side by side:
  train       data/cache pairs with split "train" (the verifier trained on them)
  validation  data/cache pairs with split "test" (the verifier's threshold was chosen on them)
  test        data/eval/cache, written independently (measurement only: nothing is chosen by it)
  multilingual  data/eval/cache/multilingual_pairs.jsonl (same: true/false)
The summary is at `--similarity` (default 0.80, the reference config's `similarity_threshold`).

Embeddings come from the shipped int8 router graph through `extproc.classify.create_classifier`
(or `--encoder-onnx/--tokenizer`); the verifier from the same models directory.

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
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from extproc.cache.language import encoder_covers
from extproc.cache.verifier import LearnedVerifier, load_verifier
from extproc.cache.verify import exact_key

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "cache"
EVAL = ROOT / "data" / "eval" / "cache"
THRESHOLDS = [round(0.70 + 0.02 * i, 2) for i in range(15)]  # 0.70 .. 0.98
MAX_FALSE_HIT = 0.02
SPLITS = ("train", "validation", "test", "multilingual")
SIMILARITY = 0.80

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
    accepted: bool = False  # the verifier's verdict for (cached a, query b)


@dataclass(frozen=True, slots=True)
class Rates:
    paraphrase_hit: float
    near_miss_false_hit: float
    paraphrases: int
    near_misses: int


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_pairs(eval_dir: Path = EVAL) -> list[Pair]:
    pairs: list[Pair] = []
    for name in ("paraphrase_pairs.jsonl", "near_miss_pairs.jsonl"):
        for row in _rows(DATA / name):
            split = "train" if row["split"] == "train" else "validation"
            pairs.append(Pair(row["a"], row["b"], row["kind"], split, row.get("change", "")))
    if (eval_dir / "paraphrase_pairs.jsonl").is_file():
        for name, kind in (("paraphrase_pairs.jsonl", "paraphrase"), ("near_miss_pairs.jsonl", "near_miss")):
            for row in _rows(eval_dir / name):
                pairs.append(Pair(row["a"], row["b"], kind, "test", row.get("kind", "")))
        for row in _rows(eval_dir / "multilingual_pairs.jsonl"):
            kind = "paraphrase" if row["same"] else "near_miss"
            pairs.append(Pair(row["a"], row["b"], kind, "multilingual", row.get("lang", "")))
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
    return [replace(p, cosine=float(np.dot(vectors[p.a], vectors[p.b]))) for p in pairs]


def with_verdicts(pairs: list[Pair], verifier: LearnedVerifier | None) -> list[Pair]:
    """The verifier's verdict per pair (the similarity threshold is applied apart; the pair's cosine
    matters only for a pair too long for the model, which the rules verifier decides)."""
    if verifier is None:
        return pairs
    return [replace(p, accepted=verifier.accept(p.b, [p.a], [p.cosine])[0]) for p in pairs]


def hit(pair: Pair, threshold: float, verified: bool) -> bool:
    if not verified:
        return pair.cosine >= threshold
    if exact_key(pair.a) == exact_key(pair.b):
        return True
    return encoder_covers(pair.b) and pair.cosine >= threshold and pair.accepted


def rates(pairs: Sequence[Pair], threshold: float, verifier: bool) -> Rates:
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


def false_hits_by_change(pairs: Sequence[Pair], threshold: float, verifier: bool) -> dict[str, str]:
    total: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    for p in pairs:
        if p.kind == "near_miss":
            total[p.change] += 1
            hits[p.change] += hit(p, threshold, verifier)
    return {c: f"{hits[c]}/{total[c]}" for c in sorted(total)}


def time_verifier(pairs: Sequence[Pair], verifier: LearnedVerifier, candidates: int = 4) -> dict[str, float]:
    """Milliseconds per lookup: one batched verifier call over `candidates` cached texts."""
    rng = np.random.default_rng(0)
    texts = [p.a for p in pairs]
    times: list[float] = []
    for p in pairs[:400]:
        cached = [texts[int(i)] for i in rng.integers(0, len(texts), candidates)]
        t0 = time.perf_counter()
        verifier.scores(p.b, cached)
        times.append((time.perf_counter() - t0) * 1e3)
    times.sort()
    return {
        "candidates": candidates,
        "p50_ms": round(times[len(times) // 2], 3),
        "p90_ms": round(times[int(len(times) * 0.9)], 3),
        "mean_ms": round(statistics.fmean(times), 3),
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
    ap.add_argument("--similarity", type=float, default=SIMILARITY, help="cosine threshold of the summary")
    ap.add_argument("--eval-dir", type=Path, default=EVAL, help="the independent test set")
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

    verifier = load_verifier(args.models_dir)
    pairs = with_verdicts(with_cosines(load_pairs(args.eval_dir), embed), verifier)
    splits = [s for s in SPLITS if any(p.split == s for p in pairs)]
    by_split = {s: [p for p in pairs if p.split == s] for s in splits}
    modes = {"plain": False, "verified": True}
    tables = {
        mode: {s: {t: rates(by_split[s], t, v) for t in [*THRESHOLDS, args.similarity]} for s in splits}
        for mode, v in modes.items()
    }
    counts = {
        s: (tables["plain"][s][THRESHOLDS[0]].paraphrases, tables["plain"][s][THRESHOLDS[0]].near_misses)
        for s in splits
    }
    print(f"encoder: {encoder}")
    print(f"verifier: {verifier.settings}")
    for s in splits:
        print(f"{s}: {counts[s][0]} paraphrase pairs, {counts[s][1]} near-miss pairs")
    print("\nparaphrase hit % / near-miss false-hit %  (plain cosine | verified)")
    print(f"{'thr':>5} | " + " | ".join(f"{s + ' plain':>13} | {s + ' verified':>14}" for s in splits))
    for t in THRESHOLDS:
        print(
            f"{t:5.2f} | "
            + " | ".join(
                f"{fmt(tables['plain'][s][t]):>13} | {fmt(tables['verified'][s][t]):>14}" for s in splits
            )
        )

    sim = args.similarity
    print(
        f"\nat similarity {sim:.2f} (reference config), verifier threshold {verifier.settings.threshold} "
        "(chosen on validation only):"
    )
    summary: dict[str, Any] = {}
    for s in splits:
        r = tables["verified"][s][sim]
        summary[s] = {
            "verified": asdict(r),
            "plain": asdict(tables["plain"][s][sim]),
            "false_hits_by_change": false_hits_by_change(by_split[s], sim, True),
        }
        print(
            f"  {s:>12}: paraphrase hits {100 * r.paraphrase_hit:5.1f}%  false hits {100 * r.near_miss_false_hit:5.1f}%  "
            f"(plain cosine {fmt(tables['plain'][s][sim])})"
        )
    for s in splits:
        print(f"  {s} false hits by change: {summary[s]['false_hits_by_change']}")
    timing = time_verifier(pairs, verifier)
    print(f"verifier per lookup (one batched call): {timing}")

    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        result = {
            "encoder": encoder,
            "verifier": verifier.settings.to_json(),
            "pairs": {s: {"paraphrase": counts[s][0], "near_miss": counts[s][1]} for s in splits},
            "similarity_threshold": sim,
            "at_similarity": summary,
            "thresholds": [
                {"threshold": t, **{f"{s}_{m}": asdict(tables[m][s][t]) for s in splits for m in modes}}
                for t in THRESHOLDS
            ],
            "verifier_timing": timing,
        }
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
