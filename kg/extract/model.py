"""What extraction finds in one article: plain, explicit objects.

Entities are referred to by *keys*, strings that identify them across articles
(``person:Владислав Шапша``, ``org:https://…/id/org/…`` for gazetteer bodies,
``org:Центр кластерного развития`` otherwise); the graph stage turns keys into IRIs.
Every fact carries :class:`Evidence`: the character span it was read from and its sentence.
"""
from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Evidence", "Person", "Body", "Official", "Group", "Event", "Statement",
           "Founding", "Figure", "Mention", "Extraction"]


@dataclass(frozen=True, order=True)
class Evidence:
    """Where a fact is stated: ``text[start:end]`` inside the sentence ``text[sent_start:sent_end]``."""

    start: int
    end: int
    sent_start: int
    sent_end: int
    sentence: str


@dataclass
class Person:
    key: str                      # "person:Владислав Шапша"
    name: str                     # "Владислав Шапша"
    given: str | None = None
    patronymic: str | None = None
    family: str | None = None
    forms: set[str] = field(default_factory=set)   # forms as written: «Шапши», «Владиславом Шапшой»


@dataclass
class Body:
    key: str                      # "org:<gazetteer IRI>" or "org:Центр кластерного развития"
    name: str                     # nominative name
    body_type: str | None = None  # body-type concept IRI
    iri: str | None = None        # gazetteer IRI when known
    kind: str = "org"             # org | region | city | country | place
    region: str | None = None     # key of the region it is in, when stated
    forms: set[str] = field(default_factory=set)


@dataclass
class Official:
    person: str                   # person key
    post_type: str                # post concept IRI
    post: str                     # the post as a nominative phrase: «заместитель министра иностранных дел»
    body: str | None              # body key
    status: str | None            # status concept IRI (None = as stated, current)
    evidence: Evidence
    implied: bool = False         # the body is not stated with the post (article's region, sentence's body)


@dataclass
class Group:
    key: str                      # "group:<article>:<label>"
    label: str                    # «руководители более пятидесяти промышленных предприятий Калужской области»
    evidence: Evidence


@dataclass
class Event:
    key: str
    event_type: str               # event concept IRI
    title: str                    # the «…» name, or a descriptive label
    named: bool                   # True when the title is the event's own («…») name
    place: str | None = None      # body key (city/region/place)
    date: str | None = None       # ISO date or year
    participants: list[tuple[str, Evidence]] = field(default_factory=list)  # person/body/group keys
    parent: str | None = None     # key of the event this one is part of
    organizers: list[tuple[str, Evidence]] = field(default_factory=list)    # body/person keys
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Statement:
    speaker: str                  # person key
    text: str
    speech_act: str               # speech concept IRI
    evidence: Evidence


@dataclass
class Founding:
    body: str
    date: str                     # "2010" or ISO date
    place: str | None
    evidence: Evidence


@dataclass
class Figure:
    about: str                    # body key
    value: str                    # "40"
    unit: str                     # "%"
    qualifier: str | None         # «более»
    measure: str                  # «валовой региональный продукт»
    evidence: Evidence
    change: str | None = None     # kg:increase / kg:decrease IRI: the value is by how much it changed


@dataclass(frozen=True, order=True)
class Mention:
    start: int
    end: int
    type: str                     # PER | ORG | LOC | POSITION | EVENT
    ref: str | None = None        # the key of the entity it refers to


@dataclass
class Extraction:
    """Everything found in one article."""

    article_id: str
    persons: dict[str, Person] = field(default_factory=dict)
    bodies: dict[str, Body] = field(default_factory=dict)
    officials: list[Official] = field(default_factory=list)
    groups: dict[str, Group] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    statements: list[Statement] = field(default_factory=list)
    foundings: list[Founding] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    source: str | None = None     # body key of the «Источник:»
    photo_credit: str | None = None  # person key of the photo credit
