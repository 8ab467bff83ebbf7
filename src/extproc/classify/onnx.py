"""The ONNX classifier: one shared-encoder pass gives embedding, domain, jailbreak and PII signals.

`ClassificationPipeline` is the synchronous core (tokenize -> run -> decode, one batch at a time) that
runs on the micro-batcher's worker thread; `OnnxClassifier` is the async `Classifier` the router calls.
`create_classifier` loads the shipped artifacts plus any bring-your-own heads from config.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import structlog

from extproc.classify.artifacts import (
    DOMAIN_OUTPUT,
    EMBEDDING_OUTPUT,
    JAILBREAK_OUTPUT,
    PII_OUTPUT,
    HeadLabels,
    ModelLoadError,
    load_shipped,
)
from extproc.classify.base import Classification, PIISpan
from extproc.classify.batcher import MicroBatcher
from extproc.classify.byo import HeadModel, HeadName, load_head, resolve
from extproc.classify.decode import (
    CategoryDecision,
    FloatArray,
    decode_categories,
    decode_jailbreaks,
    decode_pii_batch,
    jailbreak_index,
)
from extproc.classify.session import OnnxSession, ProviderPlan, open_session
from extproc.classify.tokenize import EncodedBatch, PromptTokenizer
from extproc.config.schema import ClassifierConfig, HeadOverride

log = structlog.get_logger(__name__)

_HEAD_OUTPUTS: dict[HeadName, str] = {
    "domain": DOMAIN_OUTPUT,
    "jailbreak": JAILBREAK_OUTPUT,
    "pii": PII_OUTPUT,
}


class ClassificationPipeline:
    """Tokenize, run and decode a batch of texts. Thread-safe; no event loop involved."""

    def __init__(
        self,
        tokenizer: PromptTokenizer,
        session: OnnxSession,
        labels: HeadLabels,
        cfg: ClassifierConfig,
        heads: Mapping[HeadName, HeadModel] | None = None,
    ) -> None:
        self.tokenizer = tokenizer
        self.session = session
        self.labels = labels
        self.category_threshold = cfg.category_threshold
        self.heads: dict[HeadName, HeadModel] = dict(heads or {})
        self._jailbreak_positive = jailbreak_index(
            self.heads["jailbreak"].labels if "jailbreak" in self.heads else labels.jailbreak
        )
        self._outputs = [EMBEDDING_OUTPUT] + [
            output for name, output in _HEAD_OUTPUTS.items() if name not in self.heads
        ]
        self._check_outputs()

    def _check_outputs(self) -> None:
        declared = {o.name: o.shape for o in self.session.session.get_outputs()}
        expected_width = {
            DOMAIN_OUTPUT: len(self.labels.domain),
            JAILBREAK_OUTPUT: len(self.labels.jailbreak),
            PII_OUTPUT: len(self.labels.pii),
        }
        for name in self._outputs:
            if name not in declared:
                raise ModelLoadError(
                    f"{self.session.path}: the graph has no output {name!r} (outputs: {sorted(declared)}); "
                    "run `make models` to rebuild it"
                )
            width = declared[name][-1]
            if name in expected_width and isinstance(width, int) and width != expected_width[name]:
                raise ModelLoadError(
                    f"{self.session.path}: output {name!r} has {width} classes but labels.json lists "
                    f"{expected_width[name]}; run `make models` to rebuild it"
                )

    @property
    def plan(self) -> ProviderPlan:
        return self.session.plan

    def encode(self, texts: Sequence[str]) -> EncodedBatch:
        return self.tokenizer.encode_batch(texts)

    def run_encoder(self, batch: EncodedBatch) -> dict[str, FloatArray]:
        """The shared-encoder graph alone (benchmarks time this as the bare session call)."""
        return self.session.run(batch, self._outputs)

    def classify_batch(self, texts: Sequence[str]) -> list[Classification]:
        batch = self.encode(texts)
        out = self.run_encoder(batch)
        n = len(texts)
        categories: list[CategoryDecision | None] = [None] * n
        jailbreak: list[float | None] = [None] * n
        pii: list[tuple[PIISpan, ...]] = [()] * n
        if DOMAIN_OUTPUT in out:
            categories = list(
                decode_categories(out[DOMAIN_OUTPUT], self.labels.domain, self.category_threshold)
            )
        if JAILBREAK_OUTPUT in out:
            jailbreak = list(decode_jailbreaks(out[JAILBREAK_OUTPUT], self._jailbreak_positive))
        if PII_OUTPUT in out:
            pii = _decode_pii_rows(out[PII_OUTPUT], self.labels.pii, batch)
        for head in self.heads.values():
            head_batch = head.tokenizer.encode_batch(texts)
            logits = head.session.run(head_batch, [head.output])[head.output]
            if head.name == "domain":
                categories = list(decode_categories(logits, head.labels, self.category_threshold))
            elif head.name == "jailbreak":
                jailbreak = list(decode_jailbreaks(logits, self._jailbreak_positive))
            else:
                pii = _decode_pii_rows(logits, head.labels, head_batch)
        embeddings = out[EMBEDDING_OUTPUT]
        results = []
        for i in range(n):
            cat = categories[i]
            results.append(
                Classification(
                    category=cat.category if cat else None,
                    confidence=cat.confidence if cat else 0.0,
                    scores=cat.scores if cat else {},
                    entropy=cat.entropy if cat else 0.0,
                    jailbreak_score=jailbreak[i],
                    pii=pii[i],
                    # A copy, so a cached embedding does not keep the whole batch's array alive.
                    embedding=np.array(embeddings[i], dtype=np.float32, copy=True),
                    source="model",
                )
            )
        return results

    def warmup(self) -> None:
        """One short and one long batch, so the first requests do not pay for lazy initialisation."""
        self.classify_batch(["warm up"])
        self.classify_batch(["warm up " * self.tokenizer.max_tokens] * 2)


def _decode_pii_rows(
    logits: FloatArray, tags: Sequence[str], batch: EncodedBatch
) -> list[tuple[PIISpan, ...]]:
    return decode_pii_batch(logits, tags, batch.offsets, batch.word_ids, batch.content_mask)


class OnnxClassifier:
    """The `Classifier` behind `model: auto`: concurrent `classify` calls share ONNX runs."""

    def __init__(
        self,
        pipeline: ClassificationPipeline,
        cfg: ClassifierConfig,
        in_flight: int | None = None,
        *,
        embedding_dim: int | None = None,
    ) -> None:
        self.pipeline = pipeline
        self._embedding_dim = embedding_dim
        self.batch_max_size = cfg.batch_max_size
        self._batcher: MicroBatcher[str, Classification] = MicroBatcher(
            pipeline.classify_batch,
            max_size=cfg.batch_max_size,
            wait_ms=cfg.batch_wait_ms,
            # On a GPU a second batch tokenizes and decodes on the CPU while one runs on the device.
            in_flight=in_flight or (2 if pipeline.plan.device == "cuda" else 1),
            name="classifier",
        )

    @property
    def plan(self) -> ProviderPlan:
        return self.pipeline.plan

    @property
    def embedding_dim(self) -> int | None:
        return self._embedding_dim

    @property
    def batch_sizes(self) -> list[int]:
        """Sizes of the micro-batches run so far."""
        return self._batcher.batch_sizes

    async def classify(self, text: str) -> Classification:
        return await self._batcher.submit(text)

    async def classify_many(self, texts: Sequence[str]) -> list[Classification]:
        """Explicit bulk classification in chunks of `batch_max_size`, off the event loop."""
        results: list[Classification] = []
        for start in range(0, len(texts), self.batch_max_size):
            results.extend(await self._batcher.run_now(texts[start : start + self.batch_max_size]))
        return results

    def classify_sync(self, texts: Sequence[str]) -> list[Classification]:
        """Blocking, in the caller's thread: for the CLI and benchmarks, never the event loop."""
        return self.pipeline.classify_batch(texts)

    def describe(self) -> dict[str, Any]:
        """What was loaded, for the startup log."""
        plan = self.plan
        return {
            "device": plan.device,
            "precision": plan.precision,
            "providers": list(self.pipeline.session.session.get_providers()),
            "reason": plan.reason,
            "model": str(self.pipeline.session.path),
            "row_workers": self.pipeline.session.row_workers,
            "own_heads": {name: str(h.session.path) for name, h in self.pipeline.heads.items()},
        }

    async def close(self) -> None:
        await self._batcher.close()
        sessions = [self.pipeline.session, *(h.session for h in self.pipeline.heads.values())]
        for session in sessions:
            await asyncio.to_thread(session.close)


