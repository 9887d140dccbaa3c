"""Lines of a text as ``[start, end)`` spans, so that offsets into the text are kept.

Only ``\\n`` ends a line: texts are newline-normalised, and ``str.splitlines`` would also
split on characters such as U+2028 that may legitimately occur inside a JSONL text.

>>> list(iter_lines("ab\\n\\nc"))
[(0, 2), (3, 3), (4, 5)]
>>> list(iter_lines("ab\\n"))
[(0, 2), (3, 3)]
"""
from __future__ import annotations

from typing import Iterator

__all__ = ["iter_lines"]


def iter_lines(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Yield the span of every line of ``text`` from offset ``start``, newline excluded."""
    while True:
        end = text.find("\n", start)
        if end < 0:
            yield start, len(text)
            return
        yield start, end
        start = end + 1
