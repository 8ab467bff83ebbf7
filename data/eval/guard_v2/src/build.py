#!/usr/bin/env python3
"""Assemble ../pii_sentences.jsonl from the hand-written marked-up sources in this folder.

Source format (src/*.txt, read in sorted file order):
  * one row per line; blank lines and lines starting with '%%' are ignored
  * files whose name starts with 'lookalike' give rows with "lookalike": true
  * inline markup [[TYPE:value]] marks a gold span
  * placeholders <<KIND>> are replaced by numbers generated here with a seeded RNG
    (check digits computed), e.g. <<VISA>>, <<MC_S>>, <<AMEX_S>>, <<IBAN:DE:s>>, <<SSN>>,
    <<BADCARD_S>> (16 digits failing Luhn), <<BADIBAN:FR:s>> (IBAN-shaped, mod-97 fails)
  * the two-character sequence \\n in a line becomes a newline, \\t a tab
Deterministic: same sources -> byte-identical output.
"""
import json
import pathlib
import random
import re
import string
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "pii_sentences.jsonl"
SEED = 2024_0611
TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IP_ADDRESS",
         "IBAN_CODE", "STREET_ADDRESS", "DATE_TIME", "ORGANIZATION", "GPE", "URL"}
MARK = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]")
PH = re.compile(r"<<([A-Z0-9_:a-z]+)>>")

# country -> BBAN layout: sequence of (kind, count); 'n' digits, 'a' upper letters, 'c' alnum
IBAN_LAYOUT = {
    "DE": [("n", 18)], "FR": [("n", 23)], "ES": [("n", 20)], "IT": [("a", 1), ("n", 22)],
    "NL": [("a", 4), ("n", 10)], "GB": [("a", 4), ("n", 14)], "IE": [("a", 4), ("n", 14)],
    "PT": [("n", 21)], "BE": [("n", 12)], "AT": [("n", 16)], "CH": [("n", 17)],
    "PL": [("n", 24)], "NO": [("n", 11)], "DK": [("n", 14)], "SE": [("n", 20)],
}


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_mod97(iban: str) -> int:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def group4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.seen = set()

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def uniq(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.seen:
                self.seen.add(v)
                return v
        raise RuntimeError("could not generate a unique value")

    def card(self, kind):
        r = self.r
        if kind == "VISA":
            body = "4" + self.digits(14)
        elif kind == "MC":
            body = "5" + str(r.randint(1, 5)) + self.digits(13)
        elif kind == "MC2":
            body = str(r.randint(2221, 2720)) + self.digits(11)
        elif kind == "AMEX":
            body = r.choice(["34", "37"]) + self.digits(12)
        else:
            raise KeyError(kind)
        return luhn_complete(body)

    def badcard(self):
        n = str(self.r.randint(1, 9)) + self.digits(15)
        if luhn_ok(n):
            n = n[:-1] + str((int(n[-1]) + 1) % 10)
        assert not luhn_ok(n)
        return n

    def iban(self, cc, valid=True):
        bban = ""
        for kind, n in IBAN_LAYOUT[cc]:
            pool = {"n": string.digits, "a": string.ascii_uppercase,
                    "c": string.digits + string.ascii_uppercase}[kind]
            bban += "".join(self.r.choice(pool) for _ in range(n))
        check = 98 - iban_mod97(cc + "00" + bban)
        iban = f"{cc}{check:02d}{bban}"
        assert iban_mod97(iban) == 1
        if not valid:
            wrong = (check + self.r.randint(1, 60)) % 97
            wrong = max(wrong, 2)
            iban = f"{cc}{wrong:02d}{bban}"
            if iban_mod97(iban) == 1:
                iban = f"{cc}{(wrong % 96) + 2:02d}{bban}"
            assert iban_mod97(iban) != 1
        return iban

    def ssn(self):
        area = self.r.randint(1, 899)
        while area == 666:
            area = self.r.randint(1, 899)
        return f"{area:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"

    def fill(self, key):
        parts = key.split(":")
        head = parts[0]
        if head in ("IBAN", "BADIBAN"):
            v = self.uniq(lambda: self.iban(parts[1], valid=head == "IBAN"))
            return group4(v) if "s" in parts[2:] else v
        if head == "SSN":
            return self.uniq(self.ssn)
        base, _, fmt = head.partition("_")
        if base == "BADCARD":
            v = self.uniq(self.badcard)
        else:
            v = self.uniq(lambda: self.card(base))
        if fmt == "S":
            if len(v) == 15:
                return f"{v[:4]} {v[4:10]} {v[10:]}"
            return group4(v)
        if fmt == "D":
            return "-".join(v[i:i + 4] for i in range(0, len(v), 4))
        assert fmt == "", key
        return v


def parse(line, where):
    text, ents, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(line):
        typ, val = m.group(1), m.group(2)
        if typ not in TYPES:
            sys.exit(f"{where}: unknown type {typ}")
        pre = line[pos:m.start()]
        text.append(pre)
        out_len += len(pre)
        ents.append({"type": typ, "start": out_len, "end": out_len + len(val)})
        text.append(val)
        out_len += len(val)
        pos = m.end()
    text.append(line[pos:])
    s = "".join(text)
    if "[[" in s and MARK.search(s):
        sys.exit(f"{where}: nested markup")
    for e, m in zip(ents, MARK.finditer(line)):
        if s[e["start"]:e["end"]] != m.group(2):
            sys.exit(f"{where}: offset mismatch for {m.group(2)!r}")
    return s, ents


def main():
    gen = Gen(SEED)
    rows = []
    for path in sorted(HERE.glob("*.txt")):
        look = path.name.startswith("lookalike")
        for no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("%%"):
                continue
            line = PH.sub(lambda m: gen.fill(m.group(1)), line)
            line = line.replace("\\n", "\n").replace("\\t", "\t")
            text, ents = parse(line, f"{path.name}:{no}")
            if PH.search(text):
                sys.exit(f"{path.name}:{no}: unreplaced placeholder")
            rows.append({"text": text, "entities": ents, "lookalike": look})
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
