"""Verifying pacts from a Pact Broker double (broker-api.md).

Discovery and the "pacts for verification" body, pending and WIP pacts,
notices, publishing (branch, tags, results), authentication, context paths,
and the broker's failures: 401, 404, unreachable, malformed JSON, other
content types, 503, no pacts.
"""

from __future__ import annotations

import base64
import datetime
import json
from collections.abc import Iterator
from pathlib import Path  # noqa: F401 - used in annotations by fixtures

import pytest

import pact_ffi

from broker_double import BrokerDouble, hal_reply, standard_notices
from doubles.http_double import Reply, refused_port
from provider_double import ProviderDouble
from test_verifier_run import (
    ITEM,
    PROVIDER,
    check_report_layout,
    execute,
    execute_passing,
    http_interaction,
    http_pact,
    item_pact,
    new_verifier,
    provider,  # noqa: F401 - fixture: the provider double serving /items/1 and /items/2
    verifier,  # noqa: F401 - fixture: a verifier for that provider
)

FAILING_PACT = http_pact(
    [
        http_interaction("get item", body=ITEM),
        http_interaction("get bad", "/items/2", body={"id": 1}),
    ],
    consumer="mobile",
)


@pytest.fixture
def broker() -> Iterator[BrokerDouble]:
    with BrokerDouble() as double:
        yield double


def with_selectors(handle: pact_ffi.VerifierHandle, url: str, **kwargs: object) -> None:
    args: dict[str, object] = {
        "username": None,
        "password": None,
        "token": None,
        "enable_pending": 0,
        "include_wip_pacts_since": None,
        "provider_tags": [],
        "provider_branch": None,
        "consumer_version_selectors": [],
        "consumer_version_tags": [],
    }
    args.update(kwargs)
    pact_ffi.verifier_broker_source_with_selectors(handle, url, **args)  # type: ignore[arg-type]


# -- discovery ----------------------------------------------------------------------------


def test_plain_broker_source(provider: ProviderDouble, broker: BrokerDouble, verifier: pact_ffi.VerifierHandle) -> None:
    broker.add_pact(item_pact())
    broker.add_pact(http_pact([http_interaction("x", "/x")], "web", "someone-else"))
    pact_ffi.verifier_broker_source(verifier, broker.url, None, None, None)
    run = execute(verifier)
    assert run.code == 0, run.output
    check_report_layout(run)
    assert broker.for_verification_providers == [PROVIDER]
    body = broker.calls("POST", f"/pacts/provider/{PROVIDER}/for-verification")[0].body
    assert json.loads(body) == {"includePendingStatus": False, "consumerVersionSelectors": []}
    assert list(json.loads(body)) == ["includePendingStatus", "consumerVersionSelectors"]
    result = run.result("get item")
    assert result["interactionId"] == "web-0"
    assert result["result"] == "OK"
    sequence = [(r.method, r.path) for r in broker.requests]
    assert sequence == [
        ("GET", "/"),
        ("GET", f"/pacts/provider/{PROVIDER}/for-verification"),
        ("POST", f"/pacts/provider/{PROVIDER}/for-verification"),
        ("GET", f"/pacts/provider/{PROVIDER}/consumer/web/pact-version/v1"),
    ]
    assert not provider.calls("GET", "/x")


def test_broker_request_headers(broker: BrokerDouble, verifier: pact_ffi.VerifierHandle) -> None:
    broker.add_pact(item_pact())
    pact_ffi.verifier_add_custom_header(verifier, "X-Provider-Only", "1")
    pact_ffi.verifier_broker_source(verifier, broker.url, None, None, None)
    assert execute(verifier).code == 0
    get = broker.calls("GET", "/")[0]
    accept = ", ".join(get.header_values("Accept"))
    assert "application/hal+json" in accept
    assert "application/json" in accept
    assert (get.header("User-Agent") or "").startswith("pact_verifier/")
    post = broker.calls("POST")[0]
    assert post.header("Content-Type") == "application/json"
    assert all(r.header("X-Provider-Only") is None for r in broker.requests), "custom headers never go to the broker"


