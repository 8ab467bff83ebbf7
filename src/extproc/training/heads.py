"""Small heads on the frozen encoder, their training on cached features, and the exported graph.

Build venv only. The encoder stays frozen (its embedding is the semantic-cache key), so each head is
trained from features computed once: the sequence heads on the sentence embedding, the PII head on the
token states.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import torch
from torch import nn

from extproc.training.encoder import encode_batch

# The embedding is unit-length, so its coordinates are ~1/sqrt(384); rescaling to unit variance lets
# the heads train with ordinary learning rates.
EMBEDDING_SCALE = math.sqrt(384.0)


class SentenceHead(nn.Module):  # type: ignore[misc]
    """MLP over the L2-normalised sentence embedding."""

    def __init__(self, dim: int, n_labels: int, hidden: int = 256, dropout: float = 0.2) -> None:
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(dim, hidden), nn.GELU(), nn.Dropout(dropout), nn.Linear(hidden, n_labels)
        )

    def forward(self, embedding: torch.Tensor) -> torch.Tensor:
        out: torch.Tensor = self.net(embedding * EMBEDDING_SCALE)
        return out


def jailbreak_pool(
    embedding: torch.Tensor, token_features: torch.Tensor, attention_mask: torch.Tensor
) -> torch.Tensor:
    """The jailbreak head's input: the sentence embedding plus masked mean and max over the tokens of
    the frozen encoder's token features (layers TOKEN_FEATURE_LAYERS). The mean-pooled final layer is
    tuned for topical similarity, so a short social turn and a short instruction to the model sit close
    together in it; per-token maxima keep the one token that reads as an instruction or a template
    marker anywhere in the window. [B, JAILBREAK_FEATURE_DIM]."""
    mask = attention_mask.to(token_features.dtype).unsqueeze(-1)  # [B, T, 1]
    mean = (token_features * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1.0)
    # Padding gets a large negative value (not -inf, which int8 quantization and 0 * inf dislike).
    peak = (token_features * mask + (mask - 1.0) * 1e4).max(dim=1).values
    return torch.cat([embedding * EMBEDDING_SCALE, mean, peak], dim=-1)


def jailbreak_pool_numpy(
    embeddings: npt.NDArray[np.float32], token_states: Sequence[npt.NDArray[np.float16]]
) -> npt.NDArray[np.float32]:
    """`jailbreak_pool` on cached features (one unpadded [T_i, F] array per text)."""
    rows = []
    for emb, states in zip(embeddings, token_states, strict=True):
        s = states.astype(np.float32)
        rows.append(np.concatenate([emb * EMBEDDING_SCALE, s.mean(axis=0), s.max(axis=0)]))
    return np.stack(rows).astype(np.float32)


class JailbreakHead(nn.Module):  # type: ignore[misc]
    """MLP over `jailbreak_pool` features, standardised with the training set's mean and scale."""

    def __init__(
        self, mean: npt.NDArray[np.float32], scale: npt.NDArray[np.float32], hidden: int = 256
    ) -> None:
        super().__init__()
        self.register_buffer("mean", torch.from_numpy(mean.astype(np.float32)))
        self.register_buffer("scale", torch.from_numpy(scale.astype(np.float32)))
        self.net = nn.Sequential(
            nn.Dropout(0.1), nn.Linear(len(mean), hidden), nn.GELU(), nn.Dropout(0.2), nn.Linear(hidden, 2)
        )

    def forward_pooled(self, pooled: torch.Tensor) -> torch.Tensor:
        out: torch.Tensor = self.net((pooled - self.mean) / self.scale)
        return out

    def forward(
        self, embedding: torch.Tensor, token_features: torch.Tensor, attention_mask: torch.Tensor
    ) -> torch.Tensor:
        return self.forward_pooled(jailbreak_pool(embedding, token_features, attention_mask))

    def shift_operating_point(self, threshold: float, target: float) -> None:
        """Moves the jailbreak logit so a score of `threshold` now reads `target` (the score at which
        the shipped config blocks), leaving the ranking unchanged."""
        shift = math.log(target / (1 - target)) - math.log(threshold / (1 - threshold))
        last = self.net[-1]
        with torch.no_grad():
            last.bias[1] += shift


