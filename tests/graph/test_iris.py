"""kg.graph.iris: deterministic ASCII IRIs."""
from __future__ import annotations

import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kg.graph.iris
from kg.graph.iris import article_iri, digest, entity_iri, slug
from kg.vocab import ID


@pytest.mark.parametrize("text, expected", [
    ("Владислав Шапша", "vladislav-shapsha"),
    ("Геннадий Скляр", "gennadiy-sklyar"),
    ("Андрей Шпиленко", "andrey-shpilenko"),
    ("Центр кластерного развития «Калуга»", "centr-klasternogo-razvitiya-kaluga"),
    ("Учёные", "uchenye"),
    ("Щёлково-2010", "shchelkovo-2010"),
    ("ОАО «Газпром»", "oao-gazprom"),
    ("Jean-Luc Picard", "jean-luc-picard"),
    ("Émile Zola", "emile-zola"),
], ids=lambda v: slug(v))
def test_slug(text, expected):
    assert slug(text) == expected


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_slug_is_ascii_deterministic_and_short(text):
    result = slug(text)
    assert result == slug(text)
    assert result.isascii() and result
    assert len(result) <= 80
    assert all(c.isalnum() or c == "-" for c in result)
    assert not result.startswith("-") and not result.endswith("-")


def test_long_names_stay_distinct():
    a = "Ассоциация кластеров и технопарков и особых экономических зон России и стран СНГ " * 2
    b = a + "и Монголии"
    assert slug(a) != slug(b)
    assert len(slug(a)) <= 80 and len(slug(b)) <= 80


def test_names_without_letters_get_a_hash():
    assert slug("«»") != slug("—")
    assert slug("«»").startswith("x")


def test_digest():
    assert digest("a", 1) == digest("a", 1)
    assert digest("a", 1) != digest("a1")
    assert len(digest("x")) == 16 and int(digest("x"), 16) >= 0


@pytest.mark.parametrize("key, expected", [
    ("person:Владислав Шапша", ID["person/vladislav-shapsha"]),
    ("org:Центр кластерного развития", ID["org/centr-klasternogo-razvitiya"]),
    ("group:000_3ad05c95d4bf20bc:учёные", ID["group/000-3ad05c95d4bf20bc-uchenye"]),
    ("https://w3id.org/kg-news/id/region/kaluzhskaya-oblast",
     ID["region/kaluzhskaya-oblast"]),
], ids=lambda v: slug(str(v))[-30:])
def test_entity_iri(key, expected):
    assert entity_iri(key) == expected
    assert str(entity_iri(key)).isascii()


def test_group_iris_are_per_article():
    assert entity_iri("group:a1:учёные") != entity_iri("group:a2:учёные")


@pytest.mark.parametrize("article_id, expected", [
    ("000_3ad05c95d4bf20bc", ID["article/000_3ad05c95d4bf20bc"]),
    ("book_58", ID["article/book_58"]),
    ("Новость дня", ID[f"article/novost-dnya-{digest('Новость дня')[:8]}"]),
    ("a b", ID[f"article/a-b-{digest('a b')[:8]}"]),
], ids=lambda v: slug(str(v))[-30:])
def test_article_iri(article_id, expected):
    assert article_iri(article_id) == expected
    assert str(article_iri(article_id)).isascii()


def test_article_iris_of_distinct_ids_differ():
    ids = ["news_1", "news-1", "News_1", "news 1", "новость 1", "Новость 1"]
    assert len({article_iri(i) for i in ids}) == len(ids)


@given(st.text(min_size=1, max_size=60))
@settings(max_examples=100, deadline=None)
def test_iris_are_ascii(text):
    assert str(article_iri(text)).isascii()
    assert str(entity_iri(f"person:{text}")).isascii()


def test_doctests():
    assert doctest.testmod(kg.graph.iris).failed == 0
