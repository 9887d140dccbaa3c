"""Statements: who said what («отметил, что …», «подчеркнул», «выразил надежду», «высоко оценил»).

A speech act from the ontology's speech scheme marks a statement. Its speaker is the person
named before it in the sentence or right after it in the nominative; a post word or
«парламентарий»-like descriptor refers to the official it stands for (:mod:`.anaphora`), a
pronoun to the person named before. The text is what follows «что»,
or the clause after the verb, up to the next speech act of the sentence. A quotation just
before the verb («“…”, — сказал губернатор Владислав Шапша», «— подчеркнул он»), or a paragraph opened
by a dash up to «, —» («— Мы работаем над этим, — сказал министр …»), is the text
and the name after the verb the speaker; «По словам губернатора, …» is a statement too.
"""
from __future__ import annotations

from typing import Callable

from rdflib import URIRef
from spacy.tokens import Doc, Span, Token

from ..vocab import SPEECH
from .anaphora import referent
from .bodies import BodyIndex, _case
from .context import DASHES, DATA_WORDS, Context
from .model import Official, Statement
from .officials import PostPhrase
from .people import PRONOUN_GENDERS, PersonIndex, last_person_before, may_be_of

Holder = Callable[[PostPhrase], "str | None"]    # the person a post phrase names

__all__ = ["find_statements"]

_PRONOUNS = {"он", "она"}
_ANAPHORIC = {"это", "этот", "он", "она", "оно", "они", "всё", "все"}   # «об этом», «о нём», «обо всём»
_TRAILING = set(".,;:!?…—–-")     # punctuation a statement's text does not end with («12%» keeps its sign)


