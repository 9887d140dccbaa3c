"""kg.nlp.tokenizer: razdel tokens in a spaCy Doc whose text is exactly the input."""
from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.nlp import RazdelTokenizer

TEXTS = [
    "Губернатор Владислав Шапша  открыл форум.",                # double space
    "Первая строка.\nВторая строка.\n\nТретья  после  пустой.",  # newlines
    "стратегическая сессия «Промышленные кластеры» прошла",      # «quotes»
    "экс-губернатор и премьер-министр Северо-Западного округа",  # hyphens
    "  ведущие пробелы и хвостовые  \n",
    "Табуляция\tи\u00a0неразрывный пробел, 40% и 2010 г.",
    "— Тире в начале, «вложенные „кавычки“» и многоточие…",
    "",
    "   ",
]


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("ru")
    nlp.tokenizer = RazdelTokenizer(nlp.vocab)
    return nlp


@pytest.mark.parametrize("text", TEXTS, ids=[f"text{i}" for i in range(len(TEXTS))])
def test_doc_text_is_the_input(blank, text):
    doc = blank(text)
    assert doc.text == text
    # every token is the text at its offset
    for token in doc:
        assert text[token.idx:token.idx + len(token.text)] == token.text


def test_quotes_and_punctuation_are_their_own_tokens(blank):
    words = [t.text for t in blank("сессии «Промышленные кластеры», учёные.")]
    assert words == ["сессии", "«", "Промышленные", "кластеры", "»", ",", "учёные", "."]


def test_hyphenated_words_stay_one_token(blank):
    words = [t.text for t in blank("экс-губернатор Северо-Западного федерального округа")]
    assert words[:2] == ["экс-губернатор", "Северо-Западного"]


def test_runs_of_whitespace_become_space_tokens(blank):
    doc = blank("Калуга.\n\nШапша  отметил")
    assert [t.text for t in doc if not t.is_space] == ["Калуга", ".", "Шапша", "отметил"]
    assert any(t.is_space for t in doc)
    assert doc.text == "Калуга.\n\nШапша  отметил"


def test_same_tokens_as_natasha_segmenter(blank):
    """Tokens align one to one with razdel's (which natasha uses)."""
    from razdel import tokenize
    text = "Депутат Госдумы РФ Г.Скляр, директор АО «Технопарк» — и учёные."
    ours = [(t.idx, t.text) for t in blank(text) if not t.is_space]
    theirs = [(t.start, t.text) for t in tokenize(text)]
    assert ours == theirs


def test_serialisation_hooks_are_stateless(blank, tmp_path):
    tokenizer = blank.tokenizer
    assert tokenizer.to_bytes() == b""
    assert tokenizer.from_bytes(b"") is tokenizer
    assert tokenizer.from_disk(tmp_path) is tokenizer
    assert tokenizer.to_disk(tmp_path) is None


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)
       | st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗ «»„“\"'-—–.,;:!?()\n\t 0123456789%",
                 max_size=120))
def test_alignment_property(blank, text):
    doc = blank(text)
    assert doc.text == text


def test_sentence_starts_are_razdels(blank):
    doc = blank("Губернатор В.Шапша выступил. Депутат Г.Скляр ответил.\n\nВстреча прошла в Калуге.")
    assert [s.text.strip() for s in doc.sents] == [
        "Губернатор В.Шапша выступил.", "Депутат Г.Скляр ответил.", "Встреча прошла в Калуге."]
    assert all(doc[i].is_sent_start is not None for i in range(len(doc)))   # all decided


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="абвгАБВГ «».!?\n 0123", max_size=120))
def test_sentences_match_natasha(blank, text):
    """The first word of every natasha sentence starts one of ours (but one inside a short name
    in quotes), and nothing else does but the first word after a blank line (razdel runs a title
    into the paragraph after it); the alphabet has no «;», after which ours go on."""
    import re

    from natasha import Doc as NatashaDoc, Segmenter

    from kg.nlp.tokenizer import _inside_short_quote
    theirs = NatashaDoc(text)
    theirs.segment(Segmenter())
    expected = {s.tokens[0].start for s in theirs.sents
                if s.tokens and not _inside_short_quote(text, s.start)}
    words = [t.idx for t in blank(text) if not t.is_space]
    for m in re.finditer(r"\n[ \t\r\xa0]*\n", text):
        expected |= {next((i for i in words if i >= m.end()), None)} - {None}
    ours = {t.idx for t in blank(text) if t.is_sent_start and not t.is_space}
    assert ours == expected


def test_a_title_with_no_full_stop_is_a_sentence_of_its_own(blank):
    """razdel runs «Заголовок\\n\\nТекст» into one sentence; a blank line ends it."""
    text = "Калужская область и Беларусь расширят сотрудничество\n\nВо вторник губернатор встретился с послом."
    assert [s.text.strip() for s in blank(text).sents] == [
        "Калужская область и Беларусь расширят сотрудничество", "Во вторник губернатор встретился с послом."]


def test_a_single_line_break_ends_no_sentence(blank):
    """A text wrapped by lines keeps its sentences whole."""
    text = "Губернатор Калужской области\nВладислав Шапша открыл завод."
    assert len(list(blank(text).sents)) == 1


def test_a_semicolon_does_not_end_a_sentence(blank):
    """razdel ends a sentence at «;»; an enumeration «…: А — министр; Б — депутат.» is one."""
    text = "Приняли участие: Иван Петров — министр; Сергей Сидоров — депутат. Всё."
    assert [s.text.strip() for s in blank(text).sents] == [
        "Приняли участие: Иван Петров — министр; Сергей Сидоров — депутат.", "Всё."]


def test_a_full_stop_inside_a_short_name_in_quotes_ends_no_sentence(blank):
    """razdel cuts «Иннопром. Центральная Азия» in two; a name in quotes is one sentence."""
    text = "Губернатор посетил выставку «Иннопром. Центральная Азия» в Ташкенте. Он встретился с министром."
    assert [s.text.strip() for s in blank(text).sents] == [
        "Губернатор посетил выставку «Иннопром. Центральная Азия» в Ташкенте.", "Он встретился с министром."]


def test_a_quoted_speech_of_several_sentences_is_still_cut(blank):
    text = ("«Мы завершили строительство моста через реку Оку в срок. Теперь начнём ремонт дорог в районах», "
            "– сказал министр.")
    assert len(list(blank(text).sents)) == 2
