"""bench/store runs (on a tiny graph) and pyoxigraph and rdflib agree on every named query."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bench_store_smoke(seed_build, tmp_path):
    out = tmp_path / "figures.json"
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "store"), "--triples", "4000",
                           "--runs", "1", "--source", str(seed_build / "graph.trig"),
                           "--json", str(out)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "ENGINES DISAGREE" not in done.stdout
    figures = json.loads(out.read_text())
    assert figures["quads"] >= 3000 and figures["articles"] >= 3
    engines = ("rdflib_memory", "oxigraph_memory", "oxigraph_disk")
    for name, query in figures["oxigraph_disk"]["queries"].items():
        rows = {figures[e]["queries"][name]["rows"] for e in engines}
        assert len(rows) == 1, (name, rows)
    assert figures["oxigraph_disk"]["queries"]["officials"]["rows"] > 0
