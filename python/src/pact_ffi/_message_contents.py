"""Message contents: ``MessageContents``, its metadata iterator and pairs.

Wraps the ``pactffi_message_contents_*`` and ``pactffi_message_metadata_*``
functions of the section "Model: messages and message contents" of pact.h,
and holds the helpers shared by the message modules (``_MessageBase``, the
base of the three message classes, and the argument and body helpers
``_checked``, ``_owned_text``, ``_borrowed_bytes``). Borrowed contents keep
the message that owns their memory alive.
"""

from __future__ import annotations

from collections.abc import Generator as GeneratorType
from typing import Any

from pact_ffi._enums import GeneratorCategory, MatchingRuleCategory
from pact_ffi._errors import error_detail
from pact_ffi._native import NULL, bytes_arg, decode, encode_optional, ffi, lib
from pact_ffi._native_objects import _category, _Iterator, _live, _Native
from pact_ffi._owned import OwnedString
from pact_ffi._rules_and_generators import (
    GeneratorCategoryIterator,
    GeneratorKeyValuePair,
    MatchingRuleCategoryIterator,
    MatchingRuleKeyValuePair,
)

__all__ = [
    "MessageContents",
    "MessageMetadataIterator",
    "MessageMetadataPair",
    "message_contents_delete",
    "message_contents_get_contents_bin",
    "message_contents_get_contents_length",
    "message_contents_get_contents_str",
    "message_contents_get_generators_iter",
    "message_contents_get_matching_rule_iter",
    "message_contents_get_metadata_iter",
    "message_contents_set_contents_bin",
    "message_contents_set_contents_str",
    "message_metadata_iter_delete",
    "message_metadata_iter_next",
    "message_metadata_pair_delete",
]


def _owned_text(ptr: Any) -> str | None:  # noqa: ANN401
    """An owned C string as Python text (freed at once), or None for NULL."""
    if ptr == NULL:
        return None
    return str(OwnedString(ptr))


def _borrowed_bytes(ptr: Any, length: int) -> bytes | None:  # noqa: ANN401
    """A copy of ``length`` borrowed bytes, or None for NULL."""
    if ptr == NULL:
        return None
    return bytes(ffi.buffer(ptr, length))


def _checked(obj: object, cls: type[_Native], name: str) -> Any:  # noqa: ANN401
    """The live pointer of ``obj`` after checking its type."""
    if not isinstance(obj, cls):
        msg = f"{name} must be a {cls.__name__}, not {type(obj).__name__}"
        raise TypeError(msg)
    return _live(obj)


class _MessageBase(_Native):
    """A message object; ``owned=True`` means something else owns it (pact-python)."""

    def __init__(self, ptr: Any, *, owned: bool = False, parent: object = None) -> None:  # noqa: ANN401
        """Initialise the message.

        Args:
            ptr: CFFI data structure.
            owned: Whether the message is owned by something else (then it is
                not freed when this object is closed).
            parent: The object that owns it, kept alive by this one.

        Raises:
            TypeError: If ``ptr`` is not of this class's C struct type.
        """
        super().__init__(ptr, free=not owned, parent=parent)


class MessageContents(_Native):
    """The contents of a message: body, metadata, matching rules, generators."""

    _cname = "MessageContents"
    _free_name = "pactffi_message_contents_delete"

    def __init__(self, ptr: Any, *, owned: bool = True, parent: object = None) -> None:  # noqa: ANN401
        """Initialise a Message Contents.

        Args:
            ptr: CFFI data structure.
            owned: Whether the contents are owned by something else (a
                message); then they are not freed by this object.
            parent: The message that owns them, kept alive by this object.

        Raises:
            TypeError: If ``ptr`` is not a ``struct MessageContents``.
        """
        super().__init__(ptr, free=not owned, parent=parent)

    @property
    def contents(self) -> str | bytes | None:
        """The body: text, else bytes, else None."""
        return message_contents_get_contents_str(self) or message_contents_get_contents_bin(self)

    @property
    def metadata(self) -> GeneratorType[MessageMetadataPair, None, None]:
        """The metadata pairs."""
        yield from message_contents_get_metadata_iter(self)

    def matching_rules(
        self,
        category: MatchingRuleCategory | str,
    ) -> GeneratorType[MatchingRuleKeyValuePair, None, None]:
        """The matching rules of one category."""
        yield from message_contents_get_matching_rule_iter(self, category)

    def generators(
        self,
        category: GeneratorCategory | str,
    ) -> GeneratorType[GeneratorKeyValuePair, None, None]:
        """The generators of one category."""
        yield from message_contents_get_generators_iter(self, category)


class MessageMetadataIterator(_Iterator):
    """Iterator over (a copy of) a message's metadata."""

    _cname = "MessageMetadataIterator"
    _free_name = "pactffi_message_metadata_iter_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new Message Metadata Iterator.

        Raises:
            TypeError: If ``ptr`` is not a ``struct MessageMetadataIterator``.
        """
        super().__init__(ptr, free=True)

    def __next__(self) -> MessageMetadataPair:
        """Get the next metadata pair from the iterator."""
        return message_metadata_iter_next(self)


class MessageMetadataPair(_Native):
    """A metadata key-value pair; owns both strings."""

    _cname = "MessageMetadataPair"
    _free_name = "pactffi_message_metadata_pair_delete"

    def __init__(self, ptr: Any) -> None:  # noqa: ANN401
        """Initialise a new Message Metadata Pair.

        Raises:
            TypeError: If ``ptr`` is not a ``struct MessageMetadataPair``.
        """
        super().__init__(ptr, free=True)

    @property
    def key(self) -> str:
        """Metadata key."""
        return decode(_live(self).key)

    @property
    def value(self) -> str:
        """Metadata value (strings as they are, other JSON as JSON text)."""
        return decode(_live(self).value)


def message_contents_get_contents_str(contents: MessageContents) -> str | None:
    """The body as text; None when missing.

    Wraps ``pactffi_message_contents_get_contents_str``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    return _owned_text(lib.pactffi_message_contents_get_contents_str(_checked(contents, MessageContents, "contents")))