def test_selectors_body_as_sent(broker: BrokerDouble, verifier: pact_ffi.VerifierHandle) -> None:
    broker.add_pact(item_pact())
    with_selectors(
        verifier,
        broker.url,
        enable_pending=1,
        include_wip_pacts_since=datetime.date(2024, 1, 1),
        provider_tags=["main", "prod"],
        provider_branch="feat-x",
        consumer_version_selectors=[
            '{"mainBranch": true}',
            '{"deployedOrReleased": true}',
            '{"branch": "b1", "consumer": "web", "latest": true, "unknownKey": 1}',
            '{"latest": "not a bool"}',
        ],
        consumer_version_tags=["ignored-when-selectors-are-given"],
    )
    run = execute(verifier)
    assert run.code == 0, run.output
    body = broker.calls("POST")[0].body
    sent = json.loads(body)
    assert sent == {
        "providerVersionTags": ["main", "prod"],
        "includePendingStatus": True,
        "includeWipPactsSince": "2024-01-01",
        "consumerVersionSelectors": [
            {"mainBranch": True},
            {"deployedOrReleased": True},
            {"consumer": "web", "latest": True, "branch": "b1"},
        ],
        "providerVersionBranch": "feat-x",
    }
    assert list(sent) == [
        "providerVersionTags",
        "includePendingStatus",
        "includeWipPactsSince",
        "consumerVersionSelectors",
        "providerVersionBranch",
    ], "field order as the reference sends it"
    assert list(sent["consumerVersionSelectors"][2]) == ["consumer", "latest", "branch"], "selector field order"


def test_consumer_version_tags_become_selectors(broker: BrokerDouble, verifier: pact_ffi.VerifierHandle) -> None:
    broker.add_pact(item_pact())
    with_selectors(verifier, broker.url, consumer_version_tags=["dev", "", "prod"])
    assert execute(verifier).code == 0
    assert json.loads(broker.calls("POST")[0].body) == {
        "includePendingStatus": False,
        "consumerVersionSelectors": [{"tag": "dev", "latest": True}, {"tag": "prod", "latest": True}],
    }


def test_empty_provider_branch_is_sent(broker: BrokerDouble, verifier: pact_ffi.VerifierHandle) -> None:
    ref = verifier._ref  # noqa: SLF001
    ret = pact_ffi.lib.pactffi_verifier_broker_source_with_selectors(
        ref, broker.url.encode(), pact_ffi.ffi.NULL, pact_ffi.ffi.NULL, pact_ffi.ffi.NULL, 0, pact_ffi.ffi.NULL,
        pact_ffi.ffi.NULL, 0, b"", pact_ffi.ffi.NULL, 0, pact_ffi.ffi.NULL, 0,
    )  # fmt: skip
    assert ret == 0
    pact_ffi.verifier_set_no_pacts_is_error(verifier, enabled=False)
    execute(verifier)
    assert json.loads(broker.calls("POST")[0].body)["providerVersionBranch"] == ""


def test_invalid_selector_adds_no_source(broker: BrokerDouble, verifier: pact_ffi.VerifierHandle) -> None:
    broker.add_pact(item_pact())
    with pytest.raises(ValueError, match=r"^Invalid version selector JSON\."):
        with_selectors(verifier, broker.url, consumer_version_selectors=['{"latest": true}', "{oops"])
    run = execute(verifier)
    assert run.code == 0
    assert broker.requests == [], "the broker is never contacted"


def test_provider_name_is_captured_when_the_source_is_added(provider: ProviderDouble, broker: BrokerDouble) -> None:
    broker.add_pact(item_pact())
    handle = pact_ffi.verifier_new_for_application()
    pact_ffi.verifier_set_provider_info(handle, "old-name", "http", "127.0.0.1", provider.port, "/")
    pact_ffi.verifier_broker_source(handle, broker.url, None, None, None)
    pact_ffi.verifier_set_provider_info(handle, PROVIDER, "http", "127.0.0.1", provider.port, "/")
    pact_ffi.verifier_set_no_pacts_is_error(handle, enabled=False)
    run = execute(handle)
    assert broker.for_verification_providers == ["old-name"]
    assert run.report["interactionResults"] == []
    pact_ffi.verifier_shutdown(handle)


def test_consumer_filter_applies_to_broker_pacts(broker: BrokerDouble, verifier: pact_ffi.VerifierHandle) -> None:
    broker.add_pact(item_pact("web"))
    broker.add_pact(item_pact("mobile"))
    pact_ffi.verifier_set_consumer_filters(verifier, ["mobile"])
    pact_ffi.verifier_broker_source(verifier, broker.url, None, None, None)
    run = execute(verifier)
    assert run.code == 0
    assert [r["consumer"] for r in run.report["interactionResults"]] == ["mobile"]


