#!/usr/bin/env python3
"""Assemble written2.jsonl (second round of hand-written rows) and check it.

Same markup and conventions as ../written_src/build.py (first round):
  * sources pos_*.txt (rows with entities) and neg_*.txt (look-alike rows with
    no PII; DATE_TIME / GPE are still annotated there, as in the first round);
  * one row per line, '#' lines and blank lines skipped, the two characters
    backslash-n become a real newline;
  * markup [[TYPE:value]]; placeholders {VISA}, {IBAN_DE_S}, {SSN}, {BADCARD} ...
    are filled by the first round's generators (valid numbers for the positive
    placeholders, deliberately invalid ones for BAD*), with this round's seed.

Output rows: {"text", "spans": [{"type", "start", "end"}], "template": "written2:<n>"}.

Checks (exit status 1 on any error):
  * every span inside the text, no overlaps, text[start:end] == marked value,
    no leading/trailing space or punctuation (first round's check_row);
  * cards Luhn-valid with a real prefix, IBAN checksums valid, SSNs valid;
    negative rows contain no valid card / IBAN / SSN and no span other than
    DATE_TIME / GPE;
  * EMAIL_ADDRESS, IP_ADDRESS, URL, PHONE_NUMBER spans are well formed, and no
    e-mail address, URL or valid IP address is left unannotated in any row;
  * no duplicates inside this round (digits and punctuation normalised), no
    near-duplicates (token-set Jaccard > 0.8);
  * no text equals (case- and whitespace-insensitively) a text of written.jsonl,
    natural.jsonl or synthetic.jsonl, and no row is a digit-normalised copy or a
    near-duplicate of a first-round (written.jsonl) row.
Warnings (printed, not fatal): month / weekday words left unannotated, and
dotted quads that are not annotated (versions, OIDs) - reviewed by hand.
"""
import glob
import importlib.util
import ipaddress
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
OUT = os.path.join(DATA, "written2.jsonl")
SEED = 20261207
# Later rounds reuse this script (../written3_src/build.py): they set these, and HERE / OUT, then call main().
ROUND = 2
EARLIER = ("written.jsonl",)

_spec = importlib.util.spec_from_file_location(
    "written_round1_build", os.path.join(DATA, "written_src", "build.py"))
wb = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wb)
wb.rng = random.Random(SEED)  # generators look up the module-level rng at call time

TYPES = wb.TYPES

EMAIL_FULL = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._%+'-]*[A-Za-z0-9_])?@"
                        r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$")
EMAIL_ANY = re.compile(r"[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}")
URL_ANY = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+", re.I)
URL_FULL = re.compile(r"^(?:https?://)?(?:www\.)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?::\d+)?(?:[/?#][^\s]*)?$")
QUAD = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.]|\.\d)")
IPV6ISH = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{1,4})*(?![\w:])")
CALENDAR = re.compile(
    r"\b(January|February|March|April|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mondays|Tuesdays|Wednesdays|"
    r"Thursdays|Fridays|Saturdays|Sundays|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|enero|febrero|marzo|abril|mayo|junio|"
    r"julio|agosto|septiembre|octubre|noviembre|diciembre|"
    r"Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|Juni|Juli|"
    r"Oktober|Dezember|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|"
    r"avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|janeiro|fevereiro|março|"
    r"maio|junho|julho|setembro|outubro|dezembro|"
    r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|gennaio|febbraio|aprile|maggio|"
    r"giugno|luglio|settembre|ottobre|dicembre|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|mei|juni|"
    r"juli|augustus)\b", re.I)
# calendar words that are ordinary words in some rows; warn only when capitalised
CAL_AMBIGUOUS = {"mar", "jan", "sat", "sun", "mars", "mei", "dec", "may", "march", "august",
                 "april", "june", "sept", "oct", "nov", "sep", "jun", "jul", "aug", "feb", "apr"}


MARK_RE = re.compile(r"\[\[([A-Z_]+):((?:(?!\]\]|\[\[).)+?)\]\]", re.S)


