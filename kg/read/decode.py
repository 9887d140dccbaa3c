"""Bytes to text: UTF-8 first, then the better of cp1251 and koi8-r.

Russian news files come in UTF-8, in the old Windows code page (cp1251) or in koi8-r.
Both 8-bit code pages decode almost any byte string, so the choice is made by
:func:`~kg.read.russian.russian_score`: read in the wrong code page, Russian text turns
into rare letters, pseudo-graphics and words in the wrong case, so the right reading
wins (upper-case text too):

>>> sentence = "Губернатор Калужской области провёл совещание."
>>> decode(sentence.encode("cp1251"), "a.txt") == sentence
True
>>> decode(sentence.encode("koi8-r"), "a.txt") == sentence
True
>>> decode(sentence.upper().encode("koi8-r"), "a.txt") == sentence.upper()
True
>>> decode(sentence.encode("utf-16"), "a.txt") == sentence
True

Newlines are normalised (``\\r\\n`` and ``\\r`` become ``\\n``) and nothing else is
touched, so every character offset in kg refers to this normalised text:

>>> decode(b"\\xef\\xbb\\xbfline one\\r\\nline two\\r", "a.txt")
'line one\\nline two\\n'
"""
from __future__ import annotations

import codecs
import re

from kg.errors import Errors, KgError
from kg.read.russian import russian_score

__all__ = ["decode", "normalise_newlines", "magic_kind"]

#: Magic numbers of formats that are surely not text.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"\x7fELF", "executable"),
)

#: Byte order marks of UTF-32 and UTF-16 (UTF-32 first: its LE mark starts like UTF-16's).
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_CODE_PAGES = ("cp1251", "koi8-r")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_CONTROL_BYTE = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.10
_SAMPLE = 1 << 16           # bytes scored when choosing a code page


def decode(data: bytes, path: str) -> str:
    """Decode a text file's bytes; raise :class:`KgError` if it is not text.

    Args:
        data: the raw file content.
        path: the file name to put in error messages.

    Returns:
        The text with newlines normalised to ``\\n``.

    Raises:
        KgError: E001 (empty or only whitespace), E002 (binary data), E003 (neither
            UTF-8 nor a plausible cp1251/koi8-r text).

    >>> decode(b"", "empty.txt")
    Traceback (most recent call last):
    ...
    kg.errors.KgError: empty.txt: [E001] the file is empty
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    if not data.strip():
        raise KgError(Errors.E001, path=path)
    kind = magic_kind(data)
    if kind:
        raise KgError(Errors.E002, path=path, detail=kind)
    text = _decode_wide(data, path)
    if text is None:
        if b"\x00" in data:
            raise KgError(Errors.E002, path=path, detail="NUL bytes")
        _check_controls(len(_CONTROL_BYTE.findall(data)), len(data), path)
        text = _decode_narrow(data, path)
    elif "\x00" in text:
        raise KgError(Errors.E002, path=path, detail="NUL characters")
    _check_controls(len(_CONTROL.findall(text)), len(text), path)
    if not text.strip():
        raise KgError(Errors.E001, path=path)
    return normalise_newlines(text)


def magic_kind(data: bytes) -> str | None:
    """Name the binary format whose magic number ``data`` starts with, if any.

    >>> magic_kind(b"%PDF-1.4"), magic_kind("Текст".encode())
    ('PDF document', None)
    """
    return next((kind for magic, kind in _MAGIC if data.startswith(magic)), None)


def normalise_newlines(text: str) -> str:
    """Turn ``\\r\\n`` and lone ``\\r`` into ``\\n``.

    >>> normalise_newlines("a\\r\\nb\\rc\\n")
    'a\\nb\\nc\\n'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_wide(data: bytes, path: str) -> str | None:
    """Decode UTF-32/UTF-16 text that starts with a byte order mark, else None."""
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise KgError(Errors.E003, path=path, detail=f"{encoding}: {error.reason}")
    return None


def _decode_narrow(data: bytes, path: str) -> str:
    """Decode UTF-8, else the best-scoring Russian code page."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:_SAMPLE]
    best: tuple[float, str] | None = None
    for encoding in _CODE_PAGES:           # on a tie the first (cp1251) wins
        try:
            score = russian_score(sample.decode(encoding))
        except UnicodeDecodeError:
            continue
        if score is not None and (best is None or score > best[0]):
            best = (score, encoding)
    if best is None:
        raise KgError(Errors.E003, path=path)
    return data.decode(best[1])


def _check_controls(controls: int, size: int, path: str) -> None:
    """Raise E002 if more than 10% of the characters (or bytes) are control characters.

    Tab, newline, carriage return and form feed are not counted.
    """
    if controls > _MAX_CONTROL_SHARE * size:
        raise KgError(Errors.E002, path=path,
                      detail=f"{controls} of {size} characters are control characters")
