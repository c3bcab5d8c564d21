"""Speakers in shapes the small parser misreads or that are not statements: '<Name>, <who they are>,
<verb> ...', figures a person puts or gives, a person's suggestion, questions, and nobody."""

from .extraction_helpers import source_names


def test_a_name_with_an_apposition_before_its_verb_speaks():
    text = (
        'Tomasz Wrona, head of the regional farmers\' association, accused the ministry of "abandoning the '
        'east" to cheap imports.'
    )
    assert source_names(text, "abandoning") == ["Tomasz Wrona"]


def test_an_apposition_before_a_verb_that_is_no_statement_is_not_a_source():
    assert source_names("Kofi Boateng, the former finance minister, died in 2019 at his home.", "died") == []


def test_a_person_putting_or_giving_a_figure_is_a_source():
    text = (
        "A senior army officer, speaking on condition of anonymity because he was not authorised to brief "
        "the media, put the death toll at 23."
    )
    assert source_names(text, "death toll") == ["A senior army officer"]
    text = "The toll could not be independently confirmed, and officials in Hama gave a higher figure on Sunday."
    assert source_names(text, "higher figure") == ["officials in Hama"]
    assert source_names("The charity gave food parcels to 300 families.", "parcels") == []


def test_a_person_suggesting_or_indicating_something_is_a_source():
    text = "Defence counsel Amy Rourke suggested that the alarm had been switched off by a contractor."
    assert source_names(text, "alarm") == ["Amy Rourke"]


def test_an_indirect_question_asserts_nothing():
    text = "Prosecutor Dan Feld asked the witness whether anyone had told her to delete the files."
    assert source_names(text, "delete") == []


def test_neither_and_no_one_said_nothing():
    assert source_names("Neither ministry has published figures for the region.", "figures") == []
    assert source_names("No official has confirmed the number of arrests.", "arrests") == []
