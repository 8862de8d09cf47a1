"""The ``pact-verifier`` console script: runs the command line bundled with the package."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

__all__ = ["main", "verifier_executable"]


def verifier_executable() -> Path:
    """The path of the ``pact-verifier`` executable installed with this package.

    Returns:
        ``bin/pact-verifier`` inside the package directory.
    """
    # Not resolved: in the build tree the sources are symlinks, the binary sits beside them.
    return Path(__file__).absolute().parent / "bin" / "pact-verifier"


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Replace this process with the bundled ``pact-verifier``.

    The executable gets the arguments unchanged and its exit code becomes the
    process's: 0 verified, 1 verification failed, 2 an error or bad
    arguments, 3 a malformed ``--header``.

    Args:
        argv: The arguments after the program name; ``sys.argv[1:]`` when
            omitted.

    Returns:
        Never: on success the process image is replaced.

    Raises:
        FileNotFoundError: The package was installed without the executable.
        OSError: The executable could not be started.
    """
    executable = verifier_executable()
    if not executable.is_file():
        msg = f"pact-verifier is not installed with this package (expected {executable})"
        raise FileNotFoundError(msg)
    arguments = list(sys.argv[1:] if argv is None else argv)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(executable, [str(executable), *arguments])  # noqa: S606 - the bundled binary, by absolute path


if __name__ == "__main__":
    main()
