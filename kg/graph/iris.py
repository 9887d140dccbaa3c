"""Deterministic IRIs: normalised, transliterated names plus type.

>>> slug("Владислав Шапша")
'vladislav-shapsha'
>>> slug("Центр кластерного развития «Калуга»")
'centr-klasternogo-razvitiya-kaluga'
>>> entity_iri("person:Владислав Шапша")
rdflib.term.URIRef('https://w3id.org/kg-news/id/person/vladislav-shapsha')
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from ..vocab import ID

__all__ = ["slug", "entity_iri", "article_iri", "article_key", "digest"]

_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "c", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "є": "e", "і": "i", "ї": "i", "ґ": "g",
}
_MAX = 80


def slug(text: str) -> str:
    """Lowercase ASCII words joined by '-', transliterated from Russian (at most 80 chars;
    longer names end in a short hash so that they stay distinct)."""
    out = []
    for ch in text.lower():
        if ch in _TRANSLIT:
            out.append(_TRANSLIT[ch])
        else:
            out.append(ch)
    ascii_text = unicodedata.normalize("NFKD", "".join(out)).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    result = "-".join(words) or "x" + digest(text)[:8]
    if len(result) > _MAX:
        result = result[:_MAX - 9].rstrip("-") + "-" + digest(text)[:8]
    return result


def digest(*parts: object) -> str:
    """A short stable hash of the parts (hex, 16 characters)."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def entity_iri(key: str) -> URIRef:
    """The IRI of an extraction key: gazetteer IRIs stay, ``kind:Name`` becomes ``id:kind/slug``."""
    if key.startswith("http://") or key.startswith("https://"):
        return URIRef(key)
    kind, _, name = key.partition(":")
    return ID[f"{kind}/{slug(name)}"]


def article_key(article_id: str) -> str:
    """The article's part of IRIs: the id itself when it is plain ASCII, else its slug and a
    short hash, so that distinct ids never share IRIs.

    >>> article_key("book_58"), article_key("Новость 1")
    ('book_58', 'novost-1-b0160206')
    """
    if re.fullmatch(r"[A-Za-z0-9_.-]+", article_id) and not article_id.startswith("."):
        return article_id
    return f"{slug(article_id)}-{digest(article_id)[:8]}"


def article_iri(article_id: str) -> URIRef:
    return ID[f"article/{article_key(article_id)}"]
