"""kg.extract.statements: who said what."""
from __future__ import annotations

import pytest

from kg.graph.iris import slug
from kg.vocab import SPEECH


def ids(value):
    if isinstance(value, str) and value.startswith("http"):
        return value.rsplit("#", 1)[-1]
    return slug(value)[:40] if isinstance(value, str) else None


def said(ex):
    return [(s.speaker, s.speech_act, s.text) for s in ex.statements]


@pytest.mark.parametrize("text, speaker, act, said_text", [
    ("Приветствуя участников сессии, Владислав Шапша в частности отметил, что Калужская "
     "область прошла большой путь по формированию современной промышленности.",
     "person:Владислав Шапша", SPEECH.note,
     "Калужская область прошла большой путь по формированию современной промышленности"),
    ("Геннадий Скляр в свою очередь подчеркнул, что минпромторг России получает неизменную "
     "поддержку Государственной Думы.",
     "person:Геннадий Скляр", SPEECH.emphasise,
     "минпромторг России получает неизменную поддержку Государственной Думы"),
    ("Геннадий Скляр выразил надежду, что в области будет создан новый кластер.",
     "person:Геннадий Скляр", SPEECH["express-hope"], "в области будет создан новый кластер"),
    ("Андрей Шпиленко высоко оценил опыт региона по формированию кластерной экономики.",
     "person:Андрей Шпиленко", SPEECH.praise, "опыт региона по формированию кластерной экономики"),
    ("Премьер-министр Эстонии Андрус Ансип заявил, что страна готова к переговорам.",
     "person:Андрус Ансип", SPEECH.state, "страна готова к переговорам"),
], ids=ids)
def test_speaker_act_and_text(extract, text, speaker, act, said_text):
    ex = extract(text)
    assert said(ex) == [(speaker, str(act), said_text)]
    ev = ex.statements[0].evidence
    assert 0 <= ev.sent_start <= ev.start < ev.end <= ev.sent_end <= len(text)
    assert said_text in " ".join(text[ev.start:ev.end].split())


def test_two_acts_in_one_sentence(extract):
    text = ("Андрей Шпиленко высоко оценил опыт региона по формированию кластерной экономики и "
            "отметил, что одна из ключевых задач сессии – объяснить руководителям предприятий "
            "преимущества кластеров.")
    ex = extract(text)
    assert said(ex) == [
        ("person:Андрей Шпиленко", str(SPEECH.praise),
         "опыт региона по формированию кластерной экономики"),
        ("person:Андрей Шпиленко", str(SPEECH.note),
         "одна из ключевых задач сессии – объяснить руководителям предприятий преимущества "
         "кластеров"),
    ]


def test_descriptor_subject_refers_to_the_official(extract):
    """«Парламентарий выразил надежду» — the deputy named before."""
    text = ("В форуме участвовал депутат Государственной Думы Геннадий Скляр. Депутат выразил "
            "надежду, что в области будет создан новый кластер.")
    ex = extract(text)
    assert said(ex) == [("person:Геннадий Скляр", str(SPEECH["express-hope"]),
                         "в области будет создан новый кластер")]


def test_surname_speaker(extract):
    text = ("Губернатор Калужской области Владислав Шапша провёл совещание. Шапша подчеркнул, что "
            "регион готов к сотрудничеству.")
    ex = extract(text)
    assert said(ex) == [("person:Владислав Шапша", str(SPEECH.emphasise),
                         "регион готов к сотрудничеству")]


def test_pronoun_refers_to_the_person_named_before(extract):
    text = "Делегацию возглавил Андрей Шпиленко. Он отметил, что сотрудничество важно."
    ex = extract(text)
    assert said(ex) == [("person:Андрей Шпиленко", str(SPEECH.note), "сотрудничество важно")]


def test_no_speaker_no_statement(extract):
    assert extract("Эксперты отметили, что регион развивается.").statements == []
    assert extract("Было отмечено, что регион развивается.").statements == []


def test_the_object_of_a_speech_verb_is_not_its_speaker(extract):
    """«Шапшу поздравили» — Шапша is congratulated, he does not speak."""
    ex = extract("Губернатора Калужской области Владислава Шапшу поздравили с днём рождения.")
    assert [s.speaker for s in ex.statements] == []


def test_infinitive_is_not_a_statement(extract):
    ex = extract("Владислав Шапша собирается отметить успехи региона на форуме.")
    assert ex.statements == []


@pytest.mark.parametrize("text, speaker, said", [
    ("«Мы поддержим промышленность», — сказал губернатор Калужской области Владислав Шапша.",
     "person:Владислав Шапша", "Мы поддержим промышленность"),
    ("Владислав Шапша провёл совещание. «Нам нужно больше инвестиций», — подчеркнул он.",
     "person:Владислав Шапша", "Нам нужно больше инвестиций"),
    ("«Бюджет будет исполнен», — заявил Антон Силуанов.", "person:Антон Силуанов",
     "Бюджет будет исполнен"),
])
def test_quotation_before_the_act(extract, text, speaker, said):
    """«…», — сказал X: the quotation is what was said, the name (or «он») after the verb
    says who."""
    ex = extract(text)
    assert [(s.speaker, s.text) for s in ex.statements] == [(speaker, said)]


