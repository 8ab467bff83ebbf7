"""Keyword rules: a cheap, explainable category signal that runs before (and overrides) the model."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extproc.config.schema import KeywordRule


@dataclass(frozen=True, slots=True)
class _CompiledRule:
    name: str
    category: str
    operator: str
    patterns: tuple[re.Pattern[str], ...]

    def matches(self, text: str) -> bool:
        hits = (p.search(text) is not None for p in self.patterns)
        if self.operator == "AND":
            return all(hits)
        if self.operator == "NOR":
            return not any(hits)
        return any(hits)


class KeywordMatcher:
    """First matching rule wins; keywords match on word boundaries."""

    def __init__(self, rules: list[KeywordRule]) -> None:
        self._rules = tuple(
            _CompiledRule(
                r.name,
                r.category,
                r.operator,
                tuple(
                    re.compile(
                        r"(?<!\w)" + re.escape(k) + r"(?!\w)", 0 if r.case_sensitive else re.IGNORECASE
                    )
                    for k in r.keywords
                ),
            )
            for r in rules
        )

    def match(self, text: str) -> tuple[str, str] | None:
        """(rule name, category) of the first rule that matches, else None."""
        for rule in self._rules:
            if rule.matches(text):
                return rule.name, rule.category
        return None
