"""Check-worthiness ranks checkable statements of fact above opinion and speculation.

Measured as ROC AUC against the `checkworthy` labels of the gold claims the pipeline finds.
"""

import json

from . import score_extraction as scorer
from .gold_scoring import GOLD_SETS, extracted

AUC_FLOOR = 0.75


def labelled_scores():
    pairs = []
    for gold_dir, root in GOLD_SETS:
        for path in sorted(gold_dir.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            result = extracted((root / gold["document"]).resolve())
            matched, _, _ = scorer.pair_claims(gold["claims"], result["claims"])
            pairs += [(bool(g.get("checkworthy", True)), float(p["checkworthiness"])) for g, p in matched]
    return pairs


def roc_auc(pairs) -> float:
    """The probability that a check-worthy claim outscores one that is not (ties count half), from the ranks of the
    scores (Mann-Whitney), so 15,000 claims take a sort rather than 36 million comparisons."""
    ordered = sorted(pairs, key=lambda pair: pair[1])
    rank_sum, i = 0.0, 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1][1] == ordered[i][1]:
            j += 1
        mean_rank = (i + j) / 2 + 1  # tied scores share the mean of their ranks
        rank_sum += mean_rank * sum(1 for label, _ in ordered[i:j + 1] if label)
        i = j + 1
    positives = sum(1 for label, _ in pairs if label)
    negatives = len(pairs) - positives
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def test_scores_are_between_zero_and_one_and_rank_facts_first():
    pairs = labelled_scores()
    assert all(0.0 <= s <= 1.0 for _, s in pairs)
    assert sum(1 for label, _ in pairs if not label) >= 20, "the gold set needs enough non-check-worthy claims"
    auc = roc_auc(pairs)
    assert auc >= AUC_FLOOR, f"check-worthiness ROC AUC {auc:.3f} is below {AUC_FLOOR}"


def test_the_auc_helper_is_right_on_a_known_case():
    assert roc_auc([(True, 0.9), (True, 0.4), (False, 0.5), (False, 0.1)]) == 0.75


def test_the_auc_helper_counts_ties_as_half():
    assert roc_auc([(True, 0.5), (False, 0.5)]) == 0.5
    assert roc_auc([(True, 0.5), (True, 0.9), (False, 0.5), (False, 0.2)]) == 0.875
