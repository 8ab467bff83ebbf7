"""The semantic-cache extension point: one protocol, one module per backend."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt

Embedding = npt.NDArray[np.float32]


class CacheUnavailable(Exception):
    """The backend cannot answer now (outage, timeout). Callers fail open: treat as a miss."""


@dataclass(frozen=True, slots=True)
class CacheScope:
    """What an entry is keyed by besides its embedding: who asked, for which model, in which category."""

    tenant: str
    model: str
    category: str


@dataclass(frozen=True, slots=True)
class CacheEntry:
    scope: CacheScope
    query: str
    embedding: Embedding
    request_body: bytes
    response_body: bytes
    created_at: float
    expires_at: float


@dataclass(frozen=True, slots=True)
class CacheHit:
    entry: CacheEntry
    similarity: float


class CacheBackend(Protocol):
    name: str

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    async def lookup(
        self, scope: CacheScope, embedding: Embedding, threshold: float, limit: int = 4
    ) -> list[CacheHit]:
        """Candidates in `scope` with similarity >= threshold, best first, unexpired only.

        Raises CacheUnavailable when the backend cannot answer."""
        ...

    async def store(self, entry: CacheEntry) -> None: ...

    async def health(self) -> bool: ...
