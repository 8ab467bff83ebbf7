from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from extproc.config import ConfigError, load_config, parse_config
from extproc_dev.stack import ROOT, envoy_binary

REFERENCE = ROOT / "config" / "config.yaml"


def test_reference_config_loads() -> None:
    cfg = load_config(REFERENCE)
    assert len(cfg.models) >= 3
    assert cfg.default_model in cfg.models
    styles = {f.type.value for f in cfg.reasoning_families.values()}
    assert styles == {"chat_template_kwargs", "reasoning_effort"}
    assert any(c.system_prompt for c in cfg.categories)


def _broken(old: str, new: str) -> str:
    text = REFERENCE.read_text()
    assert old in text
    return text.replace(old, new, 1)


def test_unknown_key_is_reported_with_its_line() -> None:
    text = _broken("default_reasoning_effort: medium", "default_reasoning_efort: medium")
    line = text.splitlines().index("default_reasoning_efort: medium") + 1
    with pytest.raises(ConfigError) as exc:
        parse_config(text, "config.yaml")
    assert f"config.yaml:{line}: default_reasoning_efort: unknown key" in str(exc.value)


def test_wrong_type_names_nested_key() -> None:
    with pytest.raises(ConfigError) as exc:
        parse_config(_broken("max_tokens: 128", "max_tokens: lots"), "c.yaml")
    assert "classifier.max_tokens" in str(exc.value)


def test_dangling_model_reference_is_rejected() -> None:
    with pytest.raises(ConfigError) as exc:
        parse_config(_broken("- {model: qwen3-32b, score: 1.0", "- {model: qwen9, score: 1.0"), "c.yaml")
    assert "qwen9" in str(exc.value) and "model_config" in str(exc.value)


def test_keyword_rule_must_name_a_category() -> None:
    with pytest.raises(ConfigError, match="keyword_rules"):
        parse_config(_broken("category: law\n", "category: lawx\n"), "c.yaml")


def test_not_yaml_and_not_mapping() -> None:
    with pytest.raises(ConfigError, match="not valid YAML"):
        parse_config("a: [1,", "c.yaml")
    with pytest.raises(ConfigError, match="mapping"):
        parse_config("- 1\n- 2\n", "c.yaml")


def test_missing_file() -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_config("/nonexistent/config.yaml")


def test_validate_config_cli(tmp_path: Path) -> None:
    ok = subprocess.run(
        [sys.executable, "-m", "extproc.cli", "validate-config", str(REFERENCE)],
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0, ok.stderr
    bad = tmp_path / "bad.yaml"
    bad.write_text(_broken("default_model: general-8b", "default_model: nope"))
    res = subprocess.run(
        [sys.executable, "-m", "extproc.cli", "validate-config", str(bad)], capture_output=True, text=True
    )
    assert res.returncode == 2
    assert "default_model 'nope' is not defined" in res.stderr


def test_serve_fails_closed_on_bad_config(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(_broken("grpc_port: 50051", "grpc_port: 99999999"))
    res = subprocess.run(
        [sys.executable, "-m", "extproc.cli", "serve", "--config", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode == 2
    assert "server.grpc_port" in res.stderr


@pytest.mark.parametrize("name", ["envoy.yaml", "envoy-fail-open.yaml", "envoy-jwt.yaml"])
def test_reference_envoy_yaml_validates_with_real_binary(name: str) -> None:
    res = subprocess.run(
        [envoy_binary(), "--mode", "validate", "-c", str(ROOT / "envoy" / name)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    assert "OK" in res.stdout + res.stderr


def _with_passthrough(paths: str, guards: bool = True) -> str:
    text = _broken("routing:\n", f"routing:\n  passthrough_paths: {paths}\n")
    if not guards:
        text = text.replace("prompt_guard:\n  enabled: true", "prompt_guard:\n  enabled: false")
        text = text.replace("pii:\n  enabled: true", "pii:\n  enabled: false")
    return text


def test_passthrough_paths_accept_normalised_non_generation_paths() -> None:
    cfg = parse_config(_with_passthrough("[/v1/embeddings, /tokenize]"), "c.yaml")
    assert cfg.routing.passthrough_paths == ["/v1/embeddings", "/tokenize"]


@pytest.mark.parametrize(
    "path", ["v1/embeddings", "/v1/embeddings/", "/v1//embeddings", "/v1/./x", "/v1/%65mbeddings", "/x?y=1"]
)
def test_passthrough_paths_must_be_normalised(path: str) -> None:
    with pytest.raises(ConfigError, match="is not a normalised path"):
        parse_config(_with_passthrough(f"['{path}']"), "c.yaml")


def test_passthrough_paths_cannot_name_the_routers_own() -> None:
    with pytest.raises(ConfigError, match="is the router's own path"):
        parse_config(_with_passthrough("[/v1/models]"), "c.yaml")


@pytest.mark.parametrize(
    "path",
    ["/v1/completions", "/v1/responses", "/v1/messages", "/generate", "/invocations", "/chat/completions"],
)
def test_generation_paths_cannot_pass_through_while_a_guard_is_on(path: str) -> None:
    with pytest.raises(ConfigError, match="generate text from a prompt the guards would never see"):
        parse_config(_with_passthrough(f"[{path}]"), "c.yaml")
    # Without guards there is nothing to get around: the team may forward them deliberately.
    cfg = parse_config(_with_passthrough(f"[{path}]", guards=False), "c.yaml")
    assert cfg.routing.passthrough_paths == [path]


def test_workers_need_one_fixed_port() -> None:
    # Port 0 would give each worker a random port of its own, and Envoy would reach only one.
    with pytest.raises(ConfigError, match=r"needs a fixed server\.grpc_port"):
        parse_config(_broken("grpc_port: 50051", "grpc_port: 0\n  workers: 2"), "c.yaml")
    assert parse_config(_broken("grpc_port: 50051", "grpc_port: 0"), "c.yaml").server.workers == 1


def test_similarity_threshold_auto_needs_a_verifier() -> None:
    assert load_config(REFERENCE).semantic_cache.similarity_threshold == "auto"
    with pytest.raises(ConfigError, match="similarity_threshold: auto"):
        parse_config(_broken("verify_candidates: true", "verify_candidates: false"), "c.yaml")
    text = _broken("similarity_threshold: auto", "similarity_threshold: 0.9")
    assert parse_config(_broken_text(text, "verify_candidates: true", "verify_candidates: false"), "c.yaml")
    with pytest.raises(ConfigError, match=r"semantic_cache\.similarity_threshold"):
        parse_config(_broken("similarity_threshold: auto", "similarity_threshold: loose"), "c.yaml")
    with pytest.raises(ConfigError, match=r"semantic_cache\.similarity_threshold"):
        parse_config(_broken("similarity_threshold: auto", "similarity_threshold: 1.5"), "c.yaml")


def _broken_text(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)