def find_statements(ctx: Context, people: PersonIndex, bodies: BodyIndex, officials: list[Official],
                    phrases: list[PostPhrase]) -> list[Statement]:
    doc = ctx.doc

    def holder(phrase: PostPhrase) -> str | None:
        return referent(ctx, bodies, phrase, officials)

    # («не сказал, когда …», «не сообщил подробностей»: nothing was said)
    acts = [s for s in ctx.kind("SPEECH") if _predicate(ctx, s)
            and not (s.start > 0 and ctx.norms[s.start - 1] in ("не", "ни")) and not _celebrated(ctx, s)]
    acts = sorted({(s.start, s.end): s for s in acts}.values(), key=lambda s: s.start)
    # keep the longest act at each place («выразил надежду» over «выразил»)
    chosen: list[Span] = []
    for span in acts:
        if chosen and span.start < chosen[-1].end:
            if span.end - span.start > chosen[-1].end - chosen[-1].start:
                chosen[-1] = span
            continue
        if chosen and _inside_what_was_said(ctx, chosen[-1], span):
            continue    # «заявила, что Москва ответит на санкции»: «ответит» is part of what she said
        chosen.append(span)
    chosen = [_with_addressee(ctx, act) for act in chosen]
    statements: list[Statement] = []
    spoken: set[int] = set()           # sentences (their first token) with a statement
    last_speaker: str | None = None
    for n, act in enumerate(chosen):
        sent = ctx.sent(act.start)
        quote = _quote_before(ctx, sent, act)
        body = _speaking_body(ctx, bodies, act)
        told = _told_before(ctx, act, sent) if quote is None else None
        if body is not None and quote is None:
            said = _what_a_body_said(ctx, act, sent, body[1])
            if said is None and told is not None:
                # «… Об этом сообщили в пресс-службе губернатора»
                statements.append(Statement(body[0], _sentence_text(doc, told), act.kb_id_,
                                            ctx.span_evidence(told, act)))
                spoken.add(sent.start)
            elif said is not None:
                # «Как сообщили в пресс-службе правительства региона, …», «…, сообщает «Лента.ру»»
                statements.append(Statement(body[0], said, act.kb_id_, ctx.span_evidence(sent)))
                spoken.add(sent.start)
            continue
        said_before = quote if quote is not None else _clause_before(ctx, sent, act, chosen)
        if said_before is not None:
            # what was said stands before the act: a quotation («“Мы поддержим промышленность”, —
            # сказал губернатор Владислав Шапша», «— подчеркнул он», «“…”, — сообщили в
            # пресс-службе …»), or a clause with no quotation marks («Инвестиции выросли на 12%,
            # рассказал губернатор Алексей Дюмин»)
            speaker = _speaker_after(ctx, people, holder, phrases, act, sent, last_speaker) \
                if body is None else body[0]
            if speaker is not None:
                text = " ".join(doc[said_before[0]:said_before[1]].text.split())
                statements.append(Statement(speaker, text, act.kb_id_,
                                            ctx.span_evidence(doc[said_before[0]:act.end])))
                spoken.add(sent.start)
                last_speaker = speaker
                continue
            if quote is not None:
                continue       # a quotation with no speaker found is nobody's
        speaker = _speaker(ctx, people, holder, phrases, act, sent, last_speaker)
        if speaker is None:
            continue
        if told is not None:
            # «Программа будет выполнена. Об этом заявил министр финансов Валентина Авдеева»
            statements.append(Statement(speaker, _sentence_text(doc, told), act.kb_id_, ctx.span_evidence(told, act)))
            spoken.add(sent.start)
            last_speaker = speaker
            continue
        nxt = next((a.start for a in chosen[n + 1:] if ctx.sent(a.start).start == sent.start), sent.end)
        start = act.end
        named, named_who = _named_after(ctx, people, phrases, act, holder) or (None, None)
        lead = ""
        if named is not None and named < nxt and doc[named].text == "(":
            named = next((k + 1 for k in range(named, nxt) if doc[k].text == ")"), named)  # «(Bernd …)»
        if named is not None and named < nxt and doc[named].text in (",", ":"):
            start = named + 1     # «Как отметил Силуанов, бюджет …»: the name is no part of it
            if act.start - 1 > sent.start and doc[act.start - 1].text == "," and not any(
                    a.end <= act.start and ctx.sent(a.start).start == sent.start for a in chosen[:n]):
                # «Установление летнего времени, подчеркнул президент РФ, будет полезным»: the
                # words around the inserted speaker are the statement
                lead = " ".join(doc[sent.start:act.start - 1].text.split()) + " "
        elif named is not None and named_who == speaker:
            # «…, — заявил первый замминистра энергетики Белоруссии Эдуард Товпинец»,
            # «заявил шеф концерна … на автомобильной ярмарке»: who speaks is no part of what he
            # said, and with no comma or colon after him nothing said follows
            continue
        k = start
        if start < nxt and doc[start].norm_ in ("в", "во", "на"):
            # «сообщил в интервью газете «Весть», что …»: where he said it, then what
            comma = next((c for c in range(start, min(nxt, start + 10)) if doc[c].text == ","
                          and c + 1 < nxt and doc[c + 1].norm_ == "что"), None)
            if comma is not None and not any(t.pos_ == "VERB" for t in doc[start:comma]):
                k = start = comma + 1
        about = start < nxt and doc[start].norm_ in ("о", "об")     # «рассказал о том, что …»
        while k < min(nxt, start + (4 if about else 3)):
            if doc[k].norm_ == "что" and not (about and (doc[k].lower_ != "что" or k + 1 < nxt
                                                          and doc[k + 1].norm_ == "касаться")):
                start = k + 1  # (not «о том, чем …», «о том, что касается …»)
                break
            k += 1
        addressee = next((sp for sp in ctx.ner("PER") if sp.start == start and sp.end < nxt), None)
        if addressee is not None and any(_case(t) in ("Acc", "Dat", "Gen") for t in addressee if t.pos_ == "PROPN"):
            start = addressee.end     # «поблагодарил Владислава Шапшу за тёплый приём»: whom, not what
        elif start < nxt and doc[start].lower_ in _DATIVE_PRONOUNS:
            start += 1                # «пожелал ему успехов»: to whom, not what
        elif start == act.end and (told_to := next((p for p in phrases if p.start == start
                                                    and _case(doc[p.noun]) == "Dat"), None)) is not None:
            # «доложил президенту о …», «доложила мэру Иркутска Руслану Болотову о …»: to whom, not
            # what (not a dative of what was said: «сказал, что духовным лидерам следовало бы …»)
            start = told_to.body_end or told_to.end
            named = next((sp for sp in ctx.ner("PER") if sp.start == start), None) if told_to.person else None
            start = named.end if named is not None else start
        elif act[-1].pos_ == "NOUN" and start < nxt and doc[start].pos_ in ("NOUN", "ADJ", "DET", "PROPN") \
                and _case(doc[start]) == "Gen":
            # «подвёл итоги года»: the genitive says what the act's noun is of, not what was said;
            # what was said follows «, что» or «:»
            that = next((k for k in range(start, nxt - 1) if doc[k].text == ":" or doc[k].text == ","
                         and doc[k + 1].norm_ == "что"), None)
            if that is None:
                continue
            start = that + (1 if doc[that].text == ":" else 2)
        elif ctx.ontology.concepts[URIRef(act.kb_id_)].responding and start < nxt and (
                doc[start].norm_ == "на" or doc[start].pos_ in ("NOUN", "ADJ", "DET", "PROPN")
                and _case(doc[start]) == "Acc"):
            # «ответила на вопросы жителей о газификации», «прокомментировал ситуацию»: what she
            # answered, not what she said; what she said follows «, что» or «:», or nothing was said
            that = next((k for k in range(start, nxt - 1) if doc[k].text == ":" or doc[k].text == ","
                         and doc[k + 1].norm_ == "что"), None)
            if that is None:
                continue
            start = that + (1 if doc[that].text == ":" else 2)
        elif ctx.ontology.concepts[URIRef(act.kb_id_)].addressed:
            # «поздравил ветеранов с Днём Победы»: whom, up to what («с …», «за …»)
            while start < nxt and doc[start].norm_ not in ("с", "со", "за") and not doc[start].is_punct:
                start += 1
        if start + 1 < nxt and doc[start].norm_ in ("о", "об", "обо") and doc[start + 1].norm_ in _ANAPHORIC:
            continue       # «заявил об этом на совещании»: said what was told before, nothing new
        end = nxt
        # «… и отметил» — drop the «и» before the next act
        end = _trimmed(doc, start, end, also=("и",))
        while start < end and (doc[start].is_punct or doc[start].is_space):
            start += 1
        if end <= start:
            continue
        if doc[end - 1].text in _CLOSING and not any(t.text in _OPENING for t in doc[start:end - 1]):
            end -= 1       # «… о том, что «зачастую …»»: the quote opened before what was said
        if all(bodies.at(k) is not None or doc[k].text in _OPENING + _CLOSING for k in range(start, end)):
            continue       # «…, сообщает «Лента.ру»»: the act names its source, no words of a person
        text = lead + " ".join(doc[start:end].text.split())
        first = sent.start if lead else min(act.start, start)
        statements.append(Statement(speaker, text, act.kb_id_, ctx.span_evidence(doc[first:end])))
        spoken.add(sent.start)
        last_speaker = speaker
    statements += _according_to(ctx, people, holder, phrases, spoken, statements)
    statements += _according_to_body(ctx, bodies, spoken)
    statements += _name_colon_quote(ctx, people, spoken)
    return statements


