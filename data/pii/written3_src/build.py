#!/usr/bin/env python3
"""Assemble written3.jsonl (third round of hand-written rows) and check it.

Same markup and conventions as ../written2_src/build.py (second round), which
follows ../written_src/build.py (first round):
  * sources pos_*.txt (rows with entities) and neg_*.txt (look-alike rows with
    no PII; DATE_TIME / GPE are still annotated there, as in the first round);
  * one row per line, '#' lines and blank lines skipped, the two characters
    backslash-n become a real newline;
  * markup [[TYPE:value]]; placeholders {VISA}, {IBAN_DE_S}, {SSN}, {BADCARD} ...
    are filled by the first round's generators (valid numbers for the positive
    placeholders, deliberately invalid ones for BAD*), with this round's seed.
    This round adds IBAN groupings: {IBAN_DE_L} (lowercase, no spaces),
    {IBAN_DE_LS} (lowercase, groups of four), {IBAN_DE_T} (the check digits
    kept with the country code, then groups of three) for every
    first-round country; IBAN checksums are verified case-insensitively.

Output rows: {"text", "spans": [{"type", "start", "end"}], "template": "written3:<n>"}.

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
    written2.jsonl, natural.jsonl or synthetic.jsonl, and no row is a
    digit-normalised copy or a near-duplicate of a first- or second-round
    (written.jsonl, written2.jsonl) row.
Warnings (printed, not fatal): month / weekday words left unannotated, and
dotted quads that are not annotated (versions, OIDs) - reviewed by hand.

The assembly and checks are round 2's script (../written2_src/build.py), run with this round's
sources, seed, output, template ids and earlier rounds.
"""
import importlib.util
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
SEED = 20261129

_spec = importlib.util.spec_from_file_location("written_round2_build", os.path.join(DATA, "written2_src", "build.py"))
r2 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(r2)
r2.HERE, r2.OUT, r2.SEED = HERE, os.path.join(DATA, "written3.jsonl"), SEED
r2.ROUND, r2.EARLIER = 3, ("written.jsonl", "written2.jsonl")
wb = r2.wb
wb.rng = random.Random(SEED)  # generators look up the module-level rng at call time

# extra IBAN groupings for this round (valid IBANs, only the writing differs)
_iban_valid_upper = wb.iban_valid
wb.iban_valid = lambda v: _iban_valid_upper(v.upper())  # check_row looks it up at call time


def _spaced3(s):
    # "DE89 370 400 440 532 013 000" style: country+check, then groups of three
    rest = s[4:]
    return s[:4] + " " + " ".join(rest[i:i + 3] for i in range(0, len(rest), 3))


for _c in wb.IBAN_LEN:
    wb.GEN["IBAN_%s_L" % _c] = (lambda c: lambda: wb.iban(c).lower())(_c)
    wb.GEN["IBAN_%s_LS" % _c] = (lambda c: lambda: wb.spaced(wb.iban(c)).lower())(_c)
    wb.GEN["IBAN_%s_T" % _c] = (lambda c: lambda: _spaced3(wb.iban(c)))(_c)

if __name__ == "__main__":
    sys.exit(r2.main())
