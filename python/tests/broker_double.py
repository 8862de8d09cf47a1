"""A scripted Pact Broker for verifier tests (broker-api.md §8).

A plain module (no pytest dependency). ``BrokerDouble`` serves the HAL resources
the verifier uses: the index, "pacts for verification" (GET and a recorded
POST), pact documents with ``_links`` and interaction ``_id``s, the provider
pacticipant with ``pb:branch-version``/``pb:version-tag``, the branch and tag
PUTs and the verification-results POST (bodies recorded). It can require
basic or bearer auth, live under a context path, write hrefs for another host
and answer scripted replies (404, malformed JSON, other content types, 503,
delays) for any method and path.

It builds on the shared ``doubles.http_double`` (tests/doubles): requests are
``Recorded``, answers are ``Reply``s, and the server listens on 127.0.0.1
with port 0, so tests can run in parallel.

Example::

    with BrokerDouble(auth=("basic", "user", "pw")) as broker:
        broker.add_pact(pact_dict, pending=True)
        ...  # verify against broker.url
        assert broker.for_verification_bodies == [{...}]
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from doubles.http_double import HttpDouble, Recorded, Reply, json_reply

__all__ = [
    "HAL_JSON",
    "BrokerDouble",
    "BrokerPact",
    "hal_reply",
]

HAL_JSON = "application/hal+json"


def hal_reply(value: Any, status: int = 200) -> Reply:  # noqa: ANN401
    """A HAL JSON reply, as the broker sends its resources."""
    return json_reply(value, status, HAL_JSON)


@dataclass
class BrokerPact:
    """A pact the broker serves and what the verifier sees of it."""

    pact: dict[str, Any]
    consumer: str
    provider: str
    number: int
    pending: bool = False
    wip: bool = False
    notices: list[dict[str, str]] = field(default_factory=list)
    short_description: str = "latest from main"

    @property
    def path(self) -> str:
        """The pact's path below the broker base."""
        return (
            f"/pacts/provider/{_seg(self.provider)}/consumer/{_seg(self.consumer)}/pact-version/v{self.number}"
        )

    @property
    def results_path(self) -> str:
        """Where verification results for this pact are POSTed."""
        return f"{self.path}/metadata/m{self.number}/verification-results"


def _seg(text: str) -> str:
    return urllib.parse.quote(text, safe="")


def standard_notices(name: str) -> list[dict[str, str]]:
    """The five notices a real broker sends, texts marked with ``name``."""
    return [
        {"when": "before_verification", "text": f"{name}: before verification"},
        *(
            {"when": f"after_verification:success_{s}_published_{p}", "text": f"{name}: success {s} published {p}"}
            for s in ("true", "false")
            for p in ("true", "false")
        ),
    ]


