"""Tiny ONNX models and tokenizers built by the tests themselves (no `make models` needed).

The stand-in router graph has the shipped graph's inputs and outputs: a word-embedding lookup,
masked mean pooling and L2 normalisation, with linear heads. Each known word points along one
axis, so what a prompt should be classified as is known from its words:
domain words -> their category, attack words -> jailbreak, names/places -> PII tags.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import numpy.typing as npt
import onnx
from onnx import TensorProto, helper, numpy_helper
from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors

from extproc.classify import contract
from extproc.training.datasets import DOMAIN_LABELS

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"]
DOMAINS = DOMAIN_LABELS
DOMAIN_WORDS = {
    "integral": "math",
    "derivative": "math",
    "equation": "math",
    "court": "law",
    "contract": "law",
    "protein": "biology",
    "enzyme": "biology",
}
JAILBREAK_WORDS = ["ignore", "previous", "instructions", "jailbreak"]
PERSON_FIRST = ["alice", "bob"]
PERSON_LAST = ["smith", "jones"]
PLACES = ["paris", "london"]
PLAIN_WORDS = ["what", "is", "the", "of", "solve", "this", "lives", "in", "and", "a", "please", "x"]
PII_TAGS = ["O", "B-PERSON", "I-PERSON", "B-GPE", "I-GPE"]

# Embedding axes: one per domain, then jailbreak, person-first, person-last, place, neutral.
AX_JAILBREAK = len(DOMAINS)
AX_FIRST = AX_JAILBREAK + 1
AX_LAST = AX_FIRST + 1
AX_PLACE = AX_LAST + 1
AX_NEUTRAL = AX_PLACE + 1
DIM = AX_NEUTRAL + 1

OPSET = 17
IR_VERSION = 8

F32 = npt.NDArray[np.float32]


def vocabulary() -> dict[str, int]:
    words = (
        SPECIALS + list(DOMAIN_WORDS) + JAILBREAK_WORDS + PERSON_FIRST + PERSON_LAST + PLACES + PLAIN_WORDS
    )
    return {w: i for i, w in enumerate(words)}


def build_tokenizer(path: Path, vocab: dict[str, int] | None = None) -> Path:
    vocab = vocab or vocabulary()
    tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tok.normalizer = normalizers.Lowercase()
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])],
    )
    tok.add_special_tokens(["[PAD]", "[UNK]", "[CLS]", "[SEP]"])
    path.parent.mkdir(parents=True, exist_ok=True)
    tok.save(str(path))
    return path


def word_embeddings(vocab: dict[str, int]) -> F32:
    table = np.zeros((len(vocab), DIM), dtype=np.float32)
    table[:, AX_NEUTRAL] = 0.1
    for word, category in DOMAIN_WORDS.items():
        table[vocab[word], DOMAINS.index(category)] = 1.0
    for axis, words in (
        (AX_JAILBREAK, JAILBREAK_WORDS),
        (AX_FIRST, PERSON_FIRST),
        (AX_LAST, PERSON_LAST),
        (AX_PLACE, PLACES),
    ):
        for w in words:
            table[vocab[w], axis] = 1.0
    return table


def _const(name: str, value: npt.NDArray[np.generic]) -> onnx.NodeProto:
    return helper.make_node("Constant", [], [name], value=numpy_helper.from_array(value, name))


def _pooling_nodes(table: F32) -> list[onnx.NodeProto]:
    """input_ids, attention_mask -> H [B,T,D] token states and emb [B,D] (masked mean, L2-normalised)."""
    eps = np.array(1e-9, dtype=np.float32)
    return [
        _const("table", table),
        _const("axis1", np.array([1], dtype=np.int64)),
        _const("axis2", np.array([2], dtype=np.int64)),
        _const("eps", eps),
        helper.make_node("Gather", ["table", contract.INPUT_IDS], ["H"]),
        helper.make_node("Cast", [contract.ATTENTION_MASK], ["maskf"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["maskf", "axis2"], ["mask3"]),
        helper.make_node("Mul", ["H", "mask3"], ["Hm"]),
        helper.make_node("ReduceSum", ["Hm", "axis1"], ["S"], keepdims=0),
        helper.make_node("ReduceSum", ["mask3", "axis1"], ["C"], keepdims=0),
        helper.make_node("Max", ["C", "eps"], ["Cc"]),
        helper.make_node("Div", ["S", "Cc"], ["M"]),
        helper.make_node("Mul", ["M", "M"], ["M2"]),
        helper.make_node("ReduceSum", ["M2", "axis1"], ["SS"], keepdims=1),
        helper.make_node("Sqrt", ["SS"], ["N"]),
        helper.make_node("Max", ["N", "eps"], ["Nc"]),
        helper.make_node("Div", ["M", "Nc"], ["emb"]),
    ]


def _inputs(with_token_types: bool = False) -> list[onnx.ValueInfoProto]:
    names = [contract.INPUT_IDS, contract.ATTENTION_MASK] + (["token_type_ids"] if with_token_types else [])
    return [helper.make_tensor_value_info(n, TensorProto.INT64, ["B", "T"]) for n in names]


def _save(graph: onnx.GraphProto, path: Path) -> Path:
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])
    model.ir_version = IR_VERSION
    onnx.checker.check_model(model)
    path.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(model, str(path))
    return path


def router_graph(vocab: dict[str, int]) -> onnx.GraphProto:
    table = word_embeddings(vocab)
    w_domain = np.zeros((DIM, len(DOMAINS)), dtype=np.float32)
    for i in range(len(DOMAINS)):
        w_domain[i, i] = 10.0
    w_jail = np.zeros((DIM, 2), dtype=np.float32)
    w_jail[AX_JAILBREAK, 1] = 12.0
    b_jail = np.array([0.0, -3.0], dtype=np.float32)
    w_pii = np.zeros((DIM, len(PII_TAGS)), dtype=np.float32)
    w_pii[AX_FIRST, 1] = 8.0
    w_pii[AX_LAST, 2] = 8.0
    w_pii[AX_PLACE, 3] = 8.0
    b_pii = np.array([2.0, 0.0, 0.0, 0.0, -5.0], dtype=np.float32)
    nodes = [
        *_pooling_nodes(table),
        helper.make_node("Identity", ["emb"], [contract.EMBEDDING_OUTPUT]),
        _const("Wd", w_domain),
        helper.make_node("MatMul", ["emb", "Wd"], [contract.DOMAIN_OUTPUT]),
        _const("Wj", w_jail),
        _const("bj", b_jail),
        helper.make_node("MatMul", ["emb", "Wj"], ["jl0"]),
        helper.make_node("Add", ["jl0", "bj"], [contract.JAILBREAK_OUTPUT]),
        _const("Wp", w_pii),
        _const("bp", b_pii),
        helper.make_node("MatMul", ["H", "Wp"], ["pl0"]),
        helper.make_node("Add", ["pl0", "bp"], [contract.PII_OUTPUT]),
    ]
    outputs = [
        helper.make_tensor_value_info(contract.EMBEDDING_OUTPUT, TensorProto.FLOAT, ["B", DIM]),
        helper.make_tensor_value_info(contract.DOMAIN_OUTPUT, TensorProto.FLOAT, ["B", len(DOMAINS)]),
        helper.make_tensor_value_info(contract.JAILBREAK_OUTPUT, TensorProto.FLOAT, ["B", 2]),
        helper.make_tensor_value_info(contract.PII_OUTPUT, TensorProto.FLOAT, ["B", "T", len(PII_TAGS)]),
    ]
    return helper.make_graph(nodes, "stand_in_router", _inputs(), outputs)


def build_models_dir(models_dir: Path, max_tokens: int = 128) -> Path:
    """A `models/` directory with the shipped artifact contract, built from the stand-in graph.
    The int8 file is the same fp32 graph: the runtime only needs the file the plan names."""
    vocab = vocabulary()
    build_tokenizer(models_dir / contract.TOKENIZER_FILE, vocab)
    _save(router_graph(vocab), models_dir / contract.GRAPH_FILES["fp32"])
    shutil.copyfile(models_dir / contract.GRAPH_FILES["fp32"], models_dir / contract.GRAPH_FILES["int8"])
    labels = {"domain": DOMAINS, "jailbreak": ["benign", "jailbreak"], "pii": PII_TAGS}
    (models_dir / contract.LABELS_FILE).write_text(json.dumps(labels))
    manifest = {"max_tokens": max_tokens, "embedding_dim": DIM, "stand_in": True}
    (models_dir / contract.MANIFEST_FILE).write_text(json.dumps(manifest))
    return models_dir


# Bring-your-own models: their own vocabulary, labels and output named `logits`.
BYO_VOCAB_WORDS = ["pasta", "recipe", "oven", "goal", "match", "team", "card", "number", "my", "is"]
BYO_DOMAINS = ["cooking", "sports"]
BYO_PII_TAGS = ["O", "B-CREDIT_CARD", "I-CREDIT_CARD"]


def byo_vocabulary() -> dict[str, int]:
    return {w: i for i, w in enumerate(["[PAD]", "[UNK]", *BYO_VOCAB_WORDS, "4111", "1111"])}


def build_byo_sequence_model(path: Path, vocab: dict[str, int]) -> Path:
    """cooking words -> class 0, sports words -> class 1; takes token_type_ids too, like BERT exports."""
    table = np.zeros((len(vocab), 3), dtype=np.float32)
    table[:, 2] = 0.1
    for w in ("pasta", "recipe", "oven"):
        table[vocab[w], 0] = 1.0
    for w in ("goal", "match", "team"):
        table[vocab[w], 1] = 1.0
    w_out = np.array([[8.0, 0.0], [0.0, 8.0], [0.0, 0.0]], dtype=np.float32)
    nodes = [
        *_pooling_nodes(table),
        _const("W", w_out),
        helper.make_node("MatMul", ["emb", "W"], ["logits"]),
    ]
    out = [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["B", len(BYO_DOMAINS)])]
    graph = helper.make_graph(nodes, "byo_sequence", _inputs(with_token_types=True), out)
    return _save(graph, path)


def build_byo_token_model(path: Path, vocab: dict[str, int]) -> Path:
    """Digit groups "4111" -> B-CREDIT_CARD, "1111" -> I-CREDIT_CARD, everything else O."""
    table = np.zeros((len(vocab), len(BYO_PII_TAGS)), dtype=np.float32)
    table[:, 0] = 3.0
    table[vocab["4111"]] = [0.0, 6.0, 0.0]
    table[vocab["1111"]] = [0.0, 0.0, 6.0]
    nodes = [_const("table", table), helper.make_node("Gather", ["table", contract.INPUT_IDS], ["logits"])]
    out = [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["B", "T", len(BYO_PII_TAGS)])]
    return _save(helper.make_graph(nodes, "byo_token", _inputs(), out), path)


def build_byo_tokenizer(path: Path, vocab: dict[str, int]) -> Path:
    """No special tokens (like many exported classifiers): an empty text has zero tokens."""
    tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tok.normalizer = normalizers.Lowercase()
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    path.parent.mkdir(parents=True, exist_ok=True)
    tok.save(str(path))
    return path
