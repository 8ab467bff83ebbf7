#!/usr/bin/env python3
"""Assemble written.jsonl from hand-written marked-up sources and check it.

Sources: pos_*.txt (rows with entities) and neg_*.txt (rows with no PII, or only
DATE_TIME/GPE). One row per line; lines starting with '#' and blank lines are
skipped; the two characters backslash-n inside a line become a real newline.
Markup: [[TYPE:value]]. Placeholders {NAME} are replaced by numbers generated
with a seeded RNG (valid ones for cards/IBAN/SSN, deliberately invalid ones for
the BAD* placeholders used in negative rows).
"""
import glob
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "written.jsonl")
TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IP_ADDRESS",
         "IBAN_CODE", "STREET_ADDRESS", "DATE_TIME", "ORGANIZATION", "GPE", "URL"}
rng = random.Random(20261129)

# ---------------------------------------------------------------- generators
def luhn_ok(num):
    d = [int(c) for c in num][::-1]
    s = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0

def luhn_complete(prefix, length):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

def card(kind):
    if kind == "VISA":
        return luhn_complete("4", 16)
    if kind == "MC":
        p = rng.choice([str(rng.randint(51, 55)), str(rng.randint(2221, 2720))])
        return luhn_complete(p, 16)
    if kind == "AMEX":
        return luhn_complete(rng.choice(["34", "37"]), 15)
    raise KeyError(kind)

def group(num, sep, amex=False):
    if amex:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))

def bad_card():
    while True:
        n = "4" + "".join(str(rng.randrange(10)) for _ in range(15))
        if not luhn_ok(n):
            return n

IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "IT": 27, "CH": 21, "AT": 20,
            "BE": 16, "PL": 28, "IE": 22}

def iban_check(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)

def iban_valid(iban):
    iban = iban.replace(" ", "")
    if len(iban) != IBAN_LEN.get(iban[:2], -1):
        return False
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1

def bban_for(country):
    n = IBAN_LEN[country] - 4
    digits = lambda k: "".join(str(rng.randrange(10)) for _ in range(k))
    letters = lambda k: "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(k))
    if country == "GB":
        return letters(4) + digits(14)
    if country == "NL":
        return letters(4) + digits(10)
    if country == "IE":
        return letters(4) + digits(14)
    if country == "IT":
        return letters(1) + digits(22)
    return digits(n)

def iban(country):
    b = bban_for(country)
    return country + iban_check(country, b) + b

def bad_iban(country):
    good = iban(country)
    cd = int(good[2:4])
    wrong = "%02d" % ((cd + rng.randint(1, 40)) % 97 + 2)
    if wrong == good[2:4]:
        wrong = "%02d" % ((cd + 3) % 97 + 2)
    b = good[:2] + wrong + good[4:]
    assert not iban_valid(b)
    return b

def spaced(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

SSN_RE = re.compile(r"^(\d{3})-(\d{2})-(\d{4})$")

def ssn_valid(s):
    m = SSN_RE.match(s)
    if not m:
        return False
    a, g, ser = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return 1 <= a <= 899 and a != 666 and 1 <= g <= 99 and 1 <= ser <= 9999

def ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))

def bad_ssn():  # SSN-shaped but invalid (area 000/666/9xx or group 00)
    kind = rng.randrange(3)
    if kind == 0:
        return "%03d-%02d-%04d" % (rng.randint(900, 999), rng.randint(1, 99), rng.randint(1, 9999))
    if kind == 1:
        return "000-%02d-%04d" % (rng.randint(1, 99), rng.randint(1, 9999))
    return "%03d-00-%04d" % (rng.randint(100, 899), rng.randint(1, 9999))

