"""Whom a speaker passes on is a source too: "X quoted Y as saying", "X, citing Y, said", "..., citing
records and interviews with Z"; an outlet that passes a source on is its channel. A motive cited
("citing health reasons") is no source."""

from tests.extraction_helpers import source_names, sources_with_via


def test_outlet_quoted_an_official_as_saying():
    text = "The state news agency Tolo quoted a district official as saying that 30 houses had collapsed."
    assert sources_with_via(text, "30 houses") == [("Tolo", None), ("a district official", "Tolo")]


def test_newspaper_quoted_residents_as_saying():
    text = "The Daily Tribune quoted residents of the port as saying that shelling had continued overnight."
    assert sources_with_via(text, "shelling") == [("Daily Tribune", None),
                                                  ("residents of the port", "Daily Tribune")]


def test_agency_citing_a_source():
    text = "Russian news agency Interfax, citing a source in the regional government, reported that the dam had burst."
    assert sources_with_via(text, "dam had burst") == [("Interfax", None),
                                                       ("a source in the regional government", "Interfax")]


def test_group_citing_records_and_interviews():
    text = "The monitor said five of the dead were children, citing hospital records and interviews with witnesses."
    names = source_names(text, "five of the dead")
    assert "hospital records" in names and "witnesses" in names and len(names) == 3


def test_a_motive_cited_is_no_source():
    assert source_names("The minister resigned on Monday, citing health reasons.", "resigned") == []
    text = "The company said it would close the plant, citing rising costs and falling demand."
    assert source_names(text, "close the plant") == ["company"]


def test_quoting_a_writer_in_a_speech_is_no_source():
    assert source_names("He quoted Churchill in his speech to the party.", "Churchill") == []
