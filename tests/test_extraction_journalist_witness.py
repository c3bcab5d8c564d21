"""What a news organisation's own people saw or heard ("..., an AFP journalist saw.", "A Reuters reporter saw
...") is sourced to them; a journalist of no named outlet, or a company that "provides" something, is no source.
A document "provides for" what it says."""

from .extraction_helpers import source_names, sources_with_via


def test_a_closing_an_afp_journalist_saw():
    text = "Police fired tear gas to disperse several hundred supporters on Wednesday afternoon, an AFP journalist saw."
    assert source_names(text, "tear gas") == ["an AFP journalist"]


def test_a_reuters_reporter_saw_opening_the_sentence():
    text = "A Reuters reporter saw the syrup still on sale at two pharmacies in Lagos on Thursday afternoon."
    assert source_names(text, "still on sale") == ["A Reuters reporter"]


def test_correspondents_heard_after_an_opening_phrase():
    text = "Earlier on Friday, AFP correspondents heard sustained bursts of gunfire near the presidential palace."
    assert source_names(text, "bursts") == ["AFP correspondents"]


def test_a_journalist_of_no_named_outlet_is_no_source():
    assert source_names("A local journalist saw the fire.", "fire") == []


def test_a_draft_provides_for():
    text = "A draft of the agreement seen by Reuters provides for a halt to fighting within 72 hours of signing."
    assert sources_with_via(text, "72 hours") == [("A draft of the agreement seen by Reuters", "Reuters")]


def test_a_company_providing_loans_says_nothing():
    assert source_names("The company provides loans to farmers.", "loans") == []
