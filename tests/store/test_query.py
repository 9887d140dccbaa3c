"""kg.store.query: SPARQL over a build; named queries; result formats."""
from __future__ import annotations

import csv
import io
import json

import pytest

from kg.errors import Errors, KgError
from kg.store import FORMATS, Result, format_result, load_store, named_queries, resolve_query, run_query

SEED_ID = "000_3ad05c95d4bf20bc"
VARIABLES = {
    "officials": ["article", "person", "post", "organization", "status"],
    "events": ["article", "event", "participant"],
    "mentions": ["article", "start", "end", "type"],
    "organizations": ["article", "organization", "type"],
    "statements": ["article", "speaker", "text"],
}
PLAIN = {"person", "post", "organization", "participant", "speaker", "type", "event"}


def named(store, name):
    text, origin = resolve_query(None, name)
    return run_query(store, text, origin)


def rows(result):
    return [dict(zip(result.variables, row)) for row in result.rows]


def test_named_queries_are_listed():
    queries = named_queries()
    assert set(VARIABLES) <= set(queries)
    for path in queries.values():
        assert path.read_text(encoding="utf-8").startswith("#")


@pytest.mark.parametrize("name", sorted(VARIABLES))
def test_named_query_variables_and_plain_values(seed_store, name):
    result = named(seed_store, name)
    assert result.variables == VARIABLES[name]
    assert result.rows
    for row in rows(result):
        assert row["article"] == SEED_ID
        for var, value in row.items():
            assert value is None or isinstance(value, str)
            if var in PLAIN and value is not None:
                assert "http" not in value, (var, value)


def test_officials_rows(seed_store):
    found = {(r["person"], r["post"], r["organization"]) for r in rows(named(seed_store, "officials"))}
    assert len(found) == 3
    by_person = {p: (post, org) for p, post, org in found}
    # the body's name first, then (scorer-style « | » alternatives) the forms the article uses
    assert by_person["Владислав Шапша"] == ("губернатор", "Калужская область | Калужской области")
    assert by_person["Геннадий Скляр"][0] == "депутат"
    assert by_person["Геннадий Скляр"][1].startswith("Государственная Дума")
    assert by_person["Андрей Шпиленко"][0] == "директор"
    assert by_person["Андрей Шпиленко"][1].startswith("Ассоциация кластеров")


def test_events_rows(seed_store):
    result = rows(named(seed_store, "events"))
    session = [r for r in result if r["event"].startswith("Промышленные кластеры")]
    participants = {r["participant"] for r in session}
    assert participants == {"Владислав Шапша", "Геннадий Скляр", "Андрей Шпиленко", "учёные",
                            "руководители более пятидесяти промышленных предприятий "
                            "Калужской области"}


def test_mentions_rows(seed_store, seed_article):
    result = rows(named(seed_store, "mentions"))
    assert {r["type"] for r in result} == {"PER", "ORG", "LOC", "POSITION", "EVENT"}
    for r in result:
        start, end = int(r["start"]), int(r["end"])
        assert 0 <= start < end <= len(seed_article.text)
    assert any(seed_article.text[int(r["start"]):int(r["end"])] == "Владислав Шапша"
               and r["type"] == "PER" for r in result)


def test_organizations_rows(seed_store):
    result = rows(named(seed_store, "organizations"))
    names = {r["organization"] for r in result}
    assert "Центр кластерного развития" in names
    assert "Калужские губернские ведомости" in names
    assert any(n.startswith("Министерство промышленности и торговли") for n in names)
    assert any(n.startswith("Государственная Дума") for n in names)
    assert all(r["type"] for r in result)


def test_statements_rows(seed_store):
    speakers = {r["speaker"] for r in rows(named(seed_store, "statements"))}
    assert speakers == {"Владислав Шапша", "Геннадий Скляр", "Андрей Шпиленко"}


def test_a_body_speaks_by_its_russian_label(builder, tmp_path):
    """«Как сообщили в пресс-службе …»: the statement's speaker is the body; the build's SHACL
    validation accepts it and the statements query names it."""
    from kg.store import load_store
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Заголовок\n\nКак сообщили в пресс-службе правительства Калужской "
                                  "области, строительство корпуса обошлось в 3,5 миллиарда рублей.\n",
                                  encoding="utf-8")
    report = builder.build([folder], tmp_path / "out")
    assert report.built == ["a"] and not report.skipped
    result = rows(named(load_store(tmp_path / "out"), "statements"))
    assert [(r["speaker"], r["text"]) for r in result] == [
        ("Пресс-служба правительства Калужской области", "строительство корпуса обошлось в 3,5 миллиарда рублей")]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", sorted(VARIABLES))
