"""Tests of kg.read.plaintext (and the title and metadata-line rules it uses)."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import Errors, KgError
from kg.read import Article, read_text_file
from kg.read.meta import parse_meta_line

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_3ad05c95d4bf20bc.txt"

BODY = ("Губернатор Владислав Шапша провёл совещание с руководителями предприятий. "
        "Участники обсудили развитие промышленных кластеров в Калужской области.")


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def test_seed_article() -> None:
    article = read_text_file(SEED, "seeds/000_3ad05c95d4bf20bc.txt")
    text = SEED.read_text(encoding="utf-8")
    assert article.id == "000_3ad05c95d4bf20bc"
    assert article.text == text
    assert article.title == "В Калуге рассказали о развитии региональных промышленных кластеров"
    assert article.source == "Калужские губернские ведомости"
    assert article.photo_credit == "Сергей Лялякин"
    assert article.origin == "seeds/000_3ad05c95d4bf20bc.txt"
    assert article.date is None and article.url is None
    lines = [text[start:end].replace("\xa0", " ") for start, end in article.metadata_spans]
    assert lines == ["Источник: Калужские губернские ведомости", "Источник фото: Сергей Лялякин"]


def test_seed_body_text_blanks_metadata_lines() -> None:
    article = read_text_file(SEED, "seed.txt")
    body = article.body_text
    assert len(body) == len(article.text)
    assert body.count("\n") == article.text.count("\n")
    for start, end in article.metadata_spans:
        assert body[start:end] == " " * (end - start)
    assert "Источник" not in body and "Лялякин" not in body
    assert body.startswith(article.title)          # the title stays in the body text
    outside = [i for i in range(len(body))
               if not any(start <= i < end for start, end in article.metadata_spans)]
    assert all(body[i] == article.text[i] for i in outside)


def test_display_defaults_to_the_path(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Заголовок\n\n" + BODY)
    assert read_text_file(path).origin == str(path)


def test_markdown_title(tmp_path: Path) -> None:
    text = "# Губернатор провёл совещание\n\n" + BODY + "\n\nФото: пресс-служба губернатора\n"
    article = read_text_file(write(tmp_path, "news.md", text), "news.md")
    assert article.title == "Губернатор провёл совещание"
    assert article.text == text                     # the markup stays in the text
    assert article.photo_credit == "пресс-служба губернатора"
    assert article.id == "news"


def test_hash_in_txt_title_is_kept(tmp_path: Path) -> None:
    article = read_text_file(write(tmp_path, "a.txt", "# 5 новостей\n\n" + BODY), "a.txt")
    assert article.title == "# 5 новостей"


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "utf-16"])
def test_encodings_give_the_same_article(tmp_path: Path, encoding: str) -> None:
    text = "Шапша провёл совещание\n\n" + BODY + "\n\nИсточник: Калужские губернские ведомости\n"
    utf8 = read_text_file(write(tmp_path, "u.txt", text), "a.txt")
    other = read_text_file(write(tmp_path, "o.txt", text, encoding), "a.txt")
    assert other.text == utf8.text == text
    assert (other.title, other.source, other.metadata_spans) == \
        (utf8.title, utf8.source, utf8.metadata_spans)


def test_crlf_file(tmp_path: Path) -> None:
    text = "Заголовок\r\n\r\n" + BODY + "\r\nИсточник: ТАСС\r\n"
    article = read_text_file(write(tmp_path, "a.txt", text), "a.txt")
    assert article.text == text.replace("\r\n", "\n")
    assert article.source == "ТАСС"
    (start, end), = article.metadata_spans
    assert article.text[start:end] == "Источник: ТАСС"


def test_metadata_line_before_the_title(tmp_path: Path) -> None:
    text = "Источник: ТАСС\n\nШапша провёл совещание\n\n" + BODY
    article = read_text_file(write(tmp_path, "a.txt", text), "a.txt")
    assert article.title == "Шапша провёл совещание"
    assert article.source == "ТАСС"


def test_first_source_line_wins(tmp_path: Path) -> None:
    text = "Заголовок\n\n" + BODY + "\nИсточник: ТАСС\nИсточник: РИА Новости\n"
    article = read_text_file(write(tmp_path, "a.txt", text), "a.txt")
    assert article.source == "ТАСС"
    assert len(article.metadata_spans) == 2


def test_long_single_paragraph_has_no_title(tmp_path: Path) -> None:
    text = (BODY + " ") * 3
    article = read_text_file(write(tmp_path, "a.txt", text), "a.txt")
    assert article.title is None
    assert article.text == text


@pytest.mark.parametrize("text", [
    "Заголовок статьи",
    "Заголовок статьи\n\n\n",
    "Заголовок статьи\n\nИсточник: ТАСС\nФото: Иван Петров\n",
    "\n  Заголовок статьи  \nИсточник фото: Сергей Лялякин",
])
def test_no_body_text(tmp_path: Path, text: str) -> None:
    with pytest.raises(KgError) as raised:
        read_text_file(write(tmp_path, "a.txt", text), "a.txt")
    assert raised.value.code is Errors.E010
    assert raised.value.path == "a.txt"


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(KgError) as raised:
        read_text_file(write(tmp_path, "a.txt", ""), "a.txt")
    assert raised.value.code is Errors.E001


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(KgError) as raised:
        read_text_file(path, "photo.txt")
    assert raised.value.code is Errors.E002


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KgError) as raised:
        read_text_file(tmp_path / "missing.txt", "missing.txt")
    assert raised.value.code is Errors.E004
    assert str(raised.value) == "missing.txt: [E004] no such file or folder"


def test_folder_is_not_readable_as_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(KgError) as raised:
        read_text_file(folder, "folder.txt")
    assert raised.value.code is Errors.E009


def test_sha256(tmp_path: Path) -> None:
    text = "Заголовок\n\n" + BODY
    one = read_text_file(write(tmp_path, "a.txt", text), "a.txt")
    moved = read_text_file(write(tmp_path, "a.md", text), "elsewhere/a.md")
    changed = read_text_file(write(tmp_path, "a2.txt", text + "!"), "a2.txt")
    assert len(one.sha256) == 64
    assert one.sha256 == moved.sha256               # the origin is not hashed
    assert one.sha256 != changed.sha256


def test_article_is_frozen() -> None:
    article = Article(id="a", text="x")
    with pytest.raises(AttributeError):
        article.id = "b"  # type: ignore[misc]


@pytest.mark.parametrize("line, expected", [
    ("Источник: Калужские губернские ведомости", ("source", "Калужские губернские ведомости")),
    ("ИСТОЧНИК : ТАСС.", ("source", "ТАСС")),
    ("Источник фото: Сергей Лялякин", ("photo", "Сергей Лялякин")),
    ("  Фото: Сергей Лялякин;", ("photo", "Сергей Лялякин")),
    ("Фото - Андрей Иванов", ("photo", "Андрей Иванов")),
    ("фото — Андрей Иванов", ("photo", "Андрей Иванов")),
    ("Автор фото: Мария Смирнова", ("photo", "Мария Смирнова")),
    ("Фотография: kaluga.ru", ("photo", "kaluga.ru")),
    ("Фото пресс-службы губернатора: Иван Петров", ("photo", "Иван Петров")),
    ("Фото из открытых источников:", ("photo", "из открытых источников")),
    ("Фото-отчёт о форуме", None),
    ("Фотографии с форума смотрите на сайте.", None),
    ("Источник — близкий к следствию — сообщил об этом.", None),
    ("Источник:", None),
    ("Как сообщил источник: всё будет хорошо", None),
    ("Источник: " + "очень длинный текст " * 20, None),
])
def test_metadata_lines(line: str, expected: tuple[str, str] | None) -> None:
    assert parse_meta_line(line) == expected


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(list("Источник фото:Фото-—#Заголовок текст.\n\r\t \ufeff"))),
    st.lists(st.sampled_from(["Заголовок", "", "Источник: ТАСС", "Фото - Иван", "# Тема",
                              "Текст статьи.", " ", "\r", "Фото пресс-службы:"]))
    .map("\n".join),
))
def test_any_utf8_text_reads_or_fails_cleanly(tmp_path: Path, text: str) -> None:
    path = tmp_path / "random.txt"
    path.write_bytes(text.encode("utf-8"))
    try:
        article = read_text_file(path, "random.txt")
    except KgError:
        return
    expected = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    assert article.text == expected
    assert len(article.body_text) == len(article.text)
    assert article.id == "random"


@pytest.mark.parametrize("line, date", [
    ("Дата: 14.03.2024", "2024-03-14"),
    ("Дата публикации: 14 марта 2024 года, 10:30", "2024-03-14"),
    ("Опубликовано: 2024-03-14T10:30:00+03:00", "2024-03-14"),
])
def test_a_date_line_is_the_publication_date(tmp_path: Path, line: str, date: str) -> None:
    text = f"Шапша провёл совещание\n{line}\n\n" + BODY
    article = read_text_file(write(tmp_path, "a.txt", text), "a.txt")
    assert article.date == date
    assert line not in article.body_text


@pytest.mark.parametrize("line", [
    "Дата: 14 марта 2024 года состоится форум.",     # a sentence, not a date line
    "Дата: вчера",
    "Дата: 31.02.2024",                              # no such day
])
def test_a_line_with_no_date_alone_is_body_text(tmp_path: Path, line: str) -> None:
    article = read_text_file(write(tmp_path, "a.txt", f"Заголовок\n\n{BODY}\n{line}\n"), "a.txt")
    assert article.date is None
    assert line in article.body_text


def test_a_weekday_resolves_against_the_date_line(tmp_path: Path) -> None:
    from kg.extract import Extractor
    text = ("Совещание по паводку\nДата: 14.03.2024\n\nВ пятницу губернатор Владислав Шапша провёл "
            "совещание с главами районов.")
    article = read_text_file(write(tmp_path, "a.txt", text), "a.txt")
    events = Extractor.default()(article).events
    assert [e.date for e in events.values()] == ["2024-03-08"]
