"""Tests of kg.read.decode: encodings, binary data, newlines."""
from __future__ import annotations

import codecs
import random

import pytest

from kg.errors import Errors, KgError
from kg.read.decode import decode
from kg.read.russian import russian_score

SENTENCES = [
    "Губернатор Калужской области Владислав Шапша провёл совещание с главами районов.",
    "Депутат Государственной Думы Геннадий Скляр встретился с избирателями в Калуге.",
    "В работе форума приняли участие руководители более пятидесяти предприятий.",
    "Ещё в 2010 году в регионе был создан Центр кластерного развития.",
    "Мэр Москвы Сергей Собянин открыл новую станцию метро «Тропарёво».",
    "ЦЕНТРАЛЬНЫЙ БАНК РОССИИ СОХРАНИЛ КЛЮЧЕВУЮ СТАВКУ",
    "Съешь же ещё этих мягких французских булок, да выпей чаю.",
]

ARTICLE = (
    "Министр обороны встретился с послом Италии\n\n"
    "Во вторник в Москве министр обороны России провёл переговоры с чрезвычайным и "
    "полномочным послом Италии. Стороны обсудили вопросы сотрудничества в международных "
    "организациях и подготовку визита делегации в Рим.\n\n"
    "Источник: Российская газета\n"
)


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_code_pages_decode_to_the_same_text(sentence: str, encoding: str) -> None:
    text = sentence.replace("«", '"').replace("»", '"')     # koi8-r has no guillemets
    assert decode(text.encode(encoding), "a.txt") == text


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_code_pages_decode_an_article(encoding: str) -> None:
    assert decode(ARTICLE.encode(encoding), "a.txt") == ARTICLE


def test_cp1251_and_koi8r_agree() -> None:
    assert decode(ARTICLE.encode("cp1251"), "a") == decode(ARTICLE.encode("koi8-r"), "b")


def test_cp1251_with_typographic_characters() -> None:
    text = "«Калужские губернские ведомости» — главная газета области… № 5"
    assert decode(text.encode("cp1251"), "a.txt") == text


@pytest.mark.parametrize("data", [
    ARTICLE.encode("utf-8"),
    codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
    ARTICLE.encode("utf-16"),
    codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
    ARTICLE.encode("utf-32"),
])
def test_unicode_encodings(data: bytes) -> None:
    assert decode(data, "a.txt") == ARTICLE


def test_newlines_are_normalised_and_other_whitespace_kept() -> None:
    data = "  Заголовок\t\r\n\r\nТекст\u00a0статьи.  \rЕщё строка\f\r\n".encode("utf-8")
    assert decode(data, "a.txt") == "  Заголовок\t\n\nТекст\u00a0статьи.  \nЕщё строка\f\n"


def test_newlines_are_normalised_in_code_pages() -> None:
    data = "Заголовок статьи\r\n\r\nТекст статьи о губернаторе.\r\n".encode("cp1251")
    assert decode(data, "a.txt") == "Заголовок статьи\n\nТекст статьи о губернаторе.\n"


@pytest.mark.parametrize("data", [
    b"", b"   ", b" \n\t\r\n ", codecs.BOM_UTF8, codecs.BOM_UTF8 + b"\n\n",
    " \n ".encode("utf-16"), "\u00a0\u2003\n".encode("utf-8"),
])
def test_empty(data: bytes) -> None:
    with pytest.raises(KgError) as raised:
        decode(data, "empty.txt")
    assert raised.value.code is Errors.E001
    assert str(raised.value) == "empty.txt: [E001] the file is empty"


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
    b"\xff\xd8\xff\xe0\x00\x10JFIF",
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    b"PK\x03\x04\x14\x00\x06\x00",
    b"GIF89a\x01\x00\x01\x00",
    "Текст\x00с нулём".encode("utf-8"),
    bytes(random.Random(1).randrange(256) for _ in range(4096)) + b"\x00",
    b"\x01\x02\x03\x04 some text \x05\x06\x07\x08\x0e\x0f",
])
def test_binary(data: bytes) -> None:
    with pytest.raises(KgError) as raised:
        decode(data, "image.png")
    assert raised.value.code is Errors.E002
    assert raised.value.path == "image.png"


def test_random_bytes_are_never_text() -> None:
    generator = random.Random(7)
    for _ in range(50):
        data = bytes(generator.randrange(256) for _ in range(2000))
        with pytest.raises(KgError) as raised:
            decode(data, "random.bin")
        assert raised.value.code in (Errors.E002, Errors.E003)


@pytest.mark.parametrize("data", [
    "Déjà vu: le café près de l’église était fermé à côté du marché.".encode("latin-1",
                                                                             "replace"),
    "Grüße aus München, schön wär’s, über die Brücke zu gehen.".encode("latin-1", "replace"),
])
def test_western_text_is_not_russian(data: bytes) -> None:
    with pytest.raises(KgError) as raised:
        decode(data, "a.txt")
    assert raised.value.code is Errors.E003


def test_utf8_wins_over_code_pages() -> None:
    # valid UTF-8 is never re-read as a code page
    assert decode("Калуга".encode("utf-8"), "a.txt") == "Калуга"


def test_score_prefers_the_right_reading() -> None:
    for sentence in SENTENCES:
        text = sentence.replace("«", '"').replace("»", '"')
        for right, wrong in (("cp1251", "koi8-r"), ("koi8-r", "cp1251")):
            data = text.encode(right)
            assert russian_score(data.decode(right)) > russian_score(data.decode(wrong))
