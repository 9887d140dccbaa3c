"""``kg build``'s summary, options and progress bar."""
from __future__ import annotations

from click.testing import CliRunner

from kg.cli import main
from kg.cli.build import ProgressBar, summary
from kg.build import BuildReport, count_articles

from .conftest import TEXTS


def test_summary_line(builder, corpus, tmp_path):
    result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path), "--no-maps", "-j", "1"])
    assert result.exit_code == 0, result.output
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith(f"kg: built {len(TEXTS) + 1} article(s) into {tmp_path} in ")
    assert f"{len(TEXTS) + 1} extracted, 0 unchanged, 0 removed (1 job(s)" in line
    assert "articles/s" in line and "persons" in line and "skipped 0" in line
    again = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path), "--no-maps", "-j", "1"])
    assert f"0 extracted, {len(TEXTS) + 1} unchanged" in again.stderr
    forced = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path), "--no-maps", "-j", "1",
                                       "--rebuild"])
    assert f"{len(TEXTS) + 1} extracted, 0 unchanged" in forced.stderr


def test_skipped_reasons_are_summarised(builder, corpus, tmp_path):
    broken = tmp_path / "broken.jsonl"
    broken.write_text(corpus.read_text(encoding="utf-8") + '{"id": "x", "text": \n{"id": 7}\n',
                      encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(broken), "-o", str(tmp_path / "out"), "--no-maps", "-j", "1"])
    assert result.exit_code == 1
    line = result.stderr.strip().splitlines()[-1]
    assert "skipped 2 (" in line and "E005" in line and "E006" in line


def test_no_progress_bar_without_a_terminal(builder, corpus, tmp_path):
    result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path), "--no-maps", "-j", "1"])
    assert "\r" not in result.stderr


def test_progress_bar_shows_rate_and_eta(capsys):
    bar = ProgressBar(10)
    bar.started -= 2.0
    bar(4)
    text = capsys.readouterr().err
    assert "kg: 4/10 articles" in text and "/s" in text and "ETA 0:0" in text
    bar.clear()
    unknown = ProgressBar(0)
    unknown(3)
    assert "ETA" not in capsys.readouterr().err


def test_count_articles(corpus, tmp_path):
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "folder" / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "folder" / "b.csv").write_text("x", encoding="utf-8")
    assert count_articles([corpus, tmp_path / "folder", tmp_path / "missing"]) == len(TEXTS) + 2


def test_summary_without_extraction():
    report = BuildReport(built=["a"], unchanged=["a"])
    line = summary(report, "out", 0.1, [])
    assert "0 extracted, 1 unchanged, 0 removed (1 job(s))" in line


def test_an_article_kg_fails_on_is_skipped_and_the_rest_built(corpus, tmp_path, monkeypatch):
    """A bug of kg's own on one article (here a planted one) is a one-line warning naming the
    article's file and line, exit status 1, and every other article built."""
    from kg.extract import Extractor

    original = Extractor.__call__

    def failing(self, article, doc=None):
        if article.id == "a1":
            raise ValueError("planted")
        return original(self, article, doc)

    monkeypatch.setattr(Extractor, "__call__", failing)
    result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path / "out"), "--no-maps", "-j", "1"])
    assert result.exit_code == 1
    warnings = [line for line in result.stderr.splitlines() if "[E074]" in line]
    assert len(warnings) == 1 and "corpus.jsonl:2:" in warnings[0] and "ValueError: planted" in warnings[0]
    assert "Traceback" not in result.output + result.stderr
    line = result.stderr.strip().splitlines()[-1]
    assert f"kg: built {len(TEXTS)} article(s)" in line and "skipped 1" in line
    assert not (tmp_path / "out" / "articles" / "a1.ttl").exists()