def test_quotation_with_no_speaker_is_no_statement(extract):
    ex = extract("«Работы завершатся в мае», — говорится в сообщении пресс-службы.")
    assert ex.statements == []


def test_name_after_kak_otmetil_is_the_speaker_not_the_text(extract):
    """«Как отметил Силуанов, …»: the surname (which the dictionary takes for a given name)
    is the minister named before, and the statement starts after it."""
    ex = extract("Министр финансов Антон Силуанов выступил в Госдуме. Как отметил Силуанов, "
                 "бюджет будет исполнен.")
    assert [(s.speaker, s.text) for s in ex.statements] == [
        ("person:Антон Силуанов", "бюджет будет исполнен")]
    assert "person:Силуанов" not in ex.persons


@pytest.mark.parametrize("text, speaker, said", [
    ("Губернатор Калужской области Владислав Шапша провёл совещание. По словам губернатора, "
     "производство выросло на 5%.", "person:Владислав Шапша", "производство выросло на 5%"),
    ("Иван Петров посетил завод. По его словам, выпуск удвоится.", "person:Иван Петров",
     "выпуск удвоится"),
    ("По словам Ивана Петрова, выпуск удвоится.", "person:Иван Петров", "выпуск удвоится"),
])
def test_po_slovam(extract, text, speaker, said):
    ex = extract(text)
    assert [(s.speaker, s.text, s.speech_act) for s in ex.statements] == [
        (speaker, said, str(SPEECH.say))]


def test_po_slovam_of_nobody_named_is_no_statement(extract):
    assert extract("По словам очевидцев, пожар начался ночью.").statements == []


@pytest.mark.parametrize("text, speaker, said", [
    # a post alone after the act: «Как отметил министр, …»
    ("Министр промышленности и торговли РФ Антон Алиханов открыл форум «Иннопром». Как отметил "
     "министр, отрасль показывает рост.", "person:Антон Алиханов", "отрасль показывает рост"),
    # «глава региона»: the head of the region named before (its kg:headOfPost, the governor)
    ("Губернатор Тульской области Дмитрий Миляев выступил на сессии. «Бюджет сохраняет "
     "социальную направленность», — отметил глава региона.", "person:Дмитрий Миляев",
     "Бюджет сохраняет социальную направленность"),
    # «глава ведомства»: the head of an authority named before
    ("Министр финансов РФ Антон Силуанов открыл форум. «Рост продолжится», — сказал глава ведомства.",
     "person:Антон Силуанов", "Рост продолжится"),
    # «глава МИД РФ»: the minister whose field and country the ministry's name carries
    ("Министр иностранных дел России Сергей Лавров прибыл в Токио. Глава МИД РФ подтвердил "
     "готовность к диалогу.", "person:Сергей Лавров", "готовность к диалогу"),
], ids=ids)
def test_a_post_alone_speaks_for_the_official_named_before(extract, text, speaker, said):
    assert [(s.speaker, s.text) for s in extract(text).statements] == [(speaker, said)]


@pytest.mark.parametrize("text", [
    # the minister of another country is not the head of МИД РФ
    "Министр иностранных дел Японии Сейдзи Маэхара прибыл в Москву. Глава МИД РФ подтвердил "
    "готовность к диалогу.",
    # a former governor is not «губернатор»
    "Бывший губернатор Тульской области Иван Петров приехал в Тулу. Губернатор отметил, что "
    "отрасль растёт.",
    # a plural post is a group, not the official named before (devset book_438)
    "Космонавт Александр Воробьев вернулся. Представители Роскосмоса не подтвердили "
    "предположение о проблемах.",
], ids=ids)
def test_a_post_alone_with_no_fitting_official_has_no_speaker(extract, text):
    assert extract(text).statements == []


def test_words_around_an_inserted_speaker_are_the_statement(extract):
    """devset book_256: «…, подчеркнул президент РФ, будет полезным»."""
    ex = extract("Президент РФ Дмитрий Медведев выступил. Установление повсеместно в стране летнего "
                 "времени, подчеркнул президент РФ, будет полезным.")
    assert [(s.speaker, s.text) for s in ex.statements] == [
        ("person:Дмитрий Медведев", "Установление повсеместно в стране летнего времени будет полезным")]


