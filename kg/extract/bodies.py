"""Bodies and places: gazetteer names, natasha's ORG/LOC and descriptor phrases.

A body mention is, longest first: a gazetteer name («минпромторг России», «Госдума»,
«Калужской области»); a descriptor phrase built on a body-type word from the ontology
(«ассоциации кластеров и технопарков и особых экономических зон России», «правительство
Китая», «ОАО «Газпром»»); or natasha's ORG/LOC span. Generic words with no name
(«в регионе», «области», «ведомство») are kept apart as *generic* mentions and resolved to
the article's main region or to the last body of that type.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterator

from rdflib import URIRef
from spacy.tokens import Doc, Span, Token

from ..nlp.normal import lemma_key
from ..vocab import BODY
from .context import PLACE_CLASSES, QUOTES_CLOSE, QUOTES_OPEN, Context
from .model import Body, Mention

__all__ = ["BodyIndex", "BodyMention", "find_bodies"]

_KIND_OF_TYPE = {str(BODY.region): "region", str(BODY.city): "city", str(BODY.country): "country"}
_ADMINISTRATIVE_AREA = "https://schema.org/AdministrativeArea"
_CITY = "https://schema.org/City"
_FUNCTION_WORDS = {"PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART", "ADV", "AUX"}
_LEGAL_FORMS = {"ОАО", "ЗАО", "ООО", "ПАО", "АО", "НКО", "ГУП", "МУП", "ФГУП", "АНО", "НП", "ГК", "ФГБУ",
                "ГБУ", "МБУ", "ОГУП", "ГКУ"}


@dataclass(frozen=True)
class BodyMention:
    """A body mention: tokens [start, end) of the Doc and the key it refers to."""

    start: int
    end: int
    key: str
    generic: bool = False         # «в регионе», «ведомство»: a reference, not a name


@dataclass
class BodyIndex:
    """The bodies of one article and their mentions in text order."""

    bodies: dict[str, Body] = field(default_factory=dict)
    mentions: list[BodyMention] = field(default_factory=list)
    main_region: str | None = None
    main_city: str | None = None
    main_country: str | None = None
    by_token: dict[int, BodyMention] = field(default_factory=dict)

    def at(self, i: int) -> BodyMention | None:
        """The body mention that covers token ``i``."""
        return self.by_token.get(i)

    def starting_at(self, i: int) -> BodyMention | None:
        mention = self.by_token.get(i)
        return mention if mention and mention.start == i else None

    def ending_at(self, i: int) -> BodyMention | None:
        """The body mention whose last token is ``i - 1``."""
        mention = self.by_token.get(i - 1)
        return mention if mention and mention.end == i else None


def _place_type(ctx: Context, body_type: str | None) -> bool:
    """A body type that names a place, not a body: «река», «посёлок», «штат», «район»,
    «аэропорт» (its ``kg:instanceClass`` is schema:Place, BodyOfWater, AdministrativeArea or
    Airport)."""
    if not body_type or body_type in _KIND_OF_TYPE:
        return False     # regions, cities and countries are territories of their own kind
    concept = ctx.ontology.concepts.get(_iri(body_type))
    return concept is not None and str(concept.instance_class) in PLACE_CLASSES


def _comma_list(doc: Doc, i: int, case: str | None) -> bool:
    """Whether the comma at token i goes on a list of fields that «и» closes, all in ``case``:
    «по бюджету|, финансам и налогам», «по науке|, технологиям и инновациям»."""
    k = i
    while k < len(doc) and doc[k].text == ",":
        k += 1
        if k >= len(doc) or doc[k].pos_ not in ("NOUN", "ADJ") or not doc[k].text[:1].islower() \
                or _case(doc[k]) != case or doc[k].is_sent_start:
            return False
        while k < len(doc) and doc[k].pos_ in ("NOUN", "ADJ") and doc[k].text[:1].islower() \
                and not doc[k].is_sent_start:
            k += 1
    return k + 1 < len(doc) and doc[k].norm_ == "и" and (
        doc[k + 1].pos_ in ("NOUN", "ADJ") and _case(doc[k + 1]) == case
        or doc[k + 1].is_alpha and doc[k + 1].text.isupper() and len(doc[k + 1].text) > 1)    # «… и ЖКХ»


def _territorial_authority(ctx: Context, body_type: str | None) -> bool:
    """A body type named by its territory, never by a field (kg:TerritorialAuthority):
    «администрация», «правительство», «дума»."""
    concept = ctx.ontology.concepts.get(_iri(body_type)) if body_type else None
    return concept is not None and concept.territorial


def _case(token: Token) -> str | None:
    """The tagger's case; the genitive of an adjective in «-ого», «-его» it took for a short form
    with no case («департамента топливно-энергетического комплекса»)."""
    values = token.morph.get("Case")
    if not values and token.pos_ == "ADJ" and token.lower_.endswith(("ого", "его")):
        return "Gen"
    return values[0] if values else None


_OPENCORPORA_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


def _may_be_case(ctx: Context, token: Token, case: str, singular: bool = False) -> bool:
    """Whether the dictionary allows ``token`` in that (Universal Dependencies) case: «антимонопольной»
    may be genitive, dative or locative whatever the tagger chose; «подконтрольный» is no dative.
    With ``singular``, only singular readings count («Германии» is a nominative plural too)."""
    if _case(token) in (None, case):
        return True
    wanted = _OPENCORPORA_CASE.get(case)
    if not wanted:
        return True
    return any(wanted in p.tag and (not singular or "sing" in p.tag or "Sgtm" in p.tag
                                    or "Fixd" in p.tag)
               for p in ctx.normalizer.morph_vocab(token.text))


def _is_genitive_word(token: Token) -> bool:
    return token.pos_ in {"NOUN", "PROPN", "ADJ", "NUM", "DET"} and _case(token) == "Gen"


def _quoted_end(doc: Doc, i: int) -> int | None:
    """If a quoted name starts at token i, the index after its closing quote."""
    if i >= len(doc) or doc[i].text not in QUOTES_OPEN:
        return None
    opened: list[str] = []
    last_close = None     # «Калужский завод «Ремпутьмаш»: one closing quote for both names
    for j in range(i, min(len(doc), i + 25)):
        text = doc[j].text
        closes_low = text == "“" and opened[-1:] == ["„"]   # «АО «Завод „Ремпутьмаш“»»
        if text in QUOTES_OPEN and not closes_low and (text != '"' or not opened):
            opened.append(text)
        elif text in QUOTES_CLOSE:
            if opened:
                opened.pop()
            last_close = j
            if not opened:
                return j + 1
        if doc[j].is_sent_start and j > i:
            break
    return last_close + 1 if last_close is not None and len(opened) == 1 else None


def _name_like(token: Token) -> bool:
    """The first word of a quoted name: a capital, a digit or a Latin letter («Яблоко», «16 тонн»),
    not a quoted clause («опасен для православия»)."""
    first = token.text[:1]
    return first.isupper() or first.isdigit() or ("a" <= first.lower() <= "z")


def _capitalised(token: Token) -> bool:
    """Written with a capital where a common noun would not be: not at a sentence start."""
    return token.text[:1].isupper() and not token.is_sent_start


_SPEAKERS = {"я", "мы", "вы", "ты", "меня", "мне", "нас", "нам", "вас", "вам", "наш", "наша", "наше", "наши",
             "нашей", "нашего", "наших", "мой", "моя", "мое", "моё", "мои", "моей"}


def _speech(words: list[str]) -> bool:
    """A quotation that is someone's words, not a title: it speaks in the first or second person
    («После игры со сборной США мы проанализировали …») or runs past a dozen words."""
    return len(words) > 12 or any(w.lower() in _SPEAKERS for w in words)


def _quoted_spans(ctx: Context) -> list[tuple[int, int]]:
    """The token ranges inside «…» quotes that are no speech (titles, names), worked out once per
    article: body words there are not bodies themselves."""
    found = ctx.memo.get("quoted spans")
    if found is None:
        doc, texts = ctx.doc, ctx.texts
        found = ctx.memo["quoted spans"] = []
        i = 0
        while i < len(doc):
            end = _quoted_end(doc, i) if texts[i] in QUOTES_OPEN else None
            if end and not _speech(texts[i + 1:end - 1]):
                found.append((i + 1, end - 1))
            i = end or i + 1
    return found


def _quoted_tokens(ctx: Context) -> set[int]:
    """Tokens inside «…» quotes that are no speech (:func:`_quoted_spans`)."""
    return {i for a, b in _quoted_spans(ctx) for i in range(a, b)}


def _named_after(doc: Doc, i: int, end: int) -> bool:
    """The person at ``i`` is whom the body is named after: «имени» (and a given name natasha
    left out of the person) just before, all in the body's phrase."""
    return end == i and any(doc[k].lower_ == "имени" for k in range(max(0, i - 2), i))


def _entity_end(ctx: Context, taken: dict[int, tuple[int, int]], i: int) -> int | None:
    span = taken.get(i)
    return span[1] if span and span[0] == i else None


def _descriptor(ctx: Context, trigger: Span, taken: dict[int, tuple[int, int]]) -> tuple[int, int, bool]:
    """Extend a body-type word to its full phrase; returns (start, end, named)."""
    doc = ctx.doc
    territorial = trigger.kb_id_ in _KIND_OF_TYPE or _place_type(ctx, trigger.kb_id_)
    # «администрации | по вопросам ЖКХ»: the field is the post's, not part of the body's name
    named_by_territory = _territorial_authority(ctx, trigger.kb_id_)
    start, end = trigger.start, trigger.end
    # «Арбитражный суд», «Верховного народного собрания»: natasha's ORG around the word
    # «Белёвского района | Тульской области»: natasha's LOC around a territory's word (not
    # «Молдавской республики», a country's adjective)
    foreign = _foreign_adjectives(ctx) if territorial else {}
    around = next((sp for sp in ctx.ner("ORG") + (ctx.ner("LOC") if territorial else [])
                   if sp.start < start < sp.end and sp.end >= end
                   and not (sp.label_ == "LOC" and any(k in foreign for k in range(sp.start, start + 1)))),
                  None)
    posts = {i for span in ctx.kind("POST") for i in range(span.start, span.end)}
    while around is not None and start > around.start and _attributive(doc[start - 1]) and start - 1 not in posts:
        start -= 1      # (not «Главврач» of natasha's «Главврач городской больницы», a post)
    before = next((sp for sp in ctx.ner("ORG") if sp.end == start and all(_attributive(t) for t in sp)), None)
    if before is not None and not any(i in posts for i in range(before.start, before.end)):
        start = before.start   # natasha's «Калужского областного» | «Собрания депутатов»: adjectives of its name
    post_starts = {span.start for span in ctx.kind("POST")}    # «… общества глава РФ»: a new phrase
    proper = _capitalised(doc[trigger.start])    # «Комитета по иностранным делам»: a proper name
    case = _case(next((t for t in trigger if t.pos_ in ("NOUN", "PROPN")), doc[trigger.end - 1]))
    while start > 0 and _attributive(doc[start - 1]) and start - 1 not in taken and start - 1 not in posts \
            and (case is None or _may_be_case(ctx, doc[start - 1], case)) \
            and not (proper and doc[start - 1].text[:1].islower() and _qualitative(ctx, doc[start - 1])):
        start -= 1      # but not «влиятельного» before it («государственной Комиссии» is the name)
    if start > 0 and doc[start - 1].text in _LEGAL_FORMS:
        start -= 1
    geo = {s.start for s in ctx.kind("ADJ")}
    # «СМИ», «НКО»: a type word written in capitals is no name by its capitals
    abbreviation = trigger.end - trigger.start == 1 and doc[trigger.start].text.isupper()
    named = (_capitalised(doc[trigger.start]) and not abbreviation) \
        or (_capitalised(doc[start]) and start < trigger.start) \
        or any(i in geo for i in range(start, trigger.start))
    persons = {span.start for span in ctx.ner("PER")}
    i = end
    after_name = False     # a capitalised genitive was taken: lowercase genitives end the phrase
    after_quote = False    # a quoted name was taken: a territory after it is where the body is
    person_ends = {span.start: span.end for span in ctx.ner("PER")}
    while i < len(doc) and (i not in persons or _named_after(doc, i, end)):
        if i in persons:
            i = end = person_ends[i]     # «театра имени Фёдора Волкова»: whom it is named after
            named = after_name = True
            continue
        quoted = _quoted_end(doc, i)
        if quoted and _name_like(doc[i + 1]):
            i = end = quoted
            named = after_quote = True
            continue
        if territorial and case not in (None, "Gen") and _case(doc[i]) == "Gen" \
                and not _may_be_case(ctx, doc[i], case, singular=True) \
                and not (trigger.kb_id_ == _STREET and "Sing" in doc[trigger.end - 1].morph.get("Number")):
            break   # «район Дюссельдорфа», «город Германии»: a larger place, no name in apposition
            # (a street's name is a genitive: «на площади Победы», «улицы Ленина»)
        entity_end = _entity_end(ctx, taken, i)
        if entity_end and after_quote and not named_by_territory and _a_territory(ctx, i, entity_end):
            break   # «индустриальном парке «Ворсино» | Боровского района»: where it is, not its name
        if entity_end:
            i = end = entity_end
            named = after_name = True
            continue
        token = doc[i]
        if token.is_space or token.is_sent_start:
            break
        if token.text == "(" and i + 3 < len(doc) and doc[i + 2].text == ")" and doc[i + 1].pos_ == "ADJ" \
                and doc[i + 1].text[:1].islower() and _is_genitive_word(doc[i + 3]) and end == i:
            i += 3      # «Ассоциации крестьянских (фермерских) хозяйств»: a gloss of the adjective before
            continue
        if token.text == "№" and not territorial and i + 1 < len(doc) and doc[i + 1].like_num:
            i = end = i + 2      # «школы № 24», «больница № 5»: a number names it
            named = True
            continue
        initials = _initials_end(doc, i) if not territorial else None
        if initials is not None and initials < len(doc) and _capitalised(doc[initials]) \
                and _is_genitive_word(doc[initials]) and initials not in persons:
            i = end = initials + 1     # «библиотеки имени В.Г. Белинского»: the initials of a name in it
            named = after_name = True
            continue
        if token.lower_ == "г" and i + 2 < len(doc) and doc[i + 1].text == "." and _entity_end(ctx, taken, i + 2):
            i = end = _entity_end(ctx, taken, i + 2)     # «администрации г. Обнинска»
            named = after_name = True
            continue
        if territorial and not token.text[:1].isupper():
            break
        if territorial and i == trigger.end and token.is_alpha and i + 1 in persons:
            i = end = i + 1     # «провинции Цзянсу | Ма Синьжун»: the place's name, then a person
            named = True
            continue
        if token.norm_ in _WHICH_HOLDER and i + 1 in post_starts:
            break   # «коллективу министерства | нового руководителя»: the post's, not the body's name
        if _is_genitive_word(token):
            if token.text[:1].islower() and token.pos_ != "PROPN" and after_name:
                break   # «правительству Страны восходящего солнца | точных сведений»
            i = end = i + 1
            if token.pos_ == "PROPN" or token.text[:1].isupper():
                named = True
                # (a field in capitals is no name: «управления ЖКХ | администрации Перми»)
                after_name = not field_abbreviation(ctx, token)
            else:
                named = named or token.pos_ in {"NOUN"}
            continue
        if token.norm_ == "и" and end > trigger.end and not territorial and i + 1 < len(doc) \
                and field_abbreviation(ctx, doc[i + 1]) and i + 1 not in taken:
            i = end = i + 2       # «министерство промышленности и ТЭК»: an indeclinable field
            continue
        if token.norm_ == "и" and end > trigger.end and i + 1 < len(doc) and (_is_genitive_word(doc[i + 1])
                                                       or _entity_end(ctx, taken, i + 1)) \
                and not any(s.start == i + 1 for s in ctx.kind("BODY")) \
                and doc[i + 1].text not in _LEGAL_FORMS and doc[i + 1].text not in QUOTES_OPEN \
                and not _gazetteer_org_at(ctx, i + 1):
            # (not «… и Законодательное Собрание …», «правительством области и АО «ОЭЗ»»,
            # «министерства финансов и МВД»: another body)
            i += 1
            continue
        if token.norm_ == "при" and territorial is False:
            attached = _attached_to(ctx, i + 1, taken)
            if attached is not None:
                i = end = attached     # «Совета при Президенте РФ», «комитета при прокуратуре»
                continue
        if token.norm_ == "по" and territorial is False and not named_by_territory and i + 1 < len(doc) \
                and doc[i + 1].pos_ in {"NOUN", "ADJ"} \
                and (proper or not _action_noun(ctx, doc[i + 1]) or _named_by_field(ctx, trigger.kb_id_)) \
                and not any(sp.start == i + 1 for sp in ctx.ner("LOC")):    # («по Калужской, Брянской …»: a territory)
            i += 1
            while i < len(doc) and doc[i].pos_ in {"NOUN", "ADJ", "PROPN"} and not doc[i].is_sent_start \
                    and i not in persons and (i not in post_starts or _case(doc[i]) == "Gen"):
                i += 1
                end = i
                if i + 1 < len(doc) and doc[i].norm_ == "и" and doc[i + 1].pos_ == "NOUN" \
                        and _case(doc[i + 1]) == _case(doc[i - 1]) and i + 1 not in persons:
                    i += 1     # «по бобслею и скелетону», «по науке и образованию»
                elif i < len(doc) and doc[i].text == "," and _comma_list(doc, i, _case(doc[i - 1])):
                    i += 1     # «по бюджету, финансам и налогам»
                elif i + 1 < len(doc) and doc[i].norm_ in ("с", "со") and doc[i - 1].lemma_ in _WITH_WHOM \
                        and doc[i + 1].pos_ in {"NOUN", "PROPN"} and _case(doc[i + 1]) == "Ins":
                    i += 1     # «по связям с общественностью», «по взаимодействию со СМИ»
            continue
        break
    return start, end, named


