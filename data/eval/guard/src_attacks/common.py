"""Shared helpers for the hand-written attack rows.

Every family module exposes ROWS: a list of dicts with keys
text / family / src, where src is "hand" (individually written) or
"template" (assembled from hand-written parts by seeded combinatorics).
assemble.py drops the src key before writing the jsonl.
"""

FAMILIES = [
    "emotional_roleplay",
    "fictional_frame",
    "persona_override",
    "instruction_override",
    "system_prompt_extraction",
    "indirect_injection_documents",
    "obfuscation_encoding",
    "token_smuggling",
    "refusal_suppression",
    "fake_authority_and_templates",
    "output_exploitation",
    "multilingual",
]


def hand(family, texts):
    """Wrap a list of individually written strings."""
    assert family in FAMILIES, family
    return [{"text": t.strip("\n"), "family": family, "src": "hand"} for t in texts]


def templ(family, texts):
    assert family in FAMILIES, family
    return [{"text": t.strip("\n"), "family": family, "src": "template"} for t in texts]
