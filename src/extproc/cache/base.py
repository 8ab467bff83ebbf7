"""The semantic-cache extension point: one protocol, one module per backend."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt

from extproc.classify.base import Embedding

__all__ = [
    "CacheBackend",
    "CacheEntry",
    "CacheHit",
    "CacheScope",
    "CacheUnavailable",
    "Embedding",
    "l2_normalise",
]


class CacheUnavailable(Exception):
    """The backend cannot answer now (outage, timeout). Callers fail open: treat as a miss."""


@dataclass(frozen=True, slots=True)
class CacheScope:
    """What an entry is keyed by besides its embedding.

    Lookups match `tenant`, `model` (the client's model, before routing) and `context` exactly:
    `context` is a digest of everything else that changes the answer (the answering model, system
    prompts, earlier turns, tools, response format, answer-shaping parameters; see
    `SemanticCache.scope`). Similarity only ever decides between requests that agree on all of it.
    `category` is stored with the entry but is not part of the key: it is the classifier's guess for
    this one query, and a paraphrase on the other side of a category boundary should still hit.
    """

    tenant: str
    model: str
    category: str
    context: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.tenant, self.model, self.context)


@dataclass(frozen=True, slots=True)
class CacheEntry:
    """One cached exchange. Storing the same query again in the same scope supersedes the older entry:
    lookups return only the newest (the Milvus backend keeps the older row until its TTL).

    `embedding` is the L2-normalised query embedding; entries returned by a lookup may carry an empty
    array instead (the Milvus backend does not fetch vectors back, the similarity is in `CacheHit`).
    """

    scope: CacheScope
    query: str
    embedding: Embedding
    request_body: bytes
    response_body: bytes
    created_at: float
    expires_at: float
    # Opaque id (hex), so a client can report a bad hit and have exactly that entry evicted.
    id: str = ""


@dataclass(frozen=True, slots=True)
class CacheHit:
    entry: CacheEntry
    # Cosine similarity between the query and the entry's embedding.
    similarity: float


class CacheBackend(Protocol):
    name: str

    async def start(self) -> None:
        """Connect and start background work (TTL purge). Never raises for an unreachable backend:
        the cache fails open and reconnects on later calls."""
        ...

    async def close(self) -> None: ...

    async def lookup(
        self, scope: CacheScope, embedding: Embedding, threshold: float, limit: int = 4
    ) -> list[CacheHit]:
        """Candidates in `scope` with similarity >= threshold, best first, unexpired only.

        Raises CacheUnavailable when the backend cannot answer."""
        ...

    async def store(self, entry: CacheEntry) -> None:
        """Write an entry (already-expired or oversize entries are skipped).

        Raises CacheUnavailable when the backend cannot answer."""
        ...

    async def delete(self, scope: CacheScope, entry_id: str) -> bool:
        """Remove the entry `entry_id` if it belongs to `scope`'s tenant; True when one was removed.

        Raises CacheUnavailable when the backend cannot answer."""
        ...

    async def purge_expired(self) -> int:
        """Delete expired entries now; returns how many were removed when the backend knows (else 0).

        Backends also purge on their own, periodically, between `start` and `close`."""
        ...

    async def health(self) -> bool: ...


def l2_normalise(embedding: npt.ArrayLike, dim: int) -> Embedding:
    """A float32 unit vector of length `dim`; raises ValueError for a wrong shape or a zero vector."""
    v = np.asarray(embedding, dtype=np.float32).reshape(-1)
    if v.shape[0] != dim:
        raise ValueError(f"embedding has {v.shape[0]} dimensions, the cache expects {dim}")
    norm = float(np.linalg.norm(v))
    if not np.isfinite(norm) or norm == 0.0:
        raise ValueError("embedding is zero or not finite")
    return v / np.float32(norm)
