""""according to" whose object is a name after a common noun or a title abbreviation: "consultancy Brackwater
Analytics" (parsed as two objects), "spokeswoman Lt. Teresa Olguin" (the tokenizer splits "Lt." off), and a
statement posted to a named channel ("in a message posted to the exchange's Telegram channel")."""
import pytest

from tests.extraction_helpers import sources_with_via


@pytest.mark.parametrize("text, needle, expected", [
    ("Battery revenues fell by almost 60% last year, according to consultancy Brackwater Analytics.",
     "Battery revenues", [("Brackwater Analytics", None)]),
    ("Darnell Whitaker was arrested on Wednesday, according to Toledo Police Department spokeswoman Lt. Teresa "
     "Olguin.", "arrested", [("Teresa Olguin", None)]),
    ("The convoy was hit twice, according to army spokesman Col. Ahmed Ali.", "convoy", [("Ahmed Ali", None)]),
])
def test_the_name_is_the_source(text, needle, expected):
    assert sources_with_via(text, needle) == expected


def test_a_full_stop_at_the_end_still_ends_the_phrase():
    text = "Sales fell 4% in May, according to research firm Kantar. Prices rose."
    assert sources_with_via(text, "Sales fell") == [("Kantar", None)]


@pytest.mark.parametrize("text, needle, expected", [
    ("In a message posted to the exchange's official Telegram channel at 2:10 a.m., chief executive Daniel Koh said "
     "the platform had been hit.", "platform had been hit", [("Daniel Koh", "Telegram")]),
    ("In a statement shared on the ministry's Facebook page, spokesman Ali Reza said two soldiers died.",
     "two soldiers", [("Ali Reza", "Facebook")]),
])
def test_a_statement_posted_to_a_named_channel(text, needle, expected):
    assert sources_with_via(text, needle) == expected


def test_a_statement_posted_to_a_person_names_no_channel():
    text = "In a letter posted to the minister on Monday, union leader Ali Reza said the talks had failed."
    assert sources_with_via(text, "talks had failed") == [("Ali Reza", None)]


def test_a_fronted_phrase_the_parser_left_on_its_own_still_gives_the_channel():
    text = ("In a message posted to the exchange's official Telegram channel at 2:10 a.m. Singapore time, co-founder "
            "and chief executive Daniel Koh said the platform had been hit. \"No user will lose a single cent,\" Koh "
            "wrote.")
    assert sources_with_via(text, "platform had been hit") == [("Daniel Koh", "Telegram")]
    assert sources_with_via(text, "single cent") == [("Daniel Koh", "Telegram")]
