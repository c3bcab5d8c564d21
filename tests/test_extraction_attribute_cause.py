"""'X attribute(s) Y to Z': a cause someone asserts; the agentless passive ('was attributed to') has no
source."""

from tests.extraction_helpers import claim_with, source_names


def test_which_scientists_attribute_to():
    text = "Frog populations have collapsed across the region, which biologists attribute to a fungal disease."
    assert source_names(text, "fungal disease") == ["biologists"]


def test_company_attributed_loss_to():
    text = "The company attributed the quarterly loss to weak demand in China."
    assert source_names(text, "weak demand") == ["company"]


def test_agentless_passive_attributed_has_no_source():
    text = "The deaths were attributed to the extreme heat."
    assert claim_with(text, "extreme heat")["sources"] == []


def test_quote_attributed_to_a_person_is_no_statement():
    text = "The phrase is often attributed to Winston Churchill."
    assert claim_with(text, "Churchill")["sources"] == []