def a_posts_subdivision(ctx: Context, trigger: Span) -> bool:
    """The word of a kg:Subdivision alone and in lowercase right after a post is part of the
    post («начальник отделения», «заведующий отделением», «управляющий отделением Сбербанка»),
    no body of its own."""
    concept = ctx.ontology.concepts.get(URIRef(trigger.kb_id_))
    return len(trigger) == 1 and trigger.start > 0 and trigger[0].text[:1].islower() \
        and concept is not None and concept.subdivision and any(p.end == trigger.start for p in ctx.kind("POST"))


def _part_of_a_name(ctx: Context, trigger: Span) -> bool:
    """A body-type word right after the first word of natasha's ORG, a capitalised noun that
    is no body-type word or post, is part of that name: «Доме Советов», «Дворце Республики»."""
    first = trigger.start - 1
    if first < 0 or not ctx.doc[first].text[:1].isupper() or ctx.doc[first].pos_ not in ("NOUN", "PROPN") \
            or any(s.start <= first < s.end for s in ctx.kind("BODY") + ctx.kind("POST") + ctx.kind("GAZ")):
        return False
    return any(sp.start == first and sp.end >= trigger.end for sp in ctx.ner("ORG"))


def _initials_end(doc: Doc, i: int) -> int | None:
    """The token after initials starting at token i («В.Г.», «Н. Э.»), or None when none start there."""
    j = i
    while j + 1 < len(doc) and len(doc[j].text) == 1 and doc[j].text.isupper() and doc[j].is_alpha \
            and doc[j + 1].text == ".":
        j += 2
    return j if j > i else None


def _gazetteer_org_at(ctx: Context, i: int) -> bool:
    """A gazetteer body (not a territory) is named from token ``i`` («МВД», «Росатом»)."""
    return any(span.start == i and (entity := ctx.ontology.entity(_iri(span.kb_id_))) is not None
               and _entity_kind(entity) == "org" for span in ctx.kind("GAZ"))


def _entity_kind(entity) -> str:
    """A gazetteer entity's kind: region, city, country by its type; a place when it is an area
    or place («Дальневосточный федеральный округ»); else an org."""
    kind = _KIND_OF_TYPE.get(str(entity.body_type), "org")
    if kind == "org" and {str(t) for t in entity.types} & {_ADMINISTRATIVE_AREA, "https://schema.org/Place"}:
        return "place"
    return kind


def _entity_body(entity) -> Body:
    """The body of a gazetteer entity."""
    return Body(str(entity.iri), entity.label, str(entity.body_type) if entity.body_type else None,
                str(entity.iri), _entity_kind(entity), str(entity.in_region) if entity.in_region else None)


def field_abbreviation(ctx: Context, token: Token) -> bool:
    """An indeclinable field written in capitals («ТЭК», «ЖКХ», «АПК»): a word of a body's or a
    post's name, not a name of its own (natasha's or the gazetteer's)."""
    return token.text.isupper() and len(token.text) > 1 and token.is_alpha \
        and not any(s.start <= token.i < s.end for s in ctx.ner()) \
        and not any(g.start <= token.i < g.end for g in ctx.kind("GAZ"))


def _a_territory(ctx: Context, start: int, end: int) -> bool:
    """Tokens [start, end) name a territory: a gazetteer region, city or country, or a phrase on
    a place-type word («Боровского района»)."""
    for span in ctx.kind("GAZ"):
        if span.start == start and span.end == end:
            entity = ctx.ontology.entity(_iri(span.kb_id_))
            return entity is not None and str(entity.body_type) in _KIND_OF_TYPE
    return any(start <= s.start < end and (s.kb_id_ in _KIND_OF_TYPE or _place_type(ctx, s.kb_id_))
               for s in ctx.kind("BODY"))


# a field «по …» that goes on with whom: «по связям с общественностью», «по работе с молодёжью»
_WITH_WHOM = {"связь", "взаимодействие", "работа", "сотрудничество", "отношение"}


def _adjective_before(ctx: Context, i: int, taken: dict[int, tuple[int, int]]) -> int:
    """Where a body's name starting at token i starts with the relational adjective before it:
    «российского Минсельхоза», «русская Патриархия»; i itself when there is none (a qualitative
    «крупнейший», an adjective of another case, a word already taken)."""
    if i == 0 or i - 1 in taken:
        return i
    adjective, head = ctx.doc[i - 1], ctx.doc[i]
    case = _case(head)
    if not _attributive(adjective) or not (adjective.text[:1].islower() or adjective.is_sent_start) \
            or _qualitative(ctx, adjective) or case is None or not _may_be_case(ctx, adjective, case) \
            or adjective.morph.get("Number") != head.morph.get("Number"):
        return i
    gender, head_gender = adjective.morph.get("Gender"), head.morph.get("Gender")
    return i if gender and head_gender and gender != head_gender else i - 1


def _quoted_name(index: BodyIndex, start: int, end: int, texts: list[str]) -> BodyMention | None:
    """The known body whose name is the quotation closing the phrase [start, end):
    «Яблоко» of «партии «Яблоко»»."""
    for m in index.mentions:
        if start < m.start and m.end + 1 == end and texts[m.start - 1] in QUOTES_OPEN \
                and texts[m.end] in QUOTES_CLOSE and not m.generic:
            body = index.bodies[m.key]
            return m if body.iri and body.kind == "org" else None
    return None


def _attached_to(ctx: Context, i: int, taken: dict[int, tuple[int, int]]) -> int | None:
    """After «при»: the end of the post or body a council is attached to, starting at token i
    («при главном архитекторе», «при Президенте», «при прокуратуре»); None for «при поддержке»."""
    doc = ctx.doc
    j = i
    while j < len(doc) and _attributive(doc[j]) and not doc[j].is_sent_start:
        j += 1
    if j >= len(doc) or doc[j].is_sent_start or doc[j].pos_ not in ("NOUN", "PROPN") \
            or not _may_be_case(ctx, doc[j], "Loc"):
        return None
    holder = any(span.start == j for span in ctx.kind("POST")) or any(
        span.start == j for span in ctx.kind("BODY")) or _capitalised(doc[j]) or j in taken
    return j + 1 if holder else None


def _named_by_field(ctx: Context, body_type: str) -> bool:
    """A body of a kind named by its field of work (a kg:FieldBody up the broader chain), whatever
    the noun: «комитета по образованию», «комиссии по урегулированию споров» (not «правительства
    по стимулированию экономики»)."""
    return any((concept := ctx.ontology.concepts.get(iri)) is not None and concept.field_body
               for iri in ctx.ontology.broader_chain(_iri(body_type)))


def _action_noun(ctx: Context, token: Token) -> bool:
    """A noun of action («стимулированию», «урегулированию»): «правительства по стимулированию
    экономики» is what the body does, not its name."""
    return token.pos_ == "NOUN" and ctx.normalizer.lemma(token.text).endswith(("ание", "ение"))


_PROPER_TAGS = {"Orgn", "Geox", "Abbr", "Name", "Surn", "Trad"}


def _common_word(ctx: Context, span: Span) -> bool:
    """A one-word gazetteer match written in lowercase that the dictionary knows only as a
    common noun: «получил известие» is news, not the newspaper «Известия» («минпромторгом»,
    «госдумы» are names to the dictionary and stay)."""
    if len(span) == 1 and span[0].pos_ in _FUNCTION_WORDS:
        return True   # «Тем не менее»: «тем» shares its lemma with the country «Того»
    if len(span) != 1 or not span[0].text[:1].islower():
        return False
    entity = ctx.ontology.entity(_iri(span.kb_id_))
    if entity is None or not all(label[:1].isupper() for label in entity.labels):
        return False
    if str(entity.body_type) in _KIND_OF_TYPE or {str(t) for t in entity.types} & PLACE_CLASSES:
        return True   # a place is written with a capital: «после того», «вздулась вена»
    parses = ctx.normalizer.morph_vocab(span[0].text)
    return bool(parses) and not any(_PROPER_TAGS & set(str(p.tag).replace(" ", ",").split(","))
                                    for p in parses)


def _qualitative(ctx: Context, token: Token) -> bool:
    """A qualitative adjective by the dictionary's first parse: «влиятельный», «новый»,
    not «государственный», «российский»."""
    parses = ctx.normalizer.morph_vocab(token.text)
    return bool(parses) and "Qual" in parses[0].tag


def _attributive(token: Token) -> bool:
    """An adjective that can stand in a body's name: full-form, not a short predicate
    («способен парламент Крыма»)."""
    return token.pos_ == "ADJ" and token.text[:1].isalpha() and "Short" not in token.morph.get("Variant")


def _normal(ctx: Context, tokens: Span) -> str:
    """A body's name in the nominative, «г.» before a city's name written out («Администрация
    г. Обнинска» is «Администрация города Обнинска»)."""
    return _CITY_ABBREVIATION.sub("города ", ctx.normalizer.phrase(tokens))


_CITY_ABBREVIATION = re.compile(r"(?<=\s)г\.\s*(?=[А-ЯЁ])")


