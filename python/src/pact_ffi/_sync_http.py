"""V4 synchronous HTTP interactions and their request and response parts.

Covers the ``pactffi_sync_http_*`` functions (contents, description,
provider states) and the matching-rule and generator iterators of a request
or response (``request_contents_*`` / ``response_contents_*``).
"""

from __future__ import annotations

from collections.abc import Generator as GeneratorType
from typing import Any

from pact_ffi._enums import GeneratorCategory, MatchingRuleCategory
from pact_ffi._errors import error_detail
from pact_ffi._native import NULL, encode, ffi, lib
from pact_ffi._native_objects import _Native, _category, _live
from pact_ffi._owned import OwnedString
from pact_ffi._provider_states import ProviderState, ProviderStateIterator, _provider_state_at
from pact_ffi._rules_and_generators import (
    GeneratorCategoryIterator,
    GeneratorCategoryOptions,
    MatchingRuleCategoryIterator,
    MatchingRuleCategoryOptions,
)

__all__ = [
    "HttpRequest",
    "HttpResponse",
    "SynchronousHttp",
    "request_contents_get_generators_iter",
    "request_contents_get_matching_rule_iter",
    "response_contents_get_generators_iter",
    "response_contents_get_matching_rule_iter",
    "sync_http_delete",
    "sync_http_get_description",
    "sync_http_get_provider_state",
    "sync_http_get_provider_state_iter",
    "sync_http_get_request",
    "sync_http_get_request_contents",
    "sync_http_get_request_contents_bin",
    "sync_http_get_request_contents_length",
    "sync_http_get_response",
    "sync_http_get_response_contents",
    "sync_http_get_response_contents_bin",
    "sync_http_get_response_contents_length",
    "sync_http_new",
    "sync_http_set_description",
    "sync_http_set_request_contents",
    "sync_http_set_request_contents_bin",
    "sync_http_set_response_contents",
    "sync_http_set_response_contents_bin",
]


class SynchronousHttp(_Native):
    """A V4 synchronous HTTP interaction."""

    _cname = "SynchronousHttp"
    _free_name = "pactffi_sync_http_delete"

    def __init__(self, ptr: Any, *, owned: bool = False, parent: object = None) -> None:  # noqa: ANN401
        """Initialise a new Synchronous HTTP Interaction.

        Args:
            ptr: CFFI data structure.
            owned: Whether the interaction is owned by something else. This
                determines whether it is freed when this object is destroyed.
            parent: The object that owns it, kept alive by this one.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct SynchronousHttp``.
        """
        super().__init__(ptr, free=not owned, parent=parent)

    @property
    def description(self) -> str:
        """Description of this interaction; unique in the pact file."""
        return sync_http_get_description(self)

    def provider_states(self) -> GeneratorType[ProviderState, None, None]:
        """Optional provider states of the interaction."""
        yield from sync_http_get_provider_state_iter(self)

    @property
    def request(self) -> HttpRequest:
        """The request part."""
        return sync_http_get_request(self)

    @property
    def response(self) -> HttpResponse:
        """The response part."""
        return sync_http_get_response(self)

    @property
    def request_contents(self) -> str | bytes | None:
        """The contents of the request (text, else bytes, else None)."""
        return sync_http_get_request_contents(self) or sync_http_get_request_contents_bin(self)

    @property
    def response_contents(self) -> str | bytes | None:
        """The contents of the response (text, else bytes, else None)."""
        return sync_http_get_response_contents(self) or sync_http_get_response_contents_bin(self)


class _HttpPart(_Native):
    """A request or response borrowed from its interaction."""

    def __init__(self, ptr: Any, parent: object = None) -> None:  # noqa: ANN401
        super().__init__(ptr, free=False, parent=parent)