def message_contents_set_contents_str(contents: MessageContents, contents_str: str | None, content_type: str | None) -> None:
    """Set the body from text (None: the JSON null body).

    Wraps ``pactffi_message_contents_set_contents_str``.

    Raises:
        TypeError/RuntimeError: On a wrong argument or a library error.
    """
    lib.pactffi_message_contents_set_contents_str(_checked(contents, MessageContents, "contents"), encode_optional(contents_str, "contents_str"), encode_optional(content_type, "content_type"))


def message_contents_get_contents_length(contents: MessageContents) -> int:
    """The byte length of the body (0 when none).

    Wraps ``pactffi_message_contents_get_contents_length``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    return int(lib.pactffi_message_contents_get_contents_length(_checked(contents, MessageContents, "contents")))


def message_contents_get_contents_bin(contents: MessageContents) -> bytes | None:
    """A copy of the body bytes; None when there are none.

    Wraps ``pactffi_message_contents_get_contents_bin``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    ptr = _checked(contents, MessageContents, "contents")
    return _borrowed_bytes(lib.pactffi_message_contents_get_contents_bin(ptr), lib.pactffi_message_contents_get_contents_length(ptr))


def message_contents_set_contents_bin(contents: MessageContents, contents_bin: bytes | None, content_type: str | None) -> None:
    """Set the body from bytes (None: the JSON null body).

    Wraps ``pactffi_message_contents_set_contents_bin``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    data, length = bytes_arg(contents_bin, "contents")
    lib.pactffi_message_contents_set_contents_bin(_checked(contents, MessageContents, "contents"), data, length, encode_optional(content_type, "content_type"))


def message_contents_delete(contents: MessageContents) -> None:
    """Free message contents you own (same as contents.close()).

    Wraps ``pactffi_message_contents_delete``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    _checked(contents, MessageContents, "contents")
    contents.close()


def message_contents_get_matching_rule_iter(contents: MessageContents, category: MatchingRuleCategory | str) -> MatchingRuleCategoryIterator:
    """An iterator over a copy of one category.

    Wraps ``pactffi_message_contents_get_matching_rule_iter``.

    Raises:
        RuntimeError: If the library reports an error.
    """
    ptr = lib.pactffi_message_contents_get_matching_rule_iter(_checked(contents, MessageContents, "contents"), _category(category, MatchingRuleCategory, "category"))
    if ptr == NULL:
        raise RuntimeError(f"pactffi_message_contents_get_matching_rule_iter failed{error_detail()}")
    return MatchingRuleCategoryIterator(ptr)


def message_contents_get_generators_iter(contents: MessageContents, category: GeneratorCategory | str) -> GeneratorCategoryIterator:
    """An iterator over a copy of one category.

    Wraps ``pactffi_message_contents_get_generators_iter``.

    Raises:
        RuntimeError: If the library reports an error.
    """
    ptr = lib.pactffi_message_contents_get_generators_iter(_checked(contents, MessageContents, "contents"), _category(category, GeneratorCategory, "category"))
    if ptr == NULL:
        raise RuntimeError(f"pactffi_message_contents_get_generators_iter failed{error_detail()}")
    return GeneratorCategoryIterator(ptr)


def message_contents_get_metadata_iter(contents: MessageContents) -> MessageMetadataIterator:
    """An iterator over a copy of the metadata.

    Wraps ``pactffi_message_contents_get_metadata_iter``.

    Raises:
        RuntimeError: If the library reports an error.
    """
    ptr = lib.pactffi_message_contents_get_metadata_iter(_checked(contents, MessageContents, "contents"))
    if ptr == NULL:
        raise RuntimeError(f"pactffi_message_contents_get_metadata_iter failed{error_detail()}")
    return MessageMetadataIterator(ptr)


def message_metadata_iter_next(iter: MessageMetadataIterator) -> MessageMetadataPair:
    """The next metadata pair.

    Wraps ``pactffi_message_metadata_iter_next``.

    Raises:
        StopIteration: At the end.
    """
    ptr = lib.pactffi_message_metadata_iter_next(_checked(iter, MessageMetadataIterator, "iter"))
    if ptr == NULL:
        raise StopIteration
    return MessageMetadataPair(ptr)


def message_metadata_iter_delete(iter: MessageMetadataIterator) -> None:
    """Free a metadata iterator (same as iter.close()).

    Wraps ``pactffi_message_metadata_iter_delete``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    _checked(iter, MessageMetadataIterator, "iter")
    iter.close()


def message_metadata_pair_delete(pair: MessageMetadataPair) -> None:
    """Free a metadata pair (same as pair.close()).

    Wraps ``pactffi_message_metadata_pair_delete``.

    Raises:
        TypeError: If an argument has the wrong type.
    """
    _checked(pair, MessageMetadataPair, "pair")
    pair.close()
