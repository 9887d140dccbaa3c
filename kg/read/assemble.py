"""Make an :class:`~kg.read.article.Article` from a text and what is known about it.

The readers of files and JSONL records both end here: the title and metadata lines are
found in the text, lines win over the given fields for the source and photo credit
(a line is what the article says; a field may be a dataset tag), and a text with nothing
besides its title and metadata lines is refused (E010).

>>> article = assemble("a", "Заголовок\\n\\nТекст.\\n\\nИсточник: ТАСС", "a.txt")
>>> article.title, article.source, article.metadata_spans
('Заголовок', 'ТАСС', ((19, 33),))
>>> assemble("b", "Заголовок\\nИсточник: ТАСС", "b.txt")
Traceback (most recent call last):
...
kg.errors.KgError: b.txt: [E010] the article has no text after its title and source lines
"""
from __future__ import annotations

from kg.errors import Errors, KgError
from kg.read.article import Article
from kg.read.lines import iter_lines
from kg.read.meta import DATE, PHOTO, SOURCE, MetaLine, find_meta_lines
from kg.read.title import find_title

__all__ = ["assemble"]


def assemble(id: str, text: str, origin: str, *, path: str | None = None,
             line: int | None = None, title: str | None = None, source: str | None = None,
             photo_credit: str | None = None, date: str | None = None, url: str | None = None,
             guess_title: bool = False, markdown: bool = False) -> Article:
    """Make an article, finding its title and metadata lines in ``text``.

    Args:
        id: the article id.
        text: the full text; offsets refer to it.
        origin: where the text was read, for :attr:`Article.origin`.
        path, line: where to point an error (``path`` defaults to ``origin``).
        title: a given title (a JSONL field); otherwise the title line of the text.
        source, photo_credit: given values, used when the text has no such line.
        date, url: given values (the date already normalised); a «Дата: …» line gives the
            date when none is given.
        guess_title: take a title line only if it looks like one (for JSONL texts).
        markdown: the text is Markdown (a title line may start with ``# ``).

    Raises:
        KgError: E010 if the text has nothing besides its title and metadata lines.
    """
    meta = find_meta_lines(text)
    skip = {item.start for item in meta}
    found = find_title(text, skip=skip, guess=guess_title and title is None,
                       markdown=markdown)
    if title is None:
        title = found.text if found else None
    elif found is not None and found.text != title:
        found = None                # the given title is not a line of the text
    if not _has_body(text, skip | ({found.start} if found else set())):
        raise KgError(Errors.E010, path=path if path is not None else origin, line=line)
    return Article(
        id=id, text=text, title=title,
        source=_first(meta, SOURCE) or source,
        photo_credit=_first(meta, PHOTO) or photo_credit,
        date=date or _first(meta, DATE), url=url, origin=origin,
        metadata_spans=tuple((item.start, item.end) for item in meta),
    )


def _first(meta: list[MetaLine], kind: str) -> str | None:
    """The value of the first metadata line of this kind."""
    return next((item.value for item in meta if item.kind == kind), None)


def _has_body(text: str, skip: set[int]) -> bool:
    """Whether a non-blank line of ``text`` starts at none of the ``skip`` offsets."""
    return any(start not in skip and text[start:end].strip()
               for start, end in iter_lines(text))
