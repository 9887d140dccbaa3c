"""kg.extract.facts: founding dates and stated figures."""
from __future__ import annotations

import pytest

from kg.vocab import ID, KG

KALUGA_REGION = str(ID["region/kaluzhskaya-oblast"])
CENTRE = "Центр кластерного развития"


def foundings(ex):
    """(body name, date, place) of every founding."""
    return [(ex.bodies[f.body].name, f.date, f.place) for f in ex.foundings]


def test_founding_with_year_and_region(extract):
    text = "Ещё в 2010 году в Калужской области был создан Центр кластерного развития."
    ex = extract(text)
    assert foundings(ex) == [(CENTRE, "2010", KALUGA_REGION)]
    ev = ex.foundings[0].evidence
    assert ev.sentence == text


def test_founding_place_from_a_generic_region(extract):
    text = ("Калужская область прошла большой путь. Ещё в 2010 году в регионе был создан "
            "Центр кластерного развития.")
    ex = extract(text)
    assert foundings(ex) == [(CENTRE, "2010", KALUGA_REGION)]


def test_founding_year_written_as_g(extract):
    ex = extract("Центр кластерного развития был основан в 2012 г. в Калуге.")
    assert [(name, date) for name, date, _ in foundings(ex)] == [(CENTRE, "2012")]


def test_no_founding_without_a_year_or_a_verb(extract):
    assert extract("В регионе был создан Центр кластерного развития.").foundings == []
    assert extract("В 2010 году Центр кластерного развития работал в Калуге.").foundings == []


def test_figure_with_percent(extract):
    text = ("Калужская область прошла большой путь. Более 40% валового регионального продукта "
            "занимает промышленность.")
    ex = extract(text)
    assert len(ex.figures) == 1
    figure = ex.figures[0]
    assert (figure.about, figure.value, figure.unit, figure.qualifier) == (
        KALUGA_REGION, "40", "%", "более")
    assert figure.measure in ("валовой региональный продукт", "валовый региональный продукт")
    ev = figure.evidence
    assert text[ev.start:ev.end].startswith("Более 40%")


def test_figure_measure_stops_before_the_region(extract):
    """«40% валового регионального продукта Калужской области»: the measure is the product,
    the region is what the figure is about."""
    ex = extract("Более 40% валового регионального продукта Калужской области занимает "
                 "промышленность.")
    assert [(f.about, f.value) for f in ex.figures] == [(KALUGA_REGION, "40")]
    assert ex.figures[0].measure in ("валовой региональный продукт", "валовый региональный продукт")


def test_figure_decimal_and_word_percent(extract):
    ex = extract("В Калужской области около 12,5 процента населения заняты в промышленности.")
    assert [(f.value, f.unit, f.qualifier) for f in ex.figures] == [("12.5", "%", "около")]


def test_no_figure_without_a_measure_or_an_about(extract):
    assert extract("Рост составил 40%.").figures == []


@pytest.mark.parametrize("text, value, measure, change, qualifier", [
    ("По итогам девяти месяцев объём промышленного производства в Калужской области вырос на 4,5 "
     "процента.", "4.5", "объём промышленного производства", KG.increase, None),
    ("Число безработных в Калужской области сократилось почти на 10%.", "10", "число безработных",
     KG.decrease, "почти"),
    # the subject opens the clause; a noun after a preposition is none
    ("По прогнозу, в текущем году цены на продовольствие в Калужской области в среднем вырастут на 11%.",
     "11", "цены", KG.increase, None),
    # «до»: the level it came to, no change
    ("Уровень безработицы в Калужской области снизился до 0,7 процента.", "0.7", "уровень безработицы",
     None, None),
], ids=lambda v: v[:30] if isinstance(v, str) else None)
def test_a_change_of_a_figure(extract, text, value, measure, change, qualifier):
    """«вырос на 4,5 процента»: a figure of what the verb's subject measures, and how it changed
    (was no figure: a percentage with no genitive after it)."""
    ex = extract(text)
    assert [(f.about, f.value, f.measure.replace("ё", "е"), f.change, f.qualifier) for f in ex.figures] == [
        (KALUGA_REGION, value, measure.replace("ё", "е"), str(change) if change else None, qualifier)]


