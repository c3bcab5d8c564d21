"""Claim extraction for news articles (plain Python; no Django here).

    from claims.extraction import extract, format_text
    result = extract(text)          # the "Extraction output" contract
    print(format_text(result))
"""
from .errors import ExtractionError, ExtractionTimeout
from .nlp import get_nlp
from .pipeline import extract, extract_many
from .render import format_text

__all__ = ["extract", "extract_many", "format_text", "get_nlp", "ExtractionError", "ExtractionTimeout"]
