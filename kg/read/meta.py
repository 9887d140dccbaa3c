"""Metadata lines: «Источник: …» (the publication), photo credits («Фото: …») and the date.

Such lines are not body text: the NLP stages must not find a person in «Источник фото:
Сергей Лялякин» who took part in the story. A metadata line starts (after optional
spaces) with a label, case-insensitively:

* source: «Источник:» (with a colon: «Источник — близкий к следствию — …» is a sentence);
* date: «Дата:», «Дата публикации:», «Опубликовано:» and a date
  (:func:`kg.read.dates.normalise_date`; the value is the ISO date);
* photo: «Источник фото:», «Автор фото:», «Фотография:», «Фото:», «Фото -» (a dash
  with a space on one side), and «Фото пресс-службы: …» (a short phrase, then a colon).

The value is the rest of the line without trailing punctuation; a line whose value is
empty or longer than 200 characters is not a metadata line.

>>> parse_meta_line("Источник: Калужские губернские ведомости")
('source', 'Калужские губернские ведомости')
>>> parse_meta_line("  источник фото: Сергей Лялякин.")
('photo', 'Сергей Лялякин')
>>> parse_meta_line("Фото — Андрей Иванов")
('photo', 'Андрей Иванов')
>>> parse_meta_line("Фото пресс-службы губернатора:")
('photo', 'пресс-службы губернатора')
>>> parse_meta_line("Дата публикации: 14 марта 2024 года")
('date', '2024-03-14')
>>> parse_meta_line("Дата: вчера") is None
True
>>> parse_meta_line("Фото-отчёт о форуме") is None
True
>>> parse_meta_line("Источник — близкий к следствию — сообщил об этом.") is None
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.read.dates import normalise_date
from kg.read.lines import iter_lines

__all__ = ["MetaLine", "parse_meta_line", "find_meta_lines", "SOURCE", "PHOTO", "DATE"]

SOURCE = "source"
PHOTO = "photo"
DATE = "date"

_MAX_VALUE = 200            # a longer «value» is a sentence of the body
_PHOTO = re.compile(r"\s*(?:источник\s+фото|автор\s+фото|фотография|фото)"
                    r"(?:\s*:|\s*[-–—]\s|\s+[-–—])(?P<value>.*)", re.IGNORECASE)
_SOURCE = re.compile(r"\s*источник\s*:(?P<value>.*)", re.IGNORECASE)
_DATE = re.compile(r"\s*(?:дата(?:\s+публикации)?|опубликовано)\s*:(?P<value>.*)", re.IGNORECASE)
_PHRASED = re.compile(r"\s*фото\s+(?P<phrase>[^:.!?]{1,60}?)\s*:\s*(?P<value>.*)", re.IGNORECASE)
_TRAILING = " \t\xa0.,;:"


@dataclass(frozen=True)
class MetaLine:
    """A metadata line of a text: its kind (``source`` or ``photo``), value and span.

    ``start`` and ``end`` delimit the whole line, without its newline.
    """

    kind: str
    value: str
    start: int
    end: int


def parse_meta_line(line: str) -> tuple[str, str] | None:
    """Return ``(kind, value)`` if ``line`` (one line, no newline) is a metadata line."""
    dated = _DATE.fullmatch(line)
    if dated:
        day = normalise_date(dated.group("value").strip().rstrip("."))
        return (DATE, day) if day else None
    for kind, pattern in ((PHOTO, _PHOTO), (SOURCE, _SOURCE)):
        match = pattern.fullmatch(line)
        if match:
            value = _clean(match.group("value"))
            break
    else:
        match = _PHRASED.fullmatch(line)
        if not match:
            return None
        kind = PHOTO
        value = _clean(match.group("value")) or _clean(match.group("phrase"))
    if not value or len(value) > _MAX_VALUE or not any(c.isalnum() for c in value):
        return None
    return kind, value


def find_meta_lines(text: str) -> list[MetaLine]:
    """Find all metadata lines of ``text``, in order.

    >>> text = "Заголовок\\n\\nТекст.\\n\\nИсточник: ТАСС\\nФото: РИА"
    >>> [(m.kind, m.value, text[m.start:m.end]) for m in find_meta_lines(text)]
    [('source', 'ТАСС', 'Источник: ТАСС'), ('photo', 'РИА', 'Фото: РИА')]
    """
    found = []
    for start, end in iter_lines(text):
        parsed = parse_meta_line(text[start:end])
        if parsed:
            found.append(MetaLine(parsed[0], parsed[1], start, end))
    return found


def _clean(value: str) -> str:
    """Strip spaces and trailing punctuation."""
    return value.strip().rstrip(_TRAILING).strip()
