"""A small corpus of real-looking articles for the build tests (no devset needed)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_3ad05c95d4bf20bc.txt"

TEXTS = {
    "a1": "Совещание в Калуге\n\nГубернатор Калужской области Владислав Шапша провёл совещание "
          "в Калуге. Он отметил, что регион развивается.",
    "a2": "Визит депутата\n\nДепутат Государственной Думы Геннадий Скляр посетил Калугу. "
          "«Мы поддержим промышленность», — сказал он.",
    "a3": "Форум кластеров\n\nДиректор Ассоциации кластеров, технопарков и ОЭЗ России Андрей "
          "Шпиленко выступил на форуме в Калуге. В форуме приняли участие учёные.",
    "a4": "Новое назначение\n\nМинистр промышленности и торговли Российской Федерации Денис "
          "Мантуров провёл встречу с губернатором Калужской области Владиславом Шапшой.",
    "a5": "Отчёт правительства\n\nПредседатель Правительства России Михаил Мишустин выступил в "
          "Государственной Думе с отчётом. Более 40% валового регионального продукта занимает "
          "промышленность.",
}


def write_corpus(path: Path, texts: dict[str, str], seed: bool = True) -> Path:
    """A JSONL corpus of ``texts`` (id → text), the seed article first."""
    lines = []
    if seed:
        lines.append(json.dumps({"id": "seed", "text": SEED.read_text(encoding="utf-8"),
                                 "source": "Калужские губернские ведомости"}, ensure_ascii=False))
    for key, text in texts.items():
        lines.append(json.dumps({"id": key, "text": text, "date": "2024-05-01"}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def products(out: Path) -> dict[str, bytes]:
    """Every file a build writes, by path relative to OUT, except its state (``.kg``) and
    the RocksDB files of the store (compared through an export instead)."""
    found = {}
    for path in sorted(out.rglob("*")):
        rel = path.relative_to(out)
        if path.is_file() and rel.parts[0] not in (".kg", "store"):
            found[rel.as_posix()] = path.read_bytes()
    return found


def store_dump(out: Path) -> bytes:
    """The store's named graphs as sorted N-Quads."""
    import io

    from kg.store.export import export_store
    from kg.store.oxstore import open_store
    buffer = io.BytesIO()
    store = open_store(out)
    try:
        export_store(store, "nquads", buffer)
    finally:
        del store
    return buffer.getvalue()


@pytest.fixture
def corpus(tmp_path) -> Path:
    return write_corpus(tmp_path / "corpus.jsonl", TEXTS)


@pytest.fixture(scope="module")
def module_corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "corpus.jsonl", TEXTS)


@pytest.fixture(scope="module")
def serial_build(builder, module_corpus, tmp_path_factory) -> Path:
    """The corpus built in this process (``jobs=1``), maps included."""
    out = tmp_path_factory.mktemp("serial")
    report = builder.build([module_corpus], out, jobs=1)
    assert sorted(report.built) == sorted(["seed", *TEXTS]) and not report.violations
    return out
