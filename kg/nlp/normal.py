"""Nominative forms of names and phrases, with natasha's inflection.

``name``: every word to the nominative («Владиславом Шапшой» → «Владислав Шапша»).
``phrase``: the leading adjectives and the head noun only, the rest kept as written
(«губернатором Калужской области» → «губернатор Калужской области»,
«Государственной Думы» → «Государственная Дума»).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from natasha.norm import NOM, inflect_word, normal_word, pos_match, recover_shape
from spacy.tokens import Span, Token

__all__ = ["Normalizer", "lemma_key", "abbreviation_key", "ABBREVIATION_MARK"]

_HEAD_POS = {"NOUN", "PROPN"}
_LEFT_POS = {"ADJ", "DET", "NUM"}
# endings of relative adjectives that surnames in «-ов», «-ев», «-ин» are read as («торосовый»)
_SURNAME_GENITIVES = ("ова", "ева", "ёва", "ина", "ына")
_RELATIVE_ADJECTIVES = ("овый", "евый", "ёвый", "иный", "ыный", "овая", "евая", "ёвая", "иная", "ыная")


@dataclass(frozen=True)
class _Word:
    """The few token fields natasha's inflection reads."""

    text: str
    pos: str
    feats: dict = field(hash=False)


def _word(token: Token) -> _Word:
    return _Word(token.text, token.pos_, token.morph.to_dict())


ABBREVIATION_MARK = "\u2191"   # «↑МИД»: a key no lowercase word can have


def abbreviation_key(text: str) -> str | None:
    """The key of an abbreviation in capitals, with or without a case ending, else None.

    >>> abbreviation_key("МИДа"), abbreviation_key("ФСБ"), abbreviation_key("Дума")
    ('↑мид', '↑фсб', None)
    """
    upper = 0
    while upper < len(text) and text[upper].isupper():
        upper += 1
    if upper < 2 or len(text) - upper > 2 or not text[upper:].islower() and upper < len(text):
        return None
    return ABBREVIATION_MARK + text[:upper].lower()   # lowercase: spaCy's NORM of a pattern


def lemma_key(text: str) -> str:
    """The form rules compare words by: lowercase, «ё» → «е».

    >>> lemma_key("Учёный")
    'ученый'
    """
    return text.lower().replace("ё", "е")


