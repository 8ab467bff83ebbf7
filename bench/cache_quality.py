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
The summary is at `--similarity` (default: the cosine gate the build chose with the verifier's
threshold, which `similarity_threshold: auto` uses; plain cosine is also tabled at fixed thresholds).

Embeddings come from the shipped int8 router graph through `extproc.classify.create_classifier`
(or `--encoder-onnx/--tokenizer`); the verifier from the same models directory.

Pairs are scored in isolation, but through Envoy the answering model is part of the cache scope
(`SemanticCache.scope`): `b` can only hit `a`'s entry when both are routed to the same model. With
`--routed`, every text is sent alone as a `"model": "auto"` request through the router's own
pipeline (`Runtime.handle_body` under `--config`: parse, classification, keyword rules, guards, PII
vetoes, `decide_auto`), whose classification pass also gives the embedding. The summary then adds,
per split and for plain and verified, the hit rates counting only pairs whose texts reach the same
model (a refused text reaches none), and the paraphrase pairs routed apart, with examples.

    .venv/bin/python bench/cache_quality.py --out bench/results/cache_quality.json
    .venv/bin/python bench/cache_quality.py --routed --out /tmp/cache_quality_routed.json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from extproc.cache.language import encoder_covers
from extproc.cache.verifier import LearnedVerifier, load_verifier
from extproc.cache.verify import exact_key
from extproc_dev import machine

if TYPE_CHECKING:
    from extproc.classify.onnx import OnnxClassifier
    from extproc.config.schema import ClassifierConfig, RouterConfig

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "cache"
EVAL = ROOT / "data" / "eval" / "cache"
THRESHOLDS = [0.5, 0.55, 0.6, 0.65, *(round(0.70 + 0.02 * i, 2) for i in range(15))]  # 0.50 .. 0.98
MAX_FALSE_HIT = 0.02
SPLITS = ("train", "validation", "test", "multilingual")
SIMILARITY = 0.80
CONFIG = ROOT / "config" / "config.yaml"
AUTO = "auto"  # the client's model of a routed request
EXAMPLES = 5

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


def shipped_classifier(models_dir: Path, base: ClassifierConfig | None = None) -> OnnxClassifier:
    """The router's own classifier on the CPU, int8 graph, from `models_dir`; its other settings from
    `base` (a config's `classifier` section; the defaults without one)."""
    from extproc.classify.onnx import create_classifier
    from extproc.config.schema import ClassifierConfig

    cfg = (base or ClassifierConfig()).model_copy(
        update={"models_dir": str(models_dir), "use_cpu": True, "precision": "int8"}
    )
    return create_classifier(cfg, ROOT, warmup=False)


def shipped_embedder(models_dir: Path) -> tuple[Embedder, dict[str, Any]]:
    """The router's own classifier: the same encoder pass and embedding the cache uses at run time."""
    classifier = shipped_classifier(models_dir)

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


# -- routing (--routed) ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Route:
    """What the router did with one text sent alone as an `auto` request."""

    model: str | None  # the answering model; None when the request was refused
    category: str = ""  # the decision's category ("" when refused)
    source: str = "none"  # the category signal: "model", "keyword" or "none"
    reason: str = ""  # the decision's reason ("model", "keyword", "default", "pii_reroute") or the refusal
    pii: tuple[str, ...] = ()  # PII types the guard kept (they veto models by their pii_policy)


@dataclass(frozen=True, slots=True)
class RoutedRates:
    """Hit rates at one threshold: scored alone, and counting only pairs whose texts reach one model."""

    paraphrase_hit: float
    paraphrase_hit_routed: float
    near_miss_false_hit: float
    near_miss_false_hit_routed: float
    paraphrases: int
    near_misses: int


def same_model(a: Route, b: Route) -> bool:
    """Whether the query routed `b` can be served the entry of the query routed `a`: the answering model
    is part of the cache scope, and a refused request neither stores nor looks up anything."""
    return a.model is not None and a.model == b.model


