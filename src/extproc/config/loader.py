"""Load and validate `config.yaml`; errors name the key path and the file line."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from extproc.config.schema import RouterConfig

Loc = tuple[str | int, ...]


class ConfigError(Exception):
    """A config file that cannot be used. The message names the file, key and line."""


def _line_index(node: yaml.Node, path: Loc, out: dict[Loc, int]) -> None:
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = str(key_node.value)
            out[(*path, key)] = key_node.start_mark.line + 1
            _line_index(value_node, (*path, key), out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _line_index(item, (*path, i), out)


def _nearest_line(lines: dict[Loc, int], loc: Loc) -> int | None:
    for n in range(len(loc), -1, -1):
        if loc[:n] in lines:
            return lines[loc[:n]]
    return None


def _format_loc(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "<root>"


# `${NAME}` in a string value is replaced by that environment variable, so secrets (Milvus credentials
# from a Kubernetes Secret) never have to be written into the config file; `$${` is a literal `${`.
_ENV_REF = re.compile(r"\$(\$?)\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _expand_env(value: Any, loc: Loc, env: Mapping[str, str], missing: list[tuple[Loc, str]]) -> Any:
    if isinstance(value, str):

        def sub(m: re.Match[str]) -> str:
            if m.group(1):
                return "${" + m.group(2) + "}"
            if m.group(2) not in env:
                missing.append((loc, m.group(2)))
                return ""
            return env[m.group(2)]

        return _ENV_REF.sub(sub, value)
    if isinstance(value, dict):
        return {k: _expand_env(v, (*loc, str(k)), env, missing) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand_env(v, (*loc, i), env, missing) for i, v in enumerate(value)]
    return value


def parse_config(text: str, source: str = "<string>", env: Mapping[str, str] | None = None) -> RouterConfig:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data: Any = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: the top level must be a mapping of keys")
    lines: dict[Loc, int] = {}
    if root is not None:
        _line_index(root, (), lines)
    missing: list[tuple[Loc, str]] = []
    data = _expand_env(data, (), os.environ if env is None else env, missing)
    if missing:
        problems = [
            f"{source}:{_nearest_line(lines, loc) or '?'}: {_format_loc(loc)}: environment variable {name} is not set"
            for loc, name in missing
        ]
        raise ConfigError("invalid config:\n  " + "\n  ".join(problems))
    try:
        return RouterConfig.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc: Loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
            line = _nearest_line(lines, loc)
            where = f"{source}:{line}" if line else source
            msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
            problems.append(f"{where}: {_format_loc(loc)}: {msg}")
        raise ConfigError("invalid config:\n  " + "\n  ".join(problems)) from None


def load_config(path: str | Path) -> RouterConfig:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read config: {exc.strerror}") from exc
    return parse_config(text, str(p))
