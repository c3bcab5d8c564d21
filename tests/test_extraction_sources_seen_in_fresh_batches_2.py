"""More shapes from articles written for the project after the rules: a claim the army 'rejected' in a relative
clause, an anonymous clinician who 'added', a partitive speaker after a long quotation, figures 'the party
released', an estimate that is only the subject of what a memo seen by an outlet says, 'the paramilitary' for the
body first written as 'the paramilitary Rapid Support Forces', and a Q&A whose intro says the outlet spoke with the
scientist."""
from claims.extraction import extract

from .extraction_helpers import source_names, sources_with_via


def test_a_claim_the_army_rejected():
    text = ("Sudan's paramilitary Rapid Support Forces said Sunday they had captured the town of Al-Khuwei, a claim "
            "the army swiftly rejected as a lie.")
    assert source_names(text, "Al-Khuwei") == ["Rapid Support Forces", "army"]


def test_an_anonymous_clinician_who_added():
    text = ("A clinician at Nsanje district hospital, who asked not to be named, said the wards were full. Some deaths "
            "may have gone unrecorded because patients died at home, he added.")
    assert source_names(text, "unrecorded") == ["A clinician at Nsanje district hospital"]


def test_one_of_the_sources_after_a_long_quotation():
    text = ("A deal is close, three sources familiar with the talks in Doha told Reuters.\n\n"
            '"We are closer than we have ever been, but the last mile is always the hardest," one of the sources, a '
            "diplomat briefed on the negotiations, said.")
    assert source_names(text, "last mile") == ["one of the sources familiar with the talks in Doha"]


def test_figures_a_body_released():
    text = "The toll rose to 40 on Monday, according to figures the health ministry published on Monday."
    assert source_names(text, "toll rose") == ["health ministry"]


def test_the_memo_not_the_estimate_it_speaks_of():
    text = ("The overtime estimate may still be too low, according to an internal April memo from the city's budget "
            "office seen by KWNE 4.")
    assert sources_with_via(text, "overtime estimate") == [
        ("an internal April memo from the city's budget office", "KWNE")]


def test_the_paramilitary_is_the_body_it_was_written_before():
    text = ("An air strike killed 43 people on Wednesday, as the paramilitary Rapid Support Forces accused the army "
            "of targeting civilians.\n\nIn a statement posted on Telegram, the paramilitary said more than 100 "
            "civilians had been killed.")
    assert sources_with_via(text, "more than 100") == [("Rapid Support Forces", "Telegram")]


def test_a_qa_whose_intro_says_the_outlet_spoke_with_the_scientist():
    page = ("'We almost walked past it': Q&A with the scientist who found a new frog\n\n"
            "A team led by Ratna Widyasari, a herpetologist, found the frog during a survey.\n\n"
            "Mongabay spoke with Widyasari by video call. This interview has been edited for length and clarity.\n\n"
            "Mongabay: How did you find the frog?\n\n"
            "Ratna Widyasari: Honestly, we almost walked past it.\n\n"
            "Mongabay: How rare is it?\n\n"
            "Widyasari: We found 23 individuals in total, in two streams.\n")
    claim = next(c for c in extract(page)["claims"] if "23 individuals" in c["text"])
    assert [(s["name"], s["via"]) for s in claim["sources"]] == [("Ratna Widyasari", "Mongabay")]
