"""Assemble the guard eval files from the hand-written sources in src/.

The sentences in src/*.txt are written by hand.  Only the checksum-bearing
numbers (credit cards, IBANs, US SSNs) are generated here so that the check
digits are right; everything else (names, phones, e-mails, addresses, ...) is
written inline in the source.

Markup in src/pii_marked.txt (one sentence per line):
  [[TYPE:value]]  -> value is kept in the text and recorded as an entity
  [[CC:@visa]]    -> a generated number (see GEN below) is substituted
  a line starting with "~ " is a look-alike sentence (lookalike: true)
  a line starting with "#!" is a comment; "\\n" in a line is a newline.
src/benign.txt: "## kind" header lines, then one turn per line
Run:  python3 build.py && python3 validate.py
"""
import json, random, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20240611)

TYPES = {"P": "PERSON", "E": "EMAIL_ADDRESS", "PH": "PHONE_NUMBER", "CC": "CREDIT_CARD",
         "SSN": "US_SSN", "IP": "IP_ADDRESS", "IBAN": "IBAN_CODE", "ADDR": "STREET_ADDRESS",
         "DT": "DATE_TIME", "ORG": "ORGANIZATION", "GPE": "GPE", "URL": "URL"}

# ---------------------------------------------------------------- generators
def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)

def card(prefix, length):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)

def fmt_card(num, style):
    if style == "plain":
        return num
    sep = "-" if style == "dash" else " "
    if len(num) == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(groups)

def gen_card(kind):
    base, _, style = kind.partition("-")
    style = style or "space"
    if base == "visa":
        num = card("4", 16)
    elif base == "mc":
        num = card(rng.choice(["51", "52", "53", "54", "55", "2221", "2298", "2510"]), 16)
    elif base == "amex":
        num = card(rng.choice(["34", "37"]), 15)
    elif base == "disc":
        num = card("6011", 16)
    else:
        raise ValueError(kind)
    return fmt_card(num, style)

def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))

def letters(n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))

def es_ccc(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def d(s):
        v = 11 - sum(int(c) * x for c, x in zip(s, w)) % 11
        return {10: 1, 11: 0}.get(v, v)
    return f"{d('00' + bank + branch)}{d(acct)}"

def fr_rib_key(bank, branch, acct):
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)

IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
def it_cin(s):
    t = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        t += IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + t % 26)

def nl_account():
    while True:
        a = digits(10)
        if a[0] != "0" and sum(int(c) * w for c, w in zip(a, range(10, 0, -1))) % 11 == 0:
            return a

def bban(cc):
    if cc == "DE": return digits(8) + digits(10)
    if cc == "GB": return rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6) + digits(8)
    if cc == "IE": return rng.choice(["AIBK", "BOFI"]) + digits(6) + digits(8)
    if cc == "FR":
        b, br, a = digits(5), digits(5), digits(11)
        return b + br + a + fr_rib_key(b, br, a)
    if cc == "ES":
        b, br, a = digits(4), digits(4), digits(10)
        return b + br + es_ccc(b, br, a) + a
    if cc == "NL": return rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + nl_account()
    if cc == "IT":
        abi, cab, a = digits(5), digits(5), digits(12)
        return it_cin(abi + cab + a) + abi + cab + a
    if cc == "BE":
        first = digits(10)
        k = int(first) % 97 or 97
        return first + "%02d" % k
    if cc == "AT": return digits(5) + digits(11)
    if cc == "CH": return digits(5) + digits(12)
    if cc == "PL": return digits(24)
    raise ValueError(cc)

def iban_check(cc, b):
    s = b + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    return "%02d" % (98 - n % 97)

def gen_iban(kind):
    cc, _, style = kind.partition("-")
    b = bban(cc)
    iban = cc + iban_check(cc, b) + b
    if style == "g":
        iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban

def gen_ssn(_kind):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))

GEN = {"CC": gen_card, "IBAN": gen_iban, "SSN": gen_ssn}

# ---------------------------------------------------------------- parsing
MARK = re.compile(r"\[\[([A-Z]+):(.*?)\]\]")

def parse(line):
    out, ents, pos = [], [], 0
    for m in MARK.finditer(line):
        out.append(line[pos:m.start()])
        code, val = m.group(1), m.group(2)
        if code not in TYPES:
            raise ValueError(f"unknown type {code} in {line!r}")
        if val.startswith("@"):
            val = GEN[code](val[1:])
        start = sum(len(x) for x in out)
        out.append(val)
        ents.append({"type": TYPES[code], "start": start, "end": start + len(val)})
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text.replace("]]]", ""), line
    return text, ents

def main():
    rows = []
    with open(os.path.join(HERE, "src", "pii_marked.txt"), encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#!"):
                continue
            look = line.startswith("~ ")
            if look:
                line = line[2:]
            text, ents = parse(line.replace("\\n", "\n"))
            rows.append({"text": text, "entities": ents, "lookalike": look})
    with open(os.path.join(HERE, "pii_sentences.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    brows = []
    kind = None
    with open(os.path.join(HERE, "src", "benign.txt"), encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#!"):
                continue
            if line.startswith("## "):
                kind = line[3:].strip()
                continue
            brows.append({"text": line.replace("\\n", "\n"), "kind": kind})
    with open(os.path.join(HERE, "benign_turns.jsonl"), "w", encoding="utf-8") as f:
        for r in brows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"pii_sentences.jsonl: {len(rows)} rows; benign_turns.jsonl: {len(brows)} rows")

if __name__ == "__main__":
    main()
