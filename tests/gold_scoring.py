"""Score the extraction pipeline in-process against gold files with the scorer's own logic."""

from __future__ import annotations

import json
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from claims import extraction

from . import score_extraction as scorer

FIGURES = ("claims", "sources", "via", "unverifiable", "hedges", "metadata")
TESTS = Path(__file__).resolve().parent
# (gold folder, the folder its "document" paths are relative to)
GOLD_SETS = ((TESTS / "gold", TESTS), (TESTS / "gold_holdout", TESTS / "gold_holdout"),
             (TESTS / "seed_gold", TESTS.parent))

_extractions: dict[Path, dict] = {}


def gold_documents() -> list[Path]:
    return [(root / json.loads(path.read_text(encoding="utf-8"))["document"]).resolve()
            for gold_dir, root in GOLD_SETS for path in sorted(gold_dir.glob("*.json"))]


def extracted(document: Path) -> dict:
    """The pipeline's output for one gold document, extracted once per test run: the floors and the
    check-worthiness ranking read the same 800-odd articles, and extraction is the slow part of both, so the
    first call extracts every gold document, on all cores."""
    if document not in _extractions:
        _extract_all(sorted(set(gold_documents()) | {document}))
    return _extractions[document]


def _extract_all(documents: list[Path]) -> None:
    texts = [document.read_text(encoding="utf-8") for document in documents]
    workers = min(os.cpu_count() or 1, 4)
    if workers == 1:
        results = [extraction.extract(text) for text in texts]
    else:
        # spawn, not fork: the test process has database connections and the live-server and worker threads
        # of other tests, none of which a forked child should inherit.
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            results = list(pool.map(extraction.extract, texts, chunksize=8))
    _extractions.update(zip(documents, results, strict=True))


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
