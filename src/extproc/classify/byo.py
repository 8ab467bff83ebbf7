"""Bring-your-own heads: `classifier.domain_model / jailbreak_model / pii_model` in config.

Each points at another ONNX classifier with its own tokenizer.json and label map. A sequence model's
output is [B, n_labels]; a token model's is [B, T, n_labels] (BIO tags). The output named `logits` is
used, else the graph's only output. Such a head replaces the shipped head of the same name; the shipped
encoder still runs for the other heads and the cache embedding.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from extproc.classify.artifacts import ModelLoadError, load_label_map
from extproc.classify.decode import jailbreak_index
from extproc.classify.session import OnnxSession, open_session
from extproc.classify.tokenize import PromptTokenizer
from extproc.config.schema import ClassifierConfig, HeadOverride

HeadName = Literal["domain", "jailbreak", "pii"]
HeadKind = Literal["sequence", "token"]

HEAD_KINDS: dict[HeadName, HeadKind] = {"domain": "sequence", "jailbreak": "sequence", "pii": "token"}
LOGITS_OUTPUT = "logits"


@dataclass(frozen=True, slots=True)
class HeadModel:
    """A user's classifier for one head, ready to run on the worker thread."""

    name: HeadName
    kind: HeadKind
    tokenizer: PromptTokenizer
    session: OnnxSession
    labels: list[str]
    output: str


def resolve(base_dir: Path, path: str) -> Path:
    p = Path(path).expanduser()
    return p if p.is_absolute() else base_dir / p


def load_head(name: HeadName, override: HeadOverride, cfg: ClassifierConfig, base_dir: Path) -> HeadModel:
    key = f"classifier.{name}_model"
    expected = HEAD_KINDS[name]
    if override.kind != expected:
        raise ModelLoadError(f"{key}.kind is {override.kind!r}, but the {name} head needs a {expected} model")
    model_path = resolve(base_dir, override.model_path)
    tokenizer_path = resolve(base_dir, override.tokenizer_path)
    labels_path = resolve(base_dir, override.label_map_path)
    for what, p in (("model_path", model_path), ("tokenizer_path", tokenizer_path)):
        if not p.is_file():
            raise ModelLoadError(f"{key}.{what}: file {p} is missing")
    try:
        labels = load_label_map(labels_path)
    except ModelLoadError as exc:
        raise ModelLoadError(f"{key}.label_map_path: {exc}") from exc
    if name == "jailbreak":
        try:
            jailbreak_index(labels)
        except ValueError as exc:
            raise ModelLoadError(f"{key}.label_map_path {labels_path}: {exc}") from exc
    try:
        tokenizer = PromptTokenizer.from_file(tokenizer_path, cfg.max_tokens)
    except Exception as exc:
        raise ModelLoadError(f"{key}.tokenizer_path {tokenizer_path}: cannot load ({exc})") from exc
    try:
        session = open_session(lambda _precision: model_path, cfg)
    except Exception as exc:
        raise ModelLoadError(f"{key}.model_path {model_path}: cannot load ({exc})") from exc
    outputs = session.output_names
    if LOGITS_OUTPUT in outputs:
        output = LOGITS_OUTPUT
    elif len(outputs) == 1:
        output = outputs[0]
    else:
        raise ModelLoadError(
            f"{key}.model_path {model_path}: no output named {LOGITS_OUTPUT!r} among {outputs}"
        )
    shape = next(o.shape for o in session.session.get_outputs() if o.name == output)
    want_rank = 2 if expected == "sequence" else 3
    if len(shape) != want_rank:
        raise ModelLoadError(
            f"{key}.model_path {model_path}: output {output!r} has shape {shape}; "
            f"a {expected} model's logits are {'[B, labels]' if want_rank == 2 else '[B, T, labels]'}"
        )
    if isinstance(shape[-1], int) and shape[-1] != len(labels):
        raise ModelLoadError(f"{key}: the model has {shape[-1]} labels but {labels_path} lists {len(labels)}")
    return HeadModel(name, expected, tokenizer, session, labels, output)