@pytest.mark.parametrize("context_path", ["/broker", "/broker/"])
@pytest.mark.parametrize("foreign_links", [False, True])
def test_context_path_and_foreign_link_hosts(provider: ProviderDouble, context_path: str, foreign_links: bool) -> None:  # noqa: FBT001
    link_base = "http://localhost:9" if foreign_links else None
    with BrokerDouble(context_path="/broker", link_base=link_base) as broker:
        broker.add_pact(item_pact())
        handle = new_verifier(provider)
        pact_ffi.verifier_broker_source(handle, broker.root + context_path, None, None, None)
        pact_ffi.verifier_set_publish_options(handle, "1.0.0", None, ["t1"], "main")
        run = execute(handle)
        pact_ffi.verifier_shutdown(handle)
        assert run.code == 0, run.output
        assert all(r.path.startswith("/broker/") or r.path == "/broker" for r in broker.requests), [r.path for r in broker.requests]
        assert len(broker.published) == 1, "publishing goes to the configured broker too"
        assert broker.branch_puts == [(PROVIDER, "main", "1.0.0")]


# -- pending, WIP, notices -------------------------------------------------------------


def test_pending_pact_failure_does_not_fail_the_run(provider: ProviderDouble, broker: BrokerDouble, verifier: pact_ffi.VerifierHandle) -> None:
    broker.add_pact(FAILING_PACT, pending=True)
    with_selectors(verifier, broker.url, enable_pending=1)
    run = execute_passing(verifier)
    assert [e["interaction"] for e in run.report["pendingErrors"]] == ["Verifying a pact between mobile and items-api - get bad"]
    assert run.result("get bad")["pending"] is True
    assert run.result("get item")["pending"] is True
    assert "get bad (" in run.output
    assert "[PENDING]" not in run.output, "only a V4 interaction's own pending flag is shown (reference)"
    assert "\nPending Failures:\n" in run.output
    assert "There were 1 non-fatal pact failures on pending pacts or interactions" in run.output


def test_non_pending_failure_next_to_a_pending_one(provider: ProviderDouble, broker: BrokerDouble, verifier: pact_ffi.VerifierHandle) -> None:
    broker.add_pact(FAILING_PACT, pending=True)
    broker.add_pact(http_pact([http_interaction("get bad", "/items/2", body={"id": 1})], consumer="web"))
    with_selectors(verifier, broker.url, enable_pending=1)
    run = execute(verifier)
    assert run.code == 1
    assert len(run.report["errors"]) == 1
    assert len(run.report["pendingErrors"]) == 1


def test_wip_pact_is_verified_as_pending(provider: ProviderDouble, broker: BrokerDouble, verifier: pact_ffi.VerifierHandle) -> None:
    broker.add_pact(FAILING_PACT, wip=True, notices=[{"when": "before_verification", "text": "WIP pact included"}])
    with_selectors(verifier, broker.url, enable_pending=1, include_wip_pacts_since="2024-02-03")
    run = execute(verifier)
    assert run.code == 0, run.output
    assert json.loads(broker.calls("POST")[0].body)["includeWipPactsSince"] == "2024-02-03"
    assert run.report["pendingErrors"]
    assert "WIP pact included" in run.output


def test_notices_in_output_and_json(provider: ProviderDouble, broker: BrokerDouble, verifier: pact_ffi.VerifierHandle) -> None:
    notices = standard_notices("web-pact")
    broker.add_pact(item_pact(), notices=notices)
    pact_ffi.verifier_broker_source(verifier, broker.url, None, None, None)
    run = execute(verifier)
    assert run.code == 0
    assert run.report["notices"] == notices
    before = run.output.index("web-pact: before verification")
    assert before < run.output.index("Verifying a pact between web and items-api"), "before_verification comes first"
    # The reference's quirk (verifier.md trap 11): without publishing, the
    # success_false_published_false notice is printed for a passing pact.
    assert "web-pact: success false published false" in run.output
    for other in ("success true published true", "success false published true", "success true published false"):
        assert f"web-pact: {other}" not in run.output


