"""The shipped router graph on a GPU machine whose onnxruntime has no CUDA provider.

    python3 -m pip install -q --no-index --no-deps --target /tmp/site .gpu/fp16/wheels/*.whl
    PYTHONPATH=/tmp/site python3 bench/gpu_check.py --out $OUT/gpu_check.json [--quick]

Input: `.gpu/fp16/` from `bench/gpu_prepare.py` (fp16 graph, tokenizer, reference outputs of the
fp32 graph). Needs only tokenizers, numpy, onnx, onnxruntime, torch and onnx2torch: no project code,
so it runs with the device's bare `python3`.

The graph runs on the GPU through onnx2torch (ONNX -> torch.fx, op for op, same weights):
- `fp16`: the fp16 graph as converted, i.e. what the onnxruntime CUDA provider would run from it;
- `fp32`: the same graph upcast back to fp32 (fp16-rounded weights), TF32 off;
- `fp32_tf32`: the fp32 variant with TF32 matmuls (onnxruntime's CUDA provider default), throughput only.
Each is checked against the fp32 graph's outputs from onnxruntime CPU on 32 prompts, then timed:
single-prompt latency p50/p99 at about 16/64/128 tokens (model only, and tokenize + copy + model +
copy back), and throughput at batch 1..256 of 128-token prompts. Tokenization is timed on its own.
onnxruntime CPU on this machine's cores, and the onnxruntime CUDA provider when the installed build
has one, are timed on the same inputs. torch.compile (CUDA graphs) only with `--compile`.

Every section catches its own errors and the JSON is rewritten after each, so a failure late in the
run keeps what came before. Falls back to the CPU when torch sees no GPU (`--quick` for a smoke run).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import platform
import subprocess
import sys
import time
import traceback
import types
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt
import onnx
import onnxruntime as ort
import torch
from onnx import numpy_helper
from tokenizers import Tokenizer
from torch.fx import Graph, GraphModule, Interpreter, map_arg

ROOT = Path(__file__).resolve().parents[1]
OUTPUTS = ("embedding", "domain_logits", "jailbreak_logits", "pii_logits")
MAX_TOKENS = 128
CUDA_EP = "CUDAExecutionProvider"
CPU_EP = "CPUExecutionProvider"

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float32]
Feeds = dict[str, IntArray]
T = TypeVar("T")


class Report:
    """The JSON result, rewritten after every section so a late failure keeps the earlier numbers."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data: dict[str, Any] = {"errors": {}}
        self.t0 = time.perf_counter()

    def elapsed(self) -> float:
        return time.perf_counter() - self.t0

    def save(self) -> None:
        self.data["wall_s"] = round(self.elapsed(), 1)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(self.data, indent=2, default=str) + "\n")

    @contextlib.contextmanager
    def section(self, name: str) -> Iterator[None]:
        log(f"== {name} (t={self.elapsed():.1f}s)")
        try:
            yield
        except Exception as exc:
            self.data["errors"][name] = f"{type(exc).__name__}: {exc}"
            log(traceback.format_exc())
        finally:
            self.save()


def log(msg: str) -> None:
    print(msg, flush=True)


# ---------------------------------------------------------------- graph and converter


def upcast_fp16_graph(model: onnx.ModelProto) -> onnx.ModelProto:
    """Every fp16 tensor, constant and cast of the graph made fp32 again (same as gpu_prepare.py)."""
    fp16, fp32 = onnx.TensorProto.FLOAT16, onnx.TensorProto.FLOAT
    out = onnx.ModelProto()
    out.CopyFrom(model)

    def fix_tensor(t: onnx.TensorProto) -> None:
        if t.data_type == fp16:
            t.CopyFrom(numpy_helper.from_array(numpy_helper.to_array(t).astype(np.float32), t.name))

    for init in out.graph.initializer:
        fix_tensor(init)
    for node in out.graph.node:
        for attr in node.attribute:
            if attr.type == onnx.AttributeProto.TENSOR:
                fix_tensor(attr.t)
            elif attr.name == "to" and attr.i == fp16:
                attr.i = fp32
    for vi in [*out.graph.value_info, *out.graph.input, *out.graph.output]:
        if vi.type.tensor_type.elem_type == fp16:
            vi.type.tensor_type.elem_type = fp32
    return out


def for_onnx2torch(model: onnx.ModelProto) -> onnx.ModelProto:
    """Drops trailing empty optional inputs (the graph's Clip has min but no max, written as ''), which
    onnx2torch 1.5.15 takes for a missing dynamic value. ONNX defines both spellings the same."""
    out = onnx.ModelProto()
    out.CopyFrom(model)
    for node in out.graph.node:
        while node.input and node.input[-1] == "":
            node.input.pop()
    return out


