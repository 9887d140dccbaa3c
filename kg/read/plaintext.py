"""Read one article from a ``.txt`` or ``.md`` file.

The file name without its extension is the article id; the first line is the title (in
Markdown without its ``# ``); «Источник: …» and «Фото: …» lines are metadata. Offsets
refer to the decoded, newline-normalised text (see :func:`~kg.read.decode.decode`).
"""
from __future__ import annotations

from pathlib import Path

from kg.read.article import Article
from kg.read.assemble import assemble
from kg.read.decode import decode
from kg.read.files import read_bytes

__all__ = ["read_text_file", "TEXT_SUFFIXES"]

#: Suffixes of files holding one article each.
TEXT_SUFFIXES = (".txt", ".md")


def read_text_file(path: Path, display: str | None = None) -> Article:
    """Read a text file as one article.

    Args:
        path: the file.
        display: the file name for :attr:`Article.origin` and errors (default: ``path``).

    Raises:
        KgError: E004 (no such file), E009 (cannot read), E001-E003 (not decodable
            text, see :func:`~kg.read.decode.decode`), E010 (no body text).
    """
    path = Path(path)
    display = str(path) if display is None else display
    data = read_bytes(path, display)
    text = decode(data, display)
    return assemble(path.stem, text, display, markdown=path.suffix.lower() == ".md")