GEN = {
    "VISA": lambda: card("VISA"),
    "VISA_S": lambda: group(card("VISA"), " "),
    "VISA_D": lambda: group(card("VISA"), "-"),
    "MC": lambda: card("MC"),
    "MC_S": lambda: group(card("MC"), " "),
    "MC_D": lambda: group(card("MC"), "-"),
    "AMEX": lambda: card("AMEX"),
    "AMEX_S": lambda: group(card("AMEX"), " ", amex=True),
    "SSN": ssn,
    "SSN_PLAIN": lambda: ssn().replace("-", " "),
    "BADCARD": bad_card,
    "BADCARD_S": lambda: group(bad_card(), " "),
    "BADSSN": bad_ssn,
}
for _c in IBAN_LEN:
    GEN["IBAN_" + _c] = (lambda c: lambda: iban(c))(_c)
    GEN["IBAN_%s_S" % _c] = (lambda c: lambda: spaced(iban(c)))(_c)
    GEN["BADIBAN_" + _c] = (lambda c: lambda: bad_iban(c))(_c)
    GEN["BADIBAN_%s_S" % _c] = (lambda c: lambda: spaced(bad_iban(c)))(_c)

PH_RE = re.compile(r"\{([A-Z]+(?:_[A-Z]+)*)\}")
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")

def fill(line):
    return PH_RE.sub(lambda m: GEN[m.group(1)]() if m.group(1) in GEN else m.group(0), line)

def parse(line):
    text, spans, pos = [], [], 0
    out = ""
    last = 0
    for m in MARK_RE.finditer(line):
        out += line[last:m.start()]
        typ, val = m.group(1), m.group(2)
        if typ not in TYPES:
            raise ValueError("bad type %r in %r" % (typ, line))
        spans.append({"type": typ, "start": len(out), "end": len(out) + len(val), "value": val})
        out += val
        last = m.end()
    out += line[last:]
    if "[[" in out or "]]" in out:
        raise ValueError("leftover markup: %r" % line)
    return out, spans

def load(pattern):
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, pattern))):
        with open(path, encoding="utf-8") as f:
            for ln, raw in enumerate(f, 1):
                raw = raw.rstrip("\n")
                if not raw.strip() or raw.lstrip().startswith("#"):
                    continue
                rows.append((os.path.basename(path), ln, raw.replace("\\n", "\n")))
    return rows

# ---------------------------------------------------------------- checks
PUNCT = " \t\n.,;:!?\"'()[]{}<>"

def check_row(obj, kind):
    errs = []
    if set(obj) != {"text", "spans", "template"}:
        errs.append("keys")
    t = obj["text"]
    if not isinstance(t, str) or not t.strip():
        errs.append("empty text")
    prev_end = -1
    for s in sorted(obj["spans"], key=lambda s: s["start"]):
        if set(s) != {"type", "start", "end"} or s["type"] not in TYPES:
            errs.append("span shape %r" % s)
            continue
        if not (0 <= s["start"] < s["end"] <= len(t)):
            errs.append("offsets %r" % s)
            continue
        if s["start"] < prev_end:
            errs.append("overlap %r" % s)
        prev_end = s["end"]
        v = t[s["start"]:s["end"]]
        if (v[0] in PUNCT and not (s["type"] == "PHONE_NUMBER" and v[0] == "(")) or v[-1] in PUNCT and not (s["type"] in ("PERSON", "ORGANIZATION", "STREET_ADDRESS", "DATE_TIME") and v[-1] == "."):
            errs.append("edge punct/space %r" % v)
        if s["type"] == "CREDIT_CARD":
            d = re.sub(r"[ -]", "", v)
            ok = d.isdigit() and luhn_ok(d) and (
                (d[0] == "4" and len(d) == 16) or
                (len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720)) or
                (d[:2] in ("34", "37") and len(d) == 15))
            if not ok:
                errs.append("bad card %r" % v)
        if s["type"] == "IBAN_CODE" and not iban_valid(v):
            errs.append("bad iban %r" % v)
        if s["type"] == "US_SSN" and not ssn_valid(v):
            errs.append("bad ssn %r" % v)
    if kind == "neg":
        bad = [s["type"] for s in obj["spans"] if s["type"] not in ("DATE_TIME", "GPE")]
        if bad:
            errs.append("negative row with %r" % bad)
        # make sure no accidentally valid card/IBAN sneaks into a negative row
        for m in re.finditer(r"\b\d(?:[ -]?\d){12,18}\b", t):
            d = re.sub(r"[ -]", "", m.group(0))
            if len(d) in (15, 16) and luhn_ok(d) and d[0] in "345" :
                errs.append("negative row has Luhn-valid number %r" % m.group(0))
        for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", t):
            if iban_valid(m.group(0)):
                errs.append("negative row has valid IBAN %r" % m.group(0))
        for m in re.finditer(r"\b\d{3}-\d{2}-\d{4}\b", t):
            if ssn_valid(m.group(0)):
                errs.append("negative row has valid SSN %r" % m.group(0))
    if kind == "pos" and not obj["spans"]:
        errs.append("positive row without spans")
    return errs