class HttpRequest(_HttpPart):
    """The request of a synchronous HTTP interaction (borrowed from it)."""

    _cname = "HttpRequest"

    def matching_rules(
        self, category: MatchingRuleCategory | MatchingRuleCategoryOptions
    ) -> MatchingRuleCategoryIterator:
        """The matching rules of one category."""
        return request_contents_get_matching_rule_iter(self, category)

    def generators(self, category: GeneratorCategory | GeneratorCategoryOptions) -> GeneratorCategoryIterator:
        """The generators of one category."""
        return request_contents_get_generators_iter(self, category)


class HttpResponse(_HttpPart):
    """The response of a synchronous HTTP interaction (borrowed from it)."""

    _cname = "HttpResponse"

    def matching_rules(
        self, category: MatchingRuleCategory | MatchingRuleCategoryOptions
    ) -> MatchingRuleCategoryIterator:
        """The matching rules of one category."""
        return response_contents_get_matching_rule_iter(self, category)

    def generators(self, category: GeneratorCategory | GeneratorCategoryOptions) -> GeneratorCategoryIterator:
        """The generators of one category."""
        return response_contents_get_generators_iter(self, category)


# ---- Functions ----------------------------------------------------------------------


def sync_http_new() -> SynchronousHttp:
    """Create a new, empty synchronous HTTP interaction (``pactffi_sync_http_new``).

    Returns:
        The interaction, freed when closed or collected.

    Raises:
        RuntimeError: If it could not be created.
    """
    ptr = lib.pactffi_sync_http_new()
    if ptr == NULL:
        msg = f"Failed to create a SynchronousHttp{error_detail()}"
        raise RuntimeError(msg)
    return SynchronousHttp(ptr)


def sync_http_delete(interaction: SynchronousHttp) -> None:
    """Destroy the ``SynchronousHttp`` interaction (``pactffi_sync_http_delete``).

    An interaction borrowed from an iterator is only released by the iterator.

    Args:
        interaction: The interaction; deleting it again does nothing.
    """
    interaction.close()


def sync_http_get_request(interaction: SynchronousHttp) -> HttpRequest:
    """Get the request of a ``SynchronousHttp`` interaction (``pactffi_sync_http_get_request``).

    Args:
        interaction: The interaction.

    Returns:
        The request, borrowed from (and keeping alive) the interaction.

    Raises:
        ValueError: If the interaction was deleted.
        RuntimeError: If the request could not be read.
    """
    ptr = lib.pactffi_sync_http_get_request(_live(interaction))
    if ptr == NULL:
        msg = f"Failed to get the request{error_detail()}"
        raise RuntimeError(msg)
    return HttpRequest(ffi.cast("HttpRequest *", ptr), parent=interaction)


def sync_http_get_response(interaction: SynchronousHttp) -> HttpResponse:
    """Get the response of a ``SynchronousHttp`` interaction (``pactffi_sync_http_get_response``).

    Args:
        interaction: The interaction.

    Returns:
        The response, borrowed from (and keeping alive) the interaction.

    Raises:
        ValueError: If the interaction was deleted.
        RuntimeError: If the response could not be read.
    """
    ptr = lib.pactffi_sync_http_get_response(_live(interaction))
    if ptr == NULL:
        msg = f"Failed to get the response{error_detail()}"
        raise RuntimeError(msg)
    return HttpResponse(ffi.cast("HttpResponse *", ptr), parent=interaction)


def _contents(function: str, interaction: SynchronousHttp) -> str | None:
    ptr = getattr(lib, function)(_live(interaction))
    if ptr == NULL:
        return None
    return str(OwnedString(ptr))


def _contents_bin(function: str, length: str, interaction: SynchronousHttp) -> bytes | None:
    ptr = getattr(lib, function)(_live(interaction))
    if ptr == NULL:
        return None
    data: bytes = ffi.buffer(ptr, getattr(lib, length)(interaction._ptr))[:]  # noqa: SLF001
    return data


