"""onnxruntime sessions: execution-provider selection, thread settings, clean CPU fallback.

Providers are always requested explicitly. Selection is a pure function of the providers this machine
can actually use and the config, so it is unit-tested without a GPU; `open_session` then creates the
session and falls back to the CPU plan (logged once per process) when the CUDA session cannot be made.
"""

from __future__ import annotations

import ctypes
import math
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import onnxruntime as ort
import structlog

from extproc.classify.contract import Precision
from extproc.classify.tokenize import EncodedBatch, IntArray
from extproc.config.schema import ClassifierConfig

CUDA = "CUDAExecutionProvider"
CPU = "CPUExecutionProvider"

Device = Literal["cuda", "cpu"]

log = structlog.get_logger(__name__)

# onnxruntime's intra-op threads busy-wait between parallel sections by default. Off here: the router
# shares its cores with Envoy and its own event loop, and spinning threads take CPU from both while
# no inference runs (the benchmark's `--spinning` measures the other choice).
ALLOW_SPINNING = False

CGROUP_CPU_MAX = Path("/sys/fs/cgroup/cpu.max")

_fallback_logged = False
_fallback_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class ProviderPlan:
    """Where a graph runs and which variant of it (fp32 for GPUs, int8 for CPUs by default)."""

    device: Device
    precision: Precision
    providers: tuple[str, ...]
    # Why this plan was chosen, for the startup log and `extproc classify`.
    reason: str


def usable_providers(available: Sequence[str] | None = None) -> list[str]:
    """Providers that can run here. onnxruntime-gpu lists CUDA even on machines without a GPU
    driver; trying it there only fills the log with library errors, so it is kept only when
    `libcuda.so.1` loads."""
    providers = list(ort.get_available_providers() if available is None else available)
    if CUDA in providers and not _cuda_driver_present():
        providers.remove(CUDA)
    return providers


def _cuda_driver_present() -> bool:
    try:
        ctypes.CDLL("libcuda.so.1")
    except OSError:
        return False
    return True


def select_provider(available: Sequence[str], cfg: ClassifierConfig) -> ProviderPlan:
    """Pick device and precision from the usable providers and the config.

    - CUDA when usable and `use_cpu` is false, with the fp32 graph;
    - otherwise CPU, with the int8 graph unless `precision: fp32`;
    - `precision: int8` always means CPU: the dynamically quantized graph uses integer kernels that
      only the CPU provider implements, so on CUDA it would bounce between devices per node.
    """
    cuda_ok = CUDA in available
    if cfg.precision == "int8":
        return ProviderPlan("cpu", "int8", (CPU,), "precision int8 forces the CPU provider")
    if cuda_ok and not cfg.use_cpu:
        # CPU stays listed so nodes without a CUDA kernel still run.
        return ProviderPlan("cuda", "fp32", (CUDA, CPU), "CUDA available")
    why = "use_cpu is set" if cfg.use_cpu else "CUDA not available"
    if cfg.precision == "fp32":
        return ProviderPlan("cpu", "fp32", (CPU,), f"{why}; precision fp32")
    return ProviderPlan("cpu", "int8", (CPU,), why)


def cpu_fallback_plan(cfg: ClassifierConfig, reason: str) -> ProviderPlan:
    precision: Precision = "fp32" if cfg.precision == "fp32" else "int8"
    return ProviderPlan("cpu", precision, (CPU,), reason)


