"""Dated facts and figures stated about a body or region.

Founding: a creation verb with a year in its sentence («в 2010 году в регионе был создан
Центр кластерного развития») gives the body a founding date and, when named, a place.
Figures: a percentage with what it measures («более 40% валового регионального продукта»),
about the region or body of the sentence, else the article's main region. A percentage after a
verb of change and «на» is a change of what the verb's subject measures («объём производства
вырос на 4,5 процента»: kg:increase, 4.5 %); after «до», the level it came to («уровень
безработицы снизился до 0,7 процента»). The verbs are the ``kg:lemmaPattern`` of the
ontology's kg:Change values. An amount in units after a verb of level or change («составил 98
млрд рублей», «превысил 3 млрд долларов», «вырос на 2 млрд рублей») is a figure of the verb's
subject too (:mod:`kg.extract.amounts` reads it).
"""
from __future__ import annotations

import re

from rdflib import Literal, URIRef

from ..vocab import KG
from .bodies import BodyIndex, BodyMention, _case
from .context import Context
from .amounts import read_amount
from .model import Figure, Founding

__all__ = ["find_foundings", "find_figures"]

_FOUNDING_VERBS = {"создать", "основать", "учредить", "образовать", "создавать"}
_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\s*(?:г\.|году|года|год)")
_PERCENT_RE = re.compile(r"(?:(более|свыше|около|почти|менее|порядка|примерно)\s+)?"
                         r"(\d+(?:[.,]\d+)?)\s*(%|процент[а-я]*)", re.I)


def find_foundings(ctx: Context, bodies: BodyIndex) -> list[Founding]:
    doc = ctx.doc
    found: list[Founding] = []
    norms, text = ctx.norms, ctx.text
    for sent in ctx.sents:
        verbs = [doc[i] for i in range(sent.start, sent.end) if norms[i] in _FOUNDING_VERBS]
        year = _YEAR_RE.search(text[sent.start_char:sent.end_char]) if verbs else None
        if not verbs or not year:
            continue
        verb = verbs[0]
        named = [m for m in bodies.mentions if sent.start <= m.start < sent.end and not m.generic
                 and bodies.bodies[m.key].kind == "org"]
        body = min(named, key=lambda m: abs(m.start - verb.i)) if named else _named_before(ctx, bodies, sent)
        if body is None:
            continue
        places = [m for m in bodies.mentions if sent.start <= m.start < sent.end
                  and bodies.bodies[m.key].kind in ("region", "city") and m is not body]
        place = places[0].key if places else None
        found.append(Founding(body.key, year.group(1), place,
                              ctx.span_evidence(sent)))
    return found


def _named_before(ctx: Context, bodies: BodyIndex, sent) -> BodyMention | None:
    """«Компания «Ярдизель» открыла завод. Компания основана в 2012 году.», «… Она была основана
    …»: a sentence opening with the word of a body's type alone, or «она»/«оно», tells of the last
    body of that type (of any type, for the pronoun) named before it."""
    if sent.start == 0:
        return None
    first = ctx.doc[sent.start]
    word = next((s for s in ctx.kind("BODY") if s.start == sent.start and s.end == sent.start + 1), None)
    if word is None and first.lower_ not in ("она", "оно"):
        return None
    before = [m for m in bodies.mentions if m.end <= sent.start and not m.generic
              and bodies.bodies[m.key].kind == "org"
              and (word is None or bodies.bodies[m.key].body_type
                   and URIRef(word.kb_id_) in ctx.ontology.broader_chain(URIRef(bodies.bodies[m.key].body_type)))]
    return before[-1] if before else None


