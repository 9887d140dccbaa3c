"""Officials: a person, the post they hold, and the body or territory the post is in.

A post phrase is built on a post-type word from the ontology: status and modifiers on the
left («бывший», «и.о.», «первый», «генеральный»), a genitive chain of post words on the right
(«заместитель министра иностранных дел»). Its body is the body mention right after it
(«губернатор Калужской области»), an adjective of a region or country before it
(«калужский губернатор», «российский президент»), or, for territorial posts with no body
named, the article's main region or city (``kg:impliedBodyType``). Its holder is the person
named right after it («губернатор Владислав Шапша»), or right before it after a comma, dash
or bracket («Сергей Лавров, министр иностранных дел России»). The parse is not trusted for
this: appositions in lists are attached by adjacency.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import URIRef
from spacy.tokens import Doc, Span, Token

from ..vocab import BODY, POST
from .bodies import (_KIND_OF_TYPE, BodyIndex, BodyMention, _case, _comma_list, _entity_body, _may_be_case,
                     _place_type, _refer, a_posts_subdivision, field_abbreviation, main_territory_body)
from .context import DASHES, QUOTES_CLOSE, QUOTES_OPEN, Context
from .model import Body, Mention, Official
from .people import PersonIndex

__all__ = ["PostPhrase", "find_posts", "find_officials"]

_SEPARATORS = {",", "—", "–", "-", "("}


@dataclass
class PostPhrase:
    start: int                 # tokens [start, end) of the post words (no body)
    end: int
    post_type: str             # concept IRI
    label: str                 # nominative phrase
    status: str | None
    body: str | None = None    # body key
    body_end: int | None = None  # token after the body, when the body follows the post
    person: str | None = None
    head: int = 0              # the token of the post word itself
    noun: int = 0              # the noun the phrase agrees by: «заместитель» in «заместитель
                               # председателя правительства» (head is «правительства»)


def find_posts(ctx: Context, bodies: BodyIndex) -> list[PostPhrase]:
    """Every post phrase of the article, in text order."""
    doc = ctx.doc
    post_spans = sorted(ctx.kind("POST"), key=lambda s: (s.start, -(s.end - s.start)))
    status_at = {s.start: s for s in ctx.kind("STATUS")}
    used: set[int] = set()
    phrases: list[PostPhrase] = []
    in_name = {i for span in ctx.ner("PER") for i in range(span.start, span.end)}
    for trigger in post_spans:
        if trigger.start in used or bodies.at(trigger.start):
            continue
        if trigger.start in in_name:
            continue   # «Дик Адвокат», «Адвокату»: a surname, not the profession
        if any(bodies.at(i) for i in range(trigger.start + 1, trigger.end)):
            continue   # «Председатель Правительства РФ»: the post is «председатель», the body the rest
        start, end = trigger.start, trigger.end
        status = None
        # left: modifiers and status words
        while start > 0:
            prev = doc[start - 1]
            status_span = next((s for s in ctx.kind("STATUS") if s.end == start
                                and not any(_predicate(t) for t in s)), None)
            if status_span is not None:
                status = status_span.kb_id_
                start = status_span.start
                continue
            if prev.pos_ == "ADJ" and not bodies.at(start - 1) and prev.text[:1].isalpha() \
                    and not _short_form(ctx, prev) \
                    and not any(s.end == start for s in ctx.kind("ADJ")) and not _only_a_verb(ctx, prev):
                # (not a short form, a predicate: «Почётный знак вручён | уполномоченному …»)
                start -= 1
                continue
            if prev.norm_ == "и" and start > 1 and doc[start - 2].pos_ == "ADJ":
                start -= 1
                continue
            break
        while start < trigger.start and doc[start].pos_ != "ADJ" and start not in status_at \
                and doc[start].norm_ == "и":
            start += 1
        if start < trigger.start and _capital_adjective(ctx, start):
            continue   # «в статье Частного корреспондента»: a capitalised adjective mid-sentence names a title
        # «экс-президент»: the lexicon marks the one token as both a status and a post
        status = next((s.kb_id_ for s in ctx.kind("STATUS")
                       if s.start == trigger.start and s.end == trigger.end), status)
        # right: genitive chain of post words and non-entity genitives («иностранных дел»)
        i = end = see = ctx.title_sees().get(end, end)    # («Митрополит Калужский и Боровский»: the see)
        while i < len(doc):
            token = doc[i]
            if token.is_space or token.is_sent_start or bodies.at(i):
                break
            chained = [s.end for s in post_spans if s.start == i and not _rank(ctx, s)
                       and not any(bodies.at(k) for k in range(i, s.end))]   # not into a body or a rank
            if chained and _case(token) == "Gen":
                nxt = max(chained)
                used.update(range(i, nxt))
                i = end = nxt
                continue
            if token.pos_ in {"NOUN", "ADJ"} and _case(token) == "Gen" and not token.text[:1].isupper() \
                    and not _is_person_start(ctx, i) and not _is_body_word(ctx, i, posts_too=False) \
                    and not (len(token.text) == 1 and i + 1 < len(doc) and doc[i + 1].text == "."):
                i = end = i + 1     # (not «г.» of «Мэр г. Калуги»: an abbreviation of what follows)
                continue
            if i == trigger.end and _governs_instrumental(doc[trigger.end - 1]) and token.pos_ == "NOUN" \
                    and _case(token) == "Ins" and token.text[:1].islower() \
                    and not _is_body_word(ctx, i, posts_too=False):
                i = end = i + 1   # «заведующий отделением», «управляющий делами», «командующий войсками»
                continue
            if token.norm_ == "и" and i + 1 < len(doc) and doc[i + 1].pos_ in {"NOUN", "ADJ"} \
                    and _case(doc[i + 1]) == "Gen" and not bodies.at(i + 1) and end == i:
                i += 1
                continue
            if token.text == "," and end == i > trigger.end and _comma_list(doc, i, "Gen") \
                    and not bodies.at(i + 1):
                i += 1            # «министр физической культуры|, спорта и туризма»: a list of fields
                continue
            if i == trigger.end and _field_post(ctx, trigger.kb_id_) and _field_abbreviation(ctx, i, bodies):
                i = end = i + 1   # «Министр ЖКХ Пермского края»: an indeclinable field
                continue
            if token.norm_ == "и" and end == i > trigger.end and _field_abbreviation(ctx, i + 1, bodies):
                i = end = i + 2   # «министр строительства и ЖКХ»: an indeclinable field after a genitive one
                continue
            field = _field_end(ctx, i, bodies)
            if field is not None:
                i = end = field
                continue
            break
        while end > see and (doc[end - 1].norm_ == "и" or doc[end - 1].pos_ == "ADJ"):
            end -= 1
        used.update(range(trigger.start, trigger.end))
        first = _label_start(doc, start, trigger.start, status_at)
        while first < trigger.start and doc[first].pos_ == "ADJ" and _evaluative(ctx, doc[first]):
            first += 1   # «новый министр» is a «министр»
        label = _common(ctx.normalizer.phrase(doc[first:end]), len(doc[first:trigger.end].text.split()))
        if first == trigger.start and len(trigger) > 1:
            label = _as_labelled(ctx, trigger, label)
        participle = next((k for k in range(first, min(end, trigger.end)) if _governs_instrumental(doc[k])), None)
        if participle is not None and participle + 1 < end and _case(doc[participle + 1]) == "Ins":
            # «управляющий делами президента»: the instrumental object stays as written
            label = _common(ctx.normalizer.phrase(doc[first:participle + 1]) + " " + doc[participle + 1:end].text)
        if first == trigger.start == trigger.end - 1 and _after_one_of(doc, first):
            # «одному из президентов группы компаний»: one president
            label = " ".join([doc[first].norm_] + [t.text for t in doc[first + 1:end]])
        # (the tagger calls a capitalised post opening a sentence a name: «Уполномоченному по
        # правам человека …» agrees by «Уполномоченному», not «правам»)
        noun = next((i for i in range(trigger.start, trigger.end) if doc[i].pos_ == "NOUN"
                     or _governs_instrumental(doc[i]) or i == trigger.start and doc[i].pos_ == "PROPN"),
                    trigger.end - 1)
        phrases.append(PostPhrase(start, end, trigger.kb_id_, label, status, head=trigger.end - 1,
                                  noun=noun))
    phrases.sort(key=lambda p: p.start)
    return phrases


_PARTICIPIAL = ("щий", "щего", "щему", "щим", "щем", "щая", "щей", "щую")


def _governs_instrumental(token: Token) -> bool:
    """A post named by a participle that takes its object in the instrumental, as its verb
    does: «заведующий (отделением)», «управляющий (делами)», «командующий (войсками)»."""
    return token.lower_.endswith(_PARTICIPIAL)


def _field_post(ctx: Context, post_type: str) -> bool:
    """A post titled by its field (kg:FieldPost): «министр финансов», «замминистра энергетики»."""
    concept = ctx.ontology.concepts.get(URIRef(post_type))
    return concept is not None and concept.field_post


def _plain_genitive_after(ctx: Context, phrase: PostPhrase) -> bool:
    """The phrase runs on past its post word with plain genitives only: no «по» or «от», no post
    of a chain («лидер оппозиции», not «заместитель главы», «директор по стратегии»)."""
    after = ctx.doc[phrase.head + 1:phrase.end]
    return len(after) > 0 and _case(after[0]) == "Gen" and all(t.norm_ not in ("по", "от") for t in after) \
        and not any(p.start == phrase.head + 1 for p in ctx.kind("POST"))


def _occupation(ctx: Context, post_type: str) -> bool:
    """A calling of the ontology (kg:Occupation): a POSITION only beside a named holder."""
    concept = ctx.ontology.concepts.get(URIRef(post_type))
    return concept is not None and concept.occupation


def _rank(ctx: Context, span: Span) -> bool:
    """A personal rank of the ontology (kg:Rank): «генерал-лейтенанта» before a name is his title."""
    concept = ctx.ontology.concepts.get(URIRef(span.kb_id_))
    return concept is not None and concept.rank


def _plural(ctx: Context, token: Token, any_word: bool = False) -> bool:
    """A plural word; for a capitalised word the tagger took for a name («Президенты России и
    Франции …» at a sentence start is PROPN singular to it), and with ``any_word`` for every word
    («вице-мэры», singular to the tagger), the dictionary decides when all its readings are
    plural."""
    if "Plur" in token.morph.get("Number"):
        return True
    if token.pos_ != "PROPN" and not any_word:
        return False
    parses = ctx.normalizer.morph_vocab(token.text.lower())
    return bool(parses) and all("plur" in p.tag for p in parses)


def _counted(doc: Doc, phrase: PostPhrase) -> bool:
    """A post word counted by a numeral names a group, though it is singular in form: «наши
    четыре депутата», «два министра». («Оба шахматиста» points back to two people named
    before, and the devset annotates it.)"""
    i = phrase.start - 1
    return i >= 0 and doc[i].pos_ == "NUM" and doc[i].norm_ not in ("оба", "обе")


def _after_one_of(doc: Doc, i: int) -> bool:
    """Token ``i`` follows «один из» (any case, any gender)."""
    return i >= 2 and doc[i - 1].norm_ == "из" and doc[i - 2].norm_ == "один"


def _one_of(doc: Doc, phrase: PostPhrase) -> bool:
    """«Эдуард Мишлен, одному из президентов группы компаний Michelin»: one of a plural post
    is a post of one person."""
    return _after_one_of(doc, phrase.start)


def _predicate(token: Token) -> bool:
    """A verb that states something («назначен», «будет»), not a participle that modifies
    the post («исполняющий обязанности губернатора»)."""
    if token.pos_ == "AUX":
        return True
    if token.pos_ != "VERB":
        return False
    return not ("Part" in token.morph.get("VerbForm") and "Short" not in token.morph.get("Variant"))


def _capital_adjective(ctx: Context, i: int) -> bool:
    """A capitalised adjective inside a sentence, not after a quote: the start of a name."""
    doc = ctx.doc
    token = doc[i]
    if token.pos_ != "ADJ" or not token.text[:1].isupper() or token.is_sent_start or i == 0:
        return False
    prev = doc[i - 1]
    return not (prev.is_punct and prev.text in "«“\"„(—-:.!?") and not prev.is_space


_RANK_ADJECTIVES = {"главный", "верховный", "исполнительный", "старший", "младший",
                    "народный", "заслуженный", "почётный", "почетный"}   # titles: «народный депутат»


def _evaluative(ctx: Context, token: Token) -> bool:
    """A qualitative adjective that praises or dates its holder, not the post: «популярный
    блогер», «опытный адвокат», «новый министр» — but not the ranks «главный», «верховный»."""
    parses = ctx.normalizer.morph_vocab(token.text)
    return bool(parses) and "Qual" in parses[0].tag and parses[0].normal not in _RANK_ADJECTIVES


def _as_labelled(ctx: Context, trigger: Span, label: str) -> str:
    """The ontology's own words for a post the phrase opens with: «городской голова», whose
    adjective agrees with the man, not with the feminine noun («Городской Головой» is no
    «городская голова»)."""
    concept = ctx.ontology.concepts.get(_iri(trigger.kb_id_))
    if concept is None:
        return label
    lemmas = [ctx.normalizer.lemma(t.text) for t in trigger]
    n = len(trigger)
    own = next((own for own in concept.labels if len(own.split()) == n
                and [ctx.normalizer.lemma(w) for w in own.split()] == lemmas), None)
    if own is None:
        return label
    words = label.split(" ")
    return " ".join(own.split() + words[n:]) if len(words) >= n else label


def _common(label: str, lead: int = 1) -> str:
    """A post is a common noun: «Губернатор» at the start of a sentence is «губернатор», and the
    first ``lead`` words (the post's own, not its body's or field's) are written in lowercase,
    whatever capitals of respect the text gave them («Чрезвычайный и Полномочный Посол»)."""
    words = label.split(" ")
    for n, word in enumerate(words[:lead]):
        if len(word) > 1 and word[1:].islower() and not word[:1].islower():
            words[n] = word[:1].lower() + word[1:]
    return " ".join(words)


def _only_a_verb(ctx: Context, token: Token, participles: bool = False) -> bool:
    """A word the tagger calls something else that the dictionary knows only as a finite verb
    («Выступил губернатор …» opening a sentence), or, with ``participles``, as a verb form of
    any kind («Возглавлявший ранее ФСБ …», a name to the tagger)."""
    parses = ctx.normalizer.morph_vocab(token.text.lower())
    return bool(parses) and all(p.pos == "VERB" and (participles or p.feats.get("VerbForm") != "Part")
                                for p in parses)


def _short_form(ctx: Context, token: Token) -> bool:
    """A short adjective or participle, a predicate («вручён», «назначена»), whatever the tagger
    says (it may call «вручён» a dative adjective)."""
    if "Short" in token.morph.get("Variant"):
        return True
    parses = ctx.normalizer.morph_vocab(token.text.lower())
    return bool(parses) and all({"PRTS"} & p.tag.grammemes or {"ADJS"} & p.tag.grammemes for p in parses)


def _label_start(doc: Doc, start: int, head: int, status_at: dict[int, Span]) -> int:
    """Skip status words at the left of a phrase for its label («бывший министр» → «министр»),
    but not the post word itself («экс-премьер» is one token)."""
    while start in status_at and status_at[start].end <= head:
        start = status_at[start].end
    return start


def _is_body_word(ctx: Context, i: int, posts_too: bool = True) -> bool:
    """A body type's word covers token i; with ``posts_too`` False, not a subdivision's word that
    is part of the post before it («начальник отделения»)."""
    return any(s.start <= i < s.end and (posts_too or not a_posts_subdivision(ctx, s)) for s in ctx.kind("BODY"))


def _is_person_start(ctx: Context, i: int) -> bool:
    return any(s.start == i for s in ctx.ner("PER"))


def _field_abbreviation(ctx: Context, i: int, bodies: BodyIndex) -> bool:
    """An indeclinable field written in capitals at token i («ЖКХ», «АПК»): no body, no name."""
    return i < len(ctx.doc) and field_abbreviation(ctx, ctx.doc[i]) and not bodies.at(i) \
        and not _is_person_start(ctx, i)


def _field_end(ctx: Context, i: int, bodies: BodyIndex | None = None) -> int | None:
    """The end of the field a «по» at token i gives a post: «директора | по стратегии и развитию
    бизнеса», «заместитель губернатора Калужской области | по социальным вопросам»; None when
    there is none. With ``bodies`` (inside a post's chain) a body word ends it; without, after
    the post's body, it may name a district («депутат Государственной Думы | по Калужскому
    одномандатному округу»)."""
    doc = ctx.doc
    if i + 1 >= len(doc) or doc[i].norm_ != "по" or doc[i + 1].is_sent_start:
        return None
    allowed = {"NOUN", "ADJ"} if bodies is not None else {"NOUN", "ADJ", "PROPN"}

    def part(k: int) -> bool:
        return k < len(doc) and doc[k].pos_ in allowed and not doc[k].is_sent_start \
            and not _is_person_start(ctx, k) and (bodies is None or not bodies.at(k))

    j = i + 1
    case = _case(doc[j])
    if not part(j) or (bodies is None and case not in ("Dat", None)):
        return None
    while part(j):
        j += 1
        if j + 1 < len(doc) and doc[j].norm_ == "и" and part(j + 1) and _case(doc[j + 1]) == case:
            j += 1   # «директора по стратегии и развитию бизнеса»
        elif j < len(doc) and doc[j].text == "," and _comma_list(doc, j, case):
            j += 1   # «директор по науке, технологиям и инновациям»
    return j


def _body_for(ctx: Context, phrase: PostPhrase, bodies: BodyIndex) -> None:
    doc = ctx.doc
    mention = bodies.starting_at(phrase.end)
    j = phrase.end
    if mention is None and j + 2 < len(doc) and doc[j].lower_ == "г" and doc[j + 1].text == "." \
            and (city := bodies.starting_at(j + 2)) is not None and bodies.bodies[city.key].kind == "city":
        phrase.body, phrase.body_end = city.key, city.end      # «Мэр г. Калуги Иван Петров»
        return
    if mention is None and j + 1 < len(doc) and doc[j].norm_ == "от":
        # «наблюдатель от ОБСЕ», «депутат от партии «Единая Россия»»
        after_ot = bodies.starting_at(j + 1)
        if after_ot is not None and not after_ot.generic and bodies.bodies[after_ot.key].kind == "org":
            phrase.body, phrase.body_end = after_ot.key, after_ot.end
            return
    # «лидер московского «Центра»», «лидер французского крайне правого Национального фронта»:
    # adjectives (and an opening quote) before the body's own name
    while mention is None and j < len(doc) and j - phrase.end < 5 and not doc[j].is_sent_start \
            and (doc[j].pos_ in ("ADJ", "ADV") and doc[j].text[:1].islower() or doc[j].text in "«“„\""):
        j += 1
        mention = bodies.starting_at(j)
        if mention is not None and (mention.generic or bodies.bodies[mention.key].kind != "org"):
            mention = None
    if mention is not None:
        end = mention.end
        if end < len(doc) and doc[end].text in "»”“\"" and phrase.end < j and doc[j - 1].text in "«“„\"":
            end += 1
        phrase.body, phrase.body_end = mention.key, end
        return
    # «калужский губернатор», «российский президент»: an adjective of a region or country
    for span in ctx.kind("ADJ"):
        if phrase.start - 2 <= span.start < phrase.start + 1 and span.end <= phrase.start + 1:
            phrase.body = span.kb_id_
            _gazetteer_body(ctx, bodies, span.kb_id_)
            return
    _ = doc


def _gazetteer_body(ctx: Context, bodies: BodyIndex, key: str) -> bool:
    """Make sure the gazetteer entity ``key`` is one of the article's bodies."""
    if key not in bodies.bodies:
        from .bodies import _KIND_OF_TYPE, _iri
        from .model import Body
        entity = ctx.ontology.entity(_iri(key))
        if entity is None:
            return False
        bodies.bodies[key] = Body(key, entity.label, str(entity.body_type), key,
                                  _KIND_OF_TYPE.get(str(entity.body_type), "org"))
    return True


_POSSESSIVES = {"его", "её", "ее"}


def _whose_deputy(ctx: Context, phrase: PostPhrase, officials: list[Official]) -> str | None:
    """«Глава администрации Калуги Иван Петров и его заместитель Анна Сидорова»: a deputy (a
    post under kg:deputy) named after «его»/«её» serves the body of the official just named in
    that sentence."""
    doc = ctx.doc
    if phrase.start == 0 or not _is_deputy(ctx, phrase.post_type):
        return None
    sent = ctx.sent(phrase.start)
    before = [o for o in officials if o.body is not None
              and sent.start_char <= o.evidence.start < doc[phrase.start].idx]
    if doc[phrase.start - 1].lower_ in _POSSESSIVES:
        return before[-1].body if before else None
    # «Начальник УМВД … Андрей Ромашкин представил личному составу нового заместителя»: the
    # object of a verb whose subject is the official named first in the sentence
    verb = next((t for t in doc[sent.start:phrase.start] if t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm")), None)
    # (an animate object in the accusative is tagged a genitive: «нового заместителя»)
    new = ctx.norms[phrase.start] in ("новый", "свой") or ctx.norms[phrase.start - 1] in ("новый", "свой") \
        or verb is not None and verb.norm_ in _INTRODUCING
    if verb is None or not new or _case(doc[phrase.noun]) not in ("Acc", "Gen", "Dat", "Ins") or not before \
            or before[0].evidence.start >= verb.idx:
        return None
    return before[0].body


_INTRODUCING = {"представить", "представлять", "назначить", "назначать"}   # «представил нового заместителя»


def _peers_territory(ctx: Context, phrase: PostPhrase, officials: list[Official], bodies: BodyIndex) -> str | None:
    """«министр строительства и ЖКХ области Алексей Ломакин и министр дорожного хозяйства Олег
    Шевченко»: a post of the same kind as the official named right before it, after «и» or a
    comma, serves the same territory."""
    doc = ctx.doc
    if phrase.start < 2 or doc[phrase.start - 1].norm_ not in ("и", ","):
        return None
    sent = ctx.sent(phrase.start)
    last = doc[phrase.start - 2]     # the end of the official before «и» or the comma
    before = next((o for o in reversed(officials) if o.evidence.end == last.idx + len(last)), None)
    if before is None or before.evidence.start < sent.start_char or before.post_type != phrase.post_type \
            or before.status is not None or before.body not in bodies.bodies \
            or bodies.bodies[before.body].kind not in ("region", "city", "country"):
        return None
    return before.body


def _is_deputy(ctx: Context, post_type: str) -> bool:
    """A post under kg:deputy («заместитель», «первый заместитель», «замминистра»)."""
    return any(str(c).rsplit("#", 1)[-1] == "deputy" for c in ctx.ontology.broader_chain(_iri(post_type)))


def _principals_body(ctx: Context, phrase: PostPhrase, officials: list[Official],
                     bodies: BodyIndex) -> str | None:
    """«первый заместитель губернатора Дмитрий Разумовский»: a deputy (a post under kg:deputy)
    whose chain names his principal's post, or any post with its principal right after it
    («пресс-секретарь президента»), serves the principal's body: that of the last
    official of that post named before, else the one the principal's post implies (the
    article's region for a governor)."""
    principal = next((s for s in sorted(ctx.kind("POST"), key=lambda s: -s.start)
                      if phrase.start < s.start and s.end <= phrase.end), None)
    if principal is None:
        return None
    if not _is_deputy(ctx, phrase.post_type) and principal.start != phrase.noun + 1:
        return None    # «пресс-секретарь президента», «советник губернатора»: whom he serves, right after
    before = [o for o in officials if o.post_type == principal.kb_id_ and o.body is not None
              and o.evidence.start < ctx.doc[phrase.start].idx]
    if before:
        return before[-1].body
    return _implied_body(ctx, PostPhrase(principal.start, principal.end, principal.kb_id_, "", None),
                         bodies)


def _head_label(ctx: Context, post_type: str) -> str | None:
    """The preferred label of a post that heads a type of body («министр»), else None."""
    heads = ctx.ontology.derived("head posts", lambda: {
        str(c.head_of_post) for c in ctx.ontology.scheme("body") if c.head_of_post is not None})
    concept = ctx.ontology.concepts.get(_iri(post_type))
    return concept.label if concept is not None and post_type in heads else None


def _headed_body_of_its_field(ctx: Context, phrase: PostPhrase, bodies: BodyIndex) -> str | None:
    """«Министерство экономического развития Калужской области провело семинар. Министр
    экономического развития Иван Петров …»: a head post titled by its field, with no body,
    heads the body named before whose type it heads (``kg:headOfPost``) and whose name carries
    that field; only when exactly one such body was named. A head post alone («Семинар открыл
    министр Дмитрий Антонов») heads the one body of its type named before."""
    words = phrase.label.split(" ", 1)
    if len(words) < 2 and phrase.label.lower() != _head_label(ctx, phrase.post_type):
        return None
    field = words[1].lower() if len(words) > 1 else ""
    found = set()
    for m in bodies.mentions:
        body = bodies.bodies[m.key]
        if m.generic or m.start >= phrase.start or body.kind != "org" or body.body_type is None:
            continue
        concept = ctx.ontology.concepts.get(_iri(body.body_type))
        if concept is not None and str(concept.head_of_post) == phrase.post_type \
                and f" {field}" in f" {body.name.lower()} ":
            found.add(m.key)
    return found.pop() if len(found) == 1 else None


def _implies_a_territory(ctx: Context, phrase: PostPhrase) -> bool:
    """The post's kind implies a territory below a country: a region, a district, a city
    («полпред» → a federal district)."""
    concept = ctx.ontology.concepts.get(_iri(phrase.post_type))
    implied = concept.implied_body_type if concept is not None else None
    return implied is not None and str(implied).rsplit("#", 1)[-1] in (
        "region", "federal-district", "city", "district")


def _minister_before(ctx: Context, phrase: PostPhrase, officials: list[Official],
                     bodies: BodyIndex) -> Official | None:
    """For «глава ведомства» (a post whose kg:impliedBodyType is the public authority): the
    minister named last before it, in its sentence or the one before, when no authority was
    named between them; the agency is his ministry."""
    if phrase.post_type != str(POST["head-of-agency"]):
        return None
    start = ctx.doc[phrase.start].idx
    previous = ctx.sent(phrase.start).start
    previous = ctx.sent(previous - 1).start if previous > 0 else previous
    since = ctx.doc[previous].idx
    ministers = [o for o in officials if since <= o.evidence.start < start
                 and str(POST.minister) in {str(c) for c in ctx.ontology.broader_chain(URIRef(o.post_type))}]
    if not ministers:
        return None
    minister = max(ministers, key=lambda o: o.evidence.start)
    authority = str(BODY.authority)
    between = [m for m in bodies.mentions if not m.generic and minister.evidence.end <= ctx.doc[m.start].idx < start
               and authority in {str(c) for c in ctx.ontology.broader_chain(URIRef(bodies.bodies[m.key].body_type or ""))}]
    return None if between else minister


def _implied_body(ctx: Context, phrase: PostPhrase, bodies: BodyIndex) -> str | None:
    concept = ctx.ontology.concepts.get(_iri(phrase.post_type))
    if concept is None or concept.implied_body_type is None:
        return None
    kind = str(concept.implied_body_type).rsplit("#", 1)[-1]
    if kind == "region":
        return bodies.main_region
    if kind == "city":
        return bodies.main_city
    if kind == "country":
        return bodies.main_country
    # «Минпромторг … Глава ведомства Денис Мантуров»: the nearest body of that kind before it
    wanted = concept.implied_body_type
    for mention in reversed(bodies.mentions):
        if mention.start >= phrase.start:
            continue
        body = bodies.bodies.get(mention.key)
        if body is not None and body.body_type and \
                wanted in ctx.ontology.broader_chain(_iri(body.body_type)):
            return mention.key
    return None


def _iri(value: str):
    from rdflib import URIRef
    return URIRef(value)


def _more_places(doc: Doc, bodies: BodyIndex, i: int) -> int:
    """The end of a seat that lists several places after its first: «директора … Philips в
    России|, на Украине, в Белоруссии и Казахстане Елену Сябренко»."""
    while i + 1 < len(doc) and doc[i].text in (",", "и"):
        k = i + 1
        if doc[k].norm_ in ("в", "во", "на") and k + 1 < len(doc):
            k += 1
        place = bodies.starting_at(k)
        if place is None or bodies.bodies[place.key].kind not in ("country", "region", "city", "place"):
            break
        i = place.end
    return i


def _person_after(ctx: Context, people: PersonIndex, i: int, bodies: BodyIndex | None = None) -> Span | None:
    """The person named right after a post (and its body); a short «в …» place may stand
    between («посол Италии в Грузии Виторио Сандали», «полпред президента в округе Виктор Ишаев»,
    «представитель Следственного комитета при прокуратуре Владимир Маркин»)."""
    doc = ctx.doc
    while i < len(doc) and doc[i].is_space:
        i += 1
    if bodies is not None and i < len(doc) and doc[i].text in ("«", "„", "“"):
        # a quoted name the gazetteer took apart: «главный редактор «Эха Москвы» Алексей …»
        close = next((k for k in range(i + 1, min(len(doc), i + 8)) if doc[k].text in ("»", "“", "”")),
                     None)
        if close is not None and any(sp.start == close + 1 for sp in ctx.ner("PER")) and any(
                sp.start == i + 1 and sp.end == close for sp in ctx.ner("ORG")):
            i = close + 1
    if bodies is not None and i < len(doc) and doc[i].text == "(":
        # the body's abbreviation in brackets: «Национального фронта (FN) Марин Ле Пен»
        close = next((k for k in range(i + 1, min(len(doc), i + 5)) if doc[k].text == ")"), None)
        if close is not None and not any(sp.start <= k < sp.end for sp in ctx.ner("PER")
                                         for k in range(i, close)):
            i = close + 1
    if bodies is not None:
        # a body named by its kind alone: «депутат городской думы Иван Петров»
        k = i
        while k < len(doc) and doc[k].pos_ == "ADJ" and _case(doc[k]) == "Gen":
            k += 1
        if k < len(doc) and _is_body_word(ctx, k) and _case(doc[k]) == "Gen" \
                and not bodies.at(k) and not doc[k].is_sent_start:
            # (the whole of the kind's words: «директор центра спортивной подготовки Игорь Белов»)
            i = max((s.end for s in ctx.kind("BODY") if s.start == k), default=k + 1)
    if bodies is not None and i + 1 < len(doc) and doc[i].norm_ in ("в", "во", "при", "от"):
        place = bodies.starting_at(i + 1)
        if place is not None:
            i = _more_places(doc, bodies, place.end)
        elif doc[i + 1].pos_ in ("NOUN", "PROPN") and _case(doc[i + 1]) == "Loc":
            i += 2
            seat = bodies.starting_at(i)
            if doc[i - 2].norm_ == "при" and seat is not None \
                    and bodies.bodies[seat.key].kind in ("country", "region", "city"):
                # «Уполномоченный … при Президенте Российской Федерации Мария Львова-Белова»,
                # «Уполномоченный при губернаторе Калужской области по правам предпринимателей …»
                i = _field_end(ctx, seat.end) or seat.end
    elif bodies is not None and i + 1 < len(doc) and doc[i].norm_ == "по" and bodies.starting_at(i + 1) \
            and bodies.bodies[bodies.starting_at(i + 1).key].kind in ("region", "city", "country"):
        i = bodies.starting_at(i + 1).end     # «Главный федеральный инспектор по Калужской области …»
    elif bodies is not None and (field := _field_end(ctx, i)) is not None:
        i = field     # «заместитель губернатора Калужской области по социальным вопросам …»
    elif bodies is not None and i + 1 < len(doc) and doc[i].norm_ == "на":
        # «посол Евросоюза на Южном Кавказе Питер Семнеби», «Глава палестинской делегации на
        # переговорах Саеб Эрекат»: a region, or the occasion he speaks at
        i = _region_on(ctx, i) or _occasion_on(ctx, i) or i
    if bodies is not None and i + 1 < len(doc) and doc[i].text in DASHES and (other := bodies.starting_at(i + 1)) \
            and not other.generic and bodies.bodies[other.key].kind == "org" and _case(doc[other.start]) == "Gen":
        i = other.end   # «руководителя Агентства инновационного развития – центра кластерного развития …»
    elif bodies is not None and i + 2 < len(doc) and doc[i].text in DASHES and doc[i + 1].text in QUOTES_OPEN \
            and (other := bodies.starting_at(i + 2)) is not None and not other.generic \
            and bodies.bodies[other.key].kind == "org" and other.end < len(doc) and doc[other.end].text in QUOTES_CLOSE:
        i = other.end + 1   # «филиала «Россети Центр и Приволжье» – «Калугаэнерго» Олег Зубарев»: its brand
    if bodies is not None and i + 1 < len(doc) and doc[i].text == ",":
        # «Бывший спикер палаты представителей, Нэнси Пелоси, отметила …»: the name in commas
        name = next((sp for sp in ctx.ner("PER") if sp.start == i + 1), None)
        if name is not None and name.end < len(doc) and doc[name.end].text in (",", "—", "–"):
            return name
    if bodies is not None and i + 1 < len(doc) and doc[i].norm_ in ("против", "за"):
        # the rest of a movement's name natasha left out: «лидер Движения против нелегальной
        # иммиграции Александр Белов», «Фронта за демократию»
        k = i + 1
        while k < len(doc) and k - i <= 4 and doc[k].pos_ in ("ADJ", "NOUN") and doc[k].text[:1].islower():
            k += 1
        if k > i + 1 and any(sp.start == k for sp in ctx.ner("PER")):
            i = k
    if bodies is not None:
        # the holder's rank before his name: «представитель вооружённых сил полковник Сансерн …»
        i = max((sp.end for sp in ctx.kind("POST") if sp.start == i and _rank(ctx, sp)), default=i)
    for span in ctx.ner("PER"):
        if span.start == i:
            return span
    return None


def _holder_after_verb(ctx: Context, phrase: PostPhrase, i: int) -> Span | None:
    """«Новым министром стал Иван Петров», «… министром назначен Иван Петров»: a post in the
    instrumental, a linking verb, then the name; or «На пост министра … назначен Иван Петров»."""
    doc = ctx.doc
    on_post = phrase.start > 0 and doc[phrase.start - 1].norm_ in _POST_NOUNS   # «на пост министра»
    if _case(doc[phrase.noun]) != "Ins" and not on_post and not _acting_as(ctx, phrase):
        return None
    while i < len(doc) and i - phrase.end < 3 and doc[i].text[:1].islower() \
            and doc[i].pos_ in ("NOUN", "ADJ") and _case(doc[i]) == "Gen":
        i += 1   # «Новым мэром города стал …»: a body word with no name of its own
    if i < len(doc) and doc[i].text in QUOTES_OPEN:
        close = next((k for k in range(i + 1, min(len(doc), i + 8)) if doc[k].text in QUOTES_CLOSE), None)
        if close is not None:
            i = close + 1    # «Новым руководителем Калужского филиала «Россетей» назначен …»: whose branch
    if on_post and i + 1 < len(doc) and doc[i].norm_ in ("в", "во"):
        # «Место спикера Палаты представителей в новом Конгрессе займёт …»
        k = i + 1
        while k < len(doc) and k - i <= 3 and doc[k].pos_ in ("ADJ", "NOUN", "PROPN"):
            k += 1
        i = k if k > i + 1 else i
    i = _past_when(doc, i)      # «Новым главой администрации в марте стал …»
    j = i
    while j < len(doc) and j - i < 3 and (doc[j].norm_ in _LINKING and doc[j].pos_ in ("VERB", "AUX")
                                          or doc[j].pos_ == "AUX"
                                          or doc[j].norm_ in _MODAL and j + 1 < len(doc) and doc[j + 1].norm_ in _LINKING):
        j += 1      # «… может стать Андрей Костин»
    if j == i:
        return None
    if on_post and j + 1 < len(doc) and doc[j].pos_ == "NOUN" and doc[j].text[:1].islower() \
            and _case(doc[j]) == "Nom":
        j += 1   # «… займёт республиканец Джон Бенер»: who he is, then his name
    if j + 1 < len(doc) and doc[j].lower_ in ("его", "её", "ее", "их") and any(sp.start == j + 1 for sp in ctx.kind("POST")):
        j += 1   # «… назначен его заместитель Сергей Сидоров»: whose post, then the post and the name
    # («премьер-министром страны станет глава партии «Путь Грузии» Саломе Зурабишвили»: the
    # holder may be named with another post of his)
    return _name_past_a_post(ctx, j)


_MONTHS = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
           "октябрь", "ноябрь", "декабрь"}
_WEEKDAYS = {"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"}
_WHEN = _MONTHS | _WEEKDAYS | {"год", "прошлый", "этот", "текущий", "минувший", "начало", "конец"}


def _past_when(doc: Doc, i: int) -> int:
    """The token after a time adverbial at ``i``: «вчера», «в марте», «в четверг», «с 1 июня»,
    «в прошлом году»; or after the occasion: «на первом заседании районного Собрания»; ``i``
    when there is none."""
    if i < len(doc) and doc[i].pos_ == "ADV" and doc[i].text[:1].islower():
        return i + 1
    if i + 1 < len(doc) and doc[i].norm_ in ("в", "с"):
        k = i + 1
        while k < len(doc) and k - i <= 3 and (doc[k].like_num or doc[k].norm_ in _WHEN):
            k += 1
        if any(doc[x].like_num or doc[x].norm_ in _MONTHS | _WEEKDAYS or doc[x].norm_ == "год"
               for x in range(i + 1, k)):
            return k
    if i + 1 < len(doc) and doc[i].norm_ == "на":
        k = i + 1
        while k < len(doc) and doc[k].pos_ == "ADJ":
            k += 1
        if k < len(doc) and doc[k].pos_ == "NOUN" and _case(doc[k]) == "Loc" and doc[k].text[:1].islower():
            k += 1
            while k < len(doc) and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and _case(doc[k]) == "Gen":
                k += 1
            return k
    return i


_REPLACING = {"сменить", "сменять", "заменить", "заменять"}


def _successor(ctx: Context, phrase: PostPhrase, holder: Span) -> Span | None:
    """The subject of «сменить на посту»: «Владислав Шапша сменил на посту губернатора
    Анатолия Артамонова» names Шапша the successor of the holder named after the post; so does
    the name after the verb in «На посту главы района Александра Иванова сменил Сергей Петров»."""
    doc = ctx.doc
    k = phrase.start
    if holder.start < phrase.end or k < 2 or doc[k - 1].norm_ not in _POST_NOUNS or doc[k - 2].norm_ != "на":
        return None
    if holder.end < len(doc) and doc[holder.end].norm_ in _REPLACING and doc[holder.end].pos_ == "VERB":
        # «На посту главы Козельского района Александра Иванова сменил Сергей Петров»
        return next((sp for sp in ctx.ner("PER") if sp.start == holder.end + 1
                     and any("Nom" in t.morph.get("Case") for t in sp)), None)
    if k < 3:
        return None
    verb = doc[k - 3]
    if verb.norm_ not in _REPLACING or verb.pos_ != "VERB":
        return None
    return _subject_before(ctx, verb.i)


def _replaced_on_this_post(ctx: Context, people: PersonIndex, officials: list[Official]) -> list[Official]:
    """«Кошелева сменила на этом посту Алексея Петрова»: the one replaced held the post the
    subject was given, named before (his or her last post not held in the past)."""
    doc = ctx.doc
    found = []
    for i in range(len(doc) - 4):
        if doc[i].norm_ not in _REPLACING or doc[i].pos_ != "VERB" or ctx.norms[i + 1] != "на" \
                or ctx.norms[i + 2] not in ("этот", "данный") or ctx.norms[i + 3] not in _POST_NOUNS:
            continue
        subject = _subject_before(ctx, i)
        replaced = next((sp for sp in ctx.ner("PER") if sp.start == i + 4), None)
        who, whom = (people.key_at(subject) if subject is not None else None,
                     people.key_at(replaced) if replaced is not None else None)
        if who is None or whom is None or who == whom:
            continue
        held = [o for o in officials if o.person == who and o.evidence.end <= doc[i].idx
                and o.status not in (_FORMER, _DISMISSED, _RESIGNED)]
        if held:
            post = held[-1]
            found.append(Official(whom, post.post_type, post.post, post.body, _FORMER,
                                  ctx.span_evidence(doc[subject.start:replaced.end]), implied=post.implied))
    return found


def _colleagues(ctx: Context, people: PersonIndex, bodies: BodyIndex, officials: list[Official]) -> list[Official]:
    """«Министр иностранных дел России Сергей Лавров провёл переговоры со своим турецким коллегой
    Хаканом Фиданом»: a colleague of a country's or region's adjective holds the same post
    there as the official the sentence opens with."""
    doc = ctx.doc
    adjectives = {a.end: a for a in ctx.kind("ADJ")}
    found = []
    for token in doc:
        if token.norm_ != "коллега" or token.i not in adjectives or "Plur" in token.morph.get("Number"):
            continue
        adjective = adjectives[token.i]
        name = next((sp for sp in ctx.ner("PER") if sp.start == token.i + 1), None)
        key = people.key_at(name) if name is not None else None
        sent = ctx.sent(token.i)
        subject = [o for o in officials if sent.start_char <= o.evidence.start < doc[adjective.start].idx
                   and o.status is None and o.person != key]
        if key is None or not subject or not _gazetteer_body(ctx, bodies, adjective.kb_id_):
            continue
        post = subject[0]
        found.append(Official(key, post.post_type, post.post, adjective.kb_id_, None,
                              ctx.span_evidence(doc[adjective.start:name.end]), implied=True))
    return found


def _post_participle(ctx: Context, phrase: PostPhrase) -> int | None:
    """A participle before «пост», «должность» governs the post, in the genitive, of the name
    after it: «Покинувший пост министра финансов Алексей Кудрин», «занимавший должность
    губернатора Иван Петров». Returns the participle's token index."""
    doc = ctx.doc
    k = phrase.start - 1
    if k < 1 or doc[k].norm_ not in _POST_NOUNS:
        return None
    verb = doc[k - 1]
    if not (verb.norm_ in _LEAVING | _BECOMING | _BEING and "Part" in verb.morph.get("VerbForm")
            and "Short" not in verb.morph.get("Variant")):
        return None
    return verb.i


def _standing_in(ctx: Context, phrase: PostPhrase, after: int) -> Span | None:
    """«Обязанности губернатора … временно исполняет Денис Паслер», «Исполнять обязанности
    губернатора будет Денис Паслер»: the name after «исполнять» stands in for the post's holder."""
    doc = ctx.doc
    if phrase.start < 1 or doc[phrase.start - 1].norm_ != "обязанность":
        return None
    verb = phrase.start >= 2 and doc[phrase.start - 2].norm_ == "исполнять"
    k = after
    while k < len(doc) and k - after < 4 and (doc[k].pos_ in ("ADV", "AUX") or doc[k].norm_ in ("исполнять", "быть")):
        verb = verb or doc[k].norm_ == "исполнять"
        k += 1
    if k < len(doc) and doc[k].lower_ in ("его", "её", "ее"):
        k += 1      # «… временно исполняет его первый заместитель Наталья Соколова»
    return _name_past_a_post(ctx, k) if verb else None


def _name_past_a_post(ctx: Context, k: int) -> Span | None:
    """The name at token ``k``, or after another post of the same person that starts there
    («… будет первый заместитель главы администрации Геннадий Артемьев»)."""
    doc = ctx.doc
    name = next((sp for sp in ctx.ner("PER") if sp.start == k), None)
    if name is None and any(sp.start == k for sp in ctx.kind("POST")):
        j = k
        while j < len(doc) and j - k < 10 and not any(sp.start == j for sp in ctx.ner("PER")) \
                and (not doc[j].is_punct or doc[j].text in "«»\"") and doc[j].pos_ not in ("VERB", "AUX"):
            j += 1
        name = next((sp for sp in ctx.ner("PER") if sp.start == j), None)
    return name


def _standing_in_for(ctx: Context, people: PersonIndex, officials: list[Official]) -> list[Official]:
    """«Губернатор … Александр Мишарин подал в отставку. Его обязанности временно исполняет Денис
    Паслер»: the name stands in for the post of the official named last before «его»/«её»."""
    doc = ctx.doc
    found = []
    for i in range(len(doc) - 2):
        if doc[i].lower_ not in ("его", "ее", "её") or doc[i + 1].norm_ != "обязанность":
            continue
        k = i + 2
        while k < len(doc) and k - i < 5 and doc[k].pos_ in ("ADV", "AUX"):
            k += 1
        if k < len(doc) and doc[k].norm_ == "исполнять":
            k += 1                  # «Его обязанности временно исполняет …»
        elif i > 0 and doc[i - 1].norm_ == "исполнять" and k > i + 2:
            pass                    # «Исполнять её обязанности будет …»
        else:
            continue
        name = _name_past_a_post(ctx, k)
        key = people.key_at(name) if name is not None else None
        before = [o for o in officials if o.evidence is not None and o.evidence.end <= doc[i].idx]
        if key is None or not before:
            continue
        held = max(before, key=lambda o: o.evidence.start)
        if held.person != key:
            found.append(Official(key, held.post_type, held.post, held.body, _ACTING,
                                  ctx.span_evidence(doc[i:name.end])))
    return found


def _acting_as(ctx: Context, phrase: PostPhrase) -> bool:
    """The status words that govern the post stand in the instrumental, or show no case:
    «Исполняющим обязанности мэра Москвы (назначен …)», «Врио губернатора (назначен …)»."""
    words = ctx.doc[phrase.start:phrase.noun]
    return phrase.status is not None and len(words) > 0 and any(
        _case(t) == "Ins" or t.lower_.replace(".", "") in ("врио", "ио") for t in words)


_APPOINTING = {"назначить", "назначать", "избрать", "избирать", "переизбрать", "утвердить",
               "утверждать", "назвать", "называть", "выбрать", "выбирать"}


def _appointee(ctx: Context, phrase: PostPhrase, after: int) -> tuple[Span | None, Token | None]:
    """«Президент назначил Ивана Петрова министром финансов», «… назначил министром финансов
    Ивана Петрова», «Клинсман назвал Йенса Лемана первым вратарём сборной»: a verb of appointing
    or naming, its object in the accusative and the post in the instrumental. Returns the
    object's name and the verb, or (None, None)."""
    doc = ctx.doc
    if _case(doc[phrase.noun]) != "Ins" and not _acting_as(ctx, phrase):
        return None, None      # («назначил Владислава Шапшу временно исполняющим обязанности губернатора»)
    start = phrase.start - 1 if phrase.start > 0 and doc[phrase.start - 1].norm_ == "временно" else phrase.start
    before = next((sp for sp in ctx.ner("PER") if sp.end == start), None)
    following = next((sp for sp in ctx.ner("PER") if sp.start == after), None)
    if before is not None and before.start > 1 and ctx.norms[before.start - 1] in _APPOINTMENTS \
            and doc[before.start - 2].lower_ in ("о", "об") and _by_an_act(ctx, before.start - 2):
        return before, doc[before.start - 1]    # «указ о назначении Алексея Лаврова временно исполняющим …»
    for name, verb_end in ((before, before.start if before else 0), (following, phrase.start)):
        # (a man's accusative is his genitive: the tagger may say either, «избрала новым
        # городским головой Дмитрия Денисова»)
        if name is None or not any("Acc" in t.morph.get("Case") or "Gen" in t.morph.get("Case")
                                   and "Masc" in t.morph.get("Gender") for t in name):
            continue
        verb = next((doc[k] for k in range(verb_end - 1, max(verb_end - 4, -1), -1)
                     if doc[k].pos_ == "VERB" and doc[k].norm_ in _APPOINTING
                     and "Fin" in doc[k].morph.get("VerbForm")), None)
        if verb is not None and not any(t.is_punct for t in doc[verb.i + 1:verb_end]):
            return name, verb
    return None, None


def _named_next(ctx: Context, phrase: PostPhrase) -> tuple[Span | None, Token | None]:
    """«Депутаты избрали нового вице-спикера. Им стал Александр Карамышев»: a post in the
    accusative after a verb of appointing, and the next sentence opens with «Им (Ей) стал(а)»
    and the name. Returns the name and the verb, or (None, None)."""
    doc = ctx.doc
    if _case(doc[phrase.noun]) != "Acc":
        return None, None
    verb = next((doc[k] for k in range(phrase.start - 1, max(phrase.start - 4, -1), -1)
                 if doc[k].pos_ == "VERB" and doc[k].norm_ in _APPOINTING and "Fin" in doc[k].morph.get("VerbForm")),
                None)
    if verb is None or any(t.is_punct for t in doc[verb.i + 1:phrase.start]):
        return None, None
    sent = ctx.sent(phrase.start)
    k = sent.end
    if k + 2 >= len(doc) or doc[k].lower_ not in ("им", "ей", "ею") or ctx.norms[k + 1] != "стать":
        return None, None
    name = next((sp for sp in ctx.ner("PER") if sp.start == k + 2), None)
    return (name, verb) if name is not None else (None, None)


# nouns of appointing and the acts that make them: «указ о назначении …», «постановление об
# избрании …» (the noun's status is the act's: done)
_APPOINTMENTS = {"назначение": "appointed", "переназначение": "appointed", "утверждение": "appointed",
                 "избрание": "elected", "переизбрание": "elected"}
_ACTS = {"указ", "распоряжение", "постановление", "приказ", "решение"}


def _by_an_act(ctx: Context, about: int) -> bool:
    """An act stands before «о» at ``about``: «подписал указ о …», «Указом президента от 12 мая о …»."""
    sent = ctx.sent(about).start
    return any(ctx.norms[k] in _ACTS for k in range(max(sent, about - 6), about))


def _appointing_status(verb: Token | None) -> str | None:
    """«назначил», «утвердил» → appointed, «избрал» → elected, «назначит» → future; «назвал»
    (a choice, not an office given) and the present → none; an act's «о назначении» →
    appointed, «об избрании» → elected."""
    if verb is not None and verb.pos_ == "NOUN":
        return _ELECTED if _APPOINTMENTS.get(verb.norm_) == "elected" else _APPOINTED
    if verb is None or verb.norm_ in ("назвать", "называть"):
        return None
    tense = _tense(verb)
    if tense == "future":
        return _FUTURE
    if tense != "past":
        return None
    return _ELECTED if verb.norm_ in ("избрать", "избирать", "переизбрать", "выбрать", "выбирать") \
        else _APPOINTED


_PRONOUNS = {"он": "Masc", "она": "Fem"}
# collective nouns after a post that stand for its body, unnamed: the post's mention ends before
# them («Руководитель центра Э. Чернова» is annotated «Руководитель»); the post keeps them
_COLLECTIVES = {"центр", "группа", "команда"}


def _pronoun_holder(ctx: Context, phrase: PostPhrase) -> Span | None:
    """«Леван Гачечиладзе стал кандидатом … В настоящий момент он является депутатом
    парламента»: «он»/«она», a linking verb and the post in the instrumental (or in the
    genitive after «пост»: «она занимала пост заместителя главы»); the holder is the
    last person named before the pronoun, in its sentence or the one before, of the pronoun's
    gender when the name shows one."""
    doc = ctx.doc
    j = phrase.start - 1
    if _case(doc[phrase.noun]) != "Ins":
        if not (j > 0 and doc[j].norm_ in _POST_NOUNS and _case(doc[phrase.noun]) == "Gen"):
            return None
        j -= 1         # «Ранее она занимала пост заместителя главы администрации»
    verbs = 0
    while j >= 0 and verbs < 2 and doc[j].norm_ in _LINKING and doc[j].pos_ in ("VERB", "AUX"):
        j -= 1
        verbs += 1
    if verbs and j >= 0 and doc[j].pos_ == "ADV":
        j -= 1
    if verbs and j > 0 and doc[j].norm_ == "но" and doc[j - 1].text == ",":
        j -= 1
    if verbs and j > 0 and doc[j].text in (",", "и"):
        # «он является депутатом …, состоит во фракции …, также является членом комитета»:
        # the subject of the sentence's earlier clause; «Алексей Ратманский уходит с поста …,
        # но остаётся приглашённым хореографом»: the name that opens the sentence
        sent = doc[j].sent
        k = next((k for k in range(j - 1, sent.start - 1, -1) if doc[k].lower_ in _PRONOUNS), -1)
        if k < 0:
            return next((sp for sp in ctx.ner("PER") if sp.start == sent.start
                         and all("Nom" in t.morph.get("Case") for t in sp if t.pos_ == "PROPN")), None)
        j = k
    if not verbs or j < 0 or doc[j].lower_ not in _PRONOUNS:
        return None
    return _pronouns_person(ctx, j)


def _pronouns_person(ctx: Context, j: int) -> Span | None:
    """The person «он»/«она» at ``j`` stands for: the last named before it, in its sentence or
    the one before, of the pronoun's gender when the name shows one."""
    doc = ctx.doc
    gender = _PRONOUNS[doc[j].lower_]
    sentence = doc[j].sent
    previous = doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    for span in sorted(ctx.ner("PER"), key=lambda sp: -sp.start):
        if span.start >= j or span.start < previous.start:
            continue
        genders = {g for t in span for g in t.morph.get("Gender")}
        if genders and gender not in genders:
            continue
        return span
    return None


def _agree(ctx: Context, head: Token, person: Span) -> bool:
    """A genitive post word does not take a nominative name («Указом президента Иван Петров
    назначен …»); other case pairs are left alone, the tagger's cases of names being noisy.
    A name the tagger calls nominative still agrees when every word of it can be genitive by
    the dictionary: foreign names often are («министра иностранных дел Японии Сейджи
    Маехары»)."""
    name_case = next((_case(t) for t in person if _case(t)), None)
    if not (_case(head) == "Gen" and name_case == "Nom"):
        return True
    if head.lower_ in _label_words(ctx) or head.lower_.rpartition("-")[2] in _label_words(ctx):
        # «Замглавы МИД Сергей Рябков»: written as its label, an indeclinable word; «Экс-
        # председатель …»: the post after a prefix is
        return True
    return all(_can_be_genitive(ctx, t.text) for t in person if t.text[:1].isalpha())


def _superior(ctx: Context, head: Token, person: Span) -> bool:
    """A name in the genitive after a post word in another case names whose post it is, not its
    holder: «Советник Владимира Путина …», «заместителю Сергея Собянина …» (a post word written
    as its label is nominative, whatever the tagger says: «Пресс-секретарь Дмитрия Медведева»)."""
    cases = [_case(t) for t in person if t.text[:1].isalpha()]
    head_case = "Nom" if head.lower_ in _label_words(ctx) else _case(head)
    return head_case not in (None, "Gen") and bool(cases) and all(c == "Gen" for c in cases)


def _can_be_genitive(ctx: Context, word: str) -> bool:
    parses = ctx.normalizer.morph_vocab(word)
    return not parses or any("gent" in p.tag or "UNKN" in p.tag for p in parses)


_LINKING = {"стать", "являться", "быть", "назначить", "избрать", "утвердить", "переизбрать",
            "остаться", "оставаться", "работать", "занимать", "занять", "вступить"}
_MODAL = {"мочь"}   # «может стать»: a post that may come, so a future one
_POST_NOUNS = {"пост", "должность", "место", "кресло"}   # «занимает пост министра», «место спикера займёт»
_OCCUPYING = {"занимать", "занять", "являться", "работать"}


_NOW = {"ныне", "сейчас", "теперь"}


def _shared_holder(ctx: Context, people: PersonIndex, phrases: list[PostPhrase], phrase: PostPhrase,
                   bodies: BodyIndex) -> Span | None:
    """Posts joined by a comma, a dash or «и», or standing in a row, before one name share it:
    «министр по делам разведки, глава государственной Комиссии по атомной энергии Дан
    Меридор», «глава представительства США в регионе помощник госсекретаря Мэтью Брайза»,
    «Заместитель председателя Правительства Калужской области — министр экономического
    развития Иван Петров»."""
    doc = ctx.doc
    current = phrase
    for _ in range(3):
        after = current.body_end if current.body_end is not None else current.end
        if after + 1 < len(doc) and doc[after].norm_ in ("в", "во") and _case(doc[after + 1]) == "Loc" \
                and (bodies.at(after + 1) is None or bodies.at(after + 1).generic):
            after += 2         # «глава представительства США в регионе помощник …»
        if after >= len(doc):
            return None
        row = doc[after].text not in (",", "и", "—", "–")
        if not row:
            after += 1
            if after + 1 < len(doc) and doc[after].norm_ == "а" and doc[after + 1].norm_ in _NOW:
                after += 1     # «В прошлом заместитель губернатора, а ныне сенатор …»
            if after < len(doc) and doc[after].norm_ in _NOW:
                after += 1     # «Бывший вице-губернатор, ныне депутат Государственной Думы Иван Петров»
        elif not doc[after].text[:1].islower():
            return None        # two posts in a row stand without a comma only in lowercase
        geo = next((a.end for a in ctx.kind("ADJ") if a.start == after), after)   # «португальский»
        nxt = next((p for p in phrases if p.start in (after, geo)), None)
        if nxt is None:
            return None
        if row and None not in (_case(doc[current.noun]), _case(doc[nxt.noun])) \
                and _case(doc[current.noun]) != _case(doc[nxt.noun]):
            return None        # «Указом президента губернатор … Александр Мишарин»: whose decree
        if nxt.body is None and nxt.body_end is None:
            _body_for(ctx, nxt, bodies)
        end = nxt.body_end if nxt.body_end is not None else nxt.end
        holder = _person_after(ctx, people, end, bodies)
        if holder is not None:
            if doc[after - 1].norm_ == "и" and _plural_verb_after(doc, holder.end):
                return None    # «Министр финансов и глава Сбербанка Герман Греф встретились»: two
            return holder
        current = nxt
    return None


def _plural_verb_after(doc: Doc, i: int) -> bool:
    """A finite verb in the plural right after a name (past a comma-free adverb): the subject is
    more than that one person."""
    while i < len(doc) and doc[i].pos_ == "ADV":
        i += 1
    return i < len(doc) and doc[i].pos_ in ("VERB", "AUX") and "Plur" in doc[i].morph.get("Number") \
        and "Fin" in doc[i].morph.get("VerbForm")


_LONG_DASHES = ("—", "–")


def _named_after_a_dash(ctx: Context, phrase: PostPhrase, after: int) -> Span | None:
    """«Состав комиссии: председатель — Иван Петров, заместитель председателя — Сергей Сидоров»:
    a name after a dash after the post holds it, unless a name and a dash stand before the post
    («Иван Петров — министр финансов»: the post is his)."""
    doc = ctx.doc
    word = _body_word_after(ctx, phrase)
    if word is not None and word.start == after:
        after = word.end       # «Председатель комитета — Иван Петров»
    if after + 1 >= len(doc) or doc[after].text not in _LONG_DASHES:
        return None
    if phrase.start >= 2 and doc[phrase.start - 1].text in _LONG_DASHES \
            and any(sp.end == phrase.start - 1 for sp in ctx.ner("PER")):
        return None
    name = next((sp for sp in ctx.ner("PER") if sp.start == after + 1), None)
    if name is None or any(_case(t) not in (None, "Nom") for t in name if t.pos_ == "PROPN") \
            and not (_case(doc[phrase.noun]) in ("Acc", "Gen") and _agree(ctx, doc[phrase.noun], name)):
        return None     # (in the post's case: «представил нового руководителя — Ольгу Кузнецову»)
    return name


def _person_before(ctx: Context, people: PersonIndex, i: int) -> Span | None:
    """«Сергей Лавров, министр …», also past a bracketed original: «Скотт Хоровитц (Scott
    Horowitz), бывший астронавт»."""
    doc = ctx.doc
    j = i - 1
    # «Иван Петров назначен министром …», «… стал первым заместителем …», «… освобождён от
    # должности министра …»
    stated = {t for s in ctx.kind("STATUS") if s.end <= i and any(_predicate(x) for x in s)
              for t in range(s.start, s.end)}
    k = j
    while k >= 0 and i - k <= 6 and (doc[k].norm_ in _LINKING or doc[k].norm_ in _POST_NOUNS
                                      or doc[k].pos_ == "ADV" or k in stated
                                      or doc[k].norm_ in ("на", "с", "в") and doc[k + 1].norm_ in _POST_NOUNS
                                      or doc[k].norm_ in _LEAVING
                                      or doc[k].norm_ == "уйти" or doc[k].norm_ == "отставка"
                                      or doc[k].norm_ == "в" and doc[k + 1].norm_ == "отставка"
                                      or doc[k].norm_ == "который" and k < j):
        k -= 1
    if k < j and k >= 0:
        if doc[k].text == "," and any(doc[m].norm_ in _OCCUPYING or doc[m].norm_ == "который"
                                      for m in range(k + 1, i)):
            k -= 1     # «Иван Петров, занимающий пост министра», «…, который был министром»
        if any(doc[m].norm_ in _APPOINTING and _active_finite(doc[m]) for m in range(k + 1, i)):
            return None   # «Владислав Шапша назначил нового министра»: he appoints, he holds nothing
        for span in ctx.ner("PER"):
            if span.end == k + 1:
                return span
    if j >= 2 and doc[j].norm_ in _NOW and doc[j - 1].norm_ in ("а", "и") and doc[j - 2].text == ",":
        j -= 2         # «Максим Акимов, а ныне генеральный директор …»
    elif j >= 1 and doc[j].norm_ in _NOW and doc[j - 1].text == ",":
        j -= 1         # «Анатолий Артамонов, ныне сенатор, …»
    if j >= 0 and doc[i].text[:1].isupper() and not doc[i].is_sent_start:
        # a signature: «Кирсан Илюмжинов Президент ФИДЕ»
        for span in ctx.ner("PER"):
            if span.end == i:
                return span
    if j < 0 or doc[j].text not in _SEPARATORS:
        return None
    j -= 1
    if j >= 0 and doc[j].text == ")":
        k = j
        while k > max(0, j - 12) and doc[k].text != "(":
            k -= 1
        if doc[k].text == "(":
            j = k - 1
    for span in ctx.ner("PER"):
        if span.end == j + 1 or span.end == j and doc[j].text == "." and len(doc[j - 1].text) == 1:
            if _oblique_after_a_nominative(ctx, span, doc[i]):
                return None     # «Алексей Дерябин, | оператору выдано предписание»: what he said
            return span     # («Иванов И.И. – директор школы»: the initials' dot outside the name)
    if doc[j + 1].text == ",":
        # «Александра Брода, известного борца с ксенофобией, члена Общественной палаты»: one more
        # apposition (no verb, no name) between the name and the post
        k = j
        while k >= 0 and j - k < 6 and doc[k].text != "," and doc[k].pos_ not in ("VERB", "AUX") \
                and not any(sp.start <= k < sp.end for sp in ctx.ner("PER")):
            k -= 1
        case = _case(doc[i])
        if k >= 0 and k < j and doc[k].text == "," and case is not None \
                and _may_be_case(ctx, doc[k + 1], case):
            for span in ctx.ner("PER"):
                if span.end == k and all(_may_be_case(ctx, t, case) for t in span if t.pos_ == "PROPN"):
                    return span
    return None


def _oblique_after_a_nominative(ctx: Context, name: Span, word: Token) -> bool:
    """A post in the dative, instrumental or locative after a name in the nominative is no
    apposition to it: the two would agree («Иван Петров, министр», «Ивану Петрову, министру»)."""
    case = _case(word)
    return case in ("Dat", "Ins", "Loc") and all(_case(t) == "Nom" for t in name if t.pos_ == "PROPN") \
        and not all(_may_be_case(ctx, t, case) for t in name if t.pos_ == "PROPN")


def _attached_with_pri(doc: Doc, phrase: PostPhrase) -> bool:
    """A post in the prepositional after «при» names whom a body or another post is attached
    to, not a holder: «Совет при Президенте», «Уполномоченный по правам ребёнка при Президенте
    Российской Федерации Мария Львова-Белова»."""
    return phrase.start > 0 and doc[phrase.start - 1].norm_ == "при" and _case(doc[phrase.noun]) == "Loc"


def find_officials(ctx: Context, people: PersonIndex, bodies: BodyIndex,
                   mentions: list[Mention]) -> tuple[list[Official], list[PostPhrase]]:
    """Link post phrases to their holders and bodies; append POSITION mentions."""
    doc = ctx.doc
    phrases = find_posts(ctx, bodies)
    _posts_inside_bodies(ctx, bodies, mentions)
    _posts_in_compounds(ctx, mentions)
    _candidacies(ctx, phrases, mentions)
    _relations(ctx, mentions)
    officials: list[Official] = []
    for phrase in phrases:
        _body_for(ctx, phrase, bodies)
    attached = {p.body for p in phrases if p.body_end is not None}
    for phrase in phrases:
        if _superlative(doc[phrase.start:phrase.noun]):
            continue       # «стал самым молодым миллиардером»: a ranking, not a post
        after = phrase.body_end if phrase.body_end is not None else phrase.end
        person_span = _person_after(ctx, people, after, bodies) or _named_after_a_dash(ctx, phrase, after)
        governed = phrase.status is not None and phrase.start < phrase.head  # «врио губернатора»
        post_verb = _post_participle(ctx, phrase)    # «Покинувший пост министра финансов Алексей Кудрин»
        governed = governed or post_verb is not None
        if person_span is not None and not governed and not _agree(ctx, doc[phrase.noun], person_span):
            person_span = None         # «Указом президента Иван Петров …»: cases differ
        following = person_span and next((sp for sp in ctx.ner("PER") if sp.start == person_span.end), None)
        if following is not None and _superior(ctx, doc[phrase.noun], person_span):
            # «Советник Владимира Путина Андрей Белоусов»: the genitive name is whose adviser he
            # is, the holder the name after it
            person_span = following
        if person_span is None:
            person_span = _holder_after_verb(ctx, phrase, after)
        standing_in = None
        if person_span is None:
            person_span = standing_in = _standing_in(ctx, phrase, after)   # «Обязанности губернатора исполняет …»
        if person_span is None and post_verb is not None:
            person_span = _subject_before(ctx, post_verb)   # «Алексей Кудрин, покинувший пост министра»
        appointing = None
        if person_span is None:
            person_span, appointing = _appointee(ctx, phrase, after)
        if person_span is None:
            person_span, appointing = _named_next(ctx, phrase)
        if person_span is None:
            person_span = _pronoun_holder(ctx, phrase)
        if person_span is None:
            person_span = _shared_holder(ctx, people, phrases, phrase, bodies)
        one_of = _one_of(doc, phrase)       # «…, одному из президентов …»
        if person_span is None:
            person_span = _person_before(ctx, people, phrase.start - 2 if one_of else phrase.start)
        if person_span is not None and _attached_with_pri(doc, phrase):
            person_span = None   # «Уполномоченный … при Президенте РФ Мария …»: whom another post is attached to
        one = one_of and person_span is not None
        if person_span is not None or not _occupation(ctx, phrase.post_type):
            # («актриса подскользнулась»: no POSITION)
            _position_mentions(ctx, phrase, mentions, one=one)
        plural = (_plural(ctx, doc[phrase.noun]) or _counted(doc, phrase)) and not one
        if plural:
            officials += _distributed(ctx, people, bodies, phrase)
        if person_span is None and not plural and not _is_profession(ctx, phrase.post_type):
            # «на посту главного тренера сборной»: the body word is the body's mention all the same
            _body_word_mention(ctx, phrase, bodies, mentions,
                               _body_named_by_its_word(ctx, phrase, bodies) or _unnamed_body(ctx, phrase, bodies))
        if person_span is None or plural:
            continue
        phrase.person = people.key_at(person_span)
        if phrase.person is None:
            continue
        field = _field_end(ctx, phrase.body_end) if phrase.body_end is not None else None
        if field is not None and (field <= person_span.start or person_span.end <= phrase.start):
            # «заместитель губернатора Калужской области по социальным вопросам Иван Петров»:
            # the field after the body is the post's («заместитель губернатора по социальным вопросам»)
            phrase.label = f"{phrase.label} {' '.join(doc[phrase.body_end:field].text.split())}"
        body = phrase.body
        profession = _is_profession(ctx, phrase.post_type)
        if profession and phrase.body_end is None:
            body = None      # «нидерландский предприниматель»: a nationality, not a body
        if body is None and (not profession or len(_body_word_after(ctx, phrase) or ()) > 1):
            # (a profession's too when the body's word and its adjective follow it: «медсестра
            # городской больницы»; not «владелец кафе»: the devset annotates no body there)
            body = _body_named_by_its_word(ctx, phrase, bodies) or _unnamed_body(ctx, phrase, bodies)
            _body_word_mention(ctx, phrase, bodies, mentions, body)
        if body is not None and (seat_end := _seat_end(ctx, phrase)) is not None \
                and _implies_a_territory(ctx, phrase):
            # «полпреда президента РФ в округе Виктора Ишаева»: a post with a seat serves the
            # territory its kind implies (the seat when it names one of that kind: «в Центральном
            # федеральном округе»; else the one named before), not its principal's country
            body = _seat_of_its_kind(ctx, phrase, bodies, seat_end) or _implied_body(ctx, phrase, bodies) or body
        if body is None and not profession and not _occupation(ctx, phrase.post_type):
            body = _territory_served(ctx, phrase, bodies, person_span)
        stated = body is not None
        if body is None and not profession:
            body = _whose_deputy(ctx, phrase, officials) or _peers_territory(ctx, phrase, officials, bodies) \
                or _principals_body(ctx, phrase, officials, bodies) \
                or _headed_body_of_its_field(ctx, phrase, bodies)
        minister = _minister_before(ctx, phrase, officials, bodies) if body is None else None
        if minister is not None:
            # «Министром финансов Калужской области назначена … Бывший глава ведомства Игорь
            # Ершов»: the agency is that minister's ministry, its head a minister of it
            phrase.post_type, phrase.label, body, stated = minister.post_type, minister.post, minister.body, True
        led, party = _delegation_led(ctx, phrase, bodies) if body is None and not profession else (False, None)
        if led:
            body = party      # the head of a visiting delegation is not of the article's region
        elif body is None and not profession:
            # a post of a territory (вице-губернатор) takes no other body named in its sentence
            # («Депутаты Городской Думы избрали нового председателя»: the electors' body is his)
            electors = _appointing_status(appointing) == _ELECTED if appointing is not None else False
            body = _chamber_of_the_represented(ctx, phrase, bodies) or _implied_body(ctx, phrase, bodies) or (
                None if _implies_a_territory(ctx, phrase)
                else _sentence_body(ctx, phrase, person_span, bodies, set() if electors else attached))
        phrase.body = body
        first = min(phrase.start, person_span.start)
        last = max(phrase.body_end or phrase.end, person_span.end)
        told = _appointing_status(appointing) if appointing is not None else _clause_status(ctx, phrase)
        status = phrase.status or told
        if phrase.status == _FORMER and told in (_DISMISSED, _RESIGNED):
            status = told       # «Предыдущий министр Сергей Недошивин освобождён от должности»
        if standing_in is not None:
            status = _ACTING
        if status is None and appointing is None and person_span.start >= after \
                and not any(t.is_punct for t in doc[after:person_span.start]):
            # «избрали председателем комитета Юрия Моисеева»: the name, found after the body,
            # is the object of the verb before the post
            object_, verb = _appointee(ctx, phrase, person_span.start)
            if object_ is not None and object_.start == person_span.start:
                status = _appointing_status(verb)
        if status is None and appointing is None:
            between = doc[person_span.end:phrase.start] if person_span.end <= phrase.start \
                else doc[phrase.body_end or phrase.end:person_span.start]
            if len(between) <= 6:
                status = _verb_status(ctx, between)
        if status is None and post_verb is not None:
            status = _verb_status(ctx, doc[post_verb:post_verb + 1])
        if status is None and person_span.end < phrase.start - 6:
            # a holder named far before, by a pronoun: the verb before the post says when
            status = _verb_status(ctx, doc[max(phrase.start - 3, person_span.end):phrase.start])
        successor = _successor(ctx, phrase, person_span)
        if successor is not None and people.key_at(successor) not in (None, phrase.person):
            # «Владислав Шапша сменил на посту губернатора … Анатолия Артамонова»: the one
            # replaced held it before, the one replacing him holds it now
            status = _FORMER
            officials.append(Official(people.key_at(successor), phrase.post_type, phrase.label, body, _APPOINTED,
                                      ctx.span_evidence(doc[min(successor.start, first):max(successor.end, last)]),
                                      implied=body is not None and not stated))
        officials.append(Official(phrase.person, phrase.post_type, phrase.label, body,
                                  status, ctx.span_evidence(doc[first:last]),
                                  implied=body is not None and not stated))
        for other in (_represented(ctx, phrase, bodies), _second_body(ctx, phrase, bodies)):
            if other is not None and other != body:
                officials.append(Official(phrase.person, phrase.post_type, phrase.label, other, status,
                                          ctx.span_evidence(doc[first:max(last, phrase.end)])))
    officials += _heads_by_verb(ctx, people, bodies)
    officials += _chairs(ctx, people, bodies, phrases)
    officials += _standing_in_for(ctx, people, officials)
    officials += _replaced_on_this_post(ctx, people, officials)
    officials += _colleagues(ctx, people, bodies, officials)
    return _consolidate(officials), phrases


def _distributed(ctx: Context, people: PersonIndex, bodies: BodyIndex,
                 phrase: PostPhrase) -> list[Official]:
    """A plural post shared out, in order, among as many names as it has parts:
    «Губернаторы Калужской и Тульской областей Анатолий Артамонов и Владимир Груздев» (a region
    each), «министры финансов и экономики России Антон Силуанов и Максим Решетников» (a domain
    each, one body); the names may stand before, after a comma or a dash. When the numbers of
    parts and names differ, nobody is assigned."""
    doc = ctx.doc
    if doc[phrase.head].pos_ not in ("NOUN", "PROPN") or phrase.head != phrase.noun:
        return []
    word = ctx.normalizer.lemma(doc[phrase.head].text)          # «губернатор», «министр»
    parts: list[tuple[str, str | None]] = []                      # (label, body) of each holder
    after = phrase.body_end if phrase.body_end is not None else phrase.end
    territories = _coordinated_territories(ctx, bodies, phrase.end) if phrase.end == phrase.head + 1 else None
    if territories is not None:
        places, after = territories
        parts = [(word, place) for place in places]
    else:
        domain = [[]]
        for token in doc[phrase.head + 1:phrase.end]:
            if token.norm_ in ("и", ",") and domain[-1]:
                domain.append([])
            elif token.norm_ != ",":
                domain[-1].append(token.text)
        if len(domain) > 1 and all(domain):
            parts = [(f"{word} {' '.join(words)}", phrase.body) for words in domain]
        elif phrase.body_end is not None:
            # «министры иностранных дел России и Китая А и Б»: a body each
            keys, after = _coordinated_bodies(ctx, bodies, phrase.end)
            label = " ".join([word] + domain[0])
            parts = [(label, key) for key in keys]
    if len(parts) < 2:
        return _shared_post(ctx, people, bodies, phrase) if territories is None else []
    names = _names_after(ctx, after) or _names_before(ctx, phrase.start)
    if len(names) != len(parts):
        return []
    found = []
    for (label, body), name in zip(parts, names):
        key = people.key_at(name)
        if key is None:
            continue
        first, last = min(phrase.start, name.start), max(after, name.end)
        found.append(Official(key, phrase.post_type, label, body, phrase.status,
                              ctx.span_evidence(doc[first:last])))
    return found


def _shared_post(ctx: Context, people: PersonIndex, bodies: BodyIndex, phrase: PostPhrase) -> list[Official]:
    """One plural post, one body, several names after it: «Депутаты Госдумы от фракции «Единая
    Россия» Андрей Исаев и Андрей Макаров» hold the same post (and the body they are «от»).
    Not a profession («российские бизнесмены …»: no body to hold it in), nor the last of a list
    of groups («руководители предприятий и депутаты …»: the names may be of either)."""
    doc = ctx.doc
    if _is_profession(ctx, phrase.post_type) or (phrase.start > 0 and doc[phrase.start - 1].norm_ in ("и", ",")):
        return []
    after = phrase.body_end if phrase.body_end is not None else phrase.end
    first = _person_after(ctx, people, after, bodies)
    names = _names_after(ctx, first.start) if first is not None else []
    if len(names) < 2 or not all(_agree(ctx, doc[phrase.noun], name) and not _superior(ctx, doc[phrase.noun], name)
                                 for name in names):
        return []
    label = " ".join([ctx.normalizer.lemma(doc[phrase.head].text)] + [t.text for t in doc[phrase.head + 1:phrase.end]])
    # («с сенаторами от Калужской области …»: the body of whom they represent)
    held = [b for b in dict.fromkeys((phrase.body or _chamber_of_the_represented(ctx, phrase, bodies),
                                      _represented(ctx, phrase, bodies))) if b is not None] or [None]
    return [Official(key, phrase.post_type, label, body, phrase.status, ctx.span_evidence(doc[phrase.start:name.end]))
            for name in names if (key := people.key_at(name)) is not None for body in held]


def _coordinated_territories(ctx: Context, bodies: BodyIndex, i: int) -> tuple[list[str], int] | None:
    """«Калужской и Тульской областей», «Калужской, Тульской и Брянской областей»: the gazetteer
    territories of place adjectives joined by «и» or commas before one plural territory word,
    and the token after that word."""
    doc = ctx.doc
    adjectives: list[Span] = []
    while i < len(doc):
        adjective = next((a for a in ctx.kind("ADJ") if a.start == i and a.end == i + 1), None)
        if adjective is None:
            break
        adjectives.append(adjective)
        i += 1
        if i < len(doc) and doc[i].norm_ in ("и", ","):
            i += 1
    if len(adjectives) < 2 or i >= len(doc) or doc[i - 1].norm_ in ("и", ",") \
            or "Plur" not in doc[i].morph.get("Number") or not _is_body_word(ctx, i):
        return None
    noun = ctx.normalizer.lemma(doc[i].text)                     # «область»
    places = []
    for adjective in adjectives:
        key = _territory(ctx, ctx.normalizer.lemma(doc[adjective.start].text), noun)
        if key is None or not _gazetteer_body(ctx, bodies, key):
            return None
        places.append(key)
    return places, i + 1


def _coordinated_bodies(ctx: Context, bodies: BodyIndex, i: int) -> tuple[list[str], int]:
    """«России и Китая», «России, Франции и Германии»: named bodies joined by «и» or commas from
    token i, and the token after the last one."""
    doc = ctx.doc
    keys: list[str] = []
    end = i
    while True:
        mention = bodies.starting_at(i)
        if mention is None or mention.generic:
            return keys, end
        keys.append(mention.key)
        end = i = mention.end
        if i >= len(doc) or doc[i].norm_ not in ("и", ","):
            return keys, end
        i += 1


def _territory(ctx: Context, adjective: str, noun: str) -> str | None:
    """The gazetteer entity named «<adjective> <noun>» on lemmas: «калужский область»."""
    def work_out() -> dict[str, str]:
        index: dict[str, str] = {}
        for entity in ctx.ontology.entities.values():
            for label in entity.labels:
                words = label.split()
                if len(words) == 2 and words[0][:1].isupper():
                    index.setdefault(" ".join(ctx.normalizer.lemma(w) for w in words), str(entity.iri))
        return index
    return ctx.ontology.derived("two-word territories", work_out).get(f"{adjective} {noun}")


def _names_after(ctx: Context, i: int) -> list[Span]:
    """«Анатолий Артамонов и Владимир Груздев»: names joined by «и» or commas from token i."""
    doc = ctx.doc
    names: list[Span] = []
    while True:
        name = next((sp for sp in ctx.ner("PER") if sp.start == i), None)
        if name is None:
            return names if names and doc[i - 1].norm_ not in ("и", ",") else []
        names.append(name)
        i = name.end
        if i < len(doc) and doc[i].norm_ in ("и", ","):
            i += 1
        else:
            return names


def _names_before(ctx: Context, i: int) -> list[Span]:
    """«Анатолий Артамонов и Владимир Груздев, губернаторы …»: names joined by «и» or commas
    right before a comma or a dash at token i - 1."""
    doc = ctx.doc
    if i < 2 or doc[i - 1].text not in (",", "—", "–"):
        return []
    names: list[Span] = []
    end = i - 1
    while True:
        name = next((sp for sp in ctx.ner("PER") if sp.end == end), None)
        if name is None:
            return []
        names.insert(0, name)
        k = name.start - 1
        if k < 0 or doc[k].norm_ not in ("и", ","):
            return names
        if doc[k].norm_ == "," and not any(doc[m].norm_ == "и" for m in range(name.end, i)):
            return names          # «…, Иван Петров, губернаторы»: a list ends in «и»
        end = k


_HEADING = {"возглавить", "возглавлять", "руководить"}


def _head_of_unit(ctx: Context, token: Token) -> str | None:
    """The post that heads a body's unit named by ``token``, a post labelled by a head word and
    the unit in the genitive: «аппарат» → «руководитель аппарата»."""
    units = ctx.ontology.derived("heads of units", lambda: {
        ctx.normalizer.lemma(label.split()[1]): str(c.iri) for c in ctx.ontology.scheme("post")
        for label in c.labels if len(label.split()) == 2 and label.split()[0] in _UNIT_HEADS})
    return units.get(ctx.normalizer.lemma(token.text)) if token.pos_ == "NOUN" else None


_UNIT_HEADS = {"руководитель", "начальник"}


def _heads_by_verb(ctx: Context, people: PersonIndex, bodies: BodyIndex) -> list[Official]:
    """«Иван Петров возглавил министерство финансов», «Министерство возглавит Иван Петров»,
    «… руководит комитетом»: the person holds the post of the head of that body, the post type
    its body type's ``kg:headOfPost`` (ministry → minister, region → governor; «глава» when the
    type names none); the verb's tense is the status («возглавил» appointed, «возглавит»
    future, «возглавлял» former)."""
    doc = ctx.doc
    found: list[Official] = []
    for verb in [doc[i] for i, norm in enumerate(ctx.norms) if norm in _HEADING]:
        if verb.pos_ != "VERB" and not (verb.is_sent_start and _only_a_verb(ctx, verb, participles=True)):
            continue   # («Возглавлявший ранее ФСБ …» opening a sentence is a name to the tagger)
        j = verb.i + 1
        while j < len(doc) and doc[j].pos_ == "ADV":
            j += 1      # «Возглавлявший ранее ФСБ Николай Ковалёв»
        mention = bodies.starting_at(j)
        post_type = _head_of_unit(ctx, doc[j]) if mention is None and j + 1 < len(doc) else None
        if post_type is not None:
            mention = bodies.starting_at(j + 1)     # «возглавляла аппарат Законодательного Собрания»
        if mention is not None:
            person = _subject_before(ctx, verb.i) or next(
                (sp for sp in ctx.ner("PER") if sp.start == mention.end), None)  # «возглавил министерство Иван Петров»
        else:
            k = verb.i
            while k > 0 and doc[k - 1].pos_ == "ADV" and verb.i - k < 2:
                k -= 1      # «Городскую Думу Калуги теперь возглавляет …»
            mention = bodies.ending_at(k)          # «Министерство финансов возглавил Иван Петров»
            if mention is None and verb.i > 0 and doc[verb.i - 1].text == "," \
                    and "Pass" in verb.morph.get("Voice") and "Part" in verb.morph.get("VerbForm"):
                mention = bodies.ending_at(verb.i - 1)  # «Народной партии, возглавляемой Бхутто»
            person = next((sp for sp in ctx.ner("PER") if sp.start == verb.i + 1), None)
        if mention is None or mention.generic or person is None:
            continue
        body = bodies.bodies.get(mention.key)
        if body is None:
            continue
        key = people.key_at(person)
        post_type = post_type or _head_post(ctx, body.body_type)
        concept = ctx.ontology.concepts.get(_iri(post_type))
        if key is None or concept is None:
            continue
        k = verb.i - 1
        status = _verb_status(ctx, doc[k:verb.i + 1] if k >= 0 and doc[k].norm_ == "быть" else doc[verb.i:verb.i + 1])
        if verb.pos_ != "VERB" and ctx.normalizer.morph_vocab(verb.lower_)[0].feats.get("Tense") == "Past":
            status = _FORMER if verb.norm_ in _BEING else _APPOINTED   # the tagger saw no verb
        found.append(Official(key, post_type, concept.label, mention.key, status,
                              ctx.span_evidence(doc[min(person.start, mention.start, verb.i):
                                                    max(person.end, mention.end)])))
    return found


def _chairs(ctx: Context, people: PersonIndex, bodies: BodyIndex, phrases: list[PostPhrase]) -> list[Official]:
    """«Комитет по бюджету под председательством Николая Любимова», «заседание комиссии … под
    председательством губернатора Владислава Шапши»: the person chairs the body named right
    before, when its type's head is a chairman (``kg:headOfPost``); not one named as a deputy
    («под председательством заместителя губернатора …», who presides in another's stead)."""
    doc = ctx.doc
    found: list[Official] = []
    chairman = str(POST.chairman)
    for i in [i for i, norm in enumerate(ctx.norms) if norm == "председательство" and i > 1]:
        mention = bodies.ending_at(i - 1)
        if ctx.norms[i - 1] != "под" or mention is None or mention.generic:
            continue
        body = bodies.bodies.get(mention.key)
        if body is None or _head_post(ctx, body.body_type) != chairman:
            continue
        person = next((sp for sp in ctx.ner("PER") if i < sp.start <= i + 8), None)
        if person is None or any(not (t.pos_ in ("NOUN", "ADJ", "PROPN") or t.text in QUOTES_OPEN + QUOTES_CLOSE)
                                 for t in doc[i + 1:person.start]):
            continue        # the name right after, or after its holder's post phrase
        if any(i < p.start < person.start and (_DEPUTY in ctx.ontology.broader_chain(_iri(p.post_type))
                                               or p.label.startswith(_DEPUTY_WORDS)) for p in phrases):
            continue
        key = people.key_at(person)
        concept = ctx.ontology.concepts.get(_iri(chairman))
        if key is None or concept is None:
            continue
        found.append(Official(key, chairman, concept.label, mention.key, None,
                              ctx.span_evidence(doc[mention.start:person.end])))
    return found


_DEPUTY = POST.deputy
_DEPUTY_WORDS = ("заместитель", "первый заместитель", "зам", "вице-", "врио", "исполняющий")


_UNTIL_LATELY = {("до", "недавний", "время"), ("до", "последний", "время")}   # norms
_BEFORE_THAT = {("до", "это"), ("до", "этот"), ("до", "тот")}     # «до этого», «до того»: norms


def _adverbial(ctx: Context, start: int, end: int) -> bool:
    """Tokens [start, end) are adverbs, «до недавнего времени» or years («в 2015–2020 годах»)
    among them."""
    k = start
    while k < end:
        if tuple(ctx.norms[k:k + 3]) in _UNTIL_LATELY and k + 3 <= end:
            k += 3
        elif tuple(ctx.norms[k:k + 2]) in _BEFORE_THAT and k + 2 <= end:
            k += 2
        elif ctx.doc[k].pos_ == "ADV":
            k += 1
        elif k + 2 < end and ctx.norms[k] in ("в", "во", "с", "со") and _YEARS.fullmatch(ctx.texts[k + 1]) \
                and ctx.norms[k + 2] == "год":
            k += 3      # «в 2015–2020 годах», «с 2010 года»
        else:
            return False
    return True


_YEARS = re.compile(r"\d{4}(?:[–—-]\d{2,4})?")


def _subject_before(ctx: Context, i: int) -> Span | None:
    """The name right before a verb, past an adverb, «будет» or a time («Иван Петров (вновь, в
    2010 году, с 2020 года, в марте) возглавил»), before «, который» («Иван Петров, который
    возглавил …») or before the comma of a participle («Иван Петров, возглавлявший …»)."""
    doc = ctx.doc
    k = i - 1
    while k >= 0 and i - k <= 5:
        if doc[k].pos_ == "ADV" or doc[k].norm_ == "быть":
            k -= 1
        elif doc[k].norm_ == "год" and k >= 2 and (doc[k - 1].like_num or _YEARS.fullmatch(doc[k - 1].text)) \
                and doc[k - 2].norm_ in ("в", "во", "с", "со"):
            k -= 3       # «в 2010 году», «с 2020 года», «в 2015–2020 годах»
        elif doc[k].norm_ in _MONTHS and k >= 2 and doc[k - 1].like_num and doc[k - 2].norm_ in ("с", "со"):
            k -= 3       # «с 1 июня»
        elif doc[k].norm_ in _MONTHS and k >= 1 and doc[k - 1].norm_ in ("в", "во", "с", "со"):
            k -= 2       # «в марте», «с марта»
        elif k >= 2 and tuple(ctx.norms[k - 2:k + 1]) in _UNTIL_LATELY:
            k -= 3       # «до недавнего времени»
        elif k >= 1 and tuple(ctx.norms[k - 1:k + 1]) in _BEFORE_THAT:
            k -= 2       # «до этого»
        else:
            break
    if k >= 1 and doc[k].norm_ == "который" and doc[k - 1].text == ",":
        k -= 2
    elif k >= 0 and doc[k].text == "," and _adverbial(ctx, k + 1, i) \
            and "Part" in doc[i].morph.get("VerbForm") and "Short" not in doc[i].morph.get("Variant"):
        k -= 1   # «Синдзи Харада, ранее возглавлявший …», «…, до недавнего времени (до этого) возглавлявший …»
    found = next((sp for sp in ctx.ner("PER") if sp.end == k + 1), None)
    if found is None and k >= 0 and doc[k].lower_ in _PRONOUNS:
        found = _pronouns_person(ctx, k)      # «Ранее она возглавляла министерство образования»
    return found


def _head_post(ctx: Context, body_type: str | None) -> str:
    """The post type of the head of a body of that type (``kg:headOfPost`` up the broader chain)."""
    if body_type:
        for iri in ctx.ontology.broader_chain(_iri(body_type)):
            concept = ctx.ontology.concepts.get(iri)
            if concept is not None and concept.head_of_post is not None:
                return str(concept.head_of_post)
    return _POST + "head"


_POST = "https://w3id.org/kg-news/ontology/post#"


_ENDING = {"прекратить", "прекращать", "прекратиться", "прекращаться"}


def _clause_status(ctx: Context, phrase: PostPhrase) -> str | None:
    """A status the sentence states with a verb: «назначен», «будет назначен»,
    «освобождён от должности», «избран» (the status scheme's labels, on lemmas)."""
    sent = ctx.sent(phrase.start)
    if phrase.start > sent.start and ctx.norms[phrase.start - 1] in _ACTS \
            and _case(ctx.doc[phrase.start - 1]) == "Ins":
        return None          # «Указом губернатора … Дмитрия Миляева | министром назначен …»: who signs it
    if phrase.start > sent.start and ctx.norms[phrase.start - 1] == "полномочие" \
            and any(ctx.norms[k] in _ENDING for k in range(phrase.end, sent.end)):
        return _DISMISSED    # «Полномочия главы администрации Ивана Петрова досрочно прекращены»
    verbal = [s for s in ctx.kind("STATUS") if sent.start <= s.start < sent.end
              and any(t.pos_ in ("VERB", "AUX") for t in s)
              and not (s.kb_id_ == _FUTURE and any(t.norm_ == "быть" and _tense(t) == "past" for t in s))
              and not (s.start >= phrase.end and _case(ctx.doc[phrase.noun]) == "Nom"
                       and all(_active_finite(t) for t in s))
              and not _of_a_later_post(ctx, s, phrase) and not _of_an_earlier_post(ctx, s, phrase)
              and not _of_other_people(ctx, s, phrase)]
    # («Губернатор … Владислав Шапша назначил Ивана Петрова …»: the subject appoints, he is not
    # appointed; «Министром финансов назначили Ивана Петрова» is his appointment)
    # («был назначен» is no future)
    if not verbal:
        return None
    chosen = max(verbal, key=lambda s: (s.end - s.start, -abs(s.start - phrase.start)))
    if chosen.kb_id_ in (_APPOINTED, _ELECTED) and any(
            "Fin" in t.morph.get("VerbForm") and _tense(t) == "future" for t in chosen):
        return _FUTURE     # «назначит», «изберут»: not yet
    return chosen.kb_id_


_SUPERLATIVE = re.compile(r"(?:ейш|айш)(?:ий|ая|ее|ие|его|ей|ему|им|ую|ем|их|ими|ой)$")


def _superlative(words: Span) -> bool:
    """Words that rank someone among others: «самый молодой», «лучший», «богатейший» (not
    «старший» or «высший», which name ranks of posts)."""
    return any(t.norm_ in ("самый", "наиболее") or t.lower_.startswith(("лучш", "худш"))
               or (t.pos_ == "ADJ" and _SUPERLATIVE.search(t.lower_)) for t in words)


def _of_other_people(ctx: Context, status: Span, phrase: PostPhrase) -> bool:
    """A plural participle after a singular post tells of others: «Глава … Дмитрий Аганичев
    поздравил коллег, вступивших в должность» (he is not newly appointed)."""
    return status.start >= phrase.end and "Plur" not in ctx.doc[phrase.noun].morph.get("Number") and any(
        "Part" in t.morph.get("VerbForm") and "Short" not in t.morph.get("Variant")
        and "Plur" in t.morph.get("Number") for t in status)


def _of_a_later_post(ctx: Context, status: Span, phrase: PostPhrase) -> bool:
    """A status after the phrase that leads into another post is that post's: «Новым главой
    компании стал Игорь Сечин, ранее занимавший пост вице-премьера» (the head is not former)."""
    return status.start >= phrase.end and any(
        status.end <= p.start <= status.end + 2 and p.start >= phrase.end for p in ctx.kind("POST"))


def _of_an_earlier_post(ctx: Context, status: Span, phrase: PostPhrase) -> bool:
    """A status before the phrase that is another post's: «Исполняющим обязанности министра
    спорта назначен заместитель министра Сергей Сидоров» — «Исполняющим обязанности» governs
    «министра», and «назначен» links the post in the instrumental before it; the deputy's post
    right after the verb is who he is, neither acting nor appointed."""
    if status.start >= phrase.start:
        return False
    # («Иван Петров, ранее занимавший пост министра финансов, назначен советником …»: the
    # status's post past «пост»)
    leads_to = status.end + 1 if status.end < len(ctx.doc) and ctx.norms[status.end] in _POST_NOUNS else status.end
    if any(p.start == leads_to != phrase.start for p in ctx.kind("POST")):
        return True
    if leads_to == phrase.start != status.end:
        return False    # «…, ранее занимавший должность | первого заместителя главы»: this post's
    sent = ctx.sent(phrase.start)
    return phrase.start - status.end <= 1 and any(
        sent.start <= p.start and p.end <= status.start and _case(ctx.doc[p.start]) == "Ins"
        for p in ctx.kind("POST") + ctx.kind("STATUS"))


def _active_finite(token: Token) -> bool:
    return token.pos_ == "VERB" and "Fin" in token.morph.get("VerbForm") \
        and "Pass" not in token.morph.get("Voice")


_STATUS = "https://w3id.org/kg-news/ontology/status#"
_FUTURE, _FORMER, _APPOINTED = _STATUS + "future", _STATUS + "former", _STATUS + "appointed"
_ACTING = _STATUS + "acting"
_DISMISSED, _RESIGNED = _STATUS + "dismissed", _STATUS + "resigned"
_ELECTED = _STATUS + "elected"
_LEAVING = {"покинуть", "оставить"}                  # «покинул пост министра»
_BECOMING = {"стать", "возглавить", "занять", "вступить"}   # «стал губернатором», «занял пост министра»,
# «вступил в должность министра»
_BEING = {"быть", "являться", "возглавлять", "занимать", "работать", "руководить", "оставаться"}


def _tense(token: Token) -> str | None:
    """"past", "future" or "present" of a verb; «будет» is future whatever the tagger says."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    if token.norm_ == "быть" and token.lower_.startswith("буд"):
        return "future"
    tense = token.morph.get("Tense")
    return {"Past": "past", "Fut": "future"}.get(tense[0] if tense else "", "present")


def _verb_status(ctx: Context, tokens: Span) -> str | None:
    """The status a linking verb between a holder and a post states by its tense: «стал»,
    «возглавил», «занял» → appointed, «станет» → future; «был», «являлся», «возглавлял»,
    «занимал» → former, «будет» → future; the present → none (held now)."""
    for k, token in enumerate(tokens):
        tense = _tense(token)
        if "Short" in token.morph.get("Variant") and "Part" in token.morph.get("VerbForm"):
            # «(был, будет) избран», «назначен»: the participle says it, «будет» its time
            if k > 0 and _tense(tokens[k - 1]) == "future":
                return _FUTURE
            return _ELECTED if token.norm_ in ("избрать", "переизбрать") else \
                _APPOINTED if token.norm_ in ("назначить", "утвердить") else None
        if token.norm_ == "быть" and k + 1 < len(tokens) and "Short" in tokens[k + 1].morph.get("Variant"):
            continue
        if token.norm_ in _MODAL and k + 1 < len(tokens) and tokens[k + 1].norm_ in _LINKING:
            return _FUTURE                 # «может стать»
        if token.norm_ in _LEAVING and tense == "past":
            return _FORMER                 # «покинул пост министра»
        if token.norm_ in _BECOMING and tense is not None:
            return {"past": _APPOINTED, "future": _FUTURE}.get(tense)
        if token.norm_ in _BEING and tense is not None:
            if tense == "present" and token.norm_ != "быть" and k > 0 and _tense(tokens[k - 1]) == "future":
                return _FUTURE           # «будет возглавлять»
            return {"past": _FORMER, "future": _FUTURE}.get(tense)
    return None


def _position_mentions(ctx: Context, phrase: PostPhrase, mentions: list[Mention], one: bool = False) -> None:
    """POSITION mentions of a singular post phrase (or, with ``one``, of one of a plural post
    with its holder named), nested as the devset annotates posts: the
    whole phrase with a region or country adjective before it («российский президент»), the
    post word alone when the phrase is longer («президент», «министр» in «министр
    энергетики»), and, when words stand on both sides, the post word with its left part
    («первый замминистра» in «первый замминистра энергетики»). Plural post words
    («депутаты», «эксперты») name groups, not posts."""
    doc = ctx.doc
    if (_plural(ctx, doc[phrase.noun]) or _counted(doc, phrase)) and not one:
        return
    status_at = {s.start: s for s in ctx.kind("STATUS") if not any(_predicate(t) for t in s)}
    start = _label_start(doc, phrase.start, phrase.head, status_at)   # «Бывший спикер» is a «спикер»
    while start < phrase.head and doc[start].pos_ == "ADJ" and _evaluative(ctx, doc[start]) \
            and not any(p.start == start and p.end == phrase.head + 1 for p in ctx.kind("POST")):
        start += 1       # «популярный блогер» is annotated «блогер»; «научный сотрудник» is a label
    geo = next((s for s in ctx.kind("ADJ") if s.end == start), None)
    if geo is not None:
        start = geo.start
    last = phrase.end
    if phrase.head + 1 < phrase.end and doc[phrase.head + 1].norm_ in _COLLECTIVES:
        last = phrase.head + 1   # «Руководитель | центра», «капитана | команды»: a body unnamed
    elif _plain_genitive_after(ctx, phrase) and not _field_post(ctx, phrase.post_type):
        last = phrase.head + 1   # «лидер | оппозиции», «глава | подполья»: whom it leads, not its title
    end_char = doc[last - 1].idx + len(doc[last - 1])
    mentions.append(Mention(doc[start].idx, end_char, "POSITION", None))
    seat = _seat_end(ctx, phrase)
    if seat is not None:
        # «полпреда президента РФ в округе», «глава представительства США в регионе»: a post for a
        # place is named with its body and the place
        mentions.append(Mention(doc[start].idx, doc[seat - 1].idx + len(doc[seat - 1]), "POSITION", None))
    if phrase.body_end is not None and phrase.end < len(doc) and doc[phrase.end].norm_ == "от":
        # «наблюдатель от ОБСЕ», «депутат от партии «Новые правые»»: the post with whom it represents
        last = phrase.body_end
        text = doc[start:last].text
        if last < len(doc) and doc[last].text in "»”\"" and text.count("«") > text.count("»"):
            last += 1
        mentions.append(Mention(doc[start].idx, doc[last - 1].idx + len(doc[last - 1]), "POSITION", None))
    head = doc[phrase.head]
    head_start = _head_start(doc, phrase)
    if phrase.noun < phrase.head and head.pos_ == "NOUN" and _case(head) == "Gen":
        # a label with its genitive («глава государства», «полномочный представитель президента»):
        # the post word is its first noun, not «государства» or «президента»
        head = doc[phrase.noun]
        head_start = head.idx
    head_end = head.idx + len(head)
    # a chain of posts («заместитель начальника», «помощник госсекретаря») is one post
    chain = phrase.head + 1 < phrase.end and any(p.start == phrase.head + 1 for p in ctx.kind("POST"))
    if (head_start, head_end) != (doc[start].idx, end_char) and not chain:
        mentions.append(Mention(head_start, head_end, "POSITION", None))
    if head_start > doc[start].idx and head_end < end_char and not chain and geo is None \
            and _rank_left(ctx, doc[start:phrase.head]):
        # «первый замминистра» of «первый замминистра энергетики»; not «российского министра»
        mentions.append(Mention(doc[start].idx, head_end, "POSITION", None))
    if geo is not None and head_end < end_char and not chain \
            and (phrase.head + 1 >= len(doc) or doc[phrase.head + 1].norm_ != "по") \
            and not any(t.pos_ == "ADJ" for t in doc[geo.end:phrase.head]):
        # the post without its country adjective: «министра обороны» of «российского министра
        # обороны»; not with a «по» domain («японского премьера по курильской проблеме»)
        mentions.append(Mention(head_start, end_char, "POSITION", None))


_TITLE_ADJECTIVES = {"государственный", "генеральный", "чрезвычайный", "полномочный"}
# titles of their own: «Государственный секретарь», «генеральный прокурор»


def _rank_left(ctx: Context, words: Span) -> bool:
    """The left part of a post is a rank when its words are ordinals or rank adjectives («первый
    замминистра», «Государственный секретарь»), not an adjective of the body («Федеральный министр
    транспорта» is a minister of the federal government)."""
    for token in words:
        if token.pos_ != "ADJ":
            continue
        parses = ctx.normalizer.morph_vocab(token.text)
        if not parses or not ("Anum" in parses[0].tag or parses[0].normal in _RANK_ADJECTIVES
                              or parses[0].normal in _TITLE_ADJECTIVES):
            return False
    return True


def _region_on(ctx: Context, k: int) -> int | None:
    """The end of a place named after «на» at ``k``: a LOC name in the locative («на Южном
    Кавказе», «на Ближнем Востоке», «на Украине»), not an event («на пресс-конференции»)."""
    doc = ctx.doc
    if doc[k].norm_ != "на":
        return None
    place = next((sp for sp in ctx.ner("LOC") if sp.start == k + 1), None)
    if place is None or _case(doc[place.end - 1]) != "Loc":
        return None
    return place.end


def _occasion_on(ctx: Context, k: int) -> int | None:
    """The end of «на» and an occasion in the locative at ``k`` right before a name («на
    переговорах», «на пресс-конференции», «на встрече в Москве» is too long): a noun with at
    most one adjective, no name."""
    doc = ctx.doc
    j = k + 1
    if j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].text[:1].islower():
        j += 1
    if j >= len(doc) or doc[j].pos_ != "NOUN" or _case(doc[j]) != "Loc" or not doc[j].text[:1].islower():
        return None
    return j + 1 if any(sp.start == j + 1 for sp in ctx.ner("PER")) else None


_LED_BY = ({"во"}, {"главе"}, {"с", "со"})     # as written: «во главе с», «во главе со»


def _chamber_of_the_represented(ctx: Context, phrase: PostPhrase, bodies: BodyIndex) -> str | None:
    """«Сенатор от Калужской области»: a post whose type names a gazetteer body (``kg:impliedBody``)
    is held in it when its holder represents a federal subject named after «от» (not «сенатор от
    штата Иллинойс»). The body is added to the article's bodies."""
    concept = ctx.ontology.concepts.get(_iri(phrase.post_type))
    if concept is None or concept.implied_body is None:
        return None
    mention = _named_after_from(ctx, bodies, phrase.body_end if phrase.body_end is not None else phrase.end)
    entity = ctx.ontology.entity(concept.implied_body)
    if mention is None or bodies.bodies[mention.key].kind != "region" or entity is None:
        return None
    body = _entity_body(entity)
    bodies.bodies.setdefault(body.key, body)
    return body.key


def _delegation_led(ctx: Context, phrase: PostPhrase, bodies: BodyIndex) -> tuple[bool, str | None]:
    """Whether the post heads a delegation («делегацию провинции Хэнань во главе с
    вице-губернатором Ли Мином»), and the body the delegation is from when one is named in it.
    Its head holds a post of that party, not of the article's region (None when the party is
    no body of its own)."""
    doc = ctx.doc
    k = phrase.start - len(_LED_BY)
    if k < 1 or not all(t.lower_ in words for t, words in zip(doc[k:phrase.start], _LED_BY)):
        return False, None
    start = ctx.sent(k).start
    delegation = str(BODY.delegation)
    word = next((s for s in reversed(ctx.kind("BODY")) if s.kb_id_ == delegation and start <= s.start
                 and s.end <= k and k - s.end <= 8), None)
    if word is None:
        return False, None
    party = next((m.key for m in reversed(bodies.mentions) if not m.generic and word.end <= m.start
                  and m.end <= k and bodies.bodies[m.key].body_type != delegation), None)
    return True, party


def _territory_served(ctx: Context, phrase: PostPhrase, bodies: BodyIndex, person: Span) -> str | None:
    """A post with no body and a territory after «в» right after it serves that territory:
    «Уполномоченный по правам человека в Калужской области Юрий Зельников», «назначили Ирину
    Агееву уполномоченным по правам ребёнка в Калужской области». A holder named after the
    post comes right after the territory."""
    doc = ctx.doc
    k = phrase.end
    if k + 1 >= len(doc) or doc[k].norm_ not in ("в", "во") or phrase.start < person.start < k:
        return None
    place = bodies.starting_at(k + 1)
    if place is None or bodies.bodies[place.key].kind not in ("region", "city", "country", "place") \
            or person.start > k and place.end != person.start:
        return None
    return place.key


def _seat_of_its_kind(ctx: Context, phrase: PostPhrase, bodies: BodyIndex, seat_end: int) -> str | None:
    """The body the post's seat names when it is of the kind the post implies: «Полномочный
    представитель Президента России в Центральном федеральном округе» → the district."""
    concept = ctx.ontology.concepts.get(_iri(phrase.post_type))
    seat = bodies.at(seat_end - 1)
    if concept is None or concept.implied_body_type is None or seat is None or seat.generic:
        return None
    body = bodies.bodies.get(seat.key)
    return seat.key if body is not None and body.body_type \
        and concept.implied_body_type in ctx.ontology.broader_chain(_iri(body.body_type)) else None


def _seat_end(ctx: Context, phrase: PostPhrase) -> int | None:
    """The token after «в» and a place word right after the post's genitive body, if any;
    or the end of a region after «на» («посол Евросоюза на Южном Кавказе»)."""
    doc = ctx.doc
    k = phrase.body_end
    if k is not None and k + 1 < len(doc) and k != phrase.end and _case(doc[phrase.end]) == "Gen":
        on = _region_on(ctx, k)
        if on is not None:
            return on
    if k is None or k + 1 >= len(doc) or doc[k].norm_ not in ("в", "во") or k == phrase.end:
        return None
    if _case(doc[phrase.end]) != "Gen":
        return None
    place = doc[k + 1]
    # a place: a gazetteer name or a territory word («в округе», «в регионе»), not «в ходе визита»
    found = next((s.end for s in ctx.kind("GAZ") + ctx.kind("BODY") if s.start == k + 1), None)
    if place.pos_ not in ("NOUN", "PROPN") and not (place.pos_ == "ADJ" and found is not None) \
            or _case(place) != "Loc" or place.is_sent_start:
        return None     # (a gazetteer name may open with its adjective: «в Центральном федеральном округе»)
    if found is not None and found < len(doc) and found == k + 2 and doc[found].pos_ == "NOUN" \
            and doc[found].text[:1].islower() and _case(doc[found]) == "Gen":
        return None    # «премии президента РФ в области науки»: a field, not a place
    return found if found is not None or ctx.normalizer.lemma(place.text) not in ("округ", "столица") else k + 2


def _posts_inside_bodies(ctx: Context, bodies: BodyIndex, mentions: list[Mention]) -> None:
    """«администрация президента Обамы», «пресс-служба президента Украины»: a singular post word
    inside a body's name, after its first word, is a POSITION mention too (no official: the
    body is the post holder's office, not his); after «при» with its adjectives and whatever
    its capitals («совета при главном архитекторе Москвы», «Совета при Президенте РФ»)."""
    doc = ctx.doc
    for trigger in ctx.kind("POST"):
        mention = bodies.at(trigger.start)
        if mention is None or mention.generic or mention.start >= trigger.start \
                or trigger.end > mention.end:
            continue
        head = doc[trigger.end - 1]
        start = trigger.start
        while start - 1 > mention.start and doc[start - 1].pos_ == "ADJ":
            start -= 1
        attached = doc[start - 1].norm_ == "при"    # «совета при Президенте», «при главном архитекторе»
        if not attached:
            start = trigger.start
        if not (doc[trigger.start].text[:1].islower() or attached) or "Plur" in head.morph.get("Number"):
            continue
        if trigger.start in {i for sp in ctx.ner("PER") for i in range(sp.start, sp.end)}:
            continue
        if all(doc[k].pos_ == "ADJ" for k in range(mention.start, trigger.start)):
            continue   # «Частного корреспондента»: the post word is the name's own noun
        mentions.append(Mention(doc[start].idx, head.idx + len(head), "POSITION", None))


def _label_words(ctx: Context) -> set[str]:
    """The one-word post labels of the ontology as written (nominative: «замглавы», «министр»)."""
    return ctx.ontology.derived("post label words", lambda: {
        label.lower() for concept in ctx.ontology.concepts.values()
        if concept.scheme == "post" for label in concept.labels if label.replace("-", "").isalpha()})


def _single_posts(ctx: Context, occupations: bool = False) -> set[str]:
    """Lemmas of the one-word post labels of the ontology, or of its occupations only
    (kg:Occupation: «актриса» of «актриса-депутат» says who holds the post); cached per ontology."""
    return ctx.ontology.derived(("single posts", occupations), lambda: {
        ctx.normalizer.lemma(label) for concept in ctx.ontology.concepts.values()
        if concept.scheme == "post" and (concept.occupation or not occupations)
        for label in concept.labels if label.isalpha()})


def _posts_in_compounds(ctx: Context, mentions: list[Mention]) -> None:
    """«первой женщины-спикера», «актриса-депутат»: a singular post word after the hyphen of a
    compound noun is a POSITION mention of its own (the first part says who holds it). Words
    the lexicon knows whole («вице-губернатор», «экс-премьер», «премьер-министр») are left
    to the post phrases."""
    doc = ctx.doc
    in_post = {i for span in ctx.kind("POST") for i in range(span.start, span.end)}
    in_post |= {i for span in ctx.kind("STATUS") for i in range(span.start, span.end)}
    in_name = {i for span in ctx.ner("PER") for i in range(span.start, span.end)}
    posts = None
    for token in [doc[i] for i, text in enumerate(ctx.texts) if "-" in text]:
        if token.i in in_post or token.i in in_name or token.is_punct:
            continue
        first, _, rest = token.text.rpartition("-")
        if not rest.isalpha() or not first.isalpha() or len(first) < 3 or not rest[:1].islower():
            continue
        if posts is None:
            posts = _single_posts(ctx)
        parses = ctx.normalizer.morph_vocab(rest)
        first_post = ctx.normalizer.lemma(first) in posts - _single_posts(ctx, occupations=True)
        if not parses or ctx.normalizer.lemma(rest) not in posts or first_post \
                or parses[0].feats.get("Number") == "Plur":
            continue
        start = token.idx + len(first) + 1
        mentions.append(Mention(start, start + len(rest), "POSITION", None))


_RELATIONS = {"коллега", "преемник", "предшественник", "предшественница"}


def _relations(ctx: Context, mentions: list[Mention]) -> None:
    """«принимает своего французского коллегу Николя Саркози»: a word of office relation right
    before a name stands for that person's post: a POSITION mention, with the country adjective
    before it as one more (no official: the post itself is not named)."""
    doc = ctx.doc
    for span in ctx.ner("PER"):
        i = span.start - 1
        if i < 0 or doc[i].pos_ != "NOUN" or ctx.normalizer.lemma(doc[i].text) not in _RELATIONS \
                or "Plur" in doc[i].morph.get("Number"):
            continue
        end = doc[i].idx + len(doc[i])
        mentions.append(Mention(doc[i].idx, end, "POSITION", None))
        geo = next((a for a in ctx.kind("ADJ") if a.end == i), None)
        if geo is not None:
            mentions.append(Mention(doc[geo.start].idx, end, "POSITION", None))


def _candidacies(ctx: Context, phrases: list[PostPhrase], mentions: list[Mention]) -> None:
    """«кандидатом на пост главы», «кандидат в президенты»: a candidacy for a post is a POSITION
    mention from «кандидат» to the post word (its holder does not hold the post). «Кандидат на
    выборы …» names an election, not a post."""
    doc = ctx.doc
    starts = {p.start: p for p in phrases}
    for token in [doc[i] for i, text in enumerate(ctx.texts) if text.lower().startswith("кандидат")]:
        if ctx.normalizer.lemma(token.text) != "кандидат" or "Plur" in token.morph.get("Number"):
            continue          # (every form of «кандидат» starts so: the dictionary is asked less)
        i = token.i + 1
        if i + 1 < len(doc) and doc[i].norm_ == "на" and doc[i + 1].norm_ in _POST_NOUNS:
            phrase = starts.get(i + 2)      # «на пост главы», «на должность министра»
        elif i < len(doc) and doc[i].norm_ in ("в", "во"):
            phrase = starts.get(i + 1)      # «в президенты», «в депутаты»: the plural of the old accusative
            if phrase is not None and "Plur" not in doc[phrase.head].morph.get("Number"):
                phrase = None
        else:
            phrase = None
        if phrase is not None:
            last = doc[phrase.head]
            mentions.append(Mention(token.idx, last.idx + len(last), "POSITION", None))


def _head_start(doc: Doc, phrase: PostPhrase) -> int:
    """Where the post word starts: the first token of a multi-token post label
    («премьер - министр», «генеральный директор» when the lexicon has it whole)."""
    i = phrase.head
    while i > phrase.start and doc[i - 1].text in ("-", "–") and i - 2 >= phrase.start:
        i -= 2
    return doc[i].idx


def _consolidate(officials: list[Official]) -> list[Official]:
    """One person, one post type: a mention with a body stated with the post wins over
    mentions without one or with a body only implied or taken from the sentence («президент
    Украины Виктор Янукович» … «президент Виктор Янукович», not the article's Турция). A
    former post is another tenure: «Им стал Юрий Моисеев, ранее возглавлявший комитет …» keeps
    the chair he was elected to beside the committee he chaired."""
    named = {}
    for o in officials:
        if o.body is not None and o.evidence is not None and not o.implied:
            named.setdefault((o.person, o.post_type), o)
    kept: list[Official] = []
    seen: set[tuple[str, str, str | None]] = set()
    for o in officials:
        best = named.get((o.person, o.post_type))
        if best is not None and best is not o and o.body != best.body \
                and (o.status == _FORMER) == (best.status == _FORMER):
            if o.body is None or o.implied:
                continue
        key = (o.person, o.post, o.body)
        if key in seen:
            continue
        seen.add(key)
        kept.append(o)
    return kept


def _second_body(ctx: Context, phrase: PostPhrase, bodies: BodyIndex) -> str | None:
    """«член Общественной палаты и российско-американской рабочей группы …»: a second named
    body joined by «и» to the post's own, in its case, is his too (not a person or a place);
    so is one after a dash, another name of it («руководитель Агентства инновационного
    развития – центра кластерного развития Калужской области»)."""
    doc = ctx.doc
    j = phrase.body_end
    if j is None or j + 1 >= len(doc) or doc[j].norm_ != "и" and doc[j].text not in DASHES:
        return None
    mention = bodies.starting_at(j + 1)
    if mention is None or mention.generic or bodies.bodies[mention.key].kind != "org":
        return None
    head = next((t for t in doc[mention.start:mention.end] if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None or _case(head) != _case(doc[j - 1]):
        return None
    return mention.key


def _body_word_after(ctx: Context, phrase: PostPhrase) -> Span | None:
    """The lowercase body-type word right after a post («депутатом | парламента»), longest, with
    the lowercase genitive adjectives before it («членом | бюджетно-финансового парламентского
    комитета»)."""
    doc = ctx.doc
    k = phrase.end
    while True:
        words = [sp for sp in ctx.kind("BODY") if sp.start == k and sp.text[:1].islower()]
        if words or k >= len(doc) or doc[k].pos_ != "ADJ" or not doc[k].text[:1].islower() \
                or _case(doc[k]) != "Gen":
            break
        k += 1      # an adjective of the body («вооружённых сил» is a label of its own)
    if not words:
        return None
    word = max(words, key=lambda sp: sp.end)
    return word if k == phrase.end else Span(doc, phrase.end, word.end, label=word.label_, kb_id=word.kb_id_)


def _represented(ctx: Context, phrase: PostPhrase, bodies: BodyIndex) -> str | None:
    """«депутатом парламента от партии «Новые правые»»: the body a post holder is «от», after
    the post's own body (named or a body word alone), is his too."""
    doc = ctx.doc
    j = phrase.body_end if phrase.body_end is not None else phrase.end
    word = _body_word_after(ctx, phrase) if phrase.body_end is None else None
    if word is not None:
        j = word.end                  # «парламента», no name
    mention = _named_after_from(ctx, bodies, j) if j != phrase.end else None
    return mention.key if mention is not None and bodies.bodies[mention.key].kind == "org" else None


def _named_after_from(ctx: Context, bodies: BodyIndex, j: int) -> BodyMention | None:
    """The body or territory named after «от» at token ``j``, or None."""
    if j + 1 >= len(ctx.doc) or ctx.doc[j].norm_ != "от":
        return None
    mention = bodies.starting_at(j + 1)
    return mention if mention is not None and not mention.generic else None


def _body_named_by_its_word(ctx: Context, phrase: PostPhrase, bodies: BodyIndex) -> str | None:
    """«Руководитель центра Э. Чернова» in an article on the «русский развивающий центр «Кин-
    Топ»»: a post ends in a noun that is the first noun of exactly one named body of the
    article; that body is the post's."""
    doc = ctx.doc
    last = doc[phrase.end - 1]
    body_type = None
    if phrase.end - 1 <= phrase.head or last.pos_ != "NOUN" or _case(last) != "Gen" \
            or not last.text[:1].islower():
        # «депутатом парламента»: a body word right after the post, no name, none resolved
        word_span = _body_word_after(ctx, phrase)
        if word_span is None or bodies.at(phrase.end) is not None:
            return None
        last, body_type = doc[word_span.end - 1], word_span.kb_id_
    word = ctx.normalizer.lemma(last.text)
    found = set()
    for m in bodies.mentions:
        body = bodies.bodies[m.key]
        if m.generic or body.kind != "org" or m.start > 0 and ctx.norms[m.start - 1] in _HEADING:
            continue    # («…, до этого руководивший Тульским театром драмы»: another, his former one)
        nouns = [t for t in doc[m.start:m.end] if t.pos_ in ("NOUN", "PROPN")]
        if nouns and ctx.normalizer.lemma(nouns[0].text) == word \
                or body_type is not None and body.body_type == body_type:
            found.add(m.key)
    return found.pop() if len(found) == 1 else None


def _unnamed_body(ctx: Context, phrase: PostPhrase, bodies: BodyIndex) -> str | None:
    """«представитель вооружённых сил полковник Сансерн Каевкамнерд», «депутатом парламента»: a
    body word right after the post names a body of the article that has no name of its own;
    it becomes a body of this article alone (its key holds the article's id), named by the word."""
    word = _body_word_after(ctx, phrase)
    if word is None or bodies.at(phrase.end) is not None or URIRef(word.kb_id_) not in ctx.ontology.concepts:
        return None
    if _place_type(ctx, word.kb_id_) or str(word.kb_id_) in _KIND_OF_TYPE:
        return None     # «губернатор области», «посол страны»: a territory, not a body
    name = ctx.normalizer.phrase(word)
    territorial = main_territory_body(ctx, bodies, name, word.kb_id_)   # «председатель облдумы»
    key = territorial.key if territorial is not None else ctx.own_key("org", name)
    if key not in bodies.bodies:
        bodies.bodies[key] = territorial or Body(key, name, body_type=word.kb_id_)
    # a reference, not a name: posts after it that imply such a body find it («тренер»)
    _refer(bodies, BodyMention(word.start, word.end, key, generic=True))
    return key


def _body_word_mention(ctx: Context, phrase: PostPhrase, bodies: BodyIndex, mentions: list[Mention],
                       key: str | None) -> None:
    """The body word right after a post, resolved to ``key`` (a named body of the article or an
    unnamed one), is an ORG mention of it: «представитель [вооружённых сил]», «тренера [сборной]»."""
    word = _body_word_after(ctx, phrase)
    there = bodies.at(phrase.end)
    if key is not None and word is not None and (there is None or there.generic and there.key == key):
        mentions.append(Mention(word.start_char, word.end_char, "ORG", key))


def _sentence_body(ctx: Context, phrase: PostPhrase, person: Span, bodies: BodyIndex,
                   attached: set[str | None]) -> str | None:
    """The one named body of the sentence, for a post that names none («В Сенате … спикер Гарри Рид»);
    none for a post whose own words name a body («заместитель председателя правительства»), and
    no body the sentence sends something to («направил в Госдуму») or a speech act after the
    post tells of («Пресс-секретарь президента … пояснил, что решение примет Центробанк»)."""
    if any(phrase.start <= s.start < phrase.end for s in ctx.kind("BODY")):
        return None
    if phrase.body_end is not None or _generic_territory_after(ctx, phrase):
        return None    # «Министр … области Дмитрий Разумовский»: a territory, though not known which
    sent = ctx.sent(phrase.start)
    # what a speech act after the post says is no place he works («… пояснил, что решение
    # примет Центробанк»)
    said = next((s.end for s in ctx.kind("SPEECH") if phrase.end <= s.start < sent.end), sent.end)
    found = {m.key for m in bodies.mentions if sent.start <= m.start < said and not m.generic
             and bodies.bodies[m.key].kind == "org"
             and not (person.start <= m.start < person.end) and m.key not in attached
             and not any(o.start <= m.start and m.end <= o.end and o is not m and o.key in attached
                         for o in bodies.mentions)      # («регионального отделения «Опоры России»»)
             and not _is_media(ctx, bodies.bodies[m.key].body_type)
             and not _interviewed_by(ctx, m.start)
             and not _destination(ctx.doc, m.start)
             and not ctx.visited(m.start)
             and not _partner(ctx.doc, m.start)
             and not _of_its_holders(ctx, m, phrase)
             and not (m.start > 0 and ctx.doc[m.start - 1].norm_ in _HEADING)}
    return found.pop() if len(found) == 1 else None


_TERRITORY_KINDS = ("region", "city", "district", "federal-district", "settlement", "municipal-settlement")


def _of_its_holders(ctx: Context, mention: BodyMention, phrase: PostPhrase) -> bool:
    """A body named by the posts of its members, of the phrase's kind, is not where the post is
    held: «На заседании совета директоров АО «…» генеральным директором назначен …» (the board
    appoints him, the company has him)."""
    chain = {str(c) for c in ctx.ontology.broader_chain(_iri(phrase.post_type))}
    return any(mention.start < p.start and p.end <= mention.end and p.kb_id_ in chain for p in ctx.kind("POST"))


def _generic_territory_after(ctx: Context, phrase: PostPhrase) -> bool:
    """A territory named by its kind alone right after the post: «министр … области», «глава района»."""
    territories = {str(BODY[kind]) for kind in _TERRITORY_KINDS}
    return any(s.start == phrase.end and territories & {str(c) for c in ctx.ontology.broader_chain(_iri(s.kb_id_))}
               for s in ctx.kind("BODY"))


def _partner(doc: Doc, start: int) -> bool:
    """A body after «с» in the instrumental is whom one meets or works with («встретился с
    делегацией Республики Беларусь», «подписал соглашение с компанией …»), not one's own."""
    return start > 0 and doc[start - 1].lower_ in ("с", "со") and _case(doc[start]) == "Ins"


def _interviewed_by(ctx: Context, start: int) -> bool:
    """The body at ``start`` is the one an interview was given to: «В интервью «Калужской
    неделе» министр …» (a paper the ontology does not know as media)."""
    k = start - 1
    if k >= 0 and ctx.texts[k] in QUOTES_OPEN:
        k -= 1
    return k >= 0 and ctx.norms[k] == "интервью"


def _destination(doc: Doc, start: int) -> bool:
    """A name after «в» or «на» in the accusative is where something goes («направил в
    Госдуму»), not where anyone works («в Госдуме»)."""
    return start > 0 and doc[start - 1].lower_ in ("в", "во", "на") and _case(doc[start]) == "Acc"


_PROFESSIONAL = "https://w3id.org/kg-news/ontology/post#professional"


def _is_profession(ctx: Context, post_type: str) -> bool:
    """A profession (a narrower concept of «специалист»: адвокат, врач, бизнесмен) or a rank
    (kg:Rank: «генерал-майор полиции») has a body only when the text attaches one to the word
    itself."""
    concept = ctx.ontology.concepts.get(_iri(post_type))
    if concept is not None and concept.rank:
        return True
    for _ in range(4):
        if concept is None:
            return False
        if str(concept.iri) == _PROFESSIONAL:
            return True
        concept = ctx.ontology.concepts.get(concept.broader) if concept.broader else None
    return False


def _is_media(ctx: Context, body_type: str | None) -> bool:
    """A newspaper, agency or channel named in a sentence is mostly where it was said («в
    интервью газете «Труд» академик Роальд Сагдеев»), not where the person works."""
    concept = ctx.ontology.concepts.get(_iri(body_type)) if body_type else None
    for _ in range(4):
        if concept is None:
            return False
        if str(concept.iri).endswith("#media"):
            return True
        concept = ctx.ontology.concepts.get(concept.broader) if concept.broader else None
    return False
