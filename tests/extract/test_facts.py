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
