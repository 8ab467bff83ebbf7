"""OpenAI chat-completions JSON: request parsing and rewriting, error bodies, SSE assembly.

The only module that knows the OpenAI wire format. No ext_proc types here.
"""

from __future__ import annotations

import json
import math
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

JSON = dict[str, Any]

# The OpenAI API paths the router handles itself.
CHAT_COMPLETIONS_PATH = "/v1/chat/completions"
MODELS_PATH = "/v1/models"
# The router's own endpoint, in the same JSON style: report a cache hit that was a wrong answer.
CACHE_BAD_HIT_PATH = "/v1/cache/bad-hit"
# Paths the router answers or processes, with their method.
ROUTER_PATHS = {CHAT_COMPLETIONS_PATH: "POST", MODELS_PATH: "GET", CACHE_BAD_HIT_PATH: "POST"}
# Paths on which OpenAI-compatible servers (vLLM, SGLang, TGI, Ollama, LiteLLM, Anthropic-style) generate
# text from a prompt. The router guards chat only, so none of them may pass through while a guard is on.
GENERATION_PATHS = frozenset(
    {
        CHAT_COMPLETIONS_PATH,
        "/v1/completions",
        "/v1/responses",
        "/v1/messages",
        "/v1/generate",
        "/generate",
        "/generate_stream",
        "/inference/v1/generate",
        "/api/generate",
        "/api/chat",
        # vLLM's SageMaker entry point: chat or completion, chosen by the body.
        "/invocations",
        # TGI generates on a POST to its root.
        "/",
        # LiteLLM and others also serve the OpenAI paths without the /v1 prefix.
        "/chat/completions",
        "/completions",
        "/responses",
        "/messages",
    }
)


class RequestError(Exception):
    """A request the router refuses; rendered as an OpenAI-style error body."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        code: str | None = None,
        param: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.code = code
        self.param = param

    def body(self) -> bytes:
        return error_body(self.message, type=self.type, code=self.code, param=self.param)


def path_error(method: str, path: str) -> RequestError:
    """The answer on a path the gateway does not serve: 405 on the router's paths, else 404."""
    allowed = ROUTER_PATHS.get(path)
    if allowed is not None:
        return RequestError(
            405, f"{method} is not allowed on {path}; use {allowed}", code="method_not_allowed"
        )
    served = ", ".join(f"{m} {p}" for p, m in ROUTER_PATHS.items())
    return RequestError(
        404, f"Invalid URL ({method} {path}); this gateway serves {served}", code="unknown_url"
    )


def error_body(
    message: str, *, type: str = "invalid_request_error", code: str | None = None, param: str | None = None
) -> bytes:
    return _dumps({"error": {"message": message, "type": type, "param": param, "code": code}})


def _dumps(obj: object) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()


def canonical_role(role: str) -> str:
    """Roles compared without case or surrounding space: chat templates that print the role as given
    ("<|im_start|>User") show the model a user turn, so the guards must read it as one."""
    return role.strip().lower()


@dataclass(frozen=True, slots=True)
class Message:
    role: str  # canonical_role of the request's role
    # Text of the message (text parts joined when content is a list of parts).
    text: str
    # Types of its media parts (images, audio, files), in order: content no text guard reads.
    media: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RenderedText:
    """Text a chat template renders from a request field other than `messages`."""

    source: str  # a key of RENDERED_FIELDS, or TEMPLATE_KWARGS
    text: str


# Request fields whose strings chat templates render into the prompt, by the name `check_roles` gives
# them (config.schema.RENDERED_FIELDS): tool definitions (`functions` is the older spelling) and vLLM's
# RAG `documents`.
RENDERED_FIELDS = {"tools": ("tools", "functions"), "documents": ("documents",)}
# Always read: a template may print any of its kwargs, so their strings are no place to hide text.
TEMPLATE_KWARGS = "chat_template_kwargs"
# Fields that replace the chat template itself (vLLM: `chat_template`, or the same key inside
# `chat_template_kwargs`): a request-supplied template can print text that no guard ever read.
OWN_TEMPLATE_FIELDS = ("chat_template", "chat_template_kwargs.chat_template")

