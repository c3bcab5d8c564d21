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


@pytest.mark.parametrize("sentence, hedge", [
    ("The attack was seemingly planned weeks in advance.", "seemingly"),
    ("The commander is widely believed to have fled.", "is widely believed to"),
    ("A man believed to be the leader was arrested.", "believed to be"),
    ("Rocha is understood to have agreed personal terms.", "is understood to"),
    ("The strike might have killed ten people.", "might have"),
    ("The toll may rise further.", "may"),
    ("The toll is likely to rise.", "likely"),
    ("The fire was probably started deliberately.", "probably"),
    ("The purported leader of the cell was detained.", "purported"),
    ("The suspected gunman fled on foot.", "suspected"),
    ("It is possible that the virus spread in the market.", "It is possible that"),
    ("The rebels are said to control the road.", "are said to"),
    ("Photos appeared to show damage to the runway.", "appeared to"),
])
def test_more_hedges(sentence, hedge):
    assert hedge in _claim(sentence)["hedges"]


@pytest.mark.parametrize("sentence", [
    "In May the rains came early.",
    "The company said it was possible to resume flights.",
    "The minister will visit on Monday.",
])
def test_no_false_hedges(sentence):
    assert _claim(sentence)["hedges"] == []


@pytest.mark.parametrize("sentence", [
    "The claims could not be independently verified.",
    "Reuters could not immediately confirm the report.",
    "It was not possible to verify the figures independently.",
    "The footage has not been independently confirmed.",
    "Neither side's claims could be independently verified.",
    "These figures are impossible to verify.",
    "There was no way of verifying the account.",
    "The report has yet to be verified.",
    "The BBC has not independently verified the footage.",
    "We have not been able to verify the video.",
    "The images could not be authenticated.",
])
def test_unverifiable_wordings(sentence):
    assert _claim(sentence)["unverifiable"] is True


@pytest.mark.parametrize("sentence", [
    "Officials could not immediately be reached for comment.",
    "The ministry did not confirm the report.",
])
def test_not_unverifiable(sentence):
    assert _claim(sentence)["unverifiable"] is False


def test_separate_unverifiable_sentence_is_its_own_claim():
    claims = extract("Headline\n\nRebels said they had shot down a helicopter. The claim could not be independently "
                     "verified.\n")["claims"]
    assert [c["unverifiable"] for c in claims] == [False, True]
    assert claims[1]["sources"] == []
