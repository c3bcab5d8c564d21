"""Q&A write-ups: answers under the interviewer's question lines are the interviewee's words."""

from tests.extraction_helpers import claim_with, source_names, sources_with_via

QA = """Dr Amara Okafor has led the city's flood response team since 2019. She spoke to the Harbour Gazette at her office this week. The interview has been edited for length.

How bad was last winter?

We had water in 300 homes. The pumps failed twice in one night.

What needs to change?

The drains are a century old. Our surveyors tell us half of them are cracked.

Will the council pay for it?

I hope so. Nobody has promised anything yet.

Okafor said a new survey would begin in March."""


def test_answers_take_the_interviewee():
    assert source_names(QA, "300 homes") == ["Amara Okafor"]
    assert source_names(QA, "century old") == ["Amara Okafor"]
    assert source_names(QA, "Nobody has promised") == ["Amara Okafor"]


def test_answer_keeps_its_own_source_too():
    assert source_names(QA, "surveyors tell us") == ["Amara Okafor", "Our surveyors"]


def test_answers_take_the_channel_of_the_interview():
    assert sources_with_via(QA, "pumps failed") == [("Amara Okafor", "Harbour Gazette")]


def test_closing_narration_keeps_its_own_source():
    assert source_names(QA, "new survey") == ["Amara Okafor"]


def test_intro_is_not_an_answer():
    assert claim_with(QA, "has led the city")["sources"] == []


EXPLAINER = """Dr Amara Okafor is the city's chief engineer.

Why do the streets flood?

The drains are a century old and too narrow for modern storms.

What is being done?

The council has set aside money for new pumps.

Will it work?

Engineers expect fewer floods within five years."""


def test_explainer_questions_without_an_interview_take_no_speaker():
    assert claim_with(EXPLAINER, "century old")["sources"] == []


def test_two_rhetorical_questions_make_no_interview():
    text = ("Mayor John Reyes spoke to residents on Monday.\n\nWhat went wrong?\n\n"
            "The drains were blocked by leaves.\n\nWho pays?\n\nThe council has not decided.")
    assert claim_with(text, "blocked by leaves")["sources"] == []
