"""kg.extract.amounts: numbers, multipliers and units."""
from __future__ import annotations

import pytest

from kg.extract.amounts import read_amount
from kg.extract.context import Context
from kg.graph.iris import slug


@pytest.fixture(scope="module")
def context(extractor, make_article):
    def make(text: str) -> Context:
        article = make_article(text)
        return Context(article, extractor.annotate(article), extractor.ontology, extractor.normalizer)
    return make


@pytest.mark.parametrize("text, value, unit, rest", [
    ("98 млрд рублей", "98000000000", "RUB", ""),
    ("2,5 тыс. руб. в год", "2500", "RUB", "в год"),
    ("1 миллион 60 тысяч человек", "1060000", "человек", ""),
    ("1 060 тысяч человек", "1060000", "человек", ""),
    ("3 млрд долларов США", "3000000000", "USD", "США"),
    ("780 тысяч квадратных метров жилья", "780000", "квадратный метр", "жилья"),
    ("300 рабочих мест", "300", "рабочее место", ""),
    ("45 процентов", "45", "%", ""),
    ("0,8%", "0.8", "%", ""),
], ids=lambda v: slug(v)[:30])
def test_read_amount(context, text, value, unit, rest):
    """The value in plain decimals, the unit, and where the amount ends."""
    ctx = context(text)
    amount = read_amount(ctx, 0, len(ctx.doc))
    assert (amount.value, amount.unit, ctx.doc[amount.end:].text) == (value, unit, rest)


@pytest.mark.parametrize("text", ["1 500.", "в 2026 году", "рублей 98", "98"], ids=lambda v: slug(v)[:30])
def test_no_amount(context, text):
    ctx = context(text)
    assert read_amount(ctx, 0, len(ctx.doc)) is None
