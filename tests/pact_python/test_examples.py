"""The pact-python example pair in examples/pact_python passes on our library.

`make demo` runs it too; here it runs in `make test` so it cannot rot. The
consumer tests write the pact, the provider test verifies the order service
against it, in one pytest process of its own (the examples have their own
conftest).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "pact_python"


def test_consumer_then_provider(tmp_path: Path) -> None:
    run = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "consumer_test.py", "provider_test.py"],
        cwd=EXAMPLES,
        env={**os.environ, "PACT_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-4000:]
    assert "5 passed" in run.stdout
    contract = json.loads((tmp_path / "web-shop-order-service.json").read_text(encoding="utf-8"))
    assert sorted(i["description"] for i in contract["interactions"]) == [
        "a request for an order",
        "a request for an unknown order",
        "a request to place an order",
        "an order shipped event",
    ]
