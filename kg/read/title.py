"""The headline of a text: its first non-empty line that is not a metadata line.

The title line stays part of the article's text (entities in headlines are annotated in
gold data); :class:`Title` only records which line it is.

In a plain-text file the first line is the title, unless it is longer than a headline
can be (250 characters: then the text has no title and the line is body text):

>>> find_title("В Калуге открыли завод\\nГубернатор ...")
Title(text='В Калуге открыли завод', start=0, end=22)

In a JSONL record without a ``title`` field a line is a title only when it is short and
followed by an empty line (``guess=True``):

>>> find_title("В Калуге открыли завод\\nГубернатор ...", guess=True) is None
True
>>> find_title("В Калуге открыли завод\\n\\nГубернатор ...", guess=True).text
'В Калуге открыли завод'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Collection

from kg.read.lines import iter_lines

__all__ = ["Title", "find_title", "MAX_TITLE"]

#: The longest line taken for a headline.
MAX_TITLE = 250

_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+")


@dataclass(frozen=True)
class Title:
    """A headline: its text (stripped, without markup) and the span of its line."""

    text: str
    start: int
    end: int


def find_title(text: str, *, skip: Collection[int] = (), guess: bool = False,
               markdown: bool = False) -> Title | None:
    """Find the title line of ``text``.

    Args:
        text: the article text.
        skip: start offsets of lines that cannot be the title (metadata lines).
        guess: take the line only if it is followed by an empty line and more text.
        markdown: drop a leading ``# `` (heading markup) from the title.

    Returns:
        The title, or None.

    >>> find_title("# Заголовок\\n\\nТекст", markdown=True)
    Title(text='Заголовок', start=0, end=11)
    """
    lines = [(start, end) for start, end in iter_lines(text)
             if start not in skip and text[start:end].strip()]
    if not lines:
        return None
    start, end = lines[0]
    title = text[start:end].strip()
    if markdown:
        title = _MARKDOWN_HEADING.sub("", title, count=1).strip()
    if not title or len(title) > MAX_TITLE:
        return None
    if guess and (len(lines) == 1 or not _followed_by_empty_line(text, end)):
        return None
    return Title(title, start, end)


def _followed_by_empty_line(text: str, end: int) -> bool:
    """Whether the line ending at ``end`` is followed by a blank line."""
    following = next(iter_lines(text, end + 1), None) if end < len(text) else None
    return following is not None and not text[following[0]:following[1]].strip()
