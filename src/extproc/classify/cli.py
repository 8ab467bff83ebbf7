"""`extproc classify "some text"`: what the classifiers say about one prompt, for humans."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TextIO

from extproc.classify.artifacts import ModelLoadError
from extproc.classify.base import Classification
from extproc.classify.onnx import create_classifier
from extproc.config import ConfigError, load_config

_TOP_SCORES = 5


def run_classify_cli(text: str, config_path: str, out: TextIO | None = None) -> int:
    """Classify `text` with the config's classifier and print the result. Relative model paths resolve
    against the current directory. Returns a process exit code (2 for config or model problems)."""
    stream = out or sys.stdout
    try:
        cfg = load_config(config_path)
        classifier = create_classifier(cfg.classifier, Path.cwd())
    except (ConfigError, ModelLoadError) as exc:
        print(f"extproc classify: {exc}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    result = classifier.classify_sync([text])[0]
    elapsed_ms = (time.perf_counter() - started) * 1000.0
    plan = classifier.plan
    print(format_classification(text, result), file=stream)
    print(f"model:     {plan.device} {plan.precision} ({plan.reason}), {elapsed_ms:.1f} ms", file=stream)
    return 0


def format_classification(text: str, result: Classification) -> str:
    lines = [
        f"category:  {result.category} (confidence {result.confidence:.3f}, entropy {result.entropy:.3f})",
    ]
    top = sorted(result.scores.items(), key=lambda kv: kv[1], reverse=True)[:_TOP_SCORES]
    if top:
        lines.append("scores:    " + ", ".join(f"{label} {score:.3f}" for label, score in top))
    if result.jailbreak_score is not None:
        lines.append(f"jailbreak: {result.jailbreak_score:.3f}")
    if result.pii:
        lines.append("pii:")
        lines.extend(
            f"  {s.type:<16} [{s.start}:{s.end}] {text[s.start : s.end]!r} (score {s.score:.3f})"
            for s in result.pii
        )
    else:
        lines.append("pii:       none")
    return "\n".join(lines)
