"""All articles of the inputs a user names: files and folders, in a fixed order.

Each input is a ``.txt``/``.md`` file (one article), a ``.jsonl`` file (one article per
line) or a folder, read recursively in the order of the sorted relative paths, taking
``.txt``, ``.md`` and ``.jsonl`` files and skipping hidden files and folders (and, in a
folder, files of other kinds). Inputs are read in the order given.

Nothing is raised: a problem is yielded as a :class:`KgError` in its place, and the
caller decides (one bad input of one: fail; one of a corpus: warn and go on). Names in
origins and errors are the input as the user gave it, joined with the path inside a
folder: ``seeds/000.txt``, ``corpus.jsonl:12``.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Заголовок\\n\\nТекст статьи.", encoding="utf-8")
>>> [article.title for article in iter_articles([folder])]
['Заголовок']
>>> print(next(iter_articles([folder / "missing.txt"])))  # doctest: +ELLIPSIS
/.../missing.txt: [E004] no such file or folder
>>> import shutil; shutil.rmtree(folder)
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator, Sequence

from kg.errors import Errors, KgError
from kg.read.article import Article
from kg.read.jsonl import JSONL_SUFFIXES, iter_jsonl
from kg.read.plaintext import TEXT_SUFFIXES, read_text_file

__all__ = ["iter_articles", "SUFFIXES"]

#: Suffixes of the files read as input.
SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES


def iter_articles(inputs: Sequence[str | Path]) -> Iterator[Article | KgError]:
    """Yield every article of the inputs, or a :class:`KgError` in place of a bad one.

    Errors: E004 (no such input), E008 (an input of another kind), E011 (an article id
    already read), and those of :func:`read_text_file` and :func:`iter_jsonl`.
    """
    seen: dict[str, str] = {}
    for given in inputs:
        for display, item in _read_input(given):
            if isinstance(item, Article):
                if item.id in seen:
                    path, line = _location(item, display)
                    yield KgError(Errors.E011, path=path, line=line, other=seen[item.id],
                                  detail=f"id {item.id!r}")
                    continue
                seen[item.id] = item.origin
            yield item


def _read_input(given: str | Path) -> Iterator[tuple[str, Article | KgError]]:
    """Read one input; yield ``(file name, article or error)``."""
    path = Path(given)
    display = str(given)
    if path.is_dir():
        for relative, problem in _folder_files(path):
            name = _join(display, relative)
            if problem is None:
                yield from _read_file(path / relative, name)
            else:
                yield name, KgError(Errors.E009, path=name, detail=problem)
    elif not display or not path.exists():
        yield display, KgError(Errors.E004, path=display)
    elif path.suffix.lower() not in SUFFIXES:
        yield display, KgError(Errors.E008, path=display)
    else:
        yield from _read_file(path, display)


def _read_file(path: Path, display: str) -> Iterator[tuple[str, Article | KgError]]:
    """Read a ``.txt``, ``.md`` or ``.jsonl`` file; a raised error is yielded."""
    try:
        if path.suffix.lower() in JSONL_SUFFIXES:
            for item in iter_jsonl(path, display):
                yield display, item
        else:
            yield display, read_text_file(path, display)
    except KgError as error:
        yield display, error


def _folder_files(folder: Path) -> list[tuple[Path, str | None]]:
    """The input files under ``folder``: relative paths, sorted, hidden ones skipped.

    Each comes with None, or the reason why it (a subfolder) cannot be listed.
    """
    found: list[tuple[Path, str | None]] = []

    def unreadable(error: OSError) -> None:
        where = Path(error.filename or folder).relative_to(folder)
        found.append((where, error.strerror or str(error)))

    for root, folders, names in os.walk(folder, onerror=unreadable):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in names:
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                found.append((Path(root, name).relative_to(folder), None))
    return sorted(found, key=lambda item: item[0].parts)


def _join(display: str, relative: Path) -> str:
    """The name of a folder's file: the folder as given, joined with the relative path."""
    return display if relative == Path(".") else os.path.join(display, relative.as_posix())


def _location(article: Article, display: str) -> tuple[str, int | None]:
    """The file and line an article was read from (its origin is ``file`` or ``file:line``)."""
    line = article.origin[len(display) + 1:]
    return display, int(line) if line.isdigit() else None
