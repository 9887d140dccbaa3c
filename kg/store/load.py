"""Read a build back as an rdflib Dataset (for maps, statistics and exports)."""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from ..errors import Errors, KgError

__all__ = ["load_dataset"]


def load_dataset(folder: Path) -> Dataset:
    """The named graphs of a build folder written by ``kg build``."""
    path = Path(folder) / "graph.trig"
    if not path.is_file():
        raise KgError(Errors.E022, path=str(folder))
    dataset = Dataset()
    try:
        dataset.parse(path, format="trig")
    except Exception as exc:  # rdflib raises several parser exceptions
        raise KgError(Errors.E023, path=str(path), detail=str(exc)) from exc
    return dataset
