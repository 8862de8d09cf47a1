"""Handles: integers that name pacts, interactions and mock servers."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from pact_ffi._native import lib

__all__ = [
    "InteractionHandle",
    "PactHandle",
    "PactServerHandle",
]

if TYPE_CHECKING:
    from pact_ffi._models import Pact


class PactHandle:
    """Handle to a Pact.

    [Rust `PactHandle`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/mock_server/handles/struct.PactHandle.html)

    The pact is freed when the handle is garbage collected, unless it was
    freed explicitly with ``free_pact_handle``.
    """

    def __init__(self, ref: int) -> None:
        """Initialise a new Pact Handle.

        Args:
            ref: Rust library reference to the Pact Handle.
        """
        self._ref: int = ref
        self._freed = False

    def __del__(self) -> None:
        """Free the pact when the handle is garbage collected."""
        # Only the C call: at interpreter shutdown imports may no longer work.
        if not getattr(self, "_freed", True):
            self._freed = True
            with contextlib.suppress(Exception):
                lib.pactffi_free_pact_handle(self._ref)

    def __str__(self) -> str:
        """String representation of the Pact Handle."""
        return f"PactHandle({self._ref})"

    def __repr__(self) -> str:
        """String representation of the Pact Handle."""
        return f"PactHandle({self._ref!r})"

    def pointer(self) -> Pact:
        """Unwrap the handle to access the underlying Pact model.

        This clones the underlying structure: later changes through the handle
        are not reflected in the returned Pact model, and vice versa.

        Returns:
            The underlying Pact model (``pact_handle_to_pointer``).
        """
        from pact_ffi._models import pact_handle_to_pointer  # noqa: PLC0415

        return pact_handle_to_pointer(self)


class InteractionHandle:
    """Handle to a HTTP Interaction.

    [Rust `InteractionHandle`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/mock_server/handles/struct.InteractionHandle.html)
    """

    def __init__(self, ref: int) -> None:
        """Initialise a new Interaction Handle.

        Args:
            ref: Reference to the Interaction Handle.
        """
        self._ref: int = ref

    def __str__(self) -> str:
        """String representation of the Interaction Handle."""
        return f"InteractionHandle({self._ref})"

    def __repr__(self) -> str:
        """String representation of the Interaction Handle."""
        return f"InteractionHandle({self._ref!r})"


class PactServerHandle:
    """Handle to a Pact Server.

    This does not have an exact correspondence in the Rust library. It is used
    to manage the lifecycle of the mock server: the library names a server by
    its port. The server is stopped when the handle is garbage collected,
    unless it was stopped with ``cleanup_mock_server``.
    """

    def __init__(self, ref: int) -> None:
        """Initialise a new Pact Server Handle.

        Args:
            ref: Rust library reference to the Pact Server (its port).
        """
        self._ref: int = ref
        self._cleaned_up = False

    def __del__(self) -> None:
        """Stop the mock server when the handle is garbage collected."""
        if not getattr(self, "_cleaned_up", True):
            with contextlib.suppress(Exception):
                lib.pactffi_cleanup_mock_server(self._ref)
            self._cleaned_up = True

    def __str__(self) -> str:
        """String representation of the Pact Server Handle."""
        return f"PactServerHandle({self._ref})"

    def __repr__(self) -> str:
        """String representation of the Pact Server Handle."""
        return f"PactServerHandle({self._ref!r})"

    @property
    def port(self) -> int:
        """Port on which the Pact Server is running."""
        return self._ref
