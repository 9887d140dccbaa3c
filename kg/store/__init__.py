"""The store/export stage: files a build writes and SPARQL over them."""
from .atomic import atomic_write, write_bytes, write_text
from .export import write_exports
from .load import load_dataset
from .query import FORMATS, Result, format_result, load_store, named_queries, resolve_query, run_query

__all__ = ["atomic_write", "write_text", "write_bytes", "write_exports", "load_dataset", "load_store", "run_query",
           "named_queries", "resolve_query", "format_result", "Result", "FORMATS"]
