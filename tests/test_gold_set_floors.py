"""Extraction quality on our own gold set stays above its floors.

The development set (tests/gold, 692 articles) is what the rules were tuned on; it must clear the floors the issue
sets. The holdout set (tests/gold_holdout, 214 articles: 88 written by eleven annotators in the session of 2026-11-27,
16 by two more in the seventh session, 32 by four more in the eighth, 18 by three more in the eleventh, 36 by six
more in the twelfth, 24 by three more in the thirteenth) was never opened while writing rules (only its totals and
text-free counts were read), so it stands in for "articles we have not seen".
It clears the issue's floors only just (sources 0.905, via 0.902; its newest 24 articles fall under both floors,
see the README's "Extraction quality"), so its floors here are regression guards set just under what it measures
today, not targets.
"""

from pathlib import Path

from .gold_scoring import score_gold_dir, summary

TESTS = Path(__file__).resolve().parent
ISSUE_FLOORS = {"claims": 0.95, "sources": 0.90, "via": 0.90, "unverifiable": 0.95, "hedges": 0.90}
HOLDOUT_REGRESSION_FLOORS = {"claims": 0.97, "sources": 0.90, "via": 0.89, "unverifiable": 0.97, "hedges": 0.97}


def below(metrics, floors):
    return {name: round(metrics[name].f1(), 3) for name, floor in floors.items() if metrics[name].f1() < floor}


def test_the_development_set_clears_the_issues_floors():
    metrics = score_gold_dir(TESTS / "gold", TESTS)
    assert not below(metrics, ISSUE_FLOORS), f"below the floor: {below(metrics, ISSUE_FLOORS)}; {summary(metrics)}"


def test_the_holdout_set_does_not_regress():
    metrics = score_gold_dir(TESTS / "gold_holdout", TESTS / "gold_holdout")
    worse = below(metrics, HOLDOUT_REGRESSION_FLOORS)
    assert not worse, f"regressed below {worse}; {summary(metrics)}"


def test_the_gold_set_is_large_and_varied_enough():
    assert len(sorted((TESTS / "gold").glob("*.json"))) >= 692
    assert len(sorted((TESTS / "gold_holdout").glob("*.json"))) >= 214
