"""'"...," the statement read' / 'one of the posts read': a written item whose quoted words are read."""

from tests.extraction_helpers import claim_with, source_names


def test_one_of_the_posts_read():
    text = '"Your money is safe. Nothing has changed," one of the posts read.'
    assert source_names(text, "Nothing has changed") == ["one of the posts"]
    assert source_names(text, "Your money is safe") == ["one of the posts"]


def test_one_of_the_letters_reads():
    text = '"Please come home before winter," one of the letters reads.'
    assert source_names(text, "come home") == ["one of the letters"]


def test_the_statement_read():
    text = '"We will rebuild every home," the statement read.'
    assert source_names(text, "rebuild every home") == ["statement"]


def test_a_person_reading_is_no_source():
    text = "She read the report aloud to the committee."
    assert claim_with(text, "read the report")["sources"] == []


def test_a_person_reading_a_quote_is_not_a_written_item():
    text = '"I love you," she read from the card.'
    assert "she" not in source_names(text, "love you")
