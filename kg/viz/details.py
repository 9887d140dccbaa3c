"""What the map's side panel shows for a node: posts, holders, events, statements, facts.

:func:`node_details` returns a dict of sections (only non-empty ones). Each section is a
sorted list of items; an item has ``label``, usually ``id`` (the IRI of the node it names)
and ``note`` (a short Russian line), plus the raw fields it was made from.
"""
from __future__ import annotations

from typing import Callable

from rdflib import Literal
from rdflib.namespace import DCTERMS
from rdflib.term import Node

from ..vocab import KG, ORG, SCHEMA
from ..terms import Terms

from .lookup import Lookup, node_id

# terms made once (see kg/terms.py)
DCTERMS, KG, ORG, SCHEMA = map(
    Terms, (DCTERMS, KG, ORG, SCHEMA))

__all__ = ["node_details", "SECTIONS"]

Item = dict[str, object]

SECTIONS: tuple[str, ...] = ("facts", "posts", "holders", "attendees", "events",
                             "subevents", "statements", "figures")


def _join(*parts: object) -> str:
    return " · ".join(str(p) for p in parts if p)


def _fact(look: Lookup, label: str, value: Node | None, kind: str | None = None) -> Item | None:
    if value is None:
        return None
    if isinstance(value, Literal):
        return {"label": label, "value": str(value)}
    return {"label": label, "value": look.label(value, kind), "id": node_id(value)}


def _status(look: Lookup, person: Node, post: Node) -> str:
    statuses = sorted({look.concept_label(look.value(m, KG.status))
                       for m in look.subjects(ORG.member, person)
                       if look.value(m, KG.post) == post} - {""})
    return ", ".join(statuses)


def _post_item(look: Lookup, post: Node, body: Node | None, status: str) -> Item:
    label = look.label(post, "post")
    if not label or label == node_id(post).rsplit("/", 1)[-1]:
        label = look.concept_label(look.value(post, ORG.role)) or label
    body = body if body is not None else look.value(post, ORG.postIn)
    body_label = look.label(body) if body is not None else ""
    return {"id": node_id(post), "label": label,
            "body": node_id(body) if body is not None else None, "body_label": body_label,
            "status": status, "note": _join(body_label, status)}


def person_posts(look: Lookup, person: Node) -> list[Item]:
    """Posts a person holds: ``org:Membership`` (with body and status) and ``org:holds``."""
    items: dict[tuple[str, str], Item] = {}
    for m in look.subjects(ORG.member, person):
        post = look.value(m, KG.post)
        if post is None:
            continue
        status = look.concept_label(look.value(m, KG.status))
        item = _post_item(look, post, look.value(m, ORG.organization), status)
        items[(str(item["id"]), status)] = item
    held = set(look.data.objects(person, ORG.holds)) | set(look.subjects(ORG.heldBy, person))
    for post in sorted(held):
        if not any(key[0] == node_id(post) for key in items):
            item = _post_item(look, post, None, "")
            items[(str(item["id"]), "")] = item
    return [items[k] for k in sorted(items)]


def post_holders(look: Lookup, post: Node) -> list[Item]:
    """People holding a post, with their status."""
    people = set(look.subjects(ORG.holds, post)) | set(look.data.objects(post, ORG.heldBy))
    people |= {look.value(m, ORG.member) for m in look.subjects(KG.post, post)} - {None}
    items = []
    for person in sorted(people):
        status = _status(look, person, post)
        items.append({"id": node_id(person), "label": look.label(person, "person"),
                      "status": status, "note": status})
    return items


def body_posts(look: Lookup, body: Node) -> list[Item]:
    """Posts in a body (``org:postIn``) and who holds them."""
    items = []
    for post in look.subjects(ORG.postIn, body):
        holders = post_holders(look, post)
        names = ", ".join(_join(h["label"], h["status"]) if h["status"] else str(h["label"])
                          for h in holders)
        item = _post_item(look, post, body, "")
        item.update(holders=[h["id"] for h in holders], note=names)
        items.append(item)
    return items


def _event_item(look: Lookup, event: Node) -> Item:
    date = look.text(event, SCHEMA.startDate) or ""
    etype = look.concept_label(look.value(event, KG.eventType))
    return {"id": node_id(event), "label": look.label(event, "event"), "date": date,
            "type": etype, "note": _join(date, etype)}


def _events(look: Lookup, node: Node, kind: str) -> list[Item]:
    events = set(look.subjects(SCHEMA.attendee, node))
    if kind in ("region", "city", "body"):
        events |= set(look.subjects(SCHEMA.location, node))
    items = [_event_item(look, e) for e in sorted(events)]
    return sorted(items, key=lambda i: (str(i["date"]), str(i["label"]), str(i["id"])))