def parse(line):
    """First round's parse(), but a marked value may contain a newline
    (addresses written over two lines)."""
    out, spans, last = "", [], 0
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


def outside(text, spans):
    """Yield (start, end) ranges of text not covered by spans."""
    pos = 0
    for s in sorted(spans, key=lambda s: s["start"]):
        if s["start"] > pos:
            yield pos, s["start"]
        pos = max(pos, s["end"])
    if pos < len(text):
        yield pos, len(text)


def covered(spans, a, b):
    return any(s["start"] <= a and b <= s["end"] for s in spans)


def extra_checks(obj):
    errs, warns = [], []
    t, spans = obj["text"], obj["spans"]
    for s in spans:
        v = t[s["start"]:s["end"]]
        if s["type"] == "EMAIL_ADDRESS" and not EMAIL_FULL.match(v):
            errs.append("malformed email %r" % v)
        if s["type"] == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                errs.append("malformed ip %r" % v)
        if s["type"] == "URL" and not URL_FULL.match(v):
            errs.append("malformed url %r" % v)
        if s["type"] == "PHONE_NUMBER":
            nd = sum(c.isdigit() for c in v)
            if not 7 <= nd <= 15 or re.search(r"[^\d +().\-/]", v):
                errs.append("odd phone %r" % v)
        if v != v.strip() or "  " in v:
            errs.append("span whitespace %r" % v)
    for m in EMAIL_ANY.finditer(t):
        if not covered(spans, m.start(), m.end()):
            errs.append("unannotated email %r" % m.group(0))
    for m in URL_ANY.finditer(t):
        end = m.end()
        while end > m.start() and t[end - 1] in ".,;:!?":
            end -= 1
        if not covered(spans, m.start(), end):
            errs.append("unannotated url %r" % t[m.start():end])
    for m in QUAD.finditer(t):
        if covered(spans, m.start(), m.end()):
            continue
        try:
            ipaddress.ip_address(m.group(0))
            warns.append("dotted quad not annotated %r" % m.group(0))
        except ValueError:
            pass
    # every mention of a marked name must be marked: the same value (or, for
    # people, one of its capitalised parts) left bare elsewhere is an error
    for s in spans:
        if s["type"] not in ("PERSON", "ORGANIZATION", "GPE", "STREET_ADDRESS", "EMAIL_ADDRESS"):
            continue
        v = t[s["start"]:s["end"]]
        cands = {v}
        if s["type"] == "PERSON":
            cands |= {w for w in re.split(r"[\s,]+", v) if len(w) >= 3 and w[0].isupper()}
        for c in cands:
            for m in re.finditer(r"(?<![\w'-])%s(?![\w-])" % re.escape(c), t):
                if not any(x["start"] <= m.start() and m.end() <= x["end"] for x in spans):
                    errs.append("unmarked repeat of %s %r" % (s["type"], c))
    for a, b in outside(t, spans):
        for m in CALENDAR.finditer(t, a, b):
            w = m.group(0)
            if w.lower() in CAL_AMBIGUOUS and not w[0].isupper():
                continue
            warns.append("calendar word outside DATE_TIME %r" % w)
    return errs, warns


def simple_norm(t):
    return " ".join(t.lower().split())


def load_texts(name):
    path = os.path.join(DATA, name)
    out = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    out.append(json.loads(line)["text"])
    return out


