"""Guardrail policies: jailbreak thresholds and per-model PII rules. Pure functions of signals + config."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from extproc.classify.base import Classification
from extproc.config.schema import Category, PIIConfig, PromptGuardConfig, RouterConfig
from extproc.router import RoutingDecision, Signals


@dataclass(frozen=True, slots=True)
class JailbreakVerdict:
    blocked: bool
    score: float
    threshold: float
    type: str = "jailbreak"
    # With `prompt_guard.action: reroute`, a score in [reroute_threshold, threshold): the request goes
    # to `prompt_guard.reroute_model` instead of being refused.
    rerouted: bool = False


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
    blocked = score >= threshold
    rerouted = (
        not blocked
        and guard.action == "reroute"
        and guard.reroute_model is not None
        and score >= guard.reroute_threshold
    )
    return JailbreakVerdict(blocked=blocked, score=score, threshold=threshold, rerouted=rerouted)


def detected_pii_types(cfg: PIIConfig, result: Classification) -> frozenset[str]:
    """Entity types found with at least the configured confidence, less `pii.types_ignored`
    (empty when PII checks are off)."""
    if not cfg.enabled:
        return frozenset()
    ignored = set(cfg.types_ignored)
    return frozenset(s.type for s in result.pii if s.score >= cfg.threshold and s.type not in ignored)


def forbidden_types(cfg: RouterConfig, model: str, types: frozenset[str]) -> list[str]:
    """The detected types that `model`'s pii_policy does not allow, sorted."""
    policy = cfg.models[model].pii_policy
    return sorted(t for t in types if not policy.allows(t))


# Identity and account numbers: refusing them for every model is a deliberate policy, not a slip.
SENSITIVE_IDENTIFIERS = frozenset(
    {
        "CREDIT_CARD",
        "US_SSN",
        "IBAN_CODE",
        "US_BANK_NUMBER",
        "US_DRIVER_LICENSE",
        "US_PASSPORT",
        "US_ITIN",
        "CRYPTO",
        "MEDICAL_LICENSE",
        "UK_NHS",
    }
)


def types_allowed_nowhere(cfg: RouterConfig, detectable: Iterable[str]) -> list[str]:
    """Types the PII head can report that no model allows, other than identity and account numbers
    (SENSITIVE_IDENTIFIERS) and ignored types: with PII checks on, any request that merely mentions
    one (a link, a nationality, a ZIP code) is refused whatever it asks. Sorted."""
    if not cfg.pii.enabled:
        return []
    skip = set(cfg.pii.types_ignored) | SENSITIVE_IDENTIFIERS
    return sorted(
        t
        for t in set(detectable) - skip
        if not any(entry.pii_policy.allows(t) for entry in cfg.models.values())
    )


def reroute_decision(
    cfg: RouterConfig, original_model: str, signals: Signals, *, auto: bool
) -> RoutingDecision:
    """The decision for a request the jailbreak guard sends to `prompt_guard.reroute_model`: that model,
    no reasoning and no category system prompt (the request is suspect, not routed on its merits)."""
    model = cfg.prompt_guard.reroute_model
    assert model is not None
    entry = cfg.models[model]
    return RoutingDecision(
        original_model=original_model,
        selected_model=model,
        cluster=entry.cluster,
        endpoint=entry.endpoint,
        category=(signals.category or "other") if auto else "",
        confidence=signals.confidence if auto else 0.0,
        auto=auto,
        reasoning=None,
        system_prompt=None,
        system_prompt_mode="replace",
        reason="jailbreak_reroute",
    )
