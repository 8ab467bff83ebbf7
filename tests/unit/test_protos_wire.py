"""protos/ against Envoy's official API, and the generated package against protos/.

Every message, field (name, number, type, label, message/enum type, oneof) and enum value that
`protos/envoy/**` defines must match the descriptors shipped in the pinned `xds-protos` wheel (a test-only
dependency). The official stubs are imported in a subprocess: both sets register the same proto file names
in protobuf's default descriptor pool, so they cannot live in one process.
"""

from __future__ import annotations

import base64
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from google.protobuf import descriptor_pb2, text_format

from extproc import protogen

FDP = descriptor_pb2.FileDescriptorProto
FieldProto = descriptor_pb2.FieldDescriptorProto

_OFFICIAL = textwrap.dedent(
    """
    import base64, importlib, sys
    from google.protobuf import descriptor_pb2, text_format
    fds = descriptor_pb2.FileDescriptorSet()
    for name in sys.argv[1:]:
        module = importlib.import_module(name.removesuffix(".proto").replace("/", ".") + "_pb2")
        module.DESCRIPTOR.CopyToProto(fds.file.add())
    print(base64.b64encode(fds.SerializeToString()).decode())
    # Then: wire messages on stdin (type name, base64 bytes per line) come back as text format.
    from google.protobuf import symbol_database
    db = symbol_database.Default()
    for line in sys.stdin:
        type_name, data = line.split()
        msg = db.GetSymbol(type_name)()
        msg.ParseFromString(base64.b64decode(data))
        print(base64.b64encode(text_format.MessageToString(msg).encode()).decode())
    """
)


def _compile(protos: Path, out: Path) -> dict[str, FDP]:
    """protoc's own descriptors for every .proto under `protos` (what the generated code embeds)."""
    from importlib.resources import files

    from grpc_tools import protoc

    argv = [
        "grpc_tools.protoc",
        f"-I{protos}",
        f"-I{files('grpc_tools') / '_proto'}",
        f"--descriptor_set_out={out}",
        *map(str, protogen.proto_files(protos)),
    ]
    assert protoc.main(argv) == 0, "protoc failed"
    fds = descriptor_pb2.FileDescriptorSet.FromString(out.read_bytes())
    return {f.name: f for f in fds.file}


