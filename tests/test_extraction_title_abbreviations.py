"""Titles written with a full stop ("Sens.", "Supt.", "Det.") do not end a sentence;
abbreviations that are also ordinary words ("ill", "mass") end one when written in lower case."""
import pytest

from claims.extraction import segment


def _sentences(text):
    return [text[a:b] for a, b in segment.split(text, 0, len(text))]


@pytest.mark.parametrize("text", [
    "Sens. Maria Olsen of Ohio and Reps. Dan Cole voted against the measure.",
    "Supt. Helen Ruiz closed the district's schools on Tuesday.",
    "Det. Insp. Omar Vance led the inquiry into the fire.",
    "Brig. Gen. Li Wei inspected the base last week.",
    "Cpl. Tom Reyes and Capt. Ana Bell were decorated.",
    "Messrs. Grant and Hale left the firm in March.",
    "The mayor of Dayton, Ohio, met Gov. Ruth Pike and Lt. Gov. Sam Doe.",
])
def test_title_abbreviation_keeps_one_sentence(text):
    assert _sentences(text) == [text]


@pytest.mark.parametrize("text, n", [
    ("The bus driver fell ill. Three pupils were hurt.", 2),
    ("Parishioners gathered after mass. The priest spoke briefly.", 2),
    ("The vote was on Wednesday. Sen. Ava Ross abstained.", 2),
    ("The plant is near Springfield, Ill. It employs 400 people.", 1),  # state abbreviation reading
])
def test_word_like_abbreviations(text, n):
    assert len(_sentences(text)) == n