_DATIVE_PRONOUNS = {"ему", "ей", "им", "мне", "нам", "вам", "тебе"}


def _with_addressee(ctx: Context, act: Span) -> Span:
    """The act with the one spoken to, a lowercase noun or pronoun in the dative right after
    the verb, when who speaks follows it (a name or a post in the nominative): «Как сообщил
    журналистам заместитель губернатора …», «рассказал нам директор …». Not what follows
    («поручил министерству подготовить …»)."""
    doc = ctx.doc
    k = act.end
    if k + 1 < len(doc) and doc[k].pos_ in ("NOUN", "PRON") and doc[k].text[:1].islower() \
            and _case(doc[k]) == "Dat" and _case(doc[k + 1]) == "Nom" \
            and any(s.start == k + 1 for s in (*ctx.ner("PER"), *ctx.kind("POST"))):
        return Span(doc, act.start, k + 1, label=act.label, kb_id=act.kb_id)
    return act


def _told_before(ctx: Context, act: Span, sent: Span) -> Span | None:
    """The sentence before, when the act says it: «Об этом заявил министр …», «… сообщил об
    этом журналистам глава района» open or follow the act with «об этом», and the sentence
    before tells something with no act of saying of its own (not the headline)."""
    doc = ctx.doc
    norms = ctx.norms
    # «Об этом (журналистам, также) сообщил …»: the sentence opens with it, a few words before the act
    before = sent.start + 2 <= act.start <= sent.start + 4 and norms[sent.start] in ("о", "об") \
        and norms[sent.start + 1] == "это" and not any(t.pos_ in ("VERB", "PUNCT") for t in doc[sent.start + 2:act.start])
    after = act.end + 1 < sent.end and norms[act.end] in ("о", "об") and norms[act.end + 1] == "это"
    if not (before or after) or sent.start == 0:
        return None
    previous = ctx.sent(sent.start - 1)
    if previous.start == 0 and ctx.article.title:
        return None
    if any(previous.start <= s.start < previous.end for s in ctx.kind("SPEECH")):
        return None
    if "\n\n" in doc[previous.start:sent.start].text.strip():
        return None
    return previous