def train_jailbreak_head(
    pooled: npt.NDArray[np.float32], labels: npt.NDArray[np.int64], settings: TrainSettings
) -> JailbreakHead:
    """Mini-batch AdamW with cosine decay on pooled features; classes weighted by inverse frequency."""
    torch.manual_seed(settings.seed)
    mean = pooled.mean(axis=0)
    scale = pooled.std(axis=0) + 1e-3
    head = JailbreakHead(mean, scale)
    x, y = torch.from_numpy(pooled), torch.from_numpy(labels)
    counts = np.bincount(labels, minlength=2).astype(np.float32)
    weight = torch.from_numpy(len(labels) / (2 * np.maximum(counts, 1.0)))
    loss_fn = nn.CrossEntropyLoss(weight=weight, label_smoothing=0.05)
    optimizer = torch.optim.AdamW(head.parameters(), lr=settings.lr, weight_decay=settings.weight_decay)
    steps = settings.epochs * math.ceil(len(labels) / settings.batch_size)
    schedule = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=max(steps, 1))
    generator = torch.Generator().manual_seed(settings.seed)
    head.train()
    for _ in range(settings.epochs):
        for batch in torch.randperm(len(labels), generator=generator).split(settings.batch_size):
            optimizer.zero_grad()
            loss = loss_fn(head.forward_pooled(x[batch]), y[batch])
            loss.backward()
            optimizer.step()
            schedule.step()
    head.eval()
    return head


