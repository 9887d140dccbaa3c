"""Tests of kg.read.jsonl: records, broken lines, encodings, the factRuEval devset."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kg.errors import Errors, KgError
from kg.read import Article, iter_jsonl

DEVSET = Path(os.environ.get("KG_EVAL", Path(__file__).resolve().parents[2].parent / "shared" / "eval")) \
    / "factrueval-2016.dev.jsonl"

TEXT = ("Встреча с послом Италии в миде Грузии\n\nПо инициативе итальянской стороны посол "
        "Италии в Грузии встретился с заместителем министра иностранных дел Грузии.")


def write_lines(path: Path, lines: list[str], encoding: str = "utf-8",
                newline: str = "\n") -> Path:
    path.write_bytes((newline.join(lines) + newline).encode(encoding))
    return path


def record(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


def articles(items: list[Article | KgError]) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def errors(items: list[Article | KgError]) -> list[KgError]:
    return [item for item in items if isinstance(item, KgError)]


@pytest.mark.skipif(not DEVSET.exists(), reason="devset not available")
def test_devset() -> None:
    items = list(iter_jsonl(DEVSET, "factrueval-2016.dev.jsonl"))
    assert errors(items) == []
    assert len(items) == 122
    records = [json.loads(line) for line in DEVSET.read_text(encoding="utf-8").splitlines()]
    for article, raw in zip(items, records):
        assert article.id == raw["id"]
        assert article.text == raw["text"]                  # offsets preserved exactly
        assert len(article.body_text) == len(article.text)
        assert article.source == "factrueval-2016/devset"
        for entity in raw["entities"]:
            assert article.text[entity["start"]:entity["end"]] == entity["text"]
    assert items[0].id == "book_58"
    assert items[0].title == "Встреча с послом Италии в миде Грузии"
    assert items[0].origin == "factrueval-2016.dev.jsonl:1"
    assert all(article.id.startswith("book_") for article in items)


def test_broken_lines_do_not_stop_reading(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "c.jsonl", [
        record(id="a", text=TEXT),
        '{"id": "b", "text": "Незакрытая строка',
        "[1, 2, 3]",
        record(id="d"),
        record(text=TEXT),
        "",
        "   ",
        record(id="e", text="   "),
        record(id="f", text=TEXT),
    ])
    items = list(iter_jsonl(path, "c.jsonl"))
    assert [article.id for article in articles(items)] == ["a", "f"]
    assert [article.origin for article in articles(items)] == ["c.jsonl:1", "c.jsonl:9"]
    found = [(error.code, error.path, error.line) for error in errors(items)]
    assert found == [
        (Errors.E005, "c.jsonl", 2),
        (Errors.E005, "c.jsonl", 3),
        (Errors.E006, "c.jsonl", 4),
        (Errors.E007, "c.jsonl", 5),
        (Errors.E006, "c.jsonl", 8),
    ]
    assert str(errors(items)[1]) == "c.jsonl:3: [E005] not a JSON object: got a JSON array"
    assert str(errors(items)[0]).startswith("c.jsonl:2: [E005] not a JSON object: Unterminated")


@pytest.mark.parametrize("value, expected", [
    (12, "12"), ("book_58", "book_58"), (3.0, "3"), (" x ", "x"),
])
def test_ids(tmp_path: Path, value: object, expected: str) -> None:
    path = write_lines(tmp_path / "c.jsonl", [record(id=value, text=TEXT)])
    (article,) = iter_jsonl(path, "c.jsonl")
    assert article.id == expected


@pytest.mark.parametrize("value", [None, True, "", "  ", [1], {"a": 1}])
def test_bad_ids(tmp_path: Path, value: object) -> None:
    path = write_lines(tmp_path / "c.jsonl", [record(id=value, text=TEXT)])
    (error,) = iter_jsonl(path, "c.jsonl")
    assert isinstance(error, KgError) and error.code is Errors.E007 and error.line == 1


@pytest.mark.parametrize("value", [None, 5, ["текст"], ""])
def test_bad_texts(tmp_path: Path, value: object) -> None:
    path = write_lines(tmp_path / "c.jsonl", [record(id=1, text=value)])
    (error,) = iter_jsonl(path, "c.jsonl")
    assert isinstance(error, KgError) and error.code is Errors.E006


def test_fields(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "c.jsonl", [
        record(id=1, text=TEXT, title="Посол Италии в Грузии", source="Цивил.ge",
               photo_credit="Иван Петров", date="05.03.2011", url="https://civil.ge/1"),
    ])
    (article,) = iter_jsonl(path, "c.jsonl")
    assert article.title == "Посол Италии в Грузии"
    assert article.source == "Цивил.ge"
    assert article.photo_credit == "Иван Петров"
    assert article.date == "2011-03-05"
    assert article.url == "https://civil.ge/1"
    assert article.text == TEXT


@pytest.mark.parametrize("value, expected", [
    ("2011-03-05", "2011-03-05"), ("2011-03-05T12:00:00+03:00", "2011-03-05"),
    ("5.3.2011", "2011-03-05"), ("31.02.2011", None), ("вчера", None), (20110305, None),
])
def test_dates(tmp_path: Path, value: object, expected: str | None) -> None:
    path = write_lines(tmp_path / "c.jsonl", [record(id=1, text=TEXT, date=value)])
    (article,) = iter_jsonl(path, "c.jsonl")
    assert article.date == expected


def test_title_is_guessed_only_before_an_empty_line(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "c.jsonl", [
        record(id=1, text=TEXT),
        record(id=2, text="Посол Италии встретился с министром.\nОни обсудили сотрудничество."),
        record(id=3, text="Очень длинная первая строка. " * 10 + "\n\nВторой абзац."),
    ])
    titles = [article.title for article in iter_jsonl(path, "c.jsonl")]
    assert titles == ["Встреча с послом Италии в миде Грузии", None, None]


def test_source_line_wins_over_source_field(tmp_path: Path) -> None:
    text = TEXT + "\n\nИсточник: Civil.ge\nФото: Сергей Лялякин"
    path = write_lines(tmp_path / "c.jsonl", [
        record(id=1, text=text, source="factrueval-2016/devset", photo_credit="Другой"),
        record(id=2, text=TEXT, source="factrueval-2016/devset"),
    ])
    first, second = iter_jsonl(path, "c.jsonl")
    assert (first.source, first.photo_credit) == ("Civil.ge", "Сергей Лялякин")
    assert second.source == "factrueval-2016/devset"
    assert [text[s:e] for s, e in first.metadata_spans] == ["Источник: Civil.ge",
                                                            "Фото: Сергей Лялякин"]


def test_record_without_body_text(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "c.jsonl", [
        record(id=1, text="Заголовок", title="Заголовок"),
        record(id=2, text="Источник: ТАСС\nФото: РИА Новости"),
        record(id=3, text="Одна строка без заголовка."),
    ])
    items = list(iter_jsonl(path, "c.jsonl"))
    assert [(error.code, error.line) for error in errors(items)] == [(Errors.E010, 1),
                                                                      (Errors.E010, 2)]
    assert [article.id for article in articles(items)] == ["3"]


def test_text_is_kept_exactly(tmp_path: Path) -> None:
    text = "Заголовок\r\n\r\nСтрока\u2028с разделителем\u0085и\tтабуляцией.\n"
    path = write_lines(tmp_path / "c.jsonl", [record(id=1, text=text)], newline="\r\n")
    (article,) = iter_jsonl(path, "c.jsonl")
    assert article.text == text


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "utf-16", "utf-8-sig"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    lines = [record(id=n, text=f"Губернатор провёл совещание номер {n}.") for n in range(5)]
    lines.insert(2, "{broken")
    path = write_lines(tmp_path / "c.jsonl", lines, encoding=encoding)
    items = list(iter_jsonl(path, "c.jsonl"))
    assert [article.id for article in articles(items)] == ["0", "1", "2", "3", "4"]
    assert articles(items)[4].text == "Губернатор провёл совещание номер 4."
    assert articles(items)[4].origin == "c.jsonl:6"
    assert [(error.code, error.line) for error in errors(items)] == [(Errors.E005, 3)]


def test_falls_back_to_whole_file_decoding_midway(tmp_path: Path) -> None:
    ascii_lines = [record(id=n, text=f"Line number {n} of the corpus.") for n in range(3)]
    russian = record(id="r", text="Губернатор провёл совещание в Калуге.")
    path = tmp_path / "c.jsonl"
    path.write_bytes(("\n".join(ascii_lines) + "\n").encode("ascii")
                     + (russian + "\n" + record(id="z", text="Конец.") + "\n").encode("cp1251"))
    items = list(iter_jsonl(path, "c.jsonl"))
    assert errors(items) == []
    assert [article.id for article in items] == ["0", "1", "2", "r", "z"]
    assert items[3].text == "Губернатор провёл совещание в Калуге."
    assert items[3].origin == "c.jsonl:4"


@pytest.mark.parametrize("data, code", [
    (b"", Errors.E001),
    (b"\n  \n\n", Errors.E001),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", Errors.E002),
    (b"%PDF-1.4\n" + bytes(range(256)), Errors.E002),
    (b'{"id": 1, "text": "ok"}\n' + bytes(range(256)) * 4, Errors.E002),
])
def test_not_a_text_file_raises(tmp_path: Path, data: bytes, code: Errors) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(data)
    with pytest.raises(KgError) as raised:
        list(iter_jsonl(path, "c.jsonl"))
    assert raised.value.code is code
    assert raised.value.path == "c.jsonl"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KgError) as raised:
        list(iter_jsonl(tmp_path / "missing.jsonl", "missing.jsonl"))
    assert raised.value.code is Errors.E004


def test_streaming(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "c.jsonl", [record(id=n, text=TEXT) for n in range(1000)])
    reader = iter_jsonl(path, "c.jsonl")
    assert next(reader).id == "0"                   # no need to read the rest first
    reader.close()
