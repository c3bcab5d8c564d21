"""A question-and-answer write-up: after the intro ("She spoke to the Courier by phone. The interview has been
edited for length and clarity."), each answer paragraph is the interviewee's words, through the outlet that
interviewed her. An ordinary story with a rhetorical question paragraph is no interview."""
import pytest

from claims.extraction import extract
from tests.extraction_helpers import sources_with_via

_QA = """Anna Berg has run the harbour pilots' service at Kirkwall since 2019. She spoke to the Island Courier by \
phone ahead of the winter timetable. The interview has been edited for length and clarity.

How many ships did you bring in last year?

We brought in 412 ships. That was the most since the service began.

Why are there fewer pilots now?

Training takes six years, and the ports in the south pay twice what we can. Our accountants say we lose money on \
every night shift.
"""

_QA_TITLED = """Q&A: the nurse who runs the last rural clinic in the valley

Tomas Reyes talked with The Valley Post before his clinic's tenth anniversary.

Q: How many patients do you see?

About 60 a day, more in flu season.

Q: What do you need most?

A second doctor. We have advertised the post four times.
"""


@pytest.mark.parametrize("text, needle", [
    (_QA, "412 ships"),
    (_QA, "most since the service began"),
    (_QA, "Training takes six years"),
])
def test_answers_are_the_interviewee_through_the_outlet(text, needle):
    assert ("Anna Berg", "Island Courier") in sources_with_via(text, needle)


def test_answer_citing_someone_keeps_both():
    got = sources_with_via(_QA, "Our accountants")
    assert ("Anna Berg", "Island Courier") in got and any(n.lower().endswith("accountants") for n, _ in got)


@pytest.mark.parametrize("needle", ["About 60 a day", "We have advertised"])
def test_q_colon_layout(needle):
    assert ("Tomas Reyes", "The Valley Post") in sources_with_via(_QA_TITLED, needle)


def test_intro_and_edit_note_are_not_answers():
    # (the editor's note is no claim at all: a credit line, like "This article was first published by ...")
    assert not any("edited for length" in c["text"] for c in extract("Headline\n\n" + _QA)["claims"])
    assert sources_with_via(_QA, "has run the harbour") == []


def test_spoke_to_reporters_gives_the_speaker_without_a_channel():
    text = _QA.replace("She spoke to the Island Courier by phone", "She spoke to reporters")
    assert sources_with_via(text, "412 ships") == [("Anna Berg", None)]


@pytest.mark.parametrize("text, needle", [
    # rhetorical questions in an ordinary story: no interview, no speaker for the narration
    ("Anna Berg spoke to the BBC on Monday about the pilots' service.\n\nSo what happens next?\n\n"
     "The port will close at night from January.\n\nWho pays?\n\nThe council has set aside £2m.",
     "close at night"),
    ("Anna Berg spoke to the BBC on Monday about the pilots' service.\n\nSo what happens next?\n\n"
     "The port will close at night from January.\n\nWho pays?\n\nThe council has set aside £2m.",
     "set aside"),
])
def test_rhetorical_questions_make_no_interview(text, needle):
    assert sources_with_via(text, needle) == []


_ANSWERS = """

How bad was this harvest?

We picked 40 per cent of a normal crop. Some neighbours picked nothing at all.

What will you do next year?

Plant more drought-tolerant trees.
"""


