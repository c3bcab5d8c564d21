"""'A concert by the Malian singer Mariam Keita ... In a post on Facebook, the singer said ...': "the singer" is the
person the article introduced with that word before her name, so her next sentences keep her channel."""
import pytest

from tests.extraction_helpers import source_names, sources_with_via


@pytest.mark.parametrize("text, needle, name", [
    ("A concert by the Malian singer Awa Keita was cancelled on Tuesday. In a post on Facebook, the singer said she "
     "had been silenced.", "silenced", "Awa Keita"),
    ("Police arrested the human rights lawyer Ana Ruiz on Monday. The lawyer said the charges were invented.",
     "invented", "Ana Ruiz"),
    ("The veteran striker Tom Hale missed training on Friday. The striker told the BBC he was fit.", "fit", "Tom Hale"),
])
def test_the_word_before_the_name(text, needle, name):
    assert source_names(text, needle) == [name]


def test_her_channel_carries_on():
    text = ('A concert by the Malian singer Awa Keita was cancelled on Tuesday. In a post on Facebook, the singer said '
            'she had been silenced. "I have sung in this hall for years," she wrote.')
    assert sources_with_via(text, "sung in this hall") == [("Awa Keita", "Facebook")]


@pytest.mark.parametrize("text, needle, bad", [
    # a body after the word is no person
    ("Shares in the company Acme Holdings fell. The company said demand was weak.", "demand was weak", set()),
])
def test_no_single_person(text, needle, bad):
    assert not set(source_names(text, needle)) & bad
