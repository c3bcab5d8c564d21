"""'<Experts> at <body> <reported> after/in ... that ...': when the parser leaves the sentence without a
verb and hangs the reporting verb on its subject noun, the noun phrase still speaks."""

from tests.extraction_helpers import claim_with, source_names


def test_analysts_at_institute_estimated_after():
    text = ("Analysts at the Kiel Institute for the World Economy estimated after the 2018 drought that a month "
            "of low water could shave around 1% off industrial production.")
    assert source_names(text, "low water") == ["Analysts at the Kiel Institute for the World Economy"]


def test_economists_at_bank_predicted_in():
    text = "Economists at the central bank predicted in March that inflation would fall below 3%."
    assert source_names(text, "inflation would fall") == ["Economists at the central bank"]


def test_participle_of_a_document_is_not_a_speaker():
    text = "Data compiled by the ministry showed that output fell by 2% last year."
    assert source_names(text, "output fell") == ["Data compiled by the ministry"]


def test_noun_with_participle_and_no_clause_is_no_source():
    text = "Houses damaged in the 2018 floods near the river and the old mill."
    assert claim_with(text, "Houses damaged")["sources"] == []
