"""Claim matching: precision, recall and F1 on the labelled pairs in tests/data/claim_pairs.jsonl.

    .venv/bin/python bench/matching.py            # at the default threshold
    .venv/bin/python bench/matching.py --sweep    # P/R/F1 at thresholds 0.30 ... 0.80
    .venv/bin/python bench/matching.py --errors   # list the pairs it gets wrong

The pairs have a `split`: "dev" pairs were written first and looked at while the method and
its threshold were tuned; "holdout" pairs were written after the method was frozen and give
the fairer estimate. Both are small and written by us, so read the figures as rough.

Pure text comparison (claims.matching.similarity); no database, no Django settings.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PAIRS = ROOT / "tests" / "data" / "claim_pairs.jsonl"
GOAL_F1 = 0.85


def load_pairs(path: Path = PAIRS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate(pairs: list[dict], threshold: float) -> dict:
    from claims.matching import similarity

    tp = fp = fn = tn = 0
    errors = []
    for pair in pairs:
        score = similarity(pair["a"], pair["b"])
        predicted = score >= threshold
        if predicted and pair["same"]:
            tp += 1
        elif predicted:
            fp += 1
            errors.append(("false match", score, pair))
        elif pair["same"]:
            fn += 1
            errors.append(("missed", score, pair))
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "threshold": threshold,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "errors": errors,
    }


def run(threshold: float | None = None) -> dict:
    from claims.matching import DEFAULT_THRESHOLD

    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    pairs = load_pairs()
    overall = evaluate(pairs, threshold)
    parts = []
    for split in ("dev", "holdout"):
        subset = [p for p in pairs if p.get("split", "dev") == split]
        if subset:
            r = evaluate(subset, threshold)
            parts.append(f"{split} ({len(subset)}): P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f}")
    positives = sum(1 for p in pairs if p["same"])
    return {
        "name": "claim matching F1 on labelled pairs",
        "value": round(overall["f1"], 3),
        "goal": GOAL_F1,
        "met": overall["f1"] >= GOAL_F1,
        "detail": (
            f"{len(pairs)} pairs ({positives} same claim, {len(pairs) - positives} hard negatives) at threshold "
            f"{threshold:.2f}: precision {overall['precision']:.3f}, recall {overall['recall']:.3f}, "
            f"F1 {overall['f1']:.3f} (tp {overall['tp']}, fp {overall['fp']}, fn {overall['fn']}, "
            f"tn {overall['tn']}); " + "; ".join(parts)
        ),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    from claims.matching import DEFAULT_THRESHOLD

    threshold = DEFAULT_THRESHOLD if args.threshold is None else args.threshold
    pairs = load_pairs()
    if args.sweep:
        for t in [x / 100 for x in range(30, 81, 5)]:
            r = evaluate(pairs, t)
            print(f"threshold {t:.2f}: P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}")
    for split in ("dev", "holdout"):
        subset = [p for p in pairs if p.get("split", "dev") == split]
        r = evaluate(subset, threshold)
        print(f"{split:8} {len(subset):3} pairs: P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}")
    r = evaluate(pairs, threshold)
    print(
        f"all      {len(pairs):3} pairs: P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}"
        f"  (threshold {threshold:.2f})"
    )
    if args.errors:
        for kind, score, pair in sorted(r["errors"], key=lambda e: e[0]):
            print(f"{kind:12} {score:.3f}  [{pair.get('note', '')}]\n    {pair['a']}\n    {pair['b']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
