"""kg.extract.facts: founding dates and stated figures."""
from __future__ import annotations

from kg.vocab import ID

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
