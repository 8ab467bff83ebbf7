"""Second stage of PII detection: structured types are checked by well-kept libraries.

The token model finds where an entity is; for types with a checksum or a strict format the span's text
is then validated, and a span that fails is dropped before any policy sees it (an ISBN or an order
number tagged as a phone number, a CVE id as an SSN, a build number or UUID as an IP address,
"$72961M" as a card). A span that fails its own type but passes a checksummed one (a card number tagged
as a phone number, an IBAN as an SSN) is retyped.

| type | validated by |
|---|---|
| CREDIT_CARD | 13-19 digits, Luhn (python-stdnum), a known issuer prefix |
| IBAN_CODE | python-stdnum `iban` (country format, mod-97) |
| US_SSN | python-stdnum `us.ssn` (area, group, serial); published numbers such as 078-05-1120 still count |
| PHONE_NUMBER | phonenumbers: a valid number (region `pii.default_phone_region` without a + prefix) |
| IP_ADDRESS | ipaddress: an IPv4/IPv6 address or network |

Other types (PERSON, EMAIL_ADDRESS, ...) pass through unchanged.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Sequence

import phonenumbers
from stdnum import iban, luhn
from stdnum.exceptions import ValidationError
from stdnum.us import ssn

from extproc.classify.base import PIISpan
from extproc.classify.windows import merge_spans

# Characters a structured value runs on with (a span cut inside a value is widened over them); a
# space joins two digits ("4111 1111"), never a word to a number.
_VALUE_CHAR = re.compile(r"[0-9A-Za-z\-./:]")
_STRIP = " \t\r\n.,;:!?()[]{}<>\"'"
_OWN_STRIP = " \t\r\n.,;:!?\"'"
_CARD_SEPARATORS = re.compile(r"[ \-]")

# Issuer identification prefixes (first digits) of the major card networks.
_CARD_PREFIXES: tuple[tuple[int, int, int], ...] = (
    # (digits of the prefix, low, high)
    (1, 4, 4),  # Visa
    (2, 51, 55),  # Mastercard
    (4, 2221, 2720),  # Mastercard 2-series
    (2, 34, 34),  # American Express
    (2, 37, 37),
    (4, 6011, 6011),  # Discover
    (2, 65, 65),
    (3, 644, 649),
    (4, 3528, 3589),  # JCB
    (2, 36, 36),  # Diners Club
    (2, 38, 39),
    (3, 300, 305),
    (2, 62, 62),  # UnionPay
    (2, 50, 50),  # Maestro
    (2, 56, 58),
    (2, 63, 63),
    (2, 67, 67),
)


def is_credit_card(text: str) -> bool:
    digits = _CARD_SEPARATORS.sub("", text)
    if not digits.isdigit() or not 13 <= len(digits) <= 19:
        return False
    if not any(lo <= int(digits[:n]) <= hi for n, lo, hi in _CARD_PREFIXES):
        return False
    return bool(luhn.is_valid(digits))


def is_iban(text: str) -> bool:
    return bool(iban.is_valid(text))


def is_us_ssn(text: str) -> bool:
    try:
        ssn.validate(text)
        return True
    except ValidationError:
        pass
    # Well-formed numbers that stdnum rejects only because they were published (078-05-1120): a user
    # sending one still means to send an SSN.
    published: Sequence[str] = getattr(ssn, "_ssn_blacklist", ())
    try:
        return ssn.format(ssn.compact(text)) in published
    except Exception:
        return False


def is_ip_address(text: str) -> bool:
    try:
        if "/" in text:
            ipaddress.ip_network(text, strict=False)
        else:
            ipaddress.ip_address(text.strip("[]"))
        return True
    except ValueError:
        return False


def phone_validator(region: str) -> Callable[[str], bool]:
    def is_phone(text: str) -> bool:
        if sum(c.isdigit() for c in text) < 7:
            return False
        try:
            number = phonenumbers.parse(text, None if text.startswith("+") else region)
        except phonenumbers.NumberParseException:
            return False
        return bool(phonenumbers.is_valid_number(number))

    return is_phone


def validators(default_phone_region: str = "US") -> dict[str, Callable[[str], bool]]:
    return {
        "CREDIT_CARD": is_credit_card,
        "IBAN_CODE": is_iban,
        "US_SSN": is_us_ssn,
        "PHONE_NUMBER": phone_validator(default_phone_region),
        "IP_ADDRESS": is_ip_address,
    }


# Checksummed types a failed span may be retyped to (a format-only check is too weak for that).
_RETYPE_TO = ("CREDIT_CARD", "IBAN_CODE")


class StructuredValidator:
    """Validates the spans of structured types against their message's text."""

    def __init__(self, default_phone_region: str = "US") -> None:
        self.checks = validators(default_phone_region)

    def widen(self, text: str, span: PIISpan) -> tuple[int, int]:
        """The span widened over the value it was cut inside of (the model tags words, and "078-05-1120"
        is five of them), then stripped of surrounding punctuation."""
        start, end = max(0, span.start), min(len(text), span.end)

        def joins(i: int) -> bool:  # text[i] continues the value
            c = text[i]
            if c == " ":
                return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
            return bool(_VALUE_CHAR.match(c))

        while start > 0 and joins(start - 1):
            start -= 1
        while end < len(text) and joins(end):
            end += 1
        while start < end and text[start] in _STRIP + "-/:":
            start += 1
        while end > start and text[end - 1] in _STRIP + "-/:":
            end -= 1
        if start > 0 and text[start - 1] == "(" and ")" in text[start:end]:
            start -= 1  # "(415) 555-2671"
        return start, end

    def check(self, text: str, span: PIISpan) -> PIISpan | None:
        """The span (possibly retyped, its offsets those of the whole value), or None when neither its
        text nor the value around it is a valid entity of a structured type."""
        check = self.checks.get(span.type)
        if check is None:
            return span
        start, end = self.widen(text, span)
        candidates = [(start, end)]
        raw = text[span.start : span.end]
        own = raw.strip(_OWN_STRIP)
        if own and own != text[start:end]:
            s0 = span.start + len(raw) - len(raw.lstrip(_OWN_STRIP))
            candidates.insert(0, (s0, s0 + len(own)))
        for kind in (span.type, *(t for t in _RETYPE_TO if t != span.type)):
            for a, b in candidates:
                if self.checks[kind](text[a:b]):
                    return PIISpan(kind, a, b, span.score, span.message)
        return None

    def filter(self, texts: Sequence[str], spans: Sequence[PIISpan]) -> tuple[PIISpan, ...]:
        """Spans that survive validation; `span.message` indexes `texts` (-1 or out of range: kept as is)."""
        out = []
        for span in spans:
            if not 0 <= span.message < len(texts):
                out.append(span)
                continue
            checked = self.check(texts[span.message], span)
            if checked is not None:
                out.append(checked)
        # Pieces of one value ("078", "05", "1120") widened to the same span: keep one.
        return tuple(merge_spans(out))
