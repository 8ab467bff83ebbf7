"""The build manifest decides whether `make models` rebuilds."""

from __future__ import annotations

import json
from pathlib import Path

from extproc.training.manifest import BuildInputs, hash_files, is_up_to_date, sha256_file, write_manifest


def _inputs(tmp_path: Path) -> BuildInputs:
    data = tmp_path / "data.jsonl"
    return BuildInputs(hash_files([data], tmp_path), {"torch": "2.13.0"}, {"max_tokens": 128})


def test_manifest_round_trip_and_invalidation(tmp_path: Path) -> None:
    (tmp_path / "data.jsonl").write_text('{"text": "a"}\n')
    out = tmp_path / "models"
    out.mkdir()
    artifact = out / "router.onnx"
    artifact.write_bytes(b"graph")
    assert not is_up_to_date(out, _inputs(tmp_path))

    manifest = write_manifest(out, _inputs(tmp_path), [artifact], {"max_tokens": 128})
    assert manifest["artifacts"] == {"router.onnx": sha256_file(artifact)}
    assert json.loads((out / "manifest.json").read_text())["inputs"]["files"] == {
        "data.jsonl": sha256_file(tmp_path / "data.jsonl")
    }
    assert is_up_to_date(out, _inputs(tmp_path))

    # A changed input file, package version or damaged artifact each force a rebuild.
    (tmp_path / "data.jsonl").write_text('{"text": "b"}\n')
    assert not is_up_to_date(out, _inputs(tmp_path))
    (tmp_path / "data.jsonl").write_text('{"text": "a"}\n')
    assert not is_up_to_date(
        out, BuildInputs(_inputs(tmp_path).files, {"torch": "2.14.0"}, {"max_tokens": 128})
    )
    assert is_up_to_date(out, _inputs(tmp_path))
    artifact.write_bytes(b"other")
    assert not is_up_to_date(out, _inputs(tmp_path))


def test_fingerprint_ignores_key_order() -> None:
    a = BuildInputs({"x": "1", "y": "2"}, {}, {"a": 1, "b": 2})
    b = BuildInputs({"y": "2", "x": "1"}, {}, {"b": 2, "a": 1})
    assert a.fingerprint() == b.fingerprint()


def test_corrupt_manifest_means_rebuild(tmp_path: Path) -> None:
    (tmp_path / "data.jsonl").write_text("")
    (tmp_path / "manifest.json").write_text("{not json")
    assert not is_up_to_date(tmp_path, _inputs(tmp_path))
