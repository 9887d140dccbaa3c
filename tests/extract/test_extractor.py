"""kg.extract.extractor: the seed article yields exactly the documented facts; any text is safe."""
from __future__ import annotations

import doctest
import importlib

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.extract import Extraction
from kg.vocab import BODY, EVENT, ID, POST, SPEECH

KALUGA_REGION = str(ID["region/kaluzhskaya-oblast"])
KALUGA = str(ID["city/kaluga"])
DUMA = str(ID["org/gosudarstvennaya-duma-federalnogo-sobraniya-rf"])
MINPROMTORG = str(ID["org/ministerstvo-promyshlennosti-i-torgovli-rf"])
ASSOCIATION = str(ID["org/assotsiatsiya-klasterov-tekhnoparkov-i-oez-rossii"])
CENTRE = "Центр кластерного развития"
SHAPSHA, SKLYAR, SHPILENKO = ("person:Владислав Шапша", "person:Геннадий Скляр",
                              "person:Андрей Шпиленко")
SESSION_TITLE = ("Промышленные кластеры, как инструмент стимулирования промышленного производства "
                 "в регионе")
GROUPS = {"учёные", "руководители более пятидесяти промышленных предприятий Калужской области"}


# -- the seed article -------------------------------------------------------------------
def test_seed_officials_exactly(seed_extraction):
    found = {(o.person, o.post_type, o.post, o.body) for o in seed_extraction.officials}
    assert found == {
        (SHAPSHA, str(POST.governor), "губернатор", KALUGA_REGION),
        (SKLYAR, str(POST.legislator), "депутат", DUMA),
        (SHPILENKO, str(POST.director), "директор", ASSOCIATION),
    }
    assert len(seed_extraction.officials) == 3
    assert all(o.status is None for o in seed_extraction.officials)


def test_seed_official_bodies(seed_extraction):
    bodies = seed_extraction.bodies
    assert bodies[KALUGA_REGION].name == "Калужская область"
    assert bodies[DUMA].name.startswith("Государственная Дума")
    assert bodies[ASSOCIATION].name.startswith("Ассоциация кластеров")


def test_seed_persons(seed_extraction):
    assert set(seed_extraction.persons) == {SHAPSHA, SKLYAR, SHPILENKO, "person:Сергей Лялякин"}


def test_seed_session(seed_extraction):
    events = seed_extraction.events
    session = events[f"event:{SESSION_TITLE}"]
    assert session.title == SESSION_TITLE and session.named
    assert session.event_type == str(EVENT["strategic-session"])
    assert session.place == KALUGA
    assert session.parent is None
    refs = [r for r, _ in session.participants]
    assert refs[:3] == [SHAPSHA, SKLYAR, SHPILENKO]
    assert {seed_extraction.groups[r].label for r in refs[3:]} == GROUPS
    assert len(refs) == 5


def test_seed_seminars_are_part_of_the_session(seed_extraction):
    events = seed_extraction.events
    assert len(events) == 2
    seminars = [e for e in events.values() if e.key != f"event:{SESSION_TITLE}"]
    assert len(seminars) == 1
    seminar = seminars[0]
    assert seminar.event_type == str(EVENT.seminar)
    assert seminar.parent == f"event:{SESSION_TITLE}"
    assert seminar.title.startswith("практические семинары по формированию промышленных кластеров")


def test_seed_groups(seed_extraction):
    assert {g.label for g in seed_extraction.groups.values()} == GROUPS


def test_seed_bodies(seed_extraction):
    bodies = seed_extraction.bodies
    for key in (DUMA, MINPROMTORG, ASSOCIATION, KALUGA_REGION, KALUGA):
        assert key in bodies, list(bodies)
    assert bodies[MINPROMTORG].name.startswith("Министерство промышленности и торговли")
    assert "минпромторг России" in bodies[MINPROMTORG].forms
    centres = [b for b in bodies.values() if b.name == CENTRE]
    assert len(centres) == 1
    assert centres[0].body_type == str(BODY["cluster-development-centre"])
    assert centres[0].kind == "org" and centres[0].key.startswith("org:")


def test_seed_source_and_photo_credit(seed_extraction):
    assert seed_extraction.source is not None
    source = seed_extraction.bodies[seed_extraction.source]
    assert source.name == "Калужские губернские ведомости"
    assert source.body_type == str(BODY.media)
    assert seed_extraction.photo_credit == "person:Сергей Лялякин"
    assert seed_extraction.persons["person:Сергей Лялякин"].family == "Лялякин"
    # the credit is metadata: not an official, not a participant, not a speaker
    assert "person:Сергей Лялякин" not in {o.person for o in seed_extraction.officials}


def test_seed_founding(seed_extraction):
    bodies = seed_extraction.bodies
    assert [(bodies[f.body].name, f.date, f.place) for f in seed_extraction.foundings] == [
        (CENTRE, "2010", KALUGA_REGION)]


def test_seed_figure(seed_extraction):
    assert [(f.about, f.value, f.unit, f.qualifier) for f in seed_extraction.figures] == [
        (KALUGA_REGION, "40", "%", "более")]


