"""Which text of a chat request the classifiers see (`classifier.input`)."""

from __future__ import annotations

from collections.abc import Sequence

from extproc.config.schema import ClassifierInput

Message = tuple[str, str]  # (role, text)

_SEPARATOR = "\n"


def text_for_classification(messages: Sequence[Message], cfg: ClassifierInput) -> str:
    """The last user message; with `include_system_prompt` the system/developer messages, with
    `include_history` the earlier turns too, capped at `max_chars`.

    Parts are ordered by importance, not by time: the last user message first, then the system prompt,
    then earlier turns from the most recent back. Both caps (`max_chars` here, `max_tokens` in the
    tokenizer) keep the head of the text, so the question being asked is never the part cut off.
    Without any user message, the last message of any role is used."""
    last_user = next((i for i in range(len(messages) - 1, -1, -1) if messages[i][0] == "user"), None)
    if last_user is None:
        last_user = len(messages) - 1
    if last_user < 0:
        return ""
    parts = [messages[last_user][1]]
    if cfg.include_system_prompt:
        parts.extend(text for role, text in messages if role in ("system", "developer") and text)
    if cfg.include_history:
        parts.extend(
            text
            for role, text in reversed(messages[:last_user])
            if role not in ("system", "developer") and text
        )
    return _SEPARATOR.join(p for p in parts if p)[: cfg.max_chars]
