"""Find map nodes by any form of their name, the same way the map page's search box does.

A query and every name form of a node (label, ``foaf:name``, ``skos:altLabel``,
``skos:hiddenLabel`` forms seen in text, given + family name, …) are normalised: lower case,
ё = е, punctuation and dashes to spaces. A node scores

* 4 if a form equals the query, 3 if a form starts with it;
* 2 if every query word matches a word of some form: the form word starts with it (typing),
  or the two are forms of one word: the same crude stem, or a common start of at least four
  letters that leaves at most two letters over («Шапши» ~ «Шапша», «Медведеву» ~
  «Медведев», «Госдумы» ~ «Госдума»);
* 1 if a form contains the query, or every query word is inside some form word; else 0.

Hits sort by score, kind (person first), degree (most connected first), label length,
label and id. The page's ``kgNorm``/``kgStem``/``kgWordMatch``/``kgScore``/``kgSearch``
implement exactly this (tests/viz checks that they agree).

>>> norm("«Шапша», Владислав  Ёлкин")
'шапша владислав елкин'
>>> stem("шапши") == stem("шапша") == "шапш"
True
>>> word_match("медведеву", "медведев"), word_match("канада", "кан")
(True, False)
"""
from __future__ import annotations

import re
from typing import Iterable, Mapping, Sequence

import networkx as nx

from .style import KINDS

__all__ = ["norm", "stem", "word_match", "score", "search", "find_node", "ENDINGS"]

_PUNCT = re.compile(r"[«»\"„“”'’`()\[\],.;:!?]")
_SPACE = re.compile(r"[\s\u00a0\-‐‑–—]+")

# Russian inflection endings, longest first; a stem keeps at least three letters.
ENDINGS: tuple[str, ...] = (
    "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ий", "ый",
    "ая", "яя", "ое", "ее", "ые", "ие", "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев", "ию",
    "ью", "ия", "ья", "ии", "а", "я", "о", "е", "и", "ы", "у", "ю", "ь", "й")
MIN_STEM = 3


def norm(text: object) -> str:
    """Lower case, ё = е, punctuation and dashes as spaces, spaces collapsed."""
    text = str(text).lower().replace("ё", "е")
    return _SPACE.sub(" ", _PUNCT.sub(" ", text)).strip()


def stem(word: str) -> str:
    """A crude Russian stem: the word less its longest inflection ending (words ≥ 4)."""
    if len(word) < 4:
        return word
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[:-len(ending)]
    return word


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def word_match(query: str, word: str) -> bool:
    """Whether a query word finds a form word: a prefix of it, or a form of one word."""
    if word.startswith(query) or stem(query) == stem(word):
        return True
    if min(len(query), len(word)) < 4:
        return False
    common = _common_prefix(query, word)
    return common >= 4 and common >= max(len(query), len(word)) - 2


def score(forms: Sequence[str], query: str) -> int:
    """How well normalised ``forms`` match a normalised ``query`` (0: not at all)."""
    if not query:
        return 0
    contains = False
    for form in forms:
        if form == query:
            return 4
        if form.startswith(query):
            return 3
        contains = contains or query in form
    words = [w for form in forms for w in form.split(" ")]
    queries = query.split(" ")
    if all(any(word_match(q, w) for w in words) for q in queries):
        return 2
    if contains or all(any(q in w for w in words) for q in queries):
        return 1
    return 0


def _forms(attrs: Mapping[str, object]) -> list[str]:
    names = [str(attrs.get("label", ""))] + [str(s) for s in attrs.get("search", ()) or ()]
    return list(dict.fromkeys(norm(n) for n in names))


def search(net: nx.Graph, text: str, limit: int | None = 20,
           kinds: Iterable[str] | None = None) -> list[str]:
    """The ids of the nodes of ``net`` matching ``text``, best first (as the page ranks)."""
    query = norm(text)
    order = list(KINDS)
    wanted = set(kinds) if kinds is not None else None
    hits = []
    for node, attrs in net.nodes(data=True):
        kind = str(attrs.get("kind", ""))
        if wanted is not None and kind not in wanted:
            continue
        value = score(_forms(attrs), query)
        if value:
            label = str(attrs.get("label", ""))
            hits.append((-value, order.index(kind) if kind in order else -1,
                         -net.degree(node), len(label), label, str(node)))
    hits.sort()
    return [hit[-1] for hit in hits[:limit]] if limit is not None else [h[-1] for h in hits]


def find_node(net: nx.Graph, text: str, kinds: Iterable[str] | None = None) -> str | None:
    """The best node for a name (None if nothing matches)."""
    hits = search(net, text, 1, kinds)
    return hits[0] if hits else None
