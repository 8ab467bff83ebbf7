"""Guardrail policies: jailbreak thresholds and per-model PII rules. Pure functions of signals + config."""

from __future__ import annotations

from dataclasses import dataclass

from extproc.classify.base import Classification
from extproc.config.schema import Category, PIIConfig, PromptGuardConfig, RouterConfig


@dataclass(frozen=True, slots=True)
class JailbreakVerdict:
    blocked: bool
    score: float
    threshold: float
    type: str = "jailbreak"


def jailbreak_applies(guard: PromptGuardConfig, category: Category | None) -> bool:
    """Whether the jailbreak guard must decide on a request of this category."""
    if category is not None and category.jailbreak_enabled is not None:
        return category.jailbreak_enabled
    return guard.enabled


def check_jailbreak(
    guard: PromptGuardConfig, category: Category | None, score: float | None
) -> JailbreakVerdict | None:
    """None when the check does not apply (disabled globally or for the category, or no score)."""
    enabled = jailbreak_applies(guard, category)
    threshold = guard.threshold
    if category is not None and category.jailbreak_threshold is not None:
        threshold = category.jailbreak_threshold
    if not enabled or score is None:
        return None
    return JailbreakVerdict(blocked=score >= threshold, score=score, threshold=threshold)


def detected_pii_types(cfg: PIIConfig, result: Classification) -> frozenset[str]:
    """Entity types found with at least the configured confidence (empty when PII checks are off)."""
    if not cfg.enabled:
        return frozenset()
    return frozenset(s.type for s in result.pii if s.score >= cfg.threshold)


def forbidden_types(cfg: RouterConfig, model: str, types: frozenset[str]) -> list[str]:
    """The detected types that `model`'s pii_policy does not allow, sorted."""
    policy = cfg.models[model].pii_policy
    return sorted(t for t in types if not policy.allows(t))
