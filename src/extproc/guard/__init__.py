"""Guardrails: jailbreak blocking and per-model PII policies."""

from extproc.guard.policy import (
    JailbreakVerdict,
    check_jailbreak,
    detected_pii_types,
    forbidden_types,
    jailbreak_applies,
)

__all__ = [
    "JailbreakVerdict",
    "check_jailbreak",
    "detected_pii_types",
    "forbidden_types",
    "jailbreak_applies",
]
