"""Fixture loading and interaction tables of the compatibility suite.

The suite's tables describe requests and responses in a small language
(UPSTREAM-README.md, "Fixtures"): ``JSON: ...``, ``XML: ...``, ``file: x``
(a ``*-body.xml`` file describes a body with its content type), ``EMPTY`` or
plain text. This module turns those cells into :class:`Part` values, and
:func:`define_interaction` feeds one definition to pact_ffi's builder
functions so the library under test is what stores it.
"""

from __future__ import annotations

import json
import urllib.parse
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pact_ffi
from pact_ffi import InteractionPart

#: <repo>/../shared/reference/compatibility-suite, never copied into the repo.
SUITE = Path(__file__).resolve().parents[3].parent / "shared" / "reference" / "compatibility-suite"
FEATURES = SUITE / "features"
FIXTURES = SUITE / "fixtures"

_ORDINALS = {"first": 0, "second": 1, "third": 2}


def ordinal(word: str) -> int:
    """Index of "first"/"second"/"third" as used in the suite's step texts."""
    return _ORDINALS[word]


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name.strip()).read_bytes()


def fixture_json(name: str) -> Any:  # noqa: ANN401
    return json.loads(fixture_bytes(name))


def _element_text(root: ET.Element, name: str) -> str | None:
    node = root.find(name)
    if node is None:
        return None
    text = "".join(node.itertext()).strip()
    # MIME multipart needs CRLF line ends; the fixture marks them (UPSTREAM-README.md).
    if node.get("eol") == "CRLF":
        text = text.replace("\n", "\r\n")
    return text


def _content_type_for_file(name: str, current: str | None) -> str:
    for ext, ct in ((".json", "application/json"), (".xml", "application/xml"),
                    (".jpg", "image/jpeg"), (".pdf", "application/pdf")):
        if name.endswith(ext):
            return ct
    return current or "text/plain"


@dataclass
class Part:
    """A request or a response as the tables describe it."""

    method: str = "GET"
    path: str = "/"
    query: list[tuple[str, str]] = field(default_factory=list)
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes | None = None
    status: int = 200
    matching_rules: dict[str, Any] | None = None
    generators: dict[str, Any] | None = None

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None

    def set_header(self, name: str, value: str) -> None:
        self.headers = [(k, v) for k, v in self.headers if k.lower() != name.lower()]
        self.headers.append((name, value))

    @property
    def content_type(self) -> str | None:
        return self.header("content-type")

    def copy(self) -> Part:
        return Part(self.method, self.path, list(self.query), list(self.headers), self.body,
                    self.status, self.matching_rules, self.generators)

    def query_string(self) -> str:
        return urllib.parse.urlencode(self.query, quote_via=urllib.parse.quote)


def parse_query(text: str) -> list[tuple[str, str]]:
    return urllib.parse.parse_qsl(text, keep_blank_values=True) if text else []


def parse_headers(text: str) -> list[tuple[str, str]]:
    """``'X-A: 1', 'X-B: 2'`` -> pairs (values may themselves contain ':')."""
    pairs = []
    for item in text.split(","):
        item = item.strip().strip("'")
        if not item:
            continue
        name, _, value = item.partition(":")
        pairs.append((name.strip(), value.strip()))
    return pairs


def setup_body(cell: str, part: Part, content_type: str | None = None) -> None:
    """Apply a body cell to ``part``, setting its content-type header too."""
    if not cell:
        return
    if cell.startswith("JSON:"):
        part.set_header("content-type", content_type or "application/json")
        part.body = cell[len("JSON:"):].strip().encode()
    elif cell.startswith("XML:"):
        part.set_header("content-type", content_type or "application/xml")
        part.body = cell[len("XML:"):].strip().encode()
    elif cell.startswith("file:"):
        name = cell[len("file:"):].strip()
        if name.endswith("-body.xml"):
            root = ET.fromstring(fixture_bytes(name))
            ct = _element_text(root, "contentType") or "text/plain"
            part.set_header("content-type", ct)
            part.body = (_element_text(root, "contents") or "").encode()
        else:
            part.set_header("content-type", content_type or _content_type_for_file(name, part.content_type))
            part.body = fixture_bytes(name)
    else:
        text = "" if cell == "EMPTY" else cell
        part.set_header("content-type", content_type or _content_type_for_file(text, part.content_type))
        part.body = text.encode()