def _set_contents(function: str, interaction: SynchronousHttp, contents: str | None, content_type: str | None) -> None:
    live = _live(interaction)
    if contents is not None and not isinstance(contents, str):
        msg = f"contents must be a str or None, not {type(contents).__name__}"
        raise TypeError(msg)
    ctype = NULL if content_type is None else encode(content_type, "content_type")
    getattr(lib, function)(live, NULL if contents is None else encode(contents, "contents"), ctype)


def _set_contents_bin(
    function: str, interaction: SynchronousHttp, body: bytes | None, content_type: str | None
) -> None:
    live = _live(interaction)
    if body is not None and not isinstance(body, (bytes, bytearray)):
        msg = f"body must be bytes or None, not {type(body).__name__}"
        raise TypeError(msg)
    ctype = NULL if content_type is None else encode(content_type, "content_type")
    if body is None:
        getattr(lib, function)(live, NULL, 0, ctype)
    else:
        getattr(lib, function)(live, ffi.from_buffer(bytes(body)), len(body), ctype)


def sync_http_get_request_contents(interaction: SynchronousHttp) -> str | None:
    """Get the request contents as text (``pactffi_sync_http_get_request_contents``).

    Args:
        interaction: The interaction.

    Returns:
        The text ("" for an empty or null body), or None if the body is missing.

    Raises:
        ValueError: If the interaction was deleted.
    """
    return _contents("pactffi_sync_http_get_request_contents", interaction)


def sync_http_set_request_contents(interaction: SynchronousHttp, contents: str | None, content_type: str | None) -> None:
    """Set the request contents from text (``pactffi_sync_http_set_request_contents``).

    Args:
        interaction: The interaction.
        contents: The text; None makes the body an explicit JSON null.
        content_type: The content type; None or an invalid type leaves it unset.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If the interaction was deleted.
    """
    _set_contents("pactffi_sync_http_set_request_contents", interaction, contents, content_type)


def sync_http_get_request_contents_length(interaction: SynchronousHttp) -> int:
    """Get the length of the request contents (``pactffi_sync_http_get_request_contents_length``).

    Args:
        interaction: The interaction.

    Returns:
        The number of bytes (0 if missing, empty or null).

    Raises:
        ValueError: If the interaction was deleted.
    """
    length: int = lib.pactffi_sync_http_get_request_contents_length(_live(interaction))
    return length


def sync_http_get_request_contents_bin(interaction: SynchronousHttp) -> bytes | None:
    """Get the request contents as bytes (``pactffi_sync_http_get_request_contents_bin``).

    Args:
        interaction: The interaction.

    Returns:
        The bytes, or None if the body is missing, empty or null.

    Raises:
        ValueError: If the interaction was deleted.
    """
    return _contents_bin(
        "pactffi_sync_http_get_request_contents_bin", "pactffi_sync_http_get_request_contents_length", interaction
    )


def sync_http_set_request_contents_bin(
    interaction: SynchronousHttp, body: bytes | None, content_type: str | None
) -> None:
    """Set the request contents from bytes (``pactffi_sync_http_set_request_contents_bin``).

    Args:
        interaction: The interaction.
        body: The bytes (copied); None makes the body an explicit JSON null.
        content_type: The content type; None or an invalid type leaves it unset.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If the interaction was deleted.
    """
    _set_contents_bin("pactffi_sync_http_set_request_contents_bin", interaction, body, content_type)


def sync_http_get_response_contents(interaction: SynchronousHttp) -> str | None:
    """Get the response contents as text (``pactffi_sync_http_get_response_contents``).

    Args:
        interaction: The interaction.

    Returns:
        The text ("" for an empty or null body), or None if the body is missing.

    Raises:
        ValueError: If the interaction was deleted.
    """
    return _contents("pactffi_sync_http_get_response_contents", interaction)


def sync_http_set_response_contents(
    interaction: SynchronousHttp, contents: str | None, content_type: str | None
) -> None:
    """Set the response contents from text (``pactffi_sync_http_set_response_contents``).

    Args:
        interaction: The interaction.
        contents: The text; None makes the body an explicit JSON null.
        content_type: The content type; None or an invalid type leaves it unset.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If the interaction was deleted.
    """
    _set_contents("pactffi_sync_http_set_response_contents", interaction, contents, content_type)


