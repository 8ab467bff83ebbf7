#!/usr/bin/env python3
"""Stdlib-only checker for pii_sentences.jsonl.  Exit status 1 on any problem.

usage: python3 validate.py [path/to/pii_sentences.jsonl] [--stats]
"""
import collections
import ipaddress
import json
import pathlib
import re
import sys

TYPES = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IP_ADDRESS",
         "IBAN_CODE", "STREET_ADDRESS", "DATE_TIME", "ORGANIZATION", "GPE", "URL"]
MIN_ROWS_PER_TYPE = {t: 15 for t in TYPES if t != "URL"}
MIN_ROWS_PER_TYPE["URL"] = 1
IBAN_LEN = {"AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22,
            "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21,
            "HU": 28, "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
            "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24,
            "SI": 19, "SK": 24, "SM": 27, "TR": 26}
EDGE_BAD = set(" \t\n.,;:!?\"'()[]{}<>")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
CARD_RUN = re.compile(r"(?<![\dA-Za-z])\d(?:[ -]?\d){12,18}(?![\dA-Za-z])")
IBAN_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")


def luhn_ok(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def card_problem(v):
    d = re.sub(r"[ -]", "", v)
    if not d.isdigit():
        return "non-digit characters"
    if not luhn_ok(d):
        return "fails Luhn"
    if d[0] == "4" and len(d) in (13, 16, 19):
        return None
    if len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return None
    if len(d) == 15 and d[:2] in ("34", "37"):
        return None
    if len(d) == 16 and (d.startswith("6011") or d.startswith("65")):
        return None
    return "unknown issuer prefix/length"


def ssn_problem(v):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    if not m:
        return "not AAA-GG-SSSS"
    a, g, s = (int(x) for x in m.groups())
    if not (1 <= a <= 899) or a == 666:
        return "bad area"
    if g == 0 or s == 0:
        return "zero group/serial"
    return None


def value_problem(t, v):
    if t == "CREDIT_CARD":
        return card_problem(v)
    if t == "IBAN_CODE":
        return None if iban_ok(v) else "bad IBAN (length or mod-97)"
    if t == "US_SSN":
        return ssn_problem(v)
    if t == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
        except ValueError:
            return "not a valid IPv4/IPv6 address"
        return None
    if t == "EMAIL_ADDRESS":
        return None if EMAIL_RE.fullmatch(v) else "not an e-mail address"
    if t == "PHONE_NUMBER":
        if not re.fullmatch(r"[+()\d][\d ()./-]*\d", v) or sum(c.isdigit() for c in v) < 7:
            return "not phone-shaped"
    return None


def covered(spans, s, e, types=None):
    return any(a <= s and e <= b and (types is None or t in types) for t, a, b in spans)


def main(argv):
    stats = "--stats" in argv
    args = [a for a in argv if not a.startswith("--")]
    path = pathlib.Path(args[0]) if args else pathlib.Path(__file__).resolve().parent / "pii_sentences.jsonl"
    errors = []
    rows = []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as ex:
            errors.append(f"line {no}: bad JSON: {ex}")
            continue
        rows.append((no, r))

    type_rows = collections.Counter()
    type_ents = collections.Counter()
    n_look = n_look_ents = n_multi = n_long = n_long_late = 0
    seen_text, seen_norm = {}, {}
    for no, r in rows:
        where = f"line {no}"
        if set(r) != {"text", "entities", "lookalike"}:
            errors.append(f"{where}: keys must be text, entities, lookalike (got {sorted(r)})")
            continue
        text, ents, look = r["text"], r["entities"], r["lookalike"]
        if not isinstance(text, str) or not text.strip() or not isinstance(ents, list) \
                or not isinstance(look, bool):
            errors.append(f"{where}: wrong field types")
            continue
        if text in seen_text:
            errors.append(f"{where}: duplicate text of line {seen_text[text]}")
        seen_text[text] = no
        norm = re.sub(r"[\d\W_]+", " ", text.lower()).strip()
        if norm in seen_norm:
            errors.append(f"{where}: near-duplicate of line {seen_norm[norm]}")
        seen_norm[norm] = no
        spans = []
        prev_end = -1
        for e in ents:
            if not isinstance(e, dict) or set(e) != {"type", "start", "end"}:
                errors.append(f"{where}: bad entity object {e}")
                continue
            t, s, en = e["type"], e["start"], e["end"]
            if t not in TYPES:
                errors.append(f"{where}: unknown type {t}")
            if not (isinstance(s, int) and isinstance(en, int) and 0 <= s < en <= len(text)):
                errors.append(f"{where}: bad offsets {e}")
                continue
            if s < prev_end:
                errors.append(f"{where}: overlapping or unsorted spans at {e}")
            prev_end = en
            v = text[s:en]
            if v[0] in EDGE_BAD and not (t == "PHONE_NUMBER" and v[0] == "("):
                errors.append(f"{where}: {t} span starts with {v[0]!r}: {v!r}")
            if v[-1] in EDGE_BAD:
                errors.append(f"{where}: {t} span ends with {v[-1]!r}: {v!r}")
            p = value_problem(t, v)
            if p:
                errors.append(f"{where}: {t} {v!r}: {p}")
            if look and t not in ("DATE_TIME", "GPE"):
                errors.append(f"{where}: look-alike row carries {t}")
            spans.append((t, s, en))
        # unannotated sensitive strings
        for m in EMAIL_RE.finditer(text):
            if not covered(spans, m.start(), m.end(), {"EMAIL_ADDRESS"}):
                errors.append(f"{where}: e-mail address without gold span: {m.group()!r}")
        for m in CARD_RUN.finditer(text):
            d = re.sub(r"[ -]", "", m.group())
            if luhn_ok(d) and not covered(spans, m.start(), m.end()):
                errors.append(f"{where}: Luhn-valid number without gold span: {m.group()!r}")
        for m in IBAN_RUN.finditer(text):
            cand = m.group()
            for k in range(len(cand), 14, -1):
                sub = cand[:k].rstrip()
                if iban_ok(sub) and not covered(spans, m.start(), m.start() + len(sub)):
                    errors.append(f"{where}: mod-97-valid IBAN without gold span: {sub!r}")
                    break
        # stats
        for t in {t for t, _, _ in spans}:
            type_rows[t] += 1
        for t, _, _ in spans:
            type_ents[t] += 1
        if look:
            n_look += 1
            n_look_ents += bool(spans)
        if len(spans) >= 2:
            n_multi += 1
        words = len(text.split())
        if 60 <= words <= 150 and not look:
            n_long += 1
            if spans and max(e for _, _, e in spans) >= 0.75 * len(text):
                n_long_late += 1

    n = len(rows)
    n_pii = n - n_look
    req = [
        (n >= 380, f"rows {n} < 380"),
        (n_pii >= 240, f"PII rows {n_pii} < 240"),
        (n_look >= 130, f"look-alike rows {n_look} < 130"),
        (n_look_ents <= 20, f"look-alike rows with DATE_TIME/GPE {n_look_ents} > 20"),
        (n_multi >= 100, f"multi-entity rows {n_multi} < 100"),
        (n_long_late >= 20, f"long rows with PII near the end {n_long_late} < 20"),
    ]
    for t, k in MIN_ROWS_PER_TYPE.items():
        req.append((type_rows[t] >= k, f"{t}: {type_rows[t]} rows < {k}"))
    errors += [msg for ok, msg in req if not ok]

    if stats:
        print(f"rows: {n}  (with PII: {n_pii}, look-alike: {n_look}, "
              f"look-alike with DATE_TIME/GPE: {n_look_ents})")
        print(f"multi-entity rows (>=2 spans): {n_multi}")
        print(f"long rows (60-150 words, PII): {n_long}  of which PII in last quarter: {n_long_late}")
        print(f"entities: {sum(type_ents.values())}")
        print(f"{'type':16s} {'rows':>5s} {'spans':>6s}")
        for t in TYPES:
            print(f"{t:16s} {type_rows[t]:5d} {type_ents[t]:6d}")
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    if errors:
        print(f"{len(errors)} problem(s)", file=sys.stderr)
        return 1
    if not stats:
        print(f"OK: {n} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
