"""One JSONL record (a JSON object on one line) as an article.

Fields: ``id`` (string or integer, required), ``text`` (required, kept exactly as
given: gold offsets refer to it), and optional ``title``, ``source``, ``photo_credit``,
``date`` (ISO or ``DD.MM.YYYY``; an invalid date is dropped) and ``url``. Other fields
(gold annotations, say) are ignored.

>>> article = parse_record('{"id": 7, "text": "Заголовок\\\\n\\\\nТекст.", "date": "05.03.2021"}',
...                        3, "c.jsonl")
>>> article.id, article.title, article.date, article.origin
('7', 'Заголовок', '2021-03-05', 'c.jsonl:3')
>>> print(parse_record('{"id": 7}', 4, "c.jsonl"))
c.jsonl:4: [E006] a JSONL record needs a non-empty string 'text'
"""
from __future__ import annotations

import json
import math

from kg.errors import Errors, KgError
from kg.read.article import Article
from kg.read.assemble import assemble
from kg.read.dates import normalise_date

__all__ = ["parse_record"]


def parse_record(line: str, number: int, display: str) -> Article | KgError:
    """Parse line ``number`` of the JSONL file ``display``: an article or the error.

    Errors: E005 (not a JSON object), E007 (no id), E006 (no text), E010 (no body text).
    """
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return KgError(Errors.E005, path=display, line=number,
                       detail=f"{error.msg} (column {error.colno})")
    except (ValueError, RecursionError) as error:
        return KgError(Errors.E005, path=display, line=number, detail=str(error))
    if not isinstance(record, dict):
        return KgError(Errors.E005, path=display, line=number,
                       detail=f"got a JSON {_json_type(record)}")
    id = _record_id(record.get("id"))
    if id is None:
        return KgError(Errors.E007, path=display, line=number)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return KgError(Errors.E006, path=display, line=number)
    try:
        return assemble(
            id, text, f"{display}:{number}", path=display, line=number,
            title=_string(record.get("title")), source=_string(record.get("source")),
            photo_credit=_string(record.get("photo_credit")),
            date=normalise_date(record.get("date")), url=_string(record.get("url")),
            guess_title=True,
        )
    except KgError as error:
        return error


def _record_id(value: object) -> str | None:
    """The id as a string: a non-empty string, or a number (``7`` and ``7.0`` give '7')."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return str(int(value)) if value.is_integer() else str(value)
    return _string(value)


def _string(value: object) -> str | None:
    """A stripped non-empty string, else None."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _json_type(value: object) -> str:
    """The JSON name of a parsed value's type."""
    names = {list: "array", str: "string", int: "number", float: "number",
             bool: "boolean", type(None): "null"}
    return names.get(type(value), type(value).__name__)