def test_a_quotation_of_several_sentences(extract):
    """devset book_546: the quotation before «— пояснил создатель Facebook» runs over three
    sentences; the post after the act is no statement of its own."""
    ex = extract("Создатель Facebook Марк Цукерберг представил сервис. «Это не электронная почта. Нам не кажется, что "
                 "система должна быть почтой. Она включает e-mail», — пояснил создатель Facebook.")
    assert [(s.speaker, s.text) for s in ex.statements] == [
        ("person:Марк Цукерберг", "Это не электронная почта. Нам не кажется, что система должна "
                                  "быть почтой. Она включает e-mail")]


def test_a_quotation_closed_before_is_not_reopened(extract):
    ex = extract("«Мы готовы», — сказал Иван Петров. Работы идут. Всё будет сделано», — отметил он.")
    assert [(s.speaker, s.text) for s in ex.statements] == [("person:Иван Петров", "Мы готовы")]


def test_a_post_and_its_holder_after_kak_soobshchil(extract):
    ex = extract("Как сообщил председатель комитета по бюджету, финансам и налогам Николай Любимов, "
                 "расходы бюджета вырастут на 12%.")
    assert [(s.speaker, s.text) for s in ex.statements] == [
        ("person:Николай Любимов", "расходы бюджета вырастут на 12%")]


@pytest.mark.parametrize("text", [
    # devset book_374: the speaker after the act is all there is
    "Об этом заявил первый замминистра энергетики Белоруссии Эдуард Товпинец.",
    # devset book_480: what follows the speaker is where he spoke, not what he said
    "Об этом заявил шеф концерна Бернд Пишетсридер (Bernd Pischetsrieder) на ярмарке в Детройте.",
], ids=ids)
def test_who_speaks_is_not_what_he_said(extract, text):
    assert extract(text).statements == []


@pytest.mark.parametrize("text", [
    # devset book_260: a name after «что» is what was reported, not who reported it
    "Источники в посольстве докладывали, что Дмитрий Медведев воздержится от поездки.",
    # devset book_410: a name in the genitive is no speaker
    "Все дружно отметили 45-летие полёта Гагарина.",
], ids=ids)
def test_a_name_after_the_act_that_is_no_subject_is_no_speaker(extract, text):
    assert [s.speaker for s in extract(text).statements] == []


def test_a_name_then_a_comma_and_what_was_said(extract):
    ex = extract("Об этом заявил Иван Петров, отметив, что работы завершатся в мае.")
    assert [s.speaker for s in ex.statements][:1] == ["person:Иван Петров"]


def test_po_ego_slovam_after_a_post_speaker_is_his(extract):
    """«Заместитель губернатора поручил … По его словам, …»: «его» is who spoke just before,
    not the last name of the article."""
    ex = extract("Заместитель губернатора Калужской области Владимир Попов провёл совещание. Директор "
                 "агентства Анна Петрова рассказала о росте. Заместитель губернатора поручил агентству "
                 "подготовить программу. По его словам, особое внимание нужно уделить кадрам.")
    assert [(s.speaker, s.text) for s in ex.statements][-1] == (
        "person:Владимир Попов", "особое внимание нужно уделить кадрам")


def test_an_official_source_line_keeps_the_bodys_own_type(extract):
    """«Источник: Агентство инновационного развития Калужской области», a body the text names:
    one body, of its own type (was a second kg:bodyType, media, and a SHACL violation)."""
    ex = extract("Директор Агентства инновационного развития Калужской области Анна Петрова выступила.",
                 source="Агентство инновационного развития Калужской области")
    agency = [b for b in ex.bodies.values() if b.name.startswith("Агентство")]
    assert len(agency) == 1 and agency[0].body_type.endswith("#agency") and ex.source == agency[0].key


@pytest.mark.parametrize("text, expected", [
    # devset book_383: what was said follows «о том, что»
    ("Министр Игорь Щеголев рассказал о том, что Еврокомиссия готова рассмотреть вопрос о роуминге.",
     ["Еврокомиссия готова рассмотреть вопрос о роуминге"]),
    # not «о том, чем …»: the clause is no statement of fact (devset book_475)
    ("Директор Елена Сябренко рассказала о том, чем хотела бы заняться корпорация.",
     ["о том, чем хотела бы заняться корпорация"]),
    # devset book_147: the quote opened before «зачастую» closes after it
    ("Член Общественной палаты Александр Брод рассказал о том, что «зачастую затрагиваются интересы "
     "православия».", ["зачастую затрагиваются интересы православия"]),
    # a topic is kept as said
    ("Губернатор Владислав Шапша сообщил о росте производства на 12%.", ["о росте производства на 12%"]),
    # «об этом» says nothing new
    ("Губернатор Владислав Шапша заявил об этом на совещании.", []),
    # devset book_383, book_546: the act names its source, a medium, which says it
    ("Министр Игорь Щеголев приехал в Брюссель, сообщает «Лента.ру».", ["Министр Игорь Щеголев приехал в Брюссель"]),
], ids=ids)
def test_what_was_said_about(extract, text, expected):
    assert [s.text for s in extract(text).statements] == expected


