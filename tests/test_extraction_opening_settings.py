"""An opening setting names the channel of the sentence's speaker: "Writing in <paper>", "Speaking on <podcast>",
"In an op-ed published in <paper>", "In a statement emailed to <outlet>"; a recipient or a day does not. Also a
description, then the name, before a verb the parser left without a subject."""

import pytest

from .extraction_helpers import sources_with_via


@pytest.mark.parametrize(
    "sentence, speaker, via",
    [
        ("Writing in the Irish Examiner last month, the economist Fergal Nevin argued that the plan had failed.",
         "Fergal Nevin", "Irish Examiner"),
        ("In an opinion piece published in the Wall Street Journal, Laura Benning wrote that the case was weak.",
         "Laura Benning", "Wall Street Journal"),
        ("In a statement emailed to CBC News, spokesperson Luc Martel said customers had been credited.",
         "Luc Martel", "CBC News"),
        ('Speaking on the "Runway Economics" podcast, analyst Jane Drury said the airline was fragile.',
         "Jane Drury", "Runway Economics"),
    ],
)
def test_an_opening_setting_gives_the_channel(sentence, speaker, via):
    assert sources_with_via(sentence, sentence[-20:]) == [(speaker, via)]


@pytest.mark.parametrize(
    "sentence",
    [
        "In a letter to the Prime Minister, Anne Keogh said the plan would fail.",
        "Speaking on Tuesday, Anne Keogh said the plan would fail.",
    ],
)
def test_a_recipient_or_a_day_is_no_channel(sentence):
    assert sources_with_via(sentence, "plan would fail") == [("Anne Keogh", None)]


def test_a_description_then_the_name_before_a_subjectless_verb_is_the_speaker():
    text = "In a separate post on LinkedIn, the trust's chief executive, Dr Simon Okonjo, said he was committed."
    assert sources_with_via(text, "committed") == [("Simon Okonjo", "LinkedIn")]


def test_researchers_reporting_in_a_paper_are_the_source_and_the_journal_the_via():
    text = ("In a paper published on Wednesday in Proceedings of the Royal Society B, researchers at the University "
            "of Uppsala report that bees fed the fungicide were slower to learn.")
    assert sources_with_via(text, "slower to learn") == [("researchers", "Proceedings of the Royal Society B")]


def test_a_report_as_a_noun_is_no_cue():
    text = "Scientists at the institute published a report on Monday about the bees."
    assert sources_with_via(text, "about the bees") == []