def _sentence_text(doc: Doc, sent: Span) -> str:
    """A sentence as a statement's text: without its closing mark, or the quotes around it."""
    start, end = sent.start, _trimmed(doc, sent.start, sent.end)
    while start < end and (doc[start].is_space or doc[start].text in "—–-"):
        start += 1
    if doc[start].lower_ == "как":
        # «Как передала радиостанция «Маяк», возбуждено дело»: where it was heard is no part of it
        comma = next((k for k in range(start, min(end, start + 10)) if doc[k].text == ","), None)
        start = comma + 1 if comma is not None else start
    if end - start > 2 and doc[start].text in _OPENING and doc[end - 1].text in _CLOSING:
        start, end = start + 1, _trimmed(doc, start + 1, end - 1)
    return " ".join(doc[start:end].text.split())


# what one «отметил» is celebrated, not said: «отметил 100-летний юбилей», «день рождения»
_CELEBRATIONS = {"юбилей", "день", "праздник", "годовщина", "торжество", "новоселье"}


def _celebrated(ctx: Context, act: Span) -> bool:
    """«Иван Кузнецов отметил 100-летний юбилей», «отметили 100-летие», «отметил свой день
    рождения»: «отметить» whose object is a celebration, no speech (not «отметил важность Дня
    …»)."""
    if ctx.norms[act.start] not in ("отметить", "отмечать") or act.end - act.start > 1:
        return False
    k = act.end
    while k < len(ctx.doc) and k - act.end < 3 and ctx.doc[k].pos_ in ("ADJ", "DET", "NUM", "PRON"):
        k += 1      # («свой», «100-летний»)
    return k < len(ctx.doc) and (ctx.norms[k] in _CELEBRATIONS or ctx.norms[k].endswith("летие"))


def _according_to(ctx: Context, people: PersonIndex, holder: Holder,
                  phrases: list[PostPhrase], spoken: set[int], said: list[Statement]) -> list[Statement]:
    """«По словам губернатора, производство выросло», «По его словам, …», «По мнению эксперта
    Ивана Петрова, …», «По информации вице-губернатора, …»: what follows the comma, said (or
    believed, or reported) by the name, the post's holder or the person named before."""
    doc = ctx.doc
    out: list[Statement] = []
    for sent in ctx.sents:
        if sent.start in spoken:        # a speech verb's statement is there
            continue
        for i in range(sent.start, sent.end - 3):
            if ctx.norms[i] != "по":
                continue
            word = next((w for w in _ACCORDING_TO if w in (doc[i + 1].lower_, doc[i + 2].lower_)), None)
            if word is None:
                continue
            who = i + 2 if doc[i + 1].lower_ == word else i + 1     # «по его словам»
            if word in _REPORTED and not (any(sp.start == who for sp in ctx.ner("PER"))
                                          or any(p.start == who for p in phrases)
                                          or doc[who].lower_ in ("его", "её", "ее")):
                continue      # «По информации пресс-службы губернатора, …»: a body's (_according_to_body)
            comma = next((k for k in range(who, sent.end) if doc[k].text == ","), None)
            if comma is None:
                continue
            speaker = _named_between(ctx, people, holder, phrases, who, comma, said)
            if speaker is None:
                continue
            end = sent.end
            while end > comma + 1 and (doc[end - 1].text in (".", "!", "?", "…") or doc[end - 1].is_space):
                end -= 1
            if end <= comma + 1:
                continue
            text = " ".join(doc[comma + 1:end].text.split())
            out.append(Statement(speaker, text, str(_ACCORDING_TO[word]), ctx.span_evidence(doc[i:end])))
            break
    return out


# «по словам …», «по мнению …», «по информации вице-губернатора …», «по его данным …»
_REPORTED = {"информации": SPEECH.report, "данным": SPEECH.report, "сведениям": SPEECH.report}
_ACCORDING_TO = {"словам": SPEECH.say, "мнению": SPEECH.believe, **_REPORTED}


def _name_colon_quote(ctx: Context, people: PersonIndex, spoken: set[int]) -> list[Statement]:
    """«Министр строительства Алексей Лоханов: «Работы завершены в срок»»: a name, a colon and a
    quotation (headlines and lead lines) is what that person said."""
    doc = ctx.doc
    out: list[Statement] = []
    for span in ctx.ner("PER"):
        i = span.end
        if i + 2 >= len(doc) or doc[i].text != ":" or doc[i + 1].text not in _OPENING \
                or ctx.sent(span.start).start in spoken:
            continue
        sent = ctx.sent(i + 1)
        close = next((k for k in range(i + 2, sent.end) if doc[k].text in _CLOSING), None)
        key = people.key_at(span)
        if close is None or close == i + 2 or key is None:
            continue
        text = " ".join(doc[i + 2:close].text.split())
        out.append(Statement(key, text, str(SPEECH.say), ctx.span_evidence(doc[span.start:close + 1])))
    return out