# Keys of tool definitions and JSON schemas that are structure, not text a caller chose.
_SCHEMA_KEYS = frozenset(
    {
        "type",
        "function",
        "name",
        "description",
        "parameters",
        "properties",
        "required",
        "items",
        "enum",
        "title",
        "default",
        "strict",
        "additionalProperties",
        "format",
        "anyOf",
        "oneOf",
        "allOf",
        "$defs",
        "$ref",
        "$schema",
        "definitions",
        "not",
        "const",
        "examples",
        "pattern",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
        "uniqueItems",
        "nullable",
        "deprecated",
        "text",
        "content",
        "source",
    }
)

# `type` values that are structure too (any other `type` value is read: a template prints it). Left
# out because words like "object" and "string" between the descriptions read to the jailbreak head
# as a code-ish instruction (a plain weather tool scores 0.53 with them, 0.36 without: bench/guard_spellings.py).
_SCHEMA_TYPES = frozenset({"function", "object", "string", "integer", "number", "boolean", "array", "null"})


@dataclass(slots=True)
class ChatRequest:
    raw: JSON
    model: str
    stream: bool
    messages: list[Message]
    # Text from other fields the chat template renders (tool definitions, documents, template kwargs).
    rendered: list[RenderedText] = field(default_factory=list)
    # Which of OWN_TEMPLATE_FIELDS the request sets, if any (refused while a guard is on).
    own_template: str | None = None

    def last_user_text(self) -> str:
        for m in reversed(self.messages):
            if m.role == "user":
                return m.text
        return ""


# Content part types whose text a model reads, and the field holding it. OpenAI's Chat API has `text`
# and `refusal`; vLLM also renders `input_text`/`output_text` (Responses API spellings), `thinking` and
# `tool_reference` parts as text. Every one is read, or the guards could be stepped around by a
# spelling the upstream accepts.
TEXT_PART_FIELDS: dict[str, str] = {
    "text": "text",
    "input_text": "text",
    "output_text": "text",
    "refusal": "refusal",
    "thinking": "thinking",
    "tool_reference": "name",
}
# Media parts: nothing for the text guards to read (an image may still show written instructions).
MEDIA_PART_TYPES = frozenset(
    {
        "image_url",
        "input_image",
        "image_embeds",
        "image_pil",
        "audio_url",
        "input_audio",
        "audio_embeds",
        "video_url",
        "file",
        "input_file",
    }
)


def _part_text(part: object, index: int, j: int) -> str | None:
    """The text a model reads from one content part (None for media); a 400 for anything else,
    including part types no guard can read (`prompt_embeds`, or a type we do not know)."""
    where = f"messages.[{index}].content"
    if isinstance(part, str):  # a bare string part (vLLM reads it as text)
        return part
    if not isinstance(part, dict) or not isinstance(part.get("type"), str):
        raise RequestError(
            400, f"messages[{index}].content[{j}] must be an object with a 'type'", param=where
        )
    kind = part["type"]
    if kind in MEDIA_PART_TYPES:
        return None
    field = TEXT_PART_FIELDS.get(kind)
    if field is None:
        raise RequestError(
            400,
            f"messages[{index}].content[{j}] has type {kind!r}, which the router cannot check; "
            f"text parts are {sorted(TEXT_PART_FIELDS)}, media parts {sorted(MEDIA_PART_TYPES)}",
            param=where,
        )
    text = part.get(field)
    if not isinstance(text, str):
        raise RequestError(400, f"messages[{index}].content[{j}].{field} must be a string", param=where)
    return text


# Message fields besides the content that vLLM hands the chat template as strings (chat_utils
# `_parse_chat_message_content`: any role's `name` and `task`); templates may print them.
_MESSAGE_STRING_FIELDS = ("name", "task", "reasoning", "reasoning_content")


