"""The classifier extension point: what one pass over a prompt yields, and the protocol behind it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from extproc.classify.windows import WindowSpec

Embedding = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class PIISpan:
    """A detected entity; offsets are character positions in the classified text, or, for a guard
    scan, in the checked message number `message` (index into the texts that were checked)."""

    type: str
    start: int
    end: int
    score: float
    message: int = -1


@dataclass(frozen=True, slots=True)
class Classification:
    """Signals from one encoder pass. Fields a classifier cannot produce stay empty/None."""

    category: str | None = None
    confidence: float = 0.0
    scores: dict[str, float] = field(default_factory=dict)
    # Normalised entropy of the category distribution, 0 (certain) .. 1 (uniform).
    entropy: float = 0.0
    jailbreak_score: float | None = None
    pii: tuple[PIISpan, ...] = ()
    # L2-normalised sentence embedding (the cache key), when the classifier has an encoder.
    embedding: Embedding | None = None
    # Which classifier produced the category: "keyword", "model", or "none".
    source: str = "none"

    @property
    def pii_types(self) -> frozenset[str]:
        return frozenset(s.type for s in self.pii)


# Keyword-only: its fields are all optional and of look-alike types, so a positional call could put one
# in another's place without a type error at run time.
@dataclass(frozen=True, slots=True, kw_only=True)
class GuardScan:
    """The guard's reading of every checked message, in full (overlapping windows)."""

    # Highest jailbreak score over all windows of all checked messages (None: no jailbreak head).
    jailbreak_score: float | None = None
    # The checked message that scored highest (index into the checked texts; -1 when none).
    jailbreak_message: int = -1
    # Spans with offsets in their own message (`PIISpan.message`), merged across windows.
    pii: tuple[PIISpan, ...] = ()
    # Tokens of the checked messages (special tokens excluded) and encoder rows they took.
    tokens: int = 0
    windows: int = 0
    # Of those windows, how many came from the row cache (read before by the same caller).
    windows_cached: int = 0
    # The checked messages hold more than max_tokens_checked tokens: nothing was checked.
    over_cap: bool = False
    # Characters of the top-scoring message that its highest-scoring window read (start, end): which
    # part of a long message tripped the guard (a pasted log, the instruction), without logging text.
    jailbreak_chars: tuple[int, int] = (0, 0)


@runtime_checkable
class Classifier(Protocol):
    """Classifies one prompt. Implementations batch internally and never block the event loop."""

    # Length of `Classification.embedding` (from the model's manifest); None without an encoder.
    @property
    def embedding_dim(self) -> int | None: ...

    async def classify(self, text: str) -> Classification: ...

    async def close(self) -> None: ...


@runtime_checkable
class GuardClassifier(Protocol):
    """A classifier that also reads whole messages for the guards (the shipped ONNX classifier)."""

    async def classify_request(
        self, routing_text: str, checked: Sequence[str], spec: WindowSpec, scope: str | None = None
    ) -> tuple[Classification, GuardScan]: ...