def test_every_format_renders(seed_store, name, fmt):
    result = named(seed_store, name)
    text = format_result(result, fmt)
    assert text.endswith("\n")
    if fmt == "csv":
        table = list(csv.reader(io.StringIO(text)))
        assert table[0] == result.variables
        assert len(table) == len(result.rows) + 1
    elif fmt == "json":
        data = json.loads(text)
        assert data["head"]["vars"] == result.variables
        assert len(data["results"]["bindings"]) == len(result.rows)
    elif fmt == "jsonl":
        lines = text.splitlines()
        assert len(lines) == len(result.rows)
        for line in lines:
            obj = json.loads(line)
            assert isinstance(obj, dict) and list(obj) == result.variables
    else:
        lines = text.splitlines()
        assert lines[0].split(" | ")[0].strip() == "article"
        assert lines[-1] == f"({len(result.rows)} rows)"


def test_formats_of_empty_and_boolean_results():
    empty = Result(["a", "b"], [])
    assert format_result(empty, "jsonl") == ""
    assert format_result(empty, "csv") == "a,b\n"
    assert format_result(empty, "table").endswith("(0 rows)\n")
    assert json.loads(format_result(empty, "json"))["results"]["bindings"] == []
    yes = Result([], [], True)
    assert format_result(yes, "table") == "true\n"
    assert json.loads(format_result(yes, "json")) == {"boolean": True}


def test_table_cells_are_one_line_and_cut():
    result = Result(["text"], [["строка\nвторая " + "х" * 100], [None]])
    lines = format_result(result, "table").splitlines()
    assert lines[2].startswith("строка вторая")
    assert lines[2].rstrip().endswith("…")
    assert lines[-1] == "(2 rows)"


def test_csv_quotes_commas_and_none():
    text = format_result(Result(["a", "b"], [["x, y", None]]), "csv")
    assert list(csv.reader(io.StringIO(text))) == [["a", "b"], ["x, y", ""]]


def test_ask_and_construct(seed_store):
    ask = run_query(seed_store, "PREFIX schema: <https://schema.org/> "
                                "ASK { ?p a schema:Person }")
    assert ask.boolean is True
    construct = run_query(seed_store, "PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
                                      "CONSTRUCT { ?p foaf:name ?n } WHERE { ?p foaf:name ?n }")
    assert construct.variables == ["subject", "predicate", "object"]
    assert ["Владислав Шапша"] == [r[2] for r in construct.rows if r[2] == "Владислав Шапша"]


def test_graph_variable_names_the_article(seed_store):
    result = run_query(seed_store, "PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
                                   "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?p foaf:name ?n } }")
    assert result.rows == [[f"https://w3id.org/kg-news/id/article/{SEED_ID}"]]


def test_syntax_error_is_e020_with_the_parsers_message(seed_store):
    with pytest.raises(KgError) as info:
        run_query(seed_store, "SELECT ?x WHERE { ?x a }", "bad.rq")
    error = info.value
    assert error.code is Errors.E020
    assert error.path == "bad.rq"
    assert error.detail
    message = str(error)
    assert message.startswith("bad.rq: [E020] SPARQL syntax error: ")
    assert error.detail.split()[0] in message
    assert "\n" not in message


def test_load_store_errors(tmp_path):
    with pytest.raises(KgError) as info:
        load_store(tmp_path)
    assert info.value.code is Errors.E022
    (tmp_path / "graph.trig").write_text("this is { not trig", encoding="utf-8")
    with pytest.raises(KgError) as info:
        load_store(tmp_path)
    assert info.value.code is Errors.E023


def test_resolve_query(tmp_path):
    text, origin = resolve_query(None, "officials")
    assert "SELECT ?article ?person ?post ?organization" in text
    assert origin.endswith("officials.rq")
    assert resolve_query("SELECT * WHERE { ?s ?p ?o }", None) == (
        "SELECT * WHERE { ?s ?p ?o }", "(query)")
    path = tmp_path / "q.rq"
    path.write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    assert resolve_query(str(path), None) == ("ASK { ?s ?p ?o }", str(path))
    with pytest.raises(KgError) as info:
        resolve_query(str(tmp_path / "missing.rq"), None)
    assert info.value.code is Errors.E004
    with pytest.raises(KgError) as info:
        resolve_query(None, "nope")
    assert info.value.code is Errors.E021
    assert "officials" in str(info.value)


# -- the devset (real articles) ---------------------------------------------------------
def test_devset_named_queries_give_plain_strings(devset):
    store = devset.store
    for name, variables in VARIABLES.items():
        result = named(store, name)
        assert set(variables) <= set(result.variables)   # exact lists: checked on the seed
        for row in rows(result):
            assert row["article"] in devset.records
            for var in PLAIN & set(variables):
                value = row[var]
                assert value is None or "http" not in value, (name, row)
    mentions = rows(named(store, "mentions"))
    for row in mentions:
        text = devset.articles[row["article"]].text
        assert 0 <= int(row["start"]) < int(row["end"]) <= len(text)
