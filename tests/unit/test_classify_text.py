"""Which text of a conversation is classified."""

from __future__ import annotations

from extproc.classify.text import text_for_classification
from extproc.config.schema import ClassifierInput

CHAT = [
    ("system", "You are a tutor."),
    ("user", "What is a derivative?"),
    ("assistant", "The rate of change."),
    ("user", "And an integral?"),
]


def test_last_user_message_by_default() -> None:
    assert text_for_classification(CHAT, ClassifierInput()) == "And an integral?"


def test_system_prompt_included_after_the_question() -> None:
    text = text_for_classification(CHAT, ClassifierInput(include_system_prompt=True))
    assert text == "And an integral?\nYou are a tutor."


def test_history_most_recent_first_after_the_question() -> None:
    text = text_for_classification(CHAT, ClassifierInput(include_history=True))
    assert text == "And an integral?\nThe rate of change.\nWhat is a derivative?"


def test_everything_included() -> None:
    cfg = ClassifierInput(include_history=True, include_system_prompt=True)
    assert text_for_classification(CHAT, cfg).split("\n") == [
        "And an integral?",
        "You are a tutor.",
        "The rate of change.",
        "What is a derivative?",
    ]


def test_capped_at_max_chars_keeping_the_question() -> None:
    cfg = ClassifierInput(include_history=True, max_chars=20)
    assert text_for_classification(CHAT, cfg) == "And an integral?\nThe"
    long = [("user", "x" * 50_000)]
    assert len(text_for_classification(long, ClassifierInput())) == 8_000


def test_no_user_message_uses_the_last_message() -> None:
    assert text_for_classification([("system", "Be brief.")], ClassifierInput()) == "Be brief."
    assert text_for_classification([], ClassifierInput()) == ""


def test_later_turns_after_the_last_user_message_are_not_history() -> None:
    chat = [*CHAT, ("assistant", "Area under a curve.")]
    assert text_for_classification(chat, ClassifierInput(include_history=True)).startswith("And an integral?")
    assert "Area under a curve." not in text_for_classification(chat, ClassifierInput(include_history=True))
