"""The semantic cache's learned verifier: is a cached entry's answer right for a new query?

Cosine similarity cannot tell a paraphrase ("How do I reverse a list in Python?" / "In Python, how can
I reverse a list?") from a near miss ("... in Java?"). After the vector search, every candidate above
the (loose) similarity threshold goes through, in order:

1. the exact layer: equal after `verify.exact_key` normalisation -> served;
2. a script-independent rule: both texts carry digits and the digits differ -> refused
   ("15% of 80" / "15% of 90"); a number written out on one side ("3" / "three") is left to the model;
3. a cross-encoder (`cache_verifier.int8.onnx`, built by `make models` from the packaged MiniLM, see
   `extproc.training.verifier`) reading "[CLS] cached [SEP] query [SEP]": served when its probability
   is at least the build's threshold (`cache_verifier.json`, chosen on a validation split);
4. a pair longer than the cross-encoder reads (`max_tokens`, both texts together) goes to the rules
   verifier (`verify.verify_candidate`, which reads both texts in full) instead: truncated, two long
   prompts that share their first few dozen tokens ("Summarize this report: ...") look identical to
   the model, and the cosine gate is blind past the embedding's 128 tokens too.

All candidates of one lookup that reach step 3 are scored in one batched onnxruntime call.
When the cache verifies candidates and a verifier file is missing (`VerifierMissing`), the router
starts with a warning naming the file and the cache serves exact repeats only (never an unverified
similar entry); a file that is there but cannot be loaded stops the start (`VerifierLoadError`).
`semantic_cache.verify_candidates: false` turns verification off (then every candidate above the
similarity threshold is served).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from tokenizers import Encoding

from extproc.cache.verify import exact_key, verify_candidate
from extproc.classify.contract import (
    TOKENIZER_FILE,
    VERIFIER_FILE,
    VERIFIER_INPUT_NAMES,
    VERIFIER_OUTPUT,
    VERIFIER_SETTINGS_FILE,
)
from extproc.classify.tokenize import add_nfkc_normalizer, reveal_hidden_ascii

__all__ = [
    "LearnedVerifier",
    "VerifierLoadError",
    "VerifierMissing",
    "VerifierSettings",
    "digits_of",
    "load_verifier",
    "rules_refuse",
]

_BUILD_HINT = "run `make models` to build it, or set semantic_cache.verify_candidates: false"

# Any script's decimal digits; "1,000" and "1000" are one number, "3.5" and "35" are not.
_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")


class VerifierLoadError(Exception):
    """The verifier cannot be loaded; the message names the file and what to do."""


class VerifierMissing(VerifierLoadError):
    """A verifier file is not there (models built before the verifier existed)."""


@dataclass(frozen=True, slots=True)
class VerifierSettings:
    """What the build chose (`cache_verifier.json`)."""

    threshold: float
    max_tokens: int = 64
    layers: int = 0
    # The cosine gate the threshold was chosen at (candidates below it never reach the model);
    # `semantic_cache.similarity_threshold: auto` uses it. None in builds that predate the choice.
    similarity_threshold: float | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, raw: Any, source: str) -> VerifierSettings:
        if not isinstance(raw, dict):
            raise VerifierLoadError(f"{source}: expected a JSON object; {_BUILD_HINT}")
        threshold, max_tokens = raw.get("threshold"), raw.get("max_tokens", 64)
        if isinstance(threshold, bool) or not isinstance(threshold, int | float) or not 0 < threshold < 1:
            raise VerifierLoadError(f"{source}: 'threshold' must be a number in (0, 1), got {threshold!r}")
        if isinstance(max_tokens, bool) or not isinstance(max_tokens, int) or max_tokens < 8:
            raise VerifierLoadError(f"{source}: 'max_tokens' must be an integer >= 8, got {max_tokens!r}")
        layers = raw.get("layers", 0)
        gate = raw.get("similarity_threshold")
        if gate is not None and (
            isinstance(gate, bool) or not isinstance(gate, int | float) or not 0 < gate < 1
        ):
            raise VerifierLoadError(
                f"{source}: 'similarity_threshold' must be a number in (0, 1), got {gate!r}"
            )
        return cls(
            float(threshold),
            max_tokens,
            layers if isinstance(layers, int) else 0,
            None if gate is None else float(gate),
        )


def digits_of(text: str) -> Counter[str]:
    """The numbers written with digits in `text` (any script), thousands separators dropped."""
    out: Counter[str] = Counter()
    for m in _NUMBER_RE.finditer(text):
        token = m.group(0)
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+", token):
            token = token.replace(",", "")
        out["".join(str(int(c)) if c.isdigit() else c for c in token)] += 1
    return out


def rules_refuse(query: str, cached: str) -> bool:
    """True when the rule layer alone refuses: both texts carry digits and they differ."""
    a, b = digits_of(query), digits_of(cached)
    return bool(a) and bool(b) and a != b


class LearnedVerifier:
    """The exact layer, the digit rule and the cross-encoder; thread-safe (`accept` may run in a
    worker thread while the event loop goes on)."""

    def __init__(self, graph: Path, tokenizer: Path, settings: VerifierSettings, threads: int = 1) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        try:
            self._session = ort.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"])
            tok = Tokenizer.from_file(str(tokenizer))
        except Exception as exc:  # a corrupt file: name it
            raise VerifierLoadError(
                f"cannot load the cache verifier from {graph} ({exc}); {_BUILD_HINT}"
            ) from exc
        # The same folding as the router's tokenizer: a fullwidth repeat of a question reads as it.
        add_nfkc_normalizer(tok)
        tok.no_padding()
        tok.no_truncation()
        tok.enable_truncation(max_length=settings.max_tokens)
        tok.enable_padding(pad_id=0, pad_token="[PAD]", length=None)
        self._tokenizer = tok
        self.settings = settings

    def _encode(self, query: str, cached: Sequence[str]) -> list[Encoding]:
        # Read as the LLM reads them: tag characters and other scripts' digits as their ASCII, the
        # same as the router's tokenizer does, so hidden text cannot make two questions look alike.
        q = reveal_hidden_ascii(query)
        return self._tokenizer.encode_batch([(reveal_hidden_ascii(c), q) for c in cached])

    def _run(self, encodings: Sequence[Encoding]) -> npt.NDArray[np.float64]:
        ids = np.asarray([e.ids for e in encodings], dtype=np.int64)
        mask = np.asarray([e.attention_mask for e in encodings], dtype=np.int64)
        types = np.asarray([e.type_ids for e in encodings], dtype=np.int64)
        feeds = dict(zip(VERIFIER_INPUT_NAMES, (ids, mask, types), strict=True))
        (logits,) = self._session.run([VERIFIER_OUTPUT], feeds)
        result: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(-np.asarray(logits, np.float64).reshape(-1)))
        return result

    def scores(self, query: str, cached: Sequence[str]) -> npt.NDArray[np.float64]:
        """P(same answer) for each cached text, in one batched call."""
        if not cached:
            return np.zeros(0, np.float64)
        return self._run(self._encode(query, cached))

    def fits(self, query: str, cached: str) -> bool:
        """Whether the model reads the pair in full (no token of either text truncated away)."""
        return not self._encode(query, [cached])[0].overflowing

    def accept(self, query: str, cached: Sequence[str], similarities: Sequence[float]) -> list[bool]:
        """For each candidate's cached text (and its cosine to `query`): may its answer be served?"""
        verdicts = [False] * len(cached)
        key = exact_key(query)
        to_encode: list[int] = []
        for i, text in enumerate(cached):
            if exact_key(text) == key:
                verdicts[i] = True
            elif not rules_refuse(query, text):
                to_encode.append(i)
        if not to_encode:
            return verdicts
        # One tokenizer pass: the same encodings say whether a pair fits and feed the model.
        encodings = self._encode(query, [cached[i] for i in to_encode])
        to_score = [(i, e) for i, e in zip(to_encode, encodings, strict=True) if not e.overflowing]
        for i, e in zip(to_encode, encodings, strict=True):
            if e.overflowing:
                verdicts[i] = verify_candidate(query, cached[i], similarities[i])
        if to_score:
            scores = self._run([e for _, e in to_score])
            for (i, _), score in zip(to_score, scores, strict=True):
                verdicts[i] = bool(score >= self.settings.threshold)
        return verdicts


def load_verifier(models_dir: Path, threads: int = 1) -> LearnedVerifier:
    """The shipped verifier in `models_dir`; `VerifierLoadError` names a missing or bad file."""
    for name in (VERIFIER_FILE, VERIFIER_SETTINGS_FILE, TOKENIZER_FILE):
        if not (models_dir / name).is_file():
            raise VerifierMissing(f"cache verifier file {models_dir / name} is missing; {_BUILD_HINT}")
    path = models_dir / VERIFIER_SETTINGS_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise VerifierLoadError(f"{path}: cannot read JSON ({exc}); {_BUILD_HINT}") from exc
    settings = VerifierSettings.from_json(raw, str(path))
    return LearnedVerifier(models_dir / VERIFIER_FILE, models_dir / TOKENIZER_FILE, settings, threads)
