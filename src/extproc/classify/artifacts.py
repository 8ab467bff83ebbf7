"""The shipped model artifacts in `models/` (written by `make models`) and their checks.

The file names, graph inputs and outputs, `labels.json` keys and manifest keys are defined once, in
`extproc.classify.contract` (its docstring states the contract); they are re-exported here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extproc.classify.contract import (
    DOMAIN_LABELS_KEY,
    DOMAIN_OUTPUT,
    EMBEDDING_DIM_KEY,
    EMBEDDING_OUTPUT,
    GRAPH_FILES,
    JAILBREAK_LABELS_KEY,
    JAILBREAK_OUTPUT,
    LABEL_KEYS,
    LABELS_FILE,
    MANIFEST_FILE,
    PII_LABELS_KEY,
    PII_OUTPUT,
    TOKENIZER_FILE,
    Precision,
)

__all__ = [
    "DOMAIN_OUTPUT",
    "EMBEDDING_OUTPUT",
    "GRAPH_FILES",
    "JAILBREAK_OUTPUT",
    "LABELS_FILE",
    "MANIFEST_FILE",
    "PII_OUTPUT",
    "TOKENIZER_FILE",
    "HeadLabels",
    "ModelLoadError",
    "ShippedArtifacts",
    "load_label_map",
    "load_shipped",
    "parse_label_map",
]

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

    @property
    def embedding_dim(self) -> int:
        """The width of the graph's `embedding` output, as the build recorded it in the manifest."""
        value = self.manifest.get(EMBEDDING_DIM_KEY)
        # bool is an int subclass; `true` is not a dimension.
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise ModelLoadError(
                f"{self.models_dir / MANIFEST_FILE}: {EMBEDDING_DIM_KEY!r} must be a positive integer, "
                f"got {value!r}; {_BUILD_HINT}"
            )
        return value


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
            domain=_label_list(labels_raw[DOMAIN_LABELS_KEY]),
            jailbreak=_label_list(labels_raw[JAILBREAK_LABELS_KEY]),
            pii=_label_list(labels_raw[PII_LABELS_KEY]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        expected = ", ".join(f"{key!r}: [...]" for key in LABEL_KEYS)
        raise ModelLoadError(
            f"{models_dir / LABELS_FILE}: expected {{{expected}}} ({exc}); {_BUILD_HINT}"
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
