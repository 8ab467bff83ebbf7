"""The domain head in the routing path, end to end through Envoy (no keyword rule matches these)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from extproc_dev.stack import DEFAULT_CONFIG, DevStack
from tests.conftest import MODELS_BUILT, StackClient, user

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not MODELS_BUILT, reason="needs the built models: run `make models`"),
]

MATH = "What is the probability of rolling two sixes with a pair of fair dice?"
LAW = "Is a verbal agreement to sell my house legally enforceable if nothing was signed?"


@pytest.fixture(scope="module")
def stack(stack_factory: Any) -> DevStack:
    s: DevStack = stack_factory("classifier", {})
    return s


def test_math_prompt_reaches_the_math_model(stack: DevStack) -> None:
    c = StackClient(stack)
    c.clear()
    r = c.chat(user(MATH))
    assert r.status_code == 200
    assert r.headers["x-vsr-selected-category"] == "math"
    assert r.headers["x-vsr-selected-model"] == "qwen3-32b"
    (seen,) = c.received("qwen3-32b")
    assert json.loads(seen["body"])["model"] == "qwen3-32b"
    c.close()


def test_law_prompt_reaches_the_law_model(stack: DevStack) -> None:
    c = StackClient(stack)
    c.clear()
    r = c.chat(user(LAW))
    assert r.status_code == 200
    assert r.headers["x-vsr-selected-category"] == "law"
    assert r.headers["x-vsr-selected-model"] == "gpt-oss-20b"
    assert len(c.received("gpt-oss-20b")) == 1
    c.close()


def test_classify_cli_prints_all_heads() -> None:
    res = subprocess.run(
        [sys.executable, "-m", "extproc.cli", "classify", MATH, "--config", str(DEFAULT_CONFIG)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    assert "math" in res.stdout
    assert "jailbreak" in res.stdout


def test_missing_model_file_fails_closed_with_a_clear_error(tmp_path: Path) -> None:
    cfg = yaml.safe_load(DEFAULT_CONFIG.read_text())
    cfg["classifier"]["models_dir"] = str(tmp_path / "no-models-here")
    cfg["server"]["grpc_port"] = 0  # any free port: the failure must come from the models
    cfg["observability"]["metrics_port"] = 0
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(cfg))
    res = subprocess.run(
        [sys.executable, "-m", "extproc.cli", "serve", "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode == 2
    assert "no-models-here" in res.stderr and "make models" in res.stderr
