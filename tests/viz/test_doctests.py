"""Run the doctests of every kg.viz module."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import kg.viz

MODULES = ["kg.viz"] + [f"kg.viz.{info.name}" for info in pkgutil.iter_modules(kg.viz.__path__)]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
