"""Amounts written in words and digits: «98 млрд рублей», «2,5 тыс. руб.», «1 миллион 60 тысяч
человек», «3 млрд долларов», «780 тысяч квадратных метров», «45 процентов».

An amount is a number (a decimal comma, thousands apart by spaces: «1 060»), each followed
by a multiplier word or not, summed («1 миллион 60 тысяч»), then its unit: a currency as its
ISO 4217 code, a percentage as «%», else the unit's words in the nominative singular
(«человек», «квадратный метр», «рабочее место»).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .context import Context

__all__ = ["Amount", "read_amount"]

_MULTIPLIERS = {"тысяча": 10 ** 3, "тыс": 10 ** 3, "миллион": 10 ** 6, "млн": 10 ** 6,
                "миллиард": 10 ** 9, "млрд": 10 ** 9, "триллион": 10 ** 12, "трлн": 10 ** 12}
_CURRENCIES = {"рубль": "RUB", "руб": "RUB", "р": "RUB", "доллар": "USD", "евро": "EUR", "юань": "CNY"}
_PERCENT = {"процент", "%"}


@dataclass(frozen=True)
class Amount:
    """A value in its unit and the token after the amount's last."""

    value: str      # a plain decimal: "98000000000", "2.5"
    unit: str       # "RUB", "%", "человек"
    end: int


def read_amount(ctx: Context, k: int, stop: int) -> Amount | None:
    """The amount whose first number is token ``k`` (before ``stop``), or None when there is
    no number there or no unit after it."""
    doc = ctx.doc
    total, seen = Decimal(0), False
    while k < stop and _number(doc[k].text) is not None:
        number = _number(doc[k].text)
        k += 1
        while k < stop and doc[k].text.isdigit() and len(doc[k].text) == 3 and number < 1000 \
                and doc[k - 1].whitespace_:
            number = number * 1000 + int(doc[k].text)     # «1 060»: a thousands group
            k += 1
        multiplier = _MULTIPLIERS.get(ctx.norms[k]) if k < stop else None
        if multiplier is not None:
            number *= multiplier
            k += 1
            if k < stop and doc[k].text == "." and ctx.norms[k - 1] in ("тыс", "млн", "млрд", "трлн"):
                k += 1
        total += number
        seen = True
        if multiplier is None:
            break
    if not seen or k >= stop:
        return None
    unit, end = _unit(ctx, k, stop)
    if unit is None:
        return None
    value = format(total.normalize(), "f")
    return Amount(value, unit, end)


def _number(text: str) -> Decimal | None:
    if not text[:1].isdigit():
        return None
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def _unit(ctx: Context, k: int, stop: int) -> tuple[str | None, int]:
    """The unit at token ``k``: a currency's code, «%», or an adjective or none and a noun,
    in the nominative singular; and the token after it."""
    doc = ctx.doc
    norm = ctx.norms[k]
    if norm in _CURRENCIES or doc[k].text in _PERCENT or norm in _PERCENT:
        end = k + 1
        if end < stop and doc[end].text == "." and norm in ("руб", "р"):
            end += 1
        return (_CURRENCIES.get(norm) or "%"), end
    adjective = doc[k] if doc[k].pos_ == "ADJ" and k + 1 < stop else None
    noun = doc[k + 1] if adjective is not None else doc[k]
    if noun.pos_ != "NOUN" or not noun.text.isalpha():
        return None, k
    lemma = ctx.normalizer.lemma(noun.text)
    unit = ctx.normalizer.with_noun(adjective.text, lemma).lower() if adjective is not None else lemma
    return unit, noun.i + 1
