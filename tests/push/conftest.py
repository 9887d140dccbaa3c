"""Fixtures: a Virtuoso and an Oxigraph server on 127.0.0.1, started once per session in
their own temporary folders and stopped afterwards; a fake Graph Store for failure cases."""
from __future__ import annotations

import shutil

import pytest

from .servers import oxigraph_binary, start_oxigraph, start_virtuoso, virtuoso_binaries


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    if virtuoso_binaries() is None:
        pytest.skip("Virtuoso is not installed (virtuoso-t, isql-vt): run scripts/install-services "
                    "(apt-get install virtuoso-opensource)")
    folder = tmp_path_factory.mktemp("virtuoso")
    server = start_virtuoso(folder)
    yield server
    server.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    if oxigraph_binary() is None:
        pytest.skip("the oxigraph binary is missing: pip install oxigraph (the test extra)")
    folder = tmp_path_factory.mktemp("oxigraph")
    server = start_oxigraph(folder)
    yield server
    server.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(params=["virtuoso", "oxigraph"])
def triple_store(request):
    """Each real server in turn."""
    return request.getfixturevalue("virtuoso" if request.param == "virtuoso" else "oxigraph_server")