def find_bodies(ctx: Context, mentions: list[Mention]) -> BodyIndex:
    """Find the article's body and place mentions; append ORG/LOC mentions."""
    doc, onto = ctx.doc, ctx.ontology
    index = BodyIndex()
    taken: dict[int, tuple[int, int]] = {}

    def claim(start: int, end: int, enclose: bool = False) -> bool:
        """Take tokens [start, end); with ``enclose``, names lying wholly inside may be taken over."""
        for i in range(start, end):
            if i in taken:
                s, e = taken[i]
                if not enclose or s < start or e > end or (s, e) == (start, end):
                    return False
        for i in range(start, end):
            taken[i] = (start, end)
        return True

    def add(start: int, end: int, body: Body, generic: bool = False) -> None:
        known = index.bodies.get(body.key)
        if known is None:
            index.bodies[body.key] = known = body
        if not generic:
            known.forms.add(doc[start:end].text)
        mention = BodyMention(start, end, body.key, generic)
        index.mentions.append(mention)
        for i in range(start, end):
            index.by_token[i] = mention

    # 1. gazetteer names, longest first
    persons = {i for span in ctx.ner("PER") for i in range(span.start, span.end)}
    gaz = sorted((s for s in ctx.kind("GAZ") if not any(i in persons for i in range(s.start, s.end))
                  and not _common_word(ctx, s)),
                 key=lambda s: (-(s.end - s.start), s.start))   # «Владимир» the man is no city
    foreign = _foreign_adjectives(ctx)
    quotes = _quoted_spans(ctx)
    for span in gaz:
        entity = onto.entity(_iri(span.kb_id_))
        if entity is None:
            continue
        kind = _entity_kind(entity)
        if kind == "org" and any(a <= span.start and span.end <= b and (a, b) != (span.start, span.end)
                                 and doc[a].text[:1].isupper() for a, b in quotes):
            continue    # «музея-заповедника «Московский Кремль»», «АО «Газпром газораспределение Пенза»»:
            # part of another body's name, not the presidential administration or Gazprom
        adjective = foreign.get(span.start)
        if kind == "org" and adjective is not None:
            # «японского МИДа»: the gazetteer's federal bodies are Russian; this one is not
            if claim(adjective.start, span.end):
                phrase = doc[adjective.start:span.end]
                name = _normal(ctx, phrase)
                add(adjective.start, span.end, _named_body("org", name, str(entity.body_type)))
            continue
        start = _adjective_before(ctx, span.start, taken) if kind == "org" else span.start
        if claim(start, span.end):
            add(start, span.end, _entity_body(entity))
    # «международной шахматной федерации ФИДЕ»: a name and its abbreviation, one body, one mention
    for first in sorted(index.mentions, key=lambda m: m.start):
        second = index.starting_at(first.end)
        if second is not None and second.key == first.key \
                and first in index.mentions and not doc[first.end].is_sent_start:
            index.mentions.remove(first)
            index.mentions.remove(second)
            start, end = first.start, second.end
            for i in range(start, end):
                taken[i] = (start, end)
            add(start, end, index.bodies[first.key])
    # 2. natasha's ORG and LOC spans not covered by a gazetteer name
    ner_spans = {}
    quoted_at = _quoted_tokens(ctx)
    type_words = {(s.start, s.end) for s in ctx.kind("BODY")}
    post_words = {(s.start, s.end) for s in ctx.kind("POST")}
    event_ends = {s.end for s in ctx.kind("EVENT")}
    for span in ctx.ner():
        if span.label_ in ("ORG", "LOC"):
            if span.label_ == "ORG" and span.start >= 2 and ctx.texts[span.start - 1] in QUOTES_OPEN \
                    and span.start - 1 in event_ends:
                continue   # «форум «Калужский бизнес»»: the event's title, no body
            if len(span) == 1 and span[0].pos_ == "ADJ" and span.start not in quoted_at \
                    and span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "ADJ"):
                continue   # «Воскресное заседание», «Южная водозаборная станция»: an adjective of a noun
            if (span.start, span.end) in post_words:
                continue   # «Замглавы ФМС», «Замгубернатора …» opening a sentence: natasha's ORG or LOC
            if all(t.pos_ == "ADJ" for t in span) and any(s <= span.start and span.end < e for s, e in post_words):
                continue   # «с Чрезвычайным | и Полномочным Послом»: the adjectives of a post
            if span.label_ == "ORG" and (span.start, span.end) in type_words \
                    and (span[0].text.isupper() or span[0].text[:1].islower()):
                continue   # «СМИ сообщали»: a body-type word alone names no body («Центр кластерного развития» may)
            post = max((e for s, e in post_words if s == span.start and e < span.end), default=None)
            kind_at = post
            while kind_at is not None and kind_at < span.end and doc[kind_at].pos_ == "ADJ" \
                    and doc[kind_at].text[:1].islower():
                kind_at += 1     # «Главврач городской больницы № 4»: the type word after its adjectives
            if post is not None and (any(post <= s <= kind_at for s, _ in type_words) or doc[post].text[:1].isupper()):
                # «Председатель городской Думы» opening a sentence: the post is no part of the name
                span = Span(doc, post, span.end, label=span.label_)
                span._.normal = ctx.normalizer.phrase(span)
            first = span[0]
            if len(span) > 1 and first.pos_ == "NOUN" and "Plur" in first.morph.get("Number") \
                    and span[1].text[:1].isupper():
                # «Исследователи Брукхейвенской национальной лаборатории»: people of the body,
                # a plural common noun, are no part of its name
                span = Span(doc, span.start + 1, span.end, label=span.label_)
                span._.normal = ctx.normalizer.phrase(span)
            ner_spans[(span.start, span.end)] = span
    for span in _media_after_cue(ctx, ner_spans, taken, persons):
        ner_spans[(span.start, span.end)] = span
    # 3. descriptor phrases on body-type words (they may swallow NER spans)
    generic: list[tuple[int, int, str]] = []
    triggers = sorted(ctx.kind("BODY"), key=lambda s: (s.start, -(s.end - s.start)))
    ner_taken = dict(taken)
    for (s, e), span in ner_spans.items():
        if not any(i in taken for i in range(s, e)):
            for i in range(s, e):
                ner_taken[i] = (s, e)
    for trigger in triggers:
        if any(i in taken for i in range(trigger.start, trigger.end)) or trigger.start in quoted_at:
            continue
        if a_posts_subdivision(ctx, trigger):
            continue      # «Заведующий отделением … больницы»: the post's, the body what follows
        if _part_of_a_name(ctx, trigger):
            continue      # «в Доме Советов»: natasha's name of a building, no council
        # the head of «группа компаний» is «группа», of «народное собрание» «собрание»
        head = next((t for t in trigger if t.pos_ in ("NOUN", "PROPN")), doc[trigger.end - 1])
        plural = "Plur" in head.morph.get("Number")
        start, end, named = _descriptor(ctx, trigger, ner_taken)
        longer = next((sp for sp in ctx.ner("ORG") if sp.start == start and sp.end > end
                       and doc[start].text[:1].isupper()), None)
        if longer is not None and named:
            end = longer.end   # «Движения против нелегальной иммиграции»: natasha's name runs on
        if end == trigger.end and not named:
            if not plural:
                generic.append((trigger.start, trigger.end, trigger.kb_id_))
            continue
        place = _place_type(ctx, trigger.kb_id_)
        if plural and not _capitalised(doc[start]) and not (place and named) \
                or plural and trigger.kb_id_ == _STREET:
            continue      # («с улиц Бангкока»: streets of a city, none named)
        if not claim(start, end, enclose=True):
            continue
        span = doc[start:end]
        body_type = trigger.kb_id_
        kind = _KIND_OF_TYPE.get(body_type, "place" if place else "org")
        name = _normal(ctx, span)
        if place and trigger.end < end and _case(head) not in (None, "Nom") \
                and all(t.text[:1].isupper() and t.is_alpha for t in doc[trigger.end:end]):
            # «на реке Оке»: the name in apposition agrees with its kind's word (was «Река Оке»)
            name = f"{_normal(ctx, doc[start:trigger.end])} {ctx.normalizer.name_in_case(doc[trigger.end:end], _case(head))}"
        quoted = _quoted_name(index, start, end, ctx.texts)
        if quoted is not None and body_type not in _ORGANS:
            # «партии «Яблоко»»: the quoted name is the body's own name, not a body of its own
            index.mentions.remove(quoted)
            add(start, end, index.bodies[quoted.key])
            continue
        same = [m for m in index.mentions if trigger.end <= m.start and m.end == end
                and (index.bodies[m.key].kind == kind or kind == "region" and m.start == trigger.end
                     and index.bodies[m.key].kind == "country" and not plural
                     and _case(doc[m.start]) == "Nom")] if kind in _TERRITORIES else []
        if same:
            # «города Калуги» is Kaluga; «Республики Узбекистан» the country, not a region (not
            # «автономного региона Молдовы», a region of it)
            add(start, end, index.bodies[same[0].key])
            continue
        if body_type == _STREET:
            # «улице Кирова», «площади Победы»: a street's name is no place («Киров») of its own
            inner = {m.key for m in index.mentions if start <= m.start and m.end <= end}
            index.mentions = [m for m in index.mentions if not (start <= m.start and m.end <= end)]
            for key in inner - {m.key for m in index.mentions}:
                del index.bodies[key]
        body = _named_body(kind, name, body_type)
        if any(t.text == "№" for t in span):
            # «школа № 24» is not one school across the corpus: a body of this article
            body.key = ctx.own_key(kind, body.key.partition(":")[2])
        add(start, end, body)
    # 3b. a legal form and a quoted name: ОАО «Газпром», ООО «Ромашка»
    for i in [i for i, text in enumerate(ctx.texts) if text in _LEGAL_FORMS]:
        quoted = _quoted_end(doc, i + 1)
        if quoted and claim(i, quoted, enclose=True):
            name = " ".join(doc[i:quoted].text.split())
            inner = [m for m in index.mentions if i <= m.start and m.end <= quoted]
            # a gazetteer body named by the whole quotation («ОАО «Газпром»»); not a place inside
            # the name («АО «Корпорация развития Калужской области»»)
            known = inner[0].key if len(inner) == 1 and index.bodies[inner[0].key].iri \
                and index.bodies[inner[0].key].kind == "org" and (inner[0].start, inner[0].end) == (i + 2, quoted - 1) \
                else None
            # the quoted name is the body's own name, not a body of its own
            index.mentions = [m for m in index.mentions if m not in inner
                              or index.bodies[m.key].kind != "org"]
            add(i, quoted, index.bodies[known] if known else _named_body("org", name, str(BODY.company)))
    # natasha spans left over
    for (s, e), span in sorted(ner_spans.items()):
        inside = {taken[i] for i in range(s, e) if i in taken}
        unit = _unit_of(ctx, span, inside)
        if inside and not unit and not (span.label_ == "ORG" and all(s < a and b < e and _territory_at(index, a)
                                                                     for a, b in inside)):
            continue
        if unit:
            # «Калужским отделением № 8608 ПАО Сбербанк»: a unit of the body its name ends with
            claim(s, e, enclose=True)
            add(s, e, _named_body("org", span._.normal or span.text, str(BODY.branch)))
            continue
        if inside:
            # «директор ГНЦ РФ ФЭИ»: a country or region inside a name natasha found whole
            claim(s, e, enclose=True)
        kind = "org" if span.label_ == "ORG" else "place"
        if kind == "place" and not any(t.text[:1].isupper() for t in span):
            continue     # («Старосты деревень»: the post word trimmed, a common noun is left)
        place = index.starting_at(e) if kind == "org" else None
        if place is not None and index.bodies[place.key].kind in ("country", "region", "city") \
                and _case(doc[place.start]) == "Gen" and claim(s, place.end, enclose=True):
            # «Конгресса США», «Генеральная прокуратура ОАЭ»: the country the body is of
            add(s, place.end, _named_body(kind, _normal(ctx, doc[s:place.end]), None))
            continue
        name = span._.normal or span.text
        start = _adjective_before(ctx, s, taken) if kind == "org" else s
        if start < s:
            name = _normal(ctx, doc[start:e])    # «русская Патриархия»
        claim(start, e)
        # «Козельский район», «река Ока»: a place named with its kind's word has that type
        word = next((b.kb_id_ for b in ctx.kind("BODY") if s <= b.start and b.end <= e
                     and (b.end == e or b.start == s) and _place_type(ctx, b.kb_id_)), None) if kind == "place" else None
        add(start, e, _named_body(kind, name, word))
    index.mentions.sort(key=lambda m: (m.start, m.end))
    _shared_kind_word(ctx, index)
    _territorial_tails(ctx, index)
    _shortened_names(ctx, index)
    _main_territories(ctx, index)
    _generic_territories(ctx, index)
    _russian_by_adjective(ctx, index)
    _common_names(ctx, index)
    _regional_counterparts(ctx, index)    # (after: its region names the body it finds)
    # generic references: «в регионе» → main region; «ведомство» → last body of that type
    for start, end, body_type in generic:
        key = _resolve_generic(index, body_type, start)
        if key is not None:
            mention = BodyMention(start, end, key, True)
            index.mentions.append(mention)
            for i in range(start, end):
                index.by_token.setdefault(i, mention)
    index.mentions.sort(key=lambda m: (m.start, m.end))
    # mentions for the scorer: every NER span, every named body mention
    seen: set[tuple[int, int, str]] = set()
    places = [(m.start, m.end) for m in index.mentions if not m.generic
              and _place_type(ctx, index.bodies[m.key].body_type)]

    def in_place(s: int, e: int) -> bool:
        """«Славянки» inside «реки Славянки»: the place is named once, with its noun."""
        return any(a <= s and e <= b and (a, b) != (s, e) for a, b in places)

    for m in index.mentions:
        if m.generic or in_place(m.start, m.end):
            continue
        body = index.bodies[m.key]
        mtype = "LOC" if body.kind in ("region", "city", "country", "place") else "ORG"
        seen.add((doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]), mtype))
    inner_names = _names_inside_names(ctx, index)
    seen |= set(inner_names)
    for (start, end, _), iri in inner_names.items():
        if iri in index.bodies:
            index.bodies[iri].forms.add(ctx.text[start:end])    # «Правительства РФ»: «РФ» is Russia's
    outer = [(m.start, m.end) for m in index.mentions if not m.generic
             and index.bodies[m.key].kind == "org"]
    body_words = [(span.start, span.end, span.kb_id_) for span in ctx.kind("BODY")]
    for (s, e), span in ner_spans.items():
        if span.label_ == "ORG" and any(a <= s and e <= b and (a, b) != (s, e)
                                        and not _complement(ctx, body_words, a, s) for a, b in outer):
            continue   # «Комиссии по атомной энергии» inside «государственной Комиссии по …»
        if span.label_ == "LOC" and ((s, e) in outer or in_place(s, e)):
            continue   # «ЕС», «Кремль»: the gazetteer knows them as bodies, natasha as places
        end_char = span.end_char
        if span.label_ == "ORG":
            # «президиума Экспертно-консультативного … совета при главном архитекторе Москвы»: what
            # a council is «при» is its own, so it ends where the phrase does
            tail = max((b for a, b in outer if a < s < b and e < b), default=None) \
                if e < len(doc) and doc[e].norm_ == "при" else None   # not «МЧС | по Санкт-Петербургу»
            if tail is not None:
                end_char = doc[tail - 1].idx + len(doc[tail - 1])
        seen.add((span.start_char, end_char, span.label_))
    seen |= _quoted_genitives(ctx, seen)
    seen |= _interview_labels(ctx, seen)
    seen |= _glossed_names(ctx, seen)
    seen |= _glossed_places(ctx, seen)
    seen |= _bracketed_names(ctx, seen)
    seen = _latin_titles(ctx, seen)
    seen |= _latin_repeats(ctx, seen)
    seen |= _bracketed_names(ctx, seen)     # «World Fashion Channel (WFC)» found by its repeat
    seen |= _latin_repeats(ctx, seen)
    repeats, replaced = _quoted_repeats(ctx, seen, index)
    seen = (seen - replaced) | repeats
    seen |= _sites(ctx, seen)
    seen = _latin_descriptors(ctx, seen)
    seen |= _leaderships(ctx, seen)
    seen |= _facilities(ctx, seen)
    seen |= _buildings(ctx, seen)
    seen |= _organs_of_bodies(ctx, seen)
    seen = _holders_names(ctx, seen)
    seen = _action_phrases(ctx, seen)
    seen |= _named_prisons(ctx, seen, index)
    seen, quoted_whole = _place_adjective_quotes(ctx, seen)
    seen, described = _appositive_descriptors(ctx, seen)
    seen, pointed = _compass_points(ctx, seen)
    described.update(pointed)
    for start, end, mtype in sorted(seen):
        inner_ref = inner_names.get((start, end, mtype))
        name_start, name_end = described.get((start, end, mtype), (start, end))
        if _in_domain_name(ctx.text, start, end):
            continue   # «в зоне .РФ», «кремль.рф»: a part of a domain name names no body or place
        if (start, end, mtype) not in quoted_whole and end - start > 1 \
                and ctx.text[end - 1] in QUOTES_CLOSE and any(
                q in ctx.text[start:end - 1] for q in QUOTES_OPEN):
            end -= 1   # a mention ends inside its closing quote: ОАО «Газпром»
        tokens = doc.char_span(name_start, min(end, name_end), alignment_mode="expand")
        exact = [m for m in index.mentions if m.start == tokens.start and m.end in (tokens.end, tokens.end + 1)]
        ref = exact[0].key if exact else inner_ref
        mentions.append(Mention(start, end, mtype, ref))
    return index