def _according_to_body(ctx: Context, bodies: BodyIndex, spoken: set[int]) -> list[Statement]:
    """«По данным Росстата, инфляция составила 0,5%», «По информации пресс-службы губернатора,
    …»: what follows the comma, reported by the body named."""
    doc = ctx.doc
    out: list[Statement] = []
    for sent in ctx.sents:
        if sent.start in spoken:
            continue
        for i in range(sent.start, sent.end - 3):
            if ctx.norms[i] != "по" or ctx.norms[i + 1] not in DATA_WORDS:
                continue
            mention = bodies.starting_at(i + 2)
            if mention is None or mention.generic or bodies.bodies[mention.key].kind != "org" \
                    or mention.end >= sent.end or doc[mention.end].text != ",":
                continue
            end = _trimmed(doc, mention.end + 1, sent.end)
            if end - mention.end < 3:
                continue
            out.append(Statement(mention.key, " ".join(doc[mention.end + 1:end].text.split()), str(SPEECH.report),
                                 ctx.span_evidence(doc[i:end])))
            break
    return out


def _named_between(ctx: Context, people: PersonIndex, holder: Holder, phrases: list[PostPhrase],
                   start: int, end: int, said: list[Statement] = ()) -> str | None:
    """The person tokens [start, end) name: a name, a post (its holder) or «его»/«её» (who
    spoke in the sentence before, else the person named last before)."""
    doc = ctx.doc
    names = [s for s in ctx.ner("PER") if start <= s.start and s.end <= end]
    if names:
        return people.key_at(names[-1])
    for phrase in phrases:
        if start <= phrase.start < end:
            return holder(phrase)
    if doc[start].lower_ in ("его", "её", "ее"):
        # «Заместитель губернатора поручил … По его словам, …»: the speaker just before
        sent = ctx.sent(start)
        before = ctx.sent(sent.start - 1).start_char if sent.start > 0 else None
        previous = [s for s in said if before is not None and s.evidence.sent_start == before]
        speaker = previous[-1].speaker if previous else None
        return _pronoun_speaker(ctx, people, doc[start], speaker, start)
    return None


def _named_after(ctx: Context, people: PersonIndex, phrases: list[PostPhrase], act: Span,
                 holder: Holder | None = None) -> tuple[int, str | None] | None:
    """Where who is named right after a speech act ends, and who it is: a name («Как отметил
    Силуанов, …»), a post alone («Как отметил министр, …»), or a post and its holder's name
    after it («Как сообщил председатель комитета по бюджету, финансам и налогам Николай
    Любимов, …»)."""
    named = next((s for s in ctx.ner("PER") if act.end <= s.start < act.end + 3 and _names_speaker(ctx, act, s)),
                 None)
    if named is not None:
        return named.end, people.key_at(named)
    phrase = next((p for p in phrases if p.start == act.end), None)
    if phrase is None:
        return None
    end = phrase.body_end or phrase.end
    name = next((s for s in ctx.ner("PER") if s.start >= end and people.key_at(s) == phrase.person), None)
    if name is not None and not any(ctx.doc[k].text == "," for k in range(end, name.start)):
        return name.end, phrase.person
    return end, holder(phrase) if holder is not None else phrase.person


def _names_speaker(ctx: Context, act: Span, name: Span) -> bool:
    """A name right after a speech act that says who speaks: in the nominative, with no comma
    or «что» between («докладывали, что Дмитрий Медведев воздержится», «отметили 45-летие
    полёта Гагарина» say what, not who)."""
    between = ctx.doc[act.end:name.start]
    return _may_be_subject(name) and not any(t.text == "," or t.norm_ == "что" for t in between)


def _trimmed(doc: Doc, start: int, end: int, also: tuple[str, ...] = ()) -> int:
    """``end`` moved back over the marks a statement's text does not end with (and the words of
    ``also``), not before ``start``."""
    while end > start and (doc[end - 1].text in _TRAILING or doc[end - 1].is_space or doc[end - 1].norm_ in also):
        end -= 1
    return end


