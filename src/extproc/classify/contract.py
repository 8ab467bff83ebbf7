"""The model-artifact contract between the build (`make models`) and the runtime classifier.

Dependency-free (standard library only) so both the build venv and the runtime import it; the build
writes exactly what is named here and the runtime reads exactly that.

A models directory holds:

- `tokenizer.json`: the encoder's tokenizer (Hugging Face `tokenizers` format).
- `router.fp32.onnx` (served on GPU) and `router.int8.onnx` (dynamic int8 per-channel, served on CPU):
  one graph each, the shared encoder plus every head, so one encoder run answers all heads.

  inputs, both int64 [batch, sequence], dynamic on both axes:
    `input_ids`       token ids, right-padded
    `attention_mask`  1 for a real token, 0 for padding

  outputs, in this order:
    `embedding`         float32 [batch, D]: mean-pooled, L2-normalised sentence embedding (the
                        semantic-cache key; D is the manifest's `embedding_dim`)
    `domain_logits`     float32 [batch, n_domain]: one logit per `labels.json` "domain" label
    `jailbreak_logits`  float32 [batch, 2]: logits for the "jailbreak" labels (benign, jailbreak)
    `pii_logits`        float32 [batch, sequence, n_pii]: per-token logits over the "pii" BIO tags

- `labels.json`: {"domain": [...], "jailbreak": [...], "pii": [...]}, each list in logit order.
- `manifest.json`: a JSON object with the build's input hashes and artifact hashes, plus
  `max_tokens` (tokenizer truncation), `embedding_dim` (D above, a positive int),
  `jailbreak_threshold` (the build's operating point) and `inputs_and_outputs` (this description).
- `cache_verifier.int8.onnx`: the semantic cache's verifier, a cross-encoder over a (cached, query) pair
  tokenized as one pair with `tokenizer.json` ("[CLS] cached [SEP] query [SEP]").
  inputs, int64 [batch, sequence]: `input_ids`, `attention_mask`, `token_type_ids` (0 for the first
  text, 1 for the second); output `same_logit` float32 [batch]: sigmoid(logit) is the probability that
  the cached answer serves the query.
- `cache_verifier.json`: the verifier's settings: {"threshold": float in (0, 1), "max_tokens": int, ...};
  a candidate is served when sigmoid(same_logit) >= threshold.
- `report.json`, `report.md`: the evaluation on held-out data (for people; the runtime ignores them).
"""

from __future__ import annotations

from typing import Final, Literal

Precision = Literal["fp32", "int8"]

TOKENIZER_FILE: Final = "tokenizer.json"
LABELS_FILE: Final = "labels.json"
MANIFEST_FILE: Final = "manifest.json"
REPORT_JSON_FILE: Final = "report.json"
REPORT_MD_FILE: Final = "report.md"
GRAPH_FILES: Final[dict[Precision, str]] = {"fp32": "router.fp32.onnx", "int8": "router.int8.onnx"}

# Graph inputs.
INPUT_IDS: Final = "input_ids"
ATTENTION_MASK: Final = "attention_mask"
INPUT_NAMES: Final = (INPUT_IDS, ATTENTION_MASK)

# Graph outputs, in graph order.
EMBEDDING_OUTPUT: Final = "embedding"
DOMAIN_OUTPUT: Final = "domain_logits"
JAILBREAK_OUTPUT: Final = "jailbreak_logits"
PII_OUTPUT: Final = "pii_logits"
OUTPUT_NAMES: Final = (EMBEDDING_OUTPUT, DOMAIN_OUTPUT, JAILBREAK_OUTPUT, PII_OUTPUT)
# Outputs with a per-token axis ([batch, sequence, ...]); the others are [batch, ...].
TOKEN_OUTPUTS: Final = frozenset({PII_OUTPUT})

# labels.json keys, one per head.
DOMAIN_LABELS_KEY: Final = "domain"
JAILBREAK_LABELS_KEY: Final = "jailbreak"
PII_LABELS_KEY: Final = "pii"
LABEL_KEYS: Final = (DOMAIN_LABELS_KEY, JAILBREAK_LABELS_KEY, PII_LABELS_KEY)

# manifest.json keys the runtime may read.
MAX_TOKENS_KEY: Final = "max_tokens"
EMBEDDING_DIM_KEY: Final = "embedding_dim"
JAILBREAK_THRESHOLD_KEY: Final = "jailbreak_threshold"
INPUTS_AND_OUTPUTS_KEY: Final = "inputs_and_outputs"

# The cache verifier (a separate graph: it reads two texts at once).
VERIFIER_FILE: Final = "cache_verifier.int8.onnx"
VERIFIER_SETTINGS_FILE: Final = "cache_verifier.json"
TOKEN_TYPE_IDS: Final = "token_type_ids"
VERIFIER_INPUT_NAMES: Final = (INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS)
VERIFIER_OUTPUT: Final = "same_logit"

# Every file a build ships besides the manifest (the manifest records their hashes).
BUILT_FILES: Final = (
    TOKENIZER_FILE,
    LABELS_FILE,
    GRAPH_FILES["fp32"],
    GRAPH_FILES["int8"],
    VERIFIER_FILE,
    VERIFIER_SETTINGS_FILE,
    REPORT_JSON_FILE,
    REPORT_MD_FILE,
)


def describe_io(embedding_dim: int, n_domain: int, n_jailbreak: int, n_pii: int) -> dict[str, dict[str, str]]:
    """The graph's inputs and outputs as the manifest's `inputs_and_outputs` records them."""
    return {
        "inputs": {name: "int64 [batch, sequence]" for name in INPUT_NAMES},
        "outputs": {
            EMBEDDING_OUTPUT: f"float32 [batch, {embedding_dim}] (L2-normalised)",
            DOMAIN_OUTPUT: f"float32 [batch, {n_domain}]",
            JAILBREAK_OUTPUT: f"float32 [batch, {n_jailbreak}]",
            PII_OUTPUT: f"float32 [batch, sequence, {n_pii}]",
        },
    }
