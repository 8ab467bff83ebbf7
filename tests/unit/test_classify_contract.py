"""The model-artifact contract is written once (`extproc.classify.contract`): the build and the runtime
both take their names from it, and the runtime reads the embedding width from the manifest."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

import onnx
import pytest

from extproc.classify import artifacts, contract
from extproc.classify.artifacts import ModelLoadError, load_shipped
from tests.unit.classify_fixtures import DIM, build_models_dir

SRC = Path(contract.__file__).resolve().parents[1]
ROOT = SRC.parents[1]

# Names distinctive enough that a string literal spelling one outside the contract is a second copy.
CONTRACT_NAMES = {
    contract.TOKENIZER_FILE,
    contract.LABELS_FILE,
    contract.MANIFEST_FILE,
    contract.REPORT_JSON_FILE,
    contract.REPORT_MD_FILE,
    *contract.GRAPH_FILES.values(),
    *contract.INPUT_NAMES,
    *(name for name in contract.OUTPUT_NAMES if name != contract.EMBEDDING_OUTPUT),
    contract.EMBEDDING_DIM_KEY,
    contract.INPUTS_AND_OUTPUTS_KEY,
}
# The modules on either side of the contract.
USERS = [
    SRC / "classify" / "artifacts.py",
    SRC / "training" / "build.py",
    SRC / "training" / "export.py",
    SRC / "training" / "manifest.py",
    SRC / "training" / "report.py",
]


def _string_literals(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    }


@pytest.mark.parametrize("path", USERS, ids=lambda p: p.name)
def test_no_module_spells_a_contract_name_itself(path: Path) -> None:
    assert not _string_literals(path) & CONTRACT_NAMES


def test_artifacts_reads_the_names_from_the_contract() -> None:
    for name in ("TOKENIZER_FILE", "LABELS_FILE", "MANIFEST_FILE", "GRAPH_FILES", "EMBEDDING_OUTPUT"):
        assert getattr(artifacts, name) is getattr(contract, name)
    for name in ("DOMAIN_OUTPUT", "JAILBREAK_OUTPUT", "PII_OUTPUT"):
        assert getattr(artifacts, name) is getattr(contract, name)


def test_contract_shape() -> None:
    assert contract.OUTPUT_NAMES[0] == contract.EMBEDDING_OUTPUT
    assert len(set(contract.OUTPUT_NAMES)) == len(contract.OUTPUT_NAMES)
    assert set(contract.OUTPUT_NAMES) >= contract.TOKEN_OUTPUTS
    assert set(contract.GRAPH_FILES.values()) <= set(contract.BUILT_FILES)
    assert contract.MANIFEST_FILE not in contract.BUILT_FILES  # it records their hashes
    io = contract.describe_io(384, 14, 2, 9)
    assert tuple(io["inputs"]) == contract.INPUT_NAMES
    assert tuple(io["outputs"]) == contract.OUTPUT_NAMES
    assert io["outputs"][contract.EMBEDDING_OUTPUT] == "float32 [batch, 384] (L2-normalised)"


def test_stand_in_models_follow_the_contract(tmp_path: Path) -> None:
    models = build_models_dir(tmp_path / "models")
    for name in [*contract.BUILT_FILES[:4], contract.MANIFEST_FILE]:
        assert (models / name).is_file(), name
    graph = onnx.load(str(models / contract.GRAPH_FILES["fp32"])).graph
    assert tuple(i.name for i in graph.input) == contract.INPUT_NAMES
    assert tuple(o.name for o in graph.output) == contract.OUTPUT_NAMES
    labels = json.loads((models / contract.LABELS_FILE).read_text())
    assert tuple(labels) == contract.LABEL_KEYS
    assert load_shipped(models).embedding_dim == DIM


def _with_manifest(tmp_path: Path, manifest: dict[str, Any]) -> Path:
    models = build_models_dir(tmp_path / "models")
    (models / contract.MANIFEST_FILE).write_text(json.dumps(manifest))
    return models


@pytest.mark.parametrize("value", [None, 0, -384, "384", 384.0, True, [384]])
def test_embedding_dim_must_be_a_positive_int(tmp_path: Path, value: object) -> None:
    manifest: dict[str, Any] = {"max_tokens": 128}
    if value is not None:
        manifest[contract.EMBEDDING_DIM_KEY] = value
    shipped = load_shipped(_with_manifest(tmp_path, manifest))
    with pytest.raises(ModelLoadError) as caught:
        _ = shipped.embedding_dim
    message = str(caught.value)
    assert str(shipped.models_dir / contract.MANIFEST_FILE) in message
    assert "'embedding_dim' must be a positive integer" in message
    assert "make models" in message


def test_labels_error_names_the_contract_keys(tmp_path: Path) -> None:
    models = build_models_dir(tmp_path / "models")
    (models / contract.LABELS_FILE).write_text(json.dumps({"domain": ["a"]}))
    with pytest.raises(
        ModelLoadError, match=re.escape("{'domain': [...], 'jailbreak': [...], 'pii': [...]}")
    ):
        load_shipped(models)


@pytest.mark.skipif(
    not (ROOT / "models" / contract.MANIFEST_FILE).is_file(), reason="models/ not built (make models)"
)
def test_built_models_follow_the_contract() -> None:
    """What `make models` exported (training/export.py) has the contract's names and the manifest's width."""
    shipped = load_shipped(ROOT / "models")
    graph = onnx.load(str(shipped.graph("int8")), load_external_data=False).graph
    assert tuple(i.name for i in graph.input) == contract.INPUT_NAMES
    assert tuple(o.name for o in graph.output) == contract.OUTPUT_NAMES
    embedding = next(o for o in graph.output if o.name == contract.EMBEDDING_OUTPUT)
    assert embedding.type.tensor_type.shape.dim[1].dim_value == shipped.embedding_dim
    described = shipped.manifest[contract.INPUTS_AND_OUTPUTS_KEY]
    assert tuple(described["outputs"]) == contract.OUTPUT_NAMES
