"""Tests of kg.read.inputs: files, folders, order, names, errors and duplicate ids."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.read import Article, iter_articles

ROOT = Path(__file__).resolve().parents[2]

BODY = "Губернатор Владислав Шапша провёл совещание с главами районов Калужской области."


def article_text(title: str) -> str:
    return f"{title}\n\n{BODY}\n"


def make(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def jsonl(*records: dict) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def summary(items: list[Article | KgError]) -> list[tuple[str, str]]:
    """(origin, id) for articles, (where, code) for errors."""
    return [(item.origin, item.id) if isinstance(item, Article)
            else (f"{item.path}:{item.line}" if item.line else str(item.path), item.code.name)
            for item in items]


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    make(tmp_path / "corpus/b.txt", article_text("Второй"))
    make(tmp_path / "corpus/a.md", article_text("# Первый"))
    make(tmp_path / "corpus/sub/c.txt", article_text("Третий"))
    make(tmp_path / "corpus/sub/d.jsonl", jsonl({"id": "d1", "text": BODY},
                                                {"id": "d2", "text": BODY}))
    make(tmp_path / "corpus/a0.txt", article_text("Нулевой"))
    make(tmp_path / "corpus/.hidden.txt", article_text("Скрытый"))
    make(tmp_path / "corpus/.git/e.txt", article_text("Скрытый"))
    make(tmp_path / "corpus/notes.docx", b"PK\x03\x04")
    make(tmp_path / "corpus/image.png", b"\x89PNG\r\n\x1a\n")
    return tmp_path / "corpus"


def test_folder_is_read_sorted_skipping_hidden_and_other_files(corpus: Path) -> None:
    items = list(iter_articles(["corpus"]))
    assert summary(items) == [
        ("corpus/a.md", "a"),
        ("corpus/a0.txt", "a0"),
        ("corpus/b.txt", "b"),
        ("corpus/sub/c.txt", "c"),
        ("corpus/sub/d.jsonl:1", "d1"),
        ("corpus/sub/d.jsonl:2", "d2"),
    ]
    assert items[0].title == "Первый"


def test_folder_with_trailing_slash_and_path_objects(corpus: Path) -> None:
    assert summary(list(iter_articles(["corpus/sub/"])))[0] == ("corpus/sub/c.txt", "c")
    assert summary(list(iter_articles([Path("corpus/sub")])))[0] == ("corpus/sub/c.txt", "c")


def test_absolute_input_gives_absolute_names(corpus: Path) -> None:
    first = next(iter_articles([corpus]))
    assert first.origin == str(corpus / "a.md")


def test_inputs_are_read_in_the_order_given(corpus: Path) -> None:
    items = list(iter_articles(["corpus/sub/c.txt", "corpus/b.txt", "corpus/sub/d.jsonl"]))
    assert [item.id for item in items] == ["c", "b", "d1", "d2"]


def test_missing_and_unsupported_inputs(corpus: Path) -> None:
    items = list(iter_articles(["nowhere.txt", "corpus/notes.docx", "corpus/b.txt"]))
    assert summary(items) == [
        ("nowhere.txt", "E004"),
        ("corpus/notes.docx", "E008"),
        ("corpus/b.txt", "b"),
    ]
    assert str(items[0]) == "nowhere.txt: [E004] no such file or folder"


def test_bad_files_are_yielded_and_reading_goes_on(corpus: Path) -> None:
    make(corpus / "bad/1.txt", b"")
    make(corpus / "bad/2.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    make(corpus / "bad/3.txt", "Только заголовок\n")
    make(corpus / "bad/4.jsonl", b"")
    make(corpus / "bad/5.jsonl", jsonl({"id": "ok", "text": BODY}) + "{oops\n")
    make(corpus / "bad/6.txt", article_text("Хороший").encode("cp1251"))
    items = list(iter_articles(["corpus/bad"]))
    assert summary(items) == [
        ("corpus/bad/1.txt", "E001"),
        ("corpus/bad/2.txt", "E002"),
        ("corpus/bad/3.txt", "E010"),
        ("corpus/bad/4.jsonl", "E001"),
        ("corpus/bad/5.jsonl:1", "ok"),
        ("corpus/bad/5.jsonl:2", "E005"),
        ("corpus/bad/6.txt", "6"),
    ]
    assert items[-1].title == "Хороший"


def test_duplicate_ids(corpus: Path) -> None:
    make(corpus / "more/b.txt", article_text("Дубль"))
    make(corpus / "more/e.jsonl", jsonl({"id": "e", "text": BODY}, {"id": "b", "text": BODY},
                                         {"id": "e", "text": BODY}))
    items = list(iter_articles(["corpus/b.txt", "corpus/more"]))
    assert summary(items) == [
        ("corpus/b.txt", "b"),
        ("corpus/more/b.txt", "E011"),
        ("corpus/more/e.jsonl:1", "e"),
        ("corpus/more/e.jsonl:2", "E011"),
        ("corpus/more/e.jsonl:3", "E011"),
    ]
    assert str(items[1]) == ("corpus/more/b.txt: [E011] duplicate article id "
                             "(already read from corpus/b.txt): id 'b'")
    assert "(already read from corpus/more/e.jsonl:1)" in str(items[4])


def test_the_same_input_twice(corpus: Path) -> None:
    items = list(iter_articles(["corpus/b.txt", "corpus/b.txt"]))
    assert summary(items) == [("corpus/b.txt", "b"), ("corpus/b.txt", "E011")]


def test_empty_folder_and_no_inputs(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert list(iter_articles([tmp_path / "empty"])) == []
    assert list(iter_articles([])) == []


def test_suffixes_are_case_insensitive(corpus: Path) -> None:
    make(corpus / "upper/NEWS.TXT", article_text("Заглавные"))
    assert summary(list(iter_articles(["corpus/upper"]))) == [("corpus/upper/NEWS.TXT", "NEWS")]


def test_seeds_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    items = {item.origin: item for item in iter_articles(["seeds"])}
    seed = items["seeds/000_3ad05c95d4bf20bc.txt"]
    assert seed.source == "Калужские губернские ведомости"
    assert all(isinstance(item, Article) for item in items.values())



def test_unreadable_subfolder(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make(corpus / "locked/x.txt", article_text("Закрытый"))
    scandir = os.scandir

    def locked_scandir(path):  # type: ignore[no-untyped-def]
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", locked_scandir)
    items = list(iter_articles(["corpus"]))
    assert ("corpus/locked", "E009") in summary(items)
    assert ("corpus/b.txt", "b") in summary(items)
    assert "Permission denied" in str(items[summary(items).index(("corpus/locked", "E009"))])
