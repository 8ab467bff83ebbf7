"""Execution-provider selection (pure) and the clean CPU fallback when a CUDA session fails."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import onnxruntime as ort
import pytest
import structlog

from extproc.classify import session as session_mod
from extproc.classify.contract import Precision
from extproc.classify.session import CPU, CUDA, open_session, select_provider, usable_providers
from extproc.config.schema import ClassifierConfig
from tests.unit.classify_fixtures import build_models_dir

BOTH = [CUDA, CPU]
CPU_ONLY = [CPU]


@pytest.mark.parametrize(
    ("available", "cfg", "device", "precision", "providers"),
    [
        (BOTH, {}, "cuda", "fp32", (CUDA, CPU)),
        (BOTH, {"precision": "fp32"}, "cuda", "fp32", (CUDA, CPU)),
        (BOTH, {"use_cpu": True}, "cpu", "int8", (CPU,)),
        (BOTH, {"use_cpu": True, "precision": "fp32"}, "cpu", "fp32", (CPU,)),
        (BOTH, {"precision": "int8"}, "cpu", "int8", (CPU,)),
        (CPU_ONLY, {}, "cpu", "int8", (CPU,)),
        (CPU_ONLY, {"precision": "fp32"}, "cpu", "fp32", (CPU,)),
        (["TensorrtExecutionProvider", *BOTH], {}, "cuda", "fp32", (CUDA, CPU)),
    ],
)
def test_select_provider(
    available: list[str], cfg: dict[str, object], device: str, precision: str, providers: tuple[str, ...]
) -> None:
    plan = select_provider(available, ClassifierConfig.model_validate(cfg))
    assert (plan.device, plan.precision, plan.providers) == (device, precision, providers)
    assert plan.reason


def test_cuda_listed_without_a_driver_is_not_usable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(session_mod, "_cuda_driver_present", lambda: False)
    assert usable_providers(BOTH) == [CPU]
    monkeypatch.setattr(session_mod, "_cuda_driver_present", lambda: True)
    assert usable_providers(BOTH) == BOTH


@pytest.fixture(scope="module")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root: Path = tmp_path_factory.mktemp("models")
    return build_models_dir(root)


def _graph(models_dir: Path) -> dict[Precision, Path]:
    return {"fp32": models_dir / "router.fp32.onnx", "int8": models_dir / "router.int8.onnx"}


def test_cuda_session_failure_falls_back_to_cpu_and_logs_once(
    models_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(session_mod, "_cuda_driver_present", lambda: True)
    monkeypatch.setattr(session_mod, "_fallback_logged", False)
    calls: list[tuple[str, ...]] = []

    def factory(path: Path, opts: ort.SessionOptions, providers: Sequence[str]) -> ort.InferenceSession:
        calls.append((path.name, *providers))
        if CUDA in providers:
            raise RuntimeError("CUDA failure 100: no CUDA-capable device is detected")
        return ort.InferenceSession(str(path), sess_options=opts, providers=list(providers))

    graphs = _graph(models_dir)
    with structlog.testing.capture_logs() as logs:
        first = open_session(graphs.__getitem__, ClassifierConfig(), available=BOTH, session_factory=factory)
        second = open_session(graphs.__getitem__, ClassifierConfig(), available=BOTH, session_factory=factory)
    # The CPU plan uses the CPU graph (int8), not the fp32 graph the CUDA plan wanted.
    assert calls[:2] == [("router.fp32.onnx", CUDA, CPU), ("router.int8.onnx", CPU)]
    for opened in (first, second):
        assert opened.plan.device == "cpu" and opened.plan.precision == "int8"
        assert opened.session.get_providers() == [CPU]
        assert "CUDA session failed" in opened.plan.reason
    fallbacks = [e for e in logs if e["event"] == "classifier_cuda_fallback"]
    assert len(fallbacks) == 1
    assert "no CUDA-capable device" in fallbacks[0]["error"]


def test_session_silently_placed_on_cpu_counts_as_a_fallback(
    models_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(session_mod, "_cuda_driver_present", lambda: True)

    def factory(path: Path, opts: ort.SessionOptions, providers: Sequence[str]) -> ort.InferenceSession:
        # What onnxruntime does when the CUDA provider library cannot load: a CPU-only session.
        return ort.InferenceSession(str(path), sess_options=opts, providers=[CPU])

    opened = open_session(_graph(models_dir).__getitem__, ClassifierConfig(), BOTH, factory)
    assert opened.plan.device == "cpu"
    assert "placed the session on the CPU" in opened.plan.reason


def test_thread_counts_come_from_config() -> None:
    opts = session_mod.session_options(ClassifierConfig(intra_op_threads=2, inter_op_threads=1))
    assert (opts.intra_op_num_threads, opts.inter_op_num_threads) == (2, 1)


def test_real_open_session_on_this_machine(models_dir: Path) -> None:
    opened = open_session(_graph(models_dir).__getitem__, ClassifierConfig(use_cpu=True))
    assert opened.session.get_providers() == [CPU]
    assert set(opened.output_names) == {"embedding", "domain_logits", "jailbreak_logits", "pii_logits"}


def test_thread_default_follows_the_cgroup_cpu_quota(tmp_path: Path) -> None:
    cpu_max = tmp_path / "cpu.max"
    cpu_max.write_text("150000 100000\n")
    assert session_mod.available_cpus(cpu_max) == min(2, len(os.sched_getaffinity(0)))
    cpu_max.write_text("max 100000\n")
    assert session_mod.available_cpus(cpu_max) == len(os.sched_getaffinity(0))
    assert session_mod.available_cpus(tmp_path / "absent") == len(os.sched_getaffinity(0))
    opts = session_mod.session_options(ClassifierConfig())
    assert opts.intra_op_num_threads == session_mod.available_cpus()
