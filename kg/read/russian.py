"""How much a decoded text looks like Russian: the score that picks a code page.

The score is the mean log-frequency of the Cyrillic letters (case-blind, so it works for
upper-case text too), less the share of words with an impossible case pattern (a wrong
code page swaps the cases: «Губернатор» read in the wrong one becomes «зСАЕПМЮРНП»).
Pseudo-graphic characters, which koi8-r gives to cp1251 letters, count as very rare
letters.

>>> right = russian_score("Губернатор провёл совещание")
>>> wrong = russian_score("Губернатор провёл совещание".encode("cp1251").decode("koi8-r"))
>>> right > wrong
True
>>> russian_score("no Cyrillic at all") is None
True
"""
from __future__ import annotations

import math
import re

__all__ = ["russian_score", "LETTER_FREQUENCY"]

#: Russian letter frequencies (share of all letters in a large corpus).
LETTER_FREQUENCY = {
    "о": .1097, "е": .0845, "а": .0801, "и": .0735, "н": .0670, "т": .0626, "с": .0547,
    "р": .0473, "в": .0454, "л": .0440, "к": .0349, "м": .0321, "д": .0298, "п": .0281,
    "у": .0262, "я": .0201, "ы": .0190, "ь": .0174, "г": .0170, "з": .0165, "б": .0159,
    "ч": .0144, "й": .0121, "х": .0097, "ж": .0094, "ш": .0073, "ю": .0064, "ц": .0048,
    "щ": .0036, "э": .0032, "ф": .0026, "ъ": .0004, "ё": .0004,
}
_LOG = {letter: math.log(share) for letter, share in LETTER_FREQUENCY.items()}
_OTHER_CYRILLIC = math.log(1e-3)    # і, ў, ђ, ...: legal, but rare in Russian text
_PSEUDO_GRAPHIC = math.log(1e-4)    # ─ │ ┌ ╦ ▒ ...
_FLOOR = -5.0                       # news text scores about -3.2, random bytes about -7
_ENOUGH = 20                        # letters needed before the floor applies
_WORD = re.compile(r"[^\W\d_]+")
_BOX = re.compile(r"[\u2500-\u259f]")


def russian_score(text: str) -> float | None:
    """Score ``text`` as Russian (higher is better; about -3.2 for news text).

    Args:
        text: a decoded text (or a sample of it).

    Returns:
        The score, or None when the text is not plausible as Russian at all: no
        all-Cyrillic word; most Cyrillic letters inside words mixed with Latin letters
        (a Western text read in a Russian code page: «cafй»); or, given 20 letters or
        more, a score below -5 (random bytes score about -7).
    """
    total = 0.0
    letters = 0
    mixed = 0
    words = 0
    bad_case = 0
    for word in _WORD.findall(text):
        cyrillic = [c for c in word if "\u0400" <= c <= "\u04ff"]
        if not cyrillic:
            continue
        if len(cyrillic) < len(word):
            mixed += len(cyrillic)
            continue
        words += 1
        if not (word.islower() or word.isupper() or word.istitle()):
            bad_case += 1
        letters += len(word)
        total += sum(_LOG.get(c.lower(), _OTHER_CYRILLIC) for c in word)
    if not words or mixed > letters:
        return None
    boxes = len(_BOX.findall(text))
    total += boxes * _PSEUDO_GRAPHIC
    score = total / (letters + boxes) - bad_case / words
    if letters + boxes >= _ENOUGH and score < _FLOOR:
        return None
    return score
