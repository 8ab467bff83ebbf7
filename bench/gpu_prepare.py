"""Packs what `bench/gpu_check.py` needs on a GPU machine into `.gpu/fp16/` (ignored by git).

    .venv-build/bin/python bench/gpu_prepare.py [--models-dir models] [--out .gpu/fp16]

The GPU machine takes at most 64 MiB of files with it and has no network. The shipped fp32 graph
(92 MB) does not fit, so this writes:
- `router.fp16.onnx`: the shipped graph with fp16 weights and compute, fp32/int64 inputs and outputs
  (`convert_float_to_float16(keep_io_types=True)`), about half the size;
- `tokenizer.json`, `labels.json` from the models dir;
- `reference.npz` + `prompts.json`: 32 prompts from `data/` tokenized as the runtime does (truncate to
  128, pad to the longest), and the shipped fp32 graph's outputs for them from onnxruntime CPU, so the
  device compares its results with the real fp32 graph rather than with another fp16 run;
- `wheels/`: onnx2torch (pure Python), which the device lacks;
- `manifest.json`: hashes, sizes, and how far the fp16 graph and its fp32 upcast are from the fp32
  graph here on CPU (so a difference seen on the GPU can be split into weight rounding and compute).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import onnx
import onnxruntime as ort
from onnx import numpy_helper
from tokenizers import Tokenizer

ROOT = Path(__file__).resolve().parents[1]
ONNX2TORCH = "onnx2torch==1.5.15"
MAX_TOKENS = 128
OUTPUTS = ("embedding", "domain_logits", "jailbreak_logits", "pii_logits")
# The device must carry this directory plus the git tree in 64 MiB; leave room for the tree.
SIZE_LIMIT_BYTES = 55 * 1024 * 1024

FloatArray = npt.NDArray[np.float32]


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def to_fp16(src: Path, dst: Path) -> None:
    # Imported here: only the model-build venv's onnxruntime ships the transformers tools.
    from onnxruntime.transformers.float16 import convert_float_to_float16

    model = onnx.load(str(src))
    model16 = convert_float_to_float16(model, keep_io_types=True)
    onnx.save(model16, str(dst))


def upcast_fp16_graph(model: onnx.ModelProto) -> onnx.ModelProto:
    """The fp16 graph with every fp16 tensor, constant and cast made fp32 again: the shipped graph's
    computation with fp16-rounded weights. The same function lives in gpu_check.py (which must not
    import project code); here it measures what the rounding alone costs."""
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


def pick_prompts(data_dir: Path) -> list[str]:
    """32 real-looking prompts: one per domain, six jailbreak attacks, six benign, six with PII."""
    prompts: list[str] = []

    def rows(path: Path, n: int, stride: int) -> list[str]:
        lines = [json.loads(line)["text"] for line in path.read_text().splitlines() if line.strip()]
        return [str(t) for t in lines[::stride][:n]]

    for path in sorted((data_dir / "domain").glob("*.jsonl")):
        prompts += rows(path, 1, 1)
    prompts += rows(data_dir / "jailbreak" / "attacks.jsonl", 6, 7)
    prompts += rows(data_dir / "jailbreak" / "benign.jsonl", 6, 11)
    prompts += rows(data_dir / "pii" / "synthetic.jsonl", 6, 13)
    return prompts


def encode(tokenizer_path: Path, texts: list[str]) -> dict[str, npt.NDArray[np.int64]]:
    # The runtime's settings (extproc.classify.tokenize): truncate to 128, pad to the batch's longest.
    tok = Tokenizer.from_file(str(tokenizer_path))
    tok.no_padding()
    tok.no_truncation()
    tok.enable_truncation(max_length=MAX_TOKENS)
    pad_id = tok.token_to_id("[PAD]")
    tok.enable_padding(pad_id=0 if pad_id is None else pad_id, pad_token="[PAD]", length=None)
    encs = tok.encode_batch(texts)
    return {
        "input_ids": np.asarray([e.ids for e in encs], dtype=np.int64),
        "attention_mask": np.asarray([e.attention_mask for e in encs], dtype=np.int64),
    }


def run_cpu(model: Path | bytes, feeds: dict[str, npt.NDArray[np.int64]]) -> dict[str, FloatArray]:
    opts = ort.SessionOptions()
    opts.log_severity_level = 3
    src = str(model) if isinstance(model, Path) else model
    sess = ort.InferenceSession(src, opts, providers=["CPUExecutionProvider"])
    outs = sess.run(list(OUTPUTS), dict(feeds))
    return {name: np.asarray(v, dtype=np.float32) for name, v in zip(OUTPUTS, outs, strict=True)}


def compare(got: dict[str, FloatArray], ref: dict[str, FloatArray], mask: FloatArray) -> dict[str, float]:
    """Max abs logit differences (PII only on real tokens), min embedding cosine, argmax agreement."""
    emb_a, emb_b = got["embedding"], ref["embedding"]
    cos = (emb_a * emb_b).sum(1) / (np.linalg.norm(emb_a, axis=1) * np.linalg.norm(emb_b, axis=1))
    real = mask.astype(bool)
    return {
        "embedding_min_cosine": round(float(cos.min()), 7),
        "domain_max_abs": round(float(np.abs(got["domain_logits"] - ref["domain_logits"]).max()), 6),
        "jailbreak_max_abs": round(float(np.abs(got["jailbreak_logits"] - ref["jailbreak_logits"]).max()), 6),
        "pii_max_abs": round(float(np.abs(got["pii_logits"] - ref["pii_logits"])[real].max()), 6),
        "domain_argmax_agree": float(
            (got["domain_logits"].argmax(1) == ref["domain_logits"].argmax(1)).mean()
        ),
        "pii_token_argmax_agree": float(
            (got["pii_logits"].argmax(2) == ref["pii_logits"].argmax(2))[real].mean()
        ),
    }


def fetch_wheel(wheels: Path, wheel: Path | None) -> list[str]:
    wheels.mkdir(parents=True, exist_ok=True)
    if wheel is not None:
        shutil.copy2(wheel, wheels / wheel.name)
    elif not list(wheels.glob("onnx2torch-*.whl")):
        # Pure-Python wheel (py3-none-any), so it installs on the device's Python 3.12 as is.
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:",
             "-d", str(wheels), ONNX2TORCH],
            check=True,
        )  # fmt: skip
    return sorted(p.name for p in wheels.glob("*.whl"))


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models-dir", type=Path, default=ROOT / "models")
    ap.add_argument("--data-dir", type=Path, default=ROOT / "data")
    ap.add_argument("--out", type=Path, default=ROOT / ".gpu" / "fp16")
    ap.add_argument("--wheel", type=Path, default=None, help="a local onnx2torch wheel instead of PyPI")
    args = ap.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    fp32_path = args.models_dir / "router.fp32.onnx"
    fp16_path = out / "router.fp16.onnx"

    t0 = time.perf_counter()
    to_fp16(fp32_path, fp16_path)
    print(
        f"fp16 graph: {fp16_path.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - t0:.1f}s", flush=True
    )
    for name in ("tokenizer.json", "labels.json"):
        shutil.copy2(args.models_dir / name, out / name)
    wheels = fetch_wheel(out / "wheels", args.wheel)

    prompts = pick_prompts(args.data_dir)
    feeds = encode(out / "tokenizer.json", prompts)
    ref = run_cpu(fp32_path, feeds)
    mask = feeds["attention_mask"].astype(np.float32)
    fp16_cpu = compare(run_cpu(fp16_path, feeds), ref, mask)
    upcast = upcast_fp16_graph(onnx.load(str(fp16_path)))
    upcast_cpu = compare(run_cpu(upcast.SerializeToString(), feeds), ref, mask)
    arrays: dict[str, Any] = {**feeds, **ref}
    np.savez_compressed(out / "reference.npz", **arrays)
    (out / "prompts.json").write_text(json.dumps(prompts, ensure_ascii=False, indent=1) + "\n")

    manifest: dict[str, Any] = {
        "source": {"path": str(fp32_path.relative_to(ROOT)), "sha256": sha256(fp32_path)},
        "fp16": {"sha256": sha256(fp16_path), "bytes": fp16_path.stat().st_size},
        "tokenizer_sha256": sha256(out / "tokenizer.json"),
        "wheels": wheels,
        "prompts": len(prompts),
        "reference": "onnxruntime CPU, shipped fp32 graph",
        "onnxruntime": ort.__version__,
        "onnx": onnx.__version__,
        # Against the fp32 graph on this machine's CPU: the floor a GPU fp16 run cannot beat.
        "cpu_fp16_graph_vs_fp32": fp16_cpu,
        "cpu_fp32_upcast_vs_fp32": upcast_cpu,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    total = dir_size(out)
    print(json.dumps({"out": str(out), "bytes": total, **manifest}, indent=2), flush=True)
    if total > SIZE_LIMIT_BYTES:
        sys.exit(
            f"{out} holds {total / 2**20:.1f} MiB, more than the {SIZE_LIMIT_BYTES / 2**20:.0f} MiB budget"
        )


if __name__ == "__main__":
    main()
