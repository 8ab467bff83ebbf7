"""Guardrails: jailbreak blocking and per-model PII policies."""