def predict_jailbreak_head(head: JailbreakHead, pooled: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
    """P(jailbreak) per row."""
    with torch.inference_mode():
        probs = torch.softmax(head.forward_pooled(torch.from_numpy(pooled)), dim=-1)[:, 1]
    result: npt.NDArray[np.float64] = probs.numpy().astype(np.float64)
    return result


class TokenHead(nn.Module):  # type: ignore[misc]
    """Per-token tagger: normalise and project the token features, then two 1-D convolutions (each
    token sees +-3 neighbours) with a residual, then a linear layer to the BIO tags."""

    def __init__(self, dim: int, n_tags: int, hidden: int = 128, dropout: float = 0.1) -> None:
        super().__init__()
        self.norm = nn.LayerNorm(dim)
        self.proj = nn.Linear(dim, hidden)
        self.conv1 = nn.Conv1d(hidden, hidden, kernel_size=5, padding=2)
        self.conv2 = nn.Conv1d(hidden, hidden, kernel_size=3, padding=1)
        self.dropout = nn.Dropout(dropout)
        self.out = nn.Linear(hidden, n_tags)

    def forward(self, features: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        mask = attention_mask.to(features.dtype).unsqueeze(1)  # [B, 1, T]
        # Padding is zeroed so a row's tags do not depend on how much padding its batch has.
        x = nn.functional.gelu(self.proj(self.norm(features))).transpose(1, 2) * mask
        h = self.dropout(nn.functional.gelu(self.conv1(x))) * mask
        h = self.dropout(nn.functional.gelu(self.conv2(h))) + x
        out: torch.Tensor = self.out(h.transpose(1, 2))
        return out


class RouterGraph(nn.Module):  # type: ignore[misc]
    """The exported graph: one encoder pass feeds the embedding and every head."""

    def __init__(self, encoder: Any, domain: SentenceHead, jailbreak: JailbreakHead, pii: TokenHead) -> None:
        super().__init__()
        self.encoder = encoder
        self.domain = domain
        self.jailbreak = jailbreak
        self.pii = pii

    def forward(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
        embedding, token_features = encode_batch(self.encoder, input_ids, attention_mask)
        return (
            embedding,
            self.domain(embedding),
            self.jailbreak(embedding, token_features, attention_mask),
            self.pii(token_features, attention_mask),
        )


@dataclass(frozen=True, slots=True)
class TrainSettings:
    epochs: int
    batch_size: int = 64
    lr: float = 1e-3
    weight_decay: float = 1e-2
    seed: int = 0


def train_sentence_head(
    features: npt.NDArray[np.float32],
    labels: npt.NDArray[np.int64],
    n_labels: int,
    settings: TrainSettings,
    class_weights: bool = True,
) -> SentenceHead:
    """Mini-batch AdamW with cosine decay; classes weighted by inverse frequency when asked."""
    torch.manual_seed(settings.seed)
    head = SentenceHead(features.shape[1], n_labels)
    x = torch.from_numpy(features)
    y = torch.from_numpy(labels)
    weight = None
    if class_weights:
        counts = np.bincount(labels, minlength=n_labels).astype(np.float32)
        weight = torch.from_numpy(len(labels) / (n_labels * np.maximum(counts, 1.0)))
    loss_fn = nn.CrossEntropyLoss(weight=weight, label_smoothing=0.05)
    optimizer = torch.optim.AdamW(head.parameters(), lr=settings.lr, weight_decay=settings.weight_decay)
    steps = settings.epochs * math.ceil(len(labels) / settings.batch_size)
    schedule = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=max(steps, 1))
    generator = torch.Generator().manual_seed(settings.seed)
    head.train()
    for _ in range(settings.epochs):
        for batch in torch.randperm(len(labels), generator=generator).split(settings.batch_size):
            optimizer.zero_grad()
            loss = loss_fn(head(x[batch]), y[batch])
            loss.backward()
            optimizer.step()
            schedule.step()
    head.eval()
    return head


def predict_sentence_head(head: SentenceHead, features: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    with torch.inference_mode():
        logits: npt.NDArray[np.float32] = head(torch.from_numpy(features)).numpy()
    return logits


def _pad_tokens(
    states: Sequence[npt.NDArray[np.float16]], tags: Sequence[Sequence[int]] | None
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor | None]:
    width = max(len(s) for s in states)
    dim = states[0].shape[1]
    x = np.zeros((len(states), width, dim), dtype=np.float32)
    mask = np.zeros((len(states), width), dtype=np.int64)
    y = np.full((len(states), width), -100, dtype=np.int64)
    for r, s in enumerate(states):
        x[r, : len(s)] = s
        mask[r, : len(s)] = 1
        if tags is not None:
            y[r, : len(s)] = tags[r]
    return torch.from_numpy(x), torch.from_numpy(mask), (torch.from_numpy(y) if tags is not None else None)


def train_token_head(
    states: Sequence[npt.NDArray[np.float16]],
    tags: Sequence[Sequence[int]],
    n_tags: int,
    settings: TrainSettings,
) -> TokenHead:
    """Cross-entropy over every tagged token; special tokens and padding (-100) are ignored."""
    torch.manual_seed(settings.seed)
    head = TokenHead(states[0].shape[1], n_tags)
    loss_fn = nn.CrossEntropyLoss(ignore_index=-100)
    optimizer = torch.optim.AdamW(head.parameters(), lr=settings.lr, weight_decay=settings.weight_decay)
    steps = settings.epochs * math.ceil(len(states) / settings.batch_size)
    schedule = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=max(steps, 1))
    # Batches of similar length waste little compute on padding; the batch order is still shuffled.
    by_length = sorted(range(len(states)), key=lambda i: len(states[i]))
    batches = [by_length[i : i + settings.batch_size] for i in range(0, len(by_length), settings.batch_size)]
    rng = np.random.default_rng(settings.seed)
    head.train()
    for _ in range(settings.epochs):
        for b in rng.permutation(len(batches)):
            rows = batches[int(b)]
            x, mask, y = _pad_tokens([states[i] for i in rows], [tags[i] for i in rows])
            assert y is not None
            optimizer.zero_grad()
            logits = head(x, mask)
            loss = loss_fn(logits.reshape(-1, n_tags), y.reshape(-1))
            loss.backward()
            optimizer.step()
            schedule.step()
    head.eval()
    return head