def available_cpus(cpu_max: Path = CGROUP_CPU_MAX) -> int:
    """CPUs this process may really use: its affinity mask, capped by a cgroup v2 CPU quota (a pod's
    CPU limit). onnxruntime's own default counts the host's cores, which in a 2-CPU pod on a large
    node means dozens of threads fighting over two CPUs."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    try:
        quota, period = cpu_max.read_text().split()[:2]
        if quota != "max":
            cpus = min(cpus, max(1, math.ceil(int(quota) / int(period))))
    except (OSError, ValueError):
        pass
    return max(1, cpus)


def cpu_threads(cfg: ClassifierConfig) -> int:
    """CPU threads the classifier may use: `intra_op_threads`, or 0 for one per usable CPU."""
    return cfg.intra_op_threads or available_cpus()


def session_options(cfg: ClassifierConfig, intra_op_threads: int | None = None) -> ort.SessionOptions:
    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    opts.intra_op_num_threads = intra_op_threads or cpu_threads(cfg)
    opts.inter_op_num_threads = cfg.inter_op_threads or 1
    opts.add_session_config_entry("session.intra_op.allow_spinning", "1" if ALLOW_SPINNING else "0")
    # Warnings only: onnxruntime's info logs would repeat on every start.
    opts.log_severity_level = 3
    return opts


class OnnxSession:
    """One inference session plus how to feed it an `EncodedBatch`.

    With `row_workers` > 0 every row of a batch runs alone, unpadded, `row_workers` rows at a time (each
    run single-threaded). That is how the int8 graph is served: dynamic quantization picks activation
    scales from the whole input tensor, so in a padded batch one prompt's scores depend on the other
    prompts and the padding (measured on the shipped int8 graph: category flips for ~5% of prompts,
    embedding cosine down to 0.96 against the same prompt alone). Run alone, a prompt always gets the
    same answer. A batch of one row runs on `solo`, a second session of the same graph with all the
    intra-op threads, so a lone request is not slowed to one thread.
    """

    def __init__(
        self,
        session: ort.InferenceSession,
        plan: ProviderPlan,
        path: Path,
        row_workers: int = 0,
        solo: ort.InferenceSession | None = None,
    ) -> None:
        self.session = session
        self.plan = plan
        self.path = path
        self.row_workers = row_workers
        self._solo = solo
        self._row_pool = (
            ThreadPoolExecutor(max_workers=row_workers, thread_name_prefix="onnx-row")
            if row_workers > 1
            else None
        )
        self.input_types: dict[str, str] = {i.name: i.type for i in session.get_inputs()}
        self.output_names: list[str] = [o.name for o in session.get_outputs()]
        unknown = set(self.input_types) - {"input_ids", "attention_mask", "token_type_ids"}
        if "input_ids" not in self.input_types or unknown:
            raise ValueError(
                f"{path}: graph inputs {sorted(self.input_types)} are not supported; expected "
                "input_ids, attention_mask and optionally token_type_ids"
            )

    def close(self) -> None:
        """Stop the row workers and drop the onnxruntime sessions now (their weights and intra-op
        thread pools), rather than whenever the garbage collector reaches this object."""
        if self._row_pool is not None:
            self._row_pool.shutdown(wait=True)
        if hasattr(self, "session"):
            del self.session
        self._solo = None

    def feeds(self, batch: EncodedBatch) -> dict[str, npt.NDArray[Any]]:
        return self._feeds(batch.input_ids, batch.attention_mask)

    def _feeds(self, input_ids: IntArray, attention_mask: IntArray) -> dict[str, npt.NDArray[Any]]:
        arrays: dict[str, IntArray] = {
            "input_ids": input_ids,
            "attention_mask": attention_mask,
            "token_type_ids": np.zeros_like(input_ids),
        }
        out: dict[str, npt.NDArray[Any]] = {}
        for name, type_name in self.input_types.items():
            # Some exporters declare int32 token inputs.
            out[name] = arrays[name].astype(np.int32) if type_name == "tensor(int32)" else arrays[name]
        return out

    def run(self, batch: EncodedBatch, outputs: Sequence[str]) -> dict[str, npt.NDArray[np.float32]]:
        if self.row_workers:
            return self._run_rows(batch, outputs)
        results = self.session.run(list(outputs), self.feeds(batch))
        return {name: np.asarray(r, dtype=np.float32) for name, r in zip(outputs, results, strict=True)}

    def _run_rows(self, batch: EncodedBatch, outputs: Sequence[str]) -> dict[str, npt.NDArray[np.float32]]:
        # Rows are right-padded: a row's tokens are its first attention_mask.sum() columns.
        lengths = np.maximum(batch.attention_mask.sum(axis=1), 1).tolist()
        names = list(outputs)

        def one(row: int) -> list[Any]:
            n = int(lengths[row])
            ids, mask = batch.input_ids[row : row + 1, :n], batch.attention_mask[row : row + 1, :n]
            session = self._solo if batch.size == 1 and self._solo is not None else self.session
            result: list[Any] = session.run(names, self._feeds(ids, mask))
            return result

        rows = (
            list(self._row_pool.map(one, range(batch.size)))
            if self._row_pool and batch.size > 1
            else [one(r) for r in range(batch.size)]
        )
        merged: dict[str, npt.NDArray[np.float32]] = {}
        for k, name in enumerate(names):
            parts = [np.asarray(r[k], dtype=np.float32) for r in rows]
            if parts[0].ndim >= 3:
                # Per-token outputs: pad each row back to the batch's length (padding is never decoded).
                width = batch.seq_len
                parts = [
                    np.pad(p, [(0, 0), (0, width - p.shape[1])] + [(0, 0)] * (p.ndim - 2)) for p in parts
                ]
            merged[name] = np.concatenate(parts, axis=0)
        return merged


def open_session(
    model_for: Callable[[Precision], Path],
    cfg: ClassifierConfig,
    available: Sequence[str] | None = None,
    session_factory: Callable[[Path, ort.SessionOptions, Sequence[str]], ort.InferenceSession] | None = None,
    *,
    int8_per_row: bool = False,
) -> OnnxSession:
    """Create the session for the selected plan; when a CUDA session cannot be created (or silently
    lands on the CPU), rebuild it with the CPU plan and its graph. `model_for` maps a precision to
    the graph file (a bring-your-own head has one file for both). With `int8_per_row`, an int8 plan
    runs rows alone on `cpu_threads` single-threaded workers (see `OnnxSession`)."""
    factory = session_factory or _create_session
    plan = select_provider(usable_providers(available), cfg)
    opts = session_options(cfg)
    if plan.device == "cuda":
        path = model_for(plan.precision)
        try:
            _preload_cuda_libraries()
            session = factory(path, opts, plan.providers)
            if session.get_providers()[0] == CUDA:
                return OnnxSession(session, plan, path)
            problem = "onnxruntime placed the session on the CPU"
        except Exception as exc:
            problem = f"{type(exc).__name__}: {exc}"
        plan = cpu_fallback_plan(cfg, f"CUDA session failed ({problem}); using CPU")
        _log_fallback_once(problem, path)
    path = model_for(plan.precision)
    if int8_per_row and plan.precision == "int8":
        workers = cpu_threads(cfg)
        session = factory(path, session_options(cfg, intra_op_threads=1), plan.providers)
        solo = factory(path, session_options(cfg), plan.providers) if workers > 1 else None
        return OnnxSession(session, plan, path, row_workers=workers, solo=solo)
    return OnnxSession(factory(path, session_options(cfg), plan.providers), plan, path)


def _create_session(path: Path, opts: ort.SessionOptions, providers: Sequence[str]) -> ort.InferenceSession:
    return ort.InferenceSession(str(path), sess_options=opts, providers=list(providers))


def _preload_cuda_libraries() -> None:
    # CUDA and cuDNN may come from the nvidia-* wheels rather than the system library path;
    # preload_dlls finds them there. Failing here is not fatal: the session creation decides.
    preload = getattr(ort, "preload_dlls", None)
    if preload is not None:
        try:
            preload()
        except Exception as exc:
            log.debug("onnxruntime_preload_failed", error=str(exc))


def _log_fallback_once(problem: str, path: Path) -> None:
    global _fallback_logged
    with _fallback_lock:
        if _fallback_logged:
            return
        _fallback_logged = True
    log.warning("classifier_cuda_fallback", model=str(path), error=problem, provider=CPU)