def find_figures(ctx: Context, bodies: BodyIndex) -> list[Figure]:
    doc = ctx.doc
    figures: list[Figure] = []
    for sent in ctx.sents:
        for match in _PERCENT_RE.finditer(ctx.text[sent.start_char:sent.end_char]):
            start_char = sent.start_char + match.start()
            end_char = sent.start_char + match.end()
            span = doc.char_span(start_char, end_char, alignment_mode="expand")
            if span is None:
                continue
            j = span.end
            while j < sent.end and doc[j].pos_ in ("ADJ", "NOUN") and _case(doc[j]) == "Gen" \
                    and bodies.at(j) is None:
                j += 1
            change, subject = _changed(ctx, bodies, sent, span.start) if j == span.end else (None, None)
            if j == span.end and subject is None:
                continue
            if subject is not None:
                measure = ctx.normalizer.phrase(doc[subject[0]:subject[1]]).lower()
                evidence_start, j = min(start_char, doc[subject[0]].idx), span.end
            else:
                measure, evidence_start = ctx.normalizer.name(doc[span.end:j]).lower(), start_char
            key = _about(bodies, sent, subject)
            if key is None:
                continue
            qualifier, value, unit = match.groups()
            if subject is not None and qualifier is None and ctx.norms[span.start - 2] in _QUALIFIERS:
                qualifier = doc[span.start - 2].text     # «сократилось почти на 10 %»
            figures.append(Figure(key, value.replace(",", "."), "%" if unit.startswith("%") or unit.lower().startswith("процент") else unit,
                                  qualifier.lower() if qualifier else None, measure,
                                  ctx.evidence(evidence_start, doc[j - 1].idx + len(doc[j - 1])), change))
        figures += _amounts(ctx, bodies, sent)
    return figures


def _about(bodies: BodyIndex, sent, subject: tuple[int, int] | None) -> str | None:
    """What a figure of the sentence is about: the first region, city, country or body it
    names, else the article's main region. A figure of a subject is of the subject's body (in
    its words or right after them), or
    of a territory of the sentence: not of a body the sentence names as its source («В
    соответствии с прогнозом ФАО, …»)."""
    about = [m for m in bodies.mentions if sent.start <= m.start < sent.end
             and bodies.bodies[m.key].kind in ("region", "city", "country", "org")]
    if subject is not None:
        # («Выручка компании «Ниагара» составила …»: the body right after the subject's words)
        about = [m for m in about if subject[0] <= m.start <= subject[1] or bodies.bodies[m.key].kind != "org"]
    return about[0].key if about else bodies.main_region


def _amounts(ctx: Context, bodies: BodyIndex, sent) -> list[Figure]:
    """Figures in units a verb of level or change states of its subject: «Объём инвестиций …
    составил 98 млрд рублей» (98000000000 RUB), «Экспорт … превысил 3 млрд долларов» (more
    than 3000000000 USD), «Оборот … вырос на 2 млрд рублей» (a change), «население области
    составило 1 миллион 60 тысяч человек» (1060000 «человек»). Percentages after «на» and «до»
    are the percentage pass's."""
    doc = ctx.doc
    found: list[Figure] = []
    changes = _change_verbs(ctx)
    for v in range(sent.start, sent.end):
        norm = ctx.norms[v]
        if norm not in _LEVEL_VERBS and norm not in changes or doc[v].pos_ != "VERB":
            continue
        k, qualifier = v + 1, _LEVEL_VERBS.get(norm)
        while k < sent.end and doc[k].pos_ == "ADV" and ctx.norms[k] not in _QUALIFIERS:
            k += 1
        change = None
        if norm in changes:
            if k >= sent.end or ctx.norms[k] not in ("на", "до"):
                continue
            change = changes[norm] if ctx.norms[k] == "на" else None
            k += 1
        if k < sent.end and ctx.norms[k] in _QUALIFIERS:
            qualifier, k = doc[k].lower_, k + 1
        amount = read_amount(ctx, k, sent.end)
        if amount is None or norm in changes and amount.unit == "%":
            continue
        subject = _subject(ctx, bodies, sent, v)
        key = _about(bodies, sent, subject) if subject is not None else None
        if key is None:
            continue
        measure = ctx.normalizer.phrase(doc[subject[0]:subject[1]]).lower()
        found.append(Figure(key, amount.value, amount.unit, qualifier, measure,
                            ctx.evidence(doc[subject[0]].idx, doc[amount.end - 1].idx + len(doc[amount.end - 1])),
                            change))
    return found


