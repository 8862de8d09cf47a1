"""Pact models and their two parties: parsing a pact, reading its consumer and provider.

A ``Pact`` comes from ``parse_pact_json`` or is copied from a pact handle with
``pact_handle_to_pointer``; its interactions are iterated with
``Pact.interactions()`` (see ``pact_ffi._interactions``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pact_ffi._enums import PactSpecification
from pact_ffi._errors import error_detail
from pact_ffi._interactions import PactInteractionIterator
from pact_ffi._native import NULL, encode, ffi, lib
from pact_ffi._native_objects import _Native, _live
from pact_ffi._owned import OwnedString

if TYPE_CHECKING:
    from pact_ffi._handles import PactHandle

__all__ = [
    "Consumer",
    "Pact",
    "Provider",
    "consumer_get_name",
    "pact_consumer_delete",
    "pact_get_consumer",
    "pact_get_provider",
    "pact_handle_to_pointer",
    "pact_model_delete",
    "pact_model_interaction_iterator",
    "pact_provider_delete",
    "pact_spec_version",
    "parse_pact_json",
    "provider_get_name",
]


class Pact(_Native):
    """A Pact model (a parsed pact file, or a copy of a pact handle's pact)."""

    _cname = "Pact"
    _free_name = "pactffi_pact_model_delete"

    def __init__(self, ptr: Any, *, owned: bool = False) -> None:  # noqa: ANN401
        """Wrapper for a Pact model pointer.

        Args:
            ptr: CFFI pointer to ``struct Pact *``.
            owned: Whether the pact is owned by something else. A pact owned
                elsewhere is not freed when this object is destroyed.

        Raises:
            TypeError: If ``ptr`` is not a ``struct Pact *``.
        """
        super().__init__(ptr, free=not owned)

    @property
    def specification(self) -> PactSpecification:
        """The specification version of the pact."""
        return pact_spec_version(self)

    @property
    def consumer(self) -> Consumer:
        """The consumer of the pact."""
        return pact_get_consumer(self)

    @property
    def provider(self) -> Provider:
        """The provider of the pact."""
        return pact_get_provider(self)

    def interactions(self) -> PactInteractionIterator:
        """An iterator over (a copy of) all interactions of the pact."""
        return pact_model_interaction_iterator(self)


class Consumer(_Native):
    """The consumer of a pact (a copy, freed with the object)."""

    _cname = "Consumer"
    _free_name = "pactffi_pact_consumer_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new Consumer.

        Args:
            ptr: A ``struct Consumer *`` from ``pactffi_pact_get_consumer``.

        Raises:
            TypeError: If ``ptr`` is not a ``struct Consumer *``.
        """
        super().__init__(ptr, free=True)

    @property
    def name(self) -> str:
        """The consumer's name."""
        return consumer_get_name(self)

    def __str__(self) -> str:
        """Nice string representation."""
        return f"Consumer({self.name!r})"


class Provider(_Native):
    """The provider of a pact (a copy, freed with the object)."""

    _cname = "Provider"
    _free_name = "pactffi_pact_provider_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new Provider.

        Args:
            ptr: A ``struct Provider *`` from ``pactffi_pact_get_provider``.

        Raises:
            TypeError: If ``ptr`` is not a ``struct Provider *``.
        """
        super().__init__(ptr, free=True)

    @property
    def name(self) -> str:
        """The provider's name."""
        return provider_get_name(self)

    def __str__(self) -> str:
        """Nice string representation."""
        return f"Provider({self.name!r})"


# ---- Functions ----------------------------------------------------------------------


def parse_pact_json(json: str) -> Pact:  # noqa: A002 - the published parameter name
    """Parses the provided JSON into a Pact model.

    [Rust `pactffi_parse_pact_json`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/?search=pactffi_parse_pact_json)

    Args:
        json: The pact file's JSON (any specification version).

    Returns:
        The Pact model, freed when the object is closed or collected.

    Raises:
        TypeError: If ``json`` is not a str.
        RuntimeError: If the text is not JSON or not a pact.
    """
    ptr = lib.pactffi_parse_pact_json(encode(json, "json"))
    if ptr == NULL:
        msg = f"Failed to parse the Pact JSON{error_detail()}"
        raise RuntimeError(msg)
    return Pact(ptr)


def pact_model_delete(pact: Pact) -> None:
    """Frees the memory used by the Pact model (``pactffi_pact_model_delete``).

    Args:
        pact: The Pact model; closing it again does nothing.
    """
    pact.close()


def pact_model_interaction_iterator(pact: Pact) -> PactInteractionIterator:
    """Returns an iterator over (a copy of) all the interactions in the Pact.

    Wraps ``pactffi_pact_model_interaction_iterator``. The iterator keeps
    working after the pact is deleted.

    Args:
        pact: The Pact model.

    Returns:
        An iterator over all interactions in the Pact.

    Raises:
        ValueError: If the pact was closed.
        RuntimeError: If the iterator could not be created.
    """
    ptr = lib.pactffi_pact_model_interaction_iterator(_live(pact))
    if ptr == NULL:
        msg = f"Failed to create the interaction iterator{error_detail()}"
        raise RuntimeError(msg)
    return PactInteractionIterator(ptr)


def pact_spec_version(pact: Pact) -> PactSpecification:
    """Returns the Pact specification enum that the Pact is for.

    Wraps ``pactffi_pact_spec_version``.

    Args:
        pact: The Pact model.

    Returns:
        The specification version the pact was written in.

    Raises:
        ValueError: If the pact was closed.
    """
    return PactSpecification(lib.pactffi_pact_spec_version(_live(pact)))


def pact_get_consumer(pact: Pact) -> Consumer:
    """Get (a copy of) the consumer from a Pact (``pactffi_pact_get_consumer``).

    Args:
        pact: The Pact model.

    Returns:
        The consumer, freed with ``pact_consumer_delete`` or when collected.

    Raises:
        ValueError: If the pact was closed.
        RuntimeError: If the consumer could not be read.
    """
    ptr = lib.pactffi_pact_get_consumer(_live(pact))
    if ptr == NULL:
        msg = f"Failed to get the consumer{error_detail()}"
        raise RuntimeError(msg)
    return Consumer(ffi.cast("Consumer *", ptr))


def pact_consumer_delete(consumer: Consumer) -> None:
    """Frees the memory used by the Pact consumer (``pactffi_pact_consumer_delete``).

    Args:
        consumer: The consumer; deleting it again does nothing.
    """
    consumer.close()


def consumer_get_name(consumer: Consumer) -> str:
    """Get a copy of this consumer's name (``pactffi_consumer_get_name``).

    Args:
        consumer: The consumer.

    Returns:
        The name.

    Raises:
        ValueError: If the consumer was deleted.
        RuntimeError: If the name could not be read.
    """
    ptr = lib.pactffi_consumer_get_name(_live(consumer))
    if ptr == NULL:
        msg = f"Failed to get the consumer name{error_detail()}"
        raise RuntimeError(msg)
    return str(OwnedString(ptr))


def pact_get_provider(pact: Pact) -> Provider:
    """Get (a copy of) the provider from a Pact (``pactffi_pact_get_provider``).

    Args:
        pact: The Pact model.

    Returns:
        The provider, freed with ``pact_provider_delete`` or when collected.

    Raises:
        ValueError: If the pact was closed.
        RuntimeError: If the provider could not be read.
    """
    ptr = lib.pactffi_pact_get_provider(_live(pact))
    if ptr == NULL:
        msg = f"Failed to get the provider{error_detail()}"
        raise RuntimeError(msg)
    return Provider(ffi.cast("Provider *", ptr))


def pact_provider_delete(provider: Provider) -> None:
    """Frees the memory used by the Pact provider (``pactffi_pact_provider_delete``).

    Args:
        provider: The provider; deleting it again does nothing.
    """
    provider.close()


def provider_get_name(provider: Provider) -> str:
    """Get a copy of this provider's name (``pactffi_provider_get_name``).

    Args:
        provider: The provider.

    Returns:
        The name.

    Raises:
        ValueError: If the provider was deleted.
        RuntimeError: If the name could not be read.
    """
    ptr = lib.pactffi_provider_get_name(_live(provider))
    if ptr == NULL:
        msg = f"Failed to get the provider name{error_detail()}"
        raise RuntimeError(msg)
    return str(OwnedString(ptr))


def pact_handle_to_pointer(pact: PactHandle) -> Pact:
    """Returns a copy of the Pact model behind a handle (``pactffi_pact_handle_to_pointer``).

    Later changes through the handle are not reflected in the copy.

    Args:
        pact: The pact handle.

    Returns:
        The Pact model, freed when closed or collected.

    Raises:
        RuntimeError: If the handle is not valid.
    """
    ptr = lib.pactffi_pact_handle_to_pointer(pact._ref)  # noqa: SLF001
    if ptr == NULL:
        msg = f"Failed to get the pact of {pact}{error_detail()}"
        raise RuntimeError(msg)
    return Pact(ptr)