@pytest.mark.parametrize("text, expected", [
    ("Посол Дмитрий Крутой поблагодарил Владислава Шапшу за тёплый приём.", ["за тёплый приём"]),
    ("Дмитрий Медведев предложил Владимиру Путину премьерский пост.", ["премьерский пост"]),
    # an addressed act (kg:AddressedAct): its object is whom, what comes with «с …», «за …»
    ("Губернатор Владислав Шапша поздравил ветеранов с Днём Победы.", ["с Днём Победы"]),
    ("Министр Иван Петров поблагодарил коллектив больницы за самоотверженный труд.",
     ["за самоотверженный труд"]),
    ("Министр Иван Петров поблагодарил за самоотверженный труд коллектив больницы.",
     ["за самоотверженный труд коллектив больницы"]),
    # a dative pronoun after the act is whom it was said to
    ("Губернатор Владислав Шапша поздравил жителей с Новым годом и пожелал им здоровья.",
     ["с Новым годом", "здоровья"]),
    ("Иван Петров сказал нам, что работы завершены.", ["работы завершены"]),
    # with only whom, nothing was said
    ("Председатель городской Думы Юрий Моргунов поздравил ветеранов.", []),
    # not for other acts: their object is what was said
    ("Министр Иван Петров предложил новый план развития.", ["новый план развития"]),
], ids=ids)
def test_whom_it_was_said_to_is_not_what_was_said(extract, text, expected):
    assert [s.text for s in extract(text).statements] == expected


@pytest.mark.parametrize("text, speaker, said_text", [
    ("Как сообщили в пресс-службе правительства Калужской области, строительство корпуса обошлось "
     "в 3,5 миллиарда рублей.", "org:пресс-служба правительства калужской области",
     "строительство корпуса обошлось в 3,5 миллиарда рублей"),
    ("«Работы будут завершены в срок», — сообщили в пресс-службе Министерства строительства.",
     "org:пресс-служба министерства строительства", "Работы будут завершены в срок"),
    # devset book_290: the act inserted in what was said
    ("Одна из групп протестующих, уточняет газета «Труд», пришла к посольству.", "org:газета труд",
     "Одна из групп протестующих пришла к посольству"),
], ids=ids)
def test_a_body_may_speak(extract, text, speaker, said_text):
    assert [(s.speaker, s.text) for s in extract(text).statements] == [(speaker, said_text)]


@pytest.mark.parametrize("text, speaker", [
    # a person is named: he speaks, the body is where he said it
    ("Министр Иван Петров сообщил в интервью газете «Весть», что дорога будет готова в мае.", "person:Иван Петров"),
    ("Как сообщил губернатор Владислав Шапша, дорога будет готова в мае.", "person:Владислав Шапша"),
], ids=ids)
def test_a_named_person_speaks_not_the_body(extract, text, speaker):
    assert [(s.speaker, s.text) for s in extract(text).statements] == [(speaker, "дорога будет готова в мае")]


@pytest.mark.parametrize("text, said_text", [
    ("По данным Росстата, инфляция в марте составила 0,5%.", "инфляция в марте составила 0,5%"),
    ("По информации пресс-службы губернатора, встреча прошла в конструктивном ключе.",
     "встреча прошла в конструктивном ключе"),
    ("В Кремле заявили, что визит состоится в мае.", "визит состоится в мае"),
], ids=ids)
def test_a_body_reports(extract, text, said_text):
    [statement] = extract(text).statements
    assert statement.text == said_text and not statement.speaker.startswith("person:")


def test_a_speech_verb_inside_what_was_said_is_part_of_it(extract):
    ex = extract("Представитель МИД России Мария Захарова заявила, что Москва ответит на санкции.")
    assert [(s.speaker, s.text) for s in ex.statements] == [("person:Мария Захарова", "Москва ответит на санкции")]


def test_a_name_before_a_second_speech_verb_makes_it_a_new_act(extract):
    """devset book_260."""
    ex = extract("Наото Кан заявил, что этот визит вызывает сожаление, а министр Сэйдзи Маэхара "
                 "отметил, что поступок ранит чувства народа.")
    assert [s.speaker for s in ex.statements] == ["person:Наото Кан", "person:Сэйдзи Маэхара"]
    assert ex.statements[1].text == "поступок ранит чувства народа"