# verbs that state a level, and the qualifier they give it («превысил 3 млрд» is more than it)
_LEVEL_VERBS = {"составить": None, "составлять": None, "достигнуть": None, "достичь": None,
                "достигать": None, "превысить": "более", "превышать": "более"}


_QUALIFIERS = {"почти", "примерно", "приблизительно", "более", "свыше", "около"}


def _governed(doc, i: int, start: int) -> bool:
    """A preposition governs the noun at ``i`` (past the adjectives before it): «в глобальном масштабе»."""
    k = i - 1
    while k >= start and doc[k].pos_ == "ADJ":
        k -= 1
    return k >= start and doc[k].pos_ == "ADP"


def _change_verbs(ctx: Context) -> dict[str, str]:
    """Verb lemma → kg:Change IRI, from the ontology (``kg:lemmaPattern`` of kg:increase, …)."""
    return ctx.ontology.derived("change verbs", lambda: {
        str(lemma): str(change) for change in (KG.increase, KG.decrease)
        for lemma in ctx.ontology.graph.objects(change, KG.lemmaPattern)
        if isinstance(lemma, Literal) and lemma.language == "ru"})


def _changed(ctx: Context, bodies: BodyIndex, sent, number: int) -> tuple[str | None, tuple[int, int] | None]:
    """For a percentage at token ``number`` after «на» or «до» and a verb of change, the
    change (None after «до»: a level) and the tokens of the verb's subject: the last noun in
    the nominative before the verb, with the adjectives before it and the genitives after it
    («средняя заработная плата», «объём промышленного производства»)."""
    doc = ctx.doc
    k = number - 1
    if k <= sent.start or ctx.norms[k] not in ("на", "до"):
        return None, None
    v = k - 1
    while v > sent.start and doc[v].pos_ == "ADV":
        v -= 1          # «выросла почти на 5 %», «снизилась ещё на 2 %»
    change = _change_verbs(ctx).get(ctx.norms[v])
    if change is None or doc[v].pos_ != "VERB":
        return None, None
    subject = _subject(ctx, bodies, sent, v)
    if subject is None:
        return None, None
    return (change if ctx.norms[k] == "на" else None), subject


def _subject(ctx: Context, bodies: BodyIndex, sent, v: int) -> tuple[int, int] | None:
    """The tokens of the subject of the verb at ``v``: it opens the verb's clause, its first
    noun in the nominative that no preposition governs («В соответствии с прогнозом ФАО, в
    текущем году цены на импорт … вырастут»), with the adjectives before it and the genitives
    after it («средняя заработная плата», «объём промышленного производства»)."""
    doc = ctx.doc
    clause = max([t.i + 1 for t in doc[sent.start:v] if t.text in (",", ";", ":", "—")], default=sent.start)
    posts = {i for p in ctx.kind("POST") for i in range(p.start, p.end)}    # a person does not measure
    nouns = [t.i for t in doc[clause:v] if t.pos_ == "NOUN" and _case(t) == "Nom" and bodies.at(t.i) is None
             and not _governed(doc, t.i, clause) and t.i not in posts]
    if not nouns:
        return None
    head = nouns[0]
    start = head
    while start > sent.start and doc[start - 1].pos_ == "ADJ" and _case(doc[start - 1]) == "Nom":
        start -= 1
    end = head + 1
    while end < v and (doc[end].pos_ in ("ADJ", "NOUN") or "Part" in doc[end].morph.get("VerbForm")) \
            and _case(doc[end]) == "Gen" and bodies.at(end) is None:
        end += 1      # («число арестованных участников беспорядков»)
    return start, end