@pytest.mark.parametrize("intro, outlet", [
    ("Carmen Ortega farms olives near Jaén. The Iberian Ledger spoke to her about the harvest. This interview has "
     "been edited for length and clarity.", "The Iberian Ledger"),
    ("The Iberian Ledger spoke to Carmen Ortega, who farms olives near Jaén. This interview has been condensed.",
     "The Iberian Ledger"),
    ("Carmen Ortega farms olives near Jaén. We spoke to her about the harvest. This interview has been edited for "
     "length and clarity.", None),
    ("Carmen Ortega, who farms olives near Jaén, was interviewed by the Iberian Ledger. Answers have been edited "
     "for length.", "Iberian Ledger"),
    ("In conversation with the Iberian Ledger, olive farmer Carmen Ortega describes the harvest. The interview has "
     "been edited for length and clarity.", "Iberian Ledger"),
    ("Carmen Ortega farms olives near Jaén. Ortega, who has farmed the same groves since 1998, spoke to the Iberian "
     "Ledger at her finca on Thursday. This interview has been edited for length.", "Iberian Ledger"),
    # the intro quotes her through the outlet in a sentence of its own, with no "spoke to"
    ("Carmen Ortega farms olives near Jaén. Ortega, 61, told the Iberian Ledger that the harvest was the worst she "
     "had known. The interview has been edited for length and clarity.", "Iberian Ledger"),
])
def test_the_interviewee_is_found_however_the_intro_puts_it(intro, outlet):
    text = intro + _ANSWERS
    assert sources_with_via(text, "40 per cent") == [("Carmen Ortega", outlet)]
    assert sources_with_via(text, "drought-tolerant") == [("Carmen Ortega", outlet)]


def test_a_qa_that_names_no_interviewer_goes_through_the_publication_beside_its_byline():
    text = ("By Ana Gil\nField & Market, 27 November 2026\n\nCarmen Ortega farms olives near Jaén. We spoke to her "
            "about the harvest. The interview has been edited for length and clarity." + _ANSWERS)
    assert sources_with_via(text, "40 per cent") == [("Carmen Ortega", "Field & Market")]


def test_a_channel_the_intro_gives_someone_else_is_not_the_interviewees():
    text = ("Carmen Ortega farms olives near Jaén. Her cooperative's chairman, Luis Prieto, told Reuters that prices "
            "had doubled. The interview has been edited for length and clarity." + _ANSWERS)
    assert sources_with_via(text, "40 per cent") == [("Carmen Ortega", None)]


def test_a_question_paragraph_that_asserts_something_is_the_interviewers():
    text = ("Carmen Ortega farms olives near Jaén. She spoke to the Iberian Ledger. The interview has been edited for "
            "length and clarity.\n\nHow bad was this harvest?\n\nWe picked 40 per cent of a normal crop.\n\n"
            "The ministry says farmers were warned in March. Were you?\n\nNobody warned us.")
    assert sources_with_via(text, "warned in March") == [("ministry", None)]
    assert sources_with_via(text, "Nobody warned us") == [("Carmen Ortega", "Iberian Ledger")]


@pytest.mark.parametrize("intro", [
    "Health Matters sat down with Health Minister Amina Oduya to discuss the outbreak.",
    "Health Minister Amina Oduya joined Health Matters for a conversation about the outbreak.",
    "Health Minister Amina Oduya answered questions from Health Matters about the outbreak.",
    "Health Minister Amina Oduya has been in office for 18 months. She spoke with Health Matters' Sam Lee about the "
    "outbreak.",
    "Health Minister Amina Oduya has been in office for 18 months. In a wide-ranging interview with Health Matters, "
    "she set out her plans.",
])
def test_more_ways_an_intro_names_the_interviewer(intro):
    text = (f"Q&A: Amina Oduya on the measles surge\n\n{intro} The interview has been edited for length and clarity."
            "\n\nHow bad is the outbreak?\n\nWe have recorded 412 cases since June.\n\nWhat next?\n\nWe will "
            "vaccinate every child.\n")
    assert sources_with_via(text, "412 cases") == [("Amina Oduya", "Health Matters")]


def test_a_qa_that_names_no_interviewer_goes_through_the_site_on_its_masthead_line():
    text = ("HEALTH MATTERS | INTERVIEWS\n\nQ&A: Amina Oduya on the measles surge\n\nHealth Minister Amina Oduya has "
            "been in office for 18 months. We asked her about the outbreak. The interview has been edited for length "
            "and clarity.\n\nHow bad is it?\n\nWe have recorded 412 cases since June.\n\nWhat next?\n\nWe will "
            "vaccinate every child.\n")
    # (the page itself, not under the helpers' extra headline: the masthead line opens it)
    claim = next(c for c in extract(text)["claims"] if "412 cases" in c["text"])
    assert [(s["name"], s["via"]) for s in claim["sources"]] == [("Amina Oduya", "HEALTH MATTERS")]


