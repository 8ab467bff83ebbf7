#!/usr/bin/env python3
"""Independent check of the built file ../written3.jsonl (run after build.py).

Verifies: row shape and template ids, span types, offsets inside the text,
no overlapping spans, no span with surrounding whitespace, and that no text
equals (case- and whitespace-insensitively) a text of written.jsonl,
written2.jsonl, natural.jsonl or synthetic.jsonl, and that no text occurs twice in this file.
Exit status 1 on any problem.

Round 2's check (../written2_src/check.py), run for this round.
"""
import importlib.util
import os
import sys

DATA = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_spec = importlib.util.spec_from_file_location("written_round2_check", os.path.join(DATA, "written2_src", "check.py"))
r2 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(r2)
r2.ROUND, r2.EARLIER = 3, ("written.jsonl", "written2.jsonl")

if __name__ == "__main__":
    sys.exit(r2.main())
