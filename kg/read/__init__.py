"""READ stage: news files and JSONL corpora to :class:`Article` objects.

>>> from kg.read import Article, decode, iter_articles, iter_jsonl, read_text_file
"""
from kg.read.article import Article
from kg.read.decode import decode
from kg.read.inputs import iter_articles
from kg.read.jsonl import iter_jsonl
from kg.read.plaintext import read_text_file

__all__ = ["Article", "decode", "iter_articles", "read_text_file", "iter_jsonl"]