def load_onnx2torch() -> Any:
    """Imports onnx2torch and registers the two opset-18 ops of our graph that 1.5.15 lacks."""
    try:
        importlib.import_module("torchvision")
    except ImportError:
        # onnx2torch imports torchvision for its NMS and RoIAlign converters only; our graph has neither.
        tv = types.ModuleType("torchvision")
        tv_ops = types.ModuleType("torchvision.ops")
        tv_ops.roi_align = None  # type: ignore[attr-defined]
        tv.ops = tv_ops  # type: ignore[attr-defined]
        sys.modules["torchvision"] = tv
        sys.modules["torchvision.ops"] = tv_ops
    o2t = importlib.import_module("onnx2torch")
    registry = importlib.import_module("onnx2torch.node_converters.registry")
    common = importlib.import_module("onnx2torch.utils.common")
    comparisons = importlib.import_module("onnx2torch.node_converters.comparisons")

    class ReduceL2(torch.nn.Module):  # type: ignore[misc]
        def __init__(self, axes: list[int] | None, keepdims: bool) -> None:
            super().__init__()
            self.axes = axes
            self.keepdims = keepdims

        def forward(self, x: Any) -> Any:
            dims = self.axes if self.axes is not None else list(range(x.dim()))
            return torch.sqrt(torch.sum(x * x, dim=dims, keepdim=self.keepdims))

    def reduce_l2_v18(node: Any, graph: Any) -> Any:
        # Opset 18 moved `axes` from an attribute to an optional (here constant) input.
        axes = None
        if len(node.input_values) > 1 and node.input_values[1]:
            axes = [int(a) for a in common.get_const_value(node.input_values[1], graph).tolist()]
        return common.OperationConverterResult(
            torch_module=ReduceL2(axes, bool(node.attributes.get("keepdims", 1))),
            onnx_mapping=common.OnnxMapping(inputs=(node.input_values[0],), outputs=node.output_values),
        )

    def greater_or_equal_v16(node: Any, graph: Any) -> Any:
        # Opset 16 only added bfloat16 to GreaterOrEqual; the opset-12 module does the same thing.
        return common.OperationConverterResult(
            torch_module=comparisons.OnnxCompare(operation_type="GreaterOrEqual"),
            onnx_mapping=common.onnx_mapping_from_node(node),
        )

    class Flatten(torch.nn.Module):  # type: ignore[misc]
        def __init__(self, axis: int) -> None:
            super().__init__()
            self.axis = axis

        def forward(self, x: Any) -> Any:
            axis = self.axis if self.axis >= 0 else self.axis + x.dim()
            outer = 1
            for size in x.shape[:axis]:
                outer *= size
            inner = 1
            for size in x.shape[axis:]:
                inner *= size
            return x.reshape(outer, inner)

    def flatten_v13(node: Any, graph: Any) -> Any:
        # onnx2torch 1.5.15 fails when axis equals the rank (ONNX: [B, T] with axis 2 -> [B*T, 1]),
        # which the exported attention-mask code does.
        return common.OperationConverterResult(
            torch_module=Flatten(int(node.attributes.get("axis", 1))),
            onnx_mapping=common.onnx_mapping_from_node(node),
        )

    # Written into the registry directly: Flatten replaces onnx2torch's own entry.
    for op, version, fn in (
        ("ReduceL2", 18, reduce_l2_v18),
        ("GreaterOrEqual", 16, greater_or_equal_v16),
        ("Flatten", 13, flatten_v13),
    ):
        key = registry.OperationDescription(domain="", operation_type=op, version=version)
        registry._CONVERTER_REGISTRY[key] = fn
    return o2t


def specialize(module: Any, args: Sequence[Any]) -> Any:
    """The converted graph fixed to the shapes of `args`: every node that depends only on constants and
    input shapes (the exported shape arithmetic: Shape, Gather, Concat, Range, ConstantOfShape, ...) is
    computed once and becomes a constant, and Reshape / Expand take the concrete output shapes.

    Eager onnx2torch runs that arithmetic on the GPU and reads results back to the host (Reshape's
    `torch.Size(tensor)`, Range's `.item()`) about a hundred times per forward pass, each a device sync;
    onnxruntime runs the same nodes on the CPU. What is left here is the graph's tensor work, with no
    host reads, so it can be replayed as a CUDA graph. Valid only for inputs of the same shapes."""
    values: dict[Any, Any] = {}

    class Recorder(Interpreter):  # type: ignore[misc]
        def run_node(self, n: Any) -> Any:
            values[n] = out = super().run_node(n)
            return out

    with torch.inference_mode():
        Recorder(module).run(*args)
    modules = dict(module.named_modules())
    static: set[Any] = set()
    for n in module.graph.nodes:
        kind = type(modules[n.target]).__name__ if n.op == "call_module" else ""
        if n.op == "get_attr" or (
            n.op in ("call_module", "call_function", "call_method")
            and (kind == "OnnxShape" or all(i in static for i in n.all_input_nodes))
        ):
            static.add(n)

    graph = Graph()
    env: dict[Any, Any] = {}
    constants: dict[Any, Any] = {}

    def lookup(n: Any) -> Any:
        if n not in static:
            return env[n]
        if n not in constants:
            value = values[n]
            if isinstance(value, torch.Tensor):
                name = f"specialized_const_{len(constants)}"
                module.register_buffer(name, value.detach().clone(), persistent=False)
                constants[n] = graph.get_attr(name)
            else:
                constants[n] = value
        return constants[n]

    for n in module.graph.nodes:
        if n in static:
            continue
        if n.op == "placeholder":
            env[n] = graph.placeholder(n.name)
        elif n.op == "output":
            graph.output(map_arg(n.args[0], lookup))
        else:
            kind = type(modules[n.target]).__name__ if n.op == "call_module" else ""
            shape = tuple(values[n].shape) if isinstance(values[n], torch.Tensor) else None
            if kind == "OnnxReshape" and shape is not None:
                env[n] = graph.call_method("reshape", (lookup(n.args[0]), shape))
            elif kind == "OnnxExpand" and shape is not None:
                env[n] = graph.call_function(torch.broadcast_to, (lookup(n.args[0]), shape))
            else:
                env[n] = graph.node_copy(n, lookup)
    out = GraphModule(module, graph)
    out.graph.eliminate_dead_code()
    out.recompile()
    # The new module holds its own references; the shared one must not grow with every shape.
    for name in [k for k in module._buffers if k.startswith("specialized_const_")]:
        del module._buffers[name]
    return out.eval()


