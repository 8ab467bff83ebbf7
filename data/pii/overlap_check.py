"""Written training sentences must not equal or nearly equal an evaluation sentence.

    .venv/bin/python data/pii/overlap_check.py data/pii/written3.jsonl [--threshold 0.93]

Compares every text of the given training files with the PII evaluation sentences
(`data/eval/guard/pii_sentences.jsonl`, `data/eval/guard_v2/pii_sentences.jsonl`): equal after case and
whitespace folding, or cosine >= threshold between the shipped encoder's embeddings (`models/`, int8).
Run by the team, never by the helpers who write the training rows (they do not open data/eval/). Lists
each match and exits 1 if there is any.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from extproc.classify.onnx import create_classifier
from extproc.config.schema import ClassifierConfig

ROOT = Path(__file__).resolve().parents[2]
EVAL_FILES = (ROOT / "data/eval/guard/pii_sentences.jsonl", ROOT / "data/eval/guard_v2/pii_sentences.jsonl")


def _texts(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--threshold", type=float, default=0.93)
    parser.add_argument("--models-dir", default=str(ROOT / "models"))
    args = parser.parse_args(argv)
    train = [t for f in args.files for t in _texts(f)]
    evals = [t for f in EVAL_FILES for t in _texts(f)]
    classifier = create_classifier(ClassifierConfig(models_dir=args.models_dir, use_cpu=True), ROOT)

    def embed(texts: list[str]) -> np.ndarray:
        rows = [c.embedding for c in classifier.classify_sync(texts)]
        return np.asarray(rows, dtype=np.float32)

    fold = {" ".join(t.lower().split()): t for t in evals}
    a = np.concatenate([embed(train[i : i + 64]) for i in range(0, len(train), 64)])
    b = np.concatenate([embed(evals[i : i + 64]) for i in range(0, len(evals), 64)])
    sims = a @ b.T
    matches = 0
    for i, text in enumerate(train):
        j = int(sims[i].argmax())
        if " ".join(text.lower().split()) in fold or sims[i, j] >= args.threshold:
            matches += 1
            print(f"{sims[i, j]:.3f}  train: {text!r}\n       eval:  {evals[j]!r}")
    print(f"{len(train)} training texts against {len(evals)} evaluation texts: {matches} too close")
    return 1 if matches else 0


if __name__ == "__main__":
    sys.exit(main())
