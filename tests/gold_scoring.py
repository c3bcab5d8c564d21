"""Score the extraction pipeline in-process against gold files with the scorer's own logic."""

from __future__ import annotations

import json
from pathlib import Path

from claims import extraction

from . import score_extraction as scorer

FIGURES = ("claims", "sources", "via", "unverifiable", "hedges", "metadata")


def score_gold_dir(gold_dir: Path, docs_root: Path) -> dict[str, scorer.PRF]:
    metrics = {name: scorer.PRF() for name in FIGURES}
    files = sorted(gold_dir.glob("*.json"))
    assert files, f"no gold files in {gold_dir}"
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (docs_root / gold["document"]).read_text(encoding="utf-8")
        scorer.score_file(gold, extraction.extract(text), metrics)
    return metrics


def summary(metrics: dict[str, scorer.PRF]) -> str:
    return " | ".join(f"{name} F1 {metrics[name].f1():.3f}" for name in FIGURES)
