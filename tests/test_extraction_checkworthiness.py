"""Check-worthiness: facts up, opinion and prediction down."""
from claims.extraction import extract


def _score(sentence):
    return extract("Headline\n\n" + sentence + "\n")["claims"][0]["checkworthiness"]


def test_scores_are_between_zero_and_one():
    for c in extract("Headline\n\nIt rained. 120,000 Syrians fled Aleppo in October 2015. I think it is sad.\n")["claims"]:
        assert 0.0 <= c["checkworthiness"] <= 1.0


def test_numbers_and_past_events_rank_above_opinion():
    fact = _score("Heavy Russian bombing of Aleppo has forced 120,000 Syrians to flee since October.")
    opinion = _score("I think this is a terrible and shameful policy.")
    assert fact > opinion
    assert fact >= 0.6 and opinion < 0.5


def test_conditional_prediction_ranks_low():
    pred = _score('"If IS manages to hang on to the road, it will break the back of the offensive," he said.')
    fact = _score("IS fighters captured a checkpoint on the road on Tuesday.")
    assert pred < 0.5 <= fact


def test_speculation_ranks_below_the_same_fact():
    hedged = _score("The capture possibly opens up another front for the rebels.")
    plain = _score("The capture opened another front for the rebels in March.")
    assert hedged < plain
