"""Anaphora: the official a post phrase with no name of its own stands for.

News names an official once and then by the post alone: «Губернатор отметил …» after
«губернатор Тульской области Дмитрий Миляев»; «глава региона» for the region's head (the head
post of its body type, ``kg:headOfPost``: the governor); «глава Минпромторга России» for the
minister of industry and trade; «глава ведомства» for the head of an authority named before.
The referent is the last such official named before the phrase, and only a current one (not
«бывший»). In «Губернатор Тульской области Дмитрий Миляев открыл форум. Глава региона
встретился с …», the referent of «Глава региона» is ``person:Дмитрий Миляев``.
"""
from __future__ import annotations

from rdflib import URIRef

from ..vocab import BODY, POST, STATUS
from .bodies import BodyIndex
from .context import Context
from .model import Body, Official
from .officials import PostPhrase

__all__ = ["referent"]

_PAST = {str(STATUS.former), str(STATUS.dismissed), str(STATUS.resigned)}
_HEAD_WORDS = {str(POST.head), str(POST.manager)}     # «глава», «руководитель»


def referent(ctx: Context, bodies: BodyIndex, phrase: PostPhrase, officials: list[Official]) -> str | None:
    """The person a post phrase names: its own holder, else the last current official named
    before it who holds that post (or a post the ontology relates to it: «Дипломат» after
    «посол»), or who heads the body the phrase names."""
    if phrase.person is not None:
        return phrase.person
    if "Plur" in ctx.doc[phrase.noun].morph.get("Number"):
        return None        # «Представители Роскосмоса не подтвердили»: a group, no one official
    start = ctx.doc[phrase.start].idx
    before = [o for o in officials if o.evidence.start < start and o.status not in _PAST]
    same = [o for o in before if (o.post_type == phrase.post_type or _heads_as(ctx, bodies, o, phrase.post_type)
                                  or ctx.ontology.related(URIRef(phrase.post_type), URIRef(o.post_type)))
            and (phrase.body is None or o.body == phrase.body or o.body is None and _unqualified(ctx, o, phrase))]
    if same:
        return same[-1].person
    heads = [o for o in before if _heads(ctx, bodies, phrase, o)]
    return heads[-1].person if heads else None


def _unqualified(ctx: Context, official: Official, phrase: PostPhrase) -> bool:
    """An official with no body stands for a phrase that names one unless his post names a
    territory of its own: «глава округа» is not the «глава региона» nor the «глава КФХ» (another
    territory's head; «создатель социальной сети» may be the «создатель Facebook»)."""
    if official.post.lower() == phrase.label.lower():
        return True
    words = ctx.ontology.derived("territory words", lambda: {
        ctx.normalizer.lemma(label.split()[-1]) for c in ctx.ontology.scheme("body")
        if {str(b) for b in ctx.ontology.broader_chain(c.iri)} & _TERRITORIES for label in c.labels})
    return not any(ctx.normalizer.lemma(word) in words for word in official.post.split()[1:])


_TERRITORIES = {str(BODY[kind]) for kind in ("region", "district", "municipality", "city", "settlement",
                                             "federal-district")}


def _heads_as(ctx: Context, bodies: BodyIndex, official: Official, post_type: str) -> bool:
    """The official is the head («глава») of a body whose type's head post is ``post_type``:
    «Глава Минпромторга России Антон Алиханов …» is the minister «Министр заверил …» speaks of."""
    whose = bodies.bodies.get(official.body) if official.body else None
    if whose is None or not whose.body_type or not _is_head_word(ctx, URIRef(official.post_type)):
        return False
    concept = ctx.ontology.concepts.get(URIRef(whose.body_type))
    return concept is not None and str(concept.head_of_post) == post_type


