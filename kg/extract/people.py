"""People: PER mentions grouped into persons, short forms resolved to the full name.

«Владислав Шапша» … «Шапша» … «Шапши» → one person ``person:Владислав Шапша``; across
articles the same given name and surname give the same key (patronymics are kept as a
property but left out of the key, since articles name people with and without them).
"""
from __future__ import annotations

import re

from dataclasses import dataclass

from spacy.tokens import Span

from .context import Context
from .model import Mention, Person

__all__ = ["PersonIndex", "find_people", "same_surname", "last_person_before", "may_be_of", "PRONOUN_GENDERS"]

_NAME_TAGS = ("Name", "Surn", "Patr")


def same_surname(a: str, b: str) -> bool:
    """Forms of one surname: equal, or sharing all but an inflection ending.

    >>> same_surname("Шапша", "Шапши"), same_surname("Иванов", "Ивановым"), same_surname("Иванов", "Ивашов")
    (True, True, False)
    """
    a, b = a.lower().replace("ё", "е"), b.lower().replace("ё", "е")
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) < 3 or len(long_) - len(short) > 3:
        return False
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= max(3, len(short) - 1) and common >= len(long_) - 3


@dataclass
class _Parts:
    given: str | None
    patronymic: str | None
    family: str | None
    initials: tuple[str, ...]
    surname_first: bool = False       # «Си Цзиньпин»: written and named family name first

    @property
    def full_name(self) -> str | None:
        """«Владислав Шапша», «Си Цзиньпин»: given name and surname in the name's own order."""
        if not (self.given and self.family):
            return None
        return f"{self.family} {self.given}" if self.surname_first else f"{self.given} {self.family}"


def _tag(normalizer, word: str) -> str | None:
    for parse in normalizer.morph_vocab(word)[:4]:
        grammemes = parse.tag.grammemes
        for tag in _NAME_TAGS:
            if tag in grammemes:
                return tag
    return None


def _also_surname(normalizer, word: str) -> bool:
    """The dictionary knows ``word`` as a surname too («Абрамович», not «Петрович»), or does
    not know it as a patronymic at all, only guesses one («Дворкович»)."""
    parses = normalizer.morph_vocab(word)[:4]
    return any("Surn" in parse.tag.grammemes for parse in parses) or not any(
        "Patr" in parse.tag.grammemes and type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"
        for parse in parses)


def _split(normalizer, name: str, surnames_first: frozenset[str] = frozenset()) -> _Parts:
    """Given name, patronymic, surname and initials of a name as written. A last word that
    may be a patronymic or a surname is the surname when no surname follows it: «Роман
    Абрамович» and «Аркадий Дворкович» are surnames, «Роман Абрамович Петров» has the
    patronymic. A name is written given name first unless the words before the given name
    are surnames the dictionary knows or a patronymic follows it («Иванов Иван», «Шапша
    Владислав Валерьевич»): «Синдзи Харада», «Михаель Баллак» keep their order though the
    dictionary knows «Харада» and «Баллак» as given names."""
    east = _surname_first(normalizer, name.split(), surnames_first)
    if east is not None:
        return east
    words = [w for w in name.replace(".", ". ").split() if w]
    given = patronymic = family = None
    initials: list[str] = []
    rest: list[str] = []
    for n, word in enumerate(words):
        bare = word.rstrip(".")
        if len(bare) <= 2 and bare[:1].isupper() and (word.endswith(".") or len(bare) == 1):
            initials.append(bare[:1])
            continue
        tag = _tag(normalizer, bare)
        if tag == "Name" and given is None and family is None and (
                not rest or all(_known_surname(normalizer, w) for w in rest)
                or n + 1 < len(words) and _tag(normalizer, words[n + 1].rstrip(".")) == "Patr"):
            given = bare
        elif tag == "Patr" and patronymic is None and given is not None \
                and not (word is words[-1] and not rest and _also_surname(normalizer, bare)):
            patronymic = bare
        else:
            rest.append(bare)
    if given is None and patronymic is None and not initials and len(rest) == 2 \
            and all(_CYRILLIC.fullmatch(w) for w in rest):
        if rest[0] in surnames_first:       # «Чэнь Дэмин», though «Дэмин» is a Russian name too
            return _Parts(rest[1], None, rest[0], (), surname_first=True)
        given, rest = rest[0], rest[1:]     # «Гэвин Ньюсом», «Сансерн Каевкамнерд»: as written
    if initials and given is not None and patronymic is None and not rest:
        given, rest = None, [given]   # «В.Е. Парфенов»: with initials one word is the surname,
        # whatever the dictionary makes of it («Парфенов» from «Парфён»)
    if rest:
        family = " ".join(rest)
    return _Parts(given, patronymic, family, tuple(initials))