def _official(
    names: list[str], messages: Sequence[tuple[str, bytes]] = ()
) -> tuple[dict[str, FDP], list[str]]:
    stdin = "".join(f"{t} {base64.b64encode(b).decode()}\n" for t, b in messages)
    proc = subprocess.run(
        [sys.executable, "-c", _OFFICIAL, *names],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    first, *rest = proc.stdout.split()
    fds = descriptor_pb2.FileDescriptorSet.FromString(base64.b64decode(first))
    return {f.name: f for f in fds.file}, [base64.b64decode(r).decode() for r in rest]


def _messages(
    prefix: str, msgs: list[descriptor_pb2.DescriptorProto]
) -> Iterator[tuple[str, descriptor_pb2.DescriptorProto]]:
    for m in msgs:
        name = f"{prefix}.{m.name}"
        yield name, m
        yield from _messages(name, list(m.nested_type))


def _enums(
    prefix: str, fdp_or_msg: FDP | descriptor_pb2.DescriptorProto
) -> Iterator[tuple[str, descriptor_pb2.EnumDescriptorProto]]:
    for e in fdp_or_msg.enum_type:
        yield f"{prefix}.{e.name}", e
    nested = fdp_or_msg.message_type if isinstance(fdp_or_msg, FDP) else fdp_or_msg.nested_type
    for m in nested:
        yield from _enums(f"{prefix}.{m.name}", m)


def _field_facts(msg: descriptor_pb2.DescriptorProto, f: FieldProto) -> dict[str, object]:
    return {
        "number": f.number,
        "type": FieldProto.Type.Name(f.type),
        "label": FieldProto.Label.Name(f.label),
        "type_name": f.type_name.lstrip("."),
        "oneof": msg.oneof_decl[f.oneof_index].name if f.HasField("oneof_index") else None,
        "proto3_optional": f.proto3_optional,
    }


def compare(ours: dict[str, FDP], official: dict[str, FDP]) -> list[str]:
    """Every difference between what we define and the official definitions of the same names."""
    problems: list[str] = []
    for fname, ofile in ours.items():
        theirs = official.get(fname)
        if theirs is None:
            problems.append(f"{fname}: no such file in xds-protos")
            continue
        if ofile.package != theirs.package:
            problems.append(f"{fname}: package {ofile.package!r} != {theirs.package!r}")
        their_msgs = dict(_messages(theirs.package, list(theirs.message_type)))
        for name, msg in _messages(ofile.package, list(ofile.message_type)):
            ref = their_msgs.get(name)
            if ref is None:
                problems.append(f"message {name}: not in the official API")
                continue
            if msg.options.map_entry != ref.options.map_entry:
                problems.append(
                    f"message {name}: map_entry {msg.options.map_entry} != {ref.options.map_entry}"
                )
            ref_fields = {f.name: f for f in ref.field}
            by_number = {f.number: f.name for f in ref.field}
            for f in msg.field:
                rf = ref_fields.get(f.name)
                if rf is None:
                    hint = (
                        f" (official field {f.number} is {by_number[f.number]!r})"
                        if f.number in by_number
                        else ""
                    )
                    problems.append(f"field {name}.{f.name}: not in the official message{hint}")
                    continue
                mine, want = _field_facts(msg, f), _field_facts(ref, rf)
                for key in mine:
                    if mine[key] != want[key]:
                        problems.append(
                            f"field {name}.{f.name}: {key} {mine[key]!r} != official {want[key]!r}"
                        )
        their_enums = dict(_enums(theirs.package, theirs))
        for name, enum in _enums(ofile.package, ofile):
            ref_enum = their_enums.get(name)
            if ref_enum is None:
                problems.append(f"enum {name}: not in the official API")
                continue
            mine_v = {v.name: v.number for v in enum.value}
            want_v = {v.name: v.number for v in ref_enum.value}
            if mine_v != want_v:
                problems.append(f"enum {name}: values {mine_v} != official {want_v}")
        their_services = {s.name: s for s in theirs.service}
        for svc in ofile.service:
            ref_svc = their_services.get(svc.name)
            if ref_svc is None:
                problems.append(f"service {ofile.package}.{svc.name}: not in the official API")
                continue
            ref_methods = {m.name: m for m in ref_svc.method}
            for m in svc.method:
                rm = ref_methods.get(m.name)
                facts = (m.input_type, m.output_type, m.client_streaming, m.server_streaming)
                if rm is None or facts != (
                    rm.input_type,
                    rm.output_type,
                    rm.client_streaming,
                    rm.server_streaming,
                ):
                    problems.append(
                        f"method {ofile.package}.{svc.name}/{m.name}: differs from the official API"
                    )
    return problems


def _envoy_files(files: dict[str, FDP]) -> dict[str, FDP]:
    return {n: f for n, f in files.items() if n.startswith("envoy/")}


@pytest.fixture(scope="module")
def ours(tmp_path_factory: pytest.TempPathFactory) -> dict[str, FDP]:
    return _envoy_files(_compile(protogen.PROTOS, tmp_path_factory.mktemp("fds") / "ours.pb"))


@pytest.fixture(scope="module")
def official(ours: dict[str, FDP]) -> dict[str, FDP]:
    return _official(sorted(ours))[0]


def test_protos_match_official_descriptors(ours: dict[str, FDP], official: dict[str, FDP]) -> None:
    assert ours, "no envoy protos found"
    assert compare(ours, official) == []


def test_the_router_speaks_the_official_method() -> None:
    from extproc._proto.envoy.service.ext_proc.v3 import external_processor_pb2 as ep

    svc = ep.DESCRIPTOR.services_by_name["ExternalProcessor"]
    assert svc.full_name == "envoy.service.ext_proc.v3.ExternalProcessor"
    assert [m.name for m in svc.methods] == ["Process"]


@pytest.mark.parametrize(
    ("old", "new", "expect"),
    [
        (
            "bool clear_route_cache = 5;",
            "bool clear_route_cache = 6;",
            "clear_route_cache: number 6 != official 5",
        ),
        ("bytes body = 3;", "string body = 3;", "ImmediateResponse.body: type 'TYPE_STRING'"),
        ("OVERWRITE_IF_EXISTS_OR_ADD = 2;", "OVERWRITE_IF_EXISTS_OR_ADD = 4;", "enum envoy.config.core.v3"),
        (
            "HttpHeaders request_headers = 2;",
            "HttpHeaders request_header = 2;",
            "request_header: not in the official",
        ),
    ],
)
def test_a_wrong_definition_is_caught(
    tmp_path: Path, official: dict[str, FDP], old: str, new: str, expect: str
) -> None:
    copy = tmp_path / "protos"
    shutil.copytree(protogen.PROTOS, copy)
    hits = 0
    for path in copy.rglob("*.proto"):
        text = path.read_text()
        if old in text:
            path.write_text(text.replace(old, new, 1))
            hits += 1
    assert hits == 1, f"mutation {old!r} matched {hits} files"
    problems = compare(_envoy_files(_compile(copy, tmp_path / "mutant.pb")), official)
    assert any(expect in p for p in problems), problems


def test_messages_round_trip_through_the_official_stubs() -> None:
    """Bytes we write parse with Envoy's own stubs into the same message."""
    from extproc._proto.envoy.config.core.v3 import base_pb2 as core
    from extproc._proto.envoy.extensions.filters.http.ext_proc.v3 import processing_mode_pb2 as pm
    from extproc._proto.envoy.service.ext_proc.v3 import external_processor_pb2 as ep
    from extproc._proto.envoy.type.v3 import http_status_pb2

    mutation = ep.HeaderMutation(
        set_headers=[
            core.HeaderValueOption(
                header=core.HeaderValue(key="x-selected-model", raw_value=b"qwen3-32b"),
                append_action=core.HeaderValueOption.OVERWRITE_IF_EXISTS_OR_ADD,
            )
        ],
        remove_headers=["content-length"],
    )
    samples = [
        ep.ProcessingRequest(
            request_headers=ep.HttpHeaders(
                headers=core.HeaderMap(
                    headers=[core.HeaderValue(key=":path", raw_value=b"/v1/chat/completions")]
                ),
                end_of_stream=False,
            ),
            observability_mode=False,
        ),
        ep.ProcessingRequest(response_body=ep.HttpBody(body=b'{"choices": []}', end_of_stream=True)),
        ep.ProcessingResponse(
            request_body=ep.BodyResponse(
                response=ep.CommonResponse(
                    status=ep.CommonResponse.CONTINUE_AND_REPLACE,
                    header_mutation=mutation,
                    body_mutation=ep.BodyMutation(body=b'{"model": "qwen3-32b"}'),
                    clear_route_cache=True,
                )
            ),
            mode_override=pm.ProcessingMode(
                response_header_mode=pm.ProcessingMode.SKIP, response_body_mode=pm.ProcessingMode.STREAMED
            ),
        ),
        ep.ProcessingResponse(
            immediate_response=ep.ImmediateResponse(
                status=http_status_pb2.HttpStatus(code=http_status_pb2.PayloadTooLarge),
                headers=mutation,
                body=b"{}",
                details="semantic_router_error",
            )
        ),
    ]
    _, parsed = _official(
        ["envoy/service/ext_proc/v3/external_processor.proto"],
        [(m.DESCRIPTOR.full_name, m.SerializeToString()) for m in samples],
    )
    assert parsed == [text_format.MessageToString(m) for m in samples]


def test_generated_code_is_up_to_date() -> None:
    stale = protogen.stale_files()
    assert stale == [], f"src/extproc/_proto is stale relative to protos/ (run `make protos`): {stale}"
