"""kg.nlp.lexicon: ontology terms found on lemmas, in any grammatical case."""
from __future__ import annotations

import pytest

from kg.graph.iris import slug
from kg.nlp.lexicon import Lexicon, LexiconEntry, _is_abbreviation, longest
from kg.vocab import BODY, EVENT, POST, SPEECH, STATUS


def ids(value):
    """Readable ASCII test ids for Russian parameters."""
    return slug(value)[:40] if isinstance(value, str) else None

GAZ = "https://w3id.org/kg-news/id/"


def lexicon_spans(nlp, text):
    doc = nlp(text)  # keep the Doc alive while its spans are read
    return [(s.text, s.label_, s.kb_id_) for s in doc.spans["lexicon"]]


def kinds_of(nlp, text, word):
    return {(label, iri) for t, label, iri in lexicon_spans(nlp, text) if t == word}


@pytest.mark.parametrize("text, word, kind, iri", [
    ("Президент встретился с губернатором Калужской области.", "губернатором", "POST", str(POST.governor)),
    ("Письмо направлено губернатору.", "губернатору", "POST", str(POST.governor)),
    ("Бывший губернатор встретился с депутатами Госдумы.", "депутатами", "POST", str(POST.legislator)),
    ("Бывший губернатор встретился с депутатами Госдумы.", "Бывший", "STATUS", str(STATUS.former)),
    ("Закон одобрен Государственной Думой.", "Государственной Думой", "BODY", str(BODY["state-duma"])),
    ("Об этом шла речь на стратегической сессии.", "стратегической сессии", "EVENT",
     str(EVENT["strategic-session"])),
    ("В ходе сессии состоялись семинары.", "семинары", "EVENT", str(EVENT.seminar)),
    ("Шапша отметил, что регион развивается.", "отметил", "SPEECH", str(SPEECH.note)),
    ("Скляр подчеркнул важность проекта.", "подчеркнул", "SPEECH", str(SPEECH.emphasise)),
    ("Он выразил надежду на сотрудничество.", "выразил надежду", "SPEECH", str(SPEECH["express-hope"])),
    ("Шпиленко высоко оценил опыт региона.", "высоко оценил", "SPEECH", str(SPEECH.praise)),
], ids=ids)
def test_concepts_in_oblique_forms(nlp, text, word, kind, iri):
    assert (kind, iri) in kinds_of(nlp, text, word), lexicon_spans(nlp, text)


@pytest.mark.parametrize("text, word, iri_end", [
    ("Проект поддержан минпромторгом России.", "минпромторгом России",
     "org/ministerstvo-promyshlennosti-i-torgovli-rf"),
    ("Представители минпромторга России приехали в Калугу.", "минпромторга России",
     "org/ministerstvo-promyshlennosti-i-torgovli-rf"),
    ("Депутаты Госдумы приняли закон.", "Госдумы", "org/gosudarstvennaya-duma-federalnogo-sobraniya-rf"),
    ("Для Государственной Думы это важно.", "Государственной Думы",
     "org/gosudarstvennaya-duma-federalnogo-sobraniya-rf"),
    ("Форум прошёл в Калужской области.", "Калужской области", "region/kaluzhskaya-oblast"),
    ("Делегация прибыла в Калугу.", "Калугу", "city/kaluga"),
], ids=ids)
def test_gazetteer_names_in_oblique_cases(nlp, text, word, iri_end):
    assert ("GAZ", GAZ + iri_end) in kinds_of(nlp, text, word), lexicon_spans(nlp, text)


@pytest.mark.parametrize("text, word", [
    ("Поздравили калужского губернатора.", "калужского"),
    ("Калужский губернатор открыл форум.", "Калужский"),
    ("Встреча с калужским правительством.", "калужским"),
], ids=ids)
def test_region_adjectives(nlp, text, word):
    assert ("ADJ", GAZ + "region/kaluzhskaya-oblast") in kinds_of(nlp, text, word)