@pytest.mark.parametrize("text", [
    "Губернатор Калужской области вырос в Калуге.",                 # no percentage
    "В Калужской области 15 процентов.",                            # no verb of change, no measure
    "Калужская область поднялась в рейтинге на 5 позиций.",        # not a percentage
    # devset book_127: the body is the forecast's source, not what the change is of
    "В соответствии с прогнозом ФАО, в текущем году цены на импорт продовольствия в глобальном "
    "масштабе вырастут на 11%.",
], ids=lambda v: v[:30])
def test_no_change_figure(extract, text):
    assert extract(text).figures == []


@pytest.mark.parametrize("text, about, value, unit, measure, change, qualifier", [
    ("Объем инвестиций в основной капитал в Калужской области за девять месяцев составил 98 млрд рублей.",
     KALUGA_REGION, "98000000000", "RUB", "объем инвестиций", None, None),
    ("Экспорт продукции предприятий Калужской области превысил 3 млрд долларов.",
     KALUGA_REGION, "3000000000", "USD", "экспорт продукции предприятий", None, "более"),
    ("Средняя заработная плата в Калужской области достигла 72 тысяч рублей.",
     KALUGA_REGION, "72000", "RUB", "средняя заработная плата", None, None),
    ("В Калужской области оборот розничной торговли вырос на 12 млрд рублей.",
     KALUGA_REGION, "12000000000", "RUB", "оборот розничной торговли", KG.increase, None),
    ("Бюджет Калужской области в 2026 году составил 85,4 млрд руб.",
     KALUGA_REGION, "85400000000", "RUB", "бюджет", None, None),
    ("Губернатор Калужской области подвел итоги года. По его словам, население области на 1 января составило "
     "1 миллион 60 тысяч человек.", KALUGA_REGION, "1060000", "человек", "население", None, None),
    ("Выручка компании «Ниагара» в прошлом году составила 5 млрд рублей.",
     "org:компания ниагара", "5000000000", "RUB", "выручка", None, None),
    # devset book_297: a percentage after a verb of level
    ("Таким образом, доля компании «Ниагара» в Калужской области достигла 10%.",
     "org:компания ниагара", "10", "%", "доля", None, None),
    # devset book_618: a participle among the subject's genitives
    ("Число арестованных участников беспорядков в Лондоне достигло 225 человек.",
     str(ID["city/london"]), "225", "человек", "число арестованных участников беспорядков", None, None),
], ids=lambda v: v[:30] if isinstance(v, str) else None)
def test_an_amount_in_units(extract, text, about, value, unit, measure, change, qualifier):
    """«составил 98 млрд рублей»: a figure in units of what the verb's subject measures (was
    none: only percentages were figures)."""
    ex = extract(text)
    assert [(f.about, f.value, f.unit, f.measure, f.change, f.qualifier) for f in ex.figures] == [
        (about, value, unit, measure, str(change) if change else None, qualifier)]


@pytest.mark.parametrize("text", [
    "Стоимость проекта составит около 1,5 млрд рублей.",        # about nothing named
    "Количество обращений в Калужской области сократилось до 1 500.",   # no unit
    "Губернатор Калужской области составил 98 млрд рублей.",    # no subject but a body
    "Калужская область заняла третье место в рейтинге.",
], ids=lambda v: v[:30])
def test_no_amount(extract, text):
    assert extract(text).figures == []


def test_a_change_and_a_level_in_one_sentence(extract):
    ex = extract("В Калужской области объем жилищного строительства сократился на 5 процентов и составил "
                 "780 тысяч квадратных метров.")
    assert [(f.value, f.unit, f.change) for f in ex.figures] == [
        ("5", "%", str(KG.decrease)), ("780000", "квадратный метр", None)]


@pytest.mark.parametrize("text", [
    # the body named in the sentence before, by its type's word or a pronoun (was no founding)
    "Компания «Ярдизель» открыла завод в Ярославле. Компания основана в 2012 году.",
    "Компания «Ярдизель» открыла завод в Ярославле. Она была основана в 2012 году.",
], ids=["by-its-type", "by-a-pronoun"])
def test_a_founding_of_the_body_named_before(extract, text):
    assert [(f.body, f.date) for f in extract(text).foundings] == [("org:компания ярдизель", "2012")]


def test_a_founding_of_no_body_named_before(extract):
    assert not extract("Губернатор посетил Ярославль. Она была основана в 2012 году.").foundings
