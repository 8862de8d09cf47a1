"""Python bindings for the Pact FFI, over pact-ffi-cpp's libpact_ffi.

This module provides a Python interface to the Pact FFI. It is a thin wrapper
around the C API: it converts Python types to C types and back, turns failure
values into exceptions, and frees native memory automatically. It offers the
same names, classes and behaviour as pact-python's ``pact_ffi`` module.

The implementation is split by domain into private modules; each declares
its public names in ``__all__``, and this module re-exports all of them.
"""

from __future__ import annotations

from pact_ffi import (
    _dsl,
    _enums,
    _errors,
    _expressions,
    _generators,
    _handles,
    _library,
    _logging,
    _matching,
    _message_pact,
    _messages,
    _mismatches,
    _mock_server,
    _models,
    _owned,
    _pact,
    _plugins,
    _sync_messages,
    _verifier,
)
from pact_ffi._dsl import *  # noqa: F403
from pact_ffi._enums import *  # noqa: F403
from pact_ffi._errors import *  # noqa: F403
from pact_ffi._expressions import *  # noqa: F403
from pact_ffi._generators import *  # noqa: F403
from pact_ffi._handles import *  # noqa: F403
from pact_ffi._library import *  # noqa: F403
from pact_ffi._logging import *  # noqa: F403
from pact_ffi._matching import *  # noqa: F403
from pact_ffi._message_pact import *  # noqa: F403
from pact_ffi._messages import *  # noqa: F403
from pact_ffi._mismatches import *  # noqa: F403
from pact_ffi._mock_server import *  # noqa: F403
from pact_ffi._models import *  # noqa: F403
from pact_ffi._native import ffi, lib
from pact_ffi._owned import *  # noqa: F403
from pact_ffi._pact import *  # noqa: F403
from pact_ffi._plugins import *  # noqa: F403
from pact_ffi._sync_messages import *  # noqa: F403
from pact_ffi._verifier import *  # noqa: F403

__version__ = "0.5.12"

__all__ = sorted(
    {
        "ffi",
        "lib",
        *_dsl.__all__,
        *_enums.__all__,
        *_errors.__all__,
        *_expressions.__all__,
        *_generators.__all__,
        *_handles.__all__,
        *_library.__all__,
        *_logging.__all__,
        *_matching.__all__,
        *_message_pact.__all__,
        *_messages.__all__,
        *_mismatches.__all__,
        *_mock_server.__all__,
        *_models.__all__,
        *_owned.__all__,
        *_pact.__all__,
        *_plugins.__all__,
        *_sync_messages.__all__,
        *_verifier.__all__,
    }
)
