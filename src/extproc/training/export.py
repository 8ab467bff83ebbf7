"""ONNX export of the router graph (fp32), dynamic int8 quantization, and an onnxruntime runner for the
evaluation. Build venv only."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import onnxruntime as ort
import torch
from tokenizers import Encoding, Tokenizer

from extproc.classify.contract import ATTENTION_MASK, INPUT_IDS, INPUT_NAMES, OUTPUT_NAMES, TOKEN_OUTPUTS
from extproc.training.heads import RouterGraph

OPSET = 18


def export_fp32(graph: RouterGraph, path: Path) -> None:
    """TorchScript-based export (dynamo=False: the dynamo exporter produced an invalid graph here)
    with dynamic batch and sequence axes."""
    graph.eval()
    ids = torch.tensor([[101, 7592, 2088, 102, 0], [101, 7592, 2088, 999, 102]], dtype=torch.int64)
    mask = (ids != 0).to(torch.int64)
    batch_seq = {0: "batch", 1: "sequence"}
    dynamic_axes = {name: batch_seq for name in INPUT_NAMES} | {
        name: batch_seq if name in TOKEN_OUTPUTS else {0: "batch"} for name in OUTPUT_NAMES
    }
    with warnings.catch_warnings():
        # Tracer warnings about Python control flow in transformers' mask code: the traced branch is
        # the one for masks as long as the input, which is always the case here.
        warnings.simplefilter("ignore")
        torch.onnx.export(
            graph,
            (ids, mask),
            str(path),
            dynamo=False,
            opset_version=OPSET,
            input_names=list(INPUT_NAMES),
            output_names=list(OUTPUT_NAMES),
            dynamic_axes=dynamic_axes,
            do_constant_folding=True,
        )


def quantize_int8(fp32_path: Path, int8_path: Path) -> None:
    """Dynamic int8 with per-channel weight scales (per-tensor scales cost ~0.09 embedding cosine)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(fp32_path), str(int8_path), per_channel=True, weight_type=QuantType.QInt8)


@dataclass
class GraphOutputs:
    embedding: npt.NDArray[np.float32]  # [N, D]
    domain_logits: npt.NDArray[np.float32]  # [N, n_domains]
    jailbreak_logits: npt.NDArray[np.float32]  # [N, 2]
    pii_logits: list[npt.NDArray[np.float32]]  # per text [T_i, n_tags], padding removed
    encodings: list[Encoding]


class OnnxRunner:
    """Runs an exported graph the way the runtime does: tokenizers, explicit padding, CPU provider."""

    def __init__(self, path: Path, tokenizer: Tokenizer, threads: int) -> None:
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.tokenizer = tokenizer

    def run(self, texts: Sequence[str], batch_size: int = 32) -> GraphOutputs:
        encodings = [self.tokenizer.encode(t) for t in texts]
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        n = len(texts)
        embedding: npt.NDArray[np.float32] | None = None
        domain: npt.NDArray[np.float32] | None = None
        jailbreak: npt.NDArray[np.float32] | None = None
        pii: list[npt.NDArray[np.float32]] = [np.zeros((0, 0), np.float32)] * n
        for b in range(0, n, batch_size):
            rows = order[b : b + batch_size]
            width = max(len(encodings[i].ids) for i in rows)
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for r, i in enumerate(rows):
                ids[r, : len(encodings[i].ids)] = encodings[i].ids
                mask[r, : len(encodings[i].ids)] = 1
            emb, dom, jb, tags = self.session.run(list(OUTPUT_NAMES), {INPUT_IDS: ids, ATTENTION_MASK: mask})
            if embedding is None:
                embedding = np.zeros((n, emb.shape[1]), np.float32)
                domain = np.zeros((n, dom.shape[1]), np.float32)
                jailbreak = np.zeros((n, jb.shape[1]), np.float32)
            assert domain is not None and jailbreak is not None
            embedding[rows], domain[rows], jailbreak[rows] = emb, dom, jb
            for r, i in enumerate(rows):
                pii[i] = tags[r, : len(encodings[i].ids)]
        assert embedding is not None and domain is not None and jailbreak is not None
        return GraphOutputs(embedding, domain, jailbreak, pii, encodings)
