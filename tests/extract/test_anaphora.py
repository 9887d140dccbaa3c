"""kg.extract.anaphora: the official a post phrase with no name of its own stands for."""
from __future__ import annotations

import pytest

from kg.extract.anaphora import referent
from kg.extract.bodies import find_bodies
from kg.extract.context import Context
from kg.extract.officials import find_officials
from kg.extract.people import find_people
from kg.graph.iris import slug


@pytest.fixture(scope="module")
def referents(extractor, make_article):
    """``referents(text)`` → {post phrase text: the person it stands for} of the phrases with
    no name of their own."""
    def run(text: str) -> dict[str, str | None]:
        article = make_article(text)
        ctx = Context(article, extractor.annotate(article), extractor.ontology, extractor.normalizer)
        mentions: list = []
        people = find_people(ctx, mentions)
        bodies = find_bodies(ctx, mentions)
        officials, phrases = find_officials(ctx, people, bodies, mentions)
        return {ctx.doc[p.start:p.body_end or p.end].text: referent(ctx, bodies, p, officials)
                for p in phrases if p.person is None}
    return run


@pytest.mark.parametrize("text, phrase, person", [
    # the same post, named before
    ("Губернатор Калужской области Владислав Шапша открыл завод. Губернатор отметил рост.",
     "Губернатор", "person:Владислав Шапша"),
    # a head word and the region: its kg:headOfPost, the governor
    ("Губернатор Калужской области Владислав Шапша открыл завод. Глава региона отметил рост.",
     "Глава региона", "person:Владислав Шапша"),
    # a head word and a ministry: the minister whose field the ministry's name carries
    ("Министр сельского хозяйства России Дмитрий Патрушев приехал в Калугу. Глава Минсельхоза "
     "осмотрел ферму.", "Глава Минсельхоза", "person:Дмитрий Патрушев"),
    # the last of two officials of the post
    ("Губернатор Тульской области Дмитрий Миляев и губернатор Калужской области Владислав Шапша "
     "подписали соглашение. Губернатор отметил рост.", "Губернатор", "person:Владислав Шапша"),
    # «спикер» heads a legislature (kg:impliedBodyType), whatever its chairman is called
    ("Председатель Смоленской областной Думы Игорь Ляхов открыл сессию. Спикер отметил рост.",
     "Спикер", "person:Игорь Ляхов"),
    # a head word after the head of a body of the kind it implies («ведомство»)
    ("Глава Минпромторга Денис Мантуров выступил. Глава ведомства отметил рост.",
     "Глава ведомства", "person:Денис Мантуров"),
    # the head («глава») of a ministry is its minister
    ("Глава Минпромторга России Антон Алиханов выступил. Министр заверил, что поддержка будет продолжена.",
     "Министр", "person:Антон Алиханов"),
], ids=lambda v: slug(v)[:40] if isinstance(v, str) else None)
def test_referent(referents, text, phrase, person):
    assert referents(text)[phrase] == person


@pytest.mark.parametrize("text, phrase", [
    # named only after the phrase: no referent yet
    ("Губернатор отметил рост. Губернатор Калужской области Владислав Шапша открыл завод.",
     "Губернатор"),
    # a former holder is not the post's holder now
    ("Бывший министр финансов Калужской области Иван Петров приехал. Министр финансов отметил рост.",
     "Министр финансов"),
    # a plural post stands for a group
    ("Губернатор Калужской области Владислав Шапша открыл завод. Губернаторы отметили рост.",
     "Губернаторы"),
    # the head of another body
    ("Губернатор Калужской области Владислав Шапша открыл завод. Глава Минсельхоза осмотрел ферму.",
     "Глава Минсельхоза"),
    # the chairman of a committee, or the head of a company, of no body of the kind implied
    ("Председатель комитета по бюджету Сергей Голубев выступил. Спикер отметил рост.", "Спикер"),
    ("Глава компании «Росатом» Алексей Лихачев выступил. Глава ведомства отметил рост.",
     "Глава ведомства"),
    # the head of a company is no minister
    ("Глава компании «Росатом» Алексей Лихачев выступил. Министр заверил, что поддержка будет продолжена.",
     "Министр"),
], ids=lambda v: slug(v)[:40] if isinstance(v, str) else None)
def test_no_referent(referents, text, phrase):
    found = referents(text)
    assert phrase in found and found[phrase] is None


