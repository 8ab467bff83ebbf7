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
| PHONE_NUMBER | phonenumbers: a valid number of its + country code, or (no prefix) of `pii.default_phone_region` or one of `pii.phone_regions`; digits and separators only |
| IP_ADDRESS | ipaddress: an IPv4/IPv6 address or network |

Other types (PERSON, EMAIL_ADDRESS, ...) pass through the checks, then overlaps are resolved: the
token model often tags pieces of one value with other types (the digits of an IBAN as a street
address, an e-mail's local part as a person). A span that overlaps a validated structured value, or an
e-mail address, of another type is part of that value and is dropped; so is a span with fewer than two
letters or digits, and a street address without a letter (a house number alone locates nothing).
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache

import phonenumbers
from stdnum import iban, luhn
from stdnum.exceptions import ValidationError
from stdnum.us import ssn

from extproc.classify.base import PIISpan
from extproc.classify.tokenize import reveal_hidden_ascii
from extproc.classify.windows import merge_spans
from extproc.config.schema import PIIConfig

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


# A written phone number: digits and the separators people put between them, optionally a leading +.
# phonenumbers itself reads letters as keypad digits ("ORD-1147-3306"), which is not what a message means.
_PHONE_TEXT = re.compile(r"\+?[0-9 ()\-./]+")


def phone_validator(regions: Sequence[str] = ("US",)) -> Callable[[str], bool]:
    """Valid numbers only: of the country its + prefix names, else of the first region in `regions`
    that parses it as valid (national formats differ: "07911 123456" is a UK mobile, not a US number)."""
    national = tuple(dict.fromkeys(r.upper() for r in regions))

    def is_phone(text: str) -> bool:
        if sum(c.isdigit() for c in text) < 7 or not _PHONE_TEXT.fullmatch(text):
            return False
        if text.startswith("+") or text.startswith("00"):
            candidates: tuple[str | None, ...] = (None,)
            text = "+" + text[2:] if text.startswith("00") else text
        else:
            candidates = national
        for region in candidates:
            try:
                number = phonenumbers.parse(text, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                return True
        return False

    return is_phone


def validators(phone_regions: Sequence[str] = ("US",)) -> dict[str, Callable[[str], bool]]:
    return {
        "CREDIT_CARD": is_credit_card,
        "IBAN_CODE": is_iban,
        "US_SSN": is_us_ssn,
        "PHONE_NUMBER": phone_validator(phone_regions),
        "IP_ADDRESS": is_ip_address,
    }


# Checksummed types a failed span may be retyped to (a format-only check is too weak for that).
_RETYPE_TO = ("CREDIT_CARD", "IBAN_CODE")
# An SSN in its printed layout outranks a phone tag (no phone plan groups digits 3-2-4).
_SSN_LAYOUT = re.compile(r"\d{3}[- ]\d{2}[- ]\d{4}")

# Candidates for the pattern stage: runs of digits with single separators, and IBAN-shaped groups.
_CARD_RUN = re.compile(r"(?<![\w\-])\d(?:[ \-]?\d){12,18}(?![\w\-])")
_IBAN_RUN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")


def find_checksummed(text: str) -> list[tuple[str, int, int]]:
    """Card numbers and IBANs anywhere in `text`, found by pattern and kept only when their checksum
    holds (Luhn and an issuer prefix; ISO 13616 mod-97), whatever the token model made of them."""
    found: list[tuple[str, int, int]] = []
    for m in _CARD_RUN.finditer(text):
        if is_credit_card(m.group()):
            found.append(("CREDIT_CARD", m.start(), m.end()))
    for m in _IBAN_RUN.finditer(text):
        # The run may swallow a following word ("... 3000 BIC"): shorten it word by word until valid.
        value = m.group()
        while value:
            if is_iban(value):
                found.append(("IBAN_CODE", m.start(), m.start() + len(value)))
                break
            cut = value.rfind(" ")
            value = value[:cut] if cut > 0 else value[:-1]
            if len(value.replace(" ", "")) < 15:
                break
    return found


class StructuredValidator:
    """Validates the spans of structured types against their message's text."""

    def __init__(
        self, default_phone_region: str = "US", phone_regions: Sequence[str] = (), patterns: bool = True
    ) -> None:
        self.checks = validators((default_phone_region, *phone_regions))
        self.patterns = patterns

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
        # A checksum outranks the model's tag: card and IBAN digits are often tagged as phone numbers,
        # and long national phone formats would accept them.
        for kind in (*_RETYPE_TO, "US_SSN", span.type):
            for a, b in candidates:
                value = text[a:b]
                if kind == "US_SSN" and kind != span.type and not _SSN_LAYOUT.fullmatch(value):
                    continue
                if self.checks[kind](value):
                    return PIISpan(kind, a, b, span.score, span.message)
        return None

    def filter(self, texts: Sequence[str], spans: Sequence[PIISpan]) -> tuple[PIISpan, ...]:
        """Spans that survive validation; `span.message` indexes `texts` (-1 or out of range: kept as is)."""
        texts = [fold_compatibility_forms(t) for t in texts]
        out = []
        for span in spans:
            if not 0 <= span.message < len(texts):
                out.append(span)
                continue
            checked = self.check(texts[span.message], span)
            if checked is not None:
                out.append(checked)
        if self.patterns:
            for i, text in enumerate(texts):
                out += [PIISpan(kind, a, b, 1.0, i) for kind, a, b in find_checksummed(text)]
        # Pieces of one value ("078", "05", "1120") widened to the same span: keep one.
        return resolve_overlaps(texts, merge_spans(out), frozenset(self.checks))


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    folded = unicodedata.normalize("NFKC", c)
    return folded if len(folded) == 1 else c


def fold_compatibility_forms(text: str) -> str:
    """NFKC character by character where it maps one character to one ("０７８" -> "078", "ＡＢ" ->
    "AB"), so offsets are unchanged. The tokenizer folds these forms before the model reads them
    (`classify.tokenize`); the checks here must read the same digits, or a fullwidth SSN the model
    found would fail python-stdnum and be dropped."""
    return text if text.isascii() else "".join(map(_fold_char, reveal_hidden_ascii(text)))


def structured_validator(pii: PIIConfig) -> StructuredValidator | None:
    """The validator `pii` configures (None when `validate_structured` is off)."""
    if not pii.validate_structured:
        return None
    return StructuredValidator(pii.default_phone_region, pii.phone_regions, pii.pattern_recognizers)


# How sure the extent and type of a span are: checksums, then strict layouts (an SSN; an e-mail with
# its @), then library-valid numbers, then the model alone. A span overlapping a surer span of another
# type is a piece of that value and is dropped.
_RANK = {
    "CREDIT_CARD": 0,
    "IBAN_CODE": 0,
    "US_SSN": 1,
    "EMAIL_ADDRESS": 1,
    "PHONE_NUMBER": 2,
    "IP_ADDRESS": 2,
}
_MODEL_ONLY = 3


def resolve_overlaps(
    texts: Sequence[str], spans: Sequence[PIISpan], validated_types: frozenset[str]
) -> tuple[PIISpan, ...]:
    """Drops the pieces the token model tagged inside another value (see the module docstring).
    `validated_types` are the types whose spans passed a library check in this pass."""

    def text_of(span: PIISpan) -> str:
        return texts[span.message][span.start : span.end] if 0 <= span.message < len(texts) else ""

    def rank(span: PIISpan) -> int:
        if span.type in validated_types or (span.type == "EMAIL_ADDRESS" and "@" in text_of(span)):
            return _RANK.get(span.type, _MODEL_ONLY)
        return _MODEL_ONLY

    ranked = [(rank(s), s) for s in spans]

    def inside_surer(r: int, span: PIISpan) -> bool:
        return any(
            ra < r
            and a.type != span.type
            and a.message == span.message
            and a.start < span.end
            and span.start < a.end
            for ra, a in ranked
        )

    def noise(span: PIISpan) -> bool:
        if not 0 <= span.message < len(texts):
            return False
        value = text_of(span)
        if sum(c.isalnum() for c in value) < 2:
            return True
        return span.type == "STREET_ADDRESS" and not any(c.isalpha() for c in value)

    return tuple(s for r, s in ranked if not inside_surer(r, s) and not noise(s))