_CYRILLIC = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?")


def _known_surname(normalizer, word: str) -> bool:
    """The dictionary knows ``word`` as a surname («Иванов», «Матвиенко»)."""
    return "Surn" in normalizer.dictionary_grammemes(word)


def _surname_first(normalizer, words: list[str], surnames: frozenset[str]) -> _Parts | None:
    """«Си Цзиньпин», «Ван И», «Ким Чен Ын», «Нгуен Тан Зунг»: a surname of
    ``kg:surnameFirst`` and then a given name of one word that is no Russian given name
    («Ким Андрей» stays Андрей Ким), or of two short words (Korean and Vietnamese names:
    «Пан Ги Мун», though the dictionary knows «Мун» as a name); no initials."""
    if not 2 <= len(words) <= 3 or words[0] not in surnames or any("." in w for w in words):
        return None
    rest = words[1:]
    if not all(w[:1].isupper() for w in rest) or (len(rest) == 2 and max(map(len, rest)) > 5):
        return None
    if len(rest) == 1 and "Name" in normalizer.dictionary_grammemes(rest[0]):
        return None
    return _Parts(" ".join(rest), None, words[0], (), surname_first=True)


_CASE_ENDINGS = ("", "а", "у", "ым", "ом", "е")


def _surname_form(word: str, family: str) -> bool:
    """``word`` is ``family`` or ``family`` with a case ending («Силуанова» of «Силуанов»),
    but not a longer name that merely starts the same («Иван» is no form of «Иванов»).

    >>> _surname_form("Силуанову", "Силуанов"), _surname_form("Иван", "Иванов")
    (True, False)
    """
    word, family = word.lower().replace("ё", "е"), family.lower().replace("ё", "е")
    return word.startswith(family) and word[len(family):] in _CASE_ENDINGS


class PersonIndex:
    """The persons of one article and the span each PER mention refers to."""

    def __init__(self) -> None:
        self.persons: dict[str, Person] = {}
        self.by_span: dict[tuple[int, int], str] = {}

    def key_at(self, span: Span) -> str | None:
        return self.by_span.get((span.start, span.end))

    def find(self, surname: str) -> str | None:
        """The person of this article with that surname, or whose surname ends with it
        («Эрдоган» of «Реджеп Тайип Эрдоган»); the latest one added wins."""
        for key, person in reversed(list(self.persons.items())):
            if person.family and (same_surname(person.family, surname)
                                  or " " in person.family and " " not in surname
                                  and same_surname(person.family.split()[-1], surname)):
                return key
        return None


def _nominative(span: Span) -> bool:
    """Every name word of the mention tagged nominative: its words are the name as written."""
    cases = [t.morph.get("Case") for t in span if t.pos_ == "PROPN"]
    return bool(cases) and all(c == ["Nom"] for c in cases)


