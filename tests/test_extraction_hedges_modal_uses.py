"""Hedges: the modal or participle in its non-hedging uses (the wording of the unverifiable
flag, an ability shown or perceived, a permission or a person's offer, the reporting verb
'alleged'/'suspected' with its own object, the 'so' of degree) and the superlative estimate
'most likely', which is a hedge."""

import pytest

from claims.extraction.flags import hedges
from tests.extraction_helpers import claim_with


@pytest.mark.parametrize(
    "sentence",
    [
        # the unverifiable wording itself
        "None of the casualty figures could be independently verified.",
        "Neither account of the ambush could be confirmed by reporters on the ground.",
        # ability perceived or shown
        "By the second day you could already smell the smoke in the valley.",
        "The engineers found that the two signals could be told apart with 90 per cent accuracy.",
        "Testers showed the lock could be opened with a paper clip.",
        "The audit demonstrated that the accounts could be accessed without a password.",
        # permission, a person's offer
        "I waited for the marshal to tell me I could cross the line.",
        "They told us we could go home after the briefing.",
        "She said the minister had told her that he could make the fine go away.",
        "He said he could help if the council paid in cash.",
        # the reporting verb with its own object
        "The opposition has also alleged fraud in three northern districts.",
        "Campaigners had long alleged abuse at the centre.",
        "Kowalski alleged bias on the part of the referee.",
        "The inquiry confirmed what the residents had suspected for years.",
        # 'so' of degree before a relative clause
        "The regulator said it had received six complaints and that none so far showed a fault.",
        # comparisons of likelihood stay out
        "Women were the most likely to report symptoms, the survey found.",
        "Older drivers are less likely to speed.",
    ],
)
def test_not_a_hedge(sentence):
    assert hedges(sentence) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The party's most likely coalition partners are the Greens.", ["likely"]),
        ("Prices will most likely rise again next month, the analyst said.", ["likely"]),
        ("Officials said none so far pointed to errors that could change the outcome.", ["could"]),
        ("She said the regulator had found problems so far that could delay the launch.", ["could"]),
        ("Police are investigating alleged fraud at the depot.", ["alleged"]),
        ("The court heard about the group's alleged links to the cartel.", ["alleged"]),
        ("Three suspected cases were reported on Monday.", ["suspected"]),
        ("The claims could be confirmed as early as next week, the spokesman said.", ["could"]),
        ("Analysts said the dispute could delay the merger.", ["could"]),
        ("He could face up to ten years in prison.", ["could"]),
        ("The club said the striker could return next month.", ["could"]),
        ("The study found that the virus could spread faster in cold weather.", ["could"]),
    ],
)
def test_still_a_hedge(sentence, expected):
    assert hedges(sentence) == expected


def test_unverifiable_sentence_keeps_flag_without_hedge():
    c = claim_with("Both armies said they had taken the bridge. Neither side's account could be "
                   "independently verified.", "Neither side")
    assert c["hedges"] == []
    assert c["unverifiable"]


def test_present_projection_after_shows_stays_a_hedge():
    assert hedges("The latest poll shows the government could be ousted in May.") == ["could"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nobody could say when the power would return.",
        "None of the crew could swim, the coastguard said.",
        "No rescuer could reach the village before dawn.",
        "Police Arrest Two Alleged Smugglers At Border",
    ],
)
def test_negative_subject_and_title_case(sentence):
    expected = ["Alleged"] if "Alleged" in sentence else []
    assert hedges(sentence) == expected


def test_a_later_hedge_after_the_unverifiable_wording_counts():
    assert hedges("Neither claim could be independently verified, but officials said strikes could resume.") == ["could"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The complaint alleged discrimination in hiring.", []),
        ("Opposition lawmakers alleged vote-buying in two provinces.", []),
        ("Rescuers could do nothing but wait for the water to drop.", []),
        ("With the new sensor the lab could now detect a single molecule.", []),
        ("Two residents described alleged beatings by the guards.", ["alleged"]),
        ("Officers detained three alleged smugglers at the port.", ["alleged"]),
    ],
)
def test_alleged_after_a_speaker_noun_and_more_ability(sentence, expected):
    assert hedges(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The agency could verify only three of the twelve clips.", []),
        ("Journalists on the scene could independently confirm the number of dead.", []),
        ("Just one of the photographs could be authenticated.", []),
        ("The footage could be geolocated to a bridge north of the city.", []),
        ("The appointment could be confirmed at Monday's board meeting.", ["could"]),
    ],
)
def test_what_a_newsroom_could_verify_is_no_hedge(sentence, expected):
    assert hedges(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The coroner said both deaths could have been prevented.", []),
        ("An earlier alert could have saved dozens of lives, the families said.", []),
        ("She could have been out of the building in two minutes.", []),
        ("The fire could have started in the kitchen, investigators said.", ["could have"]),
        ("The virus could have been circulating for weeks before it was detected.", ["could have"]),
    ],
)
def test_preventable_counterfactual(sentence, expected):
    assert hedges(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The blast was, most likely, caused by a gas leak.", ["likely"]),
        ("It was most likely an accident, the fire chief said.", ["likely"]),
        ("Renters were the most likely to fall behind on payments.", []),
    ],
)
def test_most_likely(sentence, expected):
    assert hedges(sentence) == expected