def norm(t):
    t = re.sub(r"\d", "0", t.lower())
    return re.sub(r"[^a-z0 ]+", "", t).split()

def main():
    rows = []
    for kind, pat in (("pos", "pos_*.txt"), ("neg", "neg_*.txt")):
        for fname, ln, raw in load(pat):
            line = fill(raw)
            try:
                text, spans = parse(line)
            except ValueError as e:
                print("PARSE %s:%d %s" % (fname, ln, e))
                sys.exit(1)
            for s in spans:
                if text[s["start"]:s["end"]] != s.pop("value"):
                    print("VALUE MISMATCH", fname, ln)
                    sys.exit(1)
            rows.append((kind, fname, ln, text, spans))
    out, nerr = [], 0
    seen = {}
    for i, (kind, fname, ln, text, spans) in enumerate(rows, 1):
        obj = {"text": text, "spans": spans, "template": "written:%d" % i}
        errs = check_row(obj, kind)
        key = " ".join(norm(text))
        if key in seen:
            errs.append("duplicate of %s" % seen[key])
        seen[key] = "%s:%d" % (fname, ln)
        for e in errs:
            nerr += 1
            print("ERROR %s:%d %s | %s" % (fname, ln, e, text[:90].replace("\n", " ")))
        out.append(obj)
    # near-duplicate check: high token-set overlap between rows of similar length
    toks = [set(norm(o["text"])) for o in out]
    near = 0
    by_first = {}
    for i, ts in enumerate(toks):
        if len(ts) < 5:
            continue
        for j in by_first.get(frozenset(sorted(ts)[:2]), []):
            a, b = ts, toks[j]
            if len(a & b) / len(a | b) > 0.8:
                near += 1
                print("NEAR-DUP %s ~ %s" % (out[i]["template"], out[j]["template"]))
        by_first.setdefault(frozenset(sorted(ts)[:2]), []).append(i)
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    # stats
    c_rows = Counter(k for k, *_ in rows)
    c_types = Counter(s["type"] for o in out for s in o["spans"])
    c_rows_type = Counter(t for o in out for t in {s["type"] for s in o["spans"]})
    pos = [o for (k, *_), o in zip(rows, out) if k == "pos"]
    neg = [o for (k, *_), o in zip(rows, out) if k == "neg"]
    multi = sum(1 for o in pos if len(o["spans"]) >= 2)
    long_ = sum(1 for o in pos if 60 <= len(o["text"].split()) <= 150)
    neg_annot = sum(1 for o in neg if o["spans"])
    print("rows: %d (positive %d, negative %d, of which negatives with DATE_TIME/GPE %d)"
          % (len(out), c_rows["pos"], c_rows["neg"], neg_annot))
    print("positive rows with 2+ entities: %d (%.0f%%); long positive rows (60-150 words): %d"
          % (multi, 100.0 * multi / max(1, len(pos)), long_))
    print("negative rows with no spans: %d" % sum(1 for o in neg if not o["spans"]))
    print("%-16s %6s %6s" % ("type", "spans", "rows"))
    for t in sorted(TYPES):
        print("%-16s %6d %6d" % (t, c_types[t], c_rows_type[t]))
    print("errors: %d, near-duplicates: %d" % (nerr, near))
    print("wrote", OUT)
    return 1 if nerr else 0

if __name__ == "__main__":
    sys.exit(main())
