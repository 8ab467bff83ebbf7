"""Append a round of written cache pairs to a pairs file, minus pairs too close to the test set.

    .venv/bin/python data/cache/eval_filter.py data/cache/written_pairs_r4.jsonl \
        [--to data/cache/written_validation_pairs.jsonl] [--threshold 0.9]

A pair is dropped when either text equals a text of the independent test set (`data/eval/cache/`,
after `verify.exact_key` normalisation) or its embedding under the shipped encoder (`models/`, int8)
has cosine >= threshold with one: that set must stay unseen by training. Run by the team, never by
the helpers who write the pairs (they do not open data/eval/). Prints the counts and appends the kept
rows in their order.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from extproc.cache.verify import exact_key
from extproc.classify.onnx import create_classifier
from extproc.config.schema import ClassifierConfig

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "data/eval/cache"
WRITTEN = ROOT / "data/cache/written_pairs.jsonl"


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("round_file", type=Path)
    parser.add_argument("--threshold", type=float, default=0.9)
    parser.add_argument("--models-dir", default=str(ROOT / "models"))
    parser.add_argument("--to", type=Path, default=WRITTEN, help="the file to append to")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    rows = _rows(args.round_file)
    evals = sorted(
        {str(r[k]) for f in sorted(EVAL.glob("*_pairs.jsonl")) for r in _rows(f) for k in ("a", "b")}
    )
    classifier = create_classifier(ClassifierConfig(models_dir=args.models_dir, use_cpu=True), ROOT)

    def embed(texts: list[str]) -> np.ndarray:
        out = [
            c.embedding for i in range(0, len(texts), 64) for c in classifier.classify_sync(texts[i : i + 64])
        ]
        return np.asarray(out, dtype=np.float32)

    texts = sorted({str(r[k]) for r in rows for k in ("a", "b")})
    nearest = (embed(texts) @ embed(evals).T).max(axis=1)
    close = {t for t, s in zip(texts, nearest, strict=True) if s >= args.threshold}
    equal = {t for t in texts if exact_key(t) in {exact_key(e) for e in evals}}
    kept = [r for r in rows if not ({str(r["a"]), str(r["b"])} & (close | equal))]
    dropped_equal = sum(1 for r in rows if {str(r["a"]), str(r["b"])} & equal)
    print(
        f"{len(rows)} pairs: {dropped_equal} share a text with the test set, "
        f"{len(rows) - len(kept) - dropped_equal} more have a text within cosine {args.threshold}; "
        f"{len(kept)} kept"
    )
    if not args.dry_run:
        with args.to.open("a", encoding="utf-8") as f:
            for r in kept:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"appended {len(kept)} to {args.to}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
