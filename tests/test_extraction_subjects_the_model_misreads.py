"""Speakers the small model's labels hide: a paper named after a word it reads as a nationality ('The Spanish
sports daily Marca reported'), a named body's denial ('The Revival bloc rejected the allegations'), and 'Another of
the sources said'."""

from tests.extraction_helpers import source_names

LEAD = "Aitor Mendizabal scored twice on Sunday.\n\n"


def test_a_paper_read_as_a_nationality_reports():
    text = LEAD + "The Spanish sports daily Marca reported that he had already agreed a five-year contract."
    assert source_names(text, "five-year contract") == ["Marca"]


def test_a_named_bloc_denies():
    text = LEAD + "The Revival bloc rejected the allegations."
    assert [n.removeprefix("The ") for n in source_names(text, "rejected the allegations")] == ["Revival bloc"]


def test_a_bloc_of_flats_rejects_nothing():
    text = LEAD + "The council rejected the plans for a new tower block."
    assert source_names(text, "tower block") == []


def test_another_of_the_sources():
    text = LEAD + "Another of the sources said the club had offered more money."
    assert source_names(text, "offered more money") == ["Another of the sources"]


def test_a_ministry_with_its_country_after_a_fronted_setting():
    text = LEAD + ("In a statement posted on Telegram, Azerbaijan's Ministry of Defence said its units had "
                   '"suppressed a provocation".')
    claim_sources = source_names(text, "suppressed a provocation")
    assert claim_sources == ["Azerbaijan's Ministry of Defence"]
