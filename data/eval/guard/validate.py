"""Validate the guard eval files. Stdlib only. Exit code 1 on any problem.

Checks: JSON shape, unique texts, offsets (in range, no overlaps, no surrounding
whitespace), Luhn + issuer prefix/length for CREDIT_CARD, mod-97 + country length
for IBAN_CODE, area/group/serial ranges for US_SSN, IPv4/IPv6 syntax, e-mail
syntax, look-alike rows only carry DATE_TIME/GPE, no unannotated Luhn-valid card
numbers / valid IBANs / e-mail addresses anywhere, and the minimum counts.
Usage: python3 validate.py [--stats]
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IP_ADDRESS",
         "IBAN_CODE", "STREET_ADDRESS", "DATE_TIME", "ORGANIZATION", "GPE", "URL"}
KINDS = {"greeting", "thanks", "short_reply", "meta_request", "persona", "about_assistant",
         "security_defense", "small_talk", "other_language", "non_native_english"}
MIN_SENT_PER_TYPE = {t: 15 for t in ["CREDIT_CARD", "IBAN_CODE", "US_SSN", "PHONE_NUMBER",
                                      "EMAIL_ADDRESS", "IP_ADDRESS", "PERSON", "STREET_ADDRESS"]}
IBAN_LEN = {"AT": 20, "BE": 16, "CH": 21, "DE": 22, "DK": 18, "ES": 24, "FI": 18, "FR": 27,
            "GB": 22, "IE": 22, "IT": 27, "LU": 20, "NL": 18, "NO": 15, "PL": 28, "PT": 25,
            "SE": 24}

problems = []

def bad(msg):
    problems.append(msg)

def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0

def card_ok(value):
    if not re.fullmatch(r"[0-9 -]+", value):
        return "bad characters"
    num = re.sub(r"[ -]", "", value)
    if not luhn_ok(num):
        return "Luhn fails"
    if num[0] == "4" and len(num) in (13, 16, 19):
        return None
    if len(num) == 16 and (51 <= int(num[:2]) <= 55 or 2221 <= int(num[:4]) <= 2720):
        return None
    if len(num) == 15 and num[:2] in ("34", "37"):
        return None
    if len(num) == 16 and num.startswith("6011"):
        return None
    return "unknown issuer prefix/length"

def iban_valid(compact):
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+", compact):
        return False
    n = int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4]))
    return n % 97 == 1

def iban_problem(value):
    if not re.fullmatch(r"[A-Z0-9]{4}( [A-Z0-9]{1,4})*|[A-Z0-9]+", value):
        return "bad grouping"
    compact = value.replace(" ", "")
    cc = compact[:2]
    if cc not in IBAN_LEN:
        return "country not in length table"
    if len(compact) != IBAN_LEN[cc]:
        return f"length {len(compact)} != {IBAN_LEN[cc]} for {cc}"
    if not iban_valid(compact):
        return "mod-97 fails"
    return None

def ssn_problem(value):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", value)
    if not m:
        return "not AAA-GG-SSSS"
    a, g, s = m.groups()
    if a in ("000", "666") or a[0] == "9":
        return "invalid area"
    if g == "00":
        return "invalid group"
    if s == "0000":
        return "invalid serial"
    return None

def ipv4_ok(v):
    parts = v.split(".")
    return len(parts) == 4 and all(re.fullmatch(r"0|[1-9]\d{0,2}", p) and int(p) < 256 for p in parts)

def ipv6_ok(v):
    if v.count("::") > 1 or not re.fullmatch(r"[0-9a-fA-F:]+", v):
        return False
    if "::" in v:
        head, tail = v.split("::")
        groups = [g for g in head.split(":") if g] + [g for g in tail.split(":") if g]
        ok_len = len(groups) < 8
    else:
        groups = v.split(":")
        ok_len = len(groups) == 8
    return ok_len and all(1 <= len(g) <= 4 for g in groups)

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
CARDLIKE_RE = re.compile(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])")
IBANLIKE_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b")

def covered(spans, s, e, typ):
    return any(t == typ and a <= s and e <= b for t, a, b in spans)

def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append((n, json.loads(line)))
            except ValueError as ex:
                bad(f"{name}:{n}: not JSON ({ex})")
    return rows

def check_benign():
    rows = load("benign_turns.jsonl")
    seen, kinds = set(), {}
    for n, r in rows:
        where = f"benign_turns.jsonl:{n}"
        if set(r) != {"text", "kind"}:
            bad(f"{where}: keys {sorted(r)}")
            continue
        if not isinstance(r["text"], str) or not r["text"].strip():
            bad(f"{where}: empty text")
        if r["kind"] not in KINDS:
            bad(f"{where}: unknown kind {r['kind']!r}")
        if r["text"] in seen:
            bad(f"{where}: duplicate text {r['text']!r}")
        seen.add(r["text"])
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    if len(rows) < 330:
        bad(f"benign_turns.jsonl: only {len(rows)} rows (< 330)")
    return len(rows), kinds

def check_pii():
    rows = load("pii_sentences.jsonl")
    seen = set()
    stats = {"rows": len(rows), "pii_rows": 0, "lookalike_rows": 0, "multi_entity_rows": 0,
             "long_rows_60_120_words": 0, "sent_per_type": {}, "spans_per_type": {},
             "lookalike_with_date_or_place": 0}
    for n, r in rows:
        where = f"pii_sentences.jsonl:{n}"
        if set(r) != {"text", "entities", "lookalike"} or not isinstance(r.get("lookalike"), bool):
            bad(f"{where}: bad keys/types")
            continue
        text, ents = r["text"], r["entities"]
        if text in seen:
            bad(f"{where}: duplicate text")
        seen.add(text)
        spans, prev_end = [], -1
        for e in sorted(ents, key=lambda e: e["start"]):
            t, s, en = e.get("type"), e.get("start"), e.get("end")
            if set(e) != {"type", "start", "end"} or t not in TYPES:
                bad(f"{where}: bad entity {e}")
                continue
            if not (isinstance(s, int) and isinstance(en, int) and 0 <= s < en <= len(text)):
                bad(f"{where}: offsets out of range {e}")
                continue
            if s < prev_end:
                bad(f"{where}: overlapping entities at {s}")
            prev_end = en
            v = text[s:en]
            if v != v.strip() or v.strip(".,;:") != v and t not in ("PERSON", "STREET_ADDRESS", "URL"):
                bad(f"{where}: span has surrounding whitespace/punctuation {v!r}")
            spans.append((t, s, en))
            msg = None
            if t == "CREDIT_CARD":
                msg = card_ok(v)
            elif t == "IBAN_CODE":
                msg = iban_problem(v)
            elif t == "US_SSN":
                msg = ssn_problem(v)
            elif t == "IP_ADDRESS":
                msg = None if (ipv4_ok(v) or ipv6_ok(v)) else "not an IP"
            elif t == "EMAIL_ADDRESS":
                msg = None if EMAIL_RE.fullmatch(v) else "not an e-mail"
            elif t == "PHONE_NUMBER":
                msg = None if re.fullmatch(r"\+?[0-9 ().-]{7,}", v) and len(re.sub(r"\D", "", v)) >= 8 else "not a phone"
            elif t == "URL":
                msg = None if re.fullmatch(r"(https?://)?[\w.-]+\.[a-z]{2,}(/\S*)?", v) else "not a URL"
            if msg:
                bad(f"{where}: {t} {v!r}: {msg}")
        # nothing checksum-valid may be left unannotated
        for m in CARDLIKE_RE.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if 13 <= len(digits) <= 19 and card_ok(m.group()) is None and not covered(spans, m.start(), m.end(), "CREDIT_CARD"):
                bad(f"{where}: unannotated Luhn-valid card-like number {m.group()!r}")
        for m in IBANLIKE_RE.finditer(text):
            if iban_valid(m.group().replace(" ", "")) and not covered(spans, m.start(), m.end(), "IBAN_CODE"):
                bad(f"{where}: unannotated valid IBAN {m.group()!r}")
        for m in EMAIL_RE.finditer(text):
            if not covered(spans, m.start(), m.end(), "EMAIL_ADDRESS"):
                bad(f"{where}: unannotated e-mail {m.group()!r}")
        types = {t for t, _, _ in spans}
        if r["lookalike"]:
            stats["lookalike_rows"] += 1
            if types - {"DATE_TIME", "GPE"}:
                bad(f"{where}: look-alike row carries {sorted(types)}")
            if types:
                stats["lookalike_with_date_or_place"] += 1
        else:
            stats["pii_rows"] += 1
            if not types - {"DATE_TIME", "GPE", "ORGANIZATION"}:
                pass  # allowed: rows whose PII is only names of places/orgs/dates are rare but fine
            if not spans:
                bad(f"{where}: non-look-alike row without entities")
        if len(spans) >= 2:
            stats["multi_entity_rows"] += 1
        if 60 <= len(text.split()) <= 120:
            stats["long_rows_60_120_words"] += 1
        for t in types:
            stats["sent_per_type"][t] = stats["sent_per_type"].get(t, 0) + 1
        for t, _, _ in spans:
            stats["spans_per_type"][t] = stats["spans_per_type"].get(t, 0) + 1
    if stats["pii_rows"] < 200:
        bad(f"only {stats['pii_rows']} PII rows (< 200)")
    if stats["lookalike_rows"] < 110:
        bad(f"only {stats['lookalike_rows']} look-alike rows (< 110)")
    if stats["rows"] < 330:
        bad(f"only {stats['rows']} rows in pii_sentences.jsonl (< 330)")
    for t in TYPES:
        if stats["sent_per_type"].get(t, 0) == 0:
            bad(f"type {t} never occurs")
    for t, k in MIN_SENT_PER_TYPE.items():
        if stats["sent_per_type"].get(t, 0) < k:
            bad(f"type {t} in only {stats['sent_per_type'].get(t, 0)} sentences (< {k})")
    return stats

def main():
    nb, kinds = check_benign()
    stats = check_pii()
    if "--stats" in sys.argv or not problems:
        print(f"benign_turns.jsonl: {nb} turns")
        for k in sorted(kinds):
            print(f"  {k:20s} {kinds[k]}")
        print(f"pii_sentences.jsonl: {stats['rows']} sentences "
              f"({stats['pii_rows']} with PII, {stats['lookalike_rows']} look-alike, "
              f"{stats['lookalike_with_date_or_place']} of those with an annotated date/place)")
        print(f"  multi-entity sentences: {stats['multi_entity_rows']}; long (60-120 words): {stats['long_rows_60_120_words']}")
        print(f"  {'type':16s} {'sentences':>9s} {'spans':>6s}")
        for t in sorted(TYPES):
            print(f"  {t:16s} {stats['sent_per_type'].get(t, 0):9d} {stats['spans_per_type'].get(t, 0):6d}")
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
