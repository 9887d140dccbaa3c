"""The ``kg`` command line: one click group; each command lives in a module of its own.

Errors a user can cause print one line (``path:line: [CODE] message``) and exit 2 (1 for a
build in which some articles were skipped); nothing is half-written.
"""
from __future__ import annotations

import logging
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import click

from .. import __version__
from ..errors import KgError

__all__ = ["main", "fail", "reading_store"]


def fail(error: KgError, code: int = 2) -> None:
    """Print a user-facing error on one line and exit."""
    click.echo(f"kg: error: {error}", err=True)
    sys.exit(code)


@contextmanager
def reading_store(store: Path) -> Iterator[None]:
    """A :class:`KgError`, or RocksDB failing while the store of build ``store`` is read,
    becomes a one-line error and exit 2."""
    try:
        yield
    except KgError as error:
        fail(error)
    except RuntimeError as exc:
        from ..store.oxstore import damaged
        fail(damaged(store, exc))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.option("-v", "--verbose", is_flag=True, help="Log what each stage does.")
def main(verbose: bool) -> None:
    """Turn Russian government news into a knowledge graph of officials, bodies and events."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="kg: %(message)s", stream=sys.stderr)



# Commands register themselves on ``main`` when their modules are imported.
from . import build as _build  # noqa: E402,F401
from . import query as _query  # noqa: E402,F401
from . import viz as _viz  # noqa: E402,F401
from . import stats as _stats  # noqa: E402,F401

from . import validate as _validate  # noqa: E402,F401
from . import export as _export  # noqa: E402,F401
from . import push as _push  # noqa: E402,F401
from . import serve as _serve  # noqa: E402,F401


def entry() -> None:
    """The ``kg`` command as its own process (the console script and ``python -m kg``): a
    build may then freeze the models it loaded out of the GC's sight, since the process ends
    with it (:attr:`kg.build.Builder.settle_models`). ``main`` called in-process (click's
    test runner, a notebook) leaves the caller's GC alone."""
    _build.OWN_PROCESS = True
    main()


if __name__ == "__main__":  # pragma: no cover
    entry()