def test_overlapping_matches_are_all_kept_and_sorted(nlp):
    doc = nlp("На стратегической сессии выступили представители минпромторга России.")
    spans = list(doc.spans["lexicon"])
    found = {(s.text, s.label_) for s in spans}
    assert ("стратегической сессии", "EVENT") in found and ("сессии", "EVENT") in found
    assert ("минпромторга России", "GAZ") in found and ("России", "GAZ") in found
    keys = [(s.start, -s.end, s.label_, s.kb_id_) for s in spans]
    assert keys == sorted(keys)


def test_longest_picks_non_overlapping_spans(nlp):
    doc = nlp("На стратегической сессии выступили представители минпромторга России.")
    chosen = longest(list(doc.spans["lexicon"]), {"EVENT", "GAZ"})
    assert [s.text for s in chosen] == ["стратегической сессии", "минпромторга России"]


def test_plain_words_are_not_terms(nlp):
    assert lexicon_spans(nlp, "Погода сегодня хорошая, светит солнце.") == []


def test_abbreviation_patterns_are_case_sensitive():
    assert _is_abbreviation("РФ") and _is_abbreviation("ОЭЗ")
    assert not _is_abbreviation("Дума") and not _is_abbreviation("А")


def test_lexicon_entries_cover_every_concept_scheme(extractor):
    from kg.nlp.lexicon import build_lexicon
    lexicon = build_lexicon("")
    assert isinstance(lexicon, Lexicon)
    kinds = {e.kind for e in lexicon.entries}
    assert {"POST", "BODY", "EVENT", "SPEECH", "STATUS", "GAZ", "ADJ"} <= kinds
    assert all(isinstance(e, LexiconEntry) and e.pattern for e in lexicon.entries)
    assert lexicon.entries == sorted(lexicon.entries)
    # patterns match on lemmas: «губернатор» is one NORM token
    assert LexiconEntry("POST", str(POST.governor), (("NORM", "губернатор"),)) in lexicon.entries


def test_not_pattern_drops_the_concept_inside_it(nlp):
    """``kg:notPattern``: in «призовой фонд» the word «фонд» is money, not the body type; the
    phrase itself leaves no span."""
    assert not any(label in ("BODY", "NOT") for _, label, _ in
                   lexicon_spans(nlp, "Призовой фонд турнира составил миллион долларов."))
    assert ("Фонд", "BODY", str(BODY.fund)) in lexicon_spans(nlp, "Фонд выдал заём заводу.")


@pytest.mark.parametrize("text, post", [
    ("Банком управлял Иван Петров.", None),                      # a finite verb
    ("Он будет командовать округом.", None),                     # an infinitive
    ("Заведуя кафедрой, он писал книги.", None),                 # a gerund
    ("Управляющий банком Иван Петров уехал.", "Управляющий"),    # the participle is the post
    ("Округ возглавил командующий Петр Иванов.", "командующий"),
])
def test_a_verb_sharing_a_posts_lemma_is_no_post(nlp, text, post):
    """«управляющий», «командующий», «заведующий» are lemmatised to their verbs; only the
    participle (or the noun it became) is a post."""
    found = [word for word, label, _ in lexicon_spans(nlp, text) if label == "POST"]
    assert found == ([post] if post else [])


# labels the tagger reads differently alone and in a sentence («Афины» → «афина», «Перу» as
# «перо»), or whose verb form has no pattern of its own («избранный»)
_CONTEXTUAL = {"Афины", "Перу", "Того", "избранный"}


def test_every_label_matches_itself_in_a_sentence(nlp, kg_ontology):
    """Each label of the ontology, written as it is in a sentence, is found as its concept or
    entity: the label's pattern and the tagger's reading of the text agree («Тверская
    область», «Минприроды», «ПАО «Газпром»», «Кабардино-Балкарская Республика»)."""
    labels = [(label, str(e.iri)) for e in kg_ontology.entities.values() for label in e.labels]
    labels += [(label, str(c.iri)) for c in kg_ontology.concepts.values() for label in c.labels]
    missed = []
    for label, iri in labels:
        text = f"Об этом сообщил {label} вчера."
        start = text.index(label)
        doc = nlp(text)
        if not any(s.kb_id_ == iri and s.start_char == start and s.end_char == start + len(label)
                   for s in doc.spans["lexicon"]):
            missed.append(label)
    assert set(missed) <= _CONTEXTUAL, missed
