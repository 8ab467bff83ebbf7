"""Builds the configured cache backend."""

from __future__ import annotations

from extproc.cache.base import CacheBackend
from extproc.config.schema import SemanticCacheConfig


def create_cache_backend(cfg: SemanticCacheConfig, embedding_dim: int) -> CacheBackend:
    """The backend `cfg.backend_type` names, not yet started (call `await backend.start()`)."""
    # TTL is carried by each entry (expires_at); purge the expired ones a few times per TTL, at least
    # once a minute, so memory and the Milvus collection stay close to the live set.
    purge_interval = min(60.0, max(1.0, cfg.ttl_seconds / 4))
    if cfg.backend_type == "memory":
        from extproc.cache.memory import MemoryCache

        return MemoryCache(
            embedding_dim,
            cfg.max_entries,
            cfg.eviction_policy,
            purge_interval_seconds=purge_interval,
        )
    if cfg.backend_type == "milvus":
        # Imported only when used: pymilvus takes a while to import.
        from extproc.cache.milvus import MilvusCache

        return MilvusCache(cfg.milvus, embedding_dim, purge_interval_seconds=purge_interval)
    raise ValueError(f"semantic_cache.backend_type {cfg.backend_type!r} is not supported")
