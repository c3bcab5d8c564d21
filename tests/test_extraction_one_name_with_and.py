"""A body whose name holds an 'and' ('the U.S. Food and Drug Administration') is one source, not two; two bodies
that happen to be coordinated ('The Treasury and the Bank of England') stay two."""

from tests.extraction_helpers import source_names


def test_a_name_with_and_is_one_body():
    text = "Shares fell after the U.S. Food and Drug Administration declined to approve the drug, the company said."
    assert "Food and Drug Administration" in " ".join(source_names(text, "Shares fell"))
    text = 'The Tramways and Public Transport Union issued strike notices, saying the offer was "an insult".'
    assert source_names(text, "strike notices") == ["Tramways and Public Transport Union"]


def test_a_two_word_body_the_parser_split_is_one():
    text = "Half of the ferries are old, according to figures published by Transport Scotland last year."
    assert source_names(text, "ferries are old") == ["Transport Scotland"]


def test_two_coordinated_bodies_stay_two():
    text = "The Treasury and the Bank of England said rates would rise."
    assert source_names(text, "rates would rise") == ["Treasury", "Bank of England"]