def _inside_what_was_said(ctx: Context, earlier: Span, act: Span) -> bool:
    """A speech verb inside the «что» clause of an earlier act of its sentence is part of what
    was said («заявила, что Москва ответит на санкции»); after a name, a pronoun, «и» or a mark it
    is a new act («…, а глава МИДа Сэйдзи Маэхара отметил, что …», «…, и отметил, что …»)."""
    doc = ctx.doc
    if ctx.sent(earlier.start).start != ctx.sent(act.start).start:
        return False
    that = any(doc[k].norm_ == "что" for k in range(earlier.end, min(act.start, earlier.end + 3)))
    named = any(sp.end == act.start for sp in ctx.ner("PER")) or doc[act.start - 1].lower_ in _PRONOUNS
    return that and not named \
        and not (doc[act.start - 1].is_punct or doc[act.start - 1].norm_ in ("и", "а", "также"))


_DOCUMENTS = {"сообщение", "заявление", "пресс-релиз", "документ", "письмо", "доклад", "обращение", "ответ"}


def _speaking_body(ctx: Context, bodies: BodyIndex, act: Span) -> tuple[str, int] | None:
    """The body a speech act with no person names as its speaker, and where its name ends:
    «сообщили в пресс-службе правительства региона» (a plural verb and «в»), «сообщает «Лента.ру»»,
    «сообщило министерство» (the name right after the verb)."""
    doc = ctx.doc
    verb = next((t for t in act if t.pos_ == "VERB"), None)
    if verb is None or act.end >= len(doc):
        return None
    before = bodies.at(act.start - 1) if act.start > 1 else None
    if before is not None and before.end == act.start and not before.generic and before.start > 0 \
            and doc[before.start - 1].norm_ in ("в", "во") and "Plur" in verb.morph.get("Number") \
            and bodies.bodies[before.key].kind == "org":
        return before.key, act.end            # «В Кремле заявили, что …»
    if verb.lemma_ == "говориться":
        # «В сообщении пресс-службы губернатора говорится, что …»: the document's body before
        outer = next((m for m in bodies.mentions if m.end == act.start and not m.generic and m.start > 1
                      and bodies.bodies[m.key].kind == "org"), None)
        if outer is not None and ctx.norms[outer.start - 1] in _DOCUMENTS and doc[outer.start - 2].norm_ in ("в", "во"):
            return outer.key, act.end
    k = act.end
    if verb.lemma_ == "говориться":
        # ««…», — говорится в сообщении пресс-службы министерства»: the document's body
        if k + 2 >= len(doc) or not _in_a_document(ctx, k):
            return None
        k += 2
    elif doc[k].norm_ in ("в", "во"):
        if "Plur" not in verb.morph.get("Number"):
            return None                       # «сообщил в интервью …»: someone named elsewhere
        k += 1
    elif "Plur" in verb.morph.get("Number") or "Past" in verb.morph.get("Tense") \
            and "Masc" in verb.morph.get("Gender"):
        return None
    if k < len(doc) and doc[k].text in _OPENING:
        k += 1
    mention = bodies.at(k)
    if mention is None or mention.generic or mention.start < act.end \
            or bodies.bodies[mention.key].kind != "org":
        return None
    end = mention.end
    if end < len(doc) and doc[end].text in _CLOSING:
        end += 1
    return mention.key, end


def _in_a_document(ctx: Context, k: int) -> bool:
    """«в сообщении», «в заявлении» at token ``k``: where «говорится» says it, whose document follows."""
    return k + 1 < len(ctx.doc) and ctx.norms[k] in ("в", "во") and ctx.norms[k + 1] in _DOCUMENTS


def _what_a_body_said(ctx: Context, act: Span, sent: Span, body_end: int) -> str | None:
    """What a body said: after it and a comma when the act opens the sentence with «Как» («Как
    сообщили в пресс-службе …, строительство обошлось …»), or the sentence around the act set
    off by commas («Еврокомиссия готова …, сообщает «Лента.ру»»; «Одна из групп, уточняет газета
    «Труд», пришла …»)."""
    doc = ctx.doc
    parts: list[tuple[int, int]] = []
    that = body_end + 1 if body_end + 1 < sent.end and doc[body_end].text == "," \
        and doc[body_end + 1].norm_ == "что" else None
    if that is not None:
        parts.append((that + 1, sent.end))      # «В Кремле заявили, что визит состоится в мае»
    elif act.start > sent.start and doc[act.start - 1].norm_ == "как":
        if body_end >= sent.end or doc[body_end].text != ",":
            return None
        parts.append((body_end + 1, sent.end))
    elif act.start - 1 > sent.start and doc[act.start - 1].text == ",":
        parts.append((sent.start, act.start - 1))
        if body_end < sent.end and doc[body_end].text == ",":
            parts.append((body_end + 1, sent.end))      # the act inserted in what was said
    else:
        return None
    start, end = parts[-1]
    parts[-1] = (start, _trimmed(doc, start, end))
    text = " ".join(" ".join(doc[a:b].text.split()) for a, b in parts if b > a)
    return text if len(text.split()) >= 3 else None


