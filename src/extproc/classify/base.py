"""The classifier extension point: what one pass over a prompt yields, and the protocol behind it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

Embedding = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class PIISpan:
    """A detected entity; offsets are character positions in the classified text."""

    type: str
    start: int
    end: int
    score: float


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


@runtime_checkable
class Classifier(Protocol):
    """Classifies one prompt. Implementations batch internally and never block the event loop."""

    # Length of `Classification.embedding` (from the model's manifest); None without an encoder.
    @property
    def embedding_dim(self) -> int | None: ...

    async def classify(self, text: str) -> Classification: ...

    async def close(self) -> None: ...