def _side_texts(message: dict[str, Any]) -> list[str]:
    """Text a chat template renders besides the content: any message's `name` and `task`, a developer
    message's own `tools`, an assistant turn's reasoning and its tool calls' names and arguments (read
    when `check_roles` includes the role, so a conversation cannot carry an instruction in a fabricated
    tool call or a speaker name). Shapes the upstream would reject are skipped."""
    out = [r for key in _MESSAGE_STRING_FIELDS if isinstance(r := message.get(key), str) and r.strip()]
    # vLLM passes a developer message's `tools` to the template like the request's own `tools`.
    out += _strings(message.get("tools"))
    calls = message.get("tool_calls")
    # `function_call` is the older spelling of a single tool call.
    legacy = [{"function": message["function_call"]}] if "function_call" in message else []
    for call in [*(calls if isinstance(calls, list) else []), *legacy]:
        function = call.get("function") if isinstance(call, dict) else None
        if isinstance(function, dict):
            name, arguments = function.get("name"), function.get("arguments")
            out += [name] if isinstance(name, str) else []
            if isinstance(arguments, str):
                out.append(arguments)
            elif arguments is not None:
                out.append(json.dumps(arguments, ensure_ascii=False))
    return out


def _media_types(content: object) -> tuple[str, ...]:
    if not isinstance(content, list):
        return ()
    return tuple(p["type"] for p in content if isinstance(p, dict) and p.get("type") in MEDIA_PART_TYPES)


def _content_text(content: object, index: int) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = (_part_text(part, index, j) for j, part in enumerate(content))
        return "\n".join(t for t in texts if t is not None)
    raise RequestError(
        400,
        f"messages[{index}].content must be a string, a list of content parts, or null",
        param=f"messages.[{index}].content",
    )


@dataclass(frozen=True, slots=True)
class JSONLimits:
    """Shapes no real chat request has, refused before they can cost or break anything downstream."""

    # Containers nested deeper than this (tool schemas nest about ten levels).
    max_depth: int = 64
    # Integer literals longer than this (a 64-bit seed has 20 digits).
    max_integer_digits: int = 64


class _Refused(Exception):
    """Raised from inside json.loads hooks; turned into a 400."""


def _parse_int(limit: int) -> Any:
    def parse(s: str) -> int:
        if len(s.lstrip("-")) > limit:
            raise _Refused(f"an integer has more than {limit} digits")
        return int(s)

    return parse


def _parse_float(s: str) -> float:
    value = float(s)
    if not math.isfinite(value):
        raise _Refused("a number is out of range")
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refused when a key repeats, also when two keys differ only in case. Parsers
    disagree on repeated keys (Python keeps the last, others the first or fail), and Go's
    encoding/json (Ollama, LocalAI) matches keys without case, `ſ` as `s` and the Kelvin sign as `k`
    included, keeping the last: `content` + `Content` would be two fields to the guards and one to
    such an upstream. An explicit model's body goes upstream byte for byte."""
    obj = dict(pairs)
    folded = {key.casefold() for key in obj}
    if len(obj) != len(pairs) or len(folded) != len(obj):
        seen: dict[str, str] = {}
        for key, _ in pairs:
            if key in seen.values():
                raise _Refused(f"the key {key!r} appears twice in one object")
            if (other := seen.get(key.casefold())) is not None:
                raise _Refused(f"the keys {other!r} and {key!r} differ only in case")
            seen[key.casefold()] = key
    return obj


# Fields of a request, a message, a content part or a tool call that the guards read. A key spelled
# like one of them in another case (`Content`, `MESSAGES`, `meſſages`) is refused at those levels: the
# guards would skip it and a case-insensitive upstream would read it as the field.
_READ_FIELDS = frozenset(
    {
        "model", "messages", "stream", "tools", "functions", "documents", "chat_template",
        "chat_template_kwargs", "role", "content", "name", "task", "reasoning", "reasoning_content",
        "tool_calls", "function_call", "function", "arguments", "type", "text", "refusal", "thinking",
    }
)  # fmt: skip
_READ_FIELDS_FOLDED = {f.casefold(): f for f in _READ_FIELDS}