@pytest.mark.parametrize("text, expected", [
    ("— Мы работаем над этим, — сказал министр строительства Алексей Лоханов.",
     [("person:Алексей Лоханов", "Мы работаем над этим")]),
    ("— Работы идут по графику. Всё будет в срок, — подчеркнул министр строительства Алексей Лоханов.",
     [("person:Алексей Лоханов", "Работы идут по графику. Всё будет в срок")]),
    ("— Это важно! — подчеркнул губернатор Владислав Шапша.", [("person:Владислав Шапша", "Это важно!")]),
    # no dash opens the paragraph: the clause before the act is what he said all the same
    ("Мы работаем над этим, — сказал министр строительства Алексей Лоханов.",
     [("person:Алексей Лоханов", "Мы работаем над этим")]),
    # …but not a clause that reports another act of saying
    ("Министр сообщил, что работы идут, — сказал Алексей Лоханов.", []),
], ids=ids)
def test_direct_speech_set_off_by_a_dash(extract, text, expected):
    assert [(s.speaker, s.text) for s in extract(text).statements] == expected


@pytest.mark.parametrize("text, expected", [
    ("По мнению эксперта Ивана Петрова, цены вырастут.", [("person:Иван Петров", "цены вырастут")]),
    ("Губернатор Владислав Шапша выступил. По мнению губернатора, цены стабилизируются.",
     [("person:Владислав Шапша", "цены стабилизируются")]),
    # no one named: no statement
    ("По мнению многих, цены вырастут.", []),
], ids=ids)
def test_in_someones_opinion(extract, text, expected):
    found = extract(text).statements
    assert [(s.speaker, s.text) for s in found] == expected
    assert all(s.speech_act == str(SPEECH.believe) for s in found)


@pytest.mark.parametrize("text, expected", [
    ("Министр строительства Алексей Лоханов: «Работы завершены в срок».",
     [("person:Алексей Лоханов", "Работы завершены в срок")]),
    ("Владислав Шапша: «Регион выполнит все обязательства»", [("person:Владислав Шапша", "Регион выполнит все обязательства")]),
    # a colon before no quotation is a list
    ("В списке: Иван Петров, Анна Сидорова.", []),
], ids=ids)
def test_a_name_a_colon_and_a_quotation(extract, text, expected):
    assert [(s.speaker, s.text) for s in extract(text).statements] == expected


@pytest.mark.parametrize("text, expected", [
    ("«Работы будут завершены в срок», — говорится в сообщении пресс-службы министерства строительства "
     "Калужской области.", [("Пресс-служба министерства строительства Калужской области",
                             "Работы будут завершены в срок")]),
    ("В сообщении пресс-службы губернатора Калужской области говорится, что все работы будут завершены "
     "в срок.", [("Пресс-служба губернатора Калужской области", "все работы будут завершены в срок")]),
    # no body: no one said it; the idiom is no statement
    ("В документе говорится, что все работы будут завершены в срок.", []),
    ("Иван Петров выступил. Как говорится, лучше поздно, чем никогда.", []),
], ids=ids)
def test_what_a_bodys_document_says(extract, text, expected):
    ex = extract(text)
    assert [(ex.bodies[s.speaker].name, s.text) for s in ex.statements] == expected


@pytest.mark.parametrize("text", [
    "«Мы рассчитываем завершить работы к осени», — сказал журналистам Дмитрий Аганичев.",
    "«Мы рассчитываем завершить работы к осени», — пояснил журналистам глава администрации "
    "Людиновского района Дмитрий Аганичев.",
], ids=ids)
def test_those_spoken_to_after_a_quotation_do_not_speak(extract, text):
    """«— сказал журналистам …»: the journalists, a post word in the dative, are whom he told;
    the quotation had no speaker."""
    ex = extract(text)
    assert [(s.speaker, s.text) for s in ex.statements] == [
        ("person:Дмитрий Аганичев", "Мы рассчитываем завершить работы к осени")]


@pytest.mark.parametrize("text, speaker, said_text", [
    ("Как сообщил журналистам заместитель губернатора Руслан Смоленский, строительство школы "
     "завершится в следующем году.", "person:Руслан Смоленский",
     "строительство школы завершится в следующем году"),
    ("Как рассказал нам директор школы Иван Петров, ремонт завершится в сентябре.",
     "person:Иван Петров", "ремонт завершится в сентябре"),
], ids=ids)
def test_those_spoken_to_before_the_speaker(extract, text, speaker, said_text):
    """«Как сообщил журналистам заместитель губернатора …»: the dative between the act and the
    speaker is whom he told."""
    ex = extract(text)
    assert [(s.speaker, s.text) for s in ex.statements] == [(speaker, said_text)]


def test_whom_an_instruction_is_given_stays_in_what_was_said(extract):
    ex = extract("Губернатор Иван Петров поручил министерству экономического развития подготовить "
                 "предложения по поддержке малых гостиниц.")
    assert [s.text for s in ex.statements] == [
        "министерству экономического развития подготовить предложения по поддержке малых гостиниц"]