def test_json_notices_are_those_of_the_last_broker_pact(broker: BrokerDouble, verifier: pact_ffi.VerifierHandle) -> None:
    broker.add_pact(item_pact("web"), notices=[{"when": "before_verification", "text": "first"}])
    broker.add_pact(item_pact("mobile"), notices=[{"when": "before_verification", "text": "second"}])
    pact_ffi.verifier_broker_source(verifier, broker.url, None, None, None)
    run = execute(verifier)
    assert run.report["notices"] == [{"when": "before_verification", "text": "second"}]
    assert "first" in run.output
    assert "second" in run.output


# -- publishing ------------------------------------------------------------------------


def test_publishing_branch_tags_and_results(provider: ProviderDouble, broker: BrokerDouble, verifier: pact_ffi.VerifierHandle) -> None:
    web = broker.add_pact(item_pact("web"))
    mobile = broker.add_pact(FAILING_PACT)
    with_selectors(verifier, broker.url, provider_tags=["not-for-publishing"], provider_branch="nor-this")
    pact_ffi.verifier_set_publish_options(verifier, "1.2.3", "http://ci/build/1", ["t1", "", "t2"], "pub-branch")
    run = execute(verifier)
    assert run.code == 1
    assert broker.branch_puts == [(PROVIDER, "pub-branch", "1.2.3")] * 2
    assert broker.tag_puts == [(PROVIDER, "1.2.3", "t1"), (PROVIDER, "1.2.3", "t2")] * 2
    puts = broker.calls("PUT")
    assert all(json.loads(p.body) == {} for p in puts)
    assert [p for p, _ in broker.published] == [web.results_path, mobile.results_path]
    version = pact_ffi.__version__
    verified_by = {
        "clientLanguage": {"name": "pact-python", "testFramework": "pact_ffi", "version": version},
        "implementation": "Pact-Rust",
        "version": "1.4.8",
    }
    assert broker.published[0][1] == {
        "buildUrl": "http://ci/build/1",
        "providerApplicationVersion": "1.2.3",
        "success": True,
        "testResults": [{"interactionId": "web-0", "success": True}],
        "verifiedBy": verified_by,
    }
    failed = broker.published[1][1]
    assert failed["success"] is False
    assert failed["verifiedBy"] == verified_by
    assert failed["testResults"][0] == {"interactionDescription": "get item", "interactionId": "mobile-0", "success": True}
    bad = failed["testResults"][1]
    assert (bad["interactionId"], bad["interactionDescription"], bad["success"]) == ("mobile-1", "get bad", False)
    assert {"attribute": "body", "identifier": "$.id", "description": "Expected 'nope' (String) to be equal to 1 (Integer)"} in bad["mismatches"]
    raw = broker.calls("POST", mobile.results_path)[0].body.decode()
    assert raw.index('"buildUrl"') < raw.index('"providerApplicationVersion"') < raw.index('"success"'), "keys sorted"
    # The sequence per pact: provider, branch, provider, tags, results.
    after_fetch = [(r.method, r.path.split("/")[1]) for r in broker.requests[5:11]]
    assert after_fetch == [
        ("GET", "pacticipants"),
        ("PUT", "pacticipants"),
        ("GET", "pacticipants"),
        ("PUT", "pacticipants"),
        ("PUT", "pacticipants"),
        ("POST", "pacts"),
    ]


def test_results_of_a_passing_pact_list_only_interactions_with_ids(provider: ProviderDouble, broker: BrokerDouble, verifier: pact_ffi.VerifierHandle) -> None:
    pact = http_pact([http_interaction("get item", body=ITEM), {**http_interaction("again", body=ITEM), "_id": "given-id"}])
    broker.add_pact(pact, ids=False)
    pact_ffi.verifier_broker_source(verifier, broker.url, None, None, None)
    pact_ffi.verifier_set_publish_options(verifier, "1", None, None, None)
    assert execute(verifier).code == 0
    assert broker.published[0][1]["testResults"] == [{"interactionId": "given-id", "success": True}]
    assert broker.branch_puts == [] and broker.tag_puts == []