def test_a_page_title_before_the_bar_names_no_site():
    text = ("Measles cases hit record | Health\n\nHealth Minister Amina Oduya has been in office for 18 months. We "
            "asked her about the outbreak. The interview has been edited for length and clarity.\n\nHow bad is it?"
            "\n\nWe have recorded 412 cases since June.\n\nWhat next?\n\nWe will vaccinate every child.\n")
    claim = next(c for c in extract(text)["claims"] if "412 cases" in c["text"])
    assert [(s["name"], s["via"]) for s in claim["sources"]] == [("Amina Oduya", None)]


def test_a_site_name_set_in_capitals_above_the_title_is_the_publication_that_asked():
    text = ("BASELINE\nWTA · Interviews\n\nAmina Oduya on the measles surge\n\nHealth Minister Amina Oduya has been "
            "in office for 18 months. We asked her about the outbreak. The interview has been edited for length and "
            "clarity.\n\nHow bad is it?\n\nWe have recorded 412 cases since June.\n\nWhat next?\n\nWe will vaccinate "
            "every child.\n")
    claim = next(c for c in extract(text)["claims"] if "412 cases" in c["text"])
    assert [(s["name"], s["via"]) for s in claim["sources"]] == [("Amina Oduya", "Baseline")]


def test_a_section_label_in_capitals_is_no_site():
    text = ("INVESTIGATION\n\nAmina Oduya on the measles surge\n\nHealth Minister Amina Oduya has been in office for "
            "18 months. We asked her about the outbreak. The interview has been edited for length and clarity.\n\n"
            "How bad is it?\n\nWe have recorded 412 cases since June.\n\nWhat next?\n\nWe will vaccinate every "
            "child.\n")
    claim = next(c for c in extract(text)["claims"] if "412 cases" in c["text"])
    assert [(s["name"], s["via"]) for s in claim["sources"]] == [("Amina Oduya", None)]


def test_an_intro_that_describes_the_interviewee_still_names_the_outlet():
    text = ("Q&A: Amina Oduya on the measles surge\n\nThe health minister talks to Health Matters about the "
            "outbreak. Amina Oduya has been in office for 18 months. The interview has been edited for length and "
            "clarity.\n\nHow bad is it?\n\nWe have recorded 412 cases since June.\n\nWhat next?\n\nWe will "
            "vaccinate every child.\n")
    claim = next(c for c in extract(text)["claims"] if "412 cases" in c["text"])
    assert [(s["name"], s["via"]) for s in claim["sources"]] == [("Amina Oduya", "Health Matters")]


def test_a_newsletter_qa_under_a_question_headline_answers_for_the_one_i_spoke_to():
    text = ("The Dose\nYour weekly guide to the health numbers\n\nHow do you count a heatwave's dead?\n\n"
            "Hello, and welcome to The Dose.\n\nTo understand the number, I spoke to Professor Tasmin Harrow, a "
            "medical statistician. This interview has been edited for length and clarity.\n\nWhere does the figure "
            "come from?\n\nWe compare deaths on each day with the deaths we would have expected.\n\nSo these are "
            "not people who died of heatstroke?\n\nVery few of them are.\n")
    claim = next(c for c in extract(text)["claims"] if "Very few" in c["text"])
    assert [(s["name"], s["via"]) for s in claim["sources"]] == [("Tasmin Harrow", "The Dose")]


def test_the_outlet_that_spoke_to_her_asks_and_she_answers():
    text = ("Valeria Cordero: \"Ecuador cannot be governed from a barracks\"\nBy Andrés Villacís\n\n"
            "Valeria Cordero, 41, a former prosecutor, leads the largest opposition bloc. Diario La Costa spoke to her "
            "at her party's headquarters in Guayaquil. The interview has been edited for length.\n\n"
            "The state of emergency has been in force for almost four months. Has it worked?\n\n"
            "It has not. In Guayaquil alone there were 412 violent deaths in the first quarter.\n\n"
            "Do you dispute the government's figure?\n\nI dispute the way it is counted.\n")
    claim = next(c for c in extract(text)["claims"] if "412 violent deaths" in c["text"])
    assert [(s["name"], s["via"]) for s in claim["sources"]] == [("Valeria Cordero", "Diario La Costa")]
