"""'"...," the statement said' after "In a statement ..., the group said" is the group's word; a statement of a
kind of its own stays the document. "Its foreign ministry" opening a sentence about a country is that
country's ministry."""

from tests.extraction_helpers import source_names


def test_the_statement_is_the_body_that_just_issued_it():
    text = ("In a statement posted on its website on Monday, the union said the strike would go ahead.\n\n"
            "\"Our members have been left with no choice,\" the statement said.")
    assert source_names(text, "no choice") == ["union"]


def test_the_statement_after_said_in_a_statement():
    text = ("The Vantor Liberation Front said in a statement on Tuesday that it had seized the airport.\n\n"
            "\"The enemy fled,\" the statement said.")
    assert source_names(text, "enemy fled") == ["Vantor Liberation Front"]


def test_a_statement_of_its_own_kind_stays_the_document():
    text = ("In a victim impact statement read to the court, the son, Tom Reyes, said his father had trusted her.\n\n"
            "\"She took everything from him,\" the statement said.")
    assert source_names(text, "took everything") == ["statement"]


def test_a_statement_no_one_gave_stays_the_document():
    text = ("The government has ordered an inspection of all mines, according to a statement carried by the agency.\n\n"
            "A commission has been sent to the region, the statement said.")
    assert source_names(text, "commission has been sent") == ["a statement carried by the agency"]


def test_its_ministry_after_a_country():
    text = "France has sent two warships to the region. Its defence ministry said the ships would stay for a month."
    assert source_names(text, "ships would stay") == ["France's defence ministry"]


def test_its_ministry_after_no_country_stays():
    text = "The talks in Paris ended without a deal. Its foreign ministry said the talks would resume."
    assert source_names(text, "would resume") == ["Its foreign ministry"]
