from __future__ import annotations

import pytest

from extproc.classify.keyword import KeywordMatcher
from extproc.config import RouterConfig, load_config
from extproc.config.schema import KeywordRule
from extproc.router import Signals, decide_auto, decide_explicit
from extproc_dev.stack import ROOT


@pytest.fixture(scope="module")
def cfg() -> RouterConfig:
    return load_config(ROOT / "config" / "config.yaml")


def test_category_picks_best_scoring_model_with_reasoning(cfg: RouterConfig) -> None:
    d = decide_auto(cfg, "auto", Signals("math", 0.9, 0.1, "model"))
    assert d is not None
    assert (d.selected_model, d.category, d.reason) == ("qwen3-32b", "math", "model")
    assert d.reasoning is not None and d.reasoning.enabled
    assert d.reasoning.style == "chat_template_kwargs" and d.reasoning.parameter == "enable_thinking"
    assert d.system_prompt and "mathematician" in d.system_prompt
    assert d.modified and d.auto


def test_reasoning_effort_family(cfg: RouterConfig) -> None:
    d = decide_auto(cfg, "auto", Signals("law", 0.9, 0.1, "model"))
    assert d is not None and d.reasoning is not None
    assert (d.reasoning.style, d.reasoning.parameter, d.reasoning.effort) == (
        "reasoning_effort",
        "reasoning_effort",
        "high",
    )


def test_no_signal_uses_default_model(cfg: RouterConfig) -> None:
    d = decide_auto(cfg, "auto", Signals())
    assert d is not None
    assert (d.selected_model, d.category, d.reason) == (cfg.default_model, "other", "default")


def test_unknown_category_falls_back_to_other(cfg: RouterConfig) -> None:
    d = decide_auto(cfg, "MoM", Signals("astrology", 0.9, 0.0, "model"))
    assert d is not None and d.category == "other" and d.original_model == "MoM"


def test_vetoed_models_reroute_then_none(cfg: RouterConfig) -> None:
    d = decide_auto(cfg, "auto", Signals("math", 0.9, 0.1, "model"), model_allowed=lambda m: m != "qwen3-32b")
    assert d is not None and d.selected_model == "general-8b" and d.reason == "pii_reroute"
    assert d.reasoning is None  # general-8b has no reasoning family
    assert decide_auto(cfg, "auto", Signals("math", 0.9, 0.1, "model"), model_allowed=lambda m: False) is None


def test_uncertain_classification_turns_reasoning_on(cfg: RouterConfig) -> None:
    confident = decide_auto(
        cfg, "auto", Signals("biology", 0.9, 0.2, "model"), reasoning_entropy_threshold=0.6
    )
    unsure = decide_auto(cfg, "auto", Signals("biology", 0.4, 0.8, "model"), reasoning_entropy_threshold=0.6)
    assert confident is not None and unsure is not None
    assert confident.selected_model == unsure.selected_model == "general-8b"
    # general-8b has no reasoning family, so the switch has nothing to turn on there...
    assert unsure.reasoning is None
    # ...but for a reasoning-capable model it does.
    eng = decide_auto(cfg, "auto", Signals("philosophy", 0.4, 0.8, "model"), reasoning_entropy_threshold=0.6)
    calm = decide_auto(cfg, "auto", Signals("philosophy", 0.9, 0.1, "model"), reasoning_entropy_threshold=0.6)
    assert eng is not None and calm is not None and eng.selected_model == "gpt-oss-20b"
    assert eng.use_reasoning and not calm.use_reasoning


def test_explicit_decision(cfg: RouterConfig) -> None:
    d = decide_explicit(cfg, "fast-1b")
    assert (d.selected_model, d.cluster, d.auto, d.modified) == ("fast-1b", "model_fast_1b", False, False)


def test_keyword_matcher_operators_and_boundaries() -> None:
    m = KeywordMatcher(
        [
            KeywordRule(name="a", category="x", operator="AND", keywords=["alpha", "beta"]),
            KeywordRule(name="o", category="y", keywords=["C++", "gamma ray"]),
            KeywordRule(name="cs", category="z", keywords=["SQL"], case_sensitive=True),
        ]
    )
    assert m.match("alpha and beta") == ("a", "x")
    assert m.match("alpha only") is None
    assert m.match("I like c++ a lot") == ("o", "y")
    assert m.match("GAMMA RAY burst") == ("o", "y")
    assert m.match("gammaray") is None
    assert m.match("sql") is None and m.match("SQL") == ("cs", "z")