# body types that are organs of another body: a name right after them is that body's
_ORGANS = {str(BODY[name]) for name in ("council", "committee", "commission", "bureau", "press-service",
                                        "faction", "branch", "division")}


def _complement(ctx: Context, body_words: list[tuple[int, int, str]], start: int, inner: int) -> bool:
    """«президентского совета Национального фронта», «пресс-службы Российского футбольного
    союза»: a name after the body word of a longer body phrase, in the genitive, is the body
    the phrase belongs to — an ORG of its own; a name that starts at the body word
    («государственной Комиссии по атомной энергии») is the same body, shorter; a name that may
    be nominative («корпорация Google», «федерации ФИДЕ») is the body's own name in apposition."""
    words = [(a, b, kind) for a, b, kind in body_words if start <= a and b <= inner]
    if not words:
        return False
    tags = [str(p.tag) for p in ctx.normalizer.morph_vocab(ctx.doc[inner].text)]
    if words[-1][1] == inner and words[-1][2] in _ORGANS and any("Fixd" in t for t in tags):
        return True   # «президентского совета ФИДЕ»: an organ is of a body, not its name
    return any("sing,gent" in t for t in tags) and not any("nomn" in t for t in tags)


# words after which a capitalised phrase names the medium: «в статье Частного корреспондента»
_MEDIA_CUES = {"статья", "материал", "публикация", "колонка", "репортаж", "интервью", "эфир"}


def _media_after_cue(ctx: Context, ner_spans: dict[tuple[int, int], Span],
                     taken: dict[int, tuple[int, int]], persons: set[int]) -> list[Span]:
    """«в статье Частного корреспондента», «в интервью Новой газете»: a capitalised adjective
    right after a word of publishing, with the adjectives and the noun after it, names a
    medium (an ORG) when natasha and the gazetteer have nothing there."""
    doc = ctx.doc
    covered = set(taken) | {i for s, e in ner_spans for i in range(s, e)} | persons
    found = []
    for i in [i for i, norm in enumerate(ctx.norms[:-1]) if norm in _MEDIA_CUES]:
        start = j = i + 1
        if not _capitalised(doc[j]) or doc[j].pos_ != "ADJ":
            continue   # «в статье Конституции» is a law's article
        while j < len(doc) and j - start < 4 and doc[j].pos_ == "ADJ" and not doc[j].is_sent_start:
            j += 1
        if j >= len(doc) or doc[j].pos_ not in ("NOUN", "PROPN") or doc[j].is_sent_start:
            continue
        end = j + 1
        if any(k in covered for k in range(start, end)):
            continue
        found.append(Span(doc, start, end, label="ORG"))
    return found


