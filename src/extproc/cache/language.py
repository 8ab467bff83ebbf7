"""Which queries the shipped encoder can compare by meaning.

all-MiniLM-L6-v2 was trained on English: it embeds text in other scripts, but not reliably enough to
tell "capital of France?" from "capital of Germany?" in Russian, Chinese or Arabic (cosine 0.82-0.85).
Until a multilingual encoder ships, such queries are served from exact repeats only.
"""

from __future__ import annotations

import unicodedata

# Share of letters that must be Latin for a similarity match (mixed text such as code with a few
# foreign words still counts as covered).
MIN_LATIN_SHARE = 0.8


def encoder_covers(text: str) -> bool:
    latin = other = 0
    for ch in text:
        if not ch.isalpha():
            continue
        if ch.isascii() or unicodedata.name(ch, "").startswith("LATIN"):
            latin += 1
        else:
            other += 1
    total = latin + other
    return total == 0 or latin / total >= MIN_LATIN_SHARE
