"""kg.nlp.normal: nominative forms of names and phrases."""
from __future__ import annotations

import pytest

from kg.graph.iris import slug
from kg.nlp import lemma_key


def ids(value):
    """Readable ASCII test ids for Russian parameters."""
    return slug(value)[:40] if isinstance(value, str) else None


def span_of(nlp, text, phrase):
    doc = nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    assert span is not None
    return span


@pytest.mark.parametrize("text, phrase, expected", [
    ("Он встретился с губернатором Калужской области.", "губернатором Калужской области",
     "губернатор Калужской области"),
    ("Закон поддержан депутатами Государственной Думы.", "Государственной Думы",
     "Государственная Дума"),
    ("Встреча с заместителем министра иностранных дел Грузии.",
     "заместителем министра иностранных дел", "заместитель министра иностранных дел"),
    ("В 2010 году был создан Центр кластерного развития.", "Центр кластерного развития",
     "Центр кластерного развития"),
    ("Об этом говорили на стратегической сессии в Калуге.", "стратегической сессии",
     "стратегическая сессия"),
    ("Работу ассоциации кластеров высоко оценили.", "ассоциации кластеров", "ассоциация кластеров"),
    # an abbreviation in capitals does not decline
    ("Выступил генеральный директор НМИЦ радиологии.", "НМИЦ радиологии", "НМИЦ радиологии"),
    ("Заявление сделали в МИДе.", "МИДе", "МИД"),
    # a noun to the tagger that the dictionary knows only as an adjective or participle
    ("Ирина Агеева назначена уполномоченным по правам ребёнка.", "уполномоченным по правам ребёнка",
     "уполномоченный по правам ребёнка"),
    ("Встреча с уполномоченной по правам человека Ириной Петровой.", "уполномоченной по правам человека",
     "уполномоченная по правам человека"),
], ids=ids)
def test_phrase(nlp, normalizer, text, phrase, expected):
    assert normalizer.phrase(span_of(nlp, text, phrase)) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    ("Он встретился с Владиславом Шапшой.", "Владиславом Шапшой", "Владислав Шапша"),
    ("Поздравили Сергея Лаврова.", "Сергея Лаврова", "Сергей Лавров"),
    ("Письмо передали Геннадию Скляру.", "Геннадию Скляру", "Геннадий Скляр"),
    ("Встреча с Андреем Шпиленко прошла в Калуге.", "Андреем Шпиленко", "Андрей Шпиленко"),
    # devset book_398: a surname no dictionary knows takes the tagger's lemma, its case ending off
    ("Клинсман назвал Йенса Лемана первым вратарём.", "Йенса Лемана", "Йенс Леман"),
    # not a lemma of another word («Кими» is no form of «кий»)
    ("Гонку выиграл Кими Райкконен.", "Кими Райкконен", "Кими Райкконен"),
    # an unknown name in «-й»: «-ем» is its instrumental
    ("Он провёл переговоры с президентом Афганистана Хамидом Карзаем.", "Хамидом Карзаем",
     "Хамид Карзай"),
    # the tagger calls «Акирой» a nominative; the post before it governs the instrumental
    ("Губернатор встретился с послом Японии в России Акирой Муто.", "Акирой Муто", "Акира Муто"),
    ("Губернатор встретился с министром Ольгой Голодец.", "Ольгой Голодец", "Ольга Голодец"),
    # no instrumental ends in «-у»: the Turkish surname does not decline
    ("Лавров провёл переговоры со своим коллегой Мевлютом Чавушоглу.", "Мевлютом Чавушоглу",
     "Мевлют Чавушоглу"),
    # a surname the dictionary knows only as an adjective declines as one
    ("Губернатор встретился с Ольгой Светлой.", "Ольгой Светлой", "Ольга Светлая"),
    ("Губернатор встретился с Дмитрием Светлым.", "Дмитрием Светлым", "Дмитрий Светлый"),
    ("Орден вручили Анне Гордой.", "Анне Гордой", "Анна Гордая"),
    # a surname of the «-ов» kind keeps that reading, though «лавровый» is an adjective
    ("Губернатор встретился с Еленой Лавровой.", "Еленой Лавровой", "Елена Лаврова"),
    # «Анне» is also a fixed foreign name; beside a declined surname it is «Анна»
    ("Орден вручили Анне Петровой.", "Анне Петровой", "Анна Петрова"),
    # not for a fixed surname or one whose other reading is a plural («Ким», «Аркади»)
    ("Он говорил с Аркади Патаркацишвили.", "Аркади Патаркацишвили", "Аркади Патаркацишвили"),
    ("Письмо передали Ким Чен Иру.", "Ким", "Ким"),
    # a nominative post: the name stays as the tagger read it
    ("Посол Японии Толстой Иван выступил.", "Толстой Иван", "Толстой Иван"),
    # a surname of the «-ов» kind the dictionary knows only as an adjective («торосовый»)
    ("Губернатор встретился с министром Ильей Торосовым.", "Ильей Торосовым", "Илья Торосов"),
    ("Губернатор встретился с Анной Торосовой.", "Анной Торосовой", "Анна Торосова"),
    # a man's surname of the «-я» declension the dictionary does not know, in the instrumental
    ("Он встретился с губернатором Игорем Руденей.", "Игорем Руденей", "Игорь Руденя"),
    # a man's «-ин» surname in the genitive the dictionary reads as a noun («кузина») or an
    # adjective («лисиный»): it stayed «Кузина»
    ("Губернатор наградил генерального директора АО «Тулачермет» Александра Кузина.", "Александра Кузина",
     "Александр Кузин"),
    ("Он сменил на посту директора завода Александра Лисина.", "Александра Лисина", "Александр Лисин"),
    # a woman's name in the nominative stays
    ("Приехала Александра Кузина.", "Александра Кузина", "Александра Кузина"),
], ids=ids)
def test_name(nlp, normalizer, text, phrase, expected):
    assert normalizer.name(span_of(nlp, text, phrase)) == expected


