"""The CPU description benchmarks write into their results."""

from __future__ import annotations

from pathlib import Path

from extproc_dev import machine

CPUINFO = """processor\t: 0
model name\t: Intel(R) Xeon(R) Platinum 8480+
cpu MHz\t\t: 2000.000
flags\t\t: fpu avx avx2 fma avx512f avx512_vnni amx_int8 amx_tile

processor\t: 1
model name\t: Intel(R) Xeon(R) Platinum 8480+
cpu MHz\t\t: 3100.000
flags\t\t: fpu avx avx2 fma avx512f avx512_vnni amx_int8 amx_tile
"""


def test_describe_reads_model_speed_and_matmul_extensions(tmp_path: Path) -> None:
    path = tmp_path / "cpuinfo"
    path.write_text(CPUINFO)
    info = machine.describe(path)
    assert info["cpu_model"] == "Intel(R) Xeon(R) Platinum 8480+"
    assert info["cpu_mhz"] == 2000
    assert info["isa"] == ["avx2", "fma", "avx512f", "avx512_vnni", "amx_int8"]
    assert (
        machine.summary(info)
        == "Intel(R) Xeon(R) Platinum 8480+ @ 2000 MHz, avx2+fma+avx512f+avx512_vnni+amx_int8"
    )


def test_describe_without_cpuinfo_says_so(tmp_path: Path) -> None:
    info = machine.describe(tmp_path / "missing")
    assert info["cpu_model"] is None and info["isa"] == []
    assert machine.summary(info).endswith("? MHz, no AVX2")