def _finite(token) -> bool:
    """A verb that reports speech: finite («отметил») or a gerund («подчеркнув»), not an infinitive."""
    return token.pos_ == "VERB" and token.morph.get("VerbForm") in (["Fin"], ["Conv"])


def _predicate(ctx: Context, act: Span) -> bool:
    """The act makes a speech act of its sentence: a finite verb or gerund in it (:func:`_finite`),
    or a short adjective of opinion before «, что» («уверен, что …»; not «уверен в победе»)."""
    if any(_finite(t) for t in act):
        return True
    return any(t.pos_ == "ADJ" and "Short" in t.morph.get("Variant") for t in act) and act.end + 1 < len(ctx.doc) \
        and ctx.texts[act.end] == "," and ctx.norms[act.end + 1] == "что"


def _speaker(ctx: Context, people: PersonIndex, holder: Holder, phrases: list[PostPhrase],
             act: Span, sent: Span, last: str | None) -> str | None:
    doc = ctx.doc
    before = [s for s in ctx.ner("PER") if sent.start <= s.start and s.end <= act.start
              and _may_be_subject(s)]
    if before:
        return people.key_at(before[-1])
    after = [s for s in ctx.ner("PER") if act.end <= s.start < min(sent.end, act.end + 3)
             and _names_speaker(ctx, act, s)]
    if after:
        return people.key_at(after[0])
    # (not one told to: «доложил губернатору Владиславу Шапше, что …»)
    titled = next((p for p in phrases if p.start == act.end and p.person is not None
                   and _case(doc[p.noun]) in ("Nom", None)), None)
    if titled is not None and _named_after(ctx, people, phrases, act) is not None:
        return titled.person     # «Как сообщил председатель комитета по бюджету Николай Любимов, …»
    # a post word as the subject («Губернатор отметил», «Парламентарий выразил надежду», «Как
    # отметил министр, …»)
    # (the subject in the nominative first: «Представляя нового министра коллективу, глава
    # региона отметил …» is the head of the region's)
    for phrase in sorted(phrases, key=lambda p: "Nom" not in doc[p.noun].morph.get("Case")):
        after = phrase.start == act.end and (phrase.body_end or phrase.end) < sent.end \
            and doc[phrase.body_end or phrase.end].text == ","
        if (sent.start <= phrase.start < act.start or after) and phrase.person is None:
            person = holder(phrase)
            if person is not None:
                return person
    for i in range(sent.start, act.start):
        if doc[i].norm_ in _PRONOUNS and "Nom" in doc[i].morph.get("Case"):
            return _pronoun_speaker(ctx, people, doc[i], last, sent.start)
    return None


_CLOSING = ("»", "”", '"')
_OPENING = ("«", "„", "“", '"')


def _quote_before(ctx: Context, sent: Span, act: Span) -> tuple[int, int] | None:
    """Tokens inside the quotation that ends just before the act, with a comma or a dash
    between («…», — сказал …); None when there is none."""
    doc = ctx.doc
    i = act.start - 1
    while i >= sent.start and act.start - i <= 3 and (doc[i].text == "," or doc[i].text in DASHES):
        i -= 1
    if i < sent.start or i == act.start - 1:
        return None
    if doc[i].text not in _CLOSING:
        return _dashed_speech(doc, i, act)
    depth = 0      # quotation marks inside: «…: “Нам надоело терпеть”», — сказал …
    low_opening = any(t.text == "„" for t in doc[sent.start:i])
    for j in range(i - 1, sent.start - 1, -1):
        text = doc[j].text
        if text in ("»", "”") or text == "“" and low_opening:
            depth += 1
        elif text in _OPENING and depth:
            depth -= 1
        elif text in _OPENING:
            return (j + 1, i) if j + 1 < i else None
    # a quotation of several sentences: «Это не электронная почта. … », — пояснил создатель
    for j in range(sent.start - 1, max(-1, sent.start - _QUOTE_REACH), -1):
        if doc[j].text == "»" or doc[j].text == '"':
            return None
        if doc[j].text == "«":
            return j + 1, i
    return None


