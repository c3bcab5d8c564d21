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


@pytest.mark.parametrize("text, n", [
    ("The clip was posted on X. The ministry called it fake.", 2),
    ("Doctors advised vitamin C. It did not help.", 2),
    ("The letter was signed by J. Rivera and two others.", 1),
    ("Franklin D. Roosevelt won in 1932.", 1),
    ("M. Dubois declined to comment.", 1),
])
def test_single_capital_before_full_stop(text, n):
    assert len(_sentences(text)) == n


def _claim_texts(body):
    from claims.extraction import extract
    return [c["text"] for c in extract("Headline\n\n" + body)["claims"]]


def test_live_blog_signposts_and_byline_are_not_claims():
    body = ("Lena Brandt (now) and Tomas Ek (earlier)\n\n"
            "That's where we're going to end our live coverage. Here is a quick recap of the day:\n\n"
            "Firefighters contained the blaze by 6pm, the fire service said. "
            "Here is what residents told us about the evacuation.")
    texts = _claim_texts(body)
    assert texts == ["Firefighters contained the blaze by 6pm, the fire service said.",
                     "Here is what residents told us about the evacuation."]
