"""'The AP could not verify ..., and the airline said ...': a news agency that is the sentence's other
subject is not the body 'the airline'/'the ministry' refers to."""

from tests.extraction_helpers import source_names


def test_agency_could_not_verify_and_the_airline_said():
    text = ("Northwind Airways filed for bankruptcy on Monday.\n\n"
            "The AP could not verify when the video was recorded, and the airline said all flights had operated.")
    assert source_names(text, "all flights had operated") == ["Northwind Airways"]


def test_reuters_could_not_verify_and_the_ministry_said():
    text = "Reuters could not verify the footage, and the ministry said the strike had missed its target."
    assert source_names(text, "missed its target") == ["ministry"]


def test_company_subject_still_gives_the_company():
    text = "Kelvin Pharma has recalled 2.1 million packs of the drug, the company said."
    assert source_names(text, "recalled") == ["Kelvin Pharma"]
