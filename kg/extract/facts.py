"""Dated facts and figures stated about a body or region.

Founding: a creation verb with a year in its sentence («в 2010 году в регионе был создан
Центр кластерного развития») gives the body a founding date and, when named, a place.
Figures: a percentage with what it measures («более 40% валового регионального продукта»),
about the region or body of the sentence, else the article's main region.
"""
from __future__ import annotations

import re

from .bodies import BodyIndex, _case
from .context import Context
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
        if not named:
            continue
        body = min(named, key=lambda m: abs(m.start - verb.i))
        places = [m for m in bodies.mentions if sent.start <= m.start < sent.end
                  and bodies.bodies[m.key].kind in ("region", "city") and m is not body]
        place = places[0].key if places else None
        found.append(Founding(body.key, year.group(1), place,
                              ctx.span_evidence(sent)))
    return found


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
            if j == span.end:
                continue
            measure = ctx.normalizer.name(doc[span.end:j]).lower()
            about = [m for m in bodies.mentions if sent.start <= m.start < sent.end
                     and bodies.bodies[m.key].kind in ("region", "city", "country", "org")]
            key = about[0].key if about else bodies.main_region
            if key is None:
                continue
            qualifier, value, unit = match.groups()
            figures.append(Figure(key, value.replace(",", "."), "%" if unit.startswith("%") or unit.lower().startswith("процент") else unit,
                                  qualifier.lower() if qualifier else None, measure,
                                  ctx.evidence(start_char, doc[j - 1].idx + len(doc[j - 1]))))
    return figures
