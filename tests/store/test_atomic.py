"""kg.store.atomic: a file is replaced whole or not at all."""
from __future__ import annotations

import os
import stat

import pytest

from kg.errors import Errors, KgError
from kg.store import atomic_write, write_bytes, write_text


def leftovers(folder):
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp") or p.name.startswith(".")]


def test_write_text_creates_folders_and_leaves_no_temp_file(tmp_path):
    path = tmp_path / "a" / "b" / "graph.ttl"
    write_text(path, "Калуга\n")
    assert path.read_text(encoding="utf-8") == "Калуга\n"
    assert leftovers(path.parent) == []
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o644


def test_text_is_utf8_with_unix_newlines(tmp_path):
    path = tmp_path / "x.ttl"
    write_text(path, "строка 1\nстрока 2\n")
    assert path.read_bytes() == "строка 1\nстрока 2\n".encode("utf-8")


def test_write_bytes(tmp_path):
    path = tmp_path / "x.bin"
    write_bytes(path, b"\x00\x01\xff")
    assert path.read_bytes() == b"\x00\x01\xff"
    assert leftovers(tmp_path) == []


def test_replaces_an_existing_file(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_text("old", encoding="utf-8")
    with atomic_write(path) as handle:
        handle.write("new")
        assert path.read_text(encoding="utf-8") == "old"   # not visible until done
    assert path.read_text(encoding="utf-8") == "new"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("error", [RuntimeError("boom"), KeyboardInterrupt()])
def test_a_failing_writer_keeps_the_old_file(tmp_path, error):
    path = tmp_path / "graph.ttl"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(type(error)):
        with atomic_write(path) as handle:
            handle.write("half of the new content")
            raise error
    assert path.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_a_failing_writer_creates_nothing(tmp_path):
    path = tmp_path / "new.ttl"
    with pytest.raises(ValueError):
        with atomic_write(path) as handle:
            handle.write("x")
            raise ValueError("no")
    assert not path.exists()
    assert leftovers(tmp_path) == []


def test_unwritable_folder_is_a_kg_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(KgError) as info:
        write_text(blocker / "graph.ttl", "x")
    assert info.value.code is Errors.E040
    assert str(blocker / "graph.ttl") in str(info.value)


def test_target_that_is_a_folder_is_a_kg_error(tmp_path):
    """Renaming over a folder fails: a one-line KgError (E040), and no temporary file is left."""
    target = tmp_path / "graph.ttl"
    target.mkdir()
    with pytest.raises(KgError) as info:
        write_text(target, "x")
    assert info.value.code is Errors.E040
    assert "graph.ttl" in str(info.value)
    assert leftovers(tmp_path) == []
