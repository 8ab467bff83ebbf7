"""The build manifest: hashes of everything a build reads, so an unchanged build is skipped.

Torch-free, so the runtime venv can import and test it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from extproc.classify.contract import MANIFEST_FILE

# Bumped when the artifact layout changes, so old builds are rebuilt.
MANIFEST_VERSION = 1


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def hash_files(paths: Iterable[Path], root: Path) -> dict[str, str]:
    """{path relative to root (or absolute when outside it): sha256}, sorted by path."""
    hashes: dict[str, str] = {}
    for path in paths:
        try:
            key = path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            key = path.resolve().as_posix()
        hashes[key] = sha256_file(path)
    return dict(sorted(hashes.items()))


def package_versions(names: Iterable[str]) -> dict[str, str]:
    versions: dict[str, str] = {}
    for name in sorted(names):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


@dataclass(frozen=True, slots=True)
class BuildInputs:
    """Everything that determines the artifacts; two builds with equal inputs give the same models."""

    files: dict[str, str]
    packages: dict[str, str]
    settings: dict[str, Any]

    def fingerprint(self) -> str:
        """One hash over all inputs, stable across key order."""
        blob = json.dumps(
            {
                "version": MANIFEST_VERSION,
                "files": self.files,
                "packages": self.packages,
                "settings": self.settings,
            },
            sort_keys=True,
        )
        return sha256_text(blob)


def write_manifest(
    out_dir: Path, inputs: BuildInputs, artifacts: Iterable[Path], extra: Mapping[str, Any]
) -> dict[str, Any]:
    manifest: dict[str, Any] = {
        "version": MANIFEST_VERSION,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "inputs_sha256": inputs.fingerprint(),
        "inputs": {"files": inputs.files, "packages": inputs.packages, "settings": inputs.settings},
        "artifacts": {p.name: sha256_file(p) for p in sorted(artifacts, key=lambda p: p.name)},
        **extra,
    }
    (out_dir / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def is_up_to_date(out_dir: Path, inputs: BuildInputs) -> bool:
    """True when the manifest was written for these inputs and every artifact is still as built."""
    path = out_dir / MANIFEST_FILE
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(manifest, dict) or manifest.get("version") != MANIFEST_VERSION:
        return False
    if manifest.get("inputs_sha256") != inputs.fingerprint():
        return False
    artifacts = manifest.get("artifacts")
    if not isinstance(artifacts, dict) or not artifacts:
        return False
    for name, digest in artifacts.items():
        artifact = out_dir / name
        if not artifact.is_file() or sha256_file(artifact) != digest:
            return False
    return True
