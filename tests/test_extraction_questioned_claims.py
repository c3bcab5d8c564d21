"""Questioning or challenging what was said ("campaigners have questioned that promise", "analysts
questioned whether ...") is a statement; questioning a person (an interrogation) is not."""

from tests.extraction_helpers import claim_with, source_names


def test_campaigners_questioned_promise():
    text = "The minister said no school would close. But campaigners have questioned that promise."
    assert source_names(text, "questioned that promise") == ["campaigners"]


def test_analysts_questioned_whether():
    text = "Analysts questioned whether the figures add up."
    assert source_names(text, "figures add up") == ["Analysts"]


def test_economists_challenged_figures():
    text = "Some economists have challenged the official figures."
    assert source_names(text, "official figures") == ["Some economists"]


def test_police_questioning_a_person_is_no_statement():
    text = "Police questioned the driver for several hours on Monday."
    assert claim_with(text, "questioned the driver")["sources"] == []


def test_passive_questioned_is_no_statement():
    text = "The driver was questioned by investigators on Monday."
    assert claim_with(text, "questioned by investigators")["sources"] == []