def _clause_before(ctx: Context, sent: Span, act: Span, acts: list[Span]) -> tuple[int, int] | None:
    """The clause a sentence opens with when the act follows it after a comma (or a comma and a
    dash) with its speaker inverted after it: «Средняя зарплата выросла на 15 %, отметил
    заместитель губернатора …» → tokens of «Средняя зарплата выросла на 15 %». None when the
    clause has no verb of its own, another act of saying, or quotation marks (those are
    quotations), or when the act is followed by what is said («, рассказал о планах»)."""
    doc = ctx.doc
    i = act.start - 1
    if i > sent.start and doc[i].text in DASHES:
        i -= 1
    if i <= sent.start + 1 or doc[i].text != ",":
        return None
    if act.end >= sent.end or doc[act.end].norm_ in ("о", "об", "обо", "что", ",", ":") or doc[act.end].is_punct:
        return None
    start = sent.start
    while start < i and (doc[start].is_space or doc[start].text in DASHES):
        start += 1
    clause = doc[start:i]
    if any(t.text in _OPENING or t.text in _CLOSING for t in clause):
        return None
    if any(a.start < i and a.end > start for a in acts if a.start != act.start):
        return None
    if not any(_finite(t) or t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") and "Short" in t.morph.get("Variant")
               for t in clause):
        return None
    return start, i


_QUOTE_REACH = 200     # tokens a quotation of several sentences may run back


def _dashed_speech(doc: Doc, i: int, act: Span) -> tuple[int, int] | None:
    """«— Мы работаем над этим, — сказал министр …»: a paragraph opened by a dash is direct
    speech up to the comma and dash before the act; ``i`` is its last word."""
    if doc[act.start - 1].text not in DASHES or doc[i + 1].text != "," and doc[i].text not in ("!", "?", "…"):
        return None      # (not «…, — сказал» nor «…? — спросил»)
    for j in range(i, max(-1, i - _QUOTE_REACH), -1):
        if j == 0 or "\n" in doc[j - 1].text:
            return (j + 1, i + 1) if doc[j].text in DASHES and j + 1 <= i else None
        if doc[j].text in _OPENING or doc[j].text in _CLOSING:
            return None      # quotation marks: not speech set off by a dash
    return None


def _speaker_after(ctx: Context, people: PersonIndex, holder: Holder,
                   phrases: list[PostPhrase], act: Span, sent: Span, last: str | None) -> str | None:
    """Who speaks after a quotation: the name after the act (past a post: «сказал губернатор
    Калужской области Владислав Шапша»), a post word's holder, or «он»/«она»; whose document
    says it («— говорится в заявлении главы администрации … Руслана Смирнова»)."""
    doc = ctx.doc
    k = act.end
    if act[-1].lemma_ == "говориться" and k + 2 < sent.end and _in_a_document(ctx, k):
        owner = next((p for p in phrases if p.start == k + 2), None)
        name = next((s for s in ctx.ner("PER") if s.start == k + 2), None)
        return holder(owner) if owner is not None else people.key_at(name) if name is not None else None
    after = [s for s in ctx.ner("PER") if act.end <= s.start < sent.end and _may_be_subject(s)]
    # («— сказал журналистам глава района …», «— заверил журналистов …»: those spoken to, in
    # the dative or the accusative, do not speak)
    posts = [p for p in phrases if act.end <= p.start < sent.end and _case(doc[p.noun]) in ("Nom", None)]
    first_post = posts[0].start if posts else sent.end
    if after and (after[0].start <= first_post or posts[0].person == people.key_at(after[0])):
        return people.key_at(after[0])
    if posts and posts[0].start == act.end:
        return holder(posts[0])
    if act.end < sent.end and doc[act.end].norm_ in _PRONOUNS:
        return _pronoun_speaker(ctx, people, doc[act.end], last, sent.start)
    return None


def _may_be_subject(span: Span) -> bool:
    """A name in the nominative, or one whose case the tagger does not know («Владислава
    Шапшу поздравили» has no speaker)."""
    cases = [c for t in span for c in t.morph.get("Case")]
    return not cases or "Nom" in cases


def _pronoun_speaker(ctx: Context, people: PersonIndex, pronoun: Token, last: str | None, start: int) -> str | None:
    """Who «он», «она», «его», «её» stands for: the last speaker when of its gender, else the
    last person named before ``start`` who may be («Жителей поздравили глава … Татьяна Леонова
    и председатель … Геннадий Артемьев. «…», — сказала она»: Леонова)."""
    gender = PRONOUN_GENDERS.get(pronoun.lower_)
    if last is not None and all(may_be_of(s, gender) for s in ctx.ner("PER") if people.key_at(s) == last):
        return last
    return last_person_before(ctx, people, start, gender)
