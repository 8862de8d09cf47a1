"""The consumer under test: a small client of a user service.

It knows nothing about Pact; the demo points it at the mock server.
"""

from __future__ import annotations

import json
import urllib.request
from dataclasses import dataclass


@dataclass(frozen=True)
class User:
    """A user as the consumer needs it."""

    id: int
    name: str
    created: str
    roles: list[str]


class UserClient:
    """HTTP client for the user service."""

    def __init__(self, base_url: str) -> None:
        """Create a client for the service at ``base_url``."""
        self._base_url = base_url.rstrip("/")

    def get_user(self, user_id: int) -> User:
        """Fetch one user.

        Args:
            user_id: The user's id.

        Returns:
            The user.

        Raises:
            urllib.error.HTTPError: If the service answers with an error.
        """
        request = urllib.request.Request(  # noqa: S310 - the URL is the service's
            f"{self._base_url}/users/{user_id}",
            headers={"Accept": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            payload = json.loads(response.read())
        return User(payload["id"], payload["name"], payload["created"], list(payload["roles"]))