def load_rules(cell: str) -> dict[str, Any]:
    if cell.startswith("JSON:"):
        return json.loads(cell[len("JSON:"):])
    return fixture_json(cell)


@dataclass
class Definition:
    """One row of "the following HTTP interactions have been defined"."""

    description: str
    request: Part
    response: Part

    def copy(self) -> Definition:
        return Definition(self.description, self.request.copy(), self.response.copy())


def parse_interaction_table(table: list[list[str]]) -> list[Definition]:
    heads = table[0]
    result = []
    for row_no, row in enumerate(table[1:]):
        cells = dict(zip(heads, row))
        req, resp = Part(), Part()
        req.method = cells.get("method", "GET")
        req.path = cells.get("path", "/")
        req.query = parse_query(cells.get("query", ""))
        req.headers = parse_headers(cells.get("headers", ""))
        setup_body(cells.get("body", ""), req)
        if cells.get("matching rules"):
            req.matching_rules = load_rules(cells["matching rules"])
        if cells.get("response"):
            resp.status = int(cells["response"])
        resp.headers = parse_headers(cells.get("response headers", ""))
        if cells.get("response body"):
            setup_body(cells["response body"], resp, cells.get("response content") or None)
        if cells.get("response matching rules"):
            resp.matching_rules = load_rules(cells["response matching rules"])
        result.append(Definition(f"Interaction {row_no}", req, resp))
    return result


def apply_changes(part: Part, table: list[list[str]]) -> None:
    """Apply a one-row "with the following changes" table to ``part``."""
    for name, value in zip(table[0], table[1]):
        if name == "method":
            part.method = value
        elif name == "path":
            part.path = value
        elif name == "query":
            part.query = parse_query(value)
        elif name == "headers":
            part.headers = parse_headers(value)
        elif name == "raw headers":
            part.headers.extend(parse_headers(value))
        elif name == "body":
            setup_body(value, part)
        elif name == "status":
            part.status = int(value)


def _is_text(part: Part) -> bool:
    try:
        part.body.decode("utf-8")  # type: ignore[union-attr]
    except UnicodeDecodeError:
        return False
    return True


def _apply_part(handle: pact_ffi.InteractionHandle, which: InteractionPart, part: Part) -> None:
    counts: dict[str, int] = {}
    for name, value in part.headers:
        index = counts.get(name.lower(), 0)
        counts[name.lower()] = index + 1
        pact_ffi.with_header_v2(handle, which, name, index, value)
    if part.body is not None:
        if _is_text(part):
            pact_ffi.with_body(handle, which, part.content_type, part.body.decode("utf-8"))
        else:
            pact_ffi.with_binary_body(handle, which, part.content_type, part.body)
    if part.matching_rules is not None:
        pact_ffi.with_matching_rules(handle, which, json.dumps(part.matching_rules))
    if part.generators is not None:
        pact_ffi.with_generators(handle, which, json.dumps(part.generators))


def define_interaction(pact: pact_ffi.PactHandle, definition: Definition) -> pact_ffi.InteractionHandle:
    """Declare ``definition`` on ``pact`` through pact_ffi's builder functions."""
    handle = pact_ffi.new_interaction(pact, definition.description)
    req, resp = definition.request, definition.response
    pact_ffi.with_request(handle, req.method, req.path)
    counts: dict[str, int] = {}
    for name, value in req.query:
        pact_ffi.with_query_parameter_v2(handle, name, counts.get(name, 0), value)
        counts[name] = counts.get(name, 0) + 1
    _apply_part(handle, InteractionPart.REQUEST, req)
    pact_ffi.response_status(handle, resp.status)
    _apply_part(handle, InteractionPart.RESPONSE, resp)
    return handle