def test_missing_branch_link_suppresses_the_results(provider: ProviderDouble, broker: BrokerDouble, verifier: pact_ffi.VerifierHandle) -> None:
    broker.add_pact(item_pact())
    broker.pacticipant_links = lambda provider_name: {"self": {"href": f"/pacticipants/{provider_name}"}}
    pact_ffi.verifier_broker_source(verifier, broker.url, None, None, None)
    pact_ffi.verifier_set_publish_options(verifier, "1", None, None, "main")
    pact_ffi.log_to_buffer(pact_ffi.LevelFilter.INFO)  # logging is process-wide: ask for the buffer
    run = execute(verifier)
    assert run.code == 0, "publishing problems never change the result"
    assert broker.published == []
    assert "pb:branch-version" in str(pact_ffi.verifier_logs(verifier))


def test_publish_reply_that_is_not_json_is_only_logged(provider: ProviderDouble, broker: BrokerDouble, verifier: pact_ffi.VerifierHandle) -> None:
    entry = broker.add_pact(item_pact())
    broker.script_at("POST", entry.results_path, Reply(201, "created", "text/plain"))
    pact_ffi.verifier_broker_source(verifier, broker.url, None, None, None)
    pact_ffi.verifier_set_publish_options(verifier, "1", None, None, None)
    run = execute(verifier)
    assert run.code == 0
    assert len(broker.calls("POST", entry.results_path)) == 1


def test_no_publishing_without_publish_options(provider: ProviderDouble, broker: BrokerDouble, verifier: pact_ffi.VerifierHandle) -> None:
    broker.add_pact(item_pact())
    pact_ffi.verifier_broker_source(verifier, broker.url, None, None, None)
    assert execute(verifier).code == 0
    assert broker.published == []
    assert broker.calls("PUT") == []


# -- authentication -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("auth", "credentials", "header"),
    [
        (("basic", "user", "pw"), ("user", "pw", None), "Basic " + base64.b64encode(b"user:pw").decode()),
        (("basic", "user", ""), ("user", None, "ignored"), "Basic " + base64.b64encode(b"user:").decode()),
        (("bearer", "tok"), (None, None, "tok"), "Bearer tok"),
    ],
)
def test_broker_auth_on_every_request(
    provider: ProviderDouble, verifier: pact_ffi.VerifierHandle, auth: tuple[str, ...], credentials: tuple[str | None, ...], header: str
) -> None:
    with BrokerDouble(auth=auth) as broker:
        broker.add_pact(item_pact())
        pact_ffi.verifier_broker_source(verifier, broker.url, *credentials)
        pact_ffi.verifier_set_publish_options(verifier, "1", None, ["t"], "b")
        run = execute(verifier)
        assert run.code == 0, run.output
        assert len(broker.requests) == 9
        assert {r.header("Authorization") for r in broker.requests} == {header}
        assert len(broker.published) == 1


def test_wrong_credentials_give_401(verifier: pact_ffi.VerifierHandle) -> None:
    with BrokerDouble(auth=("bearer", "right")) as broker:
        broker.add_pact(item_pact())
        pact_ffi.verifier_broker_source(verifier, broker.url, None, None, "wrong")
        pact_ffi.verifier_set_no_pacts_is_error(verifier, enabled=False)
        run = execute(verifier)
    assert run.code == 1, "an auth failure is an error even when no pacts is not"
    check_report_layout(run)
    assert [e["interaction"] for e in run.report["errors"]] == ["Failed to load pact"]
    assert "401 Unauthorized" in run.errors_text(), run.errors_text()


# -- broker failures -----------------------------------------------------------------


def test_index_404_is_no_pacts(broker: BrokerDouble, verifier: pact_ffi.VerifierHandle) -> None:
    broker.script("GET", "/", hal_reply({"error": "nope"}, 404))
    pact_ffi.verifier_broker_source(verifier, broker.url, None, None, None)
    run = execute(verifier)
    assert run.code == 1
    expected = (
        f"No pacts found for provider '{PROVIDER}' matching the given consumer version selectors in pact broker '{broker.url}'"
    )
    assert expected in run.errors_text()
    pact_ffi.verifier_set_no_pacts_is_error(verifier, enabled=False)
    run = execute(verifier)
    assert run.code == 0
    assert run.report["errors"] == []


