"""The unverifiable flag for a newsroom that could not establish a fact about the material it shows, and
for "has not verified"; not for a body that merely could not determine something."""

import pytest

from .extraction_helpers import claim_with, source_names


@pytest.mark.parametrize(
    "sentence",
    [
        "We were not able to establish who filmed the original footage.",
        "AFP could not determine when the video was recorded.",
        "Reuters could not establish where the images were taken.",
        "The authenticity of the video could not be established.",
        "The BBC has not verified the authenticity of the letter.",
    ],
)
def test_a_newsroom_that_could_not_establish_the_material_flags_the_claim(sentence):
    assert claim_with(sentence, sentence[:20])["unverifiable"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "Police could not determine the cause of the fire.",
        "The ministry said it was unable to establish whether the strike was deliberate.",
    ],
)
def test_a_body_that_could_not_determine_a_cause_is_no_flag(sentence):
    assert claim_with(sentence, sentence[:20])["unverifiable"] is False


def test_the_ministry_after_an_outlet_that_could_not_verify_is_not_the_outlet():
    text = "AFP could not determine when the video was recorded.\n\nThe ministry said the strike was deliberate."
    assert source_names(text, "deliberate") == ["ministry"]


def test_a_report_never_confirmed_is_flagged_but_a_person_never_confirmed_in_a_post_is_not():
    assert claim_with("That report was never confirmed.", "report")["unverifiable"] is True
    assert claim_with("He was never confirmed as a candidate.", "candidate")["unverifiable"] is False