def _check_field_spellings(raw: dict[str, Any]) -> None:
    """Refuse near-spellings of the fields the guards read, at the levels they read them."""
    objects: list[tuple[str, object]] = [("the request", raw)]
    for i, m in enumerate(raw.get("messages") or []):
        objects.append((f"messages[{i}]", m))
        if isinstance(m, dict):
            parts = m.get("content")
            objects += [
                (f"messages[{i}].content[{j}]", p)
                for j, p in enumerate(parts if isinstance(parts, list) else [])
            ]
            calls = m.get("tool_calls")
            for j, call in enumerate(calls if isinstance(calls, list) else []):
                objects.append((f"messages[{i}].tool_calls[{j}]", call))
                if isinstance(call, dict):
                    objects.append((f"messages[{i}].tool_calls[{j}].function", call.get("function")))
    for where, obj in objects:
        if not isinstance(obj, dict):
            continue
        for key in obj:
            field = _READ_FIELDS_FOLDED.get(key.casefold())
            if field is not None and key != field:
                raise RequestError(
                    400, f"{where} has the key {key!r}; the field is spelled {field!r}", param=field
                )


def _parse_constant(name: str) -> float:
    raise _Refused(f"{name} is not valid JSON")


def _check_structure(obj: object, max_depth: int) -> None:
    """Depth and text checks over the parsed body, iteratively (no recursion to exhaust).

    Strings must be encodable: JSON escapes can spell lone UTF-16 surrogates (`"\ud800"`), which
    json.loads accepts but no tokenizer, upstream or re-serialisation can handle."""
    stack: list[tuple[object, int]] = [(obj, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            _check_text(item)
        elif isinstance(item, dict | list):
            if depth >= max_depth:
                raise _Refused(f"the body nests deeper than {max_depth} levels")
            if isinstance(item, dict):
                for k, v in item.items():
                    _check_text(k)
                    stack.append((v, depth + 1))
            else:
                stack.extend((v, depth + 1) for v in item)


def _check_text(s: str) -> None:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        raise _Refused("a string holds an unpaired UTF-16 surrogate escape") from None


def parse_chat_request(body: bytes, max_bytes: int, limits: JSONLimits | None = None) -> ChatRequest:
    """Validate a chat-completions body. Raises RequestError with the status to answer."""
    limits = limits or JSONLimits()
    if len(body) > max_bytes:
        raise RequestError(
            413,
            f"request body is {len(body)} bytes; the limit is {max_bytes}",
            code="request_too_large",
        )
    if not body.strip():
        raise RequestError(400, "request body is empty; expected a JSON object")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RequestError(400, f"request body is not valid UTF-8 (byte {exc.start})") from None
    try:
        raw = json.loads(
            text,
            parse_int=_parse_int(limits.max_integer_digits),
            parse_float=_parse_float,
            parse_constant=_parse_constant,
            object_pairs_hook=_unique_keys,
        )
        _check_structure(raw, limits.max_depth)
    except json.JSONDecodeError as exc:
        raise RequestError(
            400, f"request body is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except _Refused as exc:
        raise RequestError(400, f"request body is refused: {exc}") from None
    except RecursionError:
        raise RequestError(400, f"request body nests deeper than {limits.max_depth} levels") from None
    if not isinstance(raw, dict):
        raise RequestError(400, f"request body must be a JSON object, got {type(raw).__name__}")
    if isinstance(raw.get("messages"), list):
        _check_field_spellings(raw)
    model = raw.get("model")
    if not isinstance(model, str) or not model:
        raise RequestError(400, "'model' is required and must be a non-empty string", param="model")
    stream = raw.get("stream", False)
    if stream is None:
        stream = False
    if not isinstance(stream, bool):
        raise RequestError(400, "'stream' must be a boolean", param="stream")
    msgs = raw.get("messages")
    if msgs is None:
        raise RequestError(400, "'messages' is required", param="messages")
    if not isinstance(msgs, list) or not msgs:
        raise RequestError(400, "'messages' must be a non-empty array", param="messages")
    kwargs = raw.get("chat_template_kwargs")
    if kwargs is not None and not isinstance(kwargs, dict):
        # The router may set reasoning switches inside it.
        raise RequestError(400, "'chat_template_kwargs' must be an object", param="chat_template_kwargs")
    messages: list[Message] = []
    for i, m in enumerate(msgs):
        if not isinstance(m, dict):
            raise RequestError(400, f"messages[{i}] must be an object", param="messages")
        role = m.get("role")
        if not isinstance(role, str):
            raise RequestError(400, f"messages[{i}].role must be a string", param="messages")
        content = m.get("content")
        text = "\n".join(t for t in (_content_text(content, i), *_side_texts(m)) if t)
        messages.append(Message(canonical_role(role), text, _media_types(content)))
    return ChatRequest(
        raw=raw,
        model=model,
        stream=stream,
        messages=messages,
        rendered=rendered_texts(raw),
        own_template=own_template_field(raw),
    )


def rendered_texts(raw: dict[str, Any]) -> list[RenderedText]:
    """One text per tool definition and per document, plus the template kwargs' string values. Every
    string is read whatever the shape around it (a template may dump the whole object as JSON), keys
    too, except the keys of the tool/JSON-schema structure itself."""
    out: list[RenderedText] = []
    for name, keys in RENDERED_FIELDS.items():
        for key in keys:
            value = raw.get(key)
            items = value if isinstance(value, list) else [value]
            out += [RenderedText(name, t) for item in items if (t := "\n".join(_strings(item)))]
    kwargs = raw.get(TEMPLATE_KWARGS)
    # A template prints a kwarg's value, not its name (`enable_thinking` is no text to read).
    values = list(kwargs.values()) if isinstance(kwargs, dict) else []
    if text := "\n".join(_strings(values)):
        out.append(RenderedText(TEMPLATE_KWARGS, text))
    return out


def own_template_field(raw: dict[str, Any]) -> str | None:
    if raw.get("chat_template") is not None:
        return OWN_TEMPLATE_FIELDS[0]
    kwargs = raw.get(TEMPLATE_KWARGS)
    if isinstance(kwargs, dict) and kwargs.get("chat_template") is not None:
        return OWN_TEMPLATE_FIELDS[1]
    return None


def _strings(obj: object) -> list[str]:
    """Every non-empty string in a parsed JSON value, in document order (iterative: parsed bodies are
    already depth-capped, but no recursion is needed)."""
    out: list[str] = []
    stack: list[object] = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if item.strip():
                out.append(item)
        elif isinstance(item, dict):
            for k, v in reversed(list(item.items())):
                if not (k == "type" and isinstance(v, str) and v in _SCHEMA_TYPES):
                    stack.append(v)
                if k not in _SCHEMA_KEYS:
                    stack.append(k)
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return out


class ReasoningSwitch(Protocol):
    """How to switch reasoning on/off for one model family (the router's decision provides one)."""

    @property
    def style(self) -> Literal["chat_template_kwargs", "reasoning_effort"]: ...
    @property
    def parameter(self) -> str: ...
    @property
    def enabled(self) -> bool: ...
    @property
    def effort(self) -> str: ...


# Top-level request fields that do not change what a correct answer is (transport, accounting and
# storage options). Every other field (temperature, max_tokens, tools, response_format, seed, stop,
# logit_bias, reasoning settings, fields unknown to us, ...) is part of a cached answer's context.
NOT_ANSWER_SHAPING = frozenset({"model", "messages", "stream", "stream_options", "user", "metadata", "store"})


def _part_without_text(part: object) -> object:
    if isinstance(part, str):
        return {"type": "text"}
    if isinstance(part, dict):
        kind = part.get("type")
        field = TEXT_PART_FIELDS.get(kind) if isinstance(kind, str) else None
        return {k: v for k, v in part.items() if k != field}
    return part


def _without_text(message: object) -> object:
    """The last user message less the text that similarity compares: its images and other media (part
    of the question: "what is in this picture?" with another picture is another question), its part
    types in order, and its other fields. Plain string content reads as one text part."""
    if not isinstance(message, dict):
        return message
    content = message.get("content")
    parts = [{"type": "text"}] if isinstance(content, str) else content
    if isinstance(parts, list):
        parts = [_part_without_text(part) for part in parts]
    return {**{k: v for k, v in message.items() if k != "content"}, "content": parts}


def answer_context(req: ChatRequest) -> bytes:
    """Canonical bytes of everything besides the last user message's text that shapes the answer: every
    message before it (system prompts, earlier turns, tool results), the last user message's media and
    fields (`_without_text`), anything after it, and the answer-shaping fields. Two requests may share a cached answer only if these bytes are equal."""
    msgs = req.raw.get("messages") or []
    last = max((i for i, m in enumerate(req.messages) if m.role == "user"), default=len(msgs))
    context = {
        "before": msgs[:last],
        "last": _without_text(msgs[last]) if last < len(msgs) else None,
        "after": msgs[last + 1 :],
        "fields": {k: v for k, v in req.raw.items() if k not in NOT_ANSWER_SHAPING},
    }
    return json.dumps(context, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def rewrite_request(
    req: ChatRequest,
    *,
    model: str,
    reasoning: ReasoningSwitch | None,
    system_prompt: str | None,
    system_prompt_mode: Literal["replace", "insert"] = "replace",
) -> bytes:
    """Serialise the request for the chosen model; the client's other fields are kept as sent."""
    out = dict(req.raw)
    out["model"] = model
    if reasoning is not None:
        if reasoning.style == "chat_template_kwargs":
            kwargs = dict(out.get("chat_template_kwargs") or {})
            kwargs[reasoning.parameter] = reasoning.enabled
            out["chat_template_kwargs"] = kwargs
        elif reasoning.enabled:
            out[reasoning.parameter] = reasoning.effort
        else:
            out.pop(reasoning.parameter, None)
    if system_prompt:
        msgs = list(out["messages"])
        ours = {"role": "system", "content": system_prompt}
        if msgs and isinstance(msgs[0], dict) and msgs[0].get("role") == "system":
            if system_prompt_mode == "replace":
                msgs[0] = ours
            else:
                msgs.insert(0, ours)
        else:
            msgs.insert(0, ours)
        out["messages"] = msgs
    return _dumps(out)


def parse_bad_hit_report(body: bytes) -> str:
    """The entry id from `{"id": "<x-vsr-cache-entry of the bad hit>"}`."""
    try:
        raw = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise RequestError(400, "request body is not valid JSON") from None
    entry = raw.get("id") if isinstance(raw, dict) else None
    if not isinstance(entry, str) or not entry or len(entry) > 64:
        raise RequestError(400, "'id' must be the x-vsr-cache-entry value of the hit", param="id")
    return entry


def models_list(names: Iterable[str], owned_by: str = "semantic-router") -> bytes:
    created = int(time.time())
    return _dumps(
        {
            "object": "list",
            "data": [{"id": n, "object": "model", "created": created, "owned_by": owned_by} for n in names],
        }
    )


@dataclass(frozen=True, slots=True)
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0


def usage_of(completion: JSON) -> Usage:
    u = completion.get("usage")
    if not isinstance(u, dict):
        return Usage()
    p, c = u.get("prompt_tokens", 0), u.get("completion_tokens", 0)
    return Usage(p if isinstance(p, int) else 0, c if isinstance(c, int) else 0)


def parse_completion(body: bytes) -> JSON | None:
    """A chat.completion object from an upstream body, or None when it isn't one."""
    try:
        obj = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    if isinstance(obj, dict) and isinstance(obj.get("choices"), list):
        return obj
    return None


@dataclass(slots=True)
class _ChoiceState:
    content: list[str] = field(default_factory=list)
    reasoning: list[str] = field(default_factory=list)
    tool_calls: dict[int, JSON] = field(default_factory=dict)
    finish_reason: str | None = None
    role: str = "assistant"


class SSEAssembler:
    """Rebuilds a chat.completion from `chat.completion.chunk` SSE events.

    Feed raw response-body chunks as they stream; `done` turns true at `data: [DONE]`.
    """

    def __init__(self) -> None:
        self._buf = b""
        self._choices: dict[int, _ChoiceState] = {}
        self._meta: JSON = {}
        self._usage: JSON | None = None
        self.done = False
        self.malformed = False

    def feed(self, chunk: bytes) -> None:
        self._buf += chunk
        while True:
            cut = self._buf.find(b"\n\n")
            if cut < 0:
                return
            event, self._buf = self._buf[:cut], self._buf[cut + 2 :]
            for line in event.split(b"\n"):
                self._line(line.rstrip(b"\r"))

    def _line(self, line: bytes) -> None:
        if not line.startswith(b"data:"):
            return
        data = line[5:].strip()
        if data == b"[DONE]":
            self.done = True
            return
        try:
            obj = json.loads(data)
        except ValueError:
            self.malformed = True
            return
        if not isinstance(obj, dict):
            self.malformed = True
            return
        for k in ("id", "created", "model", "system_fingerprint"):
            if k in obj and k not in self._meta:
                self._meta[k] = obj[k]
        if isinstance(obj.get("usage"), dict):
            self._usage = obj["usage"]
        for ch in obj.get("choices") or []:
            if not isinstance(ch, dict):
                continue
            idx = ch.get("index", 0)
            st = self._choices.setdefault(idx if isinstance(idx, int) else 0, _ChoiceState())
            delta = ch.get("delta") or {}
            if isinstance(delta.get("role"), str):
                st.role = delta["role"]
            if isinstance(delta.get("content"), str):
                st.content.append(delta["content"])
            if isinstance(delta.get("reasoning_content"), str):
                st.reasoning.append(delta["reasoning_content"])
            for tc in delta.get("tool_calls") or []:
                self._tool_call(st, tc)
            if ch.get("finish_reason"):
                st.finish_reason = ch["finish_reason"]

    @staticmethod
    def _tool_call(st: _ChoiceState, tc: JSON) -> None:
        i = tc.get("index", 0)
        cur = st.tool_calls.setdefault(
            i, {"id": "", "type": "function", "function": {"name": "", "arguments": ""}}
        )
        if tc.get("id"):
            cur["id"] = tc["id"]
        fn = tc.get("function") or {}
        if isinstance(fn.get("name"), str):
            cur["function"]["name"] += fn["name"]
        if isinstance(fn.get("arguments"), str):
            cur["function"]["arguments"] += fn["arguments"]

    def completion(self) -> JSON:
        choices = []
        for idx in sorted(self._choices):
            st = self._choices[idx]
            msg: JSON = {"role": st.role, "content": "".join(st.content) if st.content else None}
            if st.reasoning:
                msg["reasoning_content"] = "".join(st.reasoning)
            if st.tool_calls:
                msg["tool_calls"] = [st.tool_calls[i] for i in sorted(st.tool_calls)]
            choices.append({"index": idx, "message": msg, "finish_reason": st.finish_reason})
        out: JSON = {
            "id": self._meta.get("id", ""),
            "object": "chat.completion",
            "created": self._meta.get("created", int(time.time())),
            "model": self._meta.get("model", ""),
            "choices": choices,
        }
        if self._usage is not None:
            out["usage"] = self._usage
        return out


def fresh_completion(cached: JSON) -> JSON:
    """A cached completion served as a new response: new id and creation time."""
    out = dict(cached)
    out["id"] = f"chatcmpl-{uuid.uuid4().hex[:24]}"
    out["created"] = int(time.time())
    return out


def completion_to_sse(completion: JSON) -> bytes:
    """Render a chat.completion as a chunk stream ending in `data: [DONE]`."""
    base = {
        "id": completion.get("id", ""),
        "object": "chat.completion.chunk",
        "created": completion.get("created", int(time.time())),
        "model": completion.get("model", ""),
    }
    events: list[bytes] = []

    def emit(choices: list[JSON], **extra: Any) -> None:
        events.append(b"data: " + _dumps({**base, "choices": choices, **extra}) + b"\n\n")

    for ch in completion.get("choices") or []:
        idx = ch.get("index", 0)
        msg = ch.get("message") or {}
        emit([{"index": idx, "delta": {"role": msg.get("role", "assistant"), "content": ""}}])
        if msg.get("content"):
            emit([{"index": idx, "delta": {"content": msg["content"]}}])
        for i, tc in enumerate(msg.get("tool_calls") or []):
            emit([{"index": idx, "delta": {"tool_calls": [{"index": i, **tc}]}}])
        emit([{"index": idx, "delta": {}, "finish_reason": ch.get("finish_reason") or "stop"}])
    if "usage" in completion:
        emit([], usage=completion["usage"])
    events.append(b"data: [DONE]\n\n")
    return b"".join(events)


def blocked_completion(model: str, message: str) -> JSON:
    """A completion that carries a refusal, for guard blocks answered as `content_filter`."""
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": message},
                "finish_reason": "content_filter",
            }
        ],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
    }


def dumps(obj: object) -> bytes:
    return _dumps(obj)