class BrokerDouble(HttpDouble):
    """The Pact Broker resources of broker-api.md §8.

    Args:
        context_path: A path prefix the broker lives under (``"/broker"``);
            ``url`` includes it.
        auth: ``None``, ``("basic", user, password)`` or ``("bearer",
            token)``; every request without exactly that Authorization gets
            401.
        link_base: The scheme and host written into hrefs (default: the
            double's own ``url``); the verifier must only use their paths.
    """

    def __init__(
        self,
        *,
        context_path: str = "",
        auth: tuple[str, ...] | None = None,
        link_base: str | None = None,
    ) -> None:
        """Create the broker double (not started)."""
        super().__init__()
        self.context_path = context_path.rstrip("/")
        self.auth = auth
        self._link_base = link_base
        self.pacts: list[BrokerPact] = []
        #: Bodies of ``POST …/for-verification``, parsed.
        self.for_verification_bodies: list[Any] = []
        #: Provider names the discovery was asked for.
        self.for_verification_providers: list[str] = []
        #: ``(path, body)`` of each verification-results POST.
        self.published: list[tuple[str, Any]] = []
        #: ``(provider, branch, version)`` of each branch PUT.
        self.branch_puts: list[tuple[str, str, str]] = []
        #: ``(provider, version, tag)`` of each tag PUT.
        self.tag_puts: list[tuple[str, str, str]] = []
        #: Hook for the pacticipant resource's links (tests remove one).
        self.pacticipant_links: Callable[[str], dict[str, Any]] = self._pacticipant_links

    # -- configuration ---------------------------------------------------
    @property
    def url(self) -> str:
        """The broker base URL to give the verifier."""
        return self.root + self.context_path

    @property
    def link_base(self) -> str:
        """Scheme, host and context path used in hrefs."""
        return self._link_base if self._link_base is not None else self.url

    def add_pact(
        self,
        pact: dict[str, Any],
        *,
        pending: bool = False,
        wip: bool = False,
        notices: list[dict[str, str]] | None = None,
        short_description: str = "latest from main",
        ids: bool = True,
    ) -> BrokerPact:
        """Serve ``pact`` (a pact document) to its provider's verifications.

        ``ids`` gives interactions without ``_id`` the id
        ``<consumer>-<index>``. The pact is copied; the returned object tells
        its paths.
        """
        document = json.loads(json.dumps(pact))
        consumer = document["consumer"]["name"]
        provider = document["provider"]["name"]
        if ids:
            key = "interactions" if "interactions" in document else "messages"
            for i, interaction in enumerate(document.get(key, [])):
                interaction.setdefault("_id", f"{consumer}-{i}")
        entry = BrokerPact(
            document,
            consumer,
            provider,
            len(self.pacts) + 1,
            pending=pending,
            wip=wip,
            notices=list(notices or []),
            short_description=short_description,
        )
        self.pacts.append(entry)
        return entry

    def full(self, path: str) -> str:
        """``path`` below the broker base, as the double's requests show it."""
        return self.context_path + path

    def script_at(self, method: str, path: str, reply: Reply, times: int | None = None) -> None:
        """``script`` with ``path`` relative to the broker base."""
        self.script(method, self.full(path), reply, times)

    # -- HTTP ------------------------------------------------------------
    def _expected_auth(self) -> str | None:
        if self.auth is None:
            return None
        if self.auth[0] == "basic":
            user, password = self.auth[1], self.auth[2]
            return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        return f"Bearer {self.auth[1]}"

    def before_script(self, request: Recorded) -> Reply | None:
        """401 unless the request carries the configured credentials."""
        expected = self._expected_auth()
        if expected is not None and request.header("Authorization") != expected:
            return json_reply({"error": "Unauthorized"}, 401)
        return None

    def answer(self, request: Recorded) -> Reply:  # noqa: C901, PLR0911
        """The HAL resources."""
        path = request.path
        if self.context_path:
            if not path.startswith(self.context_path):
                return Reply(404)
            path = path[len(self.context_path) :]
        segments = [urllib.parse.unquote(s) for s in path.strip("/").split("/")] if path.strip("/") else []
        method = request.method
        base = self.link_base
        match segments:
            case [] if method == "GET":
                return hal_reply(
                    {
                        "_links": {
                            "self": {"href": base + "/"},
                            "pb:provider-pacts-for-verification": {
                                "href": base + "/pacts/provider/{provider}/for-verification",
                                "templated": True,
                                "title": "Pact versions to be verified for the specified provider",
                            },
                        }
                    }
                )
            case ["pacts", "provider", provider, "for-verification"] if method == "GET":
                href = f"{base}/pacts/provider/{_seg(provider)}/for-verification"
                return hal_reply({"_links": {"self": {"href": href, "title": "Pacts to be verified"}}})
            case ["pacts", "provider", provider, "for-verification"] if method == "POST":
                with self._lock:
                    self.for_verification_providers.append(provider)
                    self.for_verification_bodies.append(request.json())
                return hal_reply(self._pacts_for_verification(provider))
            case ["pacts", "provider", _, "consumer", _, "pact-version", _] if method == "GET":
                entry = self._pact_at(path)
                if entry is not None:
                    return hal_reply(self._pact_document(entry))
            case ["pacts", "provider", _, "consumer", _, "pact-version", _, "metadata", _, "verification-results"] if (
                method == "POST"
            ):
                with self._lock:
                    self.published.append((path, request.json()))
                return hal_reply({}, 201)
            case ["pacticipants", provider] if method == "GET":
                return hal_reply({"name": provider, "_links": self.pacticipant_links(provider)})
            case ["pacticipants", provider, "branches", branch, "versions", version] if method == "PUT":
                with self._lock:
                    self.branch_puts.append((provider, branch, version))
                return hal_reply({})
            case ["pacticipants", provider, "versions", version, "tags", tag] if method == "PUT":
                with self._lock:
                    self.tag_puts.append((provider, version, tag))
                return hal_reply({}, 201)
        return Reply(404)

    def _pact_at(self, path: str) -> BrokerPact | None:
        return next((p for p in self.pacts if p.path == path), None)

    def _pacts_for_verification(self, provider: str) -> dict[str, Any]:
        pacts = []
        for entry in self.pacts:
            if entry.provider != provider:
                continue
            properties: dict[str, Any] = {"pending": entry.pending or entry.wip, "notices": entry.notices}
            if entry.wip:
                properties["wip"] = True
            pacts.append(
                {
                    "shortDescription": entry.short_description,
                    "verificationProperties": properties,
                    "_links": {
                        "self": {
                            "href": self.link_base + entry.path,
                            "name": f"Pact between {entry.consumer} and {entry.provider}",
                        }
                    },
                }
            )
        return {
            "_embedded": {"pacts": pacts},
            "_links": {"self": {"href": f"{self.link_base}/pacts/provider/{_seg(provider)}/for-verification"}},
        }

    def _pact_document(self, entry: BrokerPact) -> dict[str, Any]:
        document = json.loads(json.dumps(entry.pact))
        document["_links"] = {
            "self": {"href": self.link_base + entry.path},
            "pb:publish-verification-results": {
                "title": "Publish verification results",
                "href": self.link_base + entry.results_path,
            },
            "pb:provider": {
                "title": "Provider",
                "name": entry.provider,
                "href": f"{self.link_base}/pacticipants/{_seg(entry.provider)}",
            },
        }
        return document

    def _pacticipant_links(self, provider: str) -> dict[str, Any]:
        root = f"{self.link_base}/pacticipants/{_seg(provider)}"
        return {
            "self": {"href": root},
            "pb:version-tag": {"href": root + "/versions/{version}/tags/{tag}", "templated": True},
            "pb:branch-version": {"href": root + "/branches/{branch}/versions/{version}", "templated": True},
        }
