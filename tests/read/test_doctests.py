"""Run the doctests of every kg.read module."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import kg.read

MODULES = ["kg.read"] + [f"kg.read.{info.name}" for info in pkgutil.iter_modules(kg.read.__path__)]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
