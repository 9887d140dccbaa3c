"""One catalogue of user-facing errors, each with a code (as spaCy does).

Every error a user can cause (bad input, bad query, bad store) is a :class:`KgError`
whose ``str()`` is one line naming the file and, where known, the line:

>>> str(KgError(Errors.E001, path="a.txt"))
'a.txt: [E001] the file is empty'
>>> str(KgError(Errors.E005, path="c.jsonl", line=3, detail="Expecting value"))
'c.jsonl:3: [E005] not a JSON object: Expecting value'
"""
from __future__ import annotations

from enum import Enum

__all__ = ["Errors", "KgError"]


class Errors(str, Enum):
    """Error codes and their messages."""

    E001 = "the file is empty"
    E002 = "binary data, not text"
    E003 = "cannot decode the text (tried UTF-8, cp1251, koi8-r)"
    E004 = "no such file or folder"
    E005 = "not a JSON object"
    E006 = "a JSONL record needs a non-empty string 'text'"
    E007 = "a JSONL record needs an 'id' (string or number)"
    E008 = "unsupported input (expected .txt, .md, .jsonl or a folder of them)"
    E009 = "cannot read"
    E010 = "the article has no text after its title and source lines"
    E011 = "duplicate article id (already read from {other})"
    E020 = "SPARQL syntax error"
    E021 = "no such named query (known: {known})"
    E022 = "no graph found: run 'kg build' first"
    E023 = "the store cannot be read"
    E030 = "the ontology is invalid"
    E040 = "cannot write"
    E050 = "nothing was built: every input was skipped"
    E060 = "the store is locked by another process"
    E061 = "the store was written by another version"
    E062 = "the store is damaged"
    E063 = "the graph breaks the SHACL shapes (a bug in kg)"
    E064 = "cannot reach the server"
    E065 = "no access: credentials missing or refused"
    E066 = "the server keeps failing"
    E069 = "cannot serve"
    E070 = "another kg build is writing this folder"
    E071 = "the Dask executor needs dask[distributed]"
    E072 = "cannot reach the Dask scheduler"
    E073 = "a worker runs another kg, ontology or model version"
    E074 = "kg failed on this article (a bug in kg; please report it); the build goes on without it"
    E080 = "nothing on the map is named «{name}»"
    E081 = "no article «{name}» in the build"


class KgError(Exception):
    """A user-facing error: ``path:line: [CODE] message: detail``."""

    def __init__(self, code: Errors, *, path: str | None = None, line: int | None = None,
                 detail: str | None = None, **fmt: object) -> None:
        self.code = code
        self.path = path
        self.line = line
        self.detail = detail
        message = code.value.format(**fmt) if fmt else code.value
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        text = f"{where}[{code.name}] {message}"
        if detail:
            text += f": {' '.join(str(detail).split())}"
        super().__init__(text)
