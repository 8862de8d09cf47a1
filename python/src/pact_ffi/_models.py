"""Pact models: pacts, interactions, HTTP parts, provider states and iterators.

Objects here wrap pointers of the C section "Model: pacts, interactions, HTTP
parts, provider states, iterators". Following pact-python, the ``owned``
argument of the interaction classes means "owned by something else": such an
object is borrowed (an iterator item) and is never freed by Python; it keeps
its parent alive instead. Everything else that the library handed over is
freed by ``close()`` (idempotent) or, as a backstop, when collected.
"""

from __future__ import annotations

import json
from collections.abc import Generator as GeneratorType
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal

from pact_ffi._enums import GeneratorCategory, MatchingRuleCategory, PactSpecification
from pact_ffi._errors import error_detail
from pact_ffi._native import NULL, checked_index, encode, ffi, lib
from pact_ffi._owned import OwnedString

if TYPE_CHECKING:
    from typing_extensions import Self

    from pact_ffi._handles import PactHandle

__all__ = [
    "Consumer",
    "Generator",
    "GeneratorCategoryIterator",
    "GeneratorCategoryOptions",
    "GeneratorKeyValuePair",
    "HttpRequest",
    "HttpResponse",
    "MatchingRule",
    "MatchingRuleCategoryIterator",
    "MatchingRuleCategoryOptions",
    "MatchingRuleKeyValuePair",
    "Pact",
    "PactAsyncMessageIterator",
    "PactInteraction",
    "PactInteractionIterator",
    "PactMessageIterator",
    "PactSyncHttpIterator",
    "PactSyncMessageIterator",
    "Provider",
    "ProviderState",
    "ProviderStateIterator",
    "ProviderStateParamIterator",
    "ProviderStateParamPair",
    "SynchronousHttp",
    "consumer_get_name",
    "generator_to_json",
    "generators_iter_delete",
    "generators_iter_next",
    "generators_iter_pair_delete",
    "matching_rule_to_json",
    "matching_rules_iter_delete",
    "matching_rules_iter_next",
    "matching_rules_iter_pair_delete",
    "pact_async_message_iter_delete",
    "pact_async_message_iter_next",
    "pact_consumer_delete",
    "pact_get_consumer",
    "pact_get_provider",
    "pact_handle_get_async_message_iter",
    "pact_handle_get_message_iter",
    "pact_handle_get_sync_http_iter",
    "pact_handle_get_sync_message_iter",
    "pact_handle_to_pointer",
    "pact_interaction_as_asynchronous_message",
    "pact_interaction_as_synchronous_http",
    "pact_interaction_as_synchronous_message",
    "pact_interaction_delete",
    "pact_interaction_iter_delete",
    "pact_interaction_iter_next",
    "pact_message_iter_delete",
    "pact_message_iter_next",
    "pact_model_delete",
    "pact_model_interaction_iterator",
    "pact_provider_delete",
    "pact_spec_version",
    "pact_sync_http_iter_delete",
    "pact_sync_http_iter_next",
    "pact_sync_message_iter_delete",
    "pact_sync_message_iter_next",
    "parse_pact_json",
    "provider_get_name",
    "provider_state_delete",
    "provider_state_get_name",
    "provider_state_get_param_iter",
    "provider_state_iter_delete",
    "provider_state_iter_next",
    "provider_state_param_iter_delete",
    "provider_state_param_iter_next",
    "provider_state_param_pair_delete",
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

MatchingRuleCategoryOptions = Literal[
    "METHOD", "method", "PATH", "path", "HEADER", "header", "QUERY", "query", "BODY", "body",
    "STATUS", "status", "CONTENTS", "contents", "METADATA", "metadata",
]
GeneratorCategoryOptions = Literal[
    "METHOD", "method", "PATH", "path", "HEADER", "header", "QUERY", "query", "BODY", "body",
    "STATUS", "status", "METADATA", "metadata",
]




def _check_cdata(ptr: Any, cname: str) -> None:  # noqa: ANN401
    """Raise TypeError unless ``ptr`` is a ``struct <cname> *``."""
    if not isinstance(ptr, ffi.CData) or ffi.typeof(ptr).cname != f"struct {cname} *":
        got = ffi.typeof(ptr).cname if isinstance(ptr, ffi.CData) else type(ptr).__name__
        msg = f"ptr must be a struct {cname}, got {got}"
        raise TypeError(msg)


def _live(obj: _Native) -> Any:  # noqa: ANN401
    """The pointer of a wrapper that was not closed.

    Raises:
        ValueError: If ``obj`` was closed (its native memory is gone).
    """
    ptr = getattr(obj, "_ptr", None)
    if ptr is None:
        msg = f"{type(obj).__name__} has been closed"
        raise ValueError(msg)
    # A borrowed object's memory belongs to its parent (and so on up the
    # chain): once an owner was closed, the pointer dangles.
    parent = getattr(obj, "_parent", None)
    while isinstance(parent, _Native):
        if getattr(parent, "_ptr", None) is None:
            msg = f"{type(obj).__name__} belongs to a {type(parent).__name__} that has been closed"
            raise ValueError(msg)
        parent = getattr(parent, "_parent", None)
    return ptr


class _Native:
    """A wrapper of one native object: freed by ``close()`` when it owns it."""

    _cname = ""
    _free_name: str | None = None

    def __init__(self, ptr: Any, *, free: bool, parent: object = None) -> None:  # noqa: ANN401
        _check_cdata(ptr, self._cname)
        if ptr == NULL:
            msg = f"ptr must not be a NULL struct {self._cname}"
            raise ValueError(msg)
        self._ptr: Any = ptr
        self._free = free
        # A borrowed object keeps the object that owns its memory alive.
        self._parent = parent

    def close(self) -> None:
        """Release the native memory (if owned); calling it again does nothing."""
        ptr = getattr(self, "_ptr", None)
        if ptr is not None and getattr(self, "_free", False) and self._free_name:
            getattr(lib, self._free_name)(ptr)
        self._ptr = None
        self._parent = None

    def __del__(self) -> None:
        """Release the native memory when garbage collected."""
        self.close()

    def __str__(self) -> str:
        """Nice string representation."""
        return type(self).__name__

    def __repr__(self) -> str:
        """Debugging representation."""
        return f"{type(self).__name__}({self._ptr!r})"


class _Iterator(_Native):
    """A native iterator; items keep the iterator alive."""

    def __iter__(self) -> Self:
        """Return the iterator itself."""
        return self


# ---- Pacts ---------------------------------------------------------------------


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


# ---- Interactions -----------------------------------------------------------------


class PactInteraction(_Native):
    """A Pact Interaction of any kind."""

    _cname = "PactInteraction"
    _free_name = "pactffi_pact_interaction_delete"

    def __init__(self, ptr: Any, *, owned: bool = False, parent: object = None) -> None:  # noqa: ANN401
        """Initialise a new Pact Interaction.

        Args:
            ptr: CFFI data structure.
            owned: Whether the interaction is owned by something else (then it
                is not freed when this object is destroyed).
            parent: The object that owns it, kept alive by this one.

        Raises:
            TypeError: If ``ptr`` is not a ``struct PactInteraction *``.
        """
        super().__init__(ptr, free=not owned, parent=parent)

    def as_synchronous_http(self) -> SynchronousHttp:
        """Cast this interaction as a synchronous HTTP interaction (a copy).

        Raises:
            TypeError: If the interaction is not a synchronous HTTP interaction.
        """
        return pact_interaction_as_synchronous_http(self)

    def as_asynchronous_message(self) -> Any:  # noqa: ANN401
        """Cast this interaction as an asynchronous message interaction (a copy).

        Raises:
            TypeError: If the interaction is not an asynchronous message.
        """
        return pact_interaction_as_asynchronous_message(self)

    def as_synchronous_message(self) -> Any:  # noqa: ANN401
        """Cast this interaction as a synchronous message interaction (a copy).

        Raises:
            TypeError: If the interaction is not a synchronous message.
        """
        return pact_interaction_as_synchronous_message(self)


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


# ---- Provider states ------------------------------------------------------------


class ProviderState(_Native):
    """A provider state, borrowed from its interaction or iterator."""

    _cname = "ProviderState"
    _free_name = "pactffi_provider_state_delete"

    def __init__(self, ptr: Any, parent: object = None) -> None:  # noqa: ANN401
        """Initialise a new ProviderState.

        Args:
            ptr: CFFI data structure.
            parent: The interaction or iterator that owns it.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct ProviderState``.
        """
        super().__init__(ptr, free=False, parent=parent)

    def __str__(self) -> str:
        """Nice string representation."""
        return f"ProviderState({self.name!r})"

    @property
    def name(self) -> str:
        """Provider State name."""
        return provider_state_get_name(self) or ""

    def parameters(self) -> GeneratorType[tuple[str, str], None, None]:
        """Provider State parameters: (key, value as JSON text) pairs."""
        for pair in provider_state_get_param_iter(self):
            yield pair.key, pair.value


class ProviderStateIterator(_Iterator):
    """Iterator over (a copy of) an interaction's provider states."""

    _cname = "ProviderStateIterator"
    _free_name = "pactffi_provider_state_iter_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new Provider State Iterator.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct ProviderStateIterator``.
        """
        super().__init__(ptr, free=True)

    def __next__(self) -> ProviderState:
        """Get the next provider state from the iterator."""
        return provider_state_iter_next(self)


class ProviderStateParamIterator(_Iterator):
    """Iterator over (a copy of) a provider state's parameters."""

    _cname = "ProviderStateParamIterator"
    _free_name = "pactffi_provider_state_param_iter_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new Provider State Param Iterator.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct ProviderStateParamIterator``.
        """
        super().__init__(ptr, free=True)

    def __next__(self) -> ProviderStateParamPair:
        """Get the next parameter from the iterator."""
        return provider_state_param_iter_next(self)


class ProviderStateParamPair(_Native):
    """A (key, value) provider-state parameter; the value is JSON text."""

    _cname = "ProviderStateParamPair"
    _free_name = "pactffi_provider_state_param_pair_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new ProviderStateParamPair.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct ProviderStateParamPair``.
        """
        super().__init__(ptr, free=True)

    @property
    def key(self) -> str:
        """Provider State Param key."""
        return ffi.string(_live(self).key).decode("utf-8")

    @property
    def value(self) -> str:
        """Provider State Param value (JSON text)."""
        return ffi.string(_live(self).value).decode("utf-8")


# ---- Matching rules and generators ----------------------------------------------


class MatchingRule(_Native):
    """A matching rule, owned by the pair it came from."""

    _cname = "MatchingRule"

    def __init__(self, ptr: Any, parent: object = None) -> None:  # noqa: ANN401
        """Initialise a new matching rule.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct MatchingRule``.
        """
        super().__init__(ptr, free=False, parent=parent)

    @property
    def json(self) -> dict[str, Any]:
        """Dictionary representation of the matching rule."""
        return json.loads(matching_rule_to_json(self))


class Generator(_Native):
    """A generator, owned by the pair it came from."""

    _cname = "Generator"

    def __init__(self, ptr: Any, parent: object = None) -> None:  # noqa: ANN401
        """Initialise a generator value.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct Generator``.
        """
        super().__init__(ptr, free=False, parent=parent)

    @property
    def json(self) -> dict[str, Any]:
        """Dictionary representation of the generator."""
        return json.loads(generator_to_json(self))

    def generate_string(self, context: dict[str, Any] | None = None) -> str:
        """Generate a string from the generator.

        Args:
            context: JSON-serialisable generator context (mock server
                details for MockServerURL, provider-state values for
                ProviderState); ``None`` is an empty context.

        Returns:
            The generated string.

        Raises:
            RuntimeError: If the generator cannot produce a string
                (``pactffi_generator_generate_string`` returned NULL).
        """
        from pact_ffi._generators import generator_generate_string  # noqa: PLC0415

        return generator_generate_string(self, json.dumps(context or {}))

    def generate_integer(self, context: dict[str, Any] | None = None) -> int:
        """Generate an integer from the generator.

        Args:
            context: JSON-serialisable generator context (provider-state
                values for ProviderState); ``None`` is an empty context.

        Returns:
            The generated integer (0 when the generator cannot produce one,
            as ``pactffi_generator_generate_integer`` reports it).
        """
        from pact_ffi._generators import generator_generate_integer  # noqa: PLC0415

        return generator_generate_integer(self, json.dumps(context or {}))


class MatchingRuleKeyValuePair(_Native):
    """A (path, matching rule) pair; owns both."""

    _cname = "MatchingRuleKeyValuePair"
    _free_name = "pactffi_matching_rules_iter_pair_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new key-value matching rule pair.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct MatchingRuleKeyValuePair``.
        """
        super().__init__(ptr, free=True)

    @property
    def path(self) -> str:
        """Matching Rule path."""
        return ffi.string(_live(self).path).decode("utf-8")

    @property
    def matching_rule(self) -> MatchingRule:
        """Matching Rule value (keeps this pair alive)."""
        return MatchingRule(_live(self).rule, parent=self)


class GeneratorKeyValuePair(_Native):
    """A (path, generator) pair; owns both."""

    _cname = "GeneratorKeyValuePair"
    _free_name = "pactffi_generators_iter_pair_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new key-value generator pair.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct GeneratorKeyValuePair``.
        """
        super().__init__(ptr, free=True)

    @property
    def path(self) -> str:
        """Generator path."""
        return ffi.string(_live(self).path).decode("utf-8")

    @property
    def generator(self) -> Generator:
        """Generator value (keeps this pair alive)."""
        return Generator(_live(self).generator, parent=self)


class MatchingRuleCategoryIterator(_Iterator):
    """Iterator over (a copy of) the matching rules of one category."""

    _cname = "MatchingRuleCategoryIterator"
    _free_name = "pactffi_matching_rules_iter_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new matching rule category iterator.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct MatchingRuleCategoryIterator``.
        """
        super().__init__(ptr, free=True)

    def __next__(self) -> MatchingRuleKeyValuePair:
        """Get the next (path, rule) pair from the iterator."""
        return matching_rules_iter_next(self)


class GeneratorCategoryIterator(_Iterator):
    """Iterator over (a copy of) the generators of one category."""

    _cname = "GeneratorCategoryIterator"
    _free_name = "pactffi_generators_iter_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new generator category iterator.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct GeneratorCategoryIterator``.
        """
        super().__init__(ptr, free=True)

    def __next__(self) -> GeneratorKeyValuePair:
        """Get the next (path, generator) pair from the iterator."""
        return generators_iter_next(self)


# ---- Interaction iterators -------------------------------------------------------


def _message_class(name: str) -> Any:  # noqa: ANN401
    """The message wrapper class ``name`` (AsynchronousMessage, SynchronousMessage, Message)."""
    # Imported late: the messages module imports this one.
    from pact_ffi import _messages  # noqa: PLC0415

    return getattr(_messages, name)


def _borrowed_message(name: str, ptr: Any, parent: object) -> Any:  # noqa: ANN401
    """A message item borrowed from ``parent`` (an iterator), kept alive by it."""
    return _message_class(name)(ptr, owned=True, parent=parent)


class PactInteractionIterator(_Iterator):
    """Iterator over (a copy of) a Pact's interactions of every kind."""

    _cname = "PactInteractionIterator"
    _free_name = "pactffi_pact_interaction_iter_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new Pact Interaction Iterator.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct PactInteractionIterator``.
        """
        super().__init__(ptr, free=True)

    def __next__(self) -> PactInteraction:
        """Get the next interaction from the iterator."""
        return pact_interaction_iter_next(self)


class PactSyncHttpIterator(_Iterator):
    """Iterator over (a copy of) a Pact's synchronous HTTP interactions."""

    _cname = "PactSyncHttpIterator"
    _free_name = "pactffi_pact_sync_http_iter_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new Pact Synchronous HTTP Iterator.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct PactSyncHttpIterator``.
        """
        super().__init__(ptr, free=True)

    def __next__(self) -> SynchronousHttp:
        """Get the next interaction from the iterator."""
        return pact_sync_http_iter_next(self)


class PactAsyncMessageIterator(_Iterator):
    """Iterator over (a copy of) a Pact's asynchronous messages."""

    _cname = "PactAsyncMessageIterator"
    _free_name = "pactffi_pact_async_message_iter_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new Pact Asynchronous Message Iterator.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct PactAsyncMessageIterator``.
        """
        super().__init__(ptr, free=True)

    def __next__(self) -> Any:  # noqa: ANN401
        """Get the next message (an ``AsynchronousMessage``) from the iterator."""
        ptr = lib.pactffi_pact_async_message_iter_next(_live(self))
        if ptr == NULL:
            raise StopIteration
        return _borrowed_message("AsynchronousMessage", ptr, self)


class PactSyncMessageIterator(_Iterator):
    """Iterator over (a copy of) a Pact's synchronous messages."""

    _cname = "PactSyncMessageIterator"
    _free_name = "pactffi_pact_sync_message_iter_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new Pact Synchronous Message Iterator.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct PactSyncMessageIterator``.
        """
        super().__init__(ptr, free=True)

    def __next__(self) -> Any:  # noqa: ANN401
        """Get the next message (a ``SynchronousMessage``) from the iterator."""
        ptr = lib.pactffi_pact_sync_message_iter_next(_live(self))
        if ptr == NULL:
            raise StopIteration
        return _borrowed_message("SynchronousMessage", ptr, self)


class PactMessageIterator(_Iterator):
    """Iterator over (a copy of) a Pact's V3-style messages."""

    _cname = "PactMessageIterator"
    _free_name = "pactffi_pact_message_iter_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new Pact Message Iterator.

        Raises:
            TypeError: If the ``ptr`` is not a ``struct PactMessageIterator``.
        """
        super().__init__(ptr, free=True)

    def __next__(self) -> Any:  # noqa: ANN401
        """Get the next message (a ``Message``) from the iterator."""
        ptr = lib.pactffi_pact_message_iter_next(_live(self))
        if ptr == NULL:
            raise StopIteration
        return _borrowed_message("Message", ptr, self)


# ---- Module-level functions -------------------------------------------------------


def _category(value: Any, enum: type[Enum], name: str) -> int:  # noqa: ANN401
    """The C value of a category given as an enum member or its name (any case)."""
    if isinstance(value, enum):
        return value.value
    if isinstance(value, str):
        try:
            return enum[value.upper()].value
        except KeyError:
            pass
    msg = f"{name} must be a {enum.__name__} or one of its names, not {value!r}"
    raise ValueError(msg)


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


def _handle_iter(function: str, pact: PactHandle, cls: type[_Iterator], what: str) -> Any:  # noqa: ANN401
    ptr = getattr(lib, function)(pact._ref)  # noqa: SLF001
    if ptr == NULL:
        msg = f"Failed to iterate the {what} of {pact}{error_detail()}"
        raise RuntimeError(msg)
    return cls(ptr)


def pact_handle_get_sync_http_iter(pact: PactHandle) -> PactSyncHttpIterator:
    """Get an iterator over (a copy of) the HTTP interactions of a pact handle.

    Wraps ``pactffi_pact_handle_get_sync_http_iter``.

    Args:
        pact: The pact handle.

    Returns:
        The iterator.

    Raises:
        RuntimeError: If the handle is not valid.
    """
    return _handle_iter("pactffi_pact_handle_get_sync_http_iter", pact, PactSyncHttpIterator, "HTTP interactions")


def pact_handle_get_async_message_iter(pact: PactHandle) -> PactAsyncMessageIterator:
    """Get an iterator over (a copy of) the asynchronous messages of a pact handle.

    Wraps ``pactffi_pact_handle_get_async_message_iter``.

    Args:
        pact: The pact handle.

    Returns:
        The iterator.

    Raises:
        RuntimeError: If the handle is not valid.
    """
    return _handle_iter(
        "pactffi_pact_handle_get_async_message_iter", pact, PactAsyncMessageIterator, "asynchronous messages"
    )


def pact_handle_get_sync_message_iter(pact: PactHandle) -> PactSyncMessageIterator:
    """Get an iterator over (a copy of) the synchronous messages of a pact handle.

    Wraps ``pactffi_pact_handle_get_sync_message_iter``.

    Args:
        pact: The pact handle.

    Returns:
        The iterator.

    Raises:
        RuntimeError: If the handle is not valid.
    """
    return _handle_iter(
        "pactffi_pact_handle_get_sync_message_iter", pact, PactSyncMessageIterator, "synchronous messages"
    )


def pact_handle_get_message_iter(pact: PactHandle) -> PactMessageIterator:
    """Get an iterator over (a copy of) the V3-style messages of a pact handle.

    Wraps ``pactffi_pact_handle_get_message_iter``.

    Args:
        pact: The pact handle.

    Returns:
        The iterator.

    Raises:
        RuntimeError: If the handle is not valid.
    """
    return _handle_iter("pactffi_pact_handle_get_message_iter", pact, PactMessageIterator, "messages")


def pact_interaction_iter_next(iter: PactInteractionIterator) -> PactInteraction:  # noqa: A002
    """Get the next interaction from the pact (``pactffi_pact_interaction_iter_next``).

    Args:
        iter: The iterator.

    Returns:
        The interaction, borrowed from (and keeping alive) the iterator.

    Raises:
        StopIteration: If the iterator has reached the end.
        ValueError: If the iterator was deleted.
    """
    ptr = lib.pactffi_pact_interaction_iter_next(_live(iter))
    if ptr == NULL:
        raise StopIteration
    return PactInteraction(ffi.cast("PactInteraction *", ptr), owned=True, parent=iter)


def pact_interaction_iter_delete(iter: PactInteractionIterator) -> None:  # noqa: A002
    """Free the iterator (``pactffi_pact_interaction_iter_delete``); again does nothing.

    Args:
        iter: The iterator.
    """
    iter.close()


def pact_sync_http_iter_next(iter: PactSyncHttpIterator) -> SynchronousHttp:  # noqa: A002
    """Get the next synchronous HTTP interaction (``pactffi_pact_sync_http_iter_next``).

    Args:
        iter: The iterator.

    Returns:
        The interaction, borrowed from (and keeping alive) the iterator.

    Raises:
        StopIteration: If the iterator has reached the end.
        ValueError: If the iterator was deleted.
    """
    ptr = lib.pactffi_pact_sync_http_iter_next(_live(iter))
    if ptr == NULL:
        raise StopIteration
    return SynchronousHttp(ptr, owned=True, parent=iter)


def pact_sync_http_iter_delete(iter: PactSyncHttpIterator) -> None:  # noqa: A002
    """Free the iterator (``pactffi_pact_sync_http_iter_delete``); again does nothing.

    Args:
        iter: The iterator.
    """
    iter.close()


def pact_interaction_delete(interaction: PactInteraction) -> None:
    """Frees the Pact interaction model (``pactffi_pact_interaction_delete``).

    An interaction borrowed from an iterator is only released by the iterator.

    Args:
        interaction: The interaction.
    """
    interaction.close()


def _interaction_copy(function: str, interaction: PactInteraction, kind: str) -> Any:  # noqa: ANN401
    ptr = getattr(lib, function)(_live(interaction))
    if ptr == NULL:
        msg = f"Interaction is not a {kind} interaction"
        raise TypeError(msg)
    return ffi.cast(f"{kind} *", ptr)


def pact_interaction_as_synchronous_http(interaction: PactInteraction) -> SynchronousHttp:
    """Cast this interaction to (a copy as) a ``SynchronousHttp`` interaction.

    Wraps ``pactffi_pact_interaction_as_synchronous_http``.

    Args:
        interaction: The interaction to cast.

    Returns:
        The interaction cast as a ``SynchronousHttp`` (a copy, freed with it).

    Raises:
        TypeError: If the interaction cannot be cast to a ``SynchronousHttp``.
        ValueError: If the interaction was deleted.
    """
    ptr = _interaction_copy("pactffi_pact_interaction_as_synchronous_http", interaction, "SynchronousHttp")
    return SynchronousHttp(ptr)


def pact_interaction_as_asynchronous_message(interaction: PactInteraction) -> Any:  # noqa: ANN401
    """Cast this interaction to (a copy as) an ``AsynchronousMessage``.

    Wraps ``pactffi_pact_interaction_as_asynchronous_message``.

    Args:
        interaction: The interaction to cast.

    Returns:
        The message (a copy, freed with it).

    Raises:
        TypeError: If the interaction is not an asynchronous message.
        ValueError: If the interaction was deleted.
    """
    ptr = _interaction_copy(
        "pactffi_pact_interaction_as_asynchronous_message", interaction, "AsynchronousMessage"
    )
    return _message_class("AsynchronousMessage")(ptr, owned=False)


def pact_interaction_as_synchronous_message(interaction: PactInteraction) -> Any:  # noqa: ANN401
    """Cast this interaction to (a copy as) a ``SynchronousMessage``.

    Wraps ``pactffi_pact_interaction_as_synchronous_message``.

    Args:
        interaction: The interaction to cast.

    Returns:
        The message (a copy, freed with it).

    Raises:
        TypeError: If the interaction is not a synchronous message.
        ValueError: If the interaction was deleted.
    """
    ptr = _interaction_copy("pactffi_pact_interaction_as_synchronous_message", interaction, "SynchronousMessage")
    return _message_class("SynchronousMessage")(ptr, owned=False)


def pact_async_message_iter_next(iter: PactAsyncMessageIterator) -> Any:  # noqa: A002, ANN401
    """Get the next asynchronous message (``pactffi_pact_async_message_iter_next``).

    Args:
        iter: The iterator.

    Returns:
        The ``AsynchronousMessage``, borrowed from (and keeping alive) the iterator.

    Raises:
        StopIteration: If the iterator has reached the end.
        ValueError: If the iterator was deleted.
    """
    return next(iter)


def pact_async_message_iter_delete(iter: PactAsyncMessageIterator) -> None:  # noqa: A002
    """Free the iterator (``pactffi_pact_async_message_iter_delete``); again does nothing.

    Args:
        iter: The iterator.
    """
    iter.close()


def pact_sync_message_iter_next(iter: PactSyncMessageIterator) -> Any:  # noqa: A002, ANN401
    """Get the next synchronous message (``pactffi_pact_sync_message_iter_next``).

    Args:
        iter: The iterator.

    Returns:
        The ``SynchronousMessage``, borrowed from (and keeping alive) the iterator.

    Raises:
        StopIteration: If the iterator has reached the end.
        ValueError: If the iterator was deleted.
    """
    return next(iter)


def pact_sync_message_iter_delete(iter: PactSyncMessageIterator) -> None:  # noqa: A002
    """Free the iterator (``pactffi_pact_sync_message_iter_delete``); again does nothing.

    Args:
        iter: The iterator.
    """
    iter.close()


def pact_message_iter_next(iter: PactMessageIterator) -> Any:  # noqa: A002, ANN401
    """Get the next V3-style message (``pactffi_pact_message_iter_next``).

    Args:
        iter: The iterator.

    Returns:
        The ``Message``, borrowed from (and keeping alive) the iterator.

    Raises:
        StopIteration: If the iterator has reached the end.
        ValueError: If the iterator was deleted.
    """
    return next(iter)


def pact_message_iter_delete(iter: PactMessageIterator) -> None:  # noqa: A002
    """Free the iterator (``pactffi_pact_message_iter_delete``); again does nothing.

    Args:
        iter: The iterator.
    """
    iter.close()


# ---- Synchronous HTTP ----------------------------------------------------------


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
    return ffi.buffer(ptr, getattr(lib, length)(interaction._ptr))[:]  # noqa: SLF001


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
    return lib.pactffi_sync_http_get_request_contents_length(_live(interaction))


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
    return lib.pactffi_sync_http_get_response_contents_length(_live(interaction))


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



_UINT_MAX = 0xFFFFFFFF


def _provider_state_at(function: str, owner: Any, cls: type, index: int) -> ProviderState:  # noqa: ANN401
    """The provider state at ``index`` of an interaction object, borrowed from it.

    One implementation for every ``*_get_provider_state`` wrapper.

    Args:
        function: The C getter, e.g. ``pactffi_sync_http_get_provider_state``.
        owner: The interaction object; the state keeps it alive.
        cls: The class ``owner`` must be.
        index: The position of the provider state.

    Returns:
        The provider state, valid while the owner is open and unchanged.

    Raises:
        TypeError: If ``owner`` or ``index`` has the wrong type.
        ValueError: If ``index`` is negative or the owner was closed.
        IndexError: If ``index`` is out of range.
    """
    if not isinstance(owner, cls):
        msg = f"{cls.__name__.lower()} must be a {cls.__name__}, not {type(owner).__name__}"
        raise TypeError(msg)
    ptr = _live(owner)
    if checked_index(index) > _UINT_MAX:
        msg = f"no provider state at index {index}"
        raise IndexError(msg)
    state = getattr(lib, function)(ptr, index)
    if state == NULL:
        msg = f"no provider state at index {index}{error_detail()}"
        raise IndexError(msg)
    return ProviderState(ffi.cast("ProviderState *", state), parent=owner)

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


# ---- Provider states -------------------------------------------------------------


def provider_state_get_name(provider_state: ProviderState) -> str | None:
    """Get the name of the provider state (``pactffi_provider_state_get_name``).

    Args:
        provider_state: The provider state.

    Returns:
        The name.

    Raises:
        ValueError: If the provider state was released.
        RuntimeError: If the name could not be retrieved.
    """
    ptr = lib.pactffi_provider_state_get_name(_live(provider_state))
    if ptr == NULL:
        msg = f"Failed to get the provider state name{error_detail()}"
        raise RuntimeError(msg)
    return str(OwnedString(ptr))


def provider_state_get_param_iter(provider_state: ProviderState) -> ProviderStateParamIterator:
    """Get an iterator over (a copy of) the parameters of a provider state.

    Wraps ``pactffi_provider_state_get_param_iter``.

    Args:
        provider_state: The provider state.

    Returns:
        The iterator.

    Raises:
        ValueError: If the provider state was released.
        RuntimeError: If the iterator could not be created.
    """
    ptr = lib.pactffi_provider_state_get_param_iter(_live(provider_state))
    if ptr == NULL:
        msg = f"Failed to get the provider state parameters{error_detail()}"
        raise RuntimeError(msg)
    return ProviderStateParamIterator(ptr)


def provider_state_param_iter_next(iter: ProviderStateParamIterator) -> ProviderStateParamPair:  # noqa: A002
    """Get the next parameter (``pactffi_provider_state_param_iter_next``).

    Args:
        iter: The iterator.

    Returns:
        The (key, value) pair; the value is JSON text.

    Raises:
        StopIteration: If the iterator has reached the end.
        ValueError: If the iterator was deleted.
    """
    ptr = lib.pactffi_provider_state_param_iter_next(_live(iter))
    if ptr == NULL:
        raise StopIteration
    return ProviderStateParamPair(ptr)


def provider_state_param_iter_delete(iter: ProviderStateParamIterator) -> None:  # noqa: A002
    """Free the iterator (``pactffi_provider_state_param_iter_delete``); again does nothing.

    Args:
        iter: The iterator.
    """
    iter.close()


def provider_state_param_pair_delete(pair: ProviderStateParamPair) -> None:
    """Free a parameter pair (``pactffi_provider_state_param_pair_delete``); again does nothing.

    Args:
        pair: The pair.
    """
    pair.close()


def provider_state_delete(provider_state: ProviderState) -> None:
    """Release a provider state (``pactffi_provider_state_delete``).

    Provider states from getters and iterators are borrowed: the library
    frees them with their parent, so this only detaches the wrapper.

    Args:
        provider_state: The provider state.
    """
    ptr = getattr(provider_state, "_ptr", None)
    if ptr is not None:
        lib.pactffi_provider_state_delete(ptr)
    provider_state.close()


def provider_state_iter_next(iter: ProviderStateIterator) -> ProviderState:  # noqa: A002
    """Get the next provider state (``pactffi_provider_state_iter_next``).

    Args:
        iter: The iterator.

    Returns:
        The provider state, borrowed from (and keeping alive) the iterator.

    Raises:
        StopIteration: If the iterator has reached the end.
        ValueError: If the iterator was deleted.
    """
    ptr = lib.pactffi_provider_state_iter_next(_live(iter))
    if ptr == NULL:
        raise StopIteration
    return ProviderState(ptr, parent=iter)


def provider_state_iter_delete(iter: ProviderStateIterator) -> None:  # noqa: A002
    """Delete the iterator (``pactffi_provider_state_iter_delete``); again does nothing.

    Args:
        iter: The iterator.
    """
    iter.close()


# ---- Matching rules and generators -------------------------------------------------


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


def matching_rules_iter_next(iter: MatchingRuleCategoryIterator) -> MatchingRuleKeyValuePair:  # noqa: A002
    """Get the next path and matching rule (``pactffi_matching_rules_iter_next``).

    Args:
        iter: The iterator.

    Returns:
        The pair, which owns its path and rule.

    Raises:
        StopIteration: If the iterator has reached the end.
        ValueError: If the iterator was deleted.
    """
    ptr = lib.pactffi_matching_rules_iter_next(_live(iter))
    if ptr == NULL:
        raise StopIteration
    return MatchingRuleKeyValuePair(ffi.cast("MatchingRuleKeyValuePair *", ptr))


def matching_rules_iter_delete(iter: MatchingRuleCategoryIterator) -> None:  # noqa: A002
    """Free the iterator (``pactffi_matching_rules_iter_delete``); again does nothing.

    Args:
        iter: The iterator.
    """
    iter.close()


def matching_rules_iter_pair_delete(pair: MatchingRuleKeyValuePair) -> None:
    """Free a (path, rule) pair (``pactffi_matching_rules_iter_pair_delete``); again does nothing.

    Args:
        pair: The pair.
    """
    pair.close()


def matching_rule_to_json(rule: MatchingRule) -> str:
    """Get the JSON form of the matching rule (``pactffi_matching_rule_to_json``).

    Args:
        rule: The matching rule.

    Returns:
        The rule as pact-file JSON text.

    Raises:
        ValueError: If the rule was released.
        RuntimeError: If the JSON could not be produced.
    """
    ptr = lib.pactffi_matching_rule_to_json(_live(rule))
    if ptr == NULL:
        msg = f"Failed to render the matching rule{error_detail()}"
        raise RuntimeError(msg)
    return str(OwnedString(ptr))


def generators_iter_next(iter: GeneratorCategoryIterator) -> GeneratorKeyValuePair:  # noqa: A002
    """Get the next path and generator (``pactffi_generators_iter_next``).

    Args:
        iter: The iterator.

    Returns:
        The pair, which owns its path and generator.

    Raises:
        StopIteration: If the iterator has reached the end.
        ValueError: If the iterator was deleted.
    """
    ptr = lib.pactffi_generators_iter_next(_live(iter))
    if ptr == NULL:
        raise StopIteration
    return GeneratorKeyValuePair(ffi.cast("GeneratorKeyValuePair *", ptr))


def generators_iter_delete(iter: GeneratorCategoryIterator) -> None:  # noqa: A002
    """Free the iterator (``pactffi_generators_iter_delete``); again does nothing.

    Args:
        iter: The iterator.
    """
    iter.close()


def generators_iter_pair_delete(pair: GeneratorKeyValuePair) -> None:
    """Free a (path, generator) pair (``pactffi_generators_iter_pair_delete``); again does nothing.

    Args:
        pair: The pair.
    """
    pair.close()


def generator_to_json(generator: Generator) -> str:
    """Get the JSON form of the generator (``pactffi_generator_to_json``).

    Args:
        generator: The generator.

    Returns:
        The generator as pact-file JSON text.

    Raises:
        ValueError: If the generator was released.
        RuntimeError: If the JSON could not be produced.
    """
    ptr = lib.pactffi_generator_to_json(_live(generator))
    if ptr == NULL:
        msg = f"Failed to render the generator{error_detail()}"
        raise RuntimeError(msg)
    return str(OwnedString(ptr))