def _quoted_genitives(ctx: Context, seen: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """«Русской службе «Голоса Америки»»: a quoted name in the genitive inside an ORG phrase
    names the body it belongs to, an ORG mention of its own; a name in apposition
    («газете «Труд»», «компании «Газпром»») stands in the nominative and is the body's own,
    and so is any name right after a body-type word that is no organ («газета «Ведомости»»)."""
    doc = ctx.doc
    found = set()
    type_word_ends = {span.end - 1 for span in ctx.kind("BODY") if span.kb_id_ not in _ORGANS}
    for start, end_char, mtype in seen:
        if mtype != "ORG":
            continue
        span = doc.char_span(start, end_char, alignment_mode="expand")
        for i in range(span.start + 1, span.end - 1):
            if doc[i].text not in QUOTES_OPEN or doc[i - 1].pos_ != "NOUN" or i - 1 in type_word_ends:
                continue
            end = _quoted_end(doc, i)
            if end is None or end > span.end + 1 or not doc[i + 1].text[:1].isupper():
                continue
            tags = [str(p.tag) for p in ctx.normalizer.morph_vocab(doc[i + 1].text)]
            if not any("gent" in t for t in tags) or any("sing,nomn" in t for t in tags):
                continue
            found.add((doc[i + 1].idx, doc[end - 2].idx + len(doc[end - 2]), "ORG"))
    return found


def _interview_labels(ctx: Context, seen: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """«Голос Америки: Спасибо за интервью!»: in a transcript, the label before a colon at the
    start of a paragraph that repeats (by lemmas) a body the article names is an ORG mention."""
    doc = ctx.doc
    names = set()
    for start, end, mtype in seen:
        if mtype == "ORG":
            span = doc.char_span(start, end, alignment_mode="expand")
            names.add(tuple(t.norm_ for t in span if not t.is_punct))
    if not names:
        return set()
    persons = {i for span in ctx.ner("PER") for i in range(span.start, span.end)}
    found = set()
    texts = ctx.texts          # a line break is always in a whitespace token of its own
    for i in [i for i in range(len(texts)) if i == 0 or "\n" in texts[i - 1]]:
        token = doc[i]
        if i > 0 and not (doc[i - 1].is_space and "\n" in doc[i - 1].text) \
                and not (doc[i - 1].idx + len(doc[i - 1]) < token.idx and "\n" in ctx.text[doc[i - 1].idx:token.idx]):
            continue
        j = i
        while j < len(doc) and j - i < 5 and doc[j].text[:1].isalpha() and j not in persons:
            j += 1
        if j == i or j >= len(doc) or doc[j].text != ":" or not token.text[:1].isupper():
            continue
        if tuple(t.norm_ for t in doc[i:j]) in names:
            found.add((token.idx, doc[j - 1].idx + len(doc[j - 1]), "ORG"))
    return found


def _bracketed_names(ctx: Context, seen: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """«Хмельницкой атомной электростанции (ХАЭС)», «Международная амнистия (Amnesty
    International)»: an abbreviation or a Latin name in brackets right after an ORG mention is
    the same body's other name, an ORG mention of its own."""
    doc, text = ctx.doc, ctx.text
    taken = {i for start, end, _ in seen for i in range(start, end)}
    persons = {i for span in ctx.ner("PER") for i in range(span.start, span.end)}
    found = set()
    for start, end, mtype in seen:
        if mtype != "ORG":
            continue
        k = end
        while k < len(text) and text[k] in " »”\"":
            k += 1
        if k >= len(text) or text[k] != "(":
            continue
        close = text.find(")", k)
        inner = text[k + 1:close] if close > 0 else ""
        words = inner.split()
        if not words or len(words) > 4 or any(i in taken for i in range(k + 1, close)):
            continue
        abbreviation = len(words) == 1 and sum(c.isupper() for c in inner) >= 2 and inner.isalpha()
        latin = all(w[:1].isupper() and w.isalpha() and all(c < "\u0250" for c in w) for w in words)
        span = doc.char_span(k + 1, close, alignment_mode="expand")
        if not (abbreviation or latin) or span is None or any(t.i in persons for t in span):
            continue
        found.add((k + 1, close, "ORG"))
    return found


_GLOSS_SMALL = {"of", "the", "and", "for", "de", "du", "des", "della", "del", "und", "für", "on"}


_LATIN_GLOSS = re.compile(r"\s*\(([A-Z][A-Za-z'’\-]*(?: [A-Z][A-Za-z'’\-]*){0,3})\)")


def _glossed_places(ctx: Context, seen: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """«в Аль Аин (Al Ain)»: a place's name in Latin letters in brackets right after it is a
    LOC mention too, unless something else is there already."""
    found = set()
    for start, end, mtype in seen:
        if mtype != "LOC":
            continue
        gloss = _LATIN_GLOSS.match(ctx.text, end)
        if gloss is None:
            continue
        s, e = gloss.span(1)
        if not any(a < e and s < b for a, b, _ in seen):
            found.add((s, e, "LOC"))
    return found


def _glossed_names(ctx: Context, seen: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """«Международная амнистия (Amnesty International) обвиняет …»: a capitalised Russian phrase
    of adjectives and nouns glossed right after it by a Latin name of two or more capitalised
    words in brackets is a translated organisation's name: both are ORG mentions (a person's
    or a place's name is natasha's and stays)."""
    doc, text = ctx.doc, ctx.text
    covered: set[int] | None = None          # made when a bracket holds a Latin name
    found = set()
    for k in [k for k, text in enumerate(ctx.texts) if text == "(" and k > 0]:
        token = doc[k]
        close = text.find(")", token.idx)
        inner = text[token.idx + 1:close] if close > 0 else ""
        words = inner.split()
        if not 2 <= len(words) <= 6 or not words[0][:1].isupper() or any(
                not (w.isalpha() and all(c < "\u0250" for c in w)
                     and (w[:1].isupper() or w.lower() in _GLOSS_SMALL)) for w in words):
            continue
        start = k
        while start > 0 and k - start < 5 and doc[start - 1].pos_ in ("ADJ", "NOUN", "PROPN") \
                and doc[start - 1].text[:1].isalpha():
            start -= 1
            if doc[start].text[:1].isupper():
                break
        if start == k or not doc[start].text[:1].isupper() \
                or not any(t.pos_ in ("NOUN", "PROPN") for t in doc[start:k]):
            continue
        phrase = (doc[start].idx, doc[k - 1].idx + len(doc[k - 1]))
        if covered is None:
            covered = {i for start_, end_, _ in seen for i in range(start_, end_)} \
                | {i for span in ctx.ner("PER") for i in range(span.start_char, span.end_char)}
        if any(i in covered for i in range(*phrase)) or any(i in covered for i in range(token.idx + 1, close)):
            continue
        found.add((phrase[0], phrase[1], "ORG"))
        found.add((token.idx + 1, close, "ORG"))
    return found


def _latin_titles(ctx: Context, seen: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """«конкурс The BOBs», «страница The Right Move»: an English «The …» name after a common
    noun that is no body word names a contest, a page or a song, not a body («газета The
    Guardian» stays)."""
    doc = ctx.doc
    body_ends = {span.end for span in ctx.kind("BODY")}
    out = set(seen)
    for start, end, mtype in seen:
        if mtype != "ORG" or not ctx.text.startswith("The ", start):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        i = span.start
        if i > 0 and doc[i - 1].pos_ == "NOUN" and doc[i - 1].text[:1].islower() and i not in body_ends:
            out.discard((start, end, mtype))
    return out


_LATIN = re.compile(r"[A-Za-z]")
_DOMAIN = re.compile(r"\.(ru|com|net|org|info|su|рф|ua|by|kz|eu)$", re.IGNORECASE)
_SITE_WORDS = {"сайт", "портал"}
_NAME_DESCRIPTOR = URIRef("https://w3id.org/kg-news/ontology#nameDescriptor")


_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9&.'-]*(?: [A-Z0-9][A-Za-z0-9&.'-]*)*")


def _latin_repeats(ctx: Context, seen: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """«Угроза над World Fashion Channel (WFC) нависла …»: a name in Latin letters that the
    article names as an ORG once is the same body wherever else it stands as a whole name (it
    does not inflect, so the string is the name); «WFC имеет все шансы»."""
    text = ctx.text
    names = set()
    for start, end, mtype in seen:
        # the name itself, or the name after its descriptor («телеканала World Fashion Channel»)
        match = re.search(r"(?:^|(?<= ))" + _LATIN_NAME.pattern + "$", text[start:end]) if mtype == "ORG" else None
        if match:
            names.add(match.group(0))
    if not names:
        return set()
    covered = [(start, end) for start, end, _ in seen]
    found = set()
    for name in names:
        for match in re.finditer(re.escape(name), text):
            start, end = match.span()
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            if before.isalnum() or after.isalnum() or before in ".-@/" or after in "-@/" \
                    or (after == "." and end + 1 < len(text) and text[end + 1].isalnum()):
                continue   # a part of a longer word, a domain or an address
            gap_before = text[max(0, start - 2):start]
            gap_after = text[end:end + 2]
            if re.fullmatch(r" [A-Z]", gap_after) or re.fullmatch(r"[A-Za-z] ", gap_before):
                continue   # a part of a longer Latin name
            if any(s < end and start < e for s, e in covered):
                continue
            found.add((start, end, "ORG"))
    return found


def _quoted_repeats(ctx: Context, seen: set[tuple[int, int, str]], index: BodyIndex
                    ) -> tuple[set[tuple[int, int, str]], set[tuple[int, int, str]]]:
    """«движения «Архнадзор»» … «Архнадзор против …», «центра «Кин-Топ»» … «детвора из Кин-Топа»:
    a quoted name of an ORG mention is that body wherever the article repeats it without quotes,
    in any case, with the body-type word right before it when there is one («в центре Кин-Топ»).
    natasha's LOC on exactly the repeat, a name the gazetteer does not know as a place, is that
    body too, and the index refers the repeats to the body. Returns the ORG mentions found and
    the LOC mentions they replace."""
    doc, texts = ctx.doc, ctx.texts
    names: dict[tuple[str, ...], str | None] = {}      # the quoted name → its body's key
    for start, end, mtype in sorted(seen):
        if mtype != "ORG":
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        body = next((m.key for m in index.mentions if not m.generic and m.start <= span.start
                     and span.end <= m.end + 1 and index.bodies[m.key].kind == "org"), None)
        for i in range(span.start, span.end):
            if texts[i] in QUOTES_OPEN:
                close = _quoted_end(doc, i)
                if close and 1 < close - i <= 4 and _name_like(doc[i + 1]):
                    names.setdefault(tuple(ctx.normalizer.lemma(t) for t in texts[i + 1:close - 1]), body)
    if not names:
        return set(), set()
    covered = [(start, end) for start, end, _ in seen]
    gazetteer = {i for span in ctx.kind("GAZ") for i in range(span.start, span.end)}
    replaced = set()
    type_words = {span.end: span.start for span in ctx.kind("BODY")}
    firsts = {name[0] for name in names}
    starts = [i for i, text in enumerate(texts) if text[:1].isupper()
              and not (i and texts[i - 1] in QUOTES_OPEN) and ctx.normalizer.lemma(text) in firsts]
    found = set()
    for name in names:
        k = len(name)
        for i in starts:
            if tuple(ctx.normalizer.lemma(t) for t in texts[i:i + k]) != name:
                continue
            start_char, end_char = doc[i].idx, doc[i + k - 1].idx + len(doc[i + k - 1])
            overlapping = [m for m in seen if m[0] < end_char and start_char < m[1]]
            if overlapping == [(start_char, end_char, "LOC")] and not gazetteer & set(range(i, i + k)):
                replaced.add(overlapping[0])      # «с Кин-Топ»: natasha's place is the centre
            elif overlapping:
                continue
            first = type_words.get(i)
            if first is not None and not any(s <= doc[first].idx < e for s, e in covered):
                start_char = doc[first].idx
            else:
                first = i
            if names[name] is not None:
                _refer(index, BodyMention(first, i + k, names[name]))
            found.add((start_char, end_char, "ORG"))
    return found, replaced


def _refer(index: BodyIndex, mention: BodyMention) -> None:
    """Put ``mention`` in the index in place of any mention on exactly its tokens."""
    index.mentions = sorted([m for m in index.mentions if (m.start, m.end) != (mention.start, mention.end)]
                            + [mention], key=lambda m: (m.start, m.end))
    for i in range(mention.start, mention.end):
        index.by_token[i] = mention


_SITE = re.compile(r"(?<![\w.«\"“„/@-])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*"
                   r"\.(?:ru|com|net|org|info|su|ua|by|kz)(?![\w@/-]|\.\w)", re.IGNORECASE)


def _sites(ctx: Context, seen: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """«сообщает baltinfo.ru», «цитирует infox.ru»: a site named by its domain outside quotes and
    addresses is a body, the media the article cites (a domain in quotes is a name being talked
    about: «кремль.рф»)."""
    found = set()
    for match in _SITE.finditer(ctx.text):
        start, end = match.span()
        if not any(s < end and start < e for s, e, _ in seen):
            found.add((start, end, "ORG"))
    return found


def _descriptor_patterns(ctx: Context) -> list[tuple[str, ...]]:
    """Lemma sequences of ``kg:nameDescriptor`` («социальная сеть» → социальный сеть), longest first."""
    found = set()
    for value in ctx.ontology.graph.objects(None, _NAME_DESCRIPTOR):
        words = tuple(ctx.normalizer.lemma(w) for w in str(value).split())
        if words:
            found.add(words)
    return sorted(found, key=len, reverse=True)


def _latin_descriptors(ctx: Context, seen: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """«социальной сети Facebook», «сайте Roem.ru», «компаний Oracle»: an ORG named in Latin
    letters takes the common noun right before it (``kg:nameDescriptor`` or a body-type word)."""
    doc = ctx.doc
    patterns = None
    body_ends = {span.end: span.start for span in ctx.kind("BODY")}
    out = set(seen)
    for start, end, mtype in sorted(seen):
        if mtype != "ORG" or not (_LATIN.match(ctx.text[start:end]) or _SITE.fullmatch(ctx.text[start:end])):
            continue
        tokens = doc.char_span(start, end, alignment_mode="expand")
        i = tokens.start
        if i == 0:
            continue
        new_start = None
        if i in body_ends and doc[i - 1].pos_ == "NOUN":
            new_start = body_ends[i]
        elif _DOMAIN.search(ctx.text[start:end]) and doc[i - 1].norm_ in _SITE_WORDS:
            new_start = i - 1   # «на сайте Roem.ru»: a site named by its domain keeps the word
        else:
            if patterns is None:
                patterns = _descriptor_patterns(ctx)
            for words in patterns:
                k = len(words)
                if i >= k and tuple(t.norm_ for t in doc[i - k:i]) == words and doc[i - 1].pos_ == "NOUN":
                    new_start = i - k
                    break
        if new_start is None:
            continue
        char = doc[new_start].idx
        if any(s <= char < e and (s, e, m) != (start, end, mtype) for s, e, m in seen):
            continue   # the word is already part of another mention
        out.discard((start, end, mtype))
        out.add((char, end, mtype))
        # «компаний Oracle и Sun Microsystems»: a plural descriptor names the next Latin name too,
        # one mention over both
        after = doc[tokens.end] if tokens.end + 1 < len(doc) else None
        if after is not None and after.norm_ == "и" and "Plur" in doc[i - 1].morph.get("Number"):
            second = next(((s, e) for s, e, m in seen if m == "ORG" and s == doc[tokens.end + 1].idx
                           and _LATIN.match(ctx.text[s:e])), None)
            if second is not None:
                out.add((char, second[1], mtype))
    return out


# words for the people who run a body, named by it: «руководство телеканала»
_LEADERSHIP_WORDS = {"руководство", "канцелярия"}


def _leaderships(ctx: Context, seen: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """«канцелярия правительства Израиля», «нынешнее руководство Афганистана», «руководство
    телеканала»: the leadership or the office of a body or a country named in the genitive right
    after it acts as a body — an ORG mention with its adjectives and the name (which keeps its own
    mention). «руководство страны», «под руководством Иванова» name no body."""
    doc = ctx.doc
    starts = {start: (end, mtype) for start, end, mtype in seen}
    body_words = {span.start: span for span in ctx.kind("BODY")}
    found = set()
    for i in [i for i, norm in enumerate(ctx.norms[:-1]) if norm in _LEADERSHIP_WORDS]:
        token = doc[i]
        if token.pos_ != "NOUN":
            continue
        j = i + 1
        if _case(doc[j]) != "Gen" or doc[j].is_sent_start:
            continue
        end = None
        named = starts.get(doc[j].idx)
        if named is not None:
            end = named[0]
        else:
            while j < len(doc) and _attributive(doc[j]) and _case(doc[j]) == "Gen":
                j += 1
            word = body_words.get(j)
            if word is not None and _case(doc[j]) == "Gen" and word.kb_id_ not in _KIND_OF_TYPE \
                    and not _place_type(ctx, word.kb_id_):
                end = doc[word.end - 1].idx + len(doc[word.end - 1])
        if end is None:
            continue
        start = i
        while start > 0 and _attributive(doc[start - 1]) and not doc[start].is_sent_start:
            start -= 1
        char = doc[start].idx
        if any(s <= char < e for s, e, _ in seen):
            continue
        found.add((char, end, "ORG"))
    return found


# places of detention named by a name of their own: «тюрьма Абу-Грейб», «лагерь Гуантанамо»
_PRISON_WORDS = {"тюрьма", "лагерь", "лагер"}     # «лагере» → «лагер» by the dictionary


def _singular_nouns(ctx: Context, lemmas: set[str]) -> Iterator[tuple[int, Token]]:
    """(index, token) of the singular nouns with one of ``lemmas`` (the dictionary's or the
    tagger's), the last token of the article aside (a name must follow them)."""
    doc = ctx.doc
    nouns = ctx.memo.get("singular_nouns")
    if nouns is None:   # the dictionary's lemmas of the article's singular nouns, once
        nouns = ctx.memo["singular_nouns"] = [
            (i, {ctx.normalizer.lemma(token.text), token.norm_}) for i, token in enumerate(doc[:-1])
            if token.pos_ == "NOUN" and "Plur" not in token.morph.get("Number")]
    for i, forms in nouns:
        if forms & lemmas:
            yield i, doc[i]


def _named_prisons(ctx: Context, seen: set[tuple[int, int, str]], index: BodyIndex
                   ) -> set[tuple[int, int, str]]:
    """«в тюрьме Абу-Грейб», «в лагере Гуантанамо»: a prison or a camp with a place name in
    apposition is an institution, an ORG mention over both (the name stays a LOC); with a
    country or a city in the genitive it is only where one is held («в тюрьме США», «в
    федеральной тюрьме Нью-Йорка»)."""
    doc = ctx.doc
    places = {start: end for start, end, mtype in seen if mtype == "LOC"}
    found = set()
    for i, token in _singular_nouns(ctx, _PRISON_WORDS):
        nxt = doc[i + 1]
        end = places.get(nxt.idx)
        if end is None or not nxt.text[:1].isupper():
            continue
        tags = [str(p.tag) for p in ctx.normalizer.morph_vocab(nxt.text)]
        if any("Geox" in t for t in tags) and not any("nomn" in t for t in tags):
            continue   # «федеральной тюрьме Нью-Йорка»: a known place inflected, where the prison is
        mention = index.starting_at(i + 1)
        if mention is not None and index.bodies[mention.key].kind in _TERRITORIES:
            continue
        found.add((token.idx, end, "ORG"))
    return found


def _names_inside_names(ctx: Context, index: BodyIndex) -> dict[tuple[int, int, str], str]:
    """«Парламентской ассамблеи Совета Европы», «Организации по безопасности и сотрудничеству в
    Европе»: a gazetteer body's name holds other gazetteer names (a body, a place); each is a
    mention of its own inside (the longest match took their tokens). Returns the mentions
    with the gazetteer IRI each refers to."""
    doc, onto = ctx.doc, ctx.ontology
    found: dict[tuple[int, int, str], str] = {}
    names = [m for m in index.mentions if not m.generic and index.bodies[m.key].iri
             and index.bodies[m.key].kind == "org"]
    for m in names:
        for span in ctx.kind("GAZ"):
            if not (m.start <= span.start and span.end <= m.end) or (span.start, span.end) == (m.start, m.end) \
                    or span.kb_id_ == index.bodies[m.key].iri or not doc[span.start].text[:1].isupper():
                continue
            entity = onto.entity(_iri(span.kb_id_))
            if entity is None:
                continue
            kind = _KIND_OF_TYPE.get(str(entity.body_type), "org")
            place = kind != "org" or bool({str(t) for t in entity.types} & PLACE_CLASSES)
            found[(span.start_char, span.end_char, "LOC" if place else "ORG")] = str(entity.iri)
    return found


# buildings named by whom they house or honour: «здание Законодательного собрания»
_BUILDING_WORDS = {"здание", "штаб-квартира", "резиденция", "тюрьма", "памятник"}
# the case of the name: whose building (genitive), to whom a monument stands (dative)
_BUILDING_CASES = {"памятник": ("Dat", "Gen")}


def _buildings(ctx: Context, seen: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """«у входа в здание Законодательного собрания», «в штаб-квартире Google», «в федеральной
    тюрьме Нью-Йорка», «памятник Пушкину»: a building word with its adjectives, right before
    the named body, place or person it houses, holds or honours (in the genitive; a monument's
    person in the dative), is a place: a LOC mention over both; the name keeps its own. A
    prison with a name of its own in apposition is an institution (:func:`_named_prisons`)."""
    doc = ctx.doc
    starts: dict[int, tuple[int, str]] = {}
    for start, end, mtype in seen:
        if mtype in ("ORG", "LOC") and end > starts.get(start, (0, ""))[0]:
            starts[start] = (end, mtype)
    persons = {span.start_char: span for span in ctx.ner("PER")}
    found = set()
    for i, token in _singular_nouns(ctx, _BUILDING_WORDS):
        name = doc[i + 1]
        if name.is_sent_start or not name.text[:1].isupper():
            continue
        lemma = ctx.normalizer.lemma(token.text)
        cases = _BUILDING_CASES.get(lemma, ("Gen",))
        if lemma == "памятник" and name.idx in persons:
            end = persons[name.idx].end_char
        elif name.idx in starts:
            end = starts[name.idx][0]
        else:
            continue
        if _case(name) not in cases and not (_case(name) is None and name.pos_ == "PROPN"):
            continue   # «в тюрьме Абу-Грейб»: a name in apposition
        start = i
        while start > 0 and _attributive(doc[start - 1]) and not doc[start].is_sent_start:
            start -= 1
        char = doc[start].idx
        if any(s <= char < e or s <= token.idx < e for s, e, _ in seen):
            continue
        found.add((char, end, "LOC"))
    return found


# facilities named by the body that runs them: «водозаборная станция „Водоканала“»
_FACILITY_WORDS = {"станция"}


def _facilities(ctx: Context, seen: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """«южная водозаборная станция „Водоканала“», «Южная водозаборная станция ГУП «Водоканал»»:
    a facility word with its adjectives, right before the ORG that runs it (in the genitive or
    in apposition, quoted or not), is an ORG mention over both; the body keeps its own."""
    doc, text = ctx.doc, ctx.text
    starts = {start: end for start, end, mtype in seen if mtype == "ORG"}
    found = set()
    for i, token in _singular_nouns(ctx, _FACILITY_WORDS):
        j = i + 1
        if doc[j].text in QUOTES_OPEN and j + 1 < len(doc):
            j += 1
        end = starts.get(doc[j].idx)
        if end is None or doc[j].is_sent_start:
            continue
        start = i
        while start > 0 and _attributive(doc[start - 1]) and not doc[start].is_sent_start:
            start -= 1
        if start == i:
            continue   # «станция «Маяк»»: a facility named by its kind alone is the body itself
        char = doc[start].idx
        if any(s <= char < e for s, e, _ in seen):
            continue
        if end < len(text) and text[end] in QUOTES_CLOSE and doc[j - 1].text in QUOTES_OPEN:
            end += 1
        found.add((char, end, "ORG"))
    return found


def _organs_of_bodies(ctx: Context, seen: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """«политбюро партии», «пресс-служба компании»: an organ of a body (council, committee,
    commission, bureau, press service) named by a body word in the genitive at the end of the
    phrase: that body word is the body the organ belongs to, an ORG mention of its own."""
    doc = ctx.doc
    words = {span.start: span for span in ctx.kind("BODY")}
    found = set()
    for start, end, mtype in seen:
        if mtype != "ORG":
            continue
        tokens = doc.char_span(start, end, alignment_mode="expand")
        if tokens is None:
            continue
        for organ in (w for w in words.values() if tokens.start <= w.start and w.end < tokens.end
                      and w.kb_id_ in _ORGANS):
            body = words.get(organ.end)
            if body is None or body.end != tokens.end or body.kb_id_ in _ORGANS \
                    or _case(doc[body.start]) != "Gen" or not doc[body.start].text[:1].islower() \
                    or body.kb_id_ in _KIND_OF_TYPE or _place_type(ctx, body.kb_id_):
                continue
            found.add((body.start_char, body.end_char, "ORG"))
    return found


def _action_phrases(ctx: Context, seen: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """«в этом объединении противоречий», «под израильским управлением»: a phrase wholly in
    lowercase whose body word is a noun of action (-ание, -ение) names what is done, not a body:
    no ORG mention (the body stays for a post that names it: «начальник управления
    образования Иван Петров»)."""
    doc, text = ctx.doc, ctx.text
    words = sorted(ctx.kind("BODY"), key=lambda w: (w.start, -len(w)))
    out = set(seen)
    for start, end, mtype in seen:
        phrase = text[start:end]
        if mtype != "ORG" or phrase.lower() != phrase or not phrase[:1].isalpha() \
                or any(q in phrase for q in QUOTES_OPEN):
            continue
        # the phrase's first body word, the longest there («региональное отделение», not
        # «отделение»; «совета отделения» is a council's)
        head = next((w for w in words if start <= w.start_char and w.end_char <= end), None)
        if head is not None and len(head) == 1 and _action_noun(ctx, head[0]):
            out.discard((start, end, mtype))
    return out


def _holders_names(ctx: Context, seen: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """«администрация президента Обамы»: a body named by a post runs on over the name of the
    post's holder in the genitive right after it (a nominative name is the next person's:
    «администрации президента Дмитрий Песков»)."""
    doc = ctx.doc
    post_ends = {span.end for span in ctx.kind("POST")}
    persons = {span.start: span for span in ctx.ner("PER")}
    out = set(seen)
    for start, end, mtype in seen:
        if mtype != "ORG":
            continue
        tokens = doc.char_span(start, end, alignment_mode="expand")
        if tokens is None or tokens.end not in post_ends or tokens.end - tokens.start < 2:
            continue
        person = persons.get(tokens.end)
        if person is None or _case(person[0]) != "Gen" or person[0].is_sent_start:
            continue
        out.discard((start, end, mtype))
        out.add((start, person.end_char, mtype))
    return out


def _in_domain_name(text: str, start: int, end: int) -> bool:
    """The span is glued to a dot of a domain name: «.РФ», «кремль.рф» (not «США.» at a sentence end)."""
    # «в зоне .РФ»; but «г.Москве» (an abbreviation before the name) is a place
    before = start > 0 and text[start - 1] == "." and (start < 2 or text[start - 2].isspace())
    after = end + 1 < len(text) and text[end] == "." and text[end + 1].isalpha() and text[end + 1].islower()
    return before or after


def _place_adjective_quotes(ctx: Context, seen: set[tuple[int, int, str]]
                            ) -> tuple[set[tuple[int, int, str]], set[tuple[int, int, str]]]:
    """«лидер московского «Центра»»: a quoted ORG name after a lowercase place adjective is named
    with it and its quotes, as the devset annotates a band or a club of a city. Returns the new
    mentions and those whose closing quote stays."""
    doc, text = ctx.doc, ctx.text
    adjectives = {span.end: span.start for span in ctx.kind("ADJ")}
    out, whole = set(seen), set()
    for start, end, mtype in sorted(seen):
        if mtype != "ORG" or start < 1 or text[start - 1] not in QUOTES_OPEN:
            continue
        if end >= len(text) or text[end] not in QUOTES_CLOSE:
            continue
        quote = doc.char_span(start - 1, start, alignment_mode="expand")
        if quote is None or quote.start not in adjectives:
            continue
        first = doc[adjectives[quote.start]]
        if not first.text[:1].islower() or first.pos_ != "ADJ":
            continue
        if any(s < start - 1 and e > first.idx and (s, e, m) != (start, end, mtype) for s, e, m in seen):
            continue
        out.discard((start, end, mtype))
        new = (first.idx, end + 1, mtype)
        out.add(new)
        whole.add(new)
    return out, whole


_Found = set[tuple[int, int, str]]     # mentions as (start char, end char, type)


def _appositive_descriptors(ctx: Context, seen: _Found
                            ) -> tuple[_Found, dict[tuple[int, int, str], tuple[int, int]]]:
    """«в центре «Кин-Топ»», «в проекте «Сколково»»: a lowercase singular noun right before a
    quoted ORG name in apposition (the name may be nominative) describes it and is part of its
    mention, with the adjectives agreeing with it («русского развивающего центра «Кин-Топ»»).
    Not a post («лидер «Яблока»»), nor a noun the name depends on («акции «Газпрома»»).
    Returns the mentions and, for each new one, the name's own span (for the body it refers to)."""
    doc, text = ctx.doc, ctx.text
    posts = {i for span in ctx.kind("POST") for i in range(span.start, span.end)}
    out, described = set(seen), {}
    for start, end, mtype in sorted(seen):
        if mtype != "ORG" or start < 2 or text[start - 1] not in QUOTES_OPEN \
                or end >= len(text) or text[end] not in QUOTES_CLOSE:
            continue
        quote = doc.char_span(start - 1, start, alignment_mode="expand")
        if quote is None or quote.start == 0:
            continue
        noun, name = doc[quote.start - 1], doc[quote.end]
        if noun.pos_ != "NOUN" or not noun.text[:1].islower() or "Plur" in noun.morph.get("Number") \
                or noun.i in posts or not _may_be_case(ctx, name, "Nom") \
                or not any(p.tag.POS == "NOUN" for p in ctx.normalizer.morph_vocab(noun.text)):
            continue   # «передаёт «Интерфакс»»: a verb the tagger took for a noun
        if all("anim" in p.tag for p in ctx.normalizer.morph_vocab(noun.text) if p.tag.POS == "NOUN"):
            continue   # «резидентом «Сколково»», «спонсора «Зенит»»: a person's role, not a body's kind
        after = doc.char_span(end, end + 1, alignment_mode="expand")
        if after is not None and after.end < len(doc) and doc[after.end].pos_ == "VERB" \
                and "Fin" in doc[after.end].morph.get("VerbForm"):
            continue   # «в рамках этого проекта «Фэйсбук» предоставляет …»: the name is a subject
        first = noun.i
        while first > 0 and _attributive(doc[first - 1]) and doc[first - 1].text[:1].islower() \
                and _may_be_case(ctx, doc[first - 1], _case(noun) or "Nom"):
            first -= 1
        if any(s < start - 1 and e > doc[first].idx for s, e, _ in seen):
            continue   # the words are part of another mention
        out.discard((start, end, mtype))
        out.add((doc[first].idx, end, mtype))
        described[(doc[first].idx, end, mtype)] = (start, end)
    return out, described


# adjectives of the compass that name a part of a place («западной Европы», «южные Курилы»)
_COMPASS = frozenset({"северный", "южный", "западный", "восточный", "северо-западный",
                      "северо-восточный", "юго-западный", "юго-восточный", "центральный"})


def _compass_points(ctx: Context, seen: _Found
                    ) -> tuple[_Found, dict[tuple[int, int, str], tuple[int, int]]]:
    """«в западной Европе», «Северной Африке», «южные Курильские острова»: an adjective of
    the compass right before a place, in its case, names a part of it and is part of its LOC
    mention (natasha and the gazetteer take only the name). Returns the mentions and, for each
    new one, the name's own span."""
    doc = ctx.doc
    out, described = set(seen), {}
    taken = {(s, e) for s, e, _ in seen}
    for start, end, mtype in sorted(seen):
        if mtype != "LOC":
            continue
        name = doc.char_span(start, end, alignment_mode="expand")
        if name is None or name.start == 0:
            continue
        adjective = doc[name.start - 1]
        if adjective.pos_ != "ADJ" or adjective.norm_ not in _COMPASS \
                or not _may_be_case(ctx, adjective, _case(name[0]) or "Nom"):
            continue
        first = adjective.idx
        if (first, end) in taken:
            out.discard((start, end, mtype))   # natasha's «Северной Африке» over the gazetteer's «Африке»
            continue
        if any(s <= first < e for s, e in taken):
            continue   # the adjective is part of another mention
        out.discard((start, end, mtype))
        out.add((first, end, mtype))
        described[(first, end, mtype)] = (start, end)
    return out, described


_TERRITORIES = ("country", "region", "city")
_STREET = str(BODY.street)
_WHICH_HOLDER = {"новый", "бывший", "нынешний", "прежний", "будущий"}     # adjectives of a post's holder
# bodies named with the place they sit in: an embassy, a consulate, a mission, a party's
# regional division («региональное отделение партии … в Калужской области»)
_SEATED = {str(BODY.embassy), str(BODY.consulate), str(BODY.mission), str(BODY.division)}


# a territory word closing a body's name, not a territory's name: the kind of the article's
# main territory it stands for and the word that territory's name must hold (None: any)
_GENERIC_TERRITORIES = {"области": ("region", "область"), "края": ("region", "край"),
                        "республики": ("region", "республика"), "региона": ("region", None),
                        "города": ("city", None), "района": ("district", "район")}


# the words of a unit of a body named after it, in the genitive or in apposition: a branch
_UNIT_WORDS = {"отделение", "филиал", "представительство", "подразделение"}


def _unit_of(ctx: Context, span: Span, inside: set[tuple[int, int]]) -> bool:
    """natasha's ORG opens with a unit's word (past adjectives) and ends with a body already
    named there: «Калужское отделение № 8608 ПАО Сбербанк», «филиал ПАО «Россети»»."""
    if span.label_ != "ORG" or not inside or any(b != span.end for _, b in inside):
        return False
    head = next((t for t in span if t.pos_ != "ADJ"), None)
    return head is not None and head.i < min(a for a, _ in inside) and ctx.normalizer.lemma(head.text) in _UNIT_WORDS


def _shared_kind_word(ctx: Context, index: BodyIndex) -> None:
    """«Калужской и Тульской областях», «Козельский, Мещовский и Сухиничский районы»: adjectives
    in a list share the word of a place's kind after the last; each names a place of that
    kind («Калужская область», «Мещовский район»), not «Калужская» and «Сухиничский районы»."""
    doc = ctx.doc
    labels = ctx.ontology.derived("gazetteer labels", lambda: {
        lemma_key(label): str(e.iri) for e in ctx.ontology.entities.values() for label in e.labels})
    kinds = {s.end - 1: s for s in ctx.kind("BODY") if _place_type(ctx, s.kb_id_) and s.end - s.start == 1}
    for last in list(index.mentions):
        body = index.bodies[last.key]
        word = kinds.get(last.end - 1)
        body_type = word.kb_id_ if word is not None else body.body_type
        if last.generic or last.end - last.start != 2 or not _adjective(ctx, doc[last.start].text) \
                or not (word is not None or body.iri and body.kind in ("region", "place")):
            continue
        members = [last]
        k = last.start - 1
        while k > 0 and doc[k].text in (",", "и"):
            before = index.ending_at(k)
            if before is None or before.generic or before.end - before.start != 1 \
                    or not _adjective(ctx, doc[before.start].text):
                break
            members.insert(0, before)
            k = before.start - 1
        if len(members) < 2:
            continue
        noun = ctx.normalizer.lemma(doc[last.end - 1].text)
        for member in members:
            if index.bodies[member.key].iri:
                continue        # the gazetteer's «Тульской областях» is Тульская область already
            name = ctx.normalizer.with_noun(doc[member.start].text, noun)
            iri = labels.get(lemma_key(name))
            entity = ctx.ontology.entity(_iri(iri)) if iri else None
            body = _entity_body(entity) if entity is not None else _named_body("place", name, body_type)
            target = index.bodies.setdefault(body.key, body)
            target.forms |= index.bodies[member.key].forms
            _rekey(index, member.key, body.key)


def _one_district(index: BodyIndex) -> str | None:
    """The district the article names, when it names one only."""
    districts = [key for key, body in index.bodies.items() if body.body_type == str(BODY.district)]
    return districts[0] if len(districts) == 1 else None


def _fuller_name(index: BodyIndex, key: str, body: Body) -> str | None:
    """The one other body of the type that the article names with the territory's adjective
    where ``body`` has its generic word: «Администрация Жуковского района» for «Администрация
    района»."""
    words = body.name.lower().split()
    found = [other for other, b in index.bodies.items() if other != key and b.body_type == body.body_type
             and b.name.lower().split()[:len(words) - 1] == words[:-1] and len(b.name.split()) == len(words) + 1
             and b.name.lower().split()[-1] == words[-1]]
    return found[0] if len(found) == 1 else None


def _generic_territories(ctx: Context, index: BodyIndex) -> None:
    """«Правительство области», «министерство образования региона», «администрация города»
    name the body of the article's territory without its name: they are that territory's
    («Правительство Калужской области», «Администрация города Калуги»; «администрация района»
    after «Жуковский район», the one district named). With no main territory of that kind the
    body is this article's alone, not every «правительство области»."""
    heads: dict[str, str] | None = None
    for key, body in list(index.bodies.items()):
        words = body.name.split()
        if body.iri or body.kind != "org":
            continue
        if len(words) < 2:
            if _bare_territorial_authority(ctx, body):
                _bare_authority(ctx, index, key, body)    # «облдума», «гордума»
            continue
        last = words[-1].lower()
        if last in _GENERIC_TERRITORIES and not _adjective(ctx, words[-2]) \
                and not (len(words) > 2 and words[-2][:1].isupper()):
            # («Правительство Калужской области» names its region, «Администрация Жуковского района»
            # its district, whatever the dictionary makes of «Жуковского»)
            (kind, marker), keep = _GENERIC_TERRITORIES[last], last == "города"
        else:
            # «пресс-служба губернатора», «администрация мэра»: the head of the territory
            heads = _territory_heads(ctx) if heads is None else heads
            kind, marker, keep = heads.get(ctx.normalizer.lemma(last)), None, True
            if kind is None:
                if _bare_territorial_authority(ctx, body):
                    _bare_authority(ctx, index, key, body)
                continue
        main = index.main_region if kind == "region" else _one_district(index) if kind == "district" \
            else index.main_city
        name = index.bodies[main].name if main in index.bodies else None
        fuller = _fuller_name(index, key, body)
        if name is not None and (marker is None or marker in name.lower().split()):
            genitive = ctx.normalizer.genitive(name)
            words = words[:-1] + ([words[-1]] if keep else []) + [genitive]
            named = _named_body("org", " ".join(words), body.body_type)
        elif fuller is not None:
            named = index.bodies[fuller]   # «администрации района» after «В администрации Жуковского района»
        else:
            named = Body(ctx.own_key("org", key.partition(":")[2]), body.name, body.body_type)
        target = index.bodies.setdefault(named.key, named)
        target.forms |= body.forms
        _rekey(index, key, named.key)


def main_territory_body(ctx: Context, index: BodyIndex, name: str, body_type: str | None) -> Body | None:
    """The body of that type of the article's main region or city, when the type's
    ``kg:impliedBodyType`` names a region or a city and the article has one: «облдума» →
    «Облдума Калужской области», or the body of a kindred type the article names with that
    territory («Законодательное Собрание Калужской области»); None otherwise."""
    concept = ctx.ontology.concepts.get(_iri(body_type)) if body_type else None
    kind = _KIND_OF_TYPE.get(str(concept.implied_body_type)) if concept is not None else None
    main = {"region": index.main_region, "city": index.main_city}.get(kind or "")
    if main not in index.bodies:
        return None
    genitive = ctx.normalizer.genitive(index.bodies[main].name)
    for other in index.bodies.values():
        # the same authority under its full name: «Законодательное Собрание Калужской области» for
        # «облдума» (a body of a type with the same broader type and the same territory)
        kin = ctx.ontology.concepts.get(_iri(other.body_type)) if other.body_type else None
        if kin is not None and kin.broader == concept.broader \
                and kin.implied_body_type == concept.implied_body_type and other.name.endswith(f" {genitive}"):
            return other
    name = name[:1].upper() + name[1:]
    return _named_body("org", f"{name} {genitive}", body_type)


def _bare_authority(ctx: Context, index: BodyIndex, key: str, body: Body) -> None:
    """«депутат Законодательного Собрания», «Городская Дума»: every region and city has one; with
    no territory named it is the article's region's or city's, the one its type's
    ``kg:impliedBodyType`` says («Законодательное Собрание Калужской области»), else this
    article's own."""
    named = main_territory_body(ctx, index, body.name, body.body_type)
    if named is None:
        _rekey(index, key, ctx.own_key("org", key.partition(":")[2]), body)
        return
    target = index.bodies.setdefault(named.key, named)
    target.forms |= body.forms
    _rekey(index, key, named.key)


def _russian_by_adjective(ctx: Context, index: BodyIndex) -> None:
    """«Российское министерство финансов» is the gazetteer's «Министерство финансов России»:
    a body named with Russia's adjective whose name, with «России» after it instead, is a
    gazetteer name."""
    labels = ctx.ontology.derived("gazetteer labels", lambda: {
        lemma_key(label): str(e.iri) for e in ctx.ontology.entities.values() for label in e.labels})
    russia = labels.get(lemma_key("Россия"))
    adjectives = {lemma_key(a) for a in ctx.ontology.entity(_iri(russia)).adjectives} if russia else set()
    for key, body in list(index.bodies.items()):
        words = body.name.split()
        if body.iri or body.kind != "org" or len(words) < 2 or lemma_key(ctx.normalizer.lemma(words[0])) not in adjectives:
            continue
        iri = labels.get(lemma_key(" ".join(words[1:] + ["России"])))
        entity = ctx.ontology.entity(_iri(iri)) if iri else None
        if entity is None or _KIND_OF_TYPE.get(str(entity.body_type), "org") != "org":
            continue
        known = index.bodies.setdefault(iri, Body(iri, entity.label, str(entity.body_type) if entity.body_type else None,
                                                  iri, "org"))
        known.forms |= body.forms
        _rekey(index, key, iri)


_REGIONAL = {"региональный", "областной", "краевой", "республиканский"}
_FEDERAL = " Российской Федерации"


def _regional_counterparts(ctx: Context, index: BodyIndex) -> None:
    """«регионального минздрава», «калужского минфина»: a federal ministry the gazetteer names
    «… Российской Федерации», named with a region's adjective, is that region's own ministry of
    the field: «Министерство здравоохранения Калужской области» (the article's main region for
    «региональный», «областной»), or this article's «Региональный минздрав» when it names no
    region. «Российское министерство финансов» stays federal."""
    doc = ctx.doc
    adjectives = {a.start: a for a in ctx.kind("ADJ")}
    for n, m in enumerate(list(index.mentions)):
        body = index.bodies.get(m.key)
        if m.generic or body is None or not body.iri or body.kind != "org" or not body.name.endswith(_FEDERAL):
            continue
        # the adjective opens the mention («регионального минздрава») or stands right before it
        first = m.start if m.end - m.start > 1 and doc[m.start].pos_ == "ADJ" else m.start - 1
        adjective = adjectives.get(first)
        within = _region_named_after(ctx, index, m)
        if within is not None:
            region, first = within, m.start   # «Минздрава Калужской области», «Счетной палаты Калужской области»
        elif first < 0:
            continue
        elif adjective is not None and adjective.end == first + 1:
            entity = ctx.ontology.entity(_iri(adjective.kb_id_))
            if entity is None or _KIND_OF_TYPE.get(str(entity.body_type)) != "region":
                continue
            region = entity.label
        elif ctx.normalizer.lemma(doc[first].text) in _REGIONAL:
            region = index.bodies[index.main_region].name if index.main_region in index.bodies else None
        else:
            continue
        if region is not None:
            own = _named_body("org", body.name[:-len(_FEDERAL)] + " " + ctx.normalizer.genitive(region),
                              body.body_type)
        else:
            name = _normal(ctx, doc[first:m.end])
            own = Body(ctx.own_key("org", lemma_key(name)), name[:1].upper() + name[1:], body.body_type)
        target = index.bodies.setdefault(own.key, own)
        target.forms.add(doc[first:m.end].text)
        index.mentions[n] = BodyMention(m.start, m.end, own.key, m.generic)
        for i in range(m.start, m.end):
            if index.by_token.get(i) == m:
                index.by_token[i] = index.mentions[n]
        if not any(other.key == m.key for other in index.mentions):
            del index.bodies[m.key]


def _region_named_after(ctx: Context, index: BodyIndex, mention: BodyMention) -> str | None:
    """The region a federal body's mention names after its own name, in the genitive, inside
    the mention or right after it: «Минздрава | Калужской области», «Счетной палаты |
    Калужской области» (the region's own ministry and chamber, not Russia's)."""
    for m in index.mentions:
        body = index.bodies.get(m.key)
        if body is None or body.kind != "region" or m.key == mention.key:
            continue
        inside = mention.start < m.start and m.end == mention.end
        right_after = m.start == mention.end
        if (inside or right_after) and _case(ctx.doc[m.start]) == "Gen" or inside and _case(ctx.doc[m.end - 1]) == "Gen":
            return body.name
    return None


# the first word of a body's name that tells its level, not which territory's it is
_UNNAMED_LEVELS = {"региональный", "местный"}


def _common_names(ctx: Context, index: BodyIndex) -> None:
    """«отдела по связям с общественностью», «комитета по бюджету», «министерства образования»:
    a body the article names only in lowercase words, with no proper name, quoted name or
    territory in them, is one of many of that name; it is this article's. A capital marks a
    proper name («Центр кластерного развития») and keeps the corpus's key, and so does a
    country's or region's adjective («американское правительство», «подмосковный
    инновационный центр»). So does a territory its generic word was resolved to
    («правительства области» → «Правительство Калужской области»): a capital past the name's
    first word. A name that opens with «региональное», «местное» and names no territory is
    the article's whatever its capitals («Региональное отделение партии «Единая Россия»»: each
    region has one)."""
    own = f"org:{ctx.article.id} "
    geo = [(a.start, a.end) for a in ctx.kind("ADJ")]
    for key, body in list(index.bodies.items()):
        if body.iri or body.kind != "org" or key.startswith(own) or not body.forms:
            continue
        mentions = [m for m in index.mentions if m.key == key]
        if ctx.normalizer.lemma(body.name.split()[0]) in _UNNAMED_LEVELS \
                and not any(m.generic or any(m.start <= a < b <= m.end for a, b in geo)
                            or any(m.start <= t.start and t.end <= m.end and t is not m
                                   and index.bodies[t.key].kind in _TERRITORIES for t in index.mentions)
                            for m in mentions):
            _rekey(index, key, ctx.own_key("org", key.partition(":")[2]), body)
            continue
        if any(word[:1].isupper() for word in body.name.split()[1:]):
            continue
        if all(word[:1].islower() or not word[:1].isalpha() and word[:1] not in QUOTES_OPEN
               for form in body.forms for word in form.split()) \
                and not any(m.generic or any(m.start <= a < b <= m.end for a, b in geo) for m in mentions):
            _rekey(index, key, ctx.own_key("org", key.partition(":")[2]), body)


def _territory_heads(ctx: Context) -> dict[str, str]:
    """One-word labels of the posts that head a region or a city (their kg:impliedBodyType):
    «губернатор» → region, «мэр» → city."""
    return ctx.ontology.derived("territory heads", lambda: {
        label: _KIND_OF_TYPE[str(c.implied_body_type)] for c in ctx.ontology.scheme("post")
        if _KIND_OF_TYPE.get(str(c.implied_body_type)) in ("region", "city")
        for label in c.labels if " " not in label})


def _adjective(ctx: Context, word: str) -> bool:
    """The dictionary reads ``word`` as an adjective first, or as a surname first and an adjective
    too («Жуковского»: the poet's, or the district's)."""
    parses = ctx.normalizer.morph_vocab(word.lower())
    return bool(parses) and (parses[0].pos == "ADJ"
                             or "Surn" in parses[0].tag and any(p.pos == "ADJ" for p in parses[1:4]))


def _bare_territorial_authority(ctx: Context, body: Body) -> bool:
    """The body's name is a label of its own type, a kg:TerritorialAuthority, and names no
    territory: «Законодательное Собрание», «Городская Дума»."""
    labels = ctx.ontology.derived("territorial labels", lambda: {
        str(c.iri): {lemma_key(label) for label in c.labels} for c in ctx.ontology.scheme("body") if c.territorial})
    name = lemma_key(body.name)
    if body.body_type:
        return name in labels.get(body.body_type, ())
    return any(name in names for names in labels.values())     # natasha's ORG: any such type


def _territory_at(index: BodyIndex, i: int) -> bool:
    mention = index.starting_at(i)
    return mention is not None and index.bodies[mention.key].kind in ("country", "region", "city")


def _rekey(index: BodyIndex, old: str, new: str, body: Body | None = None) -> None:
    """Every mention of body ``old`` is of ``new`` (``body`` takes that key when given);
    ``old`` is gone."""
    if old == new:
        return
    del index.bodies[old]
    if body is not None:
        body.key = new
        index.bodies[new] = body
    for n, m in enumerate(index.mentions):
        if m.key == old:
            index.mentions[n] = BodyMention(m.start, m.end, new, m.generic)
            for i in range(m.start, m.end):
                if index.by_token.get(i) is m:
                    index.by_token[i] = index.mentions[n]


def _shortened_names(ctx: Context, index: BodyIndex) -> None:
    """«председатель Законодательного Собрания» after «В Законодательном Собрании Калужской
    области …»: a body named without the territory its fuller name carried before is that body,
    when exactly one body named before fits. A headline names it short before the text does
    («Депутаты Законодательного Собрания приняли закон …»). So is a body named without the
    territory's adjective its fuller name opened with («председатель Думы» after «Тульской
    областной Думы»)."""
    headline_end = ctx.sent(0).end if ctx.article.title and len(ctx.doc) else 0
    first: dict[str, BodyMention] = {}
    for m in sorted(index.mentions, key=lambda m: (m.start, m.end)):
        if not m.generic:
            first.setdefault(m.key, m)
    adjectives = {a.start for a in ctx.kind("ADJ")}
    for key, mention in list(first.items()):
        body = index.bodies.get(key)
        if body is None or body.iri or body.kind != "org":
            continue      # (or merged into a fuller body already)
        name = body.name.lower()
        fits = {other for other, long in first.items() if other != key
                and (long.start < mention.start or mention.end <= headline_end < long.start)
                and other in index.bodies and index.bodies[other].kind == "org"
                and (index.bodies[other].name.lower().startswith(name + " ")
                     and any(t.key != other and index.bodies[t.key].kind in _TERRITORIES and not t.generic
                             and long.start < t.start and t.end == long.end for t in index.mentions)
                     # «Думы», «областной Думы» after «Тульской областной Думы»: the name without
                     # the territory's adjective it opened with
                     or index.bodies[other].name.lower().endswith(" " + name) and long.start in adjectives)}
        if len(fits) != 1:
            continue
        (fuller,) = fits
        index.bodies[fuller].forms |= body.forms
        _rekey(index, key, fuller)


def _territorial_tails(ctx: Context, index: BodyIndex) -> None:
    """A body's name runs on over the territory it is of or for: a genitive («Конгресса США»,
    «Генеральная прокуратура ОАЭ», «МЧС России»), «по» and a territory («ГУ МЧС по
    Санкт-Петербургу и Ленобласти»), «при» and a body («Следственного комитета при
    прокуратуре»), and the convocation of a legislature («Госдумы седьмого созыва»). The
    territory keeps its own mention inside. A gazetteer body (the
    gazetteer's federal bodies are Russian) of a foreign country is a body of its own."""
    doc = ctx.doc
    starts: dict[int, BodyMention] = {}
    for m in index.mentions:
        if not m.generic:
            starts.setdefault(m.start, m)
    for n, m in enumerate(list(index.mentions)):
        body = index.bodies[m.key]
        if m.generic or body.kind != "org" or any(
                o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end)
                and not o.generic and index.bodies[o.key].kind == "org" for o in index.mentions):
            continue
        end, foreign, local = m.end, False, False    # local: a department for a territory or a seat
        nxt = starts.get(end)
        if nxt is None and end + 2 < len(doc) and doc[end].lower_ == "г" and doc[end + 1].text == "." \
                and starts.get(end + 2) is not None and index.bodies[starts[end + 2].key].kind == "city":
            nxt = starts[end + 2]      # «МБОУ «Средняя школа № 5» г. Калуги»
        if nxt is not None and index.bodies[nxt.key].kind in _TERRITORIES and _case(doc[nxt.start]) == "Gen":
            end = nxt.end
            foreign = index.bodies[nxt.key].kind == "country" and "Россия" not in _labels(ctx, nxt.key)
            tail = None if foreign else _for_a_territory(doc, index, starts, end)
            if tail is not None:
                end, local = tail, True    # «УФНС России по Калужской области»
        elif nxt is not None and _international(index.bodies[nxt.key].body_type) \
                and not _international(body.body_type) \
                and (_case(doc[nxt.start]) in ("Gen", None) or doc[nxt.start].text.isupper()):
            # «Совет Безопасности ООН», «Генеральная Ассамблея ООН»: an organ of an international
            # body, not the Russian council of the gazetteer
            end = nxt.end
            foreign = True
        elif (tail := _for_a_territory(doc, index, starts, end)) is not None:
            end, local = tail, True        # «УВД по Центральному округу»
            if end + 1 < len(doc) and doc[end].norm_ == "и" and starts.get(end + 1) is not None \
                    and index.bodies[starts[end + 1].key].kind in ("region", "city", "place"):
                end = starts[end + 1].end
        elif end + 1 < len(doc) and doc[end].norm_ in ("в", "во") and body.body_type in _SEATED \
                and starts.get(end + 1) is not None and index.bodies[starts[end + 1].key].kind != "org":
            end, local = starts[end + 1].end, True   # «российского посольства в Токио»
        elif end + 1 < len(doc) and doc[end + 1].norm_ == "созыв" \
                and (doc[end].like_num or doc[end].pos_ in ("ADJ", "NUM")):
            end += 2           # «Палаты представителей 112 созыва», «Госдумы седьмого созыва»
        elif end + 1 < len(doc) and doc[end].norm_ == "при":
            after = starts.get(end + 1)
            if after is not None and index.bodies[after.key].kind == "org":
                end = after.end
            else:   # «при прокуратуре»: a body word alone
                end = max((s.end for s in ctx.kind("BODY") if s.start == end + 1), default=end)
        if end == m.end or any(doc[i].is_sent_start for i in range(m.start + 1, end)):
            continue
        key = m.key
        if foreign and body.iri or local:
            # «УВД по Центральному округу» is not every «УВД», «МЧС России по Калужской области»
            # not the ministry: a body of its own, named with its territory
            named = _named_body("org", ctx.normalizer.phrase(doc[m.start:end]), body.body_type)
            index.bodies.setdefault(named.key, named)
            key = named.key
        index.bodies[key].forms.add(doc[m.start:end].text)
        outer = BodyMention(m.start, end, key)
        index.mentions[index.mentions.index(m)] = outer
        for i in range(m.start, end):
            index.by_token[i] = outer
        if key != m.key and not any(o.key == m.key for o in index.mentions):
            # the gazetteer's Russian body is not in the article at all: «Министерство обороны
            # Великобритании» names no Russian ministry
            del index.bodies[m.key]
    index.mentions.sort(key=lambda m: (m.start, m.end))


def _for_a_territory(doc: Doc, index: BodyIndex, starts: dict[int, BodyMention], end: int) -> int | None:
    """The end of «по» and a territory right at ``end`` («УВД| по Центральному округу»), not a
    deputy's constituency; None when there is none."""
    place = starts.get(end + 1) if end + 1 < len(doc) and doc[end].norm_ == "по" else None
    if place is None or index.bodies[place.key].kind not in ("region", "city", "place") \
            or _constituency(doc[place.start:place.end]):
        return None
    end = place.end
    while end + 1 < len(doc) and doc[end].text in (",", "и") and (more := starts.get(end + 1)) is not None \
            and index.bodies[more.key].kind == index.bodies[place.key].kind:
        end = more.end     # «по Калужской, Брянской и Смоленской областям»
    return end


def _constituency(words: Span) -> bool:
    """«Калужскому одномандатному округу»: a deputy's seat, not a part of the body's name."""
    return any(t.lower_.startswith(("одномандатн", "избирательн", "многомандатн")) for t in words)


def _international(body_type: str | None) -> bool:
    return body_type is not None and body_type.endswith("#international-organization")


def _labels(ctx: Context, key: str) -> list[str]:
    entity = ctx.ontology.entity(_iri(key)) if key.startswith("http") else None
    return list(entity.labels) if entity is not None else []


def _named_body(kind: str, name: str, body_type: str | None) -> Body:
    """A body outside the gazetteer. Its key ignores case, so «Палата представителей» at the
    start of a sentence and «палата представителей» inside one are one body; its name starts
    with a capital, as Russian names of bodies do.

    >>> _named_body("org", "палата представителей", None).name
    'Палата представителей'
    """
    key = " ".join("".join(c if c.isalnum() or c == "-" else " " for c in name.lower()).split())
    return Body(f"{kind}:{key}", name[:1].upper() + name[1:], body_type, None, kind)


def _foreign_adjectives(ctx: Context) -> dict[int, Span]:
    """Adjectives of countries other than Russia, by the token they stand before (worked out
    once per article)."""
    found = ctx.memo.get("foreign adjectives")
    if found is None:
        onto = ctx.ontology
        russia = onto.derived("russia", lambda: next(
            (e.iri for e in onto.entities.values()
             if _KIND_OF_TYPE.get(str(e.body_type)) == "country" and "Россия" in e.labels), None))
        found = ctx.memo["foreign adjectives"] = {}
        for span in ctx.kind("ADJ"):
            entity = onto.entity(_iri(span.kb_id_))
            if entity is not None and _KIND_OF_TYPE.get(str(entity.body_type)) == "country" \
                    and entity.iri != russia:
                found[span.end] = span
    return found


def _iri(value: str):
    from rdflib import URIRef
    return URIRef(value)


def _main_territories(ctx: Context, index: BodyIndex) -> None:
    """The region, city and country the article is about: the most mentioned (capitals and
    adjectives count for their region or country, a country inside a body's name once, an
    adjective in an event's name or in a quoted name not at all); none when two tie."""
    onto = ctx.ontology
    regions: Counter[str] = Counter()
    cities: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    for m in index.mentions:
        body = index.bodies[m.key]
        if body.kind == "country":
            countries[m.key] += 2
        elif body.kind == "region":
            regions[m.key] += 2
            entity = onto.entity(_iri(m.key)) if body.iri else None
            if entity is not None and _CITY in {str(t) for t in entity.types}:
                cities[m.key] += 2      # «Москва»: a federal city is a region and a city
        elif body.kind == "city":
            cities[m.key] += 2
            if body.region:
                regions[body.region] += 1
    outer = {(m.start, m.end) for m in index.mentions}
    for span in ctx.kind("GAZ"):
        # a country named inside a body's name («Правительства РФ») counts once; not a common
        # word («после того, как» made Togo the article's country, and a body of it)
        if _common_word(ctx, span):
            continue
        entity = onto.entity(_iri(span.kb_id_))
        if entity is not None and _KIND_OF_TYPE.get(str(entity.body_type)) == "country" \
                and (span.start, span.end) not in outer:
            countries[str(entity.iri)] += 1
    events = {span.start for span in ctx.kind("EVENT")}
    quoted = _quoted_tokens(ctx)
    for span in ctx.kind("ADJ"):
        entity = onto.entity(_iri(span.kb_id_))
        kind = _KIND_OF_TYPE.get(str(entity.body_type)) if entity is not None else None
        k = span.end
        while k < len(ctx.doc) and ctx.doc[k].pos_ == "ADJ":
            k += 1
        if k in events or span.start in quoted:
            continue    # «Петербургского международного экономического форума»: an event's name;
            # «Тамбовский бекон»: a company's name in quotes, not where it is
        if kind == "region":
            regions[str(entity.iri)] += 1
        elif kind == "country":
            countries[str(entity.iri)] += 1
    for counter, attr, kind in ((regions, "main_region", "region"), (cities, "main_city", "city"),
                                (countries, "main_country", "country")):
        top = counter.most_common(2)
        if top and (len(top) == 1 or top[0][1] > top[1][1]):
            key = top[0][0]
            setattr(index, attr, key)
            if key not in index.bodies:
                entity = onto.entity(_iri(key))
                if entity is not None:
                    index.bodies[key] = Body(key, entity.label, str(entity.body_type), key, kind)


def _resolve_generic(index: BodyIndex, body_type: str, start: int) -> str | None:
    kind = _KIND_OF_TYPE.get(body_type)
    if kind == "region":
        return index.main_region
    if kind == "city":
        return index.main_city
    if kind == "country":
        return index.main_country
    for m in reversed(index.mentions):
        if m.start < start and not m.generic and index.bodies[m.key].body_type == body_type:
            return m.key
    return None
