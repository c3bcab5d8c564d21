"""Errors raised by the extraction pipeline."""


class ExtractionError(Exception):
    """Extraction could not run (bad input, model missing, ...)."""


class ExtractionTimeout(ExtractionError):
    """Extraction did not finish within its time budget."""
