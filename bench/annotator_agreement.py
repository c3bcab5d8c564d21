"""How far two people annotating the same articles agree, on the scorer's own terms.

    .venv/bin/python bench/annotator_agreement.py [--first tests/gold] [--second tests/gold_iaa]

tests/gold_iaa holds a second, independent annotation of some dev articles (same file names as in
tests/gold). Each second annotation is scored as if it were an extraction against the first (and the
other way round: F1 is symmetric up to claim pairing). The figures bound what any extractor can
score against one annotator on these articles.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import score_extraction as scorer  # noqa: E402

FIGURES = ("claims", "sources", "via", "unverifiable", "hedges")


def as_extraction(gold: dict) -> dict:
    return {
        "metadata": gold.get("metadata") or {},
        "claims": [
            {"text": c["text"], "sources": c["sources"], "hedges": c["hedges"], "unverifiable": c["unverifiable"]}
            for c in gold["claims"]
        ],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--first", type=Path, default=ROOT / "tests" / "gold")
    ap.add_argument("--second", type=Path, default=ROOT / "tests" / "gold_iaa")
    args = ap.parse_args()
    metrics = {name: scorer.PRF() for name in (*FIGURES, "metadata")}
    pairs = 0
    for second in sorted(args.second.glob("*.json")):
        first = args.first / second.name
        if not first.exists():
            continue
        scorer.score_file(json.loads(first.read_text()), as_extraction(json.loads(second.read_text())), metrics)
        pairs += 1
    print(f"{pairs} articles annotated twice")
    print(" | ".join(f"{name} {metrics[name].f1():.3f}" for name in FIGURES))


if __name__ == "__main__":
    main()