def _same_name(a: str, b: str) -> bool:
    """Two full names of one person in one article: the first and the last words are forms of
    each other («Беназиры Бхутто» and «Беназир Бхутто»; «Реджеп Тайип Эрдоган» and «Реджеп
    Эрдоган»), not «Барак Обама» and «Мишель Обама».

    >>> _same_name("Реджеп Тайип Эрдоган", "Реджеп Эрдоган"), _same_name("Барак Обама", "Мишель Обама")
    (True, False)
    """
    x, y = a.split(), b.split()
    return same_surname(x[0], y[0]) and same_surname(x[-1], y[-1])


def _one_name_a_person(parsed: list[tuple[Span, _Parts]]) -> list[tuple[Span, _Parts]]:
    """The full names of one person written several ways get one form: natasha puts an
    indeclinable name in an oblique case «to the nominative» («Беназир Бхутто» after «экс-
    премьера» → «Беназиры Бхутто»), and a middle name comes and goes («Реджеп Тайип Эрдоган»).
    The form chosen is, in order: one a mention tagged nominative has, one written so in the
    text, the most frequent, the one with most words, the shortest (a case ending is longer:
    «Веселина Топалова», tagged nominative after a dash), the first."""
    groups: list[list[int]] = []
    for n, (span, parts) in enumerate(parsed):
        if not parts.full_name:
            continue
        group = next((g for g in groups if _same_name(parsed[g[0]][1].full_name, parts.full_name)), None)
        if group is None:
            groups.append([n])
        else:
            group.append(n)
    out = list(parsed)
    for group in groups:
        names = [parsed[n][1].full_name for n in group]
        nominative = {parsed[n][1].full_name for n in group if _nominative(parsed[n][0])}
        written = {" ".join(parsed[n][0].text.split()) for n in group}

        def rank(n: int) -> tuple:
            name = parsed[n][1].full_name
            return (name in nominative, name in written, names.count(name), len(name.split()),
                    -len(name), -n)

        best = max(group, key=rank)
        for n in group:
            out[n] = (parsed[n][0], parsed[best][1])
    return out


def find_people(ctx: Context, mentions: list[Mention]) -> PersonIndex:
    """Group the article's PER spans into persons; append PER mentions."""
    index = PersonIndex()
    spans = sorted(ctx.ner("PER"), key=lambda s: s.start)
    surnames_first = ctx.ontology.surnames_first
    parsed = [(span, _split(ctx.normalizer, span._.normal or span.text, surnames_first))
              for span in spans]
    parsed = _one_name_a_person(parsed)
    # full names first, so that short forms anywhere in the text find them
    for span, parts in parsed:
        if parts.full_name:
            key = f"person:{parts.full_name}"
            person = index.persons.get(key)
            if person is None:
                person = index.persons[key] = Person(key, parts.full_name,
                                                     parts.given, parts.patronymic, parts.family)
            person.patronymic = person.patronymic or parts.patronymic
            person.forms.add(span.text)
            index.by_span[(span.start, span.end)] = key
    by_end = {span.end: span for span in spans}
    for span, parts in parsed:
        if (span.start, span.end) in index.by_span:
            continue
        before = by_end.get(span.start - 1)
        if before is not None and span.start > 0 and span.doc[span.start - 1].text == "(" \
                and (before.start, before.end) in index.by_span:
            # «Томас Винье (Thomas Vinje)»: the original spelling of the name before it
            key = index.by_span[(before.start, before.end)]
            index.persons[key].forms.add(span.text)
            index.by_span[(span.start, span.end)] = key
            continue
        key = index.find(parts.family) if parts.family else None
        if key is None and parts.given and not parts.family:
            key = next((k for k, p in index.persons.items() if p.given == parts.given), None)
            if key is None:   # «Как отметил Силуанов»: the dictionary took a surname for a name
                key = next((k for k, p in reversed(list(index.persons.items()))
                            if p.family and _surname_form(parts.given, p.family)), None)
        if key is None:
            name = parts.family or parts.given or (span._.normal or span.text)
            if parts.given and parts.patronymic and not parts.family:
                # «Александр Исаевич», «Иван Петрович»: named by name and patronymic, not by the
                # name alone (one «Иван» for every Иван of the corpus)
                name = f"{parts.given} {parts.patronymic}"
            if parts.initials and parts.family:
                name = " ".join(f"{i}." for i in parts.initials) + " " + parts.family
            key = f"person:{name}"
            if parts.given and not (parts.family or parts.patronymic or parts.initials) \
                    and not any(p.end == span.start for p in ctx.kind("POST")):
                # «Мария, 35 лет»: not every Мария of the corpus; but a title makes a name
                # known by itself («Патриарх Кирилл», «епископ Лонгин», «король Карл»)
                key = ctx.own_key("person", name)
            index.persons.setdefault(key, Person(key, name, parts.given, parts.patronymic,
                                                 parts.family))
        index.persons[key].forms.add(span.text)
        index.by_span[(span.start, span.end)] = key
    for span in spans:
        mentions.append(Mention(span.start_char, span.end_char, "PER", index.by_span[(span.start, span.end)]))
    mentions += _names_natasha_missed(ctx, index)
    return index