def create_classifier(
    cfg: ClassifierConfig,
    base_dir: Path,
    *,
    warmup: bool = True,
    in_flight: int | None = None,
) -> OnnxClassifier:
    """Load the shipped models from `cfg.models_dir` (relative paths resolve against `base_dir`) and any
    bring-your-own heads. Raises `ModelLoadError` naming the missing or broken file. `in_flight` (batches
    running at once) defaults to 2 on CUDA and 1 on CPU."""
    shipped = load_shipped(resolve(base_dir, cfg.models_dir))
    overrides: list[tuple[HeadName, HeadOverride | None]] = [
        ("domain", cfg.domain_model),
        ("jailbreak", cfg.jailbreak_model),
        ("pii", cfg.pii_model),
    ]
    heads = {name: load_head(name, o, cfg, base_dir) for name, o in overrides if o is not None}
    try:
        tokenizer = PromptTokenizer.from_file(shipped.tokenizer, cfg.max_tokens)
    except Exception as exc:
        raise ModelLoadError(f"{shipped.tokenizer}: cannot load the tokenizer ({exc})") from exc
    try:
        session = open_session(shipped.graph, cfg, int8_per_row=cfg.int8_batching == "per_row")
    except ModelLoadError:
        raise
    except Exception as exc:
        raise ModelLoadError(f"{shipped.models_dir}: cannot load the classifier graph ({exc})") from exc
    pipeline = ClassificationPipeline(tokenizer, session, shipped.labels, cfg, heads)
    if warmup:
        pipeline.warmup()
    classifier = OnnxClassifier(pipeline, cfg, in_flight, embedding_dim=shipped.embedding_dim)
    log.info("classifier_loaded", **classifier.describe())
    return classifier