def routed_hit(pair: Pair, routes: Mapping[str, Route], threshold: float, verified: bool) -> bool:
    return hit(pair, threshold, verified) and same_model(routes[pair.a], routes[pair.b])


def routed_rates(
    pairs: Sequence[Pair], routes: Mapping[str, Route], threshold: float, verified: bool
) -> RoutedRates:
    para = [p for p in pairs if p.kind == "paraphrase"]
    near = [p for p in pairs if p.kind == "near_miss"]

    def share(chosen: Sequence[Pair], routed: bool) -> float:
        hits = sum(
            routed_hit(p, routes, threshold, verified) if routed else hit(p, threshold, verified)
            for p in chosen
        )
        return hits / max(len(chosen), 1)

    return RoutedRates(
        paraphrase_hit=share(para, False),
        paraphrase_hit_routed=share(para, True),
        near_miss_false_hit=share(near, False),
        near_miss_false_hit_routed=share(near, True),
        paraphrases=len(para),
        near_misses=len(near),
    )


def routed_apart(pairs: Sequence[Pair], routes: Mapping[str, Route], kind: str = "paraphrase") -> list[Pair]:
    """Pairs of `kind` whose two texts do not reach the same model, in data order."""
    return [p for p in pairs if p.kind == kind and not same_model(routes[p.a], routes[p.b])]


def route_example(pair: Pair, routes: Mapping[str, Route], threshold: float) -> dict[str, Any]:
    return {
        "a": pair.a,
        "b": pair.b,
        "cosine": round(pair.cosine, 4),
        "hit_alone": {"plain": hit(pair, threshold, False), "verified": hit(pair, threshold, True)},
        "a_route": asdict(routes[pair.a]),
        "b_route": asdict(routes[pair.b]),
    }


def routed_split(
    pairs: Sequence[Pair], routes: Mapping[str, Route], threshold: float, examples: int = EXAMPLES
) -> dict[str, Any]:
    """One split's routed figures at `threshold`, the paraphrase pairs routed apart (counted by their
    models' pair) and examples: first those whose hit routing costs, then the rest, in data order."""
    apart = routed_apart(pairs, routes)
    ranked = sorted(apart, key=lambda p: (not hit(p, threshold, True), not hit(p, threshold, False)))
    by_models = Counter(
        f"{routes[p.a].model or 'refused'} -> {routes[p.b].model or 'refused'}" for p in apart
    )
    return {
        "plain": asdict(routed_rates(pairs, routes, threshold, False)),
        "verified": asdict(routed_rates(pairs, routes, threshold, True)),
        "paraphrase_pairs_routed_apart": len(apart),
        "near_miss_pairs_routed_apart": len(routed_apart(pairs, routes, "near_miss")),
        "paraphrase_hits_lost": {
            "plain": sum(hit(p, threshold, False) for p in apart),
            "verified": sum(hit(p, threshold, True) for p in apart),
        },
        "apart_by_models": dict(by_models.most_common()),
        "examples": [route_example(p, routes, threshold) for p in ranked[:examples]],
    }


def route_texts(
    cfg: RouterConfig, classifier: OnnxClassifier, texts: Sequence[str], concurrency: int = 64
) -> tuple[dict[str, Route], dict[str, FloatMatrix]]:
    """Each text sent alone as `{"model": "auto", "messages": [{"role": "user", "content": text}]}`
    through the router's own pipeline under `cfg` (`Runtime.handle_body`, without a cache): the route
    it takes, and the embedding of that same classification pass (the cache's key at run time).
    Closes `classifier`."""
    return asyncio.run(_route_texts(cfg, classifier, texts, concurrency))


