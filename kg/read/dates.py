"""Publication dates: ISO (``2021-03-05``, also with a time), Russian ``05.03.2021`` or
``5 марта 2021`` (``года``, ``г.`` and a time may follow).

>>> normalise_date("05.03.2021")
'2021-03-05'
>>> normalise_date("2021-03-05T10:30:00+03:00")
'2021-03-05'
>>> normalise_date("5 марта 2021 года, 10:30")
'2021-03-05'
>>> normalise_date("31.02.2021") is None
True
"""
from __future__ import annotations

import re
from datetime import date

__all__ = ["normalise_date"]

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?")
_RUSSIAN = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s.*)?")
_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря")
_WORDS = re.compile(r"(\d{1,2})\s+(" + "|".join(_MONTHS) + r")\s+(\d{4})(?:\s*(?:года|г\.))?(?:[\s,]+\d{1,2}:\d{2}(?::\d{2})?)?",
                    re.IGNORECASE)


def normalise_date(value: object) -> str | None:
    """Return the date as ``YYYY-MM-DD``, or None if ``value`` is not a valid date."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if match := _ISO.fullmatch(value):
        year, month, day = match.groups()
    elif match := _RUSSIAN.fullmatch(value):
        day, month, year = match.groups()
    elif match := _WORDS.fullmatch(value):
        day, month, year = match.group(1), str(_MONTHS.index(match.group(2).lower()) + 1), match.group(3)
    else:
        return None
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None