@pytest.mark.parametrize("text, speaker, said_text", [
    ("Реформа налогообложения будет проведена не ранее чем через два года. Об этом заявил министр "
     "финансов Новой Зеландии Майкл Каллен.", "person:Майкл Каллен",
     "Реформа налогообложения будет проведена не ранее чем через два года"),
    # devset book_374: what he said is the sentence before, not his name after the act
    ("Россия поставит газ. Об этом заявил первый замминистра энергетики Белоруссии Эдуард Товпинец.",
     "person:Эдуард Товпинец", "Россия поставит газ"),
    ("Работы завершат к осени. Об этом журналистам сообщил глава района Дмитрий Аганичев.",
     "person:Дмитрий Аганичев", "Работы завершат к осени"),
    ("Работы завершат к осени. Глава района Дмитрий Аганичев сообщил об этом журналистам.",
     "person:Дмитрий Аганичев", "Работы завершат к осени"),
    ("Как передала радиостанция «Маяк», возбуждено уголовное дело. Об этом сообщил официальный "
     "представитель Следственного комитета Владимир Маркин.", "person:Владимир Маркин",
     "возбуждено уголовное дело"),
], ids=ids)
def test_about_this_says_the_sentence_before(extract, text, speaker, said_text):
    """«Об этом заявил …»: what was said is the sentence before (without where it was heard)."""
    ex = extract(text)
    assert [(s.speaker, s.text) for s in ex.statements] == [(speaker, said_text)]


def test_about_this_says_what_a_body_told(extract):
    ex = extract("В Калуге откроется новый детский сад. Об этом сообщили в пресс-службе губернатора.")
    assert [s.text for s in ex.statements] == ["В Калуге откроется новый детский сад"]
    assert not ex.statements[0].speaker.startswith("person:")


@pytest.mark.parametrize("text", [
    "Иван Петров сообщил, что работы завершат к осени. Об этом также заявил Дмитрий Аганичев.",
    "Об этом заявил министр финансов Майкл Каллен.",
], ids=ids)
def test_about_this_after_words_already_said_or_nothing_says_nothing_more(extract, text):
    ex = extract(text)
    assert all(s.speaker != "person:Дмитрий Аганичев" and s.speaker != "person:Майкл Каллен"
               for s in ex.statements)


@pytest.mark.parametrize("text, speaker", [
    ("Жителей поздравили глава администрации города Обнинска Татьяна Леонова и председатель городского "
     "Собрания Геннадий Артемьев. «Мы гордимся нашими учёными», — сказала она.", "person:Татьяна Леонова"),
    # devset book_448: «По её словам» after a man named last
    ("Алла Бут впервые сможет увидеть супруга Виктора Бута. По её словам, заседание будет техническим.",
     "person:Алла Бут"),
], ids=ids)
def test_a_pronoun_stands_for_a_person_of_its_gender(extract, text, speaker):
    """«сказала она», «По её словам»: the last person named who may be a woman, not the last
    named (a man)."""
    ex = extract(text)
    assert [s.speaker for s in ex.statements] == [speaker]


def test_she_with_no_woman_named_says_nothing(extract):
    """devset book_310: «она» is the European Commission; the only person named is a man."""
    ex = extract("Майкл Видениус обратился к ФАС. Еврокомиссия закончила расследование и заявила, что "
                 "не видит в нём противоречий. В конце декабря она заявила, что не видит противоречий.")
    assert all(s.speaker != "person:Майкл Видениус" for s in ex.statements)


@pytest.mark.parametrize("text, speaker, said_text", [
    ("Инвестиции в основной капитал Тульской области за год увеличились на 12%, рассказал губернатор "
     "Алексей Дюмин.", "person:Алексей Дюмин", "Инвестиции в основной капитал Тульской области за год "
     "увеличились на 12%"),
    ("Средняя заработная плата в регионе выросла на 15,3 процента, — отметил заместитель губернатора "
     "Владимир Попов.", "person:Владимир Попов", "Средняя заработная плата в регионе выросла на 15,3 процента"),
    # devset book_542
    ("Выступления экологов никак не повлияли на возможную отставку губернатора, отметил Минченко.",
     "person:Минченко", "Выступления экологов никак не повлияли на возможную отставку губернатора"),
], ids=ids)
def test_a_clause_before_the_act_with_its_speaker_after_is_what_he_said(extract, text, speaker, said_text):
    """«…, рассказал губернатор …»: reported speech with no quotation marks."""
    ex = extract(text)
    assert [(s.speaker, s.text) for s in ex.statements] == [(speaker, said_text)]


@pytest.mark.parametrize("text", [
    # the act is followed by what was said: the clause before is something he did
    "Губернатор Алексей Дюмин посетил завод, рассказал о планах предприятия.",
    # no verb before the comma: a name, not a clause
    "Иван Петров, отметил министр Алексей Иванов.",
], ids=ids)
def test_no_clause_before_the_act(extract, text):
    ex = extract(text)
    assert all(not s.text.startswith(("Губернатор", "Иван Петров")) for s in ex.statements)


