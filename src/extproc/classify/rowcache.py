"""Encoder results per caller and exact row of tokens, so a conversation is not re-read every turn.

A chat client sends the whole conversation with every request, and the guards read every checked
message in full: without this, turn N re-encodes the windows of turns 1..N-1. A row's signals are a
function of its token ids alone (the int8 graph runs each row by itself, see `session.OnnxSession`),
and its span offsets of its character offsets, so a row seen before is answered from here exactly as
the encoder would answer it; a cached entry can never carry a verdict for other text.

Entries are scoped by caller (the tenant, or a digest of the credentials): a hit is faster than a
miss, and without the scope that timing would tell one caller whether another recently sent an
exact message. Anonymous callers share one scope, so they are left out unless configured.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import Generic, TypeVar

import numpy as np
import numpy.typing as npt

V = TypeVar("V")


def row_key(scope: str, ids: tuple[int, ...], offsets: npt.NDArray[np.int64]) -> bytes:
    """A digest of the caller's scope, the row's token ids and their character offsets."""
    h = hashlib.blake2b(digest_size=20)
    h.update(scope.encode("utf-8", "surrogatepass"))
    h.update(b"\x00")
    h.update(np.asarray(ids, dtype=np.int64).tobytes())
    h.update(b"\x00")
    h.update(np.ascontiguousarray(offsets, dtype=np.int64).tobytes())
    return h.digest()


class RowCache(Generic[V]):
    """A bounded, thread-safe LRU map from `row_key` digests to decoded row signals."""

    def __init__(self, max_entries: int) -> None:
        self.max_entries = max_entries
        self._entries: OrderedDict[bytes, V] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: bytes) -> V | None:
        with self._lock:
            value = self._entries.get(key)
            if value is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return value

    def put(self, key: bytes, value: V) -> None:
        if self.max_entries <= 0:
            return
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