async def _route_texts(
    cfg: RouterConfig, classifier: OnnxClassifier, texts: Sequence[str], concurrency: int
) -> tuple[dict[str, Route], dict[str, FloatMatrix]]:
    from extproc.pipeline.context import Forward, Outcome, RequestContext
    from extproc.pipeline.runtime import Runtime
    from extproc.telemetry import metrics

    rt = Runtime(config=cfg, metrics=metrics(), classifier=classifier)
    gate = asyncio.Semaphore(concurrency)

    def route_of(ctx: RequestContext, outcome: Outcome) -> Route:
        pii = tuple(sorted(ctx.pii))
        decision = ctx.decision
        if isinstance(outcome, Forward):
            assert decision is not None, "a forwarded request has a routing decision"
            return Route(decision.selected_model, decision.category, ctx.signals.source, decision.reason, pii)
        try:
            code = str(json.loads(outcome.body)["error"]["code"])
        except (ValueError, KeyError, TypeError):
            code = "?"
        return Route(None, "", ctx.signals.source, f"refused {outcome.status} {code}", pii)

    async def one(text: str) -> tuple[Route, FloatMatrix | None]:
        body = json.dumps({"model": AUTO, "messages": [{"role": "user", "content": text}]}).encode()
        ctx = RequestContext(request_id="cache_quality")
        async with gate:
            outcome = await rt.handle_body(ctx, body)
        embedding = ctx.classification.embedding
        vec = None if embedding is None else np.asarray(embedding, dtype=np.float32)
        return route_of(ctx, outcome), vec

    try:
        results = await asyncio.gather(*(one(t) for t in texts))
        routes = {t: r for t, (r, _) in zip(texts, results, strict=True)}
        vectors = {t: v for t, (_, v) in zip(texts, results, strict=True) if v is not None}
        # A request refused before its classification pass: the cosine still needs its embedding.
        missing = [t for t in texts if t not in vectors]
        if missing:
            for text, c in zip(missing, classifier.classify_sync(missing), strict=True):
                vectors[text] = np.asarray(c.embedding, dtype=np.float32)
    finally:
        await classifier.close()
    return routes, vectors


def lookup_embedder(vectors: Mapping[str, FloatMatrix]) -> Embedder:
    def embed(texts: Sequence[str]) -> FloatMatrix:
        return np.stack([vectors[t] for t in texts])

    return embed


def fmt(r: Rates) -> str:
    return f"{100 * r.paraphrase_hit:5.1f}% {100 * r.near_miss_false_hit:5.1f}%"


def routed_report(
    routes: Mapping[str, Route], by_split: Mapping[str, Sequence[Pair]], threshold: float, config: Path
) -> dict[str, Any]:
    """The `routed` section of the results: where the texts went, and each split's routed figures."""
    try:
        shown = str(config.resolve().relative_to(ROOT))
    except ValueError:
        shown = str(config)
    values = list(routes.values())
    return {
        "config": shown,
        "request_model": AUTO,
        "similarity_threshold": threshold,
        "texts": {
            "count": len(values),
            "by_model": dict(Counter(r.model or "refused" for r in values).most_common()),
            "by_reason": dict(Counter(r.reason for r in values).most_common()),
        },
        "splits": {s: routed_split(pairs, routes, threshold) for s, pairs in by_split.items()},
    }


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}%"


