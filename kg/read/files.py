"""Open and read input files, turning OS errors into :class:`~kg.errors.KgError`.

>>> read_bytes(Path("no/such/file.txt"), "file.txt")
Traceback (most recent call last):
...
kg.errors.KgError: file.txt: [E004] no such file or folder
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

from kg.errors import Errors, KgError

__all__ = ["read_bytes", "open_binary"]


def read_bytes(path: Path, display: str) -> bytes:
    """Read a whole file (E004 if it does not exist, E009 if it cannot be read)."""
    with open_binary(path, display) as file:
        try:
            return file.read()
        except OSError as error:
            raise _cannot_read(error, display) from None


@contextmanager
def open_binary(path: Path, display: str) -> Iterator[BinaryIO]:
    """Open a file for reading bytes (E004 if it does not exist, E009 if it cannot)."""
    try:
        file = open(path, "rb")
    except FileNotFoundError:
        raise KgError(Errors.E004, path=display) from None
    except OSError as error:
        raise _cannot_read(error, display) from None
    with file:
        yield file


def _cannot_read(error: OSError, display: str) -> KgError:
    return KgError(Errors.E009, path=display, detail=error.strerror or str(error))