def sync_http_get_response_contents_length(interaction: SynchronousHttp) -> int:
    """Get the length of the response contents (``pactffi_sync_http_get_response_contents_length``).

    Args:
        interaction: The interaction.

    Returns:
        The number of bytes (0 if missing, empty or null).

    Raises:
        ValueError: If the interaction was deleted.
    """
    length: int = lib.pactffi_sync_http_get_response_contents_length(_live(interaction))
    return length


def sync_http_get_response_contents_bin(interaction: SynchronousHttp) -> bytes | None:
    """Get the response contents as bytes (``pactffi_sync_http_get_response_contents_bin``).

    Args:
        interaction: The interaction.

    Returns:
        The bytes, or None if the body is missing, empty or null.

    Raises:
        ValueError: If the interaction was deleted.
    """
    return _contents_bin(
        "pactffi_sync_http_get_response_contents_bin", "pactffi_sync_http_get_response_contents_length", interaction
    )


def sync_http_set_response_contents_bin(
    interaction: SynchronousHttp, body: bytes | None, content_type: str | None
) -> None:
    """Set the response contents from bytes (``pactffi_sync_http_set_response_contents_bin``).

    Args:
        interaction: The interaction.
        body: The bytes (copied); None makes the body an explicit JSON null.
        content_type: The content type; None or an invalid type leaves it unset.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If the interaction was deleted.
    """
    _set_contents_bin("pactffi_sync_http_set_response_contents_bin", interaction, body, content_type)


def sync_http_get_description(interaction: SynchronousHttp) -> str:
    """Get a copy of the description (``pactffi_sync_http_get_description``).

    Args:
        interaction: The interaction.

    Returns:
        The description.

    Raises:
        ValueError: If the interaction was deleted.
        RuntimeError: If the description cannot be retrieved.
    """
    ptr = lib.pactffi_sync_http_get_description(_live(interaction))
    if ptr == NULL:
        msg = f"Failed to get description{error_detail()}"
        raise RuntimeError(msg)
    return str(OwnedString(ptr))


def sync_http_set_description(interaction: SynchronousHttp, description: str) -> int:
    """Write the ``description`` field of the interaction (``pactffi_sync_http_set_description``).

    Args:
        interaction: The interaction.
        description: The new description.

    Returns:
        0 (the library's success code).

    Raises:
        TypeError: If ``description`` is not a str.
        ValueError: If the interaction was deleted.
        RuntimeError: If the description could not be set.
    """
    ret: int = lib.pactffi_sync_http_set_description(_live(interaction), encode(description, "description"))
    if ret != 0:
        msg = f"Failed to set description{error_detail()}"
        raise RuntimeError(msg)
    return ret


def sync_http_get_provider_state(interaction: SynchronousHttp, index: int) -> ProviderState:
    """Get the provider state at ``index`` (``pactffi_sync_http_get_provider_state``).

    Args:
        interaction: The interaction.
        index: The index of the provider state.

    Returns:
        The provider state, borrowed from (and keeping alive) the interaction.

    Raises:
        TypeError: If an argument has the wrong type.
        IndexError: If the index is out of range.
        ValueError: If the index is negative or the interaction was deleted.
    """
    return _provider_state_at("pactffi_sync_http_get_provider_state", interaction, SynchronousHttp, index)


def sync_http_get_provider_state_iter(interaction: SynchronousHttp) -> ProviderStateIterator:
    """Get an iterator over (a copy of) the provider states.

    Wraps ``pactffi_sync_http_get_provider_state_iter``.

    Args:
        interaction: The interaction.

    Returns:
        The iterator.

    Raises:
        ValueError: If the interaction was deleted.
        RuntimeError: If the iterator cannot be retrieved.
    """
    ptr = lib.pactffi_sync_http_get_provider_state_iter(_live(interaction))
    if ptr == NULL:
        msg = f"Failed to get provider state iterator{error_detail()}"
        raise RuntimeError(msg)
    return ProviderStateIterator(ptr)


