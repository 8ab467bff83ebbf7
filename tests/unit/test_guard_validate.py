"""Structured PII, second stage: spans of structured types checked by python-stdnum, phonenumbers
and ipaddress; look-alikes dropped, pieces of one value joined, checksummed values retyped."""

from __future__ import annotations

import pytest

from extproc.classify.base import PIISpan
from extproc.guard import StructuredValidator


def spans_of(text: str, *pieces: tuple[str, str]) -> list[PIISpan]:
    out = []
    for kind, value in pieces:
        start = text.index(value)
        out.append(PIISpan(kind, start, start + len(value), 0.9, 0))
    return out


@pytest.mark.parametrize(
    ("text", "pieces", "kept"),
    [
        # The model tags words: "078", "-", "05" ... one SSN, whatever the pieces were typed as.
        (
            "My social security number is 078-05-1120, thanks.",
            [("US_SSN", "078"), ("PHONE_NUMBER", "-05"), ("US_SSN", "1120")],
            [("US_SSN", "078-05-1120")],
        ),
        ("Patch CVE-2021-44228 today", [("US_SSN", "2021-44228")], []),
        ("Part no. 123-45-67890 is out", [("US_SSN", "123-45-67890")], []),
        (
            "Pay with 4111 1111 1111 1111 today",
            [("CREDIT_CARD", "4111 1111")],
            [("CREDIT_CARD", "4111 1111 1111 1111")],
        ),
        ("Revenue $72961M last year", [("CREDIT_CARD", "72961M")], []),
        ("Order 1234567812345678 shipped", [("CREDIT_CARD", "1234567812345678")], []),
        (
            "IBAN GB82 WEST 1234 5698 7654 32 please",
            [("IBAN_CODE", "GB82 WEST 1234 5698 7654 32")],
            [("IBAN_CODE", "GB82 WEST 1234 5698 7654 32")],
        ),
        ("ISBN 978-0-306-40615-7 is the book", [("PHONE_NUMBER", "978-0-306-40615-7")], []),
        (
            "Call me on (415) 555-2671 tonight",
            [("PHONE_NUMBER", "(415) 555-2671")],
            [("PHONE_NUMBER", "(415) 555-2671")],
        ),
        ("Ring +49 30 901820 now", [("PHONE_NUMBER", "+49 30 901820")], [("PHONE_NUMBER", "+49 30 901820")]),
        ("OID 1.3.6.1.4.1.311 here", [("IP_ADDRESS", "1.3.6.1.4.1.311")], []),
        ("at 48.8566, 2.3522 exactly", [("IP_ADDRESS", "48.8566")], []),
        (
            "server 2001:db8::1 and 10.0.0.0/8",
            [("IP_ADDRESS", "2001:db8::1"), ("IP_ADDRESS", "10.0.0.0/8")],
            [("IP_ADDRESS", "2001:db8::1"), ("IP_ADDRESS", "10.0.0.0/8")],
        ),
        (
            "mail me at a@b.co",
            [("EMAIL_ADDRESS", "a@b.co"), ("PERSON", "mail")],
            [("PERSON", "mail"), ("EMAIL_ADDRESS", "a@b.co")],
        ),
    ],
)
def test_validation(text: str, pieces: list[tuple[str, str]], kept: list[tuple[str, str]]) -> None:
    result = StructuredValidator().filter([text], spans_of(text, *pieces))
    assert [(s.type, text[s.start : s.end]) for s in result] == kept


def test_a_card_number_typed_as_a_phone_is_retyped() -> None:
    text = "number 5555 5555 5555 4444 ok"
    (span,) = StructuredValidator().filter([text], spans_of(text, ("PHONE_NUMBER", "5555 5555 5555 4444")))
    assert span.type == "CREDIT_CARD"


def test_spans_without_a_message_pass_untouched() -> None:
    span = PIISpan("US_SSN", 0, 3, 0.9)
    assert StructuredValidator().filter(["abc"], [span]) == (span,)


def test_phone_region_is_configurable() -> None:
    text = "bel 020 794 6095"
    spans = spans_of(text, ("PHONE_NUMBER", "020 794 6095"))
    assert StructuredValidator("NL").filter([text], spans)
    assert not StructuredValidator("US").filter([text], spans)