def test_empty_pact_list(broker: BrokerDouble, verifier: pact_ffi.VerifierHandle) -> None:
    pact_ffi.verifier_broker_source(verifier, broker.url, None, None, None)
    run = execute(verifier)
    assert run.code == 1
    check_report_layout(run)
    entry = run.report["errors"][0]
    assert entry["interaction"] == "Failed to load pact"
    assert entry["mismatch"]["type"] == "error"
    assert entry["mismatch"]["message"].startswith(f"No pacts found for provider '{PROVIDER}' matching the given consumer version selectors")
    pact_ffi.verifier_set_no_pacts_is_error(verifier, enabled=False)
    assert execute(verifier).code == 0


def test_unparseable_pact_list_is_no_pacts(broker: BrokerDouble, verifier: pact_ffi.VerifierHandle) -> None:
    broker.add_pact(item_pact())
    broker.script_at(
        "POST",
        f"/pacts/provider/{PROVIDER}/for-verification",
        hal_reply({"_embedded": {"pacts": [{"_links": {"self": {"href": "/x"}}}]}}),  # no shortDescription
    )
    pact_ffi.verifier_broker_source(verifier, broker.url, None, None, None)
    run = execute(verifier)
    assert run.code == 1
    assert "No pacts found for provider" in run.errors_text()


def test_unreachable_broker(verifier: pact_ffi.VerifierHandle) -> None:
    port, holder = refused_port()
    try:
        pact_ffi.verifier_broker_source(verifier, f"http://127.0.0.1:{port}", None, None, None)
        pact_ffi.verifier_set_no_pacts_is_error(verifier, enabled=False)
        run = execute(verifier, limit=30)
    finally:
        holder.close()
    assert run.code == 1
    check_report_layout(run)
    assert run.seconds < 10, "connection errors are not retried"
    assert f"error sending request for url (http://127.0.0.1:{port}" in run.errors_text(), run.errors_text()
    assert "Connection refused" in run.errors_text(), run.errors_text()


@pytest.mark.parametrize(
    ("where", "reply", "cause"),
    [
        ("/", Reply(200, b"{not json", "application/hal+json"), "invalid JSON"),
        ("/", Reply(200, {"_links": {}}, "text/html"), "content type is 'text/html'"),
        ("/", hal_reply({"no": "links"}), "pb:provider-pacts-for-verification"),
        (f"/pacts/provider/{PROVIDER}/for-verification", hal_reply({"_links": {}}), "self"),
        (f"/pacts/provider/{PROVIDER}/for-verification", Reply(200, b"<html>", None), "content type"),
        ("/", Reply(400, {"errors": ["bad things"]}, "application/json"), "bad things"),
    ],
)
def test_broken_broker_responses_are_errors(
    broker: BrokerDouble, verifier: pact_ffi.VerifierHandle, where: str, reply: Reply, cause: str
) -> None:
    broker.add_pact(item_pact())
    broker.script("GET", where, reply)
    pact_ffi.verifier_broker_source(verifier, broker.url, None, None, None)
    pact_ffi.verifier_set_no_pacts_is_error(verifier, enabled=False)
    run = execute(verifier, limit=30)
    assert run.code == 1, "broker problems other than 404/empty are errors even when no pacts is not"
    check_report_layout(run)
    assert run.report["interactionResults"] == []
    assert [e["interaction"] for e in run.report["errors"]] == ["Failed to load pact"]
    assert cause in run.errors_text(), run.errors_text()


def test_malformed_pact_document(broker: BrokerDouble, verifier: pact_ffi.VerifierHandle) -> None:
    entry = broker.add_pact(item_pact())
    broker.script_at("GET", entry.path, Reply(200, b'{"consumer": ', "application/json"))
    pact_ffi.verifier_broker_source(verifier, broker.url, None, None, None)
    run = execute(verifier)
    assert run.code == 1
    assert run.report["interactionResults"] == []
    assert f"pact broker path '{entry.path}' - invalid JSON" in run.errors_text(), run.errors_text()


def test_503_is_retried(provider: ProviderDouble, broker: BrokerDouble, verifier: pact_ffi.VerifierHandle) -> None:
    broker.add_pact(item_pact())
    broker.script("GET", "/", hal_reply({"error": "busy"}, 503), times=2)
    pact_ffi.verifier_broker_source(verifier, broker.url, None, None, None)
    run = execute(verifier)
    assert run.code == 0, run.output
    assert len(broker.calls("GET", "/")) == 3
    assert 2.5 < run.seconds < 30, f"waits 1 s then 2 s between attempts, took {run.seconds:.1f} s"