def test_phrase_collapses_whitespace(nlp, normalizer):
    text = "Он встретился с губернатором\n  Калужской области."
    span = span_of(nlp, text, "губернатором\n  Калужской области")
    assert normalizer.phrase(span) == "губернатор Калужской области"


def test_phrase_of_tokens_list(nlp, normalizer):
    doc = nlp("Для Государственной Думы это важно.")
    assert normalizer.phrase([doc[1], doc[2]]) == "Государственная Дума"


@pytest.mark.parametrize("word, lemma", [
    ("губернатором", "губернатор"), ("Думы", "дума"), ("учёных", "ученый"), ("сессии", "сессия"),
], ids=ids)
def test_lemma_of_a_lone_word(normalizer, word, lemma):
    assert normalizer.lemma(word) == lemma


def test_lemma_key():
    assert lemma_key("Учёный") == "ученый"
    assert lemma_key("ЁЛКА") == "елка"
    assert lemma_key("") == ""


@pytest.mark.parametrize("text, nominative", [
    # devset book_147, book_489, book_504, book_314
    ("Российско-американской рабочей группы", "Российско-американская рабочая группа"),
    ("Объединенного фронта за демократию", "Объединенный фронт за демократию"),
    ("Русского развивающего центра", "Русский развивающий центр"),
    ("Новой волны-2009", "Новая волна-2009"),
    # a superlative the dictionary lemmatises to another word («лучшим» is «хороший» to it)
    ("лучшим работникам отрасли", "лучшие работники отрасли"),
    ("лучшим игроком", "лучший игрок"),
    ("худшей командой", "худшая команда"),
    # what inflected already still does
    ("Государственной Думы", "Государственная Дума"),
    ("Калужской области", "Калужская область"),
])
def test_phrase_inflects_participles_and_hyphenated_words(nlp, text, nominative):
    normalizer = nlp.get_pipe("kg_natasha").normalizer
    assert normalizer.phrase(nlp(text)[:]) == nominative


