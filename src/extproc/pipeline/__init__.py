"""What the router does with one chat request, in plain types: a pipeline of small steps
(parse -> classify -> guard -> decide -> cache -> forward) run by the config generation's Runtime."""

from extproc.pipeline.context import (
    Forward,
    Outcome,
    RequestContext,
    Respond,
    ResponsePath,
    caller_scope,
    canonical_path,
    client_headers,
    encoded_twice,
)
from extproc.pipeline.runtime import Runtime

__all__ = [
    "Forward",
    "Outcome",
    "RequestContext",
    "Respond",
    "ResponsePath",
    "Runtime",
    "caller_scope",
    "canonical_path",
    "client_headers",
    "encoded_twice",
]