def test_the_head_of_a_city_is_the_head_of_its_administration(extract):
    """«Глава города» after «глава администрации города Обнинска Татьяна Леонова»: she heads the
    city's executive, so she is the city's head."""
    ex = extract("Жителей поздравила глава администрации города Обнинска Татьяна Леонова. Глава города "
                 "отметила, что Обнинск развивается.")
    assert [s.speaker for s in ex.statements] == ["person:Татьяна Леонова"]


def test_the_head_of_another_territorys_administration_is_not_the_citys_head(extract):
    ex = extract("Жителей поздравила глава администрации Людиновского района Ирина Петрова. Глава города "
                 "отметила, что город развивается.")
    assert ex.statements == []


def test_a_diplomat_after_an_ambassador_is_the_ambassador(extract):
    """«… посол Италии в России Чечилия Пиччони. Дипломат встретилась с губернатором …» (was no
    meeting: «дипломат» was a politician's label, no post related to the ambassador's)."""
    ex = extract("В Калугу прибыл посол Италии в России Чечилия Пиччони. Дипломат встретилась с губернатором "
                 "Владиславом Шапшой.")
    assert [[p for p, _ in e.participants] for e in ex.events.values()] == [
        ["person:Чечилия Пиччони", "person:Владислав Шапша"]]


def test_a_diplomat_with_no_ambassador_before_is_nobody_named(extract):
    ex = extract("Губернатор Владислав Шапша отметил рост. Дипломат встретился с журналистами.")
    assert not any("person:Владислав Шапша" in [p for p, _ in e.participants] for e in ex.events.values())


@pytest.mark.parametrize("text", [
    "Раис Республики Татарстан Рустам Минниханов провел совещание. Глава республики отметил, что рост "
    "составил 5 процентов.",
    "Раис Республики Татарстан Рустам Минниханов провел совещание. Глава региона отметил, что рост составил "
    "5 процентов.",
], ids=lambda v: slug(v)[:40])
def test_the_head_of_a_region_is_its_rais(extract, text):
    """«Глава республики» after «Раис Республики Татарстан» (was nobody: the region's head post is
    «губернатор»; «раис» is a head of a region all the same)."""
    assert [s.speaker for s in extract(text).statements] == ["person:Рустам Минниханов"]


def test_a_vice_governor_is_no_head_of_the_region(extract):
    ex = extract("Вице-губернатор Тульской области Дмитрий Денисов провел совещание. Глава региона отметил, что "
                 "рост составил 5 процентов.")
    assert [s.speaker for s in ex.statements] == []


@pytest.mark.parametrize("text, phrase, person", [
    # the head of another territory, named with no body, is no «глава региона» nor «глава КФХ»
    # (he was)
    ("Губернатор Белгородской области Вячеслав Гладков и глава округа Сергей Клепиков посетили ферму. "
     "Глава региона отметил рост.", "Глава региона", "person:Вячеслав Гладков"),
    ("Глава округа Сергей Клепиков встретил гостей. Глава КФХ рассказал о планах.", "Глава КФХ", None),
    # a post with no body and no territory of its own stands for a phrase that names one
    ("Презентацию провёл создатель социальной сети Марк Цукерберг. Создатель Facebook пояснил, что это не почта.",
     "Создатель Facebook", "person:Марк Цукерберг"),
], ids=lambda v: slug(v)[:40] if isinstance(v, str) else None)
def test_a_head_of_another_territory_is_not_the_one_referred_to(referents, text, phrase, person):
    assert referents(text)[phrase] == person
