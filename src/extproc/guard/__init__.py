"""Guardrails: jailbreak blocking or rerouting, per-model PII policies, structured-PII validation."""

from extproc.guard.policy import (
    JailbreakVerdict,
    check_jailbreak,
    detected_pii_types,
    forbidden_types,
    jailbreak_applies,
    reroute_decision,
    types_allowed_nowhere,
)
from extproc.guard.validate import StructuredValidator, structured_validator

__all__ = [
    "JailbreakVerdict",
    "StructuredValidator",
    "check_jailbreak",
    "detected_pii_types",
    "forbidden_types",
    "jailbreak_applies",
    "reroute_decision",
    "structured_validator",
    "types_allowed_nowhere",
]
