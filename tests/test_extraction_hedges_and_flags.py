"""Hedges and the unverifiable flag."""
import pytest

from claims.extraction import extract


def _claim(sentence):
    return extract("Headline\n\n" + sentence + "\n")["claims"][0]


@pytest.mark.parametrize("sentence, hedge", [
    ("Militants allegedly cut the road on Monday.", "allegedly"),
    ("The minister reportedly resigned on Friday.", "reportedly"),
    ("A video appears to show the strike.", "appears to"),
    ("The attack possibly opens another front.", "possibly"),
    ("The group may have moved its fighters north.", "may have"),
    ("The commander is believed to have fled.", "is believed to"),
    ("Unconfirmed reports said 70 people died.", "Unconfirmed"),
])
def test_hedge_words_are_reported_as_written(sentence, hedge):
    assert hedge in _claim(sentence)["hedges"]


def test_plain_sentence_has_no_hedge():
    assert _claim("The council approved the budget on Monday.")["hedges"] == []


@pytest.mark.parametrize("sentence, by", [
    ("The video cannot be independently verified by al-Araby al-Jadeed.", "al-Araby al-Jadeed"),
    ("Reuters could not independently verify the footage.", "Reuters"),
    ("AFP could not immediately confirm the toll.", "AFP"),
    ("The figures could not be independently verified.", None),
    ("The claim has not been verified.", None),
    ("It was not possible to verify the account.", None),
    ("The report was based on unverified testimony.", None),
])
def test_unverifiable_flag_and_who_says_so(sentence, by):
    c = _claim(sentence)
    assert c["unverifiable"] is True
    assert c["unverifiable_by"] == by


def test_could_not_be_reached_for_comment_is_not_a_flag():
    c = _claim("The company could not be reached for comment.")
    assert c["unverifiable"] is False
    assert c["unverifiable_by"] is None
