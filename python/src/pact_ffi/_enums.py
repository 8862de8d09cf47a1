"""Enums of the C interface, with the values of ``pact.h``."""

from __future__ import annotations

from enum import Enum

from pact_ffi._native import lib

__all__ = [
    "ExpressionValueType",
    "GeneratorCategory",
    "InteractionPart",
    "LevelFilter",
    "MatchingRuleCategory",
    "PactSpecification",
]


class _NamedEnum(Enum):
    """Enums whose str() is the member name and repr() is ``Class.NAME``."""

    def __str__(self) -> str:
        """Informal string representation: the member name."""
        return self.name

    def __repr__(self) -> str:
        """Information-rich string representation: ``Class.NAME``."""
        return f"{type(self).__name__}.{self.name}"


class PactSpecification(_NamedEnum):
    """Pact Specification.

    [Rust `PactSpecification`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/models/pact_specification/enum.PactSpecification.html)
    """

    UNKNOWN = lib.PactSpecification_Unknown
    V1 = lib.PactSpecification_V1
    V1_1 = lib.PactSpecification_V1_1
    V2 = lib.PactSpecification_V2
    V3 = lib.PactSpecification_V3
    V4 = lib.PactSpecification_V4

    @classmethod
    def from_str(cls, version: str) -> PactSpecification:
        """Instantiate a Pact Specification from a string.

        This method is case-insensitive, and allows for the version to be
        specified with or without a leading "V", and with either a dot or an
        underscore as the separator.

        Args:
            version: The version of the Pact Specification.

        Returns:
            The Pact Specification.

        Raises:
            KeyError: If the text names no version.
        """
        name = version.upper().replace(".", "_")
        return cls[name if name.startswith("V") else "V" + name]


class InteractionPart(_NamedEnum):
    """Interaction Part.

    [Rust `InteractionPart`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/mock_server/handles/enum.InteractionPart.html)
    """

    REQUEST = lib.InteractionPart_Request
    RESPONSE = lib.InteractionPart_Response

    def __repr__(self) -> str:
        """Information-rich string representation of the Interaction Part."""
        # The published module spells it this way; clients compare reprs.
        return f"InteractionPath.{self.name}"


class MatchingRuleCategory(_NamedEnum):
    """Matching Rule Category.

    [Rust `MatchingRuleCategory`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/models/matching_rules/enum.MatchingRuleCategory.html)
    """

    METHOD = lib.MatchingRuleCategory_METHOD
    PATH = lib.MatchingRuleCategory_PATH
    HEADER = lib.MatchingRuleCategory_HEADER
    QUERY = lib.MatchingRuleCategory_QUERY
    BODY = lib.MatchingRuleCategory_BODY
    STATUS = lib.MatchingRuleCategory_STATUS
    CONTENTS = lib.MatchingRuleCategory_CONTENTS
    METADATA = lib.MatchingRuleCategory_METADATA


class GeneratorCategory(_NamedEnum):
    """Generator Category.

    [Rust `GeneratorCategory`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/models/generators/enum.GeneratorCategory.html)
    """

    METHOD = lib.GeneratorCategory_METHOD
    PATH = lib.GeneratorCategory_PATH
    HEADER = lib.GeneratorCategory_HEADER
    QUERY = lib.GeneratorCategory_QUERY
    BODY = lib.GeneratorCategory_BODY
    STATUS = lib.GeneratorCategory_STATUS
    METADATA = lib.GeneratorCategory_METADATA


class ExpressionValueType(_NamedEnum):
    """Expression Value Type: the type of a matcher definition's example value.

    [Rust `ExpressionValueType`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/models/expressions/enum.ExpressionValueType.html)
    """

    UNKNOWN = lib.ExpressionValueType_Unknown
    STRING = lib.ExpressionValueType_String
    NUMBER = lib.ExpressionValueType_Number
    INTEGER = lib.ExpressionValueType_Integer
    DECIMAL = lib.ExpressionValueType_Decimal
    BOOLEAN = lib.ExpressionValueType_Boolean


class LevelFilter(_NamedEnum):
    """Level Filter.

    [Rust `LevelFilter`](https://docs.rs/pact_ffi/0.5.12/pact_ffi/log/level_filter/enum.LevelFilter.html)

    The most verbose level a sink (or the log callback) receives; ``OFF``
    receives nothing.
    """

    OFF = lib.LevelFilter_Off
    ERROR = lib.LevelFilter_Error
    WARN = lib.LevelFilter_Warn
    INFO = lib.LevelFilter_Info
    DEBUG = lib.LevelFilter_Debug
    TRACE = lib.LevelFilter_Trace
