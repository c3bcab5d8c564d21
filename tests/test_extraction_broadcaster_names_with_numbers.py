"""A broadcaster whose name ends in a number or an audience word ("Rai News 24", "France 24", "KSNK 6") is the
channel of "told", named in full; "told the news" names no channel."""
import pytest

from tests.extraction_helpers import sources_with_via


@pytest.mark.parametrize("text, needle, expected", [
    ("The mayor of Faenza, Massimo Isola, told Rai News 24 that 300 people had been evacuated overnight.",
     "300 people", [("Massimo Isola", "Rai News 24")]),
    ("Foreign minister Jean Arnaud told France 24 that the talks had failed.", "talks had failed",
     [("Jean Arnaud", "France 24")]),
    ("Kayla Bridger, who lives two doors down, told KSNK 6 she heard shots.", "heard shots",
     [("Kayla Bridger", "KSNK 6")]),
    ("Coach Erik Vance told Sky News that he would stay.", "would stay", [("Erik Vance", "Sky News")]),
])
def test_the_broadcaster_is_named_in_full(text, needle, expected):
    assert sources_with_via(text, needle) == expected


def test_the_news_is_no_channel():
    assert sources_with_via("Coach Erik Vance told the news that he would stay.", "would stay") == [
        ("Erik Vance", None)]
