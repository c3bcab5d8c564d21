"""Score the extraction pipeline in-process against gold files with the scorer's own logic."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from claims import extraction

from . import score_extraction as scorer

FIGURES = ("claims", "sources", "via", "unverifiable", "hedges", "metadata")


@functools.cache
def extracted(document: Path) -> dict:
    """The pipeline's output for one gold document, extracted once per test run: the floors and the
    check-worthiness ranking read the same 586 articles, and extraction is the slow part of both."""
    return extraction.extract(document.read_text(encoding="utf-8"))


def score_gold_dir(gold_dir: Path, docs_root: Path) -> dict[str, scorer.PRF]:
    metrics = {name: scorer.PRF() for name in FIGURES}
    files = sorted(gold_dir.glob("*.json"))
    assert files, f"no gold files in {gold_dir}"
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        scorer.score_file(gold, extracted((docs_root / gold["document"]).resolve()), metrics)
    return metrics


def summary(metrics: dict[str, scorer.PRF]) -> str:
    return " | ".join(f"{name} F1 {metrics[name].f1():.3f}" for name in FIGURES)
