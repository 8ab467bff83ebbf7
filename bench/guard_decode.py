"""Cost of decoding encoded payloads for the guards (`extproc.guard.decode.with_payloads`).

    .venv/bin/python bench/guard_decode.py [--chars 64000] [--repeats 7] [--out FILE]

Times the pattern scans over one text of `--chars` characters (64,000 is about the 16k-token cap of
`prompt_guard.max_tokens_checked`) for ordinary prose and for inputs built to make each pattern work
hardest (one long run of each alphabet, separators that almost form Morse). Prints the median in ms
and the number of payloads found, per input; one JSON line with `--out`.
"""

from __future__ import annotations

import argparse
import base64
import json
import platform
import statistics
import time
from pathlib import Path

from extproc.guard.decode import with_payloads
from extproc_dev import machine

PROSE = "The quick brown fox jumps over the lazy dog near the river bank. "


def inputs(chars: int) -> dict[str, str]:
    words = " ".join(
        base64.b64encode(f"instruction number {i} for you".encode()).decode() for i in range(chars // 40)
    )
    return {
        "prose": (PROSE * (chars // len(PROSE) + 1))[:chars],
        "one base64-alphabet run": "A" * chars,
        "one hex run": "ab" * (chars // 2),
        "dots": "." * chars,
        "dot space": ". " * (chars // 2),
        "dash slash": "-/" * (chars // 2),
        "binary octets": ("01010101 " * (chars // 9 + 1))[:chars],
        "percent escapes": "%41" * (chars // 3),
        "base64 words": words[:chars],
        "near-Morse": (("-. " * 10 + "x") * (chars // 31 + 1))[:chars],
        "spelling-alphabet run": ("Alfa Bravo " * (chars // 11 + 1))[:chars],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chars", type=int, default=64_000)
    ap.add_argument("--repeats", type=int, default=7)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    results = {}
    for name, text in inputs(args.chars).items():
        times, found = [], 0
        for _ in range(args.repeats):
            t0 = time.perf_counter()
            found = len(with_payloads([text])) - 1
            times.append((time.perf_counter() - t0) * 1000)
        results[name] = {"p50_ms": round(statistics.median(times), 2), "payloads": found}
        print(f"{name:26s} {results[name]['p50_ms']:8.2f} ms  payloads {found}")
    if args.out:
        record = {
            "chars": args.chars,
            "machine": platform.machine(),
            "cpu": machine.describe(),
            "results": results,
        }
        args.out.write_text(json.dumps(record, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
