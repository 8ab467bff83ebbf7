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


def run_classify_cli(
    text: str, config_path: str, out: TextIO | None = None, remote: str | None = None
) -> int:
    """Classify `text` with the config's classifier, or with the router at `remote` (HOST:PORT, its
    `extproc.v1.Classifier` service), and print the result. Relative model paths resolve against the
    current directory. Returns a process exit code (2 for config, model or connection problems)."""
    stream = out or sys.stdout
    if remote is not None:
        return _run_remote(text, remote, stream)
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


def _run_remote(text: str, target: str, stream: TextIO) -> int:
    import grpc

    from extproc.classify.service import classify_remote

    started = time.perf_counter()
    try:
        result = classify_remote(target, text)
    except grpc.RpcError as exc:
        code = exc.code().name if isinstance(exc, grpc.Call) else "UNKNOWN"
        detail = exc.details() if isinstance(exc, grpc.Call) else str(exc)
        print(f"extproc classify: {target}: {code}: {detail}", file=sys.stderr)
        return 2
    elapsed_ms = (time.perf_counter() - started) * 1000.0
    print(format_classification(text, result), file=stream)
    print(f"model:     remote {target}, {elapsed_ms:.1f} ms", file=stream)
    return 0