def test_seed_statements(seed_extraction):
    by_speaker: dict[str, list] = {}
    for s in seed_extraction.statements:
        by_speaker.setdefault(s.speaker, []).append(s)
    assert set(by_speaker) == {SHAPSHA, SKLYAR, SHPILENKO}
    texts = {(s.speaker, s.speech_act): s.text for s in seed_extraction.statements}
    assert texts[(SHAPSHA, str(SPEECH.note))].startswith(
        "Калужская область прошла большой путь по формированию современной промышленности")
    assert texts[(SKLYAR, str(SPEECH.emphasise))].startswith(
        "минпромторг России и федеральные институты развития получают неизменную поддержку")
    assert texts[(SKLYAR, str(SPEECH["express-hope"]))].startswith(
        "в ближайшем будущем в нашей области будет создан")
    assert texts[(SHPILENKO, str(SPEECH.praise))] == \
        "опыт региона по формированию кластерной экономики"
    assert texts[(SHPILENKO, str(SPEECH.note))].startswith("одна из ключевых задач")


def test_seed_mentions_are_in_the_text(seed_extraction, seed_article):
    text = seed_article.text
    assert seed_extraction.mentions == sorted(set(seed_extraction.mentions))
    for m in seed_extraction.mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end].strip() == text[m.start:m.end]
        assert m.type in {"PER", "ORG", "LOC", "POSITION", "EVENT"}
    per = {(seed_article.text[m.start:m.end], m.ref) for m in seed_extraction.mentions
           if m.type == "PER"}
    assert ("Владислав Шапша", SHAPSHA) in per and ("Андрей Шпиленко", SHPILENKO) in per


def test_seed_metadata_lines_are_not_read_as_text(seed_extraction, seed_article):
    """«Источник: …» and «Источник фото: …» are metadata: no mention lies inside them."""
    for m in seed_extraction.mentions:
        for start, end in seed_article.metadata_spans:
            assert not (start <= m.start < end), seed_article.text[m.start:m.end]


def test_seed_evidence_points_into_the_text(seed_extraction, seed_article):
    text = seed_article.text
    evidence = [o.evidence for o in seed_extraction.officials]
    evidence += [s.evidence for s in seed_extraction.statements]
    evidence += [f.evidence for f in seed_extraction.foundings + seed_extraction.figures]
    evidence += [g.evidence for g in seed_extraction.groups.values()]
    for e in seed_extraction.events.values():
        evidence += e.evidence + [ev for _, ev in e.participants]
    for ev in evidence:
        assert 0 <= ev.sent_start <= ev.start < ev.end <= ev.sent_end <= len(text)
        assert ev.sentence == " ".join(text[ev.sent_start:ev.sent_end].split())


def test_extraction_is_deterministic(extractor, seed_article, seed_extraction):
    again = extractor(seed_article)
    assert again == seed_extraction


def test_extract_with_a_given_doc(extractor, seed_article, seed_extraction):
    doc = extractor.annotate(seed_article)
    assert extractor(seed_article, doc) == seed_extraction


# -- any text ---------------------------------------------------------------------------
ALPHABET = ("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
            "abcXYZ0123456789 \n\t.,;:!?-—–«»„“\"'()%№")
WORDS = ["губернатор", "Губернатор", "Калужской", "области", "Владислав", "Шапша", "Шапшой",
         "депутат", "Государственной", "Думы", "РФ", "отметил", ",", "что", "«", "»", "сессии",
         "приняли", "участие", "в", "ходе", "состоялись", "семинары", "2010", "году", "создан",
         "Центр", "более", "40%", "ОАО", "и", ".", "\n", "—", "учёные", "руководители"]

texts = st.one_of(
    st.text(alphabet=ALPHABET, max_size=200),
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
@example(text="  ")        # whitespace only
@example(text="Губернатор\n\n«»")
def test_any_text_is_extracted_safely(extractor, make_article, text):
    ex = extractor(make_article(text, "p"))
    assert isinstance(ex, Extraction)
    for m in ex.mentions:
        assert 0 <= m.start < m.end <= len(text)
    for o in ex.officials:
        assert 0 <= o.evidence.start <= o.evidence.end <= len(text)


@pytest.mark.parametrize("text", ["", "«»", "...", "40%", "—", "Шапша", "губернатор"],
                         ids=["empty", "quotes", "dots", "percent", "dash", "surname", "post"])
def test_degenerate_texts(extractor, make_article, text):
    ex = extractor(make_article(text, "p"))
    assert ex.officials == [] and ex.statements == []
    for m in ex.mentions:
        assert 0 <= m.start < m.end <= len(text)


# -- the devset (real articles) ---------------------------------------------------------
def test_devset_mentions_and_evidence_are_in_the_text(devset):
    for key, ex in devset.extractions.items():
        text = devset.articles[key].text
        for m in ex.mentions:
            assert 0 <= m.start < m.end <= len(text), (key, m)
        for o in ex.officials:
            ev = o.evidence
            assert 0 <= ev.sent_start <= ev.start < ev.end <= ev.sent_end <= len(text), (key, o)
            assert ev.sentence == " ".join(text[ev.sent_start:ev.sent_end].split()), (key, o)


def test_devset_officials_are_people_of_the_article(devset):
    for key, ex in devset.extractions.items():
        for o in ex.officials:
            assert o.person in ex.persons, (key, o)
            assert o.body is None or o.body in ex.bodies, (key, o)


def test_doctests():
    for name in ("kg.extract.extractor", "kg.extract.people", "kg.extract.model",
                 "kg.extract.officials", "kg.extract.bodies", "kg.extract.events",
                 "kg.extract.statements", "kg.extract.facts", "kg.extract.context"):
        result = doctest.testmod(importlib.import_module(name))
        assert result.failed == 0, name
