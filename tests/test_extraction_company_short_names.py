"""'Kelvin and Sarvana ...' after 'Kelvin Pharma' and 'Sarvana Labs': a company's first word stands for
its full name; a document named by it ('a filing by Sarvana') keeps the article's wording."""

from .extraction_helpers import source_names

_names = source_names


TEXT = (
    "Kelvin Pharma has recalled 2.1 million packs of blood-pressure tablets made by Sarvana Labs, "
    "the company said on Monday.\n\n"
    "A filing by Sarvana to the Bombay Stock Exchange shows that Kelvin accounted for about a fifth of its revenue.\n\n"
    "Kelvin and Sarvana also face a lawsuit in Dublin; both deny liability."
)


def test_a_companys_first_word_stands_for_its_full_name():
    names = _names(TEXT, "both deny")
    assert "Kelvin Pharma" in names and "Sarvana Labs" in names


def test_a_filing_named_by_the_short_name_keeps_it():
    assert "Sarvana Labs" not in _names(TEXT, "A filing by")