def print_routed(routed: Mapping[str, Any], examples: int = 3) -> None:
    texts = routed["texts"]
    print(
        f"\nrouted: each text alone as model {routed['request_model']!r} under {routed['config']}; "
        "a pair counts only when both texts reach the same model (the model is in the cache scope)"
    )
    print(f"  {texts['count']} texts by model {texts['by_model']}")
    print(f"  by reason {texts['by_reason']}")
    print(
        f"  at similarity {routed['similarity_threshold']:.2f}, unrouted -> routed "
        "(paraphrase hits | false hits), and pairs routed to different models:"
    )
    for s, r in routed["splits"].items():
        cells = []
        for mode in ("plain", "verified"):
            m = r[mode]
            cells.append(
                f"{mode} {_pct(m['paraphrase_hit'])} -> {_pct(m['paraphrase_hit_routed'])} | "
                f"{_pct(m['near_miss_false_hit'])} -> {_pct(m['near_miss_false_hit_routed'])}"
            )
        para, near = r["plain"]["paraphrases"], r["plain"]["near_misses"]
        lost = r["paraphrase_hits_lost"]
        print(
            f"  {s:>12}: {'   '.join(cells)}   paraphrase pairs apart {r['paraphrase_pairs_routed_apart']}/{para} "
            f"(hits lost: plain {lost['plain']}, verified {lost['verified']}), "
            f"near-miss apart {r['near_miss_pairs_routed_apart']}/{near}"
        )
    for s, r in routed["splits"].items():
        if not r["examples"]:
            continue
        print(f"  {s} paraphrase pairs routed apart {dict(r['apart_by_models'])}, e.g.:")
        for e in r["examples"][:examples]:
            a, b = e["a_route"], e["b_route"]
            alone = (
                "verified hit alone"
                if e["hit_alone"]["verified"]
                else ("plain hit alone" if e["hit_alone"]["plain"] else "no hit alone")
            )
            print(f"    cos {e['cosine']:.3f}, {alone}")
            print(
                f"      a [{a['category'] or '-'} via {a['source']} -> {a['model'] or a['reason']}] {e['a']!r}"
            )
            print(
                f"      b [{b['category'] or '-'} via {b['source']} -> {b['model'] or b['reason']}] {e['b']!r}"
            )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--models-dir", type=Path, default=ROOT / "models", help="shipped artifacts (make models)"
    )
    ap.add_argument("--encoder-onnx", type=Path, help="a bare encoder graph instead of the shipped models")
    ap.add_argument("--tokenizer", type=Path, help="tokenizer.json for --encoder-onnx")
    ap.add_argument("--out", type=Path, help="write the results as JSON here")
    ap.add_argument(
        "--similarity",
        type=float,
        help="cosine gate of the summary (default: the gate the verifier was calibrated at, as "
        "`similarity_threshold: auto` uses; 0.80 for a verifier built without one)",
    )
    ap.add_argument("--eval-dir", type=Path, default=EVAL, help="the independent test set")
    ap.add_argument(
        "--routed",
        action="store_true",
        help="also route every text as an `auto` request under --config and count a hit only when "
        "both texts of a pair reach the same model (as through Envoy)",
    )
    ap.add_argument("--config", type=Path, default=CONFIG, help="router config for --routed")
    args = ap.parse_args(argv)
    if args.routed and args.encoder_onnx is not None:
        ap.error("--routed routes with the shipped classifier: drop --encoder-onnx")

    loaded = load_pairs(args.eval_dir)
    routes: dict[str, Route] | None = None
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
        if args.routed:
            from extproc.config.loader import ConfigError, load_config

            try:
                router_cfg = load_config(args.config)
            except ConfigError as exc:
                print(exc)
                return 2
            if AUTO not in router_cfg.auto_model_names:
                print(f"{args.config}: {AUTO!r} is not one of auto_model_names {router_cfg.auto_model_names}")
                return 2
            classifier = shipped_classifier(args.models_dir, router_cfg.classifier)
            encoder = {"source": "shipped", **classifier.describe()}
            texts = sorted({p.a for p in loaded} | {p.b for p in loaded})
            routes, vectors = route_texts(router_cfg, classifier, texts)
            embed = lookup_embedder(vectors)
        else:
            embed, encoder = shipped_embedder(args.models_dir)

    verifier = load_verifier(args.models_dir)
    if args.similarity is None:
        args.similarity = verifier.settings.similarity_threshold or SIMILARITY
    pairs = with_verdicts(with_cosines(loaded, embed), verifier)
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
        f"\nat similarity {sim:.2f}, verifier threshold {verifier.settings.threshold} "
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
    routed: dict[str, Any] | None = None
    if routes is not None:
        routed = routed_report(routes, by_split, sim, args.config)
        print_routed(routed)
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
            "cpu": machine.describe(),
        }
        if routed is not None:
            result["routed"] = routed
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
