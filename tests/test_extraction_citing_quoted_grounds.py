"""', citing <grounds>': a motive, unless the grounds are given in quoted words, which are the
subject's statement."""

from tests.extraction_helpers import claim_with, source_names


def test_committee_citing_quoted_grounds():
    text = ("Members of the licensing committee voted to refuse the application, citing the "
            "\"unacceptable\" noise from the venue.")
    assert source_names(text, "refuse the application") == ["Members of the licensing committee"]


def test_council_citing_quoted_concerns():
    text = "The council refused the licence, citing \"serious concerns\" about late-night noise."
    assert source_names(text, "refused the licence") == ["council"]


def test_citing_plain_reasons_is_a_motive():
    text = "The coach resigned two weeks later, citing health reasons."
    assert claim_with(text, "resigned")["sources"] == []


def test_company_citing_plain_grounds_is_a_motive():
    text = "The manufacturer withdrew the product in 2002, citing poor sales."
    assert claim_with(text, "withdrew the product")["sources"] == []