def main():
    show_warn = "--warn" in sys.argv
    rows = []
    for kind, pat in (("pos", "pos_*.txt"), ("neg", "neg_*.txt")):
        for path in sorted(glob.glob(os.path.join(HERE, pat))):
            fname = os.path.basename(path)
            with open(path, encoding="utf-8") as f:
                for ln, raw in enumerate(f, 1):
                    raw = raw.rstrip("\n")
                    if not raw.strip() or raw.lstrip().startswith("#"):
                        continue
                    line = wb.fill(raw.replace("\\n", "\n"))
                    try:
                        text, spans = parse(line)
                    except ValueError as e:
                        print("PARSE %s:%d %s" % (fname, ln, e))
                        return 1
                    for s in spans:
                        if text[s["start"]:s["end"]] != s.pop("value"):
                            print("VALUE MISMATCH %s:%d" % (fname, ln))
                            return 1
                    rows.append((kind, fname, ln, text, spans))

    old = {n: load_texts(n) for n in (*EARLIER, "natural.jsonl", "synthetic.jsonl")}
    old_exact = {}
    for n, texts in old.items():
        for t in texts:
            old_exact.setdefault(simple_norm(t), n)
    earlier = [t for n in EARLIER for t in old[n]]
    w1_norm = {" ".join(wb.norm(t)) for t in earlier}
    w1_toks = [set(wb.norm(t)) for t in earlier]

    out, nerr, nwarn = [], 0, 0
    seen = {}
    for i, (kind, fname, ln, text, spans) in enumerate(rows, 1):
        obj = {"text": text, "spans": spans, "template": "written%d:%d" % (ROUND, i)}
        errs = wb.check_row(obj, kind)
        e2, warns = extra_checks(obj)
        errs += e2
        key = " ".join(wb.norm(text))
        if key in seen:
            errs.append("duplicate of %s" % seen[key])
        seen[key] = "%s:%d" % (fname, ln)
        if simple_norm(text) in old_exact:
            errs.append("same text as a row of %s" % old_exact[simple_norm(text)])
        elif key in w1_norm:
            errs.append("digit-normalised copy of an earlier round's row (%s)" % ", ".join(EARLIER))
        for e in errs:
            nerr += 1
            print("ERROR %s:%d %s | %s" % (fname, ln, e, text[:90].replace("\n", " ")))
        for w in warns:
            nwarn += 1
            if show_warn:
                print("WARN %s:%d %s | %s" % (fname, ln, w, text[:90].replace("\n", " ")))
        out.append(obj)

    # near duplicates inside this round and against the first round
    toks = [set(wb.norm(o["text"])) for o in out]
    near = 0
    for i, a in enumerate(toks):
        if len(a) < 5:
            continue
        for j in range(i):
            b = toks[j]
            if len(b) >= 5 and len(a & b) / len(a | b) > 0.8:
                near += 1
                print("NEAR-DUP %s:%d ~ %s:%d" % (rows[i][1], rows[i][2], rows[j][1], rows[j][2]))
        for b in w1_toks:
            if len(b) >= 5 and len(a & b) / len(a | b) > 0.8:
                near += 1
                print("NEAR-DUP (earlier round) %s:%d | %s" % (rows[i][1], rows[i][2], out[i]["text"][:80]))
                break

    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

    c_rows = Counter(r[0] for r in rows)
    pos = [o for r, o in zip(rows, out) if r[0] == "pos"]
    neg = [o for r, o in zip(rows, out) if r[0] == "neg"]
    c_types = Counter(s["type"] for o in out for s in o["spans"])
    c_rows_type = Counter(t for o in out for t in {s["type"] for s in o["spans"]})
    multi3 = sum(1 for o in pos if len({s["type"] for s in o["spans"]}) >= 3)
    multi2 = sum(1 for o in pos if len(o["spans"]) >= 2)
    long_ = sum(1 for o in pos if 60 <= len(o["text"].split()) <= 150)
    print("rows: %d (positive %d, negative %d; negatives with DATE_TIME/GPE only: %d, empty: %d)"
          % (len(out), c_rows["pos"], c_rows["neg"], sum(1 for o in neg if o["spans"]),
             sum(1 for o in neg if not o["spans"])))
    print("positive rows with 2+ spans: %d; with 3+ entity types: %d; 60-150 words: %d"
          % (multi2, multi3, long_))
    print("%-16s %6s %6s" % ("type", "spans", "rows"))
    for t in sorted(TYPES):
        print("%-16s %6d %6d" % (t, c_types[t], c_rows_type[t]))
    print("errors: %d, near-duplicates: %d, warnings: %d%s"
          % (nerr, near, nwarn, "" if show_warn else " (run with --warn to list)"))
    print("wrote", OUT)
    return 1 if (nerr or near) else 0


if __name__ == "__main__":
    sys.exit(main())
