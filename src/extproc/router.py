"""The routing decision: signals -> category -> model -> reasoning -> system prompt.

Pure: no I/O, no ext_proc or OpenAI types beyond the small value objects it returns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from extproc.config.schema import Category, ModelScore, ReasoningStyle, RouterConfig

OTHER = "other"


@dataclass(frozen=True, slots=True)
class ReasoningParams:
    """How to switch reasoning on/off for the chosen model's family."""

    style: Literal["chat_template_kwargs", "reasoning_effort"]
    parameter: str
    enabled: bool
    effort: str = "medium"


@dataclass(frozen=True, slots=True)
class Signals:
    """What the classifiers said about a prompt."""

    category: str | None = None
    confidence: float = 0.0
    # Normalised entropy of the category distribution (0 certain .. 1 uniform).
    entropy: float = 0.0
    # "keyword", "model" or "none".
    source: str = "none"


@dataclass(frozen=True, slots=True)
class RoutingDecision:
    original_model: str
    selected_model: str
    cluster: str
    endpoint: str | None
    category: str
    confidence: float
    # True when the router chose the model (auto), False for an explicit model.
    auto: bool
    reasoning: ReasoningParams | None
    system_prompt: str | None
    system_prompt_mode: str
    # Why: "explicit", "keyword", "model", "default", "pii_reroute".
    reason: str

    @property
    def use_reasoning(self) -> bool:
        return self.reasoning is not None and self.reasoning.enabled

    @property
    def modified(self) -> bool:
        return self.original_model != self.selected_model


def is_auto(cfg: RouterConfig, model: str) -> bool:
    return model in cfg.auto_model_names


def _reasoning_for(
    cfg: RouterConfig, model: str, score: ModelScore | None, force_on: bool
) -> ReasoningParams | None:
    family_name = cfg.models[model].reasoning_family
    if family_name is None:
        return None
    family = cfg.reasoning_families[family_name]
    enabled = force_on or (score is not None and score.use_reasoning)
    effort = (score.reasoning_effort if score else None) or cfg.default_reasoning_effort
    if family.type is ReasoningStyle.CHAT_TEMPLATE_KWARGS:
        return ReasoningParams("chat_template_kwargs", family.parameter, enabled, effort)
    return ReasoningParams("reasoning_effort", family.parameter, enabled, effort)


def ranked_models(category: Category | None) -> list[ModelScore]:
    if category is None:
        return []
    return sorted(category.model_scores, key=lambda s: s.score, reverse=True)


def decide_explicit(cfg: RouterConfig, model: str) -> RoutingDecision:
    """An explicit model name is honoured as sent: no classification, no rewrite."""
    entry = cfg.models[model]
    return RoutingDecision(
        original_model=model,
        selected_model=model,
        cluster=entry.cluster,
        endpoint=entry.endpoint,
        category="",
        confidence=0.0,
        auto=False,
        reasoning=None,
        system_prompt=None,
        system_prompt_mode="replace",
        reason="explicit",
    )


def decide_auto(
    cfg: RouterConfig,
    original_model: str,
    signals: Signals,
    *,
    model_allowed: Callable[[str], bool] = lambda _m: True,
    reasoning_entropy_threshold: float | None = None,
) -> RoutingDecision | None:
    """Choose a model for an `auto` request.

    `model_allowed` lets policies (PII) veto models; the next-best model of the category is taken,
    then the default model. Returns None when no allowed model remains (the caller blocks).
    """
    cat_name = signals.category or OTHER
    category = cfg.category(cat_name)
    if category is None:
        cat_name, category = OTHER, cfg.category(OTHER)
    threshold = (
        cfg.classifier.reasoning_entropy_threshold
        if reasoning_entropy_threshold is None
        else reasoning_entropy_threshold
    )
    # An uncertain classification turns reasoning on for the chosen model (when its family supports it).
    uncertain = signals.source == "model" and threshold < 1.0 and signals.entropy >= threshold

    # No signal at all (no rule matched, no classifier): the default model, as configured.
    candidates: Iterable[ModelScore | None] = (
        [*ranked_models(category), None] if signals.category is not None else [None]
    )
    first_choice = True
    for score in candidates:
        model = score.model if score is not None else cfg.default_model
        if not model_allowed(model):
            first_choice = False
            continue
        entry = cfg.models[model]
        if first_choice:
            reason = signals.source if score is not None else "default"
        else:
            reason = "pii_reroute"
        return RoutingDecision(
            original_model=original_model,
            selected_model=model,
            cluster=entry.cluster,
            endpoint=entry.endpoint,
            category=cat_name,
            confidence=signals.confidence,
            auto=True,
            reasoning=_reasoning_for(cfg, model, score, uncertain),
            system_prompt=category.system_prompt if category else None,
            system_prompt_mode=category.system_prompt_mode if category else "replace",
            reason=reason,
        )
    return None
