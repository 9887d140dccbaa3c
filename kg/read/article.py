"""The article: one news text with its metadata, as read from a file or a JSONL record.

All character offsets in kg refer to :attr:`Article.text`. Metadata lines («Источник:
…», «Фото: …») stay in ``text`` but are blanked out in :attr:`Article.body_text`, which
has the same length, so the NLP stages can run on ``body_text`` and keep the offsets.

>>> article = Article(id="a", text="Заголовок\\n\\nТекст.\\nИсточник: ТАСС", title="Заголовок",
...                   source="ТАСС", origin="a.txt", metadata_spans=((18, 32),))
>>> article.body_text
'Заголовок\\n\\nТекст.\\n              '
>>> len(article.body_text) == len(article.text)
True
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property

__all__ = ["Article"]


@dataclass(frozen=True)
class Article:
    """A news article.

    Attributes:
        id: the JSONL ``id`` (a number becomes its string) or the file name without its
            extension.
        text: the full text exactly as given (newlines normalised for files); every
            offset in kg refers to this string.
        title: the headline, if any; its line stays in ``text`` and ``body_text``.
        source: the publication, from a «Источник: …» line or the JSONL ``source``.
        photo_credit: from a «Источник фото: …», «Фото: …» line.
        date: the publication date as ISO ``YYYY-MM-DD``.
        url: the article's address.
        origin: where it was read: ``seeds/a.txt`` or ``corpus.jsonl:12``.
        metadata_spans: ``[start, end)`` spans of ``text`` holding metadata lines.
    """

    id: str
    text: str = field(repr=False)
    title: str | None = None
    source: str | None = None
    photo_credit: str | None = None
    date: str | None = None
    url: str | None = None
    origin: str = ""
    metadata_spans: tuple[tuple[int, int], ...] = ()

    @cached_property
    def body_text(self) -> str:
        """``text`` with metadata lines replaced by spaces (newlines kept)."""
        chars = list(self.text)
        for start, end in self.metadata_spans:
            for index in range(start, end):
                if chars[index] != "\n":
                    chars[index] = " "
        return "".join(chars)

    @cached_property
    def sha256(self) -> str:
        """A hash of the id, text and metadata (not the origin): changes when they do."""
        content = {
            "id": self.id, "text": self.text, "title": self.title, "source": self.source,
            "photo_credit": self.photo_credit, "date": self.date, "url": self.url,
            "metadata_spans": [list(span) for span in self.metadata_spans],
        }
        data = json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")
        return hashlib.sha256(data).hexdigest()
