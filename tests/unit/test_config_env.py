"""`${NAME}` references in config.yaml: how the Helm chart passes Milvus credentials from a Secret."""

from __future__ import annotations

import pytest

from extproc.config import ConfigError, parse_config

BASE = """\
default_model: m
model_config:
  m: {cluster: c}
semantic_cache:
  milvus:
    uri: http://milvus:19530
    user: ${MILVUS_USER}
    password: ${MILVUS_PASSWORD}
    collection: cache_$${literal}
"""


def test_references_are_replaced_by_environment_values() -> None:
    cfg = parse_config(BASE, "c.yaml", env={"MILVUS_USER": "router", "MILVUS_PASSWORD": "s3cr3t${X}"})
    milvus = cfg.semantic_cache.milvus
    assert (milvus.user, milvus.password) == ("router", "s3cr3t${X}")
    # `$${` escapes a literal `${`; an expanded value is never expanded again.
    assert milvus.collection == "cache_${literal}"


def test_unset_variable_names_key_line_and_variable() -> None:
    with pytest.raises(ConfigError) as exc:
        parse_config(BASE, "c.yaml", env={"MILVUS_USER": "router"})
    assert "c.yaml:8: semantic_cache.milvus.password: environment variable MILVUS_PASSWORD is not set" in str(
        exc.value
    )


def test_process_environment_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MILVUS_USER", "u")
    monkeypatch.setenv("MILVUS_PASSWORD", "p")
    assert parse_config(BASE).semantic_cache.milvus.password == "p"
