"""Read a JSONL corpus: one article per non-blank line, streamed.

A broken line does not stop the reading: it is yielded as a :class:`KgError` naming the
file and line, and the next lines are read. A file that is not text at all (binary,
undecodable, empty) raises instead.

The file is read line by line as UTF-8; if a line is not UTF-8 (or the file starts with
a UTF-16 mark), the whole file is decoded with :func:`~kg.read.decode.decode` and the
reading goes on from that line.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "c.jsonl").write_text(
...     '{"id": 1, "text": "Губернатор провёл совещание."}\\n{"id": 2, "text": \\n',
...     encoding="utf-8")
>>> for item in iter_jsonl(folder / "c.jsonl", "c.jsonl"):
...     print(item if isinstance(item, KgError) else (item.id, item.origin))
('1', 'c.jsonl:1')
c.jsonl:2: [E005] not a JSON object: Expecting value (column 19)
>>> import shutil; shutil.rmtree(folder)
"""
from __future__ import annotations

import codecs
from pathlib import Path
from typing import Iterator

from kg.errors import Errors, KgError
from kg.read.article import Article
from kg.read.decode import decode, magic_kind
from kg.read.files import open_binary, read_bytes
from kg.read.record import parse_record

__all__ = ["iter_jsonl", "JSONL_SUFFIXES"]

#: Suffixes of JSONL corpora.
JSONL_SUFFIXES = (".jsonl",)

_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)   # UTF-32 marks start alike


def iter_jsonl(path: Path, display: str | None = None) -> Iterator[Article | KgError]:
    """Yield an article (or the error) for every non-blank line of a JSONL file.

    Args:
        path: the file.
        display: the file name for origins and errors (default: ``path``).

    Raises:
        KgError: E004/E009 (cannot open or read), E001 (no records), E002/E003 (not
            text: see :func:`~kg.read.decode.decode`).
    """
    path = Path(path)
    display = str(path) if display is None else display
    records = 0
    for number, line in _iter_lines(path, display):
        if line.strip():
            records += 1
            yield parse_record(line, number, display)
    if not records:
        raise KgError(Errors.E001, path=display)


def _iter_lines(path: Path, display: str) -> Iterator[tuple[int, str]]:
    """Yield ``(line number, line without its newline)``.

    Lines are decoded as UTF-8 while they are; from the first line that is not (or at
    once for a UTF-16 file) the rest comes from decoding the whole file with decode().
    """
    with open_binary(path, display) as file:
        number = 0
        try:
            for number, raw in enumerate(file, 1):
                if number == 1:
                    if magic_kind(raw) or raw.startswith(_WIDE_BOMS):
                        break
                    raw = raw.removeprefix(codecs.BOM_UTF8)
                if b"\x00" in raw:
                    break
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:
                    break
                yield number, line.rstrip("\r\n")
            else:
                return
        except OSError as error:
            raise KgError(Errors.E009, path=display, detail=error.strerror) from None
    text = decode(read_bytes(path, display), display)
    for index, line in enumerate(text.split("\n"), 1):
        if index >= number:
            yield index, line
