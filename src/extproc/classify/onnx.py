"""The ONNX classifier: one shared-encoder pass gives embedding, domain, jailbreak and PII signals.

`ClassificationPipeline` is the synchronous core (tokenize -> run -> decode, one batch at a time) that
runs on the micro-batcher's worker thread; `OnnxClassifier` is the async `Classifier` the router calls.
`create_classifier` loads the shipped artifacts plus any bring-your-own heads from config.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
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
from extproc.classify.base import Classification, Embedding, GuardScan, PIISpan
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
from extproc.classify.rowcache import RowCache, row_key
from extproc.classify.session import OnnxSession, ProviderPlan, open_session
from extproc.classify.tokenize import EncodedBatch, PromptTokenizer
from extproc.classify.windows import Row, WindowSpec, WindowTokenizer, merge_spans, stack_rows
from extproc.config.schema import ClassifierConfig, HeadOverride

log = structlog.get_logger(__name__)

_HEAD_OUTPUTS: dict[HeadName, str] = {
    "domain": DOMAIN_OUTPUT,
    "jailbreak": JAILBREAK_OUTPUT,
    "pii": PII_OUTPUT,
}


@dataclass(frozen=True, slots=True)
class ClassifyJob:
    """One request: the routing text (its head is read) and, with `spec`, the texts the guards read
    in full as windows."""

    text: str
    checked: tuple[str, ...] = ()
    spec: WindowSpec | None = None
    # The caller's scope for the row cache (None: neither read nor written).
    scope: str | None = None
    # Set when the caller stopped waiting (its deadline passed, Envoy cancelled the stream): rows
    # not yet run are skipped, so an abandoned 16k-token request stops taking the CPU from others.
    abandoned: threading.Event | None = field(default=None, compare=False)

    @property
    def gone(self) -> bool:
        return self.abandoned is not None and self.abandoned.is_set()


JobResult = tuple[Classification, GuardScan | None]
# Per encoder row: category, jailbreak score, PII spans (row text coordinates), embedding.
# Per job: its routing row, its (row, message) windows, tokens checked, over the cap.
_Plan = tuple[int, list[tuple[int, int]], int, bool]
_RowSignals = tuple[CategoryDecision | None, float | None, tuple[PIISpan, ...], Embedding | None]


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
        self.windower = WindowTokenizer(tokenizer.tokenizer)
        # Rows per encoder call: guard windows of a long prompt run in chunks of this many.
        self.max_rows = cfg.batch_max_size
        self._jailbreak_positive = jailbreak_index(
            self.heads["jailbreak"].labels if "jailbreak" in self.heads else labels.jailbreak
        )
        self._outputs = [EMBEDDING_OUTPUT] + [
            output for name, output in _HEAD_OUTPUTS.items() if name not in self.heads
        ]
        self._check_outputs()
        # Bring-your-own heads read characters, not token ids (a cased tokenizer tells "HELLO" from
        # "hello"), so a row's ids would not determine their answer: no row cache with them.
        entries = cfg.row_cache.entries
        self.row_cache: RowCache[_RowSignals] | None = (
            RowCache(entries) if entries > 0 and not self.heads else None
        )

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
        """The routing pass alone for each text (its truncated head): what `classify()` answers."""
        return [c for c, _ in self.classify_jobs([ClassifyJob(t) for t in texts])]

    def classify_jobs(self, jobs: Sequence[ClassifyJob]) -> list[JobResult]:
        """Each job's routing pass and, with a window spec, its guard scan: one set of encoder rows for
        the whole batch of jobs (windows of concurrent requests run together), deduplicated within a
        job (the first window of a short prompt is its routing row: one encoder run)."""
        texts = [t for job in jobs for t in (job.text, *job.checked)]
        # The routing text is usually also a checked message: tokenize each distinct text once.
        distinct = list(dict.fromkeys(texts))
        by_text = dict(zip(distinct, self.windower.tokenize(distinct), strict=True))
        tokenized = [by_text[t] for t in texts]
        rows: list[Row] = []
        row_scopes: list[str | None] = []
        # Which job each row belongs to (rows are shared only within a job).
        row_jobs: list[int] = []
        # Per job: its routing row, its window rows, tokens checked, and whether it was over the cap.
        plans: list[_Plan] = []
        pos = 0
        for job_index, job in enumerate(jobs):
            toks = tokenized[pos : pos + 1 + len(job.checked)]
            pos += 1 + len(job.checked)
            seen: dict[tuple[tuple[int, ...], bytes], int] = {}

            def add(
                row: Row,
                seen: dict[tuple[tuple[int, ...], bytes], int] = seen,
                scope: str | None = job.scope,
                owner: int = job_index,
            ) -> int:
                key = (row.ids, row.offsets.tobytes())
                if key not in seen:
                    seen[key] = len(rows)
                    rows.append(row)
                    row_scopes.append(scope)
                    row_jobs.append(owner)
                return seen[key]

            head = add(self.windower.head_row(toks[0], self.tokenizer.max_tokens))
            windows: list[tuple[int, int]] = []
            total = sum(len(t) for t in toks[1:])
            over = job.spec is not None and total > job.spec.max_tokens_checked
            if job.spec is not None and not over:
                for m, t in enumerate(toks[1:]):
                    if len(t) == 0:
                        continue
                    for w in self.windower.windows(t, job.spec, m):
                        # A window equal to the routing row (or to another message's window) shares
                        # its encoder run and reads message m all the same.
                        windows.append((add(w), m))
            plans.append((head, windows, total, over))
        signals, cached = self._signals(rows, row_scopes, jobs, plans, row_jobs)
        results: list[JobResult] = []
        for job, (head, windows, total, over) in zip(jobs, plans, strict=True):
            cat, jb, spans, emb = signals[head]
            classification = Classification(
                category=cat.category if cat else None,
                confidence=cat.confidence if cat else 0.0,
                scores=cat.scores if cat else {},
                entropy=cat.entropy if cat else 0.0,
                jailbreak_score=jb,
                pii=spans,
                embedding=emb,
                source="model",
            )
            scan: GuardScan | None = None
            if job.spec is not None:
                scan = self._scan(signals, rows, windows, total, over, cached)
            results.append((classification, scan))
        return results

    def _signals(
        self,
        rows: Sequence[Row],
        scopes: Sequence[str | None],
        jobs: Sequence[ClassifyJob],
        plans: Sequence[_Plan],
        owners: Sequence[int],
    ) -> tuple[list[_RowSignals], frozenset[int]]:
        """Every row's signals: from the row cache where the caller's scope has seen the row, else from
        the encoder (and then remembered). Also the indexes of the rows that came from the cache."""
        cache = self.row_cache
        if cache is None or all(scope is None for scope in scopes):
            return self._run_rows(rows, jobs, plans, owners), frozenset()
        keys = [
            None if sc is None else row_key(sc, r.ids, r.offsets) for r, sc in zip(rows, scopes, strict=True)
        ]
        found = [None if k is None else cache.get(k) for k in keys]
        missing = [i for i, f in enumerate(found) if f is None]
        # Without own heads (no cache otherwise) the encoder pass needs only the rows themselves.
        fresh = (
            self._run_rows([rows[i] for i in missing], jobs, plans, [owners[i] for i in missing])
            if missing
            else []
        )
        out: list[_RowSignals | None] = list(found)
        for i, signal in zip(missing, fresh, strict=True):
            out[i] = signal
            key = keys[i]
            # A row skipped for an abandoned job has no embedding: nothing to remember.
            if key is not None and signal[3] is not None:
                cache.put(key, signal)
        hit = frozenset(i for i, f in enumerate(found) if f is not None)
        return [s for s in out if s is not None], hit

    def _scan(
        self,
        signals: Sequence[_RowSignals],
        rows: Sequence[Row],
        windows: Sequence[tuple[int, int]],
        total: int,
        over: bool,
        cached: frozenset[int] = frozenset(),
    ) -> GuardScan:
        if over:
            return GuardScan(tokens=total, over_cap=True)
        best: float | None = None
        best_message = -1
        best_chars = (0, 0)
        spans: list[PIISpan] = []
        for index, message in windows:
            _, jb, row_spans, _ = signals[index]
            if jb is not None and (best is None or jb > best):
                best, best_message = jb, message
                best_chars = (rows[index].char_start, rows[index].char_end)
            spans.extend(replace(s, message=message) for s in row_spans)
        return GuardScan(
            jailbreak_score=best,
            jailbreak_message=best_message,
            jailbreak_chars=best_chars,
            pii=merge_spans(spans),
            tokens=total,
            windows=len({index for index, _ in windows}),
            windows_cached=len({index for index, _ in windows if index in cached}),
        )

    def _run_rows(
        self,
        rows: Sequence[Row],
        jobs: Sequence[ClassifyJob],
        plans: Sequence[_Plan],
        owners: Sequence[int] | None = None,
    ) -> list[_RowSignals]:
        """Encoder (and own heads) over all rows, in chunks of `max_rows`; decoded per row. Rows of a
        job whose caller is gone (`owners`: each row's job) are skipped, checked before each chunk;
        they keep empty signals that nobody reads."""
        n = len(rows)
        categories: list[CategoryDecision | None] = [None] * n
        jailbreak: list[float | None] = [None] * n
        pii: list[tuple[PIISpan, ...]] = [()] * n
        embeddings: list[Embedding | None] = [None] * n
        for lo in range(0, n, self.max_rows):
            idx = [
                i for i in range(lo, min(n, lo + self.max_rows)) if owners is None or not jobs[owners[i]].gone
            ]
            if not idx:
                continue
            chunk = [rows[i] for i in idx]
            batch = stack_rows(chunk, self.tokenizer.pad_id)
            out = self.run_encoder(batch)
            decoded_cats = (
                decode_categories(out[DOMAIN_OUTPUT], self.labels.domain, self.category_threshold)
                if DOMAIN_OUTPUT in out
                else None
            )
            decoded_jb = (
                decode_jailbreaks(out[JAILBREAK_OUTPUT], self._jailbreak_positive)
                if JAILBREAK_OUTPUT in out
                else None
            )
            decoded_pii = (
                _decode_pii_rows(out[PII_OUTPUT], self.labels.pii, batch) if PII_OUTPUT in out else None
            )
            for k, i in enumerate(idx):
                if decoded_cats is not None:
                    categories[i] = decoded_cats[k]
                if decoded_jb is not None:
                    jailbreak[i] = decoded_jb[k]
                if decoded_pii is not None:
                    pii[i] = decoded_pii[k]
                # A copy, so a cached embedding does not keep the whole batch's array alive.
                embeddings[i] = np.array(out[EMBEDDING_OUTPUT][k], dtype=np.float32, copy=True)
        if self.heads:
            self._run_own_heads(rows, jobs, plans, categories, jailbreak, pii)
        return list(zip(categories, jailbreak, pii, embeddings, strict=True))

    def _run_own_heads(
        self,
        rows: Sequence[Row],
        jobs: Sequence[ClassifyJob],
        plans: Sequence[_Plan],
        categories: list[CategoryDecision | None],
        jailbreak: list[float | None],
        pii: list[tuple[PIISpan, ...]],
    ) -> None:
        """Bring-your-own heads read the same text as the shipped rows: the routing text for a routing
        row, the window's characters of its message for a window (their spans shifted back)."""
        text_of: dict[int, tuple[str, int]] = {}
        for job, (head, windows, _, _) in zip(jobs, plans, strict=True):
            text_of[head] = (job.text, 0)
            for index, _ in windows:
                r = rows[index]
                if index != head and index not in text_of:
                    text_of[index] = (job.checked[r.message][r.char_start : r.char_end], r.char_start)
        for head_model in self.heads.values():
            # A domain head only matters for routing rows.
            wanted = sorted({p[0] for p in plans} if head_model.name == "domain" else set(text_of))
            for lo in range(0, len(wanted), self.max_rows):
                idx = wanted[lo : lo + self.max_rows]
                head_batch = head_model.tokenizer.encode_batch([text_of[i][0] for i in idx])
                logits = head_model.session.run(head_batch, [head_model.output])[head_model.output]
                if head_model.name == "domain":
                    decoded = decode_categories(logits, head_model.labels, self.category_threshold)
                    for i, c in zip(idx, decoded, strict=True):
                        categories[i] = c
                elif head_model.name == "jailbreak":
                    for i, score in zip(
                        idx, decode_jailbreaks(logits, self._jailbreak_positive), strict=True
                    ):
                        jailbreak[i] = score
                else:
                    decoded_pii = _decode_pii_rows(logits, head_model.labels, head_batch)
                    for i, spans in zip(idx, decoded_pii, strict=True):
                        shift = text_of[i][1]
                        pii[i] = tuple(replace(s, start=s.start + shift, end=s.end + shift) for s in spans)

    @property
    def pii_types(self) -> frozenset[str]:
        """Entity types the PII head can report."""
        tags = self.heads["pii"].labels if "pii" in self.heads else self.labels.pii
        return frozenset(
            t.split("-", 1)[1] if t[:2] in ("B-", "I-", "E-", "S-", "L-", "U-") else t for t in tags
        ) - {
            "O",
            "o",
            "",
        }

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
        self._batcher: MicroBatcher[ClassifyJob, JobResult] = MicroBatcher(
            pipeline.classify_jobs,
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

    @property
    def pii_types(self) -> frozenset[str]:
        return self.pipeline.pii_types

    async def classify(self, text: str) -> Classification:
        return (await self._batcher.submit(ClassifyJob(text)))[0]

    async def classify_request(
        self, routing_text: str, checked: Sequence[str], spec: WindowSpec, scope: str | None = None
    ) -> tuple[Classification, GuardScan]:
        """The routing pass over `routing_text` and the guard scan of every `checked` text in full,
        through the micro-batcher (windows of concurrent requests share encoder calls). With a `scope`
        (the caller), rows that scope had encoded before come from the row cache."""
        gone = threading.Event()
        try:
            result, scan = await self._batcher.submit(
                ClassifyJob(routing_text, tuple(checked), spec, scope, abandoned=gone)
            )
        except asyncio.CancelledError:
            gone.set()
            raise
        assert scan is not None
        return result, scan

    async def classify_many(self, texts: Sequence[str]) -> list[Classification]:
        """Explicit bulk classification in chunks of `batch_max_size`, off the event loop."""
        results: list[Classification] = []
        for start in range(0, len(texts), self.batch_max_size):
            jobs = [ClassifyJob(t) for t in texts[start : start + self.batch_max_size]]
            results.extend(c for c, _ in await self._batcher.run_now(jobs))
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
            "row_cache_entries": 0
            if self.pipeline.row_cache is None
            else self.pipeline.row_cache.max_entries,
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