@pytest.mark.parametrize("text, name, expected", [
    # the tagger takes the genitive from «губернатора …»; «Шапшу» has no genitive, and its
    # lemma is one the dictionary gives the word in an oblique case of the singular
    ("Коллеги поздравили губернатора Калужской области Владислава Шапшу.", "Владислава Шапшу",
     "Владислав Шапша"),
    # a guessed plural or a participle of an unknown word is no lemma of a name
    ("Коллеги поздравили Кими Райкконена.", "Кими Райкконена", "Кими Райкконена"),
    # the tagger reads «Аникеева» as a woman's nominative: the given name's gender and case
    ("По словам министра образования и науки региона Александра Аникеева, в этом году в области "
     "откроются три новые школы.", "Александра Аникеева", "Александр Аникеев"),
    # the tagger reads «Авдееву» as «Авдеев»'s dative: the given name's gender and case
    ("Соколова сменила на этом посту Валентину Авдееву, которая перешла на работу в Федеральное "
     "казначейство.", "Валентину Авдееву", "Валентина Авдеева"),
    # both words read as nominatives; the dictionary reads «Ботиржоном» only as an instrumental
    ("Губернатор встретился с Послом Республики Узбекистан в России Ботиржоном Асадовым.",
     "Ботиржоном Асадовым", "Ботиржон Асадов"),
    # both words read as nominatives; «Кумаром» is a name only in the instrumental, and «Винаем»
    # no name to the dictionary at all
    ("Губернатор встретился с Чрезвычайным и Полномочным Послом Республики Индия в Российской "
     "Федерации Винаем Кумаром.", "Винаем Кумаром", "Винай Кумар"),
    # the tagger reads «Хаканом» as a nominative, «Фиданом» as a genitive; the dictionary reads
    # «Хаканом» only as an instrumental and «Фиданом» as a name only in the instrumental
    ("Сергей Лавров провёл переговоры с министром иностранных дел Турции Хаканом Фиданом в Анкаре.",
     "Хаканом Фиданом", "Хакан Фидан"),
], ids=ids)
def test_name_against_a_wrong_case(nlp, normalizer, text, name, expected):
    assert normalizer.name(span_of(nlp, text, name)) == expected


def test_a_surname_left_in_the_nominative_takes_the_given_names_case(nlp, normalizer):
    """«с министром торговли Индии Пиюшем Гоялом»: the tagger reads «Гоялом» as a nominative."""
    text = "Губернатор встретился с министром торговли Индии Пиюшем Гоялом."
    assert normalizer.name(span_of(nlp, text, "Пиюшем Гоялом")) == "Пиюш Гоял"


@pytest.mark.parametrize("text, name", [
    ("Саломе Зурабишвили заявила, что уйдет в отставку.", "Саломе Зурабишвили"),
    ("Анна Аникеева заявила, что школы откроются.", "Анна Аникеева"),
    ("Министр Александра Аникеева заявила, что школы откроются.", "Александра Аникеева"),
], ids=ids)
def test_a_nominative_name_stays(nlp, normalizer, text, name):
    """«Саломе» reads as an oblique «Салом», but «Зурабишвили» is any case: nothing to share."""
    assert normalizer.name(span_of(nlp, text, name)) == name


def test_an_indeclinable_given_name_shows_no_case_to_share(nlp, normalizer):
    """devset: «• Бенито Арчундия (Мексика)»: «Бенито» does not decline, so its tagged case
    says nothing of «Арчундия»."""
    text = "Арбитры: • Карлос Батрес (Гватемала) • Бенито Арчундия (Мексика)"
    assert normalizer.name(span_of(nlp, text, "Бенито Арчундия")).endswith("Арчундия")


@pytest.mark.parametrize("name, genitive", [
    ("Калужская область", "Калужской области"),
    ("Республика Татарстан", "Республики Татарстан"),
    ("Краснодарский край", "Краснодарского края"),
    ("Калуга", "Калуги"),
    ("Нижний Новгород", "Нижнего Новгорода"),
    ("Ханты-Мансийский автономный округ — Югра", "Ханты-Мансийского автономного округа — Югра"),
], ids=ids)
def test_genitive_of_a_territorys_name(normalizer, name, genitive):
    assert normalizer.genitive(name) == genitive


def test_phrase_of_an_adjective_the_tagger_read_as_a_name(nlp):
    """«Председателем Контрольно-счётной палаты …»: the tagger reads «Контрольно-счётной» as a
    PROPN in the instrumental (from the post); the dictionary knows an adjective only, which
    agrees with «палаты» (the body was «Контрольно-счетной палаты Калужской области»)."""
    normalizer = nlp.get_pipe("kg_natasha").normalizer
    doc = nlp("Председателем Контрольно-счётной палаты Калужской области переизбран Виктор Зуев.")
    assert normalizer.phrase(doc[1:5]) == "Контрольно-счетная палата Калужской области"
