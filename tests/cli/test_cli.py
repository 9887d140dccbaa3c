"""kg.cli: ``kg build``, ``kg query``, ``kg queries`` — exit codes, one-line errors, no tracebacks."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
KG = ROOT / ".venv" / "bin" / "kg"

ARTICLE = ("Совещание в Калуге\n\n"
           "Губернатор Калужской области Владислав Шапша провёл совещание в Калуге. "
           "Он отметил, что регион развивается.\n")


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def run(runner, *args):
    return runner.invoke(main, [str(a) for a in args])


def error_lines(result):
    return [line for line in result.stderr.splitlines() if line.strip()]


def no_traceback(result):
    assert "Traceback" not in result.output and "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception


def no_temp_files(folder: Path):
    assert [p for p in folder.rglob("*") if p.name.endswith(".tmp")] == []


@pytest.fixture(scope="module")
def cli_build(runner, tmp_path_factory, extractor):
    out = tmp_path_factory.mktemp("cli-build")
    result = run(runner, "build", SEEDS, "-o", out)
    return result, out


# -- help -------------------------------------------------------------------------------
@pytest.mark.parametrize("args", [["--help"], ["-h"], ["build", "--help"], ["query", "--help"],
                                  ["queries", "--help"]])
def test_help(runner, args):
    result = run(runner, *args)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Usage: ")


def test_help_lists_the_commands(runner):
    out = run(runner, "--help").stdout
    for command in ("build", "query", "queries"):
        assert command in out


def test_version(runner):
    result = run(runner, "--version")
    assert result.exit_code == 0 and result.stdout.startswith("kg, version ")


def test_real_executable_help():
    proc = subprocess.run([str(KG), "--help"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Usage: kg ")
    assert "build" in proc.stdout and "query" in proc.stdout
    assert proc.stderr == ""


def test_python_dash_m_kg():
    proc = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True,
                          timeout=60, cwd=ROOT)
    assert proc.returncode == 0 and proc.stdout.startswith("Usage: ")


# -- build ------------------------------------------------------------------------------
def test_build_seeds(cli_build):
    result, out = cli_build
    assert result.exit_code == 0, result.output
    no_traceback(result)
    for name in ("graph.ttl", "graph.trig", "map.html"):
        assert (out / name).is_file()
    assert len(list((out / "articles").glob("*.ttl"))) == 1
    assert "kg: built 1 article(s)" in result.stderr
    no_temp_files(out)


def test_build_quiet_prints_nothing(runner, tmp_path):
    result = run(runner, "build", SEEDS, "-o", tmp_path, "-q", "--no-maps")
    assert result.exit_code == 0
    assert result.stdout == "" and result.stderr == ""
    assert not (tmp_path / "map.html").exists()


# -- query ------------------------------------------------------------------------------
def test_query_named_jsonl(runner, cli_build):
    _, out = cli_build
    result = run(runner, "query", "--store", out, "--named", "officials", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    for line in lines:
        row = json.loads(line)
        assert isinstance(row, dict)
        assert {"article", "person", "post", "organization"} <= set(row)
    assert {json.loads(line)["person"] for line in lines} == {
        "Владислав Шапша", "Геннадий Скляр", "Андрей Шпиленко"}


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "jsonl"])
def test_query_formats(runner, seed_build, fmt):
    result = run(runner, "query", "--store", seed_build, "-n", "statements", "-f", fmt)
    assert result.exit_code == 0, result.output
    assert "Шапша" in result.stdout


def test_query_string(runner, seed_build):
    result = run(runner, "query", "--store", seed_build, "--format", "csv",
                 "SELECT ?name WHERE { ?p a schema:Person ; foaf:name ?name } ORDER BY ?name")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["name", "Андрей Шпиленко", "Владислав Шапша",
                                          "Геннадий Скляр", "Сергей Лялякин"]


def test_query_rq_file(runner, seed_build, tmp_path):
    path = tmp_path / "people.rq"
    path.write_text("PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
                    "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {\n  ?p foaf:name ?name\n}\n",
                    encoding="utf-8")
    result = run(runner, "query", path, "--store", seed_build, "-f", "jsonl")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"n": "4"}


def test_query_output_file(runner, seed_build, tmp_path):
    target = tmp_path / "rows.jsonl"
    result = run(runner, "query", "--store", seed_build, "-n", "events", "-f", "jsonl",
                 "-o", target)
    assert result.exit_code == 0 and result.stdout == ""
    assert all(json.loads(line) for line in target.read_text(encoding="utf-8").splitlines())
    no_temp_files(tmp_path)


def test_queries_lists_named_queries(runner):
    result = run(runner, "queries")
    assert result.exit_code == 0
    names = {line.split()[0] for line in result.stdout.splitlines()}
    assert {"officials", "events", "mentions", "organizations", "statements"} <= names


# -- bad inputs -------------------------------------------------------------------------
def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name, data, code", [
    ("empty.txt", b"", "E001"),
    ("binary.txt", bytes(range(256)) * 8, "E002"),
])
def test_unreadable_single_input(runner, tmp_path, name, data, code):
    path = write(tmp_path / name, data)
    out = tmp_path / "out"
    result = run(runner, "build", path, "-o", out)
    assert result.exit_code == 2
    no_traceback(result)
    assert f"[{code}]" in result.stderr and name in result.stderr
    assert not (out / "graph.trig").exists()


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_legacy_encodings_are_decoded(runner, tmp_path, encoding):
    path = write(tmp_path / f"{encoding}.txt", ARTICLE.encode(encoding))
    out = tmp_path / "out"
    result = run(runner, "build", path, "-o", out, "--no-maps")
    assert result.exit_code == 0, result.output
    query = run(runner, "query", "--store", out, "-n", "officials", "-f", "jsonl")
    rows = [json.loads(line) for line in query.stdout.splitlines()]
    assert [(r["article"], r["person"], r["organization"]) for r in rows] == [
        (encoding, "Владислав Шапша", "Калужская область | Калужской области")]
    graph = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "Губернатор Калужской области Владислав Шапша" in graph


def test_broken_jsonl_line_is_skipped_with_a_warning(runner, tmp_path):
    good = {"id": "a1", "text": ARTICLE}
    other = {"id": "a3", "text": "Депутат Государственной Думы Геннадий Скляр посетил Калугу."}
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps(good, ensure_ascii=False) + "\n"
                      + '{"id": "a2", "text": "оборвано\n'
                      + json.dumps(other, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run(runner, "build", corpus, "-o", out, "--no-maps")
    assert result.exit_code == 1
    no_traceback(result)
    warnings = [line for line in error_lines(result) if "warning" in line]
    assert len(warnings) == 1
    assert f"{corpus}:2:" in warnings[0] and "[E005]" in warnings[0]
    query = run(runner, "query", "--store", out, "-n", "officials", "-f", "jsonl")
    assert {json.loads(line)["article"] for line in query.stdout.splitlines()} == {"a1", "a3"}
    no_temp_files(out)


def test_missing_path(runner, tmp_path):
    missing = tmp_path / "no-such-folder"
    result = run(runner, "build", missing, "-o", tmp_path / "out")
    assert result.exit_code != 0
    no_traceback(result)
    lines = error_lines(result)
    assert len(lines) == 1, lines
    assert str(missing) in lines[0]
    assert not (tmp_path / "out").exists()


def test_missing_path_among_good_ones(runner, tmp_path):
    missing = tmp_path / "missing.txt"
    result = run(runner, "build", SEEDS, missing, "-o", tmp_path / "out", "--no-maps")
    assert result.exit_code == 1
    no_traceback(result)
    assert str(missing) in result.stderr and "[E004]" in result.stderr
    assert (tmp_path / "out" / "graph.trig").is_file()


def test_sparql_syntax_error(runner, seed_build):
    result = run(runner, "query", "--store", seed_build, "SELECT ?x WHERE { ?x a }")
    assert result.exit_code == 2
    no_traceback(result)
    lines = error_lines(result)
    assert len(lines) == 1
    assert lines[0].startswith("kg: error: ") and "[E020]" in lines[0]
    assert "SPARQL syntax error: " in lines[0]
    assert result.stdout == ""


def test_sparql_error_position_is_in_the_users_query(runner, seed_build):
    """The parser's line:column refers to the query as written, not with prefixes added."""
    result = run(runner, "query", "--store", seed_build, "SELECT ?x WHERE { ?x a }")
    assert "1:" in result.stderr.split("SPARQL syntax error:", 1)[1]