@pytest.mark.parametrize("text, expected", [
    ("Депутат Государственной Думы Ольга Окунева ответила на вопросы жителей о газификации района.", []),
    ("Министр Иван Петров ответил на вопрос журналиста, что тарифы не вырастут.",
     [("person:Иван Петров", "тарифы не вырастут")]),
    ("Министр Иван Петров ответил, что тарифы не вырастут.", [("person:Иван Петров", "тарифы не вырастут")]),
], ids=ids)
def test_what_was_answered_is_not_what_was_said(extract, text, expected):
    """A kg:RespondingAct («ответить»): its «на» object is the question, not the answer."""
    assert [(s.speaker, s.text) for s in extract(text).statements] == expected


@pytest.mark.parametrize("text, expected", [
    ("Начальник управления Сергей Иванов подвёл итоги года.", []),
    ("Начальник управления Сергей Иванов подвёл итоги года: аварийность снизилась.",
     [("person:Сергей Иванов", "аварийность снизилась")]),
    # not a genitive: what was said follows the act's noun
    ("Губернатор Владислав Шапша выразил надежду, что завод заработает.",
     [("person:Владислав Шапша", "завод заработает")]),
], ids=ids)
def test_a_genitive_after_the_acts_noun_is_what_it_is_of(extract, text, expected):
    """«подвёл итоги года»: «года» is what the summing up is of, not what was said (was «года»)."""
    assert [(s.speaker, s.text) for s in extract(text).statements] == expected


@pytest.mark.parametrize("text, said_text", [
    ("Губернатор Калужской области Владислав Шапша доложил президенту о ситуации в области.",
     "о ситуации в области"),
    # and with his name (was part of what was said)
    ("Ирина Стрельцова доложила мэру Иркутска Руслану Болотову о ходе модернизации очистных сооружений.",
     "о ходе модернизации очистных сооружений"),
    # devset book_147: a dative inside what was said stays
    ("Александр Брод сказал, что духовным лидерам следовало бы больше выступать с критикой.",
     "духовным лидерам следовало бы больше выступать с критикой"),
], ids=ids)
def test_a_post_told_in_the_dative_is_whom_not_what(extract, text, said_text):
    """«доложил президенту о …»: the post right after the act is whom it was said to (was part of
    the statement, as in devset book_74 «рассказал министрам о …»)."""
    assert [s.text for s in extract(text).statements] == [said_text]


def test_whom_it_was_reported_to_is_not_the_speaker(extract):
    """«Министр доложил губернатору Владиславу Шапше, что …» made the governor the speaker."""
    ex = extract("Министр доложил губернатору Владиславу Шапше, что работы завершены.")
    assert "person:Владислав Шапша" not in [s.speaker for s in ex.statements]


@pytest.mark.parametrize("text", [
    "Министр Иван Петров не сказал, когда завершится ремонт.",
    "Министр Иван Петров не сообщил подробностей.",
    # devset book_448
    "Бут не признал себя виновным ни по одному из пунктов обвинения.",
], ids=ids)
def test_a_denied_act_says_nothing(extract, text):
    """(each was a statement: «когда завершится ремонт», «подробностей», «себя виновным …»)"""
    assert extract(text).statements == []


def test_those_spoken_to_in_the_accusative_do_not_speak(extract):
    """«…», – заверил журналистов глава администрации … (was no statement: «журналистов» stood
    first)."""
    ex = extract("«Ситуация под контролем», – заверил журналистов глава администрации Козельского района "
                 "Александр Иванов.")
    assert [(s.speaker, s.text) for s in ex.statements] == [("person:Александр Иванов", "Ситуация под контролем")]


@pytest.mark.parametrize("text, said", [
    # devset book_147
    ("«Смерть Егора стала переломным моментом, когда люди говорят: “Нам надоело терпеть”», – сказал "
     "Александр Белов.", "Смерть Егора стала переломным моментом, когда люди говорят: “Нам надоело терпеть”"),
    ("«Смерть Егора стала моментом, когда люди говорят: «Нам надоело терпеть»», – сказал Александр Белов.",
     "Смерть Егора стала моментом, когда люди говорят: «Нам надоело терпеть»"),
    ("«Он сказал: „Нам надоело“ и ушёл», – сказал Александр Белов.", "Он сказал: „Нам надоело“ и ушёл"),
    ("«Мы работаем», – сказал Александр Белов.", "Мы работаем"),
], ids=ids)
def test_a_quotation_inside_a_quotation_is_part_of_it(extract, text, said):
    """(was the inner quotation alone, with the outer closing mark: «Нам надоело терпеть”»)"""
    assert [s.text for s in extract(text).statements] == [said]


def test_a_one_word_name_natasha_calls_a_person_after_po_dannym_is_a_body(extract):
    """«По данным Калугастата, …» (was no statement: natasha took «Калугастата» for a person)."""
    ex = extract("По данным Калугастата, в сентябре в регионе родились 620 детей.")
    assert [(s.speaker, s.text) for s in ex.statements] == [("org:калугастат", "в сентябре в регионе родились 620 детей")]
    assert ex.persons == {}


