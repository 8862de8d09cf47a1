"""Verifier scenarios run the same way against two pact_ffi packages: ours and
the reference (pact-python-ffi, libpact_ffi 0.5.12). Each scenario writes pact
files (by hand, so that only the verifier is under test), starts its own local
provider (and state-change endpoint, message relay and Pact Broker doubles)
and returns what a user can observe of ``pactffi_verifier_execute``: the
return code, the JSON report, the output text, and the requests the provider
side and the broker received.

Only the standard library, pact_ffi and the test doubles of this repository
(plain modules: tests/doubles, python/tests/{provider,broker}_double.py) are
used, so the script runs under the reference's virtual environment too.

Usage: python verifier_scenarios.py <output.json> [scenario ...]
(run with the interpreter whose pact_ffi is to be tested; names given after
the output file limit the run to those scenarios)
"""

from __future__ import annotations

import datetime
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent.parent / "python" / "tests")]

import pact_ffi  # noqa: E402

from broker_double import BrokerDouble, standard_notices  # noqa: E402
from doubles.http_double import HttpDouble, Recorded, Reply, json_reply, refused_port  # noqa: E402
from provider_double import MessageReply, ProviderDouble  # noqa: E402

PROVIDER = "items-api"
SCENARIOS: dict[str, Callable[[], Any]] = {}


def scenario(fn: Callable[[], Any]) -> Callable[[], Any]:
    SCENARIOS[fn.__name__] = fn
    return fn


# -- normalisation ------------------------------------------------------------

#: Placeholders for what differs from run to run: ports and directories.
_PLACEHOLDERS: list[tuple[str, str]] = []
_TIMES = re.compile(r"\([^()]*? loading, [^()]*? verification\)")
_PORT = re.compile(r"(127\.0\.0\.1|localhost):\d+")


def placeholder(text: str, name: str) -> None:
    """Write ``name`` instead of ``text`` in every recorded string."""
    _PLACEHOLDERS.append((text, name))
    _PLACEHOLDERS.sort(key=lambda p: -len(p[0]))