def test_unknown_named_query(runner, seed_build):
    result = run(runner, "query", "--store", seed_build, "--named", "nope")
    assert result.exit_code == 2
    no_traceback(result)
    lines = error_lines(result)
    assert len(lines) == 1 and "[E021]" in lines[0] and "nope" in lines[0]
    assert "officials" in lines[0]


def test_query_without_a_build(runner, tmp_path):
    result = run(runner, "query", "--store", tmp_path, "-n", "officials")
    assert result.exit_code == 2
    no_traceback(result)
    assert "[E022]" in result.stderr


def test_missing_rq_file(runner, seed_build, tmp_path):
    result = run(runner, "query", "--store", seed_build, tmp_path / "missing.rq")
    assert result.exit_code == 2
    no_traceback(result)
    assert "[E004]" in result.stderr


def test_bad_format_is_a_usage_error(runner, seed_build):
    result = run(runner, "query", "--store", seed_build, "-n", "officials", "-f", "xml")
    assert result.exit_code == 2
    assert "xml" in result.stderr


# -- nothing half-written ---------------------------------------------------------------
def test_failed_write_is_one_line_and_leaves_no_temp_files(runner, tmp_path):
    out = tmp_path / "out"
    (out / "graph.ttl").mkdir(parents=True)      # the export cannot be renamed over a folder
    result = run(runner, "build", SEEDS, "-o", out, "--no-maps")
    assert result.exit_code == 2
    no_traceback(result)
    lines = error_lines(result)
    assert len(lines) == 1 and "[E040]" in lines[0] and "graph.ttl" in lines[0]
    no_temp_files(out)


def test_crash_during_export_leaves_no_temp_files_and_keeps_old_files(runner, tmp_path,
                                                                        monkeypatch, seed_build):
    out = tmp_path / "out"
    assert run(runner, "build", SEEDS, "-o", out, "--no-maps").exit_code == 0
    before = (out / "graph.trig").read_bytes()
    import kg.build

    def broken(out, state, reader):       # dies halfway through writing graph.trig
        yield "@prefix broken: <http://example.org/> .\n"
        raise RuntimeError("disk on fire")
    monkeypatch.setattr(kg.build, "_trig", broken)
    result = run(runner, "build", SEEDS, "-o", out, "--no-maps")
    assert result.exit_code != 0
    no_temp_files(out)
    assert (out / "graph.trig").read_bytes() == before