def _statements(look: Lookup, node: Node, kinds: dict[Node, str]) -> list[Item]:
    items = []
    for st in look.subjects(SCHEMA.creator, node):
        if kinds.get(st) != "statement":
            continue
        article = look.value(st, SCHEMA.isPartOf)
        info = look.article_info(article) if article is not None else {"id": "", "date": ""}
        act = look.concept_label(look.value(st, KG.speechAct))
        items.append({"id": node_id(st), "label": look.text(st, SCHEMA.text) or "",
                      "act": act, "article": info["id"], "date": info["date"],
                      "note": _join(act, info["date"])})
    return sorted(items, key=lambda i: (str(i["date"]), str(i["id"])))


def _figures(look: Lookup, node: Node, kinds: dict[Node, str]) -> list[Item]:
    return [{"id": node_id(f), "label": look.label(f, "figure")}
            for f in look.subjects(SCHEMA.about, node) if kinds.get(f) == "figure"]


def _attendees(look: Lookup, event: Node, kinds: dict[Node, str]) -> list[Item]:
    return [{"id": node_id(a), "label": look.label(a, kinds.get(a)),
             "kind": kinds.get(a, ""), "note": ""}
            for a in sorted(set(look.data.objects(event, SCHEMA.attendee)))]


def _subevents(look: Lookup, event: Node) -> list[Item]:
    subs = set(look.data.objects(event, SCHEMA.subEvent)) | set(
        look.subjects(SCHEMA.superEvent, event))
    return [_event_item(look, e) for e in sorted(subs)]


def _facts(look: Lookup, node: Node, kind: str) -> list[Item]:
    v = look.value
    rows: list[tuple[str, Node | None, str | None]]
    if kind == "post":
        rows = [("Орган", v(node, ORG.postIn), None), ("Роль", v(node, ORG.role), None)]
    elif kind in ("body", "region", "city"):
        rows = [("Тип", v(node, KG.bodyType), None),
                ("Дата основания", v(node, SCHEMA.foundingDate), None),
                ("Место основания", v(node, SCHEMA.foundingLocation), None),
                ("Входит в", v(node, ORG.subOrganizationOf), "body"),
                ("Регион", v(node, KG.inRegion), "region"),
                ("Столица", v(node, KG.capital), "city")]
    elif kind == "event":
        rows = [("Тип", v(node, KG.eventType), None), ("Дата", v(node, SCHEMA.startDate), None),
                ("Место", v(node, SCHEMA.location), None)]
    elif kind == "statement":
        rows = [("Автор", v(node, SCHEMA.creator), None),
                ("Речевой акт", v(node, KG.speechAct), None),
                ("Текст", v(node, SCHEMA.text), None),
                ("Статья", v(node, SCHEMA.isPartOf), "article")]
    elif kind == "figure":
        rows = [("О чём", v(node, SCHEMA.about), None),
                ("Значение", v(node, SCHEMA.value), None),
                ("Единица", v(node, SCHEMA.unitText), None),
                ("Уточнение", v(node, KG.qualifier), None),
                ("Показатель", v(node, KG.measure), None)]
    elif kind == "article":
        rows = [("Идентификатор", v(node, SCHEMA.identifier), None),
                ("Дата", v(node, SCHEMA.datePublished), None),
                ("Источник", v(node, KG.sourceName) or v(node, DCTERMS.source), None),
                ("Адрес", v(node, SCHEMA.url), None),
                ("Фото", v(node, KG.photoCredit), None)]
    else:
        rows = []
    facts = []
    for label, value, vkind in rows:
        item = _fact(look, label, value, vkind)
        if item is not None:
            facts.append(item)
    return facts


def node_details(look: Lookup, node: Node, kind: str,
                 kinds: dict[Node, str]) -> dict[str, list[Item]]:
    """The side-panel sections of one node (empty sections left out)."""
    makers: dict[str, Callable[[], list[Item]]] = {"facts": lambda: _facts(look, node, kind)}
    if kind == "person":
        makers["posts"] = lambda: person_posts(look, node)
    if kind == "post":
        makers["holders"] = lambda: post_holders(look, node)
    if kind in ("body", "region", "city"):
        makers["posts"] = lambda: body_posts(look, node)
    if kind == "event":
        makers["attendees"] = lambda: _attendees(look, node, kinds)
        makers["subevents"] = lambda: _subevents(look, node)
    if kind in ("person", "body", "region", "city", "group"):
        makers["events"] = lambda: _events(look, node, kind)
    if kind in ("person", "body", "group"):
        makers["statements"] = lambda: _statements(look, node, kinds)
    if kind in ("body", "region", "city", "person"):
        makers["figures"] = lambda: _figures(look, node, kinds)
    if kind == "article":
        makers["statements"] = lambda: [
            {"id": node_id(s), "label": look.text(s, SCHEMA.text) or "", "note": ""}
            for s in look.subjects(SCHEMA.isPartOf, node) if kinds.get(s) == "statement"]
    sections = {name: make() for name, make in makers.items()}
    return {name: items for name, items in sections.items() if items}
