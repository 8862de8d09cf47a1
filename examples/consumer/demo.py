"""A consumer contract test, end to end, on pact_ffi.

It describes what the consumer (``UserClient``) expects of the user service,
runs the client against the mock server, checks that the mock server saw
exactly the expected request, writes the pact file and prints a summary.

Usage: python demo.py [pact directory]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pact_ffi
from pact_ffi import InteractionPart, PactSpecification
from user_client import UserClient

USER_BODY = {
    "id": {"pact:matcher:type": "integer", "value": 42},
    "name": {"pact:matcher:type": "type", "value": "Mary Major"},
    "created": {
        "pact:matcher:type": "regex",
        "regex": r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z",
        "value": "2024-05-01T09:30:00Z",
    },
    "roles": {"pact:matcher:type": "type", "min": 1, "value": ["admin"]},
}


def describe(pact: pact_ffi.PactHandle) -> None:
    """Record the interaction the consumer relies on."""
    interaction = pact_ffi.new_interaction(pact, "a request for user 42")
    pact_ffi.given_with_param(interaction, "a user exists", "id", "42")
    pact_ffi.with_request(
        interaction,
        "GET",
        json.dumps({"pact:matcher:type": "regex", "regex": r"^/users/\d+$", "value": "/users/42"}),
    )
    pact_ffi.with_header_v2(interaction, InteractionPart.REQUEST, "Accept", 0, "application/json")
    pact_ffi.response_status(interaction, 200)
    pact_ffi.with_body(interaction, InteractionPart.RESPONSE, "application/json", json.dumps(USER_BODY))


def summarise(path: Path) -> None:
    """Print what the pact file holds."""
    document = json.loads(path.read_text(encoding="utf-8"))
    print(f"Pact written to {path}")
    print(f"  consumer: {document['consumer']['name']}, provider: {document['provider']['name']}")
    print(f"  specification: {document['metadata']['pactSpecification']['version']}")
    for interaction in document["interactions"]:
        request = interaction["request"]
        states = ", ".join(s["name"] for s in interaction.get("providerStates", []))
        rules = sum(
            len(paths) if category not in ("path", "method") else 1
            for part in ("request", "response")
            for category, paths in interaction[part].get("matchingRules", {}).items()
        )
        print(
            f"  - {interaction['description']!r} given {states!r}: {request['method']} {request['path']}"
            f" -> {interaction['response']['status']} ({rules} matching rules)"
        )


def main() -> int:
    """Run the contract test; return the process exit code."""
    pact_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "pacts").resolve()
    pact = pact_ffi.new_pact("user-web", "user-service")
    pact_ffi.with_specification(pact, PactSpecification.V4)
    describe(pact)

    server = pact_ffi.create_mock_server_for_transport(pact, "127.0.0.1", 0, "http", None)
    try:
        user = UserClient(f"http://127.0.0.1:{server.port}").get_user(42)
        assert user.id == 42 and user.name == "Mary Major" and user.roles == ["admin"], user  # noqa: PT018
        if not pact_ffi.mock_server_matched(server):
            print("The mock server did not match:", json.dumps(pact_ffi.mock_server_mismatches(server), indent=2))
            return 1
        print(f"The consumer got {user} from the mock server on port {server.port}: all requests matched.")
        pact_ffi.write_pact_file(server, pact_dir, overwrite=True)
    finally:
        pact_ffi.cleanup_mock_server(server)

    summarise(pact_dir / "user-web-user-service.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
