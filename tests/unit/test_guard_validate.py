"""Structured PII, second stage: spans of structured types checked by python-stdnum, phonenumbers
and ipaddress; look-alikes dropped, pieces of one value joined, checksummed values retyped."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from extproc.classify.base import PIISpan
from extproc.config.schema import DEFAULT_PHONE_REGIONS, PIIConfig
from extproc.guard import StructuredValidator
from extproc.guard.validate import find_checksummed


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


def test_national_formats_of_the_configured_regions_are_phone_numbers() -> None:
    regions = list(DEFAULT_PHONE_REGIONS)
    for text, number in [
        ("ring 07911 123456 today", "07911 123456"),  # UK mobile
        ("appelle le 06 12 48 73 90", "06 12 48 73 90"),  # French mobile
        ("call 0412 384 905 now", "0412 384 905"),  # Australian mobile
    ]:
        spans = spans_of(text, ("PHONE_NUMBER", number))
        assert [text[s.start : s.end] for s in StructuredValidator("US", regions).filter([text], spans)] == [
            number
        ]
        assert StructuredValidator("US").filter([text], spans) == ()


def test_letters_are_not_keypad_digits() -> None:
    # phonenumbers reads "ORD" as 673; an order number is not a phone number.
    text = "order ORD-1147-3306 shipped"
    spans = spans_of(text, ("PHONE_NUMBER", "ORD-1147-3306"))
    assert StructuredValidator("US", list(DEFAULT_PHONE_REGIONS)).filter([text], spans) == ()


def test_an_ssn_in_its_printed_layout_outranks_a_phone_tag() -> None:
    text = "ssn 612-06-7074 on file"
    (span,) = StructuredValidator().filter([text], spans_of(text, ("PHONE_NUMBER", "612-06-7074")))
    assert (span.type, text[span.start : span.end]) == ("US_SSN", "612-06-7074")


def test_checksummed_values_are_found_where_the_model_missed_them() -> None:
    text = "Refund to NL91 ABNA 0417 1643 00 (BIC ABNANL2A), or card 4111-1111-1111-1111."
    found = StructuredValidator().filter([text], [])
    assert [(s.type, text[s.start : s.end], s.score) for s in found] == [
        ("IBAN_CODE", "NL91 ABNA 0417 1643 00", 1.0),
        ("CREDIT_CARD", "4111-1111-1111-1111", 1.0),
    ]
    assert StructuredValidator(patterns=False).filter([text], []) == ()


def test_look_alikes_do_not_match_the_patterns() -> None:
    for text in [
        "ISBN 978-0-306-40615-7",
        "order 4111111111111112 shipped",  # Luhn fails
        "tracking 1Z999AA10123456784",
        "IBAN-like XX00 1234 5678 9012 34",  # no such country, checksum fails
        "uuid 123e4567-e89b-12d3-a456-426614174000",
    ]:
        assert find_checksummed(text) == [], text


def test_pieces_inside_a_surer_value_are_dropped() -> None:
    text = "IBAN DE89 3704 0044 0532 0130 00, mail j.harrington@example.org, house 221, grey."
    spans = spans_of(
        text,
        ("STREET_ADDRESS", "3704 0044"),  # digits of the IBAN
        ("PHONE_NUMBER", "0532 0130 00"),
        ("PERSON", "j.harrington"),  # the e-mail's local part
        ("EMAIL_ADDRESS", "j.harrington@example.org"),
        ("STREET_ADDRESS", "221"),  # a house number alone
        ("PERSON", ","),  # punctuation
    )
    kept = StructuredValidator().filter([text], spans)
    assert [(s.type, text[s.start : s.end]) for s in kept] == [
        ("IBAN_CODE", "DE89 3704 0044 0532 0130 00"),
        ("EMAIL_ADDRESS", "j.harrington@example.org"),
    ]


def test_model_spans_next_to_a_value_are_kept() -> None:
    text = "Anna Schmidt, IBAN DE89 3704 0044 0532 0130 00, Berliner Str. 12"
    spans = spans_of(text, ("PERSON", "Anna Schmidt"), ("STREET_ADDRESS", "Berliner Str. 12"))
    kept = StructuredValidator().filter([text], spans)
    assert [s.type for s in kept] == ["PERSON", "IBAN_CODE", "STREET_ADDRESS"]


def test_unknown_phone_regions_are_refused_by_the_config() -> None:
    with pytest.raises(ValidationError, match="not a region"):
        PIIConfig(phone_regions=["XX"])
    assert PIIConfig(default_phone_region="gb").default_phone_region == "GB"


def test_fullwidth_values_are_validated_as_the_digits_they_read_as() -> None:
    """The tokenizer folds fullwidth forms before the model reads them; the checks read the same
    digits, with offsets into the original text."""
    text = "ssn ０７８－０５－１１２０ on file"
    (span,) = StructuredValidator().filter([text], spans_of(text, ("US_SSN", "０７８－０５－１１２０")))
    assert (span.type, text[span.start : span.end]) == ("US_SSN", "０７８－０５－１１２０")
    text = "card ４１１１ １１１１ １１１１ １１１１ ok"
    found = StructuredValidator().filter([text], [])
    assert [(s.type, text[s.start : s.end]) for s in found] == [
        ("CREDIT_CARD", "４１１１ １１１１ １１１１ １１１１")
    ]


def test_folding_keeps_every_offset() -> None:
    from extproc.guard.validate import fold_compatibility_forms

    assert (
        fold_compatibility_forms("ＡＢ１２ ﬁ ½ 𝟗") == "AB12 ﬁ ½ 9"
    )  # one-to-many forms are left as they are
    assert fold_compatibility_forms("plain") == "plain"


def test_an_ssn_in_arabic_indic_digits_is_validated() -> None:
    text = "ssn ٠٧٨-٠٥-١١٢٠ on file"
    (span,) = StructuredValidator().filter([text], spans_of(text, ("US_SSN", "٠٧٨-٠٥-١١٢٠")))
    assert (span.type, text[span.start : span.end]) == ("US_SSN", "٠٧٨-٠٥-١١٢٠")
