"""The semantic cache's exact layer: two texts that differ only in case, punctuation and spacing ask
the same thing.

`exact_key` is the normal form both the verifier (`extproc.cache.verifier`, which serves an exact
match without asking the model) and the quality bench use. The word lists that used to decide the
rest (`lexicon.py`) are gone: they were written with the team's pairs in view and did not carry to
new wording; a learned cross-encoder decides instead.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["exact_key"]

# Sentence punctuation, except "." or "," between digits; apostrophes and hyphens inside words are joined.
_EXACT_DROP_RE = re.compile(r"(?<!\d)[.,](?!\d)|(?<=\d)[.,](?!\d)|(?<!\d)[.,](?=\d)|[?!;:\"`()\[\]{}_]")
_EXACT_JOIN_RE = re.compile(r"'|(?<=[a-z])-(?=[a-z])")


def exact_key(text: str) -> str:
    """The exact-match layer's key: lower-case, sentence punctuation dropped, whitespace collapsed.

    Symbols that change an answer stay ("2x - 3" is not "2x + 3"), and so do a decimal point or a
    thousands separator between digits ("3.5" is not "35")."""
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'").replace("\u2018", "'")
    text = _EXACT_DROP_RE.sub(" ", _EXACT_JOIN_RE.sub("", text))
    return " ".join(text.split())
