"""What CPU a benchmark ran on, written into its result.

Wall-clock figures from one machine do not carry to another: the int8 encoder ran 4.0 ms p50 per
64-token prompt on the 2-core machine of 2026-11-26 and 12.5 ms on the AVX2-only 2.4 GHz EPYC of
2026-11-29 (same model, same onnxruntime). int8 matrix products run several times faster with VNNI
or AMX, so those flags are recorded with the model name."""

from __future__ import annotations

import os
import platform
from pathlib import Path
from typing import Any

# ISA extensions that change int8/fp32 matmul speed in onnxruntime's CPU kernels.
SPEED_FLAGS = ("avx2", "fma", "avx512f", "avx512_vnni", "avx512_bf16", "avx_vnni", "amx_int8", "amx_bf16")


def describe(cpuinfo: Path = Path("/proc/cpuinfo")) -> dict[str, Any]:
    """{"cpu_model", "cpu_mhz", "isa", "logical_cpus", "usable_cpus", "arch"}; fields the OS does not
    expose are None."""
    model = mhz = None
    flags: set[str] = set()
    try:
        for line in cpuinfo.read_text().splitlines():
            key, _, value = line.partition(":")
            key, value = key.strip(), value.strip()
            if key == "model name" and model is None:
                model = value
            elif key == "cpu MHz" and mhz is None:
                mhz = round(float(value))
            elif key in ("flags", "Features") and not flags:
                flags = set(value.split())
    except OSError:
        pass
    return {
        "arch": platform.machine(),
        "cpu_model": model,
        "cpu_mhz": mhz,
        "isa": [f for f in SPEED_FLAGS if f in flags],
        "logical_cpus": os.cpu_count(),
        "usable_cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
    }


def summary(info: dict[str, Any]) -> str:
    """One line for a results table header."""
    isa = "+".join(info["isa"]) or "no AVX2"
    return f"{info['cpu_model'] or info['arch']} @ {info['cpu_mhz'] or '?'} MHz, {isa}"