class Normalizer:
    """Puts spans in the nominative with a natasha ``MorphVocab``."""

    def __init__(self, morph_vocab: object) -> None:
        self.morph_vocab = morph_vocab
        self._forms: dict[tuple[str, str, str], str] = {}

    def _inflect(self, token: Token) -> str:
        """The word's nominative, worked out once per (word, part of speech, features):
        news repeat their names, and pymorphy2's inflection is the costly part."""
        key = (token.text, token.pos_, str(token.morph))
        form = self._forms.get(key)
        if form is None:
            if len(self._forms) >= 100_000:      # memory stays flat over a corpus
                self._forms.clear()
            form = self._forms[key] = self._work_out(token)
        return form

    def _work_out(self, token: Token) -> str:
        text = token.text
        upper = sum(c.isupper() for c in text)
        if upper >= 2 and text.isupper() and text.isalpha():
            return text                  # an abbreviation: «НМИЦ» does not decline (was «НМИЦЫ»)
        if upper >= 2 and text[:upper].isupper() and text[upper:].islower():
            return text[:upper]          # an abbreviation with a case ending: «МИДа» → «МИД»
        word, dash, number = text.rpartition("-")
        if dash and number.isdigit() and word.isalpha():
            # «волны-2009» → «волна-2009»: the word inflects, the year stays
            head = inflect_word(self.morph_vocab, _Word(word, token.pos_, token.morph.to_dict()))
            return recover_shape(head, word) + dash + number
        word = inflect_word(self.morph_vocab, _word(token))
        if normal_word(word) == normal_word(text) and token.pos_ in _HEAD_POS:
            word = self._inflect_loosely(token) or word
        if normal_word(word) == normal_word(text) and token.pos_ == "PROPN" and _oblique(token) \
                and token.norm_ and token.norm_ != normal_word(text) \
                and normal_word(text).startswith(token.norm_) and len(text) - len(token.norm_) <= 2:
            # «Йенса Лемана»: no dictionary form inflects «Лемана»; the tagger's lemma, the word
            # without its case ending, does (not «Кими» → «кий»)
            word = token.norm_
        elif normal_word(word) == normal_word(text) and token.pos_ == "PROPN" \
                and token.morph.get("Case") == ["Ins"] and text[-3:-2].lower() in _VOWELS \
                and text.lower().endswith("ем"):
            # «Хамидом Карзаем»: an unknown name in «-й» has «-ем» in the instrumental
            word = normal_word(text)[:-2] + "й"
        elif normal_word(word) == normal_word(text) and token.pos_ == "PROPN" and _oblique(token) \
                and token.norm_ and token.norm_ != normal_word(text) \
                and any(p.normal == token.norm_ and p.pos == "NOUN" and p.feats.get("Number") == "Sing"
                        and p.feats.get("Case") not in (None, "Nom") for p in self.morph_vocab(normal_word(text))):
            # «губернатора … Владислава Шапшу»: the tagger took the case from the words before
            # (genitive), the word has none such; its lemma is one the dictionary gives the word
            word = token.norm_
        elif normal_word(word) == normal_word(text) and token.pos_ == "PROPN" and _oblique(token):
            word = self._declined_given_name(token) or self._as_adjective(token) or word
        elif normal_word(word) == normal_word(text) and token.pos_ == "NOUN" and _oblique(token):
            word = self._as_adjective(token) or word
        if token.pos_ == "ADJ" and normal_word(word)[:3] != normal_word(text)[:3]:
            # «лучшим работникам» → «лучшие», not the dictionary's «наихорошие»
            word = _adjective_by_ending(normal_word(text), token.morph.to_dict()) or word
        return recover_shape(word, token.text)

    def _surname(self, token: Token, word: str) -> str:
        """A surname word of a name after its given name, past two readings the dictionary
        gives of words it does not know as surnames: a surname in «-ов», «-ев», «-ин» read as a
        relative adjective («Ильей Торосовым» is «Торосов», not the adjective «торосовый»;
        «Анной Торосовой» «Торосова»), and a man's surname of the «-а»/«-я» declension in the
        instrumental («Игорем Руденей» is «Руденя», not «Руденей»), and a man's surname in «-ин»,
        «-ов» in the genitive the dictionary reads otherwise («Александра Кузина» is «Кузин»).
        («Юрием Трутневым» stays «Трутневой»: it may as well be «Луговой»'s «Луговым».)"""
        if token.pos_ != "PROPN" or not _oblique(token) or "Surn" in self._grammemes(token.text):
            return word
        normal = normal_word(word)
        if len(normal) >= 6 and normal.endswith(_RELATIVE_ADJECTIVES):
            return recover_shape(normal[:-2] if normal.endswith("ый") else normal[:-2] + "а", token.text)
        text = normal_word(token.text)
        case, masculine = token.morph.get("Case"), token.morph.get("Gender") == ["Masc"]
        if masculine and normal == text and case in (["Gen"], ["Acc"]) and text.endswith(_SURNAME_GENITIVES) \
                and len(text) >= 5:
            # «Александра Кузина», «Александра Лисина»: a man's «-ин», «-ов» surname in the genitive,
            # which the dictionary reads as a noun («кузина») or not at all
            return recover_shape(text[:-1], token.text)
        if normal == text and case == ["Ins"] and masculine \
                and text.endswith("ей") and len(text) >= 5 and not self.dictionary_grammemes(token.text):
            return recover_shape(text[:-2] + "я", token.text)
        return word

    def _grammemes(self, text: str) -> set[str]:
        return {g for p in self.morph_vocab(normal_word(text))[:4] for g in p.tag.grammemes}

    def dictionary_grammemes(self, word: str) -> set[str]:
        """The grammemes of the readings the dictionary has for ``word`` itself, not those
        guessed from its ending: «Иванов» has Surn, «Харада» Name, «Каевкамнерд» none."""
        return {g for p in self.morph_vocab(normal_word(word))[:4]
                if type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer" for g in p.tag.grammemes}

    def _declined_given_name(self, token: Token) -> str | None:
        """A given name the dictionary also knows as an indeclinable one: «Анне Петровой» is
        «Анна», not the fixed «Анне»."""
        case, gender = token.morph.get("Case"), token.morph.get("Gender")
        forms = self.morph_vocab(normal_word(token.text))
        if not any({"Name", "Fixd"} <= form.tag.grammemes for form in forms):
            return None
        for form in forms:
            grammemes = form.tag.grammemes
            if "Name" in grammemes and "Fixd" not in grammemes and "sing" in grammemes \
                    and [form.feats.get("Case")] == case and (not gender or [form.feats.get("Gender")] == gender):
                return form.normal
        return None

    def _as_adjective(self, token: Token) -> str | None:
        """A noun or surname that declines as an adjective and that the dictionary knows only
        as one (or as a participle): «уполномоченным» is «уполномоченный», «с Ольгой Светлой»
        «Светлая», «Дмитрием Светлым» «Светлый». A word that is also a noun or a surname of the
        «-ов», «-ин» kind keeps that reading («Еленой Лавровой» is «Лаврова»)."""
        parses = self.morph_vocab(normal_word(token.text))
        if not parses or any(p.pos == "NOUN" for p in parses):
            return None
        case, gender = token.morph.get("Case"), token.morph.get("Gender")
        for form in parses:
            if form.pos == "ADJ" and [form.feats.get("Case")] == case \
                    and form.feats.get("Gender") in (None, gender[0] if gender else "Masc"):
                nominative = form.inflect({NOM})
                if nominative:
                    return normal_word(nominative.word)
        return None

    def _inflect_loosely(self, token: Token) -> str | None:
        """When no parse agrees in gender too («Шапшой»: the dictionary knows only a feminine
        noun), take a parse that agrees in part of speech and case."""
        case = token.morph.get("Case")
        if not case or case[0] == "Nom":
            return None
        for form in self.morph_vocab(normal_word(token.text)):
            if pos_match(form.pos, token.pos_) and form.feats.get("Case") == case[0]:
                nominative = form.inflect({NOM})
                if nominative:
                    return normal_word(nominative.word)
        return None

    def name(self, span: Span | list[Token]) -> str:
        """Every word to the nominative; whitespace collapsed to single spaces. A name word in
        an oblique case of the singular that ends in a consonant does not decline, so it stays
        as written («Экс-премьера … Беназир Бхутто» is «Беназир», not «Беназиры»).

        >>> from kg.nlp import make_pipeline
        >>> doc = make_pipeline()("Экс-премьера Пакистана Беназир Бхутто вновь арестовали.")
        >>> [span._.normal for span in doc.spans["ner"] if span.label_ == "PER"]
        ['Беназир Бхутто']
        """
        tokens = [t for t in span if not t.is_space]
        words = [t.text if _indeclinable(t) else self._inflect(t) if t.pos_ in _HEAD_POS | _LEFT_POS
                 else t.text for t in tokens]
        if tokens and len(tokens) > 1 and words[0] == tokens[0].text:
            given = self._given_in_case(tokens[0])
            if given is not None:
                words[0] = given      # «с послом Японии в России Акирой Муто»: «Акира»
        case = tokens[0].morph.get("Case") if tokens and tokens[0].pos_ == "PROPN" else None
        gender = tokens[0].morph.get("Gender") if case else None
        if len(tokens) > 1 and words[0] == tokens[0].text and case == ["Nom"]:
            oblique = self._oblique_given_name(tokens[0])
            if oblique is not None and any(
                    oblique[1] in (cases := self._name_cases(t)) and "Nom" not in cases for t in tokens[1:]):
                # «с Послом … Ботиржоном Асадовым», «с министром … Хаканом Фиданом»: the tagger
                # read a word as a nominative; the dictionary reads the given name only in an
                # oblique case, and another word in that case and never as a nominative (as a
                # name, when it reads it as one; not «Саломе Зурабишвили»)
                words[0], case, gender = recover_shape(oblique[0], tokens[0].text), [oblique[1]], [oblique[2]]
        if len(tokens) > 1 and case == ["Nom"] and words[0] == tokens[0].text \
                and any(self._only_instrumental_name(t) for t in tokens[1:]):
            # «с Послом … Винаем Кумаром»: «Кумаром» is a name only in the instrumental, so the
            # unknown words of the name are too
            for n, token in enumerate(tokens):
                if self._only_instrumental_name(token):
                    words[n] = recover_shape(self.morph_vocab(normal_word(token.text))[0].normal, token.text)
                elif words[n] == token.text and token.pos_ == "PROPN":
                    words[n] = _instrumental_nominative(token.text) or words[n]
        if case and case[0] != "Nom" and words[0] != tokens[0].text:
            # «Пиюшем Гоялом»: the tagger left the surname in the nominative; the words of a name
            # share the case of its given name, when that one shows it by its ending («Бенито
            # Арчундия» does not), and its gender («Александра Аникеева» is «Аникеев»)
            for n, token in enumerate(tokens[1:], 1):
                if token.pos_ == "PROPN" and (token.morph.get("Case") == ["Nom"] and words[n] == token.text
                                              or token.morph.get("Case") not in ([], case)
                                              and case[0] in self._name_cases(token)
                                              or gender and token.morph.get("Gender") not in ([], gender)
                                              and "Name" in self._grammemes(tokens[0].text)):
                    # (and a surname the tagger gave another gender: «Валентину Авдееву» is not
                    # «Авдеев»'s dative)
                    feats = {**token.morph.to_dict(), "Case": case[0], **({"Gender": gender[0]} if gender else {})}
                    form = inflect_word(self.morph_vocab, _Word(token.text, token.pos_, feats))
                    words[n] = recover_shape(form, token.text)
        for n in range(1, len(tokens)):
            if tokens[n - 1].pos_ == "PROPN" and "Name" in self._grammemes(tokens[n - 1].text):
                words[n] = self._surname(tokens[n], words[n])
        return _join(words, tokens)

    def name_in_case(self, span: Span | list[Token], case: str) -> str:
        """The words of a name read in ``case`` (whatever the tagger said), to the nominative: a
        name in apposition agrees with the word before it, «на реке Оке» → «Ока»."""
        tokens = [t for t in span if not t.is_space]
        words = []
        for token in tokens:
            feats = {**token.morph.to_dict(), "Case": case}
            word = inflect_word(self.morph_vocab, _Word(token.text, token.pos_, feats))
            same = word.replace("ё", "е") == token.text.lower().replace("ё", "е")    # («Тёплый Стан» stays)
            words.append(recover_shape(word, token.text) if token.is_alpha and not same else token.text)
        return _join(words, tokens)

    def _only_instrumental_name(self, token: Token) -> bool:
        """The dictionary reads the word only as a name in the instrumental: «Кумаром»."""
        parses = self.morph_vocab(normal_word(token.text))
        return bool(parses) and all(("Name" in p.tag.grammemes or "Surn" in p.tag.grammemes)
                                    and p.feats.get("Case") == "Ins" for p in parses)

    def _oblique_given_name(self, token: Token) -> tuple[str, str, str] | None:
        """(nominative, case, gender) of a given name the dictionary reads only in one oblique
        case though the tagger said nominative: «Ботиржоном» → («ботиржон», "Ins", "Masc")."""
        parses = self.morph_vocab(normal_word(token.text))
        if not parses:
            return None
        if "Name" in parses[0].tag.grammemes:
            parses = [p for p in parses if "Name" in p.tag.grammemes]
        elif any("inan" in p.tag or "Surn" in p.tag.grammemes for p in parses):
            return None   # a word the dictionary knows as a person only (a name it does not know: «Хаканом»)
        cases = {p.feats.get("Case") for p in parses}
        case = parses[0].feats.get("Case")
        if len(cases) != 1 or case in (None, "Nom") or parses[0].feats.get("Number") != "Sing":
            return None
        return parses[0].normal, case, parses[0].feats.get("Gender") or "Masc"

    def _name_cases(self, token: Token) -> set[str | None]:
        """The cases the dictionary reads a word of a name in: as a name or surname when it
        knows it as one («Фиданом»: the instrumental of «Фидан», though also a noun «фиданом»)."""
        parses = self.morph_vocab(normal_word(token.text))
        names = [p for p in parses if {"Name", "Surn"} & set(p.tag.grammemes)]
        return {p.feats.get("Case") for p in names or parses}

    def _given_in_case(self, token: Token) -> str | None:
        """A given name the tagger left in the nominative though the post before it governs
        another case, which the dictionary reads the name in: «послом Японии в России Акирой»
        is «Акира». The post is the nearest common noun before the name, past its genitives
        and a «в …» place."""
        if token.pos_ != "PROPN" or token.morph.get("Case") != ["Nom"]:
            return None
        k = token.i - 1
        while k >= 0 and token.i - k <= 6 and (token.doc[k].pos_ in ("PROPN", "ADP", "ADJ")):
            k -= 1
        if k < 0 or token.doc[k].pos_ != "NOUN":
            return None
        case = token.doc[k].morph.get("Case")
        if not case or case[0] in ("Nom", "Gen"):
            return None
        parses = self.morph_vocab(normal_word(token.text))
        top = parses[0] if parses else None
        if top is None or "Name" not in top.tag.grammemes or top.feats.get("Case") != case[0]:
            return None
        return recover_shape(top.normal, token.text)

    def phrase(self, span: Span | list[Token]) -> str:
        """Leading adjectives (participles too) and the first noun to the nominative, the rest
        as written. An adjective the tagger left without a case, or that natasha's inflection
        does not find, takes the case, gender and number of the word it agrees with
        («Российско-американской рабочей группы», «Объединенного фронта», «развивающего центра»).

        >>> from kg.nlp import make_pipeline
        >>> nlp = make_pipeline()
        >>> normalizer = nlp.get_pipe("kg_natasha").normalizer
        >>> normalizer.phrase(nlp("Объединенного фронта за демократию")[:])
        'Объединенный фронт за демократию'
        """
        tokens = [t for t in span if not t.is_space]
        words: list[str] = []
        head_seen = False
        for n, token in enumerate(tokens):
            # («Председателем Контрольно-счётной палаты»: the tagger's PROPN in the instrumental
            # of a word the dictionary knows as an adjective only, which agrees with the noun after it)
            mistagged = not head_seen and token.pos_ in _HEAD_POS and n + 1 < len(tokens) \
                and tokens[n + 1].pos_ in _HEAD_POS and self._adjective_only(token)
            left = token.pos_ in _LEFT_POS or _participle(token)
            if mistagged:
                words.append(self._agreeing(token, tokens[n + 1:], own=False) or token.text)
                continue
            if not head_seen and token.norm_ == "и" and words and n + 1 < len(tokens) \
                    and tokens[n - 1].pos_ in _LEFT_POS and tokens[n + 1].pos_ in _LEFT_POS:
                words.append(token.text)   # «Чрезвычайным и Полномочным Послом»: both adjectives
                continue
            if not head_seen and (left or token.pos_ in _HEAD_POS):
                word = self._inflect(token)
                if left and normal_word(word) == normal_word(token.text):
                    word = self._agreeing(token, tokens[n + 1:]) or word
                words.append(word)
                head_seen = token.pos_ in _HEAD_POS
            else:
                head_seen = True
                words.append(token.text)
        return _join(words, tokens)

    def _adjective_only(self, token: Token) -> bool:
        """The dictionary reads the word as a full adjective and nothing else («Контрольно-счётной»)."""
        parses = self.morph_vocab(normal_word(token.text.rpartition("-")[2]))
        return bool(parses) and all(p.pos == "ADJ" for p in parses)

    def _agreeing(self, token: Token, rest: list[Token], own: bool = True) -> str | None:
        """The nominative of an adjective or participle by the features of the first word after
        it that has a case (its own when it has one and ``own``); a hyphenated word inflects its
        last part."""
        feats = token.morph.to_dict() if own else {}
        if "Case" not in feats:
            donor = next((t for t in rest if t.morph.get("Case")), None)
            if donor is None:
                return None
            feats = {**donor.morph.to_dict(), **{k: v for k, v in feats.items() if k != "Degree"}}
        if feats.get("Case") == "Nom":
            return None
        head, dash, last = token.text.rpartition("-")
        for form in self.morph_vocab(normal_word(last)):
            if form.pos not in ("ADJ", "VERB") or form.feats.get("Case") != feats.get("Case") \
                    or form.feats.get("Number") != feats.get("Number", form.feats.get("Number")) \
                    or "Gender" in feats and form.feats.get("Gender") not in (None, feats["Gender"]):
                continue
            nominative = form.inflect({NOM})
            if nominative:
                word = normal_word(nominative.word)
                return recover_shape(f"{head}{dash}{word}" if dash else word, token.text)
        return None

    def genitive(self, name: str) -> str:
        """A nominative name in the genitive: its leading adjectives and first noun inflect,
        the rest stays.

        >>> from natasha import MorphVocab
        >>> Normalizer(MorphVocab()).genitive("Калужская область"), Normalizer(MorphVocab()).genitive("Республика Татарстан")
        ('Калужской области', 'Республики Татарстан')
        """
        return self.inflected(name, "Gen")

    def inflected(self, name: str, case: str) -> str:
        """A nominative name in ``case`` (a UD case: "Gen", "Acc", …), as :meth:`genitive` does.

        >>> from natasha import MorphVocab
        >>> Normalizer(MorphVocab()).inflected("Калуга", "Acc")
        'Калугу'
        """
        words = name.split()
        out = []
        for n, word in enumerate(words):
            parses = [p for p in self.morph_vocab(normal_word(word)) if p.feats.get("Case") == "Nom"]
            form = parses[0].inflect({case}) if parses else None
            out.append(recover_shape(normal_word(form.word), word) if form else word)
            if not parses or parses[0].pos != "ADJ":
                return " ".join(out + words[n + 1:])
        return " ".join(out)

    def with_noun(self, adjective: str, noun: str) -> str:
        """An adjective in the nominative singular of a noun's gender, then the noun: the name of
        one of the places «Калужской и Тульской областях» names.

        >>> from natasha import MorphVocab
        >>> Normalizer(MorphVocab()).with_noun("Калужской", "область")
        'Калужская область'
        """
        gender = next((p.feats.get("Gender") for p in self.morph_vocab(noun) if p.pos == "NOUN"), None)
        for form in self.morph_vocab(normal_word(adjective)):
            if form.pos != "ADJ":
                continue
            nominative = form.inflect({NOM, "Sing", gender} if gender else {NOM, "Sing"})
            if nominative:
                return f"{recover_shape(normal_word(nominative.word), adjective)} {noun}"
        return f"{adjective} {noun}"

    def lemma(self, word: str) -> str:
        """The dictionary form of a lone word (pymorphy2's first parse), as :func:`lemma_key`."""
        parses = self.morph_vocab(word)
        return lemma_key(parses[0].normal if parses else word)


_CONSONANTS = set("бвгджзклмнпрстфхцчшщ")
_VOWELS = set("аеёиоуыэюя")


def _participle(token: Token) -> bool:
    return token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm")


def _oblique(token: Token) -> bool:
    case = token.morph.get("Case")
    return bool(case) and case[0] != "Nom"


def _indeclinable(token: Token) -> bool:
    """A name in an oblique case of the singular with no case ending: a consonant ends it
    (declined, «Ивана», «Ирину», «Шапшой» end otherwise, or in a case ending such as the
    instrumental's «-ом», «-ым»)."""
    case = token.morph.get("Case")
    text = token.text.lower()
    if token.pos_ != "PROPN" or not case or case[0] == "Nom" or "Plur" in token.morph.get("Number"):
        return False
    if text.endswith(("ом", "ем", "ём", "ым", "им", "ам", "ям", "ах", "ях", "ов", "ев")):
        return False   # case endings: «Владиславом», «Викиновостям»
    if case[0] == "Ins" and not text.endswith(("ой", "ей", "ою", "ею")):
        return True    # no instrumental ends so: «с Мевлютом Чавушоглу» keeps «Чавушоглу»
    return text[-1:] in _CONSONANTS


_ADJECTIVE_ENDINGS = ("ими", "ыми", "его", "ого", "ему", "ому", "им", "ым", "их", "ых", "ой", "ей", "ую",
                      "юю", "ая", "яя", "ое", "ее", "ие", "ые", "ий", "ый", "ом", "ем")


def _adjective_by_ending(word: str, feats: dict[str, str]) -> str | None:
    """The nominative of an adjective by its ending alone, for words whose dictionary lemma is
    another word («лучшим» is «хороший» to it): «лучшим» (plural) → «лучшие»."""
    stem = next((word[:-len(e)] for e in _ADJECTIVE_ENDINGS if word.endswith(e) and len(word) > len(e) + 2), None)
    if stem is None:
        return None
    soft = stem[-1] in "гкхжшщч"
    if feats.get("Number") == "Plur":
        return stem + ("ие" if soft else "ые")
    gender = feats.get("Gender", "Masc")
    if gender == "Fem":
        return stem + "ая"
    if gender == "Neut":
        return stem + ("ее" if stem[-1] in "жшщч" else "ое")
    return stem + ("ий" if soft else "ый")


def _instrumental_nominative(text: str) -> str | None:
    """The nominative of a name word no dictionary knows, read as a man's instrumental:
    «Винаем» → «Винай», «Ботиржоном» → «Ботиржон»; None for other endings."""
    low = text.lower()
    if len(low) < 4 or not low.endswith(("ом", "ем")):
        return None
    if low.endswith("ем") and low[-3] in _VOWELS:
        return text[:-2] + "й"
    return text[:-2] if low[-3] not in _VOWELS else None


def _join(words: list[str], tokens: list[Token]) -> str:
    """Words joined with one space wherever the text had whitespace between the tokens."""
    parts: list[str] = []
    for i, (word, token) in enumerate(zip(words, tokens)):
        if i:
            prev = tokens[i - 1]
            if prev.idx + len(prev) < token.idx:
                parts.append(" ")
        parts.append(word)
    return "".join(parts)
