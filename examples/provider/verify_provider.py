"""Provider verification, end to end, on pact_ffi.

Replays the pact the consumer demo wrote against the real user service:
starts ``UserService`` on a free port, lets the verifier set up its provider
states through ``POST /_pact/state``, send each request and compare the
responses with the contract. The library prints its report as it runs; a
one-line result follows from the JSON report.

Then it does the same with a deliberately broken build of the service, to
show how a contract violation reads. The demo succeeds when the good service
passes and the broken one fails.

Usage: python verify_provider.py [pact directory]
"""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path
from typing import Any

import pact_ffi
from user_service import STATE_PATH, UserService

PROVIDER = "user-service"


def verify(pact_dir: Path, *, broken: bool) -> tuple[bool, dict[str, Any]]:
    """Verify a fresh service against the pacts in ``pact_dir``; returns (passed, JSON report)."""
    service = UserService(0, broken=broken)
    threading.Thread(target=service.serve_forever, daemon=True).start()
    host, port = service.server_address[:2]
    try:
        handle = pact_ffi.verifier_new_for_application()
        pact_ffi.verifier_set_provider_info(handle, PROVIDER, "http", host, port, "/")
        pact_ffi.verifier_set_provider_state(handle, service.url + STATE_PATH, teardown=True, body=True)
        pact_ffi.verifier_add_directory_source(handle, str(pact_dir))
        pact_ffi.verifier_set_coloured_output(handle, enabled=sys.stdout.isatty())
        sys.stdout.flush()  # the library writes its report to the same stdout
        try:
            pact_ffi.verifier_execute(handle)
            passed = True
        except RuntimeError:
            passed = False
        report = json.loads(pact_ffi.verifier_json(handle))
        del handle  # shuts the verifier down
    finally:
        service.shutdown()
        service.server_close()
    # A run that verified nothing (say, a misspelt provider name) proves nothing.
    return passed and bool(report["interactionResults"]), report


def summary(report: dict[str, Any]) -> str:
    """Counts of verified and failed interactions and of mismatches."""
    results = report["interactionResults"]
    failed = sum(1 for result in results if result["result"] != "OK")
    mismatches = sum(len(error["mismatch"].get("mismatches", [])) for error in report["errors"])
    text = f"{len(results)} interaction(s) verified, {failed} failed"
    return text + (f", {mismatches} mismatch(es)" if mismatches else "")


def main() -> int:
    """Verify the good and the broken service; return the process exit code."""
    pact_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "../consumer/pacts").resolve()
    if not (pact_dir / "user-web-user-service.json").is_file():
        print(f"No pact in {pact_dir}: run the consumer demo (examples/consumer/demo.py) first.")
        return 1

    print(f"\n== Verifying {PROVIDER} against the pacts in {pact_dir}")
    passed, report = verify(pact_dir, broken=False)
    if not passed:
        print(f"Result: FAILED, {summary(report)}: the provider does not honour the contract.")
        return 1
    print(f"Result: passed, {summary(report)}: {PROVIDER} honours the contract.")

    print(f"\n== Verifying a broken {PROVIDER} (ids sent as strings, dates not ISO 8601)")
    passed, report = verify(pact_dir, broken=True)
    if passed:
        print("Result: passed, but the broken provider should have failed verification.")
        return 1
    print(f"Result: failed as expected, {summary(report)}: the verifier catches the broken contract.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