def _next_to_a_capital(doc, i: int) -> bool:
    """A capitalised word beside it (not opening the sentence): part of a longer name natasha
    missed whole («Виктор Понедельник»), not a lone surname."""
    return any(0 <= k < len(doc) and doc[k].text[:1].isupper() and doc[k].text.isalpha()
               and (k < i or not doc[k].is_sent_start) for k in (i - 1, i + 1))


def _names_natasha_missed(ctx: Context, index: PersonIndex) -> list[Mention]:
    """«… что уже много сказали о Свиридове», «Буту … предъявлены обвинения»: a capitalised word
    no entity covers that is a form of the surname of a person of the article (or the given
    name of the only person who has it) is a mention of that person."""
    doc = ctx.doc
    covered = {i for span in ctx.doc.spans.get("ner", []) for i in range(span.start, span.end)}
    covered |= {i for span in ctx.lexicon.get("GAZ", []) for i in range(span.start, span.end)}
    surnames = {}
    givens: dict[str, list[str]] = {}
    for key, person in index.persons.items():
        if person.family and person.given:
            surnames.setdefault(person.family.split()[-1], key)
            givens.setdefault(person.given, []).append(key)
    found = []
    for token in doc:
        if token.i in covered or len(token.text) < 4 or not token.text.isalpha() \
                or not token.text[0].isupper() or token.text.isupper() \
                or token.is_sent_start and token.pos_ != "PROPN" \
                or token.pos_ not in ("PROPN", "NOUN") or _next_to_a_capital(doc, token.i):
            continue
        key = next((k for surname, k in surnames.items() if same_surname(surname, token.text)), None)
        if key is None and token.is_sent_start:
            continue   # a given name opening a sentence may be anyone's
        if key is None:
            keys = next((ks for given, ks in givens.items() if same_surname(given, token.text)), [])
            key = keys[0] if len(keys) == 1 else None
        if key is not None:
            found.append(Mention(token.idx, token.idx + len(token.text), "PER", key))
    return found


PRONOUN_GENDERS = {"он": "Masc", "его": "Masc", "она": "Fem", "её": "Fem", "ее": "Fem"}


def last_person_before(ctx: Context, people: PersonIndex, start: int, gender: str | None = None) -> str | None:
    """«Он» at the start of a sentence: the last person named before token ``start`` (of that
    gender, when the name shows one)."""
    earlier = [s for s in ctx.ner("PER") if s.end <= start and may_be_of(s, gender)]
    return people.key_at(earlier[-1]) if earlier else None


def may_be_of(span: Span, gender: str | None) -> bool:
    """The name may be of a person of ``gender`` (its words show none, or that one)."""
    genders = {g for t in span for g in t.morph.get("Gender")}
    return gender is None or not genders or gender in genders
