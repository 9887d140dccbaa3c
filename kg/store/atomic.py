"""Atomic file writes: write a temporary file beside the target, then rename it over."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from ..errors import Errors, KgError

__all__ = ["atomic_write", "write_text", "write_bytes"]


@contextmanager
def atomic_write(path: Path, mode: str = "w", *, keep_identical: bool = False) -> Iterator[IO]:
    """Open a temporary file for writing; on success it replaces ``path``, on error it is removed.

    ``keep_identical``: when ``path`` already holds exactly the bytes written, it is left
    alone (its date too) and the temporary file removed."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise KgError(Errors.E040, path=str(path), detail=exc.strerror) from exc
    try:
        with os.fdopen(fd, mode, **({"encoding": "utf-8", "newline": "\n"} if "b" not in mode else {})) as handle:
            yield handle
        if keep_identical and _same_bytes(path, Path(tmp)):
            os.unlink(tmp)
            return
        os.chmod(tmp, 0o644)
        try:
            os.replace(tmp, path)
        except OSError as exc:      # e.g. the target is a folder
            raise KgError(Errors.E040, path=str(path), detail=exc.strerror) from exc
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _same_bytes(a: Path, b: Path) -> bool:
    import filecmp
    return a.is_file() and a.stat().st_size == b.stat().st_size and filecmp.cmp(a, b, shallow=False)


def write_text(path: Path, text: str) -> None:
    with atomic_write(path) as handle:
        handle.write(text)


def write_bytes(path: Path, data: bytes) -> None:
    with atomic_write(path, "wb") as handle:
        handle.write(data)
