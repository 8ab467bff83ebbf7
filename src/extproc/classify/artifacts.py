"""The shipped model artifacts in `models/` (written by `make models`) and their checks.

Contract: `tokenizer.json`; `router.fp32.onnx` (GPU) and `router.int8.onnx` (CPU) with inputs
`input_ids`, `attention_mask` (int64 [B, T]) and outputs `embedding` [B, D] (L2-normalised),
`domain_logits` [B, n_domains], `jailbreak_logits` [B, 2], `pii_logits` [B, T, n_tags];
`labels.json` {"domain": [...], "jailbreak": [...], "pii": [BIO tags]}; `manifest.json`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extproc.classify.session import Precision

TOKENIZER_FILE = "tokenizer.json"
LABELS_FILE = "labels.json"
MANIFEST_FILE = "manifest.json"
GRAPH_FILES: dict[Precision, str] = {"fp32": "router.fp32.onnx", "int8": "router.int8.onnx"}

EMBEDDING_OUTPUT = "embedding"
DOMAIN_OUTPUT = "domain_logits"
JAILBREAK_OUTPUT = "jailbreak_logits"
PII_OUTPUT = "pii_logits"

_BUILD_HINT = "run `make models` to build the classifier artifacts"


class ModelLoadError(Exception):
    """A classifier model cannot be loaded; the message names the file and what to do."""


@dataclass(frozen=True, slots=True)
class HeadLabels:
    domain: list[str]
    jailbreak: list[str]
    pii: list[str]


@dataclass(frozen=True, slots=True)
class ShippedArtifacts:
    models_dir: Path
    tokenizer: Path
    labels: HeadLabels
    manifest: dict[str, Any]

    def graph(self, precision: Precision) -> Path:
        path = self.models_dir / GRAPH_FILES[precision]
        if not path.is_file():
            raise ModelLoadError(f"classifier model file {path} is missing; {_BUILD_HINT}")
        return path


def load_shipped(models_dir: Path) -> ShippedArtifacts:
    """Check the files every plan needs; the graph file is checked once the precision is known."""
    if not models_dir.is_dir():
        raise ModelLoadError(f"classifier models directory {models_dir} does not exist; {_BUILD_HINT}")
    for name in (TOKENIZER_FILE, LABELS_FILE, MANIFEST_FILE):
        if not (models_dir / name).is_file():
            raise ModelLoadError(f"classifier model file {models_dir / name} is missing; {_BUILD_HINT}")
    labels_raw = _read_json(models_dir / LABELS_FILE)
    manifest = _read_json(models_dir / MANIFEST_FILE)
    if not isinstance(manifest, dict):
        raise ModelLoadError(f"{models_dir / MANIFEST_FILE}: expected a JSON object; {_BUILD_HINT}")
    try:
        labels = HeadLabels(
            domain=_label_list(labels_raw["domain"]),
            jailbreak=_label_list(labels_raw["jailbreak"]),
            pii=_label_list(labels_raw["pii"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelLoadError(
            f"{models_dir / LABELS_FILE}: expected {{'domain': [...], 'jailbreak': [...], 'pii': [...]}} "
            f"({exc}); {_BUILD_HINT}"
        ) from exc
    return ShippedArtifacts(models_dir, models_dir / TOKENIZER_FILE, labels, manifest)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelLoadError(f"{path}: cannot read JSON ({exc})") from exc


def _label_list(value: Any) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise ValueError("labels must be a non-empty list of strings")
    return list(value)


def parse_label_map(raw: Any) -> list[str]:
    """Labels in class-index order from the common label-map shapes:
    a list; {"id2label": {"0": ...}} (a Hugging Face config.json); {"labels": [...]};
    {"0": "a", "1": "b"}; or {"a": 0, "b": 1}."""
    if isinstance(raw, dict) and "id2label" in raw:
        raw = raw["id2label"]
    elif isinstance(raw, dict) and "labels" in raw:
        raw = raw["labels"]
    if isinstance(raw, list):
        return _label_list(raw)
    if not isinstance(raw, dict) or not raw:
        raise ValueError("a label map must be a list or a mapping")
    if all(isinstance(v, str) for v in raw.values()):
        by_index = {int(k): v for k, v in raw.items()}
    elif all(isinstance(v, int) for v in raw.values()):
        by_index = {int(v): str(k) for k, v in raw.items()}
    else:
        raise ValueError("a label map must map indices to labels or labels to indices")
    if sorted(by_index) != list(range(len(by_index))):
        raise ValueError(f"label indices must be 0..{len(by_index) - 1}, got {sorted(by_index)}")
    return [by_index[i] for i in range(len(by_index))]


def load_label_map(path: Path) -> list[str]:
    if not path.is_file():
        raise ModelLoadError(f"label map {path} is missing")
    try:
        return parse_label_map(_read_json(path))
    except ValueError as exc:
        raise ModelLoadError(f"{path}: {exc}") from exc