# ---------------------------------------------------------------- inputs


class Encoder:
    """Tokenization as the runtime does it (extproc.classify.tokenize): truncate to 128, pad to longest."""

    def __init__(self, path: Path) -> None:
        self.tok = Tokenizer.from_file(str(path))
        self.tok.no_padding()
        self.tok.no_truncation()
        self.raw = Tokenizer.from_file(str(path))
        self.raw.no_padding()
        self.raw.no_truncation()
        self.tok.enable_truncation(max_length=MAX_TOKENS)
        pad_id = self.tok.token_to_id("[PAD]")
        self.tok.enable_padding(pad_id=0 if pad_id is None else pad_id, pad_token="[PAD]", length=None)

    def __call__(self, texts: Sequence[str]) -> Feeds:
        encs = self.tok.encode_batch(list(texts))
        return {
            "input_ids": np.asarray([e.ids for e in encs], dtype=np.int64),
            "attention_mask": np.asarray([e.attention_mask for e in encs], dtype=np.int64),
        }

    def prompts(self, corpus: Sequence[str], tokens: int, count: int) -> list[str]:
        """`count` distinct texts of about `tokens` tokens (special tokens included), cut from `corpus`."""
        ids = self.raw.encode(" ".join(corpus) * 4, add_special_tokens=False).ids
        # One extra token at 128 so the runtime's truncation, not wordpiece round-tripping, sets the length.
        n = tokens - 2 + (1 if tokens >= MAX_TOKENS else 0)
        step = max(1, (len(ids) - n) // max(1, count))
        return [self.raw.decode(ids[i * step : i * step + n]) for i in range(count)]


# ---------------------------------------------------------------- comparison and timing


def compare(got: dict[str, FloatArray], ref: dict[str, FloatArray], mask: IntArray) -> dict[str, float]:
    emb_a, emb_b = got["embedding"], ref["embedding"]
    cos = (emb_a * emb_b).sum(1) / (np.linalg.norm(emb_a, axis=1) * np.linalg.norm(emb_b, axis=1))
    real = mask.astype(bool)
    finite = all(bool(np.isfinite(v).all()) for v in got.values())
    return {
        "all_finite": finite,
        "embedding_min_cosine": round(float(cos.min()), 7),
        "domain_max_abs": round(float(np.abs(got["domain_logits"] - ref["domain_logits"]).max()), 6),
        "jailbreak_max_abs": round(float(np.abs(got["jailbreak_logits"] - ref["jailbreak_logits"]).max()), 6),
        "pii_max_abs": round(float(np.abs(got["pii_logits"] - ref["pii_logits"])[real].max()), 6),
        "domain_argmax_agree": float(
            (got["domain_logits"].argmax(1) == ref["domain_logits"].argmax(1)).mean()
        ),
        "jailbreak_argmax_agree": float(
            (got["jailbreak_logits"].argmax(1) == ref["jailbreak_logits"].argmax(1)).mean()
        ),
        "pii_token_argmax_agree": float(
            (got["pii_logits"].argmax(2) == ref["pii_logits"].argmax(2))[real].mean()
        ),
    }


def stats(samples_s: Sequence[float]) -> dict[str, float]:
    ms = np.asarray(samples_s) * 1000.0
    return {
        "p50_ms": round(float(np.percentile(ms, 50)), 4),
        "p99_ms": round(float(np.percentile(ms, 99)), 4),
        "mean_ms": round(float(ms.mean()), 4),
        "n": len(samples_s),
    }


class Timer:
    """Runs `fn` after warm-up until both `min_iters` and `seconds` are reached; each sample is one call.
    `sync` waits for the GPU inside each timed call, so a sample is the call's full latency."""

    def __init__(self, seconds: float, min_iters: int, warmup: int, sync: Callable[[], None]) -> None:
        self.seconds = seconds
        self.min_iters = min_iters
        self.warmup = warmup
        self.sync = sync

    def samples(self, fn: Callable[[int], object], max_iters: int = 100_000) -> list[float]:
        for i in range(self.warmup):
            fn(i)
        self.sync()
        out: list[float] = []
        deadline = time.perf_counter() + self.seconds
        i = 0
        while (i < self.min_iters or time.perf_counter() < deadline) and i < max_iters:
            t0 = time.perf_counter()
            fn(i)
            self.sync()
            out.append(time.perf_counter() - t0)
            i += 1
        return out

    def back_to_back(self, fn: Callable[[int], object], iters: int) -> float:
        """Seconds per call with calls queued without waiting: the device-bound rate when the host keeps up."""
        fn(0)
        self.sync()
        t0 = time.perf_counter()
        for i in range(iters):
            fn(i)
        self.sync()
        return (time.perf_counter() - t0) / iters


def cycling(fn: Callable[[T], object], items: Sequence[T]) -> Callable[[int], object]:
    """A timed call that feeds `fn` the items in turn, so no call sees the previous call's input."""
    return lambda i: fn(items[i % len(items)])


def splat(fn: Callable[..., object]) -> Callable[[tuple[Any, ...]], object]:
    return lambda args: fn(*args)


# ---------------------------------------------------------------- runners


class TorchRunner:
    def __init__(self, module: Any, device: Any, tf32: bool = False) -> None:
        self.module = module.eval().to(device)
        self.device = device
        self.tf32 = tf32

    def to_device(self, feeds: Feeds) -> tuple[Any, Any]:
        return (
            torch.from_numpy(feeds["input_ids"]).to(self.device, non_blocking=True),
            torch.from_numpy(feeds["attention_mask"]).to(self.device, non_blocking=True),
        )

    def forward(self, ids: Any, mask: Any) -> Any:
        with torch.inference_mode(), tf32_matmul(self.tf32):
            return self.module(ids, mask)

    def forward_pair(self, pair: tuple[Any, Any]) -> Any:
        return self.forward(*pair)

    def run_numpy(self, feeds: Feeds) -> dict[str, FloatArray]:
        outs = self.forward(*self.to_device(feeds))
        return {n: o.float().cpu().numpy() for n, o in zip(OUTPUTS, outs, strict=True)}


@contextlib.contextmanager
def tf32_matmul(on: bool) -> Iterator[None]:
    before = torch.backends.cuda.matmul.allow_tf32, torch.backends.cudnn.allow_tf32
    torch.backends.cuda.matmul.allow_tf32 = on
    torch.backends.cudnn.allow_tf32 = on
    try:
        yield
    finally:
        torch.backends.cuda.matmul.allow_tf32, torch.backends.cudnn.allow_tf32 = before


def ort_session(model: onnx.ModelProto | bytes, providers: list[str], threads: int) -> Any:
    opts = ort.SessionOptions()
    opts.log_severity_level = 3
    opts.intra_op_num_threads = threads
    src = model if isinstance(model, bytes) else model.SerializeToString()
    return ort.InferenceSession(src, opts, providers=providers)


def ort_run(sess: Any, feeds: Feeds) -> dict[str, FloatArray]:
    outs = sess.run(list(OUTPUTS), dict(feeds))
    return {n: np.asarray(o, dtype=np.float32) for n, o in zip(OUTPUTS, outs, strict=True)}


class StaticRunner:
    """`specialize`d to one (batch, tokens) shape and, on a GPU, captured as a CUDA graph: one replay
    per call, inputs copied into fixed buffers. Serving this way means padding to a few shape buckets."""

    def __init__(self, runner: TorchRunner, batch: int, tokens: int, cuda_graph: bool) -> None:
        self.device = runner.device
        self.ids = torch.zeros((batch, tokens), dtype=torch.int64, device=self.device)
        self.mask = torch.ones((batch, tokens), dtype=torch.int64, device=self.device)
        self.fn = specialize(runner.module, (self.ids, self.mask))
        self.graph: Any = None
        with torch.inference_mode():
            self.out = self.fn(self.ids, self.mask)
            if cuda_graph:
                side = torch.cuda.Stream()
                side.wait_stream(torch.cuda.current_stream())
                with torch.cuda.stream(side):
                    for _ in range(3):
                        self.fn(self.ids, self.mask)
                torch.cuda.current_stream().wait_stream(side)
                self.graph = torch.cuda.CUDAGraph()
                with torch.cuda.graph(self.graph):
                    self.out = self.fn(self.ids, self.mask)

    def forward(self, ids: Any, mask: Any) -> Any:
        with torch.inference_mode():
            self.ids.copy_(ids, non_blocking=True)
            self.mask.copy_(mask, non_blocking=True)
            if self.graph is None:
                return self.fn(self.ids, self.mask)
            self.graph.replay()
            return self.out

    def forward_pair(self, pair: tuple[Any, Any]) -> Any:
        return self.forward(*pair)

    def run_numpy(self, feeds: Feeds) -> dict[str, FloatArray]:
        outs = self.forward(torch.from_numpy(feeds["input_ids"]), torch.from_numpy(feeds["attention_mask"]))
        return {n: o.float().cpu().numpy() for n, o in zip(OUTPUTS, outs, strict=True)}

    def close(self) -> None:
        self.graph = None
        self.out = None


def pad_to(feeds: Feeds, tokens: int) -> Feeds:
    """Right-pads (or cuts) a batch to exactly `tokens` columns: the shape bucket of a static runner."""
    out: Feeds = {}
    for key, arr in feeds.items():
        fixed = np.zeros((arr.shape[0], tokens), dtype=np.int64)
        width = min(tokens, arr.shape[1])
        fixed[:, :width] = arr[:, :width]
        out[key] = fixed
    return out


def max_abs(a: Any, b: Any) -> float:
    return max(float((x.float() - y.float()).abs().max()) for x, y in zip(a, b, strict=True))


def bench_static(
    runner: TorchRunner,
    enc: Encoder,
    corpus: Sequence[str],
    timer: Timer,
    lengths: Sequence[int],
    batches: Sequence[int],
    cuda_graph: bool,
) -> dict[str, Any]:
    """Like `bench_torch`, with one StaticRunner per shape; end to end pads to the bucket's length."""
    res: dict[str, Any] = {"latency": {}, "throughput_128": {}}
    shapes = [(1, n, "latency") for n in lengths] + [(b, MAX_TOKENS, "throughput_128") for b in batches]
    for size, tokens, kind in shapes:
        row = static_point(runner, enc, corpus, timer, size, tokens, cuda_graph)
        if kind == "latency":
            res["latency"][str(tokens)] = row
            log(f"  static {size}x{tokens}: model p50 {row['model']['p50_ms']} ms, e2e p50 "
                f"{row['end_to_end']['p50_ms']} ms, max |diff| vs eager {row['max_abs_vs_eager']}")  # fmt: skip
        else:
            p50 = row.pop("model")["p50_ms"] / 1000
            e2e50 = row.pop("end_to_end")["p50_ms"] / 1000
            row |= {
                "batch_p50_ms": round(p50 * 1000, 4),
                "prompts_per_s": round(size / p50, 1),
                "end_to_end_batch_p50_ms": round(e2e50 * 1000, 4),
                "end_to_end_prompts_per_s": round(size / e2e50, 1),
            }
            res["throughput_128"][str(size)] = row
            log(f"  static batch {size:>3} x {tokens}: {row['prompts_per_s']} prompts/s, e2e "
                f"{row['end_to_end_prompts_per_s']}/s, max |diff| vs eager {row['max_abs_vs_eager']}")  # fmt: skip
        if runner.device.type == "cuda":
            torch.cuda.empty_cache()
    return res


def static_point(
    runner: TorchRunner,
    enc: Encoder,
    corpus: Sequence[str],
    timer: Timer,
    size: int,
    tokens: int,
    cuda_graph: bool,
) -> dict[str, Any]:
    """One shape of `bench_static`: build, check against eager on other inputs, time model and end to end."""
    texts = enc.prompts(corpus, tokens, max(64, size))
    groups = [[texts[(g * size + j) % len(texts)] for j in range(size)] for g in range(4)]
    feeds = [pad_to(enc(g), tokens) for g in groups]
    dev = [runner.to_device(f) for f in feeds]
    t0 = time.perf_counter()
    static = StaticRunner(runner, size, tokens, cuda_graph)
    build_s = time.perf_counter() - t0
    try:
        # Same shape, other inputs than the ones it was built with: it must still match eager.
        diff = max_abs(static.forward(*dev[1]), runner.forward(*dev[1]))
        model = timer.samples(cycling(static.forward_pair, dev), max_iters=5000)
        e2e = timer.samples(
            cycling(lambda g: static.run_numpy(pad_to(enc(g), tokens)), groups), max_iters=2000
        )
    finally:
        static.close()
    return {
        "build_s": round(build_s, 2),
        "max_abs_vs_eager": round(diff, 6),
        "model": stats(model),
        "end_to_end": stats(e2e),
    }


def sync_free(runner: TorchRunner, feeds: Feeds) -> dict[str, Any]:
    """Whether a forward pass reads from the GPU synchronously: eager onnx2torch, and specialized."""
    ids, mask = runner.to_device(feeds)
    res: dict[str, Any] = {}
    static = StaticRunner(runner, ids.shape[0], ids.shape[1], cuda_graph=False)
    for name, fn in (("eager", runner.forward), ("specialized", static.fn)):
        torch.cuda.synchronize()
        torch.cuda.set_sync_debug_mode("error")
        try:
            with torch.inference_mode():
                fn(ids, mask)
            res[name] = "no host syncs"
        except RuntimeError as exc:
            res[name] = f"syncs: {str(exc).splitlines()[0]}"
        finally:
            torch.cuda.set_sync_debug_mode("default")
    torch.cuda.synchronize()
    return res


# ---------------------------------------------------------------- benchmark sections


def bench_torch(
    runner: TorchRunner,
    enc: Encoder,
    corpus: Sequence[str],
    timer: Timer,
    lengths: Sequence[int],
    batches: Sequence[int],
    with_latency: bool,
) -> dict[str, Any]:
    res: dict[str, Any] = {"latency": {}, "throughput_128": {}}
    if with_latency:
        for length in lengths:
            texts = enc.prompts(corpus, length, 64)
            feeds = [enc([t]) for t in texts]
            dev = [runner.to_device(f) for f in feeds]
            model_only = timer.samples(cycling(runner.forward_pair, dev))
            e2e = timer.samples(cycling(lambda t: runner.run_numpy(enc([t])), texts))
            res["latency"][str(length)] = {
                "mean_tokens": round(float(np.mean([f["attention_mask"].sum() for f in feeds])), 1),
                "model": stats(model_only),
                "end_to_end": stats(e2e),
            }
            log(f"  latency {length:>3} tok: model p50 {res['latency'][str(length)]['model']['p50_ms']} ms, "
                f"e2e p50 {res['latency'][str(length)]['end_to_end']['p50_ms']} ms")  # fmt: skip
    texts = enc.prompts(corpus, MAX_TOKENS, 64)
    for size in batches:
        groups = [[texts[(g * size + j) % len(texts)] for j in range(size)] for g in range(4)]
        feeds = [enc(g) for g in groups]
        dev = [runner.to_device(f) for f in feeds]
        per_batch = timer.samples(cycling(runner.forward_pair, dev), max_iters=2000)
        queued = timer.back_to_back(cycling(runner.forward_pair, dev), max(3, len(per_batch) // 2))
        e2e = timer.samples(cycling(lambda g: runner.run_numpy(enc(g)), groups), max_iters=500)
        p50 = float(np.percentile(per_batch, 50))
        row = {
            "seq_len": int(feeds[0]["input_ids"].shape[1]),
            "batch_p50_ms": round(p50 * 1000, 4),
            "prompts_per_s": round(size / p50, 1),
            "queued_prompts_per_s": round(size / queued, 1),
            "end_to_end_batch_p50_ms": round(float(np.percentile(e2e, 50)) * 1000, 4),
            "end_to_end_prompts_per_s": round(size / float(np.percentile(e2e, 50)), 1),
        }
        res["throughput_128"][str(size)] = row
        log(f"  batch {size:>3} x {row['seq_len']}: {row['prompts_per_s']} prompts/s (queued "
            f"{row['queued_prompts_per_s']}), e2e {row['end_to_end_prompts_per_s']}/s")  # fmt: skip
    return res


def bench_ort(
    sess: Any,
    enc: Encoder,
    corpus: Sequence[str],
    timer: Timer,
    lengths: Sequence[int],
    batches: Sequence[int],
) -> dict[str, Any]:
    """onnxruntime with numpy feeds, as the router calls it (copies in and out included)."""
    res: dict[str, Any] = {"latency": {}, "throughput_128": {}}
    for length in lengths:
        texts = enc.prompts(corpus, length, 32)
        feeds = [enc([t]) for t in texts]
        samples = timer.samples(cycling(lambda f: ort_run(sess, f), feeds), max_iters=2000)
        res["latency"][str(length)] = {"session": stats(samples)}
        log(f"  latency {length:>3} tok: session p50 {res['latency'][str(length)]['session']['p50_ms']} ms")
    texts = enc.prompts(corpus, MAX_TOKENS, 64)
    for size in batches:
        feeds = [enc([texts[(g * size + j) % len(texts)] for j in range(size)]) for g in range(2)]
        samples = timer.samples(cycling(lambda f: ort_run(sess, f), feeds), max_iters=500)
        p50 = float(np.percentile(samples, 50))
        res["throughput_128"][str(size)] = {
            "batch_p50_ms": round(p50 * 1000, 3),
            "prompts_per_s": round(size / p50, 1),
        }
        log(f"  batch {size:>3}: {res['throughput_128'][str(size)]['prompts_per_s']} prompts/s")
    return res


def bench_tokenizer(
    enc: Encoder, corpus: Sequence[str], timer: Timer, lengths: Sequence[int], batches: Sequence[int]
) -> dict[str, Any]:
    res: dict[str, Any] = {"single": {}, "batch_128": {}}
    for length in lengths:
        texts = enc.prompts(corpus, length, 64)
        res["single"][str(length)] = stats(timer.samples(cycling(lambda t: enc([t]), texts)))
    texts = enc.prompts(corpus, MAX_TOKENS, 64)
    for size in batches:
        groups = [[texts[(g * size + j) % len(texts)] for j in range(size)] for g in range(4)]
        p50 = float(np.percentile(timer.samples(cycling(enc, groups), max_iters=500), 50))
        res["batch_128"][str(size)] = {
            "batch_p50_ms": round(p50 * 1000, 4),
            "prompts_per_s": round(size / p50, 1),
        }
    log(f"  {json.dumps(res)}")
    return res


def compile_check(
    runner: TorchRunner,
    enc: Encoder,
    corpus: Sequence[str],
    timer: Timer,
    shapes: Sequence[tuple[int, int]],
    budget_s: float,
) -> dict[str, Any]:
    """torch.compile of the `specialize`d graph, one compile per shape: inductor's fused kernels, replayed
    as CUDA graphs on a GPU (mode "reduce-overhead"). The eager graph itself does not compile (dynamo
    cannot trace onnx2torch's tensor-valued shapes). No new shape starts once `budget_s` is spent."""
    res: dict[str, Any] = {}
    t_start = time.perf_counter()
    mode = "reduce-overhead" if runner.device.type == "cuda" else "default"
    for size, tokens in shapes:
        key = f"{size}x{tokens}"
        if time.perf_counter() - t_start > budget_s:
            res[key] = "skipped: compile budget spent"
            continue
        texts = enc.prompts(corpus, tokens, max(64, size))
        groups = [[texts[(g * size + j) % len(texts)] for j in range(size)] for g in range(2)]
        dev = [runner.to_device(pad_to(enc(g), tokens)) for g in groups]
        static = StaticRunner(runner, size, tokens, cuda_graph=False)
        compiled = torch.compile(static.fn, mode=mode, dynamic=False, fullgraph=True)
        t0 = time.perf_counter()
        with torch.inference_mode():
            for pair in dev * 2:
                compiled(*pair)
        timer.sync()
        compile_s = time.perf_counter() - t0
        with torch.inference_mode():
            samples = timer.samples(cycling(splat(compiled), dev), max_iters=5000)
            diff = max_abs([o.clone() for o in compiled(*dev[1])], runner.forward(*dev[1]))
        p50 = float(np.percentile(samples, 50))
        res[key] = {
            "mode": mode,
            "compile_s": round(compile_s, 1),
            "model": stats(samples),
            "prompts_per_s": round(size / p50, 1),
            "max_abs_vs_eager": round(diff, 6),
        }
        log(f"  compiled {key}: {res[key]}")
        static.close()
    return res


# ---------------------------------------------------------------- main


def environment(device: Any) -> dict[str, Any]:
    env: dict[str, Any] = {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "torch": torch.__version__,
        "torch_cuda": torch.version.cuda,
        "cuda_available": bool(torch.cuda.is_available()),
        "device": str(device),
        "onnxruntime": ort.__version__,
        "onnxruntime_providers": ort.get_available_providers(),
        "onnx": onnx.__version__,
        "numpy": np.__version__,
    }
    try:
        env["onnx2torch"] = importlib.import_module("importlib.metadata").version("onnx2torch")
    except Exception as exc:
        env["onnx2torch"] = f"unknown ({exc})"
    if device.type == "cuda":
        env["gpu"] = torch.cuda.get_device_name(device)
        env["gpu_capability"] = list(torch.cuda.get_device_capability(device))
    try:
        smi = subprocess.run(
            ["nvidia-smi", "--query-gpu=name,memory.total,driver_version", "--format=csv,noheader"],
            capture_output=True, text=True, timeout=30,
        )  # fmt: skip
        env["nvidia_smi"] = smi.stdout.strip() or smi.stderr.strip()
    except (OSError, subprocess.TimeoutExpired) as exc:
        env["nvidia_smi"] = f"unavailable: {exc}"
    return env


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", type=Path, default=ROOT / ".gpu" / "fp16", help="output of bench/gpu_prepare.py")
    ap.add_argument("--out", type=Path, default=Path(os.environ.get("OUT", "/tmp")) / "gpu_check.json")
    ap.add_argument("--quick", action="store_true", help="smoke run: tiny batches and iteration counts")
    ap.add_argument("--seconds", type=float, default=1.0, help="time per measured point")
    ap.add_argument("--cpu", action="store_true", help="run torch on the CPU even when a GPU is present")
    ap.add_argument("--no-ort-cpu", action="store_true", help="skip timing onnxruntime CPU")
    ap.add_argument("--compile", action="store_true", help="also time torch.compile (reduce-overhead)")
    ap.add_argument("--compile-budget-s", type=float, default=120.0)
    args = ap.parse_args()
    # onnx2torch 1.5.15's Slice indexes with a list; torch warns about it once per run, results unchanged.
    warnings.filterwarnings("ignore", message="Using a non-tuple sequence for multidimensional indexing")

    rep = Report(args.out)
    quick: bool = args.quick
    use_cuda = torch.cuda.is_available() and not args.cpu
    device = torch.device("cuda:0" if use_cuda else "cpu")
    sync: Callable[[], None] = torch.cuda.synchronize if use_cuda else (lambda: None)
    if quick and not use_cuda:
        # A smoke run shares a small machine: torch's OpenMP threads then spin against other work,
        # measured 100x slower with 2 threads than with 1 on a busy 2-core box.
        torch.set_num_threads(1)
    lengths = (16,) if quick else (16, 64, 128)
    batches = (1, 2) if quick else (1, 8, 32, 128, 256)
    timer = Timer(0.02 if quick else args.seconds, 3 if quick else 30, 2 if quick else 10, sync)
    cpu_timer = Timer(
        0.02 if quick else min(args.seconds, 1.0), 3 if quick else 10, 2 if quick else 3, lambda: None
    )
    rep.data["settings"] = {"quick": quick, "seconds": timer.seconds, "lengths": lengths, "batches": batches}

    with rep.section("environment"):
        rep.data["environment"] = environment(device)
        log(json.dumps(rep.data["environment"], indent=1))

    d: Path = args.dir
    with rep.section("load"):
        enc = Encoder(d / "tokenizer.json")
        corpus: list[str] = json.loads((d / "prompts.json").read_text())
        ref_npz = np.load(d / "reference.npz")
        ref = {n: ref_npz[n] for n in OUTPUTS}
        ref_feeds: Feeds = {"input_ids": ref_npz["input_ids"], "attention_mask": ref_npz["attention_mask"]}
        rep.data["manifest"] = json.loads((d / "manifest.json").read_text())
        model16 = onnx.load(str(d / "router.fp16.onnx"))
        model32 = upcast_fp16_graph(model16)
    if "load" in rep.data["errors"]:
        log(f"cannot load {d}: run bench/gpu_prepare.py and carry it; wrote {args.out}")
        sys.exit(1)
    threads = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)

    with rep.section("tokenizer_matches_reference"):
        mine = enc(corpus)
        same = all(np.array_equal(mine[k], ref_feeds[k]) for k in ref_feeds)
        rep.data["tokenizer_matches_reference"] = same
        log(f"  same ids and masks as gpu_prepare: {same}")

    # The fp32-upcast graph on onnxruntime CPU: the baseline both for accuracy and for CPU speed here.
    ort_cpu: Any = None
    with rep.section("ort_cpu_accuracy"):
        ort_cpu = ort_session(model32, [CPU_EP], threads)
        rep.data.setdefault("accuracy", {})["ort_cpu_fp32_upcast"] = compare(
            ort_run(ort_cpu, ref_feeds), ref, ref_feeds["attention_mask"]
        )
        log(f"  {rep.data['accuracy']}")

    runners: dict[str, TorchRunner] = {}
    with rep.section("convert"):
        o2t = load_onnx2torch()
        t0 = time.perf_counter()
        runners["fp16"] = TorchRunner(o2t.convert(for_onnx2torch(model16)), device)
        runners["fp32"] = TorchRunner(o2t.convert(for_onnx2torch(model32)), device)
        rep.data["convert_s"] = round(time.perf_counter() - t0, 2)
        log(f"  onnx2torch: 2 graphs in {rep.data['convert_s']}s on {device}")

    for name, runner in runners.items():
        with rep.section(f"accuracy_torch_{name}"):
            got = runner.run_numpy(ref_feeds)
            rep.data.setdefault("accuracy", {})[f"torch_{device.type}_{name}"] = cmp = compare(
                got, ref, ref_feeds["attention_mask"]
            )
            log(f"  {cmp}")

    for name, runner in runners.items():
        with rep.section(f"accuracy_static_{name}"):
            rows, cols = ref_feeds["input_ids"].shape
            static = StaticRunner(runner, rows, cols, cuda_graph=use_cuda)
            label = f"torch_{device.type}_{name}_specialized" + ("_cudagraph" if use_cuda else "")
            rep.data.setdefault("accuracy", {})[label] = cmp = compare(
                static.run_numpy(ref_feeds), ref, ref_feeds["attention_mask"]
            )
            static.close()
            log(f"  {cmp}")
    if use_cuda and "fp16" in runners:
        with rep.section("sync_check"):
            rep.data["host_syncs_per_forward"] = sync_free(runners["fp16"], ref_feeds)
            log(f"  {rep.data['host_syncs_per_forward']}")

    with rep.section("tokenizer_cost"):
        rep.data["tokenizer_cpu"] = bench_tokenizer(enc, corpus, cpu_timer, lengths, batches)

    bench: dict[str, Any] = rep.data.setdefault("bench", {})
    for name, runner in runners.items():
        if name == "fp16" and not use_cuda:
            # Half precision on a CPU runs through slow fallback kernels; its time says nothing.
            continue
        with rep.section(f"bench_torch_{name}"):
            bench[f"torch_{device.type}_{name}"] = bench_torch(
                runner, enc, corpus, timer, lengths, batches, True
            )
    for name, runner in runners.items():
        if name == "fp16" and not use_cuda:
            continue
        label = f"torch_{device.type}_{name}_specialized" + ("_cudagraph" if use_cuda else "")
        with rep.section(f"bench_{label}"):
            bench[label] = bench_static(runner, enc, corpus, timer, lengths, batches, use_cuda)
    if use_cuda and "fp32" in runners:
        with rep.section("bench_torch_fp32_tf32"):
            tf32 = TorchRunner(runners["fp32"].module, device, tf32=True)
            bench["torch_cuda_fp32_tf32"] = bench_torch(tf32, enc, corpus, timer, lengths, batches, False)

    # Only builds with a CUDA provider (onnxruntime-gpu) get here; the device's stock build has none.
    if use_cuda and CUDA_EP in ort.get_available_providers():
        for name, model in (("fp16", model16), ("fp32", model32)):
            with rep.section(f"ort_cuda_{name}"):
                sess = ort_session(model, [CUDA_EP, CPU_EP], threads)
                rep.data.setdefault("accuracy", {})[f"ort_cuda_{name}"] = compare(
                    ort_run(sess, ref_feeds), ref, ref_feeds["attention_mask"]
                )
                rep.data["ort_cuda_providers_used"] = sess.get_providers()
                bench[f"ort_cuda_{name}"] = bench_ort(sess, enc, corpus, timer, lengths, batches)
    else:
        rep.data["ort_cuda"] = "not run: " + (
            "no GPU" if not use_cuda else "this onnxruntime build has no CUDA provider"
        )

    if ort_cpu is not None and not args.no_ort_cpu:
        with rep.section("bench_ort_cpu"):
            cpu_batches = (1, 2) if quick else (1, 8, 32)
            bench[f"ort_cpu_fp32_upcast_{threads}threads"] = bench_ort(
                ort_cpu, enc, corpus, cpu_timer, lengths, cpu_batches
            )

    if args.compile and "fp16" in runners:
        with rep.section("torch_compile_fp16"):
            shapes = [(1, 16)] if quick else [(1, 128), (256, 128), (32, 128)]
            bench[f"torch_{device.type}_fp16_compiled"] = compile_check(
                runners["fp16"], enc, corpus, timer, shapes, args.compile_budget_s
            )

    rep.save()
    log(f"done in {rep.elapsed():.1f}s; errors: {list(rep.data['errors']) or 'none'}; wrote {args.out}")


if __name__ == "__main__":
    main()
