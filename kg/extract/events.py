"""Events: sessions, forums, seminars, meetings; their titles, places, dates, participants.

An event mention is an event-type word from the ontology, with the «…» title right after it
(«стратегической сессии «Промышленные кластеры, …»»). A later mention of the same type, or a
demonstrative one («этого представительного форума»), refers to the event before it.
Participants come from «приняли участие», «участвовали», «присутствовали» with the list that
follows (people, bodies, and groups: «учёные», «руководители … предприятий»), and from
meeting verbs («встретился с»). «В ходе сессии состоялись семинары» makes the seminars a
part of the session.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .anaphora import referent
from .bodies import BodyIndex, BodyMention, _action_noun, _case, _quoted_end
from .context import QUOTES_CLOSE, QUOTES_OPEN, VISITING, Context
from .model import Event, Group, Mention, Official
from .officials import PostPhrase, _plural
from .people import PRONOUN_GENDERS, PersonIndex, last_person_before

__all__ = ["find_events"]

_DEMONSTRATIVES = {"этот", "данный", "указанный", "тот", "названный", "вышеупомянутый"}
_GATHERING = {"собраться", "съехаться"}
_SPEAKING_AT = {"выступить", "выступать"}     # a cue only with the event it is at: «выступил на совещании»
_PARTICIPATION = {"участие", "участвовать", "присутствовать", "участник", "председательство",
                  "сопровождать"} | _GATHERING | _SPEAKING_AT
# («под председательством губернатора …»: who chairs it takes part in it; «Лидеры … собрались
# на саммит»: who gathers for it; «Его сопровождали …»: who goes with the visitor)
_PART_OF = (("в", "ход"), ("в", "рамка"), ("в", "время"), ("на", "поле"))   # «во время», «на полях»: norms
_MONTHS = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
           "октябр", "ноябр", "декабр"]
# («с 20 по 22 ноября», «20–22 ноября»: the first day)
_DATE_RE = re.compile(r"\b(?:(\d{1,2})\s*(?:по|-|–|—)\s*)?(\d{1,2})\s+(января|февраля|марта|апреля|мая|"
                      r"июня|июля|августа|сентября|октября|ноября|декабря)(?:\s+(\d{4})\s*(?:г\.|года)?)?", re.I)


_WEEKDAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")
_RELATIVE_DAYS = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}
_PAST_WEEK = ("минувший", "прошлый", "прошедший")     # «в минувшую пятницу»
# «в следующий вторник», «в ближайшую пятницу» (its lemma is «близкий»)
_NEXT_WEEK = ("следующий", "ближайший", "близкий", "предстоящий")


def _date(ctx: Context, sent: Span) -> str | None:
    """An explicit date («15 мая 2024 года», «15 мая» in an article of 2024), a weekday
    («в понедельник») as the latest such day on or before the article's date, or a day
    named from the article's date («вчера», «сегодня», «завтра», «накануне» with no event after it).
    Not a deadline («подготовить план до 1 февраля», «не позднее 1 марта»)."""
    match = next((m for m in _DATE_RE.finditer(sent.text)
                  if sent.text[:m.start()].split()[-1:] not in (["до"], ["к"], ["позднее"], ["после"])), None)
    if not match:
        return _weekday(ctx, sent)
    first_day, day, month_word, year = match.groups()
    day = first_day or day
    month = next(k for k, stem in enumerate(_MONTHS, 1) if month_word.lower().startswith(stem))
    if not year and ctx.article.date:
        # the article's year; a day still to come that falls before the article's date is next
        # year's («форум, который пройдёт 15 мая» in November), one past that falls after it
        # last year's («прошёл 20 декабря» in January)
        year = int(ctx.article.date[:4])
        shown = f"{year:04d}-{month:02d}-{int(day):02d}"
        tense = _tense_near(sent, sent.start_char + match.start())
        if tense == "future" and shown < ctx.article.date[:10]:
            year += 1
        elif tense == "past" and shown > ctx.article.date[:10]:
            year -= 1
    if not year:
        return None
    return f"{int(year):04d}-{month:02d}-{int(day):02d}"


def _tense_near(sent: Span, char: int) -> str | None:
    """The tense of the finite verb of the sentence nearest to ``char`` (the date's verb:
    «… пригласил на форум, который пройдёт 15 мая» is future), or None."""
    verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") and t.morph.get("Tense") and "Fin" in t.morph.get("VerbForm")]
    if not verbs:
        return None
    tense = min(verbs, key=lambda t: abs(t.idx - char)).morph.get("Tense")[0]
    return {"Fut": "future", "Past": "past"}.get(tense)


def _weekday(ctx: Context, sent: Span) -> str | None:
    import datetime as dt
    if not ctx.article.date:
        return None
    published = dt.date.fromisoformat(ctx.article.date[:10])
    for token in sent:
        doc, i = token.doc, token.i
        which = doc[i - 1].norm_ if i > 1 and doc[i - 1].norm_ in _PAST_WEEK + _NEXT_WEEK \
            and doc[i - 2].norm_ in ("в", "во") else None
        if token.norm_ in _WEEKDAYS and i > 0 and (doc[i - 1].norm_ in ("в", "во") or which):
            back = (published.weekday() - _WEEKDAYS.index(token.norm_)) % 7
            if which in _PAST_WEEK:
                back = back or 7        # «в минувшую пятницу» on a Friday: a week before
            elif which in _NEXT_WEEK:
                back = -((_WEEKDAYS.index(token.norm_) - published.weekday()) % 7 or 7)
            return (published - dt.timedelta(days=back)).isoformat()
        if token.lower_ in _RELATIVE_DAYS:
            return (published + dt.timedelta(days=_RELATIVE_DAYS[token.lower_])).isoformat()
        if token.lower_ == "накануне" and not (token.i + 1 < len(token.doc)
                                                and "Gen" in token.doc[token.i + 1].morph.get("Case")):
            # «Накануне министр провёл совещание»: the day before; not «накануне выборов»
            return (published - dt.timedelta(days=1)).isoformat()
    return None


def _title_after_genitives(ctx: Context, end: int) -> int | None:
    """The opening quote of an event's name right after its word (``end``) or after up to four
    lowercase genitives that say what it is of, or after «по» and what it is in: «фестиваль науки
    «Наука 0+»», «конкурс профессионального мастерства «Педагог года»», «соревнования по самбо
    «Кубок Победы»» (not a body's: «визит делегации компании «…»»)."""
    doc = ctx.doc
    k = end
    # (a body's or a post's word in the singular names whose the quoted name is; not a plural:
    # «форум некоммерческих организаций «Добро рядом»»)
    words = ctx.memo.get("singular body and post words")
    if words is None:
        words = ctx.memo["singular body and post words"] = {
            i for s in ctx.kind("BODY") + ctx.kind("POST") for i in range(s.start, s.end)
            if "Plur" not in doc[i].morph.get("Number")}
    on = False      # «соревнования по самбо «Кубок Победы»»: its sport
    while k < len(doc) and k - end < 4 and not doc[k].is_sent_start and k not in words and (
            doc[k].norm_ == "по" and k == end and not on
            or doc[k].text[:1].islower() and doc[k].pos_ in ("NOUN", "ADJ") and (on or _case(doc[k]) == "Gen")):
        on = on or doc[k].norm_ == "по"
        k += 1
    if k < len(doc) and ctx.texts[k] in QUOTES_OPEN and (k == end or doc[k - 1].pos_ == "NOUN"):
        return k
    return None


def _destination(ctx: Context, bodies: BodyIndex, trigger: Span, end: int) -> str | None:
    """Where a visit goes, named right after its word: «В рамках визита в Калужскую область
    министр … посетил школу в Обнинске» is a visit to the region."""
    if end + 1 >= len(ctx.doc) or ctx.norms[end] not in ("в", "во") or not _is_visit_type(ctx, trigger.kb_id_):
        return None
    place = bodies.starting_at(end + 1)
    return place.key if place is not None and not place.generic \
        and bodies.bodies[place.key].kind in _PLACES else None


def _place(ctx: Context, bodies: BodyIndex, sent: Span, after: int | None = None) -> str | None:
    """A city or region named after «в» in the sentence (or after a body there: «в парке «Ворсино»
    Боровского района»), or visited («посетил Людиновский район»); else a body that hosts the
    event (see ``_body_hosting``; ``after`` is the token after the event's mention)."""
    doc = ctx.doc
    found = None
    for m in bodies.mentions:
        if m.generic or not (sent.start <= m.start < sent.end):
            continue
        body = bodies.bodies[m.key]
        if body.kind not in ("city", "region", "place", "country") or m.start == 0:
            continue
        prep = m.start - 1
        inside = bodies.ending_at(m.start)
        if inside is not None and not inside.generic and bodies.bodies[inside.key].kind == "org" and inside.start > 0:
            prep = inside.start - 1      # «в индустриальном парке «Ворсино» Боровского района»
        if (doc[prep].norm_ in ("в", "во") and not _a_posts_seat(ctx, bodies, prep)
                or ctx.visited(m.start)):
            if found is None or (body.kind == "city" and bodies.bodies[found].kind != "city"):
                found = m.key
    return found or _body_hosting(ctx, bodies, sent, after)


_TAKING_PLACE = {"пройти", "проходить", "состояться", "открыться", "начаться", "завершиться"}


def _body_hosting(ctx: Context, bodies: BodyIndex, sent: Span, after: int | None = None) -> str | None:
    """«В администрации Жуковского района прошли публичные слушания», «провёл выездное
    совещание в Людиновской центральной районной больнице», «Встреча … прошла в Доме музыки»: a
    body named after «в» right before or after a verb of taking place, or right after the event's
    mention (``after``), is where the event is (no city or region named)."""
    doc = ctx.doc
    for m in bodies.mentions:
        if m.generic or not (sent.start < m.start < sent.end) or bodies.bodies[m.key].kind != "org":
            continue
        if doc[m.start - 1].norm_ in ("в", "во") and _case(doc[m.start]) == "Loc" \
                and (m.end < sent.end and ctx.norms[m.end] in _TAKING_PLACE or m.start - 1 == after
                     or m.start - 2 > sent.start and ctx.norms[m.start - 2] in _TAKING_PLACE
                     and doc[m.start - 2].pos_ == "VERB"):    # («… прошла в Доме музыки»)
            return m.key
    return None


def _a_posts_seat(ctx: Context, bodies: BodyIndex, prep: int) -> bool:
    """«в» at ``prep`` names where a post is held, not where the event is: «с послом Беларуси в
    Российской Федерации», «посол в России»."""
    before = prep - 1
    if before < 0:
        return False
    whose = bodies.at(before)
    if whose is not None and not whose.generic:
        before = whose.start - 1      # the post's body: «Послом Республики Беларусь»
    return before >= 0 and any(s.start <= before < s.end for s in ctx.kind("POST"))


def find_events(ctx: Context, people: PersonIndex, bodies: BodyIndex, phrases: list[PostPhrase],
                officials: list[Official], mentions: list[Mention]) -> tuple[dict[str, Event], dict[str, Group]]:
    """Find the article's events and participant groups; append EVENT mentions."""
    doc = ctx.doc
    named = _Named(ctx, bodies, phrases, officials)
    events: dict[str, Event] = {}
    groups: dict[str, Group] = {}
    at_token: dict[int, str] = {}    # token index of an event mention → event key
    mention_end_at: dict[int, int] = {}   # token of an event word → the end of its mention («заседании Совета …»)
    of_body: dict[str, str] = {}     # body key → the last event of that body («заседание совета»)
    order: list[str] = []
    triggers = sorted(ctx.kind("EVENT"), key=lambda s: (s.start, -(s.end - s.start)))
    covered: set[int] = set()
    title_doc_sent = ctx.sent(0) if len(doc) and ctx.article.title else None
    _visits_by_verb(ctx, people, bodies, named, events, order, mentions, at_token)
    for trigger in triggers:
        if trigger.start in covered or bodies.at(trigger.start):
            continue
        # («Соглашение подписали …»: a verb's event named before its verb)
        head = next((t for t in reversed(trigger) if t.pos_ in ("NOUN", "PROPN")), doc[trigger.end - 1])
        if head.pos_ not in ("NOUN", "PROPN") or _is_meeting(ctx, trigger):
            continue
        if len(trigger) == 1 and ctx.norms[trigger.start] in _PHASES and trigger.end < len(doc) \
                and doc[trigger.end].pos_ in ("NOUN", "ADJ") and _case(doc[trigger.end]) == "Gen":
            continue     # «на открытии научной конференции»: the conference's; «открытии памятника»: none
        covered.update(range(trigger.start, trigger.end))
        start, end = trigger.start, trigger.end
        while start > 0 and doc[start - 1].pos_ == "ADJ" and doc[start - 1].norm_ not in _DEMONSTRATIVES:
            start -= 1
        demonstrative = any(doc[j].norm_ in _DEMONSTRATIVES for j in range(max(0, start - 2), start))
        opening = _title_after_genitives(ctx, end)
        quoted = _quoted_end(doc, opening) if opening is not None else None
        title = None
        if quoted:
            title = " ".join(doc[opening + 1:quoted - 1].text.split())
            end = quoted
        mention_end = end
        key = label = None
        if title:
            key = f"event:{title}"
        elif (demonstrative or not _has_new_content(doc, end)) and order:
            key = _corefer(ctx, events, order, trigger.kb_id_, demonstrative)
        if key is None:
            # an unnamed event: its label is the phrase with what follows («семинары по …»)
            verbal = any(t.pos_ == "VERB" for t in trigger)   # «подписали соглашение о …»
            j = end
            if j < len(doc) and (doc[j].norm_ == "по" or verbal and doc[j].norm_ in ("о", "об")):
                j += 1
                while j < len(doc) and not doc[j].is_sent_start and (
                        doc[j].pos_ in ("NOUN", "ADJ", "PROPN") or doc[j].norm_ in ("и",)
                        or doc[j].norm_ == "к" and j + 1 < len(doc) and _case(doc[j + 1]) == "Dat") \
                        and not doc[j].is_punct:
                    j += 1      # («по подготовке к паводку»: what it prepares for)
                    its_name = _quoted_end(doc, j) if j < len(doc) and doc[j - 1].pos_ == "NOUN" else None
                    if its_name:
                        j = its_name    # «… по вопросам развития особой экономической зоны «Алабуга»»
            while j > end and doc[j - 1].norm_ == "и":
                j -= 1
            if j == end and not verbal:
                j = _whose(ctx, bodies, end)     # «заседание инвестиционного совета»
            if verbal:
                # a verb's event is named by its type, with what the words after its noun add:
                # «подписание соглашения о сотрудничестве»
                noun = next((k for k in range(trigger.start, trigger.end) if doc[k].pos_ == "NOUN"), end - 1)
                # (past the verb of «Соглашение подписали»)
                label = " ".join([_label_of_noun(ctx, trigger.kb_id_, doc[noun])]
                                 + doc[max(noun + 1, trigger.end):j].text.split())
                start = trigger.start
            else:
                label = ctx.normalizer.phrase(doc[start:j])
            if doc[start].is_sent_start and (doc[start].pos_ != "PROPN" or start == trigger.start) \
                    and not doc[start].text.isupper():
                # «Заседание коллегии провела …»; the event's own word, whatever the tagger says
                # («Совещание прошло под руководством …» is a PROPN to it)
                label = label[:1].lower() + label[1:]
            key = f"event:{ctx.article.id}:{label}"
            mention_end = j
        sent = ctx.sent(trigger.start)
        event = events.get(key)
        if event is None:
            # a name of its own: quoted, or opening with a capital mid-sentence («открылся VII
            # Калужский инвестиционный форум»)
            proper = not doc[start].is_sent_start and doc[start].text[:1].isupper() and doc[start].pos_ == "ADJ"
            event = events[key] = Event(key, trigger.kb_id_, title or label, bool(title) or proper)
            order.append(key)
        event.evidence.append(ctx.span_evidence(doc[start:mention_end]))
        # «Вчера в Обнинске открылся технопарк. В церемонии открытия приняли участие …»: an event
        # that opens its sentence, in a sentence that names no place or day, is where and when
        # the sentence before tells
        before = ctx.sent(sent.start - 1) if sent.start > 0 and start - sent.start <= 2 \
            and doc[sent.start].norm_ in ("в", "во", "на") else None
        # (a verb's event ends with what it is about: «подписали соглашение о строительстве
        # завода в индустриальном парке …» is not signed in the park)
        hosted_after = mention_end if all(t.pos_ != "VERB" for t in trigger) else None
        event.place = event.place or _destination(ctx, bodies, trigger, end) \
            or _place(ctx, bodies, sent, hosted_after) or (
            _place(ctx, bodies, before) if before is not None else None) or (
            _place(ctx, bodies, title_doc_sent) if title_doc_sent is not None else None)
        event.date = event.date or _date(ctx, sent) or (_date(ctx, before) if before is not None else None)
        for i in range(trigger.start, trigger.end):
            at_token[i] = key
            mention_end_at[i] = mention_end
        whose = bodies.starting_at(end) or bodies.starting_at(mention_end)
        if whose is not None and not whose.generic:
            of_body[whose.key] = key          # «заседание координационного совета …»
        governed = _case(doc[trigger.start]) == "Gen" and start > 0 and doc[start - 1].pos_ == "NOUN" \
            and _case(doc[start - 1]) == "Gen"      # deep in a chain of genitives
        if mention_end < sent.end and doc[mention_end].norm_ == "между" and not governed:
            # «подписание соглашения между Россией и Украиной»: the parties take part (not in
            # «матча отборочного цикла чемпионата Европы между Россией и Арменией», the match's)
            stop = next((k for k in range(mention_end + 1, sent.end) if doc[k].pos_ == "VERB"
                         or doc[k].is_punct and doc[k].text not in QUOTES_OPEN + QUOTES_CLOSE), sent.end)
            for a, b in _list_items(ctx, bodies, phrases, mention_end + 1, stop):
                ref = _participant(ctx, people, bodies, named, a, b, groups, case="Ins")
                if ref is not None and ref not in [p for p, _ in event.participants]:
                    event.participants.append((ref, ctx.span_evidence(doc[a:b])))
        with_group = doc[start:mention_end]
        holder = _genitive_holder(ctx, people, phrases, mention_end) \
            if not title and all(t.pos_ != "VERB" for t in trigger) else None
        at = holder[1].end if holder is not None else None
        if _with_a_group(ctx, with_group, at) and any(ctx.norms[k] in _TAKING_PLACE and doc[k].pos_ == "VERB"
                                                      and not _negated(ctx, k) for k in range(sent.start, sent.end)):
            # «прошло совещание с главами муниципальных образований»: the group it is held with;
            # «совещание Президента России Владимира Путина с членами Правительства»: and its holder
            group = _group_met(ctx, people, bodies, named, with_group, groups, at)
            if group is not None and group[0] not in [p for p, _ in event.participants]:
                event.participants.append((group[0], ctx.span_evidence(group[1])))
        if holder is not None and holder[0] not in [p for p, _ in event.participants]:
            # «Прошло совещание губернатора Владислава Шапши»: whose it is takes part
            event.participants.insert(0, (holder[0], ctx.span_evidence(holder[1])))
        mentions.append(Mention(doc[start].idx, doc[mention_end - 1].idx + len(doc[mention_end - 1]),
                                "EVENT", key))
    _meetings(ctx, people, bodies, named, events, order, mentions, groups, at_token)
    # parts: «в ходе сессии состоялись семинары»
    for sent in ctx.sents:
        keys = [at_token[i] for i in range(sent.start, sent.end) if i in at_token]
        keys = list(dict.fromkeys(keys))
        if len(keys) < 2:
            continue
        for i in range(sent.start, sent.end - 1):
            parent = _part_of_event(ctx, at_token, sent, i)
            if parent is not None:
                for key in keys:
                    if key != parent and events[key].parent is None and events[parent].parent != key:
                        events[key].parent = parent
    _visitors(ctx, people, named, events, at_token)     # (before those who go with them: «Его сопровождали …»)
    _hosts(ctx, people, named, events, at_token)
    # participants
    held_alone: list[tuple[Event, str, Span, bool]] = []     # holders of events held with nobody named
    for sent in ctx.sents:
        keys = list(dict.fromkeys(at_token[i] for i in range(sent.start, sent.end) if i in at_token))
        spoken_at = {i: _spoke_at(ctx, at_token, i) for i in range(sent.start, sent.end)
                     if ctx.norms[i] in _SPEAKING_AT}
        cue = next((i for i in range(sent.start, sent.end) if (ctx.norms[i] in _PARTICIPATION or _led_by(ctx, i))
                    and (i not in spoken_at or spoken_at[i] is not None)), None)
        if cue is not None and _negated(ctx, cue):
            continue        # «не принял участия», «не смог принять участие», «отказался от участия»
        if cue in spoken_at:
            keys = [spoken_at[cue]]
        elif cue is not None and ctx.norms[cue] == "участие" and cue > 0 and ctx.norms[cue - 1] in ("с", "со"):
            # «В рамках форума … прошла панельная сессия с участием …»: the event right before
            before = [i for i in at_token if sent.start <= i < cue]
            keys = [at_token[max(before)]] if before else keys
        if not keys and cue is not None and (_pronoun_before(doc, sent.start, cue) or _to_the_participants(ctx, cue)):
            # «Прошёл форум. В нём приняли участие …»: the event named last before, of the
            # pronoun's gender («Церемония подписания прошла в рамках форума. В ней …»)
            before = [i for i in at_token if i < sent.start]
            agreeing = [i for i in before if _agrees_with_pronoun(doc, sent.start, cue, doc[i])]
            keys = [at_token[max(agreeing or before)]] if before else []
        if not keys and cue is not None and ctx.norms[cue] == "сопровождать":
            # «… посетил Людиновский район с рабочей поездкой. Его сопровождали …»: the visit
            # named in the sentence before
            keys = _visit_before(ctx, events, at_token, sent)
        if not keys and cue is not None:
            # «… прошло заседание координационного совета. В работе совета приняли участие …»
            keys = _of_a_body_before(ctx, bodies, of_body, sent, cue)
        if cue is None:
            _held_with(ctx, people, bodies, named, events, sent, at_token, groups, held_alone)
            continue
        if ctx.norms[cue] in _GATHERING:
            # «Лидеры … собрались на саммит»: a finite verb, the event right after it, who
            # gathers right before it (not «призвал сторонников собраться на митинг»)
            after = next((at_token[k] for k in range(cue + 1, min(cue + 4, sent.end)) if k in at_token), None)
            if after is None or "Fin" not in doc[cue].morph.get("VerbForm"):
                continue
            keys = [after]
        if not keys or cue is None:
            continue
        event = events[keys[0]]
        cue_end = cue + 1
        while cue_end < sent.end and doc[cue_end].norm_ in ("принять", "приняли", "в", "работа") \
                and not any(k in at_token for k in range(cue + 1, cue_end)) or \
                (cue_end < sent.end and (cue_end in at_token or _before_an_event_word(ctx, at_token, cue_end))):
            # (past the event's whole mention: «в заседании Совета при Президенте …» names no one;
            # not past the «в» of a place after it: «в выставке «Иннопром» в Екатеринбурге»)
            cue_end = max(cue_end + 1, mention_end_at.get(cue_end, 0))
        items = [] if ctx.norms[cue] in _GATHERING else _list_items(ctx, bodies, phrases, cue_end, sent.end)
        if items and ctx.norms[cue] == "участие" and cue > sent.start and ctx.norms[cue - 1] == "принять":
            # «Губернатор Владислав Шапша принял участие в заседании …, которое провёл …»: who
            # takes part stands before the verb, those after it are named with the event
            clause = max([k + 1 for k in range(sent.start, cue - 1) if doc[k].text in (",", ";", ":", "—")
                          and not any(p.start < k < p.end for p in phrases)], default=sent.start)
            items = [item for item in _list_items(ctx, bodies, phrases, clause, cue - 1)
                     if _named_in(ctx, named, item)] + items
        if ctx.norms[cue] in _SPEAKING_AT and cue + 1 < sent.end and ctx.norms[cue + 1] in ("на", "в", "с", "со"):
            items = []      # «Губернатор … выступил на форуме (с докладом)»: who speaks stands before the verb
        if not items:     # «Лидеры … собрались на саммит»: who gathers stands before the verb
            first = sent.start
            if ctx.norms[cue] in _GATHERING:
                first = max([k + 1 for k in range(sent.start, cue) if doc[k].text in (",", ";", "—", ":")
                             or doc[k].pos_ == "VERB"], default=sent.start)
            items = _list_items(ctx, bodies, phrases, first, cue)
        for item_start, item_end in items:
            ref = _participant(ctx, people, bodies, named, item_start, item_end, groups)
            if ref is not None and ref not in [p for p, _ in event.participants]:
                event.participants.append((ref, ctx.span_evidence(doc[item_start:item_end])))
        for k in range(sent.start + 1, sent.end):
            if ctx.norms[k] in _HOLDING and ctx.norms[k - 1] == "который" and not _negated(ctx, k):
                # «В совещании, которое провёл вице-губернатор …, участвовали …»: its holder too
                _held_by(ctx, people, named, events, sent, k, at_token)
    for event, ref, span, holding in held_alone:
        if ref not in [p for p, _ in event.participants] and (event.participants or holding):
            # «Губернатор провёл заседание правительства области»: who holds it takes part, with
            # others named or not; who signs alone («подписал соглашение о покупке …») only with
            # others named
            event.participants.insert(0, (ref, ctx.span_evidence(span)))
    _together_with(ctx, people, events, at_token)     # (after the holders: «Вместе с ним …»)
    _in_the_course_of(ctx, people, named, events, at_token)
    _organizers(ctx, people, bodies, named, events, at_token, groups)
    # keep an unnamed event only when something is known of it besides its word
    kept = {}
    for key, event in events.items():
        if event.named or event.participants or event.organizers or event.parent or any(
                e.parent == key for e in events.values()):
            kept[key] = event
    for key, event in kept.items():
        if event.parent and event.parent not in kept:
            event.parent = None
    mentions[:] = [m for m in mentions if m.type != "EVENT" or m.ref in kept]
    return kept, groups


def _whose(ctx: Context, bodies: BodyIndex, i: int) -> int:
    """The end of a genitive after an event word that says whose or what the event is: a body
    («заседание Законодательного Собрания», «заседание инвестиционного совета»), not a person.
    Returns ``i`` when there is none."""
    doc = ctx.doc
    named = bodies.starting_at(i)
    if named is not None and not named.generic and _case(doc[i]) in ("Gen", None):
        return named.end
    j = i
    while j < len(doc) and j - i < 4 and not doc[j].is_sent_start and doc[j].text[:1].islower() \
            and doc[j].pos_ in ("ADJ", "NOUN") and _case(doc[j]) == "Gen":
        j += 1
    if j > i and doc[j - 1].pos_ == "NOUN" and any(s.start <= j - 1 < s.end for s in ctx.kind("BODY")) \
            and not any(i <= s.start < j for s in ctx.kind("POST")):   # «совещание глав районов»: whom
        return j
    return i


_VISIT = "https://w3id.org/kg-news/ontology/event#visit"


def _visits_by_verb(ctx: Context, people: PersonIndex, bodies: BodyIndex, named: "_Named",
                    events: dict[str, Event], order: list[str], mentions: list[Mention],
                    at_token: dict[int, str]) -> None:
    """«Заместитель Председателя Правительства … Александр Новак посетил Калужскую область»: a
    visit told by its verb alone, of a territory or of a body named right after the verb
    («посетил завод «Фольксваген Груп Рус»»: «посещение завода …»), by the subject before the
    verb (the names in the nominative, or a post that stands for an official named before),
    there and then. Not when the sentence names a visit or a trip itself («посетил с рабочим
    визитом …»)."""
    doc = ctx.doc
    candidates = [i for i, norm in enumerate(ctx.norms) if norm in _VISIT_VERBS]
    visits = [s for s in ctx.kind("EVENT") if _is_visit_type(ctx, s.kb_id_)] if candidates else []
    for verb in (doc[i] for i in candidates):
        if verb.lemma_ not in _VISIT_VERBS or verb.pos_ != "VERB" \
                or "Fin" not in verb.morph.get("VerbForm") or _negated(ctx, verb.i):
            continue
        sent = ctx.sent(verb.i)
        if any(sent.start <= s.start < sent.end for s in visits):
            continue
        if verb.lemma_ in _ARRIVING:
            place, host = _arrived_at(ctx, bodies, verb.i), None     # «прибыл в Оренбург»
            if place is None:
                continue
        elif verb.lemma_ in _BEING_AT:
            place = host = _been_at(ctx, bodies, sent, verb.i)     # «побывал на заводе …», «В Калуге побывал …»
            if place is None:
                continue
            if bodies.bodies[place.key].kind != "org":
                host = None
        else:
            place = next((m for m in bodies.mentions if verb.i < m.start < sent.end and not m.generic
                          and bodies.bodies[m.key].kind in _PLACES and ctx.visited(m.start)), None)
            host = bodies.starting_at(verb.i + 1)
            if place is None and host is not None and not host.generic and bodies.bodies[host.key].kind == "org":
                place = host          # «посетил завод «Фольксваген Груп Рус» в Калуге»
            elif place is None:
                continue
            else:
                host = None
        # (not across «который»: «Помощник Хиллари Клинтон, который в среду посетил Белград»)
        subjects = [sp for sp in ctx.ner("PER") if sent.start <= sp.start and sp.end <= verb.i
                    and any("Nom" in t.morph.get("Case") for t in sp) and people.key_at(sp)
                    and not _across_which(ctx, sp.end, verb.i)]
        if not subjects and verb.lemma_ in _BEING_AT:
            # «На заводе … побывал вице-премьер Денис Мантуров»: the subject after the verb
            subjects = [sp for sp in ctx.ner("PER") if verb.i < sp.start < sent.end and people.key_at(sp)
                        and all("Nom" in t.morph.get("Case") for t in sp if t.pos_ == "PROPN")][:1]
        if "Plur" not in verb.morph.get("Number"):
            subjects = subjects[-1:]
        persons = [(people.key_at(sp), sp) for sp in subjects] or \
            [(p, sp) for p, sp in named.by_post(sent, []) if sp.end <= verb.i
             and not _across_which(ctx, sp.end, verb.i)][-1:] or \
            _led_delegation(ctx, people, bodies, named, sent, verb.i)
        if not persons:
            continue
        if place is host:
            name = ctx.normalizer.genitive(bodies.bodies[host.key].name)
            label = f"посещение {name[:1].lower() + name[1:] if doc[host.start].text[:1].islower() else name}"
        elif verb.lemma_ in _BEING_AT | _ARRIVING:     # «побывал в Калуге»: a «визит в Калугу»
            where = ctx.normalizer.inflected(bodies.bodies[place.key].name, "Acc")
            label = f"{ctx.ontology.concepts[_iri(_VISIT)].label} в {where}"
        else:
            label = f"{ctx.ontology.concepts[_iri(_VISIT)].label} в {' '.join(doc[place.start:place.end].text.split())}"
        key = f"event:{ctx.article.id}:{label}:{sent.start}"
        event = events.setdefault(key, Event(key, _VISIT, label, False, place.key, _date(ctx, sent)))
        order.append(key)
        event.evidence.append(ctx.span_evidence(sent))
        event.participants += [(person, ctx.span_evidence(span)) for person, span in persons]
        mentions.append(Mention(verb.idx, verb.idx + len(verb), "EVENT", key))
        at_token[verb.i] = key


_BEING_AT = frozenset({"побывать"})    # a visit told as being somewhere: «побывал в Калуге»
_ARRIVING = frozenset({"прибыть", "приехать"})    # a visit told by its arrival: «прибыл в Оренбург»
_VISIT_VERBS = VISITING | _BEING_AT | _ARRIVING


def _arrived_at(ctx: Context, bodies: BodyIndex, verb: int) -> BodyMention | None:
    """The territory right after «прибыл в», «приехал в» (past «с визитом»), in the accusative:
    where the visit goes («прибыл в Оренбург»; not «прибыл в составе делегации»)."""
    k = verb + 1
    while k < len(ctx.doc) and k - verb <= 4 and (ctx.norms[k] in ("с", "со") or ctx.doc[k].pos_ == "ADJ"
                                                   or ctx.norms[k] in ("визит", "поездка")):
        k += 1
    if k + 1 >= len(ctx.doc) or ctx.norms[k] not in ("в", "во"):
        return None
    place = bodies.starting_at(k + 1)
    if place is None or place.generic or bodies.bodies[place.key].kind not in _PLACES \
            or _case(ctx.doc[place.start]) not in ("Acc", None):
        return None
    return place


def _been_at(ctx: Context, bodies: BodyIndex, sent: Span, verb: int) -> BodyMention | None:
    """Where «побывал» was: the first named place or body after «в»/«на» in the prepositional
    after the verb, else the first body before it, or the last place there («На заводе «…» в
    Ворсино побывал …» is at the plant)."""
    doc = ctx.doc
    found = [m for m in bodies.mentions if sent.start < m.start < sent.end and not m.generic
             and doc[m.start - 1].norm_ in ("в", "во", "на") and _case(doc[m.start]) == "Loc"]
    after = [m for m in found if m.start > verb]
    before = [m for m in found if m.end <= verb]
    first_body = next((m for m in before if bodies.bodies[m.key].kind == "org"), None)
    return after[0] if after else first_body or (before[-1] if before else None)


def _led_delegation(ctx: Context, people: PersonIndex, bodies: BodyIndex, named: "_Named", sent: Span,
                    verb: int) -> list[tuple[str, Span]]:
    """«Делегация провинции Хэнань во главе с вице-губернатором Ли Ляном посетила …»: the
    delegation before «во главе с» and the people named after it, up to the verb."""
    doc = ctx.doc
    lead = next((k for k in range(sent.start + 1, verb - 2) if ctx.norms[k] == "глава"
                 and ctx.norms[k - 1] in ("в", "во") and ctx.norms[k + 1] in ("с", "со")), None)
    if lead is None:
        return []
    found = [(people.key_at(sp), sp) for sp in ctx.ner("PER") if lead < sp.start and sp.end <= verb
             and people.key_at(sp)]
    found = found or [(p, sp) for p, sp in named.by_post(sent, []) if lead < sp.start and sp.end <= verb]
    delegation = bodies.ending_at(lead - 1)
    if found and delegation is not None and not delegation.generic and _case(doc[delegation.start]) in ("Nom", None):
        found.insert(0, (delegation.key, doc[delegation.start:delegation.end]))
    return found


def _is_visit(ctx: Context, event: Event) -> bool:
    """A visit or a narrower type («рабочая поездка»)."""
    return _is_visit_type(ctx, event.event_type)


def _is_visit_type(ctx: Context, event_type: str) -> bool:
    return _VISIT in {str(c) for c in ctx.ontology.broader_chain(_iri(event_type))}


def _visit_before(ctx: Context, events: dict[str, Event], at_token: dict[int, str], sent: Span) -> list[str]:
    """The last visit (or trip) named in the sentence before ``sent``."""
    if sent.start == 0:
        return []
    previous = ctx.sent(sent.start - 1)
    found = [at_token[i] for i in sorted(at_token) if previous.start <= i < sent.start]
    found = [key for key in found if _is_visit(ctx, events[key])]
    return found[-1:]


def _visitors(ctx: Context, people: PersonIndex, named: "_Named", events: dict[str, Event],
              at_token: dict[int, str]) -> None:
    """«визит Владимира Путина в Китай», «В ходе визита в Калугу министр Денис Мантуров …»: who
    visits takes part in the visit: the person named in the genitive right after the word, else
    the sentence's subject (its first name in the nominative, or a post that stands for an
    official named before: «В ходе визита глава Ростуризма встретилась …»). Only for a visit
    that has no participant yet."""
    for i, key in sorted(at_token.items()):
        event = events[key]
        if event.participants or not _is_visit(ctx, event):
            continue
        sent = ctx.sent(i)
        names = [sp for sp in ctx.ner("PER") if sent.start <= sp.start < sent.end]
        after = next((sp for sp in names if sp.start == i + 1 and all(
            "Gen" in t.morph.get("Case") for t in sp)), None)
        # (no name of a «который» clause after the word: «По итогам визита стороны договорились о
        # создании группы, которую возглавят …»)
        subject = next((sp for sp in names if all("Nom" in t.morph.get("Case") for t in sp)
                        and not _across_which(ctx, i, sp.start)), None)
        topic = _a_topic(ctx, i, at_token)    # «обсудили подготовку визита президента»: not theirs
        visitor = after or (None if topic else subject)
        key_of = people.key_at(visitor) if visitor is not None else None
        if key_of is None and not topic:
            by_post = [(person, span) for person, span in named.by_post(sent, [])
                       if (_case(ctx.doc[span.start]) == "Nom" or _case(ctx.doc[span.end - 1]) == "Nom")
                       and not _across_which(ctx, i, span.start)]
            key_of, visitor = by_post[0] if by_post else (None, None)
        if key_of is not None:
            event.participants.append((key_of, ctx.span_evidence(visitor)))


_ORGANIZING = {"организовать", "организовывать", "организованный"}
_ORGANIZED = {"организован", "организована", "организовано", "организованы"}    # short participles


_RECEIVING = {"принять", "встретить"}


def _hosts(ctx: Context, people: PersonIndex, named: "_Named", events: dict[str, Event],
           at_token: dict[int, str]) -> None:
    """«Посол … находится с визитом в Санкт-Петербурге. В Смольном его принял вице-губернатор …»,
    «В аэропорту его встретил губернатор …»: who receives the visitor, named after «его принял»,
    takes part in the visit of the sentence before."""
    doc = ctx.doc
    for i in range(1, len(doc)):
        if ctx.norms[i] not in _RECEIVING or doc[i].pos_ != "VERB" or "Fin" not in doc[i].morph.get("VerbForm") \
                or doc[i - 1].lower_ not in ("его", "её", "ее", "их") or _negated(ctx, i):
            continue
        sent = ctx.sent(i)
        visits = _visit_before(ctx, events, at_token, sent)
        if not visits:
            continue
        host = next(((people.key_at(sp), sp) for sp in ctx.ner("PER") if i < sp.start < sent.end
                     and all("Nom" in t.morph.get("Case") for t in sp if t.pos_ == "PROPN") and people.key_at(sp)),
                    None) or next(((p, sp) for p, sp in named.by_post(sent, []) if sp.start > i), None)
        event = events[visits[0]]
        if host is not None and host[0] not in [p for p, _ in event.participants]:
            event.participants.append((host[0], ctx.span_evidence(host[1])))


def _led_by(ctx: Context, i: int) -> bool:
    """«Совещание прошло под руководством первого заместителя губернатора …»: who leads it takes
    part, as one who chairs it («под председательством»)."""
    return ctx.norms[i] == "руководство" and i > 0 and ctx.norms[i - 1] == "под"


def _in_a_topics_clause(ctx: Context, trigger: int, i: int) -> bool:
    """Whether token ``i`` stands in a «который» clause after ``trigger`` that tells of what the
    event is about, not of whom it is with: «договорились о создании рабочей группы, которую
    возглавят X и Y» (not «встретился с делегацией, которую возглавил X»)."""
    which = next((k for k in range(i - 1, trigger, -1) if ctx.norms[k] == "который"), None)
    if which is None:
        return False
    preposition = next((ctx.norms[k] for k in range(which - 1, trigger, -1) if ctx.doc[k].pos_ == "ADP"), None)
    return preposition in ("о", "об", "обо", "по")


def _organizers(ctx: Context, people: PersonIndex, bodies: BodyIndex, named: "_Named",
                events: dict[str, Event], at_token: dict[int, str], groups: dict[str, Group]) -> None:
    """Who organises an event (schema:organizer): «Организатором форума выступило Агентство …»,
    «Организаторы — министерство … и Фонд …» (the event named last before the word); «форум,
    организованный Агентством …», «Форум организован …» (the one named before the participle);
    «Агентство … организовало семинар» (the one named after the verb)."""
    doc = ctx.doc
    for i in [i for i, norm in enumerate(ctx.norms) if norm == "организатор" or norm in _ORGANIZING
              or ctx.texts[i].lower() in _ORGANIZED]:
        norm = ctx.norms[i]
        sent = ctx.sent(i)
        if norm == "организатор" and not _negated(ctx, i):
            k = i + 1
            while k < sent.end and (k in at_token or doc[k].pos_ == "ADJ"):
                k += 1       # «Организатором форума «…»»
            if k < sent.end and doc[k].text in QUOTES_OPEN:
                k = _quoted_end(doc, k) or k
            if k < sent.end and doc[k].text in ("—", "–", ":"):
                first, case = k + 1, "Nom"
            elif k < sent.end and ctx.norms[k] in _BEING_ORGANIZER:
                first, case = k + 1, "Nom"
            else:
                continue
            inside = [j for j in at_token if i < j < k]        # «Организаторы форума «Бизнес» — …»
            before = [j for j in at_token if j < i]
            key = at_token[min(inside)] if inside else at_token[max(before)] if before else None
        elif norm in _ORGANIZING and "Part" in doc[i].morph.get("VerbForm") or doc[i].lower_ in _ORGANIZED:
            first, case = i + 1, "Ins"
            before = [j for j in at_token if sent.start <= j < i]
            key = at_token[max(before)] if before else None
        elif norm in _ORGANIZING and doc[i].pos_ == "VERB" and "Fin" in doc[i].morph.get("VerbForm") \
                and not _negated(ctx, i):
            after = [j for j in at_token if i < j < sent.end]
            key = at_token[min(after)] if after else None
            subject = next((m for m in reversed(bodies.mentions) if sent.start <= m.start and m.end <= i
                            and not m.generic and _case(doc[m.start]) in ("Nom", None)), None)
            person = next((sp for sp in reversed(ctx.ner("PER")) if sent.start <= sp.start and sp.end <= i
                           and any("Nom" in t.morph.get("Case") for t in sp)), None)
            if key is None:
                continue
            found = [(subject.key, doc[subject.start:subject.end])] if subject is not None else \
                [(people.key_at(person), person)] if person is not None and people.key_at(person) else []
            _add_organizers(ctx, events[key], found)
            continue
        else:
            continue
        if key is None:
            continue
        stop = next((j for j in range(first, sent.end) if doc[j].pos_ == "VERB"), sent.end)
        found = []
        for a, b in _list_items(ctx, bodies, named.phrases, first, stop):
            ref = _participant(ctx, people, bodies, named, a, b, groups, case=case)
            if ref is not None and not ref.startswith("group:"):
                found.append((ref, doc[a:b]))
        _add_organizers(ctx, events[key], found)


# «Организатором выступило …», «Организатором является …»
_BEING_ORGANIZER = {"выступить", "выступать", "являться", "стать", "быть"}


def _add_organizers(ctx: Context, event: Event, found: list[tuple[str, Span]]) -> None:
    for ref, span in found:
        if ref not in [o for o, _ in event.organizers]:
            event.organizers.append((ref, ctx.span_evidence(span)))


def _part_of_event(ctx: Context, at_token: dict[int, str], sent: Span, i: int) -> str | None:
    """The event named right after «в ходе», «в рамках», «во время», «на полях» at token ``i``,
    past its adjectives («в рамках Калужского инвестиционного форума»), or None."""
    if (ctx.norms[i], ctx.norms[i + 1]) not in _PART_OF:
        return None
    return _event_from(ctx, at_token, i + 2, sent.end)


def _said_at(ctx: Context, at_token: dict[int, str], sent: Span, i: int) -> str | None:
    """The event after «на» at token ``i`` where a speech act of the sentence before it, with no
    other verb between, was made: «…», – подчеркнул губернатор … на заседании правительства
    области»; «заявил на совещании»."""
    if ctx.norms[i] != "на":
        return None
    act = next((s for s in ctx.kind("SPEECH") if sent.start <= s.start and s.end <= i
                and any(t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm") for t in s)), None)
    if act is None or any(ctx.doc[k].pos_ == "VERB" or ctx.doc[k].is_punct or ctx.norms[k] == "что"
                          for k in range(act.end, i)) \
            or any(a <= i < b for a, b in _quotations(ctx.doc, sent)):
        return None
    return _event_from(ctx, at_token, i + 1, sent.end)


def _event_from(ctx: Context, at_token: dict[int, str], k: int, stop: int) -> str | None:
    """The event whose word stands at token ``k`` or right after adjectives from there, before
    ``stop`` («в рамках | Калужского инвестиционного форума»), or None."""
    while k < stop and k not in at_token and ctx.doc[k].pos_ == "ADJ":
        k += 1
    return at_token.get(k) if k < stop else None


def _across_which(ctx: Context, start: int, end: int) -> bool:
    """A «который» stands in tokens [start, end): a name after it is its clause's, not the
    sentence's subject or object («Помощник Хиллари Клинтон, который в среду посетил Белград»)."""
    return any(ctx.norms[k] == "который" for k in range(start, end))


def _in_the_course_of(ctx: Context, people: PersonIndex, named: "_Named", events: dict[str, Event],
                      at_token: dict[int, str]) -> None:
    """«Губернатор … Владислав Шапша отвечал на вопросы жителей в ходе прямой линии», «На полях
    форума министр … и губернатор … подписали …»: the sentence's subject (its names in the
    nominative before its first finite verb, else its first such name, else a post that stands
    for an official named before) takes part in the event it acts in the course of; not a name
    after «что» or «который», nor in a quotation. Visits have their own rule."""
    doc = ctx.doc
    for sent in ctx.sents:
        for i in range(sent.start, sent.end - 2):
            key = _part_of_event(ctx, at_token, sent, i) or _said_at(ctx, at_token, sent, i)
            if key is None or _is_visit(ctx, events[key]):
                continue
            event = events[key]
            quoted = _quotations(doc, sent)
            clause = next((j for j in range(sent.start, sent.end) if ctx.norms[j] in ("что", "который")), sent.end)
            names = [(people.key_at(sp), sp) for sp in ctx.ner("PER") if sent.start <= sp.start < clause
                     and all("Nom" in t.morph.get("Case") for t in sp) and people.key_at(sp)
                     and not any(a <= sp.start < b for a, b in quoted)]
            verb = next((j for j in range(sent.start, sent.end) if doc[j].pos_ == "VERB"
                         and "Fin" in doc[j].morph.get("VerbForm")), sent.end)
            # (coordinated subjects before the verb all act: «министр … и губернатор … подписали»)
            subjects = [(p, sp) for p, sp in names if sp.end <= verb] or names[:1] or [
                (p, sp) for p, sp in named.by_post(sent, quoted) if sp.start < clause
                and _case(doc[sp.start]) == "Nom"][:1]
            for person, span in subjects:
                if person not in [p for p, _ in event.participants]:
                    event.participants.append((person, ctx.span_evidence(span)))


def _together_with(ctx: Context, people: PersonIndex, events: dict[str, Event], at_token: dict[int, str]) -> None:
    """«Вместе с губернатором Владиславом Шапшой она осмотрела …»: who goes with a visitor takes
    part in the visit of that sentence or of the sentence before."""
    doc = ctx.doc
    for i in range(len(doc) - 2):
        if ctx.norms[i] != "вместе" or ctx.norms[i + 1] not in ("с", "со"):
            continue
        sent = ctx.sent(i)
        if doc[i + 2].lower_ in ("ним", "ней", "нею") and sent.start > 0:
            _with_him(ctx, people, events, at_token, sent, i + 3)
            continue
        name = next((sp for sp in ctx.ner("PER") if i + 2 <= sp.start <= i + 6 and sp.start < sent.end
                     and any("Ins" in t.morph.get("Case") for t in sp)), None)
        key = people.key_at(name) if name is not None else None
        if key is None or any(t.pos_ == "VERB" or t.is_punct for t in doc[i + 2:name.start]):
            continue
        visits = [at_token[k] for k in sorted(at_token) if sent.start <= k < sent.end
                  and _is_visit(ctx, events[at_token[k]])] or _visit_before(ctx, events, at_token, sent)
        if visits and events[visits[-1]].participants and key not in [p for p, _ in events[visits[-1]].participants]:
            events[visits[-1]].participants.append((key, ctx.span_evidence(name)))


def _with_him(ctx: Context, people: PersonIndex, events: dict[str, Event], at_token: dict[int, str],
              sent: Span, start: int) -> None:
    """«… провёл выездное совещание в Людинове. Вместе с ним объекты осмотрели министр … и глава
    …»: those named in the nominative after «вместе с ним» take part in the event named last
    before, when he takes part in it."""
    before = [k for k in at_token if k < sent.start]
    if not before:
        return
    event = events[at_token[max(before)]]
    if not event.participants:
        return
    for span in ctx.ner("PER"):
        key = people.key_at(span) if start <= span.start < sent.end else None
        if key is not None and any("Nom" in t.morph.get("Case") for t in span) \
                and key not in [p for p, _ in event.participants]:
            event.participants.append((key, ctx.span_evidence(span)))


def _meetings(ctx: Context, people: PersonIndex, bodies: BodyIndex, named: "_Named",
              events: dict[str, Event], order: list[str], mentions: list[Mention],
              groups: dict[str, Group], at_token: dict[int, str]) -> None:
    """Meetings and talks: a meeting verb («встретился с», «провели переговоры») or noun
    («встреча между X и Y») with the people of its sentence (two to four of them), named or
    by a post that stands for an official named before («Глава региона встретился с …»); or
    one of them and the group met with («Владислав Шапша встретился с жителями района»)."""
    doc = ctx.doc
    for sent in ctx.sents:
        triggers = [s for s in ctx.kind("EVENT") if sent.start <= s.start < sent.end
                    and _is_meeting(ctx, s) and not _negated(ctx, s.start)]
        hosted = None if triggers else _hosting(ctx, sent)
        if not triggers and hosted is None:
            continue
        # «Смерть Егора …», – сказал в беседе с корреспондентом … Белов: a name quoted in
        # someone's words takes no part in a meeting the quotation does not tell of
        quoted = [q for q in _quotations(doc, sent) if not (triggers and q[0] <= triggers[0].start < q[1])]
        persons = []
        for span in ctx.ner("PER"):
            if sent.start <= span.start < sent.end and not any(a <= span.start < b for a, b in quoted):
                key = people.key_at(span)
                if key and key not in [p for p, _ in persons]:
                    persons.append((key, span))
        for key, span in named.by_post(sent, quoted):
            if key not in [p for p, _ in persons]:
                persons.append((key, span))
        persons.sort(key=lambda item: item[1].start)
        if triggers:
            persons = [(k, sp) for k, sp in persons if not _in_a_topics_clause(ctx, triggers[0].start, sp.start)
                       and not _whose_topic(ctx, named, at_token, sp)]
        subject = _pronoun_subject(ctx, people, sent, triggers[0].start) if triggers and hosted is None else None
        if subject is not None and subject[0] not in [p for p, _ in persons] \
                and not any(sp.start < triggers[0].start for _, sp in persons):
            persons.insert(0, subject)    # «Он встретился с губернатором Игорем Руденей»
        said = _reported_from(ctx, sent, triggers[0].start) if triggers else None
        if said is not None:
            # «Песков сообщил, что Путин и Эрдоган могут встретиться»: who reports it is no part of it
            persons = [(k, sp) for k, sp in persons if sp.start >= said]
        holder = _genitive_holder(ctx, people, named.phrases, triggers[0].end) if triggers else None
        at = holder[1].end if holder is not None else None
        if triggers and _with_a_group(ctx, triggers[0], at):
            # «Лавров на встрече с журналистами … заявления Наото Кана»: met with a group, not
            # with the others the sentence names; «На встрече с жителями губернатор …»: the
            # subject after the group when none stands before; «встреча губернатора … с
            # жителями»: the one named in the genitive
            before = [(k, sp) for k, sp in persons if sp.end <= triggers[0].start]
            subject = next(((k, sp) for k, sp in persons if sp.start > triggers[0].end
                            and any("Nom" in t.morph.get("Case") for t in sp)), None)
            opens = triggers[0].start - 1 == sent.start      # «На встрече с …» opens the sentence
            persons = before or ([holder] if holder is not None else []) \
                or ([subject] if subject is not None and opens else [])
            if len(persons) == 1:
                group = _group_met(ctx, people, bodies, named, triggers[0], groups, at)
                if group is not None:
                    persons.append(group)
        if hosted is not None:
            persons = [(k, sp) for k, sp in persons if sp in hosted[:2]]
        if not persons and triggers and hosted is None:
            _where_the_one_before_was(ctx, bodies, events, order, sent, triggers[0])
        if len(persons) == 1 and triggers and persons[0][1].start > triggers[0].end:
            # «Члены молодёжного парламента встретились с председателем … Новосельцевым»: a group
            # as the subject of the verb
            group = _group_subject(ctx, people, bodies, named, sent, triggers[0], groups)
            if group is not None:
                persons.insert(0, group)
        if not 2 <= len(persons) <= 4:
            continue
        if hosted is None and _after_the_one_before(ctx, events, order, sent, next(
                (t for t in triggers if t.kb_id_ != _MEETING), triggers[0])):
            continue     # «По итогам встречи губернатор поручил министру …»: the meeting told before
        if hosted is not None:
            concept = ctx.ontology.concepts[_iri(_MEETING)]
            label, event_type = concept.label, _MEETING
            trigger = doc[hosted[2]:hosted[2] + 1]
        else:
            # the most specific kind the sentence names: «обсудили … в ходе телефонного разговора»
            # is a phone call, not a meeting
            trigger = next((t for t in triggers if t.kb_id_ != _MEETING), triggers[0])
            event_type = trigger.kb_id_
            # «встреча», but «провёл переговоры» is «переговоры»: a verb's event is named by its type
            label = ctx.normalizer.phrase(doc[trigger.start:trigger.end]) \
                if all(t.pos_ != "VERB" for t in trigger) else ctx.ontology.concepts[_iri(trigger.kb_id_)].label
            if trigger[0].is_sent_start and trigger[0].pos_ != "PROPN" and label[1:2].islower():
                label = label[:1].lower() + label[1:]     # «Встреча … состоялась» is a «встреча»
        key = f"event:{ctx.article.id}:{label}:{sent.start}"
        previous = ctx.sent(sent.start - 1).start_char if sent.start > 0 else sent.start_char
        earlier = _same_meeting(events, order, trigger, event_type, {p for p, _ in persons}, previous) \
            if hosted is None else None
        if earlier is None and hosted is None and _joins_the_one_before(ctx, sent, trigger):
            # «… встреча губернатора с послом … В переговорах также приняли участие …»: the
            # meeting named before, whatever its word
            earlier = next((k for k in reversed(order) if _is_meeting_type(ctx, events[k].event_type)
                            and events[k].evidence and events[k].evidence[0].sent_end <= sent.start_char), None)
        if earlier is None and hosted is None and trigger.start > sent.start \
                and ctx.norms[trigger.start - 1] == "участник" and all(t.pos_ != "VERB" for t in trigger):
            # «В Калуге прошло совещание … Участниками встречи стали …»: the event just named
            earlier = next((k for k in reversed(order) if events[k].evidence
                            and previous <= events[k].evidence[-1].sent_end <= sent.start_char), None)
        key = earlier or key
        event = events.setdefault(key, Event(key, event_type, label, False))
        if key not in order:
            order.append(key)
        event.evidence.append(ctx.span_evidence(sent))
        event.date = event.date or _date(ctx, sent)
        event.place = event.place or _place(ctx, bodies, sent)    # «переговоры в Берлине»
        for person, span in persons:
            if person not in [p for p, _ in event.participants]:
                event.participants.append((person, ctx.span_evidence(span)))
        mentions.append(Mention(trigger.start_char, trigger.end_char, "EVENT", key))
        for i in range(trigger.start, trigger.end):
            at_token.setdefault(i, key)      # «В ходе визита он встретился с …»: a part of the visit


def _where_the_one_before_was(ctx: Context, bodies: BodyIndex, events: dict[str, Event], order: list[str],
                              sent: Span, trigger: Span) -> None:
    """«… встретился с представителями бизнеса. Встреча прошла в Калужском государственном
    университете.»: a meeting noun with no one named, in a sentence of its taking place right
    after a meeting was told, says where and when that one was."""
    if any(t.pos_ == "VERB" for t in trigger) or sent.start == 0 \
            or not any(ctx.norms[k] in _TAKING_PLACE for k in range(trigger.end, sent.end)):
        return
    previous = ctx.sent(sent.start - 1)
    earlier = next((k for k in reversed(order) if _is_meeting_type(ctx, events[k].event_type) and events[k].evidence
                    and previous.start_char <= events[k].evidence[-1].sent_start < sent.start_char), None)
    if earlier is not None:
        events[earlier].place = events[earlier].place or _place(ctx, bodies, sent)
        events[earlier].date = events[earlier].date or _date(ctx, sent)


def _group_subject(ctx: Context, people: PersonIndex, bodies: BodyIndex, named: "_Named", sent: Span,
                   trigger: Span, groups: dict[str, Group]) -> tuple[str, Span] | None:
    """The group a plural meeting verb has as its subject, opening the sentence: «Члены
    молодёжного парламента встретились с …» → «члены молодёжного парламента»."""
    doc = ctx.doc
    verb = next((t for t in trigger if t.pos_ == "VERB"), None)
    start = sent.start
    while start < trigger.start and doc[start].pos_ == "ADV":
        start += 1     # «Вчера школьники встретились …»
    if verb is None or "Plur" not in verb.morph.get("Number") or trigger.start == start \
            or doc[start].pos_ == "ADP":
        return None
    if any(doc[k].pos_ == "VERB" or doc[k].is_punct for k in range(start, trigger.start)) \
            or any(sp.start < trigger.start for sp in ctx.ner("PER") if sp.start >= sent.start):
        return None
    ref = _participant(ctx, people, bodies, named, start, trigger.start, groups)
    return (ref, doc[start:trigger.start]) if ref is not None and ref.startswith("group:") else None


def _pronoun_subject(ctx: Context, people: PersonIndex, sent: Span, trigger: int) -> tuple[str, Span] | None:
    """«Он», «она» in the nominative before the meeting word of its sentence: the last person
    of that gender named before the sentence («Григорий Гуров посетил Тверь. В ходе визита он
    встретился с губернатором …»), with the pronoun as the evidence."""
    doc = ctx.doc
    # the subject of the meeting verb: a few words after the sentence's start (past «В ходе
    # визита»), right before the verb — not «он» of a clause deep in the sentence
    pronoun = next((t for t in doc[max(sent.start, trigger - 3):trigger] if t.lower_ in ("он", "она")
                    and "Nom" in t.morph.get("Case") and t.i - sent.start <= 4), None)
    if pronoun is None or sent.start == 0:
        return None
    key = last_person_before(ctx, people, sent.start, PRONOUN_GENDERS[pronoun.lower_])
    previous = ctx.sent(sent.start - 1)
    if key is None or not any(previous.start <= s.start < previous.end and people.key_at(s) == key
                              for s in ctx.ner("PER")):
        return None      # named in the sentence before, or too far back to be sure
    return key, doc[pronoun.i:pronoun.i + 1]


def _reported_from(ctx: Context, sent: Span, trigger: int) -> int | None:
    """The start of the «что» clause of a speech act that the meeting word stands in («…
    сообщил, что Владимир Путин и Эрдоган могут встретиться»), or None."""
    doc = ctx.doc
    for act in ctx.kind("SPEECH"):
        if sent.start <= act.start and act.end <= trigger:
            k = act.end
            while k < trigger and doc[k].norm_ != "что":
                k += 1
            if k < trigger and k - act.end <= 2:
                return k + 1
    return None


def _same_meeting(events: dict[str, Event], order: list[str], trigger: Span, event_type: str,
                  persons: set[str], previous: int) -> str | None:
    """«… губернатор встретился с послом … По итогам встречи губернатор и посол подписали
    план»: a meeting noun whose people all met in the meeting of that type named last before
    is that meeting. A verb is a meeting of its own, unless the same people do it in the very
    next sentence («Шапша встретился с послом. Шапша и посол обсудили сотрудничество»);
    ``previous`` is where the sentence before starts."""
    verbal = any(t.pos_ == "VERB" for t in trigger)
    for key in reversed(order):
        event = events[key]
        if event.event_type == event_type and not event.named:
            met = {p for p, _ in event.participants}
            if verbal:
                return key if persons == met and event.evidence and event.evidence[-1].sent_end >= previous else None
            return key if persons <= met else None
    return None


def _quotations(doc: Doc, sent: Span) -> list[tuple[int, int]]:
    """The quotations of a sentence as token ranges [start, end) inside the quotes; a quote
    nested in another («… “…” …») is part of the outer one."""
    closing = {"«": "»", "„": "“", "“": "”", '"': '"'}
    found: list[tuple[int, int]] = []
    i = sent.start
    while i < sent.end:
        opening = doc[i].text
        close = closing.get(opening)
        j, depth = i + 1, 1
        while close is not None and j < sent.end:
            if doc[j].text == close:
                depth -= 1
            elif doc[j].text == opening:
                depth += 1
            if depth == 0:
                break
            j += 1
        if close is None or j >= sent.end:
            i += 1
            continue
        found.append((i + 1, j))
        i = j + 1
    return found


_MEETING = "https://w3id.org/kg-news/ontology/event#meeting"
_DELEGATION = "https://w3id.org/kg-news/ontology/body#delegation"
_HOSTING = {"принять", "принимать"}


def _hosting(ctx: Context, sent: Span) -> tuple[Span, Span, int] | None:
    """«Барак Обама принимает в Белом доме своего французского коллегу Николя Саркози»: a person
    receives another, named in the accusative within a few words of «принять»/«принимать»;
    not «принял участие», «принял закон» (no person received). Returns the host's and the
    guest's names and the verb's token index."""
    doc = ctx.doc
    names = [sp for sp in ctx.ner("PER") if sent.start <= sp.start < sent.end]
    for i in range(sent.start, sent.end):
        token = doc[i]
        if token.pos_ != "VERB" or token.norm_ not in _HOSTING or "Fin" not in token.morph.get("VerbForm"):
            continue
        host = [sp for sp in names if sp.end <= i and any("Nom" in t.morph.get("Case") for t in sp)]
        guest = next((sp for sp in names if i < sp.start <= i + 8
                      and all("Nom" not in t.morph.get("Case") for t in sp)
                      and any("Acc" in t.morph.get("Case") for t in sp)), None)
        if host and guest is not None and not any(t.is_punct and t.text in ",;:" for t in doc[i:guest.start]):
            return host[-1], guest, i
    return None


def _genitive_holder(ctx: Context, people: PersonIndex, phrases: list[PostPhrase],
                     at: int) -> tuple[str, Span] | None:
    """The person whose event it is, named in the genitive right after its word, with or
    without a post: «совещание Президента России Владимира Путина», «встреча губернатора
    Владислава Шапши (с жителями)»."""
    doc = ctx.doc
    k = at
    phrase = next((p for p in phrases if p.start == k), None)
    if phrase is not None and _case(doc[phrase.noun]) == "Gen":
        k = max(phrase.end, phrase.body_end or 0)
    name = next((sp for sp in ctx.ner("PER") if sp.start == k), None)
    if name is None or not all("Gen" in t.morph.get("Case") for t in name):
        return None
    key = people.key_at(name)
    return (key, doc[at:name.end]) if key else None


def _with_a_group(ctx: Context, trigger: Span, at: int | None = None) -> bool:
    """«на встрече с журналистами», «переговоров с обоими шахматистами»: the meeting word is
    followed by «с» (at ``at``, past its holder: «встреча губернатора … с жителями») and a
    plural noun (no name), a group it is held with."""
    doc = ctx.doc
    i = trigger.end if at is None else at
    if i + 1 >= len(doc) or doc[i].norm_ not in ("с", "со"):
        return False
    i += 1
    while i < len(doc) and doc[i].pos_ in ("ADJ", "DET", "NUM"):
        i += 1
    if i < len(doc) and (ctx.norms[i] in _COLLECTIVES or _a_delegation(ctx, i)):
        # «провёл встречу с руководством региона», «… с делегацией Государственной Думы»; not
        # with its members named («с делегацией … во главе с председателем … Иваном Крупко»,
        # «…, которую возглавил Иван Петров»): they take part
        sent = ctx.sent(i)
        return not any(i < sp.start and sp.end <= sent.end for sp in ctx.ner("PER"))
    if not (i < len(doc) and doc[i].pos_ == "NOUN" and "Plur" in doc[i].morph.get("Number")
            and not any(sp.start <= i < sp.end for sp in ctx.ner("PER"))):
        return False
    # «с сенаторами от Калужской области Анатолием Артамоновым и …»: the group's members named,
    # in its case (not «На встрече с жителями губернатор Владислав Шапша …», the subject)
    names = {sp.start for sp in ctx.ner("PER") if any("Ins" in t.morph.get("Case") for t in sp)}
    j = i + 1
    while j < min(len(doc), i + 7) and j not in names and doc[j].pos_ in ("NOUN", "ADJ", "PROPN", "ADP", "DET"):
        j += 1
    return j not in names


def _group_met(ctx: Context, people: PersonIndex, bodies: BodyIndex, named: "_Named", trigger: Span,
               groups: dict[str, Group], at: int | None = None) -> tuple[str, Span] | None:
    """The group after «встретился с» (at ``at``, when not right after the trigger): its nouns
    and adjectives («с жителями района», «с ветеранами Великой Отечественной войны»), not what
    follows («с журналистами в понедельник»)."""
    doc = ctx.doc
    start = (trigger.end if at is None else at) + 1
    end = start
    sent = ctx.sent(trigger.start)
    names = {sp.start for sp in ctx.ner("PER")}
    while end < sent.end and doc[end].pos_ in ("NOUN", "ADJ", "PROPN", "DET", "NUM") \
            and (end == start or end not in names and _case(doc[end]) != "Nom"):
        end += 1      # (not into «… губернатор Владислав Шапша», the subject after «На встрече с жителями»)
    ref = _participant(ctx, people, bodies, named, start, end, groups, case="Ins") if end > start else None
    if ref is not None and (ref.startswith("group:") or _a_delegation(ctx, start)):
        return ref, doc[start:end]
    return None


# people as one group («с руководством региона», «с творческой интеллигенцией»)
_COLLECTIVES = {"руководство", "коллектив", "общественность", "актив", "интеллигенция", "молодёжь", "молодежь",
                "студенчество", "духовенство", "казачество", "сообщество", "бизнес-сообщество"}


def _a_delegation(ctx: Context, i: int) -> bool:
    """A delegation (a body of people) is named at token i: «с делегацией Государственной Думы»."""
    return any(s.start == i and s.kb_id_ == _DELEGATION for s in ctx.kind("BODY"))


_PRONOUNS = {"нём", "нем", "ней", "них", "его", "её", "ее", "их"}


def _of_a_body_before(ctx: Context, bodies: BodyIndex, of_body: dict[str, str], sent: Span,
                      cue: int) -> list[str]:
    """«В работе совета приняли участие …»: the event of that body named before («заседание
    координационного совета»), when the body follows «в работе»."""
    doc = ctx.doc
    for i in range(sent.start, cue - 1):
        if doc[i].norm_ in ("в", "во") and doc[i + 1].lower_ == "работе":
            mention = bodies.starting_at(i + 2)
            if mention is not None and mention.key in of_body:
                return [of_body[mention.key]]
    return []


def _spoke_at(ctx: Context, at_token: dict[int, str], verb: int) -> str | None:
    """The event a finite «выступил» speaks at: «на совещании выступил …», «На пленарном
    заседании форума выступили …», «выступил на форуме»; none for «выступил против проведения
    форума» or «Выступая на форуме, …»."""
    doc = ctx.doc
    if "Fin" not in doc[verb].morph.get("VerbForm"):
        return None

    def event_after(prep: int, stop: int) -> str | None:
        first = next((k for k in range(prep + 1, min(stop, prep + 5)) if k in at_token), None)
        if first is None or not all(doc[k].pos_ == "ADJ" or k == prep + 1 and ctx.norms[k] in _PHASES
                                    for k in range(prep + 1, first)):
            return None      # («выступил на открытии научной конференции»: at the conference)
        return at_token[first]

    start = ctx.sent(verb).start
    edge = verb
    if verb - 1 > start and doc[verb - 1].text == ",":
        # «На совещании …, которое провела …, выступил …»: past the «который» clause
        edge = next((j for j in range(verb - 2, start, -1) if doc[j].text == "," and ctx.norms[j + 1] == "который"),
                    verb)
    for k in range(edge - 1, max(start, edge - 20) - 1, -1):
        if ctx.norms[k] in ("на", "в"):
            # («На конференции также выступила …»: an adverb between)
            if all(_within_an_events_name(ctx, at_token, t.i) or t.pos_ == "ADV" and k + 1 < t.i
                   for t in doc[k + 1:edge]):
                return event_after(k, edge)
            return None
    if verb >= 1 and ctx.norms[verb - 1] == "организатор":
        return None         # «Его организаторами выступили …»: who organises it (see _organizers)
    if verb >= 1 and _a_role(ctx, doc[verb - 1]) and start > 0 \
            and (verb - 1 == start or verb >= 2 and verb - 2 == start and doc[verb - 2].lower_ in ("его", "её", "ее")):
        # «Его модератором выступил …», «Модератором выступил …»: in a role at the event named last before
        named = [k for k in at_token if k < start]
        return at_token[max(named)] if named else None
    after = verb + 1
    if _with_a_report(ctx, verb) and after + 1 < len(doc) and ctx.norms[after] in ("с", "со"):
        after += 2          # «выступил с докладом на пленарном заседании форума»
    if after < len(doc) and ctx.norms[after] in ("на", "в"):
        return event_after(after, ctx.sent(verb).end)
    if _with_a_report(ctx, verb) and start > 0 and not any(start <= k < ctx.sent(verb).end for k in at_token):
        # «Участники заседания обсудили … С докладом выступил министр …»: at the event named
        # last before
        named = [k for k in at_token if k < start]
        return at_token[max(named)] if named else None
    return None


def _a_role(ctx: Context, token: Token) -> bool:
    """A noun in the instrumental, by the tagger or, opening a sentence (where it calls a
    capitalised word a name), by the dictionary alone: «Модератором выступил …»."""
    if token.pos_ == "NOUN" and _case(token) == "Ins":
        return True
    parses = ctx.normalizer.morph_vocab(token.lower_)
    return token.pos_ in ("NOUN", "PROPN") and bool(parses) and all(
        p.pos == "NOUN" and "ablt" in p.tag.grammemes for p in parses)


_REPORTS = {"доклад", "сообщение", "отчёт", "отчет", "презентация", "информация", "слово", "приветствие"}
# of an event: who speaks at its opening speaks at it; alone, an event of its own («В открытии
# участвовал …»), with a genitive after it, that event's («на открытии научной конференции»)
_PHASES = {"открытие", "закрытие"}


def _before_an_event_word(ctx: Context, at_token: dict[int, str], i: int) -> bool:
    """Token i is an adjective of the event word after it («в Петербургском международном
    экономическом форуме»)."""
    return ctx.doc[i].pos_ == "ADJ" and i not in at_token and _event_from(ctx, at_token, i, len(ctx.doc)) is not None


def _within_an_events_name(ctx: Context, at_token: dict[int, str], i: int) -> bool:
    """Token i may stand between «на» and «выступил» in «На заседании … выступил»: a word of the
    event's name (nouns, adjectives, names, quotes, the dots of initials: «учёного совета
    Калужского филиала МГТУ имени Н.Э. Баумана»), the «по» of its topic, or «с докладом» right
    before the verb."""
    doc = ctx.doc
    token = doc[i]
    if token.pos_ in ("NOUN", "ADJ", "PROPN") or i in at_token or token.text in QUOTES_OPEN + QUOTES_CLOSE:
        return True
    if token.text == "." and i > 0 and len(doc[i - 1].text) == 1 and doc[i - 1].text.isupper():
        return True
    if ctx.norms[i] == "по" and i + 1 < len(doc) and doc[i + 1].pos_ == "NOUN":
        return True       # «На совещании по вопросам лекарственного обеспечения … выступил»: what it is about
    return ctx.norms[i] in ("с", "со") and i + 2 < len(doc) and ctx.norms[i + 1] in _REPORTS \
        and doc[i + 2].pos_ == "VERB"


def _with_a_report(ctx: Context, verb: int) -> bool:
    """«С докладом выступил …», «С информацией о поправках выступила …», «выступил с отчётом»,
    «выступил с приветственным словом»: speaking with a report is speaking at an event."""
    norms = ctx.norms
    start = ctx.sent(verb).start
    # («С информацией о поправках выступила …»: what the report is about between)
    before = any(norms[k] in ("с", "со") and norms[k + 1] in _REPORTS
                 and all(ctx.doc[m].pos_ in ("ADP", "NOUN", "ADJ") for m in range(k + 2, verb))
                 for k in range(max(start, verb - 6), verb - 1))
    after = verb + 3 if verb + 3 < len(norms) and ctx.doc[verb + 2].pos_ == "ADJ" else verb + 2
    # («выступил с приветственным словом»: an adjective between)
    return before or after < len(norms) and norms[verb + 1] in ("с", "со") and norms[after] in _REPORTS


def _label_of_noun(ctx: Context, event_type: str, noun: Token) -> str:
    """The event type's label that names the noun of its verb phrase: «подписали декларацию» is
    a «подписание декларации», «подписали дорожную карту» a «подписание дорожной карты»; else
    its preferred label."""
    concept = ctx.ontology.concepts[_iri(event_type)]
    for label in concept.labels:
        if noun.norm_ in {ctx.normalizer.lemma(w) for w in label.split()}:
            return label
    return concept.label


def _named_in(ctx: Context, named: "_Named", item: tuple[int, int]) -> bool:
    """A person's name or a post that stands for one lies in tokens ``item``."""
    start, end = item
    return any(start <= sp.start and sp.end <= end for sp in ctx.ner("PER")) \
        or any(start <= p.start < end for p in named.phrases)


# verbs a negation reaches past to the act («не смог принять участие», «не будет участвовать»),
# and verbs that refuse it («отказался от участия», «отказался участвовать»)
_MODAL_CHAIN = {"смочь", "мочь", "стать", "быть", "собираться", "планировать", "намереваться", "принять",
                "принимать", "провести", "проводить", "удаться"}
_REFUSING = {"отказаться", "отказываться"}


def _negated(ctx: Context, i: int) -> bool:
    """The act at token ``i`` is denied or refused: «не» before it or before the verbs that lead
    to it, or a verb of refusing («Губернатор не принял участия в форуме», «не смог принять
    участие», «отказался от участия», «не встретился»)."""
    norms, doc = ctx.norms, ctx.doc
    start = ctx.sent(i).start
    k = i - 1
    if k > start and norms[k] == "от" and norms[k - 1] in _REFUSING:
        return True
    while k >= start and i - k <= 5:
        if norms[k] in ("не", "ни") or norms[k] in _REFUSING:
            return True
        if norms[k] in _MODAL_CHAIN or doc[k].pos_ in ("AUX", "ADV"):
            k -= 1
            continue
        break
    return False


def _to_the_participants(ctx: Context, cue: int) -> bool:
    """«С приветственным словом к участникам обратился губернатор …»: the participants of the
    event named before, addressed with no event word of their own."""
    return ctx.norms[cue] == "участник" and cue > 0 and ctx.norms[cue - 1] == "к" \
        and "Plur" in ctx.doc[cue].morph.get("Number")


# a pronoun's gender and number: «в ней» is of a feminine event word, «в нём» of a masculine
# or neuter one, «в них» of a plural one
_PRONOUN_FORMS = {"ней": ("Fem", "Sing"), "нее": ("Fem", "Sing"), "неё": ("Fem", "Sing"), "её": ("Fem", "Sing"),
                  "ее": ("Fem", "Sing"), "нём": ("Masc", "Sing"), "нем": ("Masc", "Sing"), "ним": ("Masc", "Sing"),
                  "его": ("Masc", "Sing"), "них": (None, "Plur"), "их": (None, "Plur")}


def _agrees_with_pronoun(doc: Doc, start: int, cue: int, word: Token) -> bool:
    """The event word agrees with the pronoun before the participation word (none: any does)."""
    pronoun = next((doc[i + 1].lower_ for i in range(start, cue) if doc[i].norm_ in ("в", "во")
                    and i + 1 < cue and doc[i + 1].lower_ in _PRONOUN_FORMS), None)
    if pronoun is None or word.pos_ != "NOUN":
        return pronoun is None
    gender, number = _PRONOUN_FORMS[pronoun]
    if number == "Plur":
        return "Plur" in word.morph.get("Number")
    genders = word.morph.get("Gender")
    return "Sing" in word.morph.get("Number") and (gender in genders or gender == "Masc" and "Neut" in genders)


def _pronoun_before(doc: Doc, start: int, cue: int) -> bool:
    """«в нём», «в ней», «в его работе» before the participation word."""
    return any(doc[i].norm_ in ("в", "во") and i + 1 < cue and doc[i + 1].lower_ in _PRONOUNS
               for i in range(start, cue))


def _is_meeting(ctx: Context, span: Span) -> bool:
    return _is_meeting_type(ctx, span.kb_id_)


def _is_meeting_type(ctx: Context, event_type: str) -> bool:
    chain = {str(i).rsplit("#", 1)[-1] for i in ctx.ontology.broader_chain(_iri(event_type))}
    return bool(chain & {"meeting", "negotiations"})


def _joins_the_one_before(ctx: Context, sent: Span, trigger: Span) -> bool:
    """«В переговорах также приняли участие …»: a meeting noun after «в», «на» that a verb of
    taking part follows, with nothing of its own after it (no «с …», «по …», «между …»)."""
    doc = ctx.doc
    if any(t.pos_ == "VERB" for t in trigger) or trigger.start == sent.start \
            or ctx.norms[trigger.start - 1] not in ("в", "во", "на"):
        return False
    if trigger.end < sent.end and ctx.norms[trigger.end] in ("с", "со", "по", "между", "о", "об"):
        return False
    return any(ctx.norms[k] in ("участие", "участвовать", "присутствовать") for k in range(trigger.end, sent.end))


_AFTER = {("по", "итог"), ("после",)}     # norms before an event noun: what follows it


def _after_the_one_before(ctx: Context, events: dict[str, Event], order: list[str], sent: Span,
                          trigger: Span) -> bool:
    """«По итогам встречи …», «После переговоров …»: a meeting noun that names what the sentence
    follows, with nothing of its own after it, refers to the meeting the article told of
    before; its sentence's people need not have met."""
    start = trigger.start
    if any(t.pos_ == "VERB" for t in trigger) or start == 0:
        return False
    framed = (ctx.norms[start - 1],) in _AFTER or start > 1 and (ctx.norms[start - 2], ctx.norms[start - 1]) in _AFTER
    if not framed or trigger.end < sent.end and ctx.norms[trigger.end] in ("с", "со", "между", "по", "о", "об"):
        return False
    return any(_is_meeting_type(ctx, events[k].event_type) and events[k].evidence
               and events[k].evidence[0].sent_end <= sent.start_char for k in order)


def _has_new_content(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].norm_ == "по"


def _corefer(ctx: Context, events: dict[str, Event], order: list[str], event_type: str,
             demonstrative: bool) -> str | None:
    chain = set(map(str, ctx.ontology.broader_chain(_iri(event_type))))
    for key in reversed(order):
        earlier = events[key].event_type
        other = set(map(str, ctx.ontology.broader_chain(_iri(earlier))))
        # one a kind of the other («церемония» after «церемония открытия»), not two kinds of one
        # thing (a signing after an opening ceremony is another ceremony)
        if demonstrative or earlier in chain or event_type in other \
                or ctx.ontology.related(_iri(event_type), _iri(earlier)):
            return key
    return None


def _iri(value: str):
    from rdflib import URIRef
    return URIRef(value)


_HOLDING = {"провести", "проводить", "открыть", "открывать"}    # («Форум открыл губернатор …»)
_AWARD = "https://w3id.org/kg-news/ontology/event#award-ceremony"


def _held_with(ctx: Context, people: PersonIndex, bodies: BodyIndex, named: "_Named",
               events: dict[str, Event], sent: Span, at_token: dict[int, str], groups: dict,
               held_alone: list[tuple[Event, str, Span, bool]]) -> None:
    """«Губернатор Владислав Шапша провёл совещание с главами районов»: the person who holds
    the event (or the official his post stands for: «Губернатор провёл совещание …») and those
    it is held with take part in it."""
    doc = ctx.doc
    verb = next((i for i in range(sent.start, sent.end) if doc[i].pos_ == "VERB"
                 and (doc[i].norm_ in _HOLDING or i in at_token)), None)
    if verb is None or _negated(ctx, verb):
        return
    # («X и Y подписали соглашение»: the event's own verb holds it)
    # the event the verb holds: the first named after it («В ходе визита полпред провёл
    # совещание с …» holds the meeting, not the visit)
    first = next((i for i in range(verb + 1, sent.end) if i in at_token), None)
    if first is None:
        _held_by(ctx, people, named, events, sent, verb, at_token)
        return
    if _a_topic(ctx, first, at_token):
        return      # «обсудили подготовку визита президента»: what they spoke of, not what they held
    event = events[at_token[first]]
    holder = [s for s in ctx.ner("PER") if sent.start <= s.start and s.end <= verb
              and any("Nom" in t.morph.get("Case") for t in s)]
    end = first
    while end < sent.end and at_token.get(end) == at_token[first]:
        end += 1
    if not holder and "Conv" in doc[verb].morph.get("VerbForm"):
        # «Открывая заседание, председатель … Геннадий Новосельцев напомнил …»: the gerund's
        # subject is the sentence's, after it
        holder = [s for s in ctx.ner("PER") if end < s.start < sent.end
                  and all("Nom" in t.morph.get("Case") for t in s)][:1]
    if holder:
        # «Прокурор … Иван Петров и руководитель … Пётр Сидоров провели совещание»: a plural
        # verb is held by every name before it
        holders = holder if "Plur" in doc[verb].morph.get("Number") else holder[-1:]
        refs = [(people.key_at(h), h.start, h.end) for h in holders]
    else:
        refs = [(person, span.start, span.end) for person, span in named.by_post(sent, [])
                if span.end <= verb][-1:]
    if not refs and doc[verb].norm_ not in _HOLDING:
        # «Россия и Китай подписали договор»: bodies are parties to what they sign
        parties = [(m.key, m.start, m.end) for m in bodies.mentions if sent.start <= m.start and m.end <= verb
                   and not m.generic and not any(o.start < m.start and m.end <= o.end for o in bodies.mentions)
                   and _case(doc[m.start]) in ("Nom", None)]
        refs = parties if "Plur" in doc[verb].morph.get("Number") else parties[-1:]
    if not refs:
        return
    if end < sent.end and doc[end].norm_ in ("о", "об", "по"):
        # «подписал соглашение о сотрудничестве с …»: past what it is about
        k = end + 1
        while k < sent.end and (doc[k].pos_ in ("NOUN", "ADJ", "PROPN", "CCONJ") and doc[k].norm_ not in ("с", "со")
                                or doc[k].text in QUOTES_OPEN and _quoted_end(doc, k)
                                or doc[k].norm_ == "к" and k + 1 < sent.end and _case(doc[k + 1]) == "Dat"):
            k = _quoted_end(doc, k) if doc[k].text in QUOTES_OPEN else k + 1   # («… технопарка «Анкудиновка»»)
        end = k if k < sent.end and doc[k].norm_ in ("с", "со") else end
    if _AWARD in {str(c) for c in ctx.ontology.broader_chain(_iri(event.event_type))} and end < sent.end:
        # «вручил государственные награды жителям региона»: those awarded, in the dative
        stop = next((k for k in range(end, sent.end) if doc[k].pos_ == "VERB" or doc[k].text in (".", ";", ":")),
                    sent.end)
        for a, b in _list_items(ctx, bodies, named.phrases, end, stop):
            ref = _participant(ctx, people, bodies, named, a, b, groups, case="Dat")
            if ref is not None and ref not in [r for r, _, _ in refs]:
                refs.append((ref, a, b))
    with_whom = end < sent.end and doc[end].norm_ in ("с", "со")
    if not with_whom and len(refs) < 2 and not event.named:
        # «Губернатор провёл совещание по вопросам газификации. В нём приняли участие …»: who
        # holds it takes part once others are named to; a named event («открыл форум
        # «Территория бизнеса»») is one already
        held_alone.extend((event, ref, doc[a:b], doc[verb].norm_ in _HOLDING and ref.startswith("person:"))
                          for ref, a, b in refs)
        return
    for item_start, item_end in _list_items(ctx, bodies, named.phrases, end + 1, sent.end) if with_whom else []:
        ref = _participant(ctx, people, bodies, named, item_start, item_end, groups, case="Ins")
        if ref is not None:
            refs.append((ref, item_start, item_end))
    for ref, start, stop in refs:
        if ref is not None and ref not in [p for p, _ in event.participants]:
            event.participants.append((ref, ctx.span_evidence(doc[start:stop])))


def _whose_topic(ctx: Context, named: "_Named", at_token: dict[int, str], span: Span) -> bool:
    """The name (or post) at ``span`` is whose an event spoken of is, right after its word
    (past a post before the name): «обсудили итоги визита Владимира Путина», «… визита
    президента» take no part in the talk."""
    k = span.start - 1
    phrase = next((p for p in named.phrases if (p.body_end or p.end) == span.start), None)
    if phrase is not None:
        k = phrase.start - 1
    return k >= 0 and k in at_token and _a_topic(ctx, k, at_token)


def _a_topic(ctx: Context, i: int, at_token: dict[int, str]) -> bool:
    """The event word at token i is what something is about, not an event anyone there holds:
    the genitive of a common noun («подготовку визита», «итоги заседания») or after «о»
    («рассказал о визите»); not of another event («церемонии открытия»)."""
    doc = ctx.doc
    k = i - 1
    while k >= 0 and doc[k].pos_ in ("ADJ", "DET"):
        k -= 1
    if k < 0:
        return False
    if doc[k].norm_ in ("о", "об", "обо"):
        return True
    framed = k > 0 and doc[k - 1].pos_ == "ADP" and ctx.norms[k - 1] not in ("о", "об", "обо")
    return doc[k].pos_ == "NOUN" and doc[k].text[:1].islower() and _case(doc[i]) == "Gen" \
        and k not in at_token and not framed    # («в ходе визита», «по итогам визита»: in it)


def _held_by(ctx: Context, people: PersonIndex, named: "_Named", events: dict[str, Event], sent: Span,
             verb: int, at_token: dict[int, str]) -> None:
    """«Заседание провела министр … Анна Сидорова», «Его провёл губернатор»: the event named
    before the verb (or by «его»/«её», the last one named before the sentence, and by «их» a
    plural one: «прошли публичные слушания. Их провёл …») is held by the person after it."""
    doc = ctx.doc
    before = [i for i in range(sent.start, verb) if i in at_token]
    if before:
        key = at_token[before[-1]]
    elif verb > sent.start and doc[verb - 1].lower_ in ("его", "её", "ее", "их"):
        prior = [i for i in at_token if i < sent.start]
        if not prior:
            return
        key = at_token[max(prior)]
        plural = any(doc[i].pos_ == "NOUN" and "Plur" in doc[i].morph.get("Number")
                     for i in prior if at_token[i] == key)
        if (doc[verb - 1].lower_ == "их") != plural:
            return       # «Их провёл …» after «прошли публичные слушания», «Его …» after «совещание»
    else:
        return
    # (not across «который»: «Совещание провели в здании, в котором работает министр …»)
    holders = [s for s in ctx.ner("PER") if verb < s.start < sent.end
               and any("Nom" in t.morph.get("Case") for t in s)
               and not _across_which(ctx, verb, s.start)]
    # «Соглашение подписали губернатор … Алексей Смирнов и председатель … Петр Фрадков»: a
    # plural verb, every name after it
    found = [(people.key_at(h), h) for h in (holders if "Plur" in doc[verb].morph.get("Number") else holders[:1])]
    found = [(p, sp) for p, sp in found if p is not None]
    if not found:
        found = [(p, sp) for p, sp in named.by_post(sent, []) if sp.start > verb
                 and not _across_which(ctx, verb, sp.start)][:1]
        if not found:
            return
    event = events[key]
    for person, span in found:
        if person not in [p for p, _ in event.participants]:
            event.participants.append((person, ctx.span_evidence(span)))


_LIST_WORDS = {"а", "также", "и", "еще", "ещё"}     # words that join a list's last item


class _Named:
    """Officials a post phrase with no name stands for («губернатор», «глава региона»): see
    :mod:`kg.extract.anaphora`. Only a singular post in the nominative or instrumental («Глава
    региона встретился с министром …»), not one governed by another word («по поручению
    губернатора»)."""

    def __init__(self, ctx: Context, bodies: BodyIndex, phrases: list[PostPhrase],
                 officials: list[Official]) -> None:
        self.ctx, self.bodies, self.phrases, self.officials = ctx, bodies, phrases, officials

    def _person(self, phrase: PostPhrase) -> str | None:
        noun = self.ctx.doc[phrase.noun]
        if phrase.person is not None or "Sing" not in noun.morph.get("Number") \
                or _case(noun) not in ("Nom", "Ins"):
            return None
        return referent(self.ctx, self.bodies, phrase, self.officials)

    def at(self, i: int) -> str | None:
        """The official a post phrase starting at token i stands for."""
        phrase = next((p for p in self.phrases if p.start == i), None)
        return self._person(phrase) if phrase is not None else None

    def by_post(self, sent: Span, quoted: list[tuple[int, int]]) -> list[tuple[str, Span]]:
        """(person, post span) of the post phrases of a sentence that stand for an official,
        outside its quotations."""
        found = []
        for phrase in self.phrases:
            if sent.start <= phrase.start < sent.end and not any(a <= phrase.start < b for a, b in quoted):
                person = self._person(phrase)
                if person is not None:
                    found.append((person, self.ctx.doc[phrase.start:phrase.body_end or phrase.end]))
        return found


def _list_items(ctx: Context, bodies: BodyIndex, phrases: list[PostPhrase],
                start: int, end: int) -> list[tuple[int, int]]:
    """Split tokens [start, end) of an enumeration at commas and «и» outside names."""
    doc = ctx.doc
    protected: set[int] = set()
    for m in bodies.mentions:
        protected.update(range(m.start, m.end))
    for p in phrases:
        protected.update(range(p.start, p.end))
    items: list[tuple[int, int]] = []
    item_start = start
    for i in range(start, end):
        token = doc[i]
        if i in protected:
            continue
        if token.text in (",", ";") or token.norm_ == "и" or (token.is_punct and token.text in (".", "!", "?")):
            if token.text in (",", "и") and _shared_head(ctx, item_start, i):
                continue     # «представители прокуратуры, полиции и МЧС»: one group
            if token.text in (",", "и") and _shared_kind_word(bodies, i):
                continue     # «главы Дятьковского, Жуковского и Клинцовского районов»: one group
            if i > item_start:
                items.append((item_start, i))
            item_start = i + 1
    if end > item_start:
        items.append((item_start, end))
    return [(s, e) for s, e in items if any(not doc[k].is_punct and not doc[k].is_space for k in range(s, e))]


def _shared_kind_word(bodies: BodyIndex, sep: int) -> bool:
    """The separator at ``sep`` is inside a list of places that share the word of their kind
    after the last («Дятьковского, Жуковского и Клинцовского районов»): a one-word place before
    it and one of the same type after."""
    before, after = bodies.ending_at(sep), bodies.starting_at(sep + 1)
    if before is None or after is None or before.end - before.start != 1:
        return False
    first, second = bodies.bodies[before.key], bodies.bodies[after.key]
    return first.kind == second.kind and first.kind in ("place", "region") and first.body_type == second.body_type


def _shared_head(ctx: Context, start: int, sep: int) -> bool:
    """The list item [start, sep) is a plural noun and its genitive («представители прокуратуры»),
    and the genitive of something inanimate follows the separator at ``sep``: the head is shared
    («…, полиции и МЧС»; not «… и главы районов», people of their own)."""
    doc = ctx.doc
    k = start
    while k < sep and doc[k].pos_ in ("ADJ", "DET"):
        k += 1
    if k + 1 >= sep or doc[k].pos_ != "NOUN" or "Plur" not in doc[k].morph.get("Number") \
            or _case(doc[k]) != "Nom" or _case(doc[k + 1]) != "Gen":
        return False
    nxt = sep + 1
    while nxt < len(doc) and doc[nxt].pos_ == "ADJ" and _case(doc[nxt]) == "Gen":
        nxt += 1      # «… и общественных организаций»
    plural_ok = nxt > sep + 1      # (a plural genitive is safe after its adjective: no nominative reading)
    if nxt >= len(doc) or doc[nxt].pos_ not in ("NOUN", "PROPN") or _case(doc[nxt]) != "Gen" \
            or "Plur" in doc[nxt].morph.get("Number") and not plural_ok:
        return False
    return not any("anim" in p.tag for p in ctx.normalizer.morph_vocab(doc[nxt].lower_))


_PLACES = {"city", "region", "country", "place"}
# nouns after «по» that say what an event is about, not whose its people are
_TOPICS = {"вопрос", "итог", "подготовка", "реализация", "организация", "поддержка", "профилактика",
           "ликвидация", "модернизация"}


def _a_plural_in_a_list(ctx: Context, token: Token, start: int, case: str) -> bool:
    """«руководители энергетических компаний и главы муниципальных районов»: an item after «и» or
    a comma whose first word the dictionary reads as a plural in the list's case, though the
    tagger took a singular of another case («главы» as a genitive)."""
    if case != "Nom" or start == 0 or ctx.doc[start - 1].text not in ("и", ","):
        return False
    return any({"plur", "nomn"} <= p.tag.grammemes for p in ctx.normalizer.morph_vocab(token.text.lower()))


def _participant(ctx: Context, people: PersonIndex, bodies: BodyIndex, named: "_Named",
                 start: int, end: int, groups: dict[str, Group], case: str = "Nom") -> str | None:
    """The person, body or group of an item of a participants' list, in ``case`` («приняли
    участие учёные», «провёл совещание с руководителями предприятий»)."""
    doc = ctx.doc
    while start < end and doc[start].norm_ in _LIST_WORDS:
        start += 1            # «…, а также главы муниципальных районов»
    for span in ctx.ner("PER"):
        if start <= span.start and span.end <= end:
            return people.key_at(span)
    official = named.at(start)
    if official is not None:
        return official        # «приняли участие губернатор и …» after he was named
    inside_post = {i for p in named.phrases for i in range(p.start, (p.body_end or p.end))}
    for m in bodies.mentions:
        if start <= m.start and m.end <= end and not m.generic and m.start not in inside_post \
                and m.start == start:
            return m.key
    # a group: a plural noun phrase («учёные», «руководители … предприятий»)
    where = next((m for m in bodies.mentions if m.end == end and m.start > start + 1 and not m.generic
                  and doc[m.start - 1].norm_ in ("в", "во", "на") and bodies.bodies[m.key].kind in _PLACES), None)
    if where is not None:
        end = where.start - 1      # «встречу с избирателями в Кирове»: where they met, not who they are
    topic = next((k for k in range(start + 1, end - 1) if ctx.norms[k] == "по"
                  and (_action_noun(ctx, doc[k + 1]) or ctx.norms[k + 1] in _TOPICS)), None)
    if topic is not None:
        end = topic                # «совещание с главами районов по подготовке к паводку»: what about
    k = start
    while k < end - 1 and doc[k].pos_ in ("ADJ", "DET"):
        k += 1
    if k < end and (ctx.norms[k] in _COLLECTIVES and _case(doc[k]) in (case, None)
                    or doc[k].pos_ in ("NOUN", "ADJ") and (_plural(ctx, doc[k], any_word=True) and (
            _case(doc[k]) in (case, None) or "Plur" not in doc[k].morph.get("Number"))
            or _a_plural_in_a_list(ctx, doc[k], start, case))):
        label = " ".join(doc[start:end].text.split()) if case == "Nom" \
            else ctx.normalizer.phrase(doc[start:end])      # «с руководителями …» → «руководители …»
        if doc[start].is_sent_start and doc[start].pos_ != "PROPN" and label[1:2].islower():
            label = label[:1].lower() + label[1:]          # «Члены парламента встретились …»
        key = f"group:{ctx.article.id}:{label}"
        groups.setdefault(key, Group(key, label, ctx.span_evidence(doc[start:end])))
        return key
    return None