def _rule_iter(function: str, part: _HttpPart, category: Any) -> MatchingRuleCategoryIterator:  # noqa: ANN401
    value = _category(category, MatchingRuleCategory, "category")
    ptr = getattr(lib, function)(_live(part), value)
    if ptr == NULL:
        msg = f"Failed to get the matching rules{error_detail()}"
        raise RuntimeError(msg)
    return MatchingRuleCategoryIterator(ptr)


def _generator_iter(function: str, part: _HttpPart, category: Any) -> GeneratorCategoryIterator:  # noqa: ANN401
    value = _category(category, GeneratorCategory, "category")
    ptr = getattr(lib, function)(_live(part), value)
    if ptr == NULL:
        msg = f"Failed to get the generators{error_detail()}"
        raise RuntimeError(msg)
    return GeneratorCategoryIterator(ptr)


def request_contents_get_matching_rule_iter(
    request: HttpRequest, category: MatchingRuleCategory | MatchingRuleCategoryOptions
) -> MatchingRuleCategoryIterator:
    r"""Get an iterator over the matching rules for a category of an HTTP request.

    Wraps ``pactffi_request_contents_get_matching_rule_iter``. Given the rules
    ``"$.a" => Type`` and ``"$.b" => Regex("\d+"), Number`` it yields three
    pairs. The iterator holds a copy, so it outlives the request.

    Args:
        request: The request.
        category: The category (enum member or name, any case).

    Returns:
        The iterator.

    Raises:
        ValueError: If the category is unknown or the request was released.
        RuntimeError: If the iterator could not be created.
    """
    return _rule_iter("pactffi_request_contents_get_matching_rule_iter", request, category)


def response_contents_get_matching_rule_iter(
    response: HttpResponse, category: MatchingRuleCategory | MatchingRuleCategoryOptions
) -> MatchingRuleCategoryIterator:
    """Get an iterator over the matching rules for a category of an HTTP response.

    Wraps ``pactffi_response_contents_get_matching_rule_iter``. The iterator
    holds a copy, so it outlives the response.

    Args:
        response: The response.
        category: The category (enum member or name, any case).

    Returns:
        The iterator.

    Raises:
        ValueError: If the category is unknown or the response was released.
        RuntimeError: If the iterator could not be created.
    """
    return _rule_iter("pactffi_response_contents_get_matching_rule_iter", response, category)


def request_contents_get_generators_iter(
    request: HttpRequest, category: GeneratorCategory | GeneratorCategoryOptions
) -> GeneratorCategoryIterator:
    """Get an iterator over the generators for a category of an HTTP request.

    Wraps ``pactffi_request_contents_get_generators_iter``. The iterator holds
    a copy, so it outlives the request.

    Args:
        request: The request.
        category: The category (enum member or name, any case).

    Returns:
        The iterator.

    Raises:
        ValueError: If the category is unknown or the request was released.
        RuntimeError: If the iterator could not be created.
    """
    return _generator_iter("pactffi_request_contents_get_generators_iter", request, category)


def response_contents_get_generators_iter(
    response: HttpResponse, category: GeneratorCategory | GeneratorCategoryOptions
) -> GeneratorCategoryIterator:
    """Get an iterator over the generators for a category of an HTTP response.

    Wraps ``pactffi_response_contents_get_generators_iter``. The iterator holds
    a copy, so it outlives the response.

    Args:
        response: The response.
        category: The category (enum member or name, any case).

    Returns:
        The iterator.

    Raises:
        ValueError: If the category is unknown or the response was released.
        RuntimeError: If the iterator could not be created.
    """
    return _generator_iter("pactffi_response_contents_get_generators_iter", response, category)