def normalised(value: Any) -> Any:  # noqa: ANN401
    """``value`` without durations, ports and temporary paths."""
    if isinstance(value, dict):
        return {k: "<duration>" if k == "duration" else normalised(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalised(v) for v in value]
    if isinstance(value, str):
        for text, name in _PLACEHOLDERS:
            value = value.replace(text, name)
        value = _TIMES.sub("(<t> loading, <t> verification)", value)
        return _PORT.sub(r"\1:<port>", value)
    return value


# -- pacts --------------------------------------------------------------------


def v3_pact(interactions: list[dict[str, Any]], consumer: str = "web", provider: str = PROVIDER, key: str = "interactions") -> dict[str, Any]:
    return {
        "consumer": {"name": consumer},
        "provider": {"name": provider},
        key: interactions,
        "metadata": {"pactSpecification": {"version": "3.0.0"}},
    }


def v4_pact(interactions: list[dict[str, Any]], consumer: str = "web", provider: str = PROVIDER) -> dict[str, Any]:
    return {
        "consumer": {"name": consumer},
        "provider": {"name": provider},
        "interactions": interactions,
        "metadata": {"pactSpecification": {"version": "4.0"}},
    }


def http(  # noqa: PLR0913
    description: str,
    path: str,
    *,
    method: str = "GET",
    status: int = 200,
    body: Any = None,  # noqa: ANN401
    states: list[dict[str, Any]] | None = None,
    request: dict[str, Any] | None = None,
    response: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A V3 request/response interaction (``request``/``response`` add keys)."""
    res: dict[str, Any] = {"status": status}
    if body is not None:
        res["headers"] = {"Content-Type": "application/json"}
        res["body"] = body
    res.update(response or {})
    interaction: dict[str, Any] = {"description": description, "request": {"method": method, "path": path, **(request or {})}, "response": res}
    if states:
        interaction["providerStates"] = states
    return interaction


@contextmanager
def pact_dir(*pacts: dict[str, Any], extra: dict[str, str] | None = None) -> Iterator[Path]:
    """A temporary directory with ``pacts`` (files named in order) and ``extra`` files."""
    with tempfile.TemporaryDirectory() as name:
        directory = Path(name)
        placeholder(str(directory), "<dir>")
        for n, pact in enumerate(pacts):
            (directory / f"{n:02d}-{pact['consumer']['name']}-{pact['provider']['name']}.json").write_text(json.dumps(pact))
        for file_name, text in (extra or {}).items():
            (directory / file_name).write_text(text)
        yield directory


def add_files(handle: pact_ffi.VerifierHandle, directory: Path) -> None:
    """Every file of ``directory`` as a file source, in name order.

    The reference reads a directory in the OS's order (ours: name order, a
    deliberate difference), so scenarios about several pacts add them one by one.
    """
    for path in sorted(directory.iterdir()):
        pact_ffi.verifier_add_file_source(handle, str(path))


def order_free(result: dict[str, Any]) -> dict[str, Any]:
    """A passing run of several pacts read from one directory, without their order."""
    def blocks(lines: list[str], start: Callable[[str], bool]) -> list[list[str]]:
        # Blank lines are left out: which block the ones between pacts fall in
        # depends on the order (other scenarios compare the layout).
        out: list[list[str]] = [[]]
        for line in lines:
            if start(line):
                out.append([])
            if line:
                out[-1].append(line)
        return [out[0], *sorted(out[1:])]

    report = result["json"]
    report["interactionResults"].sort(key=lambda r: (r["consumer"], r["description"]))
    report["errors"].sort(key=lambda e: e["interaction"])
    report["output"] = blocks(report["output"], lambda line: line.startswith("\nVerifying a pact between"))
    result["output"] = blocks(result["output"], lambda line: line.startswith("Verifying a pact between"))
    result["provider_requests"].sort(key=lambda r: r["path"])
    return result


# -- running the verifier ----------------------------------------------------


def execute(handle: pact_ffi.VerifierHandle) -> int:
    """``pactffi_verifier_execute``'s code; the library's stdout print is dropped."""
    sys.stdout.flush()
    saved = os.dup(1)
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    try:
        return pact_ffi.lib.pactffi_verifier_execute(handle._ref)  # noqa: SLF001
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        os.close(null)


def run(configure: Callable[[pact_ffi.VerifierHandle], None]) -> dict[str, Any]:
    """A fresh verifier configured by ``configure``, executed once."""
    handle = pact_ffi.verifier_new_for_application()
    configure(handle)
    code = execute(handle)
    output = str(pact_ffi.verifier_output(handle, 1))
    report = json.loads(str(pact_ffi.verifier_json(handle)))
    del handle  # shut down by the wrapper's destructor
    return {"code": code, "json": report, "output": output.split("\n")}


def provider_info(port: int) -> Callable[[pact_ffi.VerifierHandle], None]:
    def configure(handle: pact_ffi.VerifierHandle) -> None:
        pact_ffi.verifier_set_provider_info(handle, PROVIDER, "http", "127.0.0.1", port, "/")
    return configure


IGNORED_HEADERS = {"user-agent", "accept-encoding"}


def requests_of(double: HttpDouble, skip_paths: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """What the double received: method, path, query, headers (sorted), body."""
    out = []
    for r in double.requests:
        if r.path in skip_paths:
            continue
        entry: dict[str, Any] = {
            "method": r.method,
            "path": r.path,
            "query": r.query,
            "headers": sorted([k.lower(), v] for k, v in r.headers if k.lower() not in IGNORED_HEADERS),
        }
        if r.body:
            try:
                entry["json"] = json.loads(r.body)
            except ValueError:
                entry["body"] = r.body.decode("utf-8", "replace")
        out.append(entry)
    return out


def state_calls(provider: ProviderDouble) -> list[dict[str, Any]]:
    """The state-change requests: method, path, query and JSON body."""
    return [
        {"method": c.request.method, "path": c.request.path, "query": c.request.query, "json": json.loads(c.request.body) if c.request.body else None}
        for c in provider.state_calls
    ]


def observed(result: dict[str, Any], provider: ProviderDouble | None) -> dict[str, Any]:
    if provider is not None:
        result["state_calls"] = state_calls(provider)
        result["provider_requests"] = requests_of(provider, ("/_pact/state",))
    return result


# -- scenarios: HTTP ------------------------------------------------------------

ITEM_BODY = {"id": 42, "name": "x", "tags": ["a"]}


def passing_pact() -> dict[str, Any]:
    return v3_pact([
        http(
            "get item",
            "/items/42",
            states=[{"name": "item exists", "params": {"id": 42, "name": "x", "flag": True, "list": [1, "a"]}}, {"name": "user logged in"}],
            request={"query": {"full": ["true"], "a": ["2", "1"]}, "headers": {"Accept": "application/json"}},
            body=ITEM_BODY,
            response={"matchingRules": {"body": {"$.name": {"matchers": [{"match": "type"}]}, "$.tags": {"matchers": [{"match": "type", "min": 1}]}}}},
        ),
        http(
            "create item",
            "/items",
            method="POST",
            status=201,
            request={"headers": {"Content-Type": "application/json"}, "body": {"name": "new", "n": [1, 2.5, None]}},
            response={"headers": {"Location": "/items/7"}, "matchingRules": {"header": {"Location": {"matchers": [{"match": "regex", "regex": "^/items/\\d+$"}]}}}},
        ),
        http(
            "generated values",
            "/items/0",
            method="PUT",
            states=[{"name": "injected", "params": {"id": 7}}],
            request={
                "headers": {"Content-Type": "application/json"},
                "body": {"tag": "t"},
                "generators": {
                    "path": {"type": "ProviderState", "expression": "/items/${id}", "dataType": "STRING"},
                    "body": {"$.tag": {"type": "ProviderState", "expression": "${injected}-${id}", "dataType": "STRING"}},
                },
            },
            status=204,
        ),
    ])


def passing_provider() -> ProviderDouble:
    provider = ProviderDouble()
    provider.route("GET", "/items/42", body={"id": 42, "name": "other", "tags": ["b", "c"], "extra": True})
    provider.route("POST", "/items", status=201, content_type=None, headers={"Location": "/items/9"})
    provider.route("PUT", "/items/7", status=204, content_type=None)
    provider.state_reply(json_reply({"injected": "from-state"}))
    return provider


def states_run(*, body: bool) -> dict[str, Any]:
    with pact_dir(passing_pact()) as directory, passing_provider() as provider:
        def configure(handle: pact_ffi.VerifierHandle) -> None:
            provider_info(provider.port)(handle)
            pact_ffi.verifier_set_provider_state(handle, provider.state_url, teardown=True, body=body)
            pact_ffi.verifier_add_directory_source(handle, str(directory))
        return observed(run(configure), provider)


@scenario
def http_states_json_body() -> Any:
    """Passing interactions; states with params as JSON bodies, teardown on."""
    return states_run(body=True)


@scenario
def http_states_query() -> Any:
    """The same with state changes as query parameters."""
    return states_run(body=False)


@scenario
def http_no_state_url() -> Any:
    """Without a state-change URL: no state calls, generators use the params only."""
    with pact_dir(passing_pact()) as directory, passing_provider() as provider:
        provider.route("PUT", "/items/7", status=500)  # the injected value is missing
        def configure(handle: pact_ffi.VerifierHandle) -> None:
            provider_info(provider.port)(handle)
            pact_ffi.verifier_add_file_source(handle, str(next(directory.iterdir())))
        return observed(run(configure), provider)


@scenario
def http_failures() -> Any:
    """Status, header, body, missing key, type and content-type mismatches."""
    pact = v3_pact([
        http("status", "/missing", body={"a": 1}),
        http("headers", "/headers", response={"headers": {"X-Thing": "expected", "X-Absent": "1", "X-List": "a, b"}}),
        http(
            "body values",
            "/body",
            body={"id": 1, "name": "n", "tags": ["a", "b"], "nested": {"k": "v", "gone": 1}, "count": 3, "price": 1.5},
            response={"matchingRules": {"body": {"$.count": {"matchers": [{"match": "integer"}]}, "$.price": {"matchers": [{"match": "decimal"}]}, "$.name": {"matchers": [{"match": "regex", "regex": "^n+$"}]}}}},
        ),
        http("body type", "/text", body={"a": 1}),
        http("root type", "/list", body=[1, 2]),
        http("everything", "/all", status=201, body={"ok": True}, response={"headers": {"Content-Type": "application/json", "X-Id": "7"}}, states=[{"name": "s1"}, {"name": "s2", "params": {"k": "v"}}]),
        http("passes", "/ok", body={"ok": True}),
    ])
    with pact_dir(pact) as directory, ProviderDouble() as provider:
        provider.route("GET", "/headers", content_type=None, headers={"X-Thing": "other", "X-List": "a, c"})
        provider.route("GET", "/body", body={"id": "1", "name": "m", "tags": ["a"], "nested": {"k": "w"}, "count": 3.5, "price": 2})
        provider.route("GET", "/text", body="a=1", content_type="text/plain")
        provider.route("GET", "/list", body={"a": 1})
        provider.route("GET", "/all", status=500, body={"ok": False}, headers={"X-Id": "8"})
        provider.route("GET", "/ok", body={"ok": True})
        def configure(handle: pact_ffi.VerifierHandle) -> None:
            provider_info(provider.port)(handle)
            pact_ffi.verifier_add_directory_source(handle, str(directory))
        return observed(run(configure), provider)


@scenario
def http_failures_coloured_json() -> Any:
    """The JSON report's output lines keep their colours (coloured output is the default)."""
    pact = v3_pact([http("status", "/missing", body={"a": 1}), http("ok", "/ok")])
    with pact_dir(pact) as directory, ProviderDouble() as provider:
        provider.route("GET", "/ok")
        def configure(handle: pact_ffi.VerifierHandle) -> None:
            provider_info(provider.port)(handle)
            pact_ffi.verifier_add_directory_source(handle, str(directory))
        result = run(configure)
        return {"code": result["code"], "json_output": normalised(result["json"]["output"])}


@scenario
def http_request_error() -> Any:
    """The provider's port refuses connections."""
    port, sock = refused_port()
    try:
        with pact_dir(v3_pact([http("get item", "/items/1", body={"a": 1}), http("other", "/o")])) as directory:
            def configure(handle: pact_ffi.VerifierHandle) -> None:
                provider_info(port)(handle)
                pact_ffi.verifier_add_directory_source(handle, str(directory))
            return observed(run(configure), None)
    finally:
        sock.close()


class _TeardownFails(ProviderDouble):
    """Fails teardown calls (400) of one state, setup calls of another."""

    def answer(self, request: Recorded) -> Reply:
        reply = super().answer(request)
        if request.path == "/_pact/state" and request.body:
            data = json.loads(request.body)
            if (data["action"], data["state"]) in {("teardown", "breaks on teardown"), ("setup", "breaks on setup")}:
                return json_reply({"error": "no"}, 400)
        return reply


@scenario
def http_state_change_failures() -> Any:
    """A failing setup call (no request, no teardown) and a failing teardown call."""
    pact = v3_pact([
        http("setup fails", "/a", states=[{"name": "breaks on setup"}, {"name": "fine"}]),
        http("teardown fails", "/b", states=[{"name": "breaks on teardown"}]),
        http("fine", "/c"),
    ])
    with pact_dir(pact) as directory, _TeardownFails() as provider:
        for path in ("/a", "/b", "/c"):
            provider.route("GET", path)
        def configure(handle: pact_ffi.VerifierHandle) -> None:
            provider_info(provider.port)(handle)
            pact_ffi.verifier_set_provider_state(handle, provider.state_url, teardown=True, body=True)
            pact_ffi.verifier_add_directory_source(handle, str(directory))
        return observed(run(configure), provider)


FILTER_PACT = v3_pact([
    http("get item", "/items/1", states=[{"name": "item exists"}]),
    http("get items", "/items", states=[{"name": "several items exist"}, {"name": "user logged in"}]),
    http("health check", "/health"),
    http("get user", "/users/1", states=[{"name": "user exists"}]),
    http("list users", "/users"),
])


@scenario
def filters() -> Any:
    """Description regex, state regex, no-state and their combinations."""
    out = {}
    cases = {
        "description": ("item", None, False),
        "description_anchored": ("^get i", None, False),
        "state": (None, "exists", False),
        "state_exact": (None, "^user logged in$", False),
        "no_state": (None, None, True),
        "description_and_state": ("user", "exists", False),
        "description_and_no_state": ("users", None, True),
        "state_and_no_state": (None, "exists", True),
        "nothing_matches": ("nope", None, False),
    }
    with pact_dir(FILTER_PACT) as directory:
        for name, (description, state, no_state) in cases.items():
            with ProviderDouble() as provider:
                for i in FILTER_PACT["interactions"]:
                    provider.route("GET", i["request"]["path"])
                def configure(handle: pact_ffi.VerifierHandle, d: Any = description, s: Any = state, n: bool = no_state) -> None:
                    provider_info(provider.port)(handle)
                    pact_ffi.verifier_set_provider_state(handle, provider.state_url, teardown=False, body=True)
                    pact_ffi.verifier_set_filter_info(handle, d, s, filter_no_state=n)
                    pact_ffi.verifier_add_directory_source(handle, str(directory))
                result = observed(run(configure), provider)
                out[name] = {
                    "code": result["code"],
                    "output": result["output"],
                    "results": [r["description"] for r in result["json"]["interactionResults"]],
                    "state_calls": result["state_calls"],
                    "paths": [r["path"] for r in result["provider_requests"]],
                }
    return out


@scenario
def invalid_filter_regex() -> Any:
    """An invalid description regex (deliberate difference, see ALLOWED)."""
    with pact_dir(FILTER_PACT) as directory, ProviderDouble() as provider:
        def configure(handle: pact_ffi.VerifierHandle) -> None:
            provider_info(provider.port)(handle)
            pact_ffi.verifier_set_filter_info(handle, "(unclosed", None, filter_no_state=False)
            pact_ffi.verifier_add_directory_source(handle, str(directory))
        return observed(run(configure), provider)


@scenario
def consumer_filters_directory() -> Any:
    """A directory with pacts of two consumers and one for another provider."""
    pacts = [
        v3_pact([http("web item", "/items/1")], consumer="web"),
        v3_pact([http("other provider item", "/other")], consumer="web", provider="other-api"),
        v3_pact([http("mobile item", "/items/2", body={"m": 1})], consumer="mobile"),
    ]
    out = {}
    with pact_dir(*pacts) as directory:
        for name, consumers in {"none": None, "mobile": ["mobile"], "both": ["web", "mobile"], "case": ["Web"], "unknown": ["nobody"], "empty": []}.items():
            with ProviderDouble() as provider:
                provider.route("GET", "/items/1")
                provider.route("GET", "/items/2", body={"m": 1})
                def configure(handle: pact_ffi.VerifierHandle, c: Any = consumers) -> None:
                    provider_info(provider.port)(handle)
                    if c is not None:
                        pact_ffi.verifier_set_consumer_filters(handle, c)
                    pact_ffi.verifier_add_directory_source(handle, str(directory))
                out[name] = order_free(observed(run(configure), provider))
    return out


@scenario
def custom_headers() -> Any:
    """Custom headers on provider, state-change and message requests."""
    pact = v3_pact([
        http("with headers", "/h", request={"headers": {"X-Api-Key": "from-pact", "x-other": "from-pact", "Accept": "text/plain"}}, states=[{"name": "s"}]),
        http("no headers", "/n"),
    ])
    messages = v3_pact([{"description": "an event", "contents": {"a": 1}, "metadata": {"contentType": "application/json"}}], consumer="bus", key="messages")
    with pact_dir(pact, messages) as directory, ProviderDouble() as provider:
        provider.route("GET", "/h")
        provider.route("GET", "/n")
        provider.message("an event", MessageReply({"a": 1}))
        def configure(handle: pact_ffi.VerifierHandle) -> None:
            provider_info(provider.port)(handle)
            pact_ffi.verifier_add_provider_transport(handle, "message", provider.port, provider.message_path, None)
            pact_ffi.verifier_set_provider_state(handle, provider.state_url, teardown=False, body=True)
            pact_ffi.verifier_add_custom_header(handle, "X-Api-Key", "custom")
            pact_ffi.verifier_add_custom_header(handle, "X-OTHER", "custom-other")
            pact_ffi.verifier_add_custom_header(handle, "X-Extra", "1")
            pact_ffi.verifier_add_custom_header(handle, "X-Extra", "2")
            add_files(handle, directory)
        result = observed(run(configure), provider)
        result["state_call_headers"] = [
            sorted([k.lower(), v] for k, v in c.request.headers if k.lower() not in IGNORED_HEADERS) for c in provider.state_calls
        ]
        return result


@scenario
def base_path_and_trailing_slashes() -> Any:
    """A provider base path joined with the interaction paths."""
    pact = v3_pact([http("root", "/"), http("nested", "/api/items/42"), http("no slash", "x")])
    with pact_dir(pact) as directory, ProviderDouble() as provider:
        for path in ("/base/", "/base", "/base/api/items/42", "/base/x", "/basex"):
            provider.route("GET", path)
        def configure(handle: pact_ffi.VerifierHandle) -> None:
            pact_ffi.verifier_set_provider_info(handle, PROVIDER, "http", "127.0.0.1", provider.port, "/base/")
            pact_ffi.verifier_add_directory_source(handle, str(directory))
        return observed(run(configure), provider)


@scenario
def http_body_kinds() -> Any:
    """Text, XML, form and JSON-without-content-type bodies, matching and not."""
    def text(ct: str, body: str) -> dict[str, Any]:
        return {"headers": {"Content-Type": ct}, "body": body}

    pact = v3_pact([
        http("text same", "/t1", response=text("text/plain", "hello")),
        http("text different", "/t2", response=text("text/plain", "hello")),
        http("xml same", "/x1", response=text("application/xml", "<a><b id='1'>x</b></a>")),
        http("xml different", "/x2", response=text("application/xml", "<a><b id='1'>x</b><c/></a>")),
        http("form", "/f", response=text("application/x-www-form-urlencoded", "a=1&b=2")),
        http("json without content type", "/j", response={"body": {"a": 1}}),
        http("no expected body", "/n"),
    ])
    with pact_dir(pact) as directory, ProviderDouble() as provider:
        provider.route("GET", "/t1", body="hello", content_type="text/plain")
        provider.route("GET", "/t2", body="goodbye", content_type="text/plain")
        provider.route("GET", "/x1", body="<a><b id='1'>x</b></a>", content_type="application/xml")
        provider.route("GET", "/x2", body="<a><b id='2'>y</b></a>", content_type="application/xml")
        provider.route("GET", "/f", body="a=1&b=3", content_type="application/x-www-form-urlencoded")
        provider.route("GET", "/j", body={"a": 2})
        provider.route("GET", "/n", body={"anything": True})
        def configure(handle: pact_ffi.VerifierHandle) -> None:
            provider_info(provider.port)(handle)
            pact_ffi.verifier_set_coloured_output(handle, enabled=False)
            pact_ffi.verifier_add_directory_source(handle, str(directory))
        return observed(run(configure), provider)


@scenario
def redirects_and_timeouts() -> Any:
    """A redirect followed or not, and a provider slower than the request timeout."""
    pact = v3_pact([http("moved", "/old", body={"a": 1}), http("slow", "/slow")])
    out = {}
    for name, (follow, timeout) in {"follow": (True, 5000), "no_follow": (False, 5000), "timeout": (True, 100)}.items():
        with pact_dir(pact) as directory, ProviderDouble() as provider:
            provider.route("GET", "/old", status=302, content_type=None, headers={"Location": "/new"})
            provider.route("GET", "/new", body={"a": 1})
            provider.route("GET", "/slow", delay=0.5 if name == "timeout" else 0.0)
            def configure(handle: pact_ffi.VerifierHandle, follow: bool = follow, timeout: int = timeout, port: int = provider.port, d: Path = directory) -> None:
                provider_info(port)(handle)
                pact_ffi.verifier_set_follow_redirects(handle, follow=follow)
                pact_ffi.verifier_set_verification_options(handle, disable_ssl_verification=False, request_timeout=timeout)
                pact_ffi.verifier_add_directory_source(handle, str(d))
            out[name] = observed(run(configure), provider)
    return out


# -- scenarios: V4 and messages -----------------------------------------------


@scenario
def v4_pending_comments() -> Any:
    """V4 HTTP interactions: pending, comments with a test name, keys."""
    pact = v4_pact([
        {
            "type": "Synchronous/HTTP",
            "key": "k-pending",
            "description": "pending and failing",
            "pending": True,
            "providerStates": [{"name": "st"}],
            "comments": {"text": ["first comment", "second"], "testname": "test_pending"},
            "request": {"method": "GET", "path": "/p"},
            "response": {"status": 200, "headers": {"Content-Type": ["application/json"]}, "body": {"content": {"a": 1}, "contentType": "application/json", "encoded": False}},
        },
        {
            "type": "Synchronous/HTTP",
            "key": "k-ok",
            "description": "passing with comments",
            "pending": False,
            "comments": {"text": ["only text"], "testname": "test_ok", "references": {"jira": {"ticket": "PACT-1"}}},
            "request": {"method": "POST", "path": "/ok", "query": {"q": ["1", "2"]}, "headers": {"Content-Type": ["application/json"]}, "body": {"content": {"x": [1]}, "contentType": "application/json", "encoded": False}},
            "response": {"status": 200},
        },
        {
            "type": "Synchronous/HTTP",
            "description": "pending and passing",
            "pending": True,
            "request": {"method": "GET", "path": "/ok2"},
            "response": {"status": 200},
        },
    ])
    with pact_dir(pact) as directory, ProviderDouble() as provider:
        provider.route("GET", "/p", status=404, body={"a": 2})
        provider.route("POST", "/ok", content_type=None)
        provider.route("GET", "/ok2", content_type=None)
        def configure(handle: pact_ffi.VerifierHandle) -> None:
            provider_info(provider.port)(handle)
            pact_ffi.verifier_add_directory_source(handle, str(directory))
        return observed(run(configure), provider)


@scenario
def v4_pending_and_failing() -> Any:
    """A pending failure next to a real failure: both sections, exit code 1."""
    pact = v4_pact([
        {"type": "Synchronous/HTTP", "description": "pending fails", "pending": True, "request": {"method": "GET", "path": "/a"}, "response": {"status": 200}},
        {
            "type": "Synchronous/HTTP",
            "description": "fails",
            "request": {"method": "GET", "path": "/b"},
            "response": {"status": 200, "headers": {"Content-Type": ["application/json"]}, "body": {"content": {"b": 1}, "contentType": "application/json", "encoded": False}},
        },
    ])
    with pact_dir(pact) as directory, ProviderDouble() as provider:
        def configure(handle: pact_ffi.VerifierHandle) -> None:
            provider_info(provider.port)(handle)
            pact_ffi.verifier_add_directory_source(handle, str(directory))
        return observed(run(configure), provider)


def message_pacts() -> tuple[dict[str, Any], dict[str, Any]]:
    v3 = v3_pact(
        [
            {
                "description": "an order event",
                "providerStates": [{"name": "an order", "params": {"n": 1}}],
                "contents": {"id": 1, "kind": "order"},
                "metadata": {"contentType": "application/json", "topic": "orders"},
                "matchingRules": {"body": {"$.id": {"matchers": [{"match": "integer"}]}}},
            },
            {"description": "a bad event", "contents": {"id": 2}, "metadata": {"contentType": "application/json", "topic": "orders", "partition": 3}},
            {"description": "a text event", "contents": "hello", "metadata": {"contentType": "text/plain"}},
            {"description": "a wrong type event", "contents": {"id": 3}, "metadata": {"contentType": "application/json"}},
        ],
        consumer="bus",
        key="messages",
    )
    v4 = v4_pact(
        [
            {
                "type": "Asynchronous/Messages",
                "description": "a v4 event",
                "providerStates": [{"name": "st", "params": {"x": "y"}}],
                "contents": {"content": {"v": 4}, "contentType": "application/json", "encoded": False},
                "metadata": {"topic": "v4"},
                "matchingRules": {"body": {"$.v": {"matchers": [{"match": "type"}]}}},
            },
            {
                "type": "Asynchronous/Messages",
                "description": "a missing event",
                "contents": {"content": {"v": 4}, "contentType": "application/json", "encoded": False},
            },
        ],
        consumer="bus4",
    )
    return v3, v4


def message_provider() -> ProviderDouble:
    provider = ProviderDouble()
    provider.message("an order event", MessageReply({"id": 5, "kind": "order"}, metadata={"topic": "orders", "extra": "x"}))
    provider.message("a bad event", MessageReply({"id": "2"}, metadata={"topic": "other"}))
    provider.message("a text event", MessageReply("hello", content_type="text/plain"))
    provider.message("a wrong type event", MessageReply("id=3", content_type="text/plain"))
    provider.message("a v4 event", MessageReply({"v": 40}, metadata={"topic": "v4"}))
    return provider


@scenario
def async_messages() -> Any:
    """V3 and V4 asynchronous messages through the relay, metadata in its header."""
    with pact_dir(*message_pacts()) as directory, message_provider() as provider:
        def configure(handle: pact_ffi.VerifierHandle) -> None:
            provider_info(provider.port)(handle)
            pact_ffi.verifier_add_provider_transport(handle, "message", provider.port, provider.message_path, None)
            pact_ffi.verifier_set_provider_state(handle, provider.state_url, teardown=True, body=True)
            add_files(handle, directory)
        return observed(run(configure), provider)


@scenario
def async_messages_without_transport() -> Any:
    """Messages with no message transport go to the provider's base URL."""
    v3, _ = message_pacts()
    with pact_dir(v3) as directory, message_provider() as provider:
        def configure(handle: pact_ffi.VerifierHandle) -> None:
            provider_info(provider.port)(handle)
            pact_ffi.verifier_add_directory_source(handle, str(directory))
        return observed(run(configure), provider)


@scenario
def sync_messages() -> Any:
    """V4 synchronous messages: a match, a mismatch and a failing relay."""
    def sync(description: str, request: Any, response: Any, rules: dict[str, Any] | None = None) -> dict[str, Any]:  # noqa: ANN401
        interaction = {
            "type": "Synchronous/Messages",
            "description": description,
            "providerStates": [{"name": "ready", "params": {"p": 1}}],
            "request": {"contents": {"content": request, "contentType": "application/json", "encoded": False}, "metadata": {"rk": "rv"}},
            "response": [{"contents": {"content": response, "contentType": "application/json", "encoded": False}, "metadata": {"topic": "t"}}],
        }
        if rules:
            interaction["response"][0]["matchingRules"] = rules
        return interaction

    pact = v4_pact([
        sync("a ping", {"ping": True}, {"pong": 1}, {"body": {"$.pong": {"combine": "AND", "matchers": [{"match": "integer"}]}}}),
        sync("a wrong pong", {"ping": 2}, {"pong": "a", "more": [1, 2]}),
        sync("a failing relay", {"ping": 3}, {"pong": 3}),
    ], consumer="rpc")
    with pact_dir(pact) as directory, ProviderDouble() as provider:
        provider.message("a ping", MessageReply({"pong": 7}, metadata={"topic": "t"}))
        provider.message("a wrong pong", MessageReply({"pong": 1, "more": [1]}, metadata={"topic": "u"}))
        provider.message("a failing relay", MessageReply({"error": "x"}, status=500))
        def configure(handle: pact_ffi.VerifierHandle) -> None:
            provider_info(provider.port)(handle)
            pact_ffi.verifier_add_provider_transport(handle, "message", provider.port, provider.message_path, None)
            pact_ffi.verifier_set_provider_state(handle, provider.state_url, teardown=False, body=True)
            pact_ffi.verifier_add_directory_source(handle, str(directory))
        return observed(run(configure), provider)


# -- scenarios: sources --------------------------------------------------------


@scenario
def directory_with_non_pact_file() -> Any:
    """A directory holding a pact and a file that is not a pact."""
    with pact_dir(v3_pact([http("get item", "/items/1")]), extra={"notes.txt": "not a pact"}) as directory, ProviderDouble() as provider:
        provider.route("GET", "/items/1")
        def configure(handle: pact_ffi.VerifierHandle) -> None:
            provider_info(provider.port)(handle)
            pact_ffi.verifier_add_directory_source(handle, str(directory))
        return observed(run(configure), provider)


@scenario
def missing_sources_and_empty_pact() -> Any:
    """A missing file, a missing directory, a pact without interactions."""
    out = {}
    with pact_dir(v3_pact([])) as directory, ProviderDouble() as provider:
        sources: dict[str, Callable[[pact_ffi.VerifierHandle], None]] = {
            "missing_file": lambda h: pact_ffi.verifier_add_file_source(h, str(directory / "nope.json")),
            "missing_dir": lambda h: pact_ffi.verifier_add_directory_source(h, str(directory / "nope")),
            "no_interactions": lambda h: pact_ffi.verifier_add_directory_source(h, str(directory)),
            "no_sources": lambda h: None,
        }
        for name, add in sources.items():
            def configure(handle: pact_ffi.VerifierHandle, add: Callable[[pact_ffi.VerifierHandle], None] = add) -> None:
                provider_info(provider.port)(handle)
                add(handle)
            out[name] = run(configure)
    return out


# -- scenarios: broker -----------------------------------------------------------


def broker_observed(broker: BrokerDouble) -> dict[str, Any]:
    return {
        "for_verification_bodies": broker.for_verification_bodies,
        "for_verification_providers": broker.for_verification_providers,
        "published": broker.published,
        "branch_puts": broker.branch_puts,
        "tag_puts": broker.tag_puts,
        "broker_requests": [
            {"method": r.method, "path": r.path, "query": r.query, "authorization": r.header("Authorization"), "content_type": r.header("Content-Type")}
            for r in broker.requests
        ],
    }


@scenario
def broker_selectors_pending_publish() -> Any:
    """Selectors, a pending pact with notices, publishing with branch and tags."""
    web = v3_pact([
        http("get item", "/items/1", states=[{"name": "item exists"}], body={"id": 1}),
        http("no id", "/items/2"),
    ])
    mobile = v3_pact([http("mobile fails", "/mobile", body={"m": 1})], consumer="mobile")
    with ProviderDouble() as provider, BrokerDouble(auth=("bearer", "tok")) as broker:
        provider.route("GET", "/items/1", body={"id": 2})
        provider.route("GET", "/items/2")
        broker.add_pact(web, notices=standard_notices("web"))
        entry = broker.add_pact(mobile, pending=True, notices=standard_notices("mobile"), short_description="pending one")
        del entry.pact["interactions"][0]["_id"]
        placeholder(broker.url, "<broker>")
        def configure(handle: pact_ffi.VerifierHandle) -> None:
            provider_info(provider.port)(handle)
            pact_ffi.verifier_set_provider_state(handle, provider.state_url, teardown=False, body=True)
            pact_ffi.verifier_broker_source_with_selectors(
                handle,
                broker.url,
                None,
                None,
                "tok",
                1,
                datetime.date(2024, 1, 2),
                ["main", "prod"],
                "feat-x",
                [json.dumps({"mainBranch": True}), json.dumps({"consumer": "web", "latest": True, "branch": "b1", "unknown": 1}), json.dumps({"deployedOrReleased": True, "environment": "production"})],
                ["ignored-tag"],
            )
            pact_ffi.verifier_set_publish_options(handle, "1.2.3", "http://ci/build/1", ["t1", "t2"], "main")
        result = observed(run(configure), provider)
        result.update(broker_observed(broker))
        return result


@scenario
def broker_consumer_version_tags_no_publish() -> Any:
    """Consumer version tags without selectors; passing pact, publishing off."""
    web = v3_pact([http("get item", "/items/1")])
    with ProviderDouble() as provider, BrokerDouble() as broker:
        provider.route("GET", "/items/1")
        broker.add_pact(web, notices=standard_notices("web"))
        placeholder(broker.url, "<broker>")
        def configure(handle: pact_ffi.VerifierHandle) -> None:
            provider_info(provider.port)(handle)
            pact_ffi.verifier_broker_source_with_selectors(handle, broker.url, None, None, None, 0, None, [], None, [], ["dev", "prod"])
        result = observed(run(configure), provider)
        result.update(broker_observed(broker))
        return result


@scenario
def broker_publish_passing_basic_auth() -> Any:
    """Plain broker source, basic auth, all passing, version only."""
    web = v3_pact([http("get item", "/items/1"), http("get other", "/items/2")])
    with ProviderDouble() as provider, BrokerDouble(auth=("basic", "user", "pw")) as broker:
        provider.route("GET", "/items/1")
        provider.route("GET", "/items/2")
        entry = broker.add_pact(web)
        del entry.pact["interactions"][1]["_id"]
        placeholder(broker.url, "<broker>")
        def configure(handle: pact_ffi.VerifierHandle) -> None:
            provider_info(provider.port)(handle)
            pact_ffi.verifier_broker_source(handle, broker.url, "user", "pw", None)
            pact_ffi.verifier_set_publish_options(handle, "2.0.0", None, None, None)
        result = observed(run(configure), provider)
        result.update(broker_observed(broker))
        return result


@scenario
def url_sources() -> Any:
    """Pacts fetched from URLs: with publishing links (basic auth), and a 404."""
    web = v3_pact([http("get item", "/items/1"), http("bad", "/items/2", status=201)])
    with ProviderDouble() as provider, BrokerDouble(auth=("basic", "user", "pw")) as broker:
        provider.route("GET", "/items/1")
        provider.route("GET", "/items/2")
        entry = broker.add_pact(web)
        placeholder(broker.url, "<broker>")
        def configure(handle: pact_ffi.VerifierHandle) -> None:
            provider_info(provider.port)(handle)
            pact_ffi.verifier_url_source(handle, broker.url + entry.path, "user", "pw", None)
            pact_ffi.verifier_url_source(handle, broker.url + "/no/such/pact", "user", "pw", None)
            pact_ffi.verifier_set_publish_options(handle, "3.0.0", None, ["t"], None)
        result = observed(run(configure), provider)
        result.update(broker_observed(broker))
        return result


@scenario
def broker_no_pacts() -> Any:
    """No pacts at the broker, with no_pacts_is_error on (default) and off."""
    out = {}
    for name, flag in {"default": None, "error_on": True, "error_off": False}.items():
        with ProviderDouble() as provider, BrokerDouble() as broker:
            placeholder(broker.url, "<broker>")
            def configure(handle: pact_ffi.VerifierHandle, flag: bool | None = flag, url: str = broker.url, port: int = provider.port) -> None:
                provider_info(port)(handle)
                if flag is not None:
                    pact_ffi.verifier_set_no_pacts_is_error(handle, enabled=flag)
                pact_ffi.verifier_broker_source_with_selectors(handle, url, None, None, None, 0, None, [], None, [json.dumps({"mainBranch": True})], [])
            result = observed(run(configure), provider)
            result.update(broker_observed(broker))
            out[name] = result
    return out


# -- main -----------------------------------------------------------------------


def main(output: Path) -> None:
    only = set(sys.argv[2:])
    results = {}
    for name, fn in SCENARIOS.items():
        if only and name not in only:
            continue
        _PLACEHOLDERS.clear()
        try:
            results[name] = normalised(fn())
        except Exception as error:  # noqa: BLE001 - recorded, compared like any result
            results[name] = {"raised": type(error).__name__, "message": normalised(str(error))}
    output.write_text(json.dumps(results, indent=2, sort_keys=True))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
