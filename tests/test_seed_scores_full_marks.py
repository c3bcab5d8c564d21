"""The seed article scores 1.00 on every figure against its hand annotation."""

from pathlib import Path

import pytest

from .gold_scoring import FIGURES, score_gold_dir, summary

ROOT = Path(__file__).resolve().parent.parent
SHARED_SCORER = ROOT.parent / "shared" / "tools" / "score_extraction.py"


def test_the_seed_scores_one_on_every_figure():
    metrics = score_gold_dir(ROOT / "tests" / "seed_gold", docs_root=ROOT)
    for name in FIGURES:
        assert metrics[name].f1() == 1.0, f"{name}: {metrics[name]} ({summary(metrics)})"


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="../shared is not beside this checkout")
def test_the_vendored_scorer_keeps_the_shared_scorers_logic():
    vendored = (ROOT / "tests" / "score_extraction.py").read_text().splitlines()
    shared = SHARED_SCORER.read_text().splitlines()
    without_our_header = [line for line in vendored if not line.startswith(("# Vendored", "# Keep it"))]
    assert without_our_header == shared
