"""prompt_guard / pii config keys of the guards: roles, windows, cap, reroute, ignored types."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from extproc.config.schema import MESSAGE_ROLES, RENDERED_FIELDS, RouterConfig

BASE: dict[str, Any] = {
    "default_model": "a",
    "model_config": {"a": {"cluster": "ca"}, "safe": {"cluster": "cs"}},
}


def load(prompt_guard: dict[str, Any], pii: dict[str, Any] | None = None) -> RouterConfig:
    return RouterConfig.model_validate({**BASE, "prompt_guard": prompt_guard, "pii": pii or {}})


def test_defaults() -> None:
    g = load({}).prompt_guard
    assert g.check_roles == ["user"]
    assert (g.window_tokens, g.window_overlap, g.max_tokens_checked) == (64, 16, 16_384)
    assert g.action == "block"
    assert load({}).pii.types_ignored == ["URL"]


@pytest.mark.parametrize(
    ("value", "roles"),
    [
        ("user", ["user"]),
        ("all", [*MESSAGE_ROLES, *RENDERED_FIELDS]),
        (["user", "tool", "user"], ["user", "tool"]),
    ],
)
def test_check_roles_accepts_the_old_spellings(value: Any, roles: list[str]) -> None:
    assert load({"check_roles": value}).prompt_guard.check_roles == roles


@pytest.mark.parametrize(
    ("guard", "message"),
    [
        ({"check_roles": ["users"]}, "unknown role"),
        ({"check_roles": []}, "at least 1"),
        ({"window_tokens": 64, "window_overlap": 32}, "under half"),
        ({"window_tokens": 1024}, "less than or equal to 512"),
        ({"max_tokens_checked": 50}, "at least window_tokens"),
        ({"enabled": True, "action": "reroute"}, "reroute_model is required"),
        ({"enabled": True, "action": "reroute", "reroute_model": "nope"}, "'nope' is not defined"),
        (
            {"enabled": True, "action": "reroute", "reroute_model": "safe", "reroute_threshold": 0.8},
            "must be below threshold",
        ),
    ],
)
def test_bad_guard_settings_name_the_key(guard: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as err:
        load(guard)
    assert message in str(err.value)


def test_reroute_config() -> None:
    g = load(
        {"enabled": True, "action": "reroute", "reroute_model": "safe", "reroute_threshold": 0.4}
    ).prompt_guard
    assert (g.action, g.reroute_model, g.reroute_threshold, g.threshold) == ("reroute", "safe", 0.4, 0.7)


def test_reference_config_allows_every_shipped_type_somewhere() -> None:
    """No type the shipped PII head reports may block every request of the reference config."""
    import json
    from pathlib import Path

    from extproc.config.loader import load_config
    from extproc.guard import types_allowed_nowhere

    root = Path(__file__).resolve().parents[2]
    labels = root / "models" / "labels.json"
    if not labels.exists():
        pytest.skip("needs the built models")
    tags = json.loads(labels.read_text())["pii"]
    types = {t.split("-", 1)[1] for t in tags if "-" in t}
    cfg = load_config(root / "config" / "config.yaml")
    assert types_allowed_nowhere(cfg, types) == []