def _heads(ctx: Context, bodies: BodyIndex, phrase: PostPhrase, official: Official) -> bool:
    """Whether ``official`` heads the body a head word («глава», «руководитель») names: the
    phrase's body («глава региона», «глава Минпромторга») or, with none, the body type its
    post implies («глава ведомства»)."""
    onto = ctx.ontology
    concept = onto.concepts.get(URIRef(phrase.post_type))
    if concept is None or not _is_head_word(ctx, concept.iri):
        return False
    body = bodies.bodies.get(phrase.body) if phrase.body else None
    body_type = body.body_type if body is not None else (
        str(concept.implied_body_type) if concept.implied_body_type else None)
    if body is not None and body.kind in ("city", "region") and _heads_its_executive(ctx, bodies, body, official):
        return True      # «глава города» after «глава администрации города Обнинска Татьяна Леонова»
    if body_type is None:
        return False
    whose = bodies.bodies.get(official.body) if official.body else None
    # a body of its own named with the post (not a country or region: «министр … РФ»)
    own = whose if whose is not None and whose.kind == "org" and whose.body_type else None
    of_type = own is not None and URIRef(body_type) in onto.broader_chain(URIRef(own.body_type))
    if official.post_type not in _head_posts(ctx, body_type) and not _a_head_of_its_type(ctx, official, body_type) \
            and not (of_type and _is_head_word(ctx, URIRef(official.post_type))):
        return False       # («Глава Минпромторга Денис Мантуров … Глава ведомства» is his)
    if body is None:
        # «Спикер отметил»: the chairman of a legislature, not of a committee or a bank
        return own is None or of_type
    if official.body == phrase.body:
        return True
    # «глава МИД РФ» after «министр иностранных дел России Сергей Лавров»: the minister whose
    # field the ministry's name carries, of the country (or region) the name carries too —
    # not «министр иностранных дел Японии»
    names = _names(ctx, body)
    field = official.post.split(" ", 1)[1].lower() if " " in official.post else ""
    whose = bodies.bodies.get(official.body) if official.body else None
    return bool(field) and whose is not None and any(field in name for name in names) \
        and any(f" {form} " in f" {name} " for form in _names(ctx, whose) for name in names)


_EXECUTIVES = {str(BODY.administration), str(BODY.government)}


def _heads_its_executive(ctx: Context, bodies: BodyIndex, territory: Body, official: Official) -> bool:
    """The official heads the administration or government named with the territory: the head
    of «Администрация города Обнинска» is the head of the city («глава города»)."""
    whose = bodies.bodies.get(official.body) if official.body else None
    if whose is None or whose.kind != "org" or not whose.body_type \
            or not _is_head_word(ctx, URIRef(official.post_type)) and official.post_type not in _head_posts(ctx, whose.body_type):
        return False
    if not {str(c) for c in ctx.ontology.broader_chain(URIRef(whose.body_type))} & _EXECUTIVES:
        return False
    return ctx.normalizer.genitive(territory.name).lower() in whose.name.lower()


def _names(ctx: Context, body: Body) -> set[str]:
    """A body's names as written in the article and in the gazetteer, lowercased."""
    entity = ctx.ontology.entity(URIRef(body.iri)) if body.iri else None
    return {n.lower() for n in body.forms | {body.name} | set(entity.labels if entity else ())}


def _is_head_word(ctx: Context, post_type: URIRef) -> bool:
    """«глава», «руководитель» and the posts below them («руководитель ведомства»)."""
    return bool({str(c) for c in ctx.ontology.broader_chain(post_type)} & _HEAD_WORDS)


def _a_head_of_its_type(ctx: Context, official: Official, body_type: str) -> bool:
    """The official's post is a head («глава») of the body type it implies: «раис» is a head
    of a region though the region's head post is «губернатор»."""
    concept = ctx.ontology.concepts.get(URIRef(official.post_type))
    chain = {str(c) for c in ctx.ontology.broader_chain(URIRef(official.post_type))}
    return concept is not None and str(concept.implied_body_type) == str(body_type) and bool(chain & _HEAD_WORDS)


def _head_posts(ctx: Context, body_type: str) -> set[str]:
    """The head posts (``kg:headOfPost``) of a body type and of every type below it."""
    onto = ctx.ontology
    types = {c.iri for c in onto.scheme("body") if str(body_type) in {str(b) for b in onto.broader_chain(c.iri)}}
    return {str(onto.concepts[t].head_of_post) for t in types if onto.concepts[t].head_of_post is not None}