def test_a_person_s_data_stays_a_person(extract):
    ex = extract("По данным Ивана Петрова, в сентябре родились 620 детей.")
    assert list(ex.persons) == ["person:Иван Петров"]


def test_a_surname_named_before_after_po_informatsii_is_the_person(extract):
    """«По информации Ермакова» after «Юрий Ермаков» (was a body «Ермаков» and its statement)."""
    ex = extract("В совещании участвовал начальник ГУ МЧС России по Тюменской области Юрий Ермаков. По информации "
                 "Ермакова, уровень воды снизился на 14 сантиметров.")
    assert [s.speaker for s in ex.statements] == ["person:Юрий Ермаков"]
    assert not any(b.name == "Ермаков" for b in ex.bodies.values())


@pytest.mark.parametrize("text, speaker", [
    ("Вице-губернатор Дмитрий Денисов выступил на совещании. По информации вице-губернатора, на программу "
     "будет направлено 5 млрд рублей.", "person:Дмитрий Денисов"),
    ("По данным министра финансов Ивана Петрова, дефицит бюджета снизился.", "person:Иван Петров"),
    # a body's information is the body's, not its head's
    ("По информации пресс-службы губернатора, ремонт завершится в декабре.", "org:t пресс-служба губернатора"),
], ids=ids)
def test_a_person_s_information(extract, text, speaker):
    """«По информации вице-губернатора, …» (was no statement: only a body's data were)."""
    assert [(s.speaker, s.speech_act) for s in extract(text).statements] == [(speaker, str(SPEECH.report))]


@pytest.mark.parametrize("text, said", [
    ("Ветеран Иван Кузнецов отметил 100-летний юбилей.", False),
    ("Иван Петров отметил свой день рождения.", False),
    ("Иван Петров отметил 90-летие со дня рождения.", False),
    ("Иван Петров отметил важность Дня народного единства.", True),
    ("Иван Петров отметил, что день будет трудным.", True),
], ids=ids)
def test_a_celebration_marked_is_nothing_said(extract, text, said):
    """«отметил 100-летний юбилей» celebrates (was a statement «100-летний юбилей»)."""
    assert bool(extract(text).statements) is said


def test_not_ruling_out_is_a_statement(extract):
    """«не исключила, что …» (was none: the negation ruled the act out)."""
    ex = extract("Министр финансов Валентина Авдеева не исключила, что бюджет будет скорректирован.")
    assert [(s.speaker, s.text, s.speech_act) for s in ex.statements] == [
        ("person:Валентина Авдеева", "бюджет будет скорректирован", str(SPEECH["not-rule-out"]))]


def test_the_post_in_the_nominative_is_the_speaker_not_one_before_it(extract):
    """«Представляя нового министра коллективу, глава региона отметил …»: the head of the region
    speaks (was the new minister, the post named first)."""
    ex = extract("Губернатор Калужской области Владислав Шапша назначил Елену Соколову министром финансов. "
                 "Представляя нового министра коллективу, глава региона отметил ее большой опыт работы.")
    assert [s.speaker for s in ex.statements] == ["person:Владислав Шапша"]


@pytest.mark.parametrize("text, said", [
    ("Бывший министр Олег Иванов, ныне советник губернатора, прокомментировал ситуацию.", []),
    ("Министр Олег Иванов прокомментировал ситуацию: «Все будет хорошо».", ["Все будет хорошо"]),
    ("Министр Олег Иванов прокомментировал, что все будет хорошо.", ["все будет хорошо"]),
], ids=ids)
def test_what_one_comments_on_is_not_what_one_said(extract, text, said):
    """«прокомментировал ситуацию» (data: speech:comment is a kg:RespondingAct): the situation is
    what he commented on (was his statement «ситуацию»)."""
    assert [s.text for s in extract(text).statements] == said


@pytest.mark.parametrize("text, speaker, said_text", [
    # whose document says it
    ("«Мы выполнили все обязательства перед жителями», – говорится в заявлении главы администрации "
     "Тарусского района Руслана Смирнова.", "person:Руслан Смирнов", "Мы выполнили все обязательства перед жителями"),
    # a short adjective of opinion (data: «уверенный», «убеждённый» are speech:believe)
    ("Министр строительства области Алексей Ломакин уверен, что дом будет сдан в срок.",
     "person:Алексей Ломакин", "дом будет сдан в срок"),
], ids=ids)
def test_a_persons_document_and_opinion(extract, text, speaker, said_text):
    """Were no statement."""
    ex = extract(text)
    assert [(s.speaker, s.text) for s in ex.statements] == [(speaker, said_text)]


def test_a_short_adjective_that_is_no_opinion_makes_no_statement(extract):
    assert not extract("Иван Петров был уверен в победе команды.").statements
