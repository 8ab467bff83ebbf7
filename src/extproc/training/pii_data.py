"""Synthesizes the PII training set with presidio-evaluator's sentence faker (offline, seeded).

Run in the build environment: `python -m extproc.training.pii_data --out data/pii/synthetic.jsonl`.
Sentences come from presidio-evaluator's bundled templates plus the project's own templates in
`data/pii/templates_extra.txt`; the bundled ones have only a handful of templates for US_SSN,
IP_ADDRESS, IBAN_CODE and similar types, too few to learn or to hold any out for evaluation.
Each output row is {"text", "spans": [{"type", "start", "end"}], "template": "<source>:<index>"}.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import datetime
from pathlib import Path
from typing import Any

DEFAULT_OUT = Path("data/pii/synthetic.jsonl")
EXTRA_TEMPLATES = Path("data/pii/templates_extra.txt")
SEED = 1234
BUNDLED_SAMPLES = 6000
EXTRA_SAMPLES = 2200

# presidio-evaluator writes DOMAIN_NAME for Faker's `url`; Presidio's recognizer calls that type URL.
TYPE_RENAMES = {"DOMAIN_NAME": "URL"}


# Formats a person would type; Faker's own date_time is relative to the clock (and prints microseconds).
DATE_FORMATS = (
    "%B %d, %Y",
    "%m/%d/%Y",
    "%Y-%m-%d",
    "%d %B %Y",
    "%b %d",
    "%B %d, %Y at %I:%M %p",
    "%Y-%m-%d %H:%M",
    "%d.%m.%Y",
)


def _stable_dates_provider() -> type:
    """A Faker provider whose dates do not depend on today's date, so the output is reproducible."""
    from faker.providers import BaseProvider  # type: ignore[import-not-found,unused-ignore]

    class StableDates(BaseProvider):  # type: ignore[misc]
        def _date(self, first_year: int, last_year: int, formats: tuple[str, ...]) -> str:
            rnd = self.generator.random
            moment = datetime(rnd.randint(first_year, last_year), rnd.randint(1, 12), rnd.randint(1, 28))
            moment = moment.replace(hour=rnd.randint(0, 23), minute=rnd.choice((0, 15, 30, 45)))
            return moment.strftime(rnd.choice(formats))

        def date_time(self) -> str:
            return self._date(1990, 2030, DATE_FORMATS)

        def date_of_birth(self) -> str:
            return self._date(1940, 2010, DATE_FORMATS[:4] + DATE_FORMATS[7:])

        def year(self) -> str:
            return str(self.generator.random.randint(1950, 2030))

    return StableDates


def _read_templates(path: Path) -> list[str]:
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    # The template files spell line breaks as a literal backslash-n.
    return [line.replace("\\n", "\n") for line in lines if line]


def _generate(templates: list[str], samples: int, seed: int, source: str) -> list[dict[str, Any]]:
    from presidio_evaluator.data_generator import PresidioSentenceFaker
    from presidio_evaluator.data_generator.presidio_sentence_faker import (
        presidio_additional_entity_providers,
    )

    # HospitalProvider queries WikiData when it is constructed; no template uses it.
    providers = [p for p in presidio_additional_entity_providers if p.__name__ != "HospitalProvider"]
    providers.append(_stable_dates_provider())  # added last, so it overrides Faker's dates
    # The default person records are drawn with the global `random` before the faker seeds it.
    random.seed(seed)
    faker = PresidioSentenceFaker(
        locale="en_US",
        lower_case_ratio=0.05,
        sentence_templates=templates,
        entity_providers=providers,
        random_seed=seed,
    )
    rows: list[dict[str, Any]] = []
    for sample in faker.generate_new_fake_sentences(samples):
        spans = [
            {
                "type": TYPE_RENAMES.get(span.entity_type, span.entity_type),
                "start": int(span.start_position),
                "end": int(span.end_position),
            }
            for span in sorted(sample.spans, key=lambda s: s.start_position)
        ]
        rows.append({"text": sample.full_text, "spans": spans, "template": f"{source}:{sample.template_id}"})
    return rows


def generate(extra_templates: Path = EXTRA_TEMPLATES, seed: int = SEED) -> list[dict[str, Any]]:
    from presidio_evaluator.data_generator import presidio_templates_file_path

    rows = _generate(_read_templates(Path(presidio_templates_file_path)), BUNDLED_SAMPLES, seed, "presidio")
    rows += _generate(_read_templates(extra_templates), EXTRA_SAMPLES, seed + 1, "extra")
    random.Random(seed).shuffle(rows)
    return rows


def write_jsonl(rows: list[dict[str, Any]], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--extra-templates", type=Path, default=EXTRA_TEMPLATES)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    rows = generate(args.extra_templates, args.seed)
    write_jsonl(rows, args.out)
    print(f"wrote {len(rows)} sentences to {args.out}")


if __name__ == "__main__":
    main()
