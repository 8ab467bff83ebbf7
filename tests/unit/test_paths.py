"""Every spelling of the chat path that an upstream would serve as chat is chat to the router."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extproc.openai import CHAT_COMPLETIONS_PATH
from extproc.pipeline import canonical_path, encoded_twice


@pytest.mark.parametrize(
    "raw",
    [
        "/v1/chat/completions",
        "/v1/chat/completions?x=1",
        "/v1/chat/completions/",
        "//v1/chat/completions",
        "/v1//chat///completions",
        "/v1/chat/%63ompletions",
        "/v1/%63hat/completions",
        "/%76%31/%63%68%61%74/%63%6f%6d%70%6c%65%74%69%6f%6e%73",
        "/v1/chat%2Fcompletions",
        "/v1/chat/%2563ompletions",  # double encoded
        "/v1/./chat/completions",
        "/v1/models/../chat/completions",
        "/../v1/chat/completions",
        "/v1/chat/completions#frag",
    ],
)
def test_chat_spellings(raw: str) -> None:
    assert canonical_path(raw) == CHAT_COMPLETIONS_PATH


@pytest.mark.parametrize("raw", ["/v1/models", "/v1/embeddings", "/v1/chat/completion", "/", ""])
def test_other_paths_stay_other(raw: str) -> None:
    assert canonical_path(raw) != CHAT_COMPLETIONS_PATH


@given(st.data())
def test_any_escaping_and_extra_slashes_of_the_chat_path(data: st.DataObject) -> None:
    out = []
    for ch in CHAT_COMPLETIONS_PATH:
        if ch == "/":
            out.append("/" * data.draw(st.integers(1, 3)))
        elif data.draw(st.booleans()):
            out.append(f"%{ord(ch):02X}" if data.draw(st.booleans()) else f"%{ord(ch):02x}")
        else:
            out.append(ch)
    if data.draw(st.booleans()):
        out.append("/")
    assert canonical_path("".join(out)) == CHAT_COMPLETIONS_PATH


@given(st.text(max_size=60))
def test_canonical_path_never_raises_and_is_absolute(raw: str) -> None:
    out = canonical_path(raw)
    assert out.startswith("/") and "//" not in out


@pytest.mark.parametrize(
    ("raw", "twice"),
    [
        ("/v1/chat/completions", False),
        ("/v1/chat/%63ompletions", False),
        ("/v1/chat/completions?q=%2541", False),  # the query is not the path
        ("/v1/chat/%2563ompletions", True),
        ("/v1/completions/%252e%252e/chat/completions", True),
        ("/v1/chat/completions%252f", True),
    ],
)
def test_paths_encoded_twice_are_spotted(raw: str, twice: bool) -> None:
    """Servers decode a path once; the router refuses one that needs a second decoding (400
    ambiguous_path), rather than route it as chat while the upstream acts on another path."""
    assert encoded_twice(raw) is twice
