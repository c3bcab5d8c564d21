""""The 84-page document, seen by the Guardian, found" after "according to a leaked draft of a review": the document
just cited; "two people familiar with the review, who said" (the people, not the review); "It reported" after a
company's untagged short name was the subject."""

from tests.extraction_helpers import source_names, sources_with_via


LEAK = "The company said it met its targets, according to a leaked draft of an independent review. "


def test_general_document_word_is_the_document_cited():
    assert source_names(LEAK + "The document found that spills had doubled.", "spills had doubled") == \
        ["a leaked draft of an independent review"]
    text = LEAK + "The 84-page document, seen by the Guardian, found that spills had doubled. It concludes the gap was large."
    assert sources_with_via(text, "spills had doubled") == [("a leaked draft of an independent review", "Guardian")]
    assert source_names(text, "It concludes") == ["a leaked draft of an independent review"]


def test_document_word_with_no_document_cited_stays():
    assert source_names("The minister spoke on Monday. The document found that spills had doubled.",
                        "spills had doubled") == ["document"]


def test_who_after_familiar_with_is_the_people():
    text = LEAK + ("His account was contradicted by two people familiar with the review, who said the final text had "
                   "been agreed in October.")
    assert source_names(text, "final text") == ["two people familiar with the review"]


def test_it_after_a_company_short_name_subject():
    text = ("Severn Water told regulators it was meeting its targets. The Environment Agency said it was aware of "
            "the report. Severn, which is owned by pension funds, was fined in 2023. "
            "It reported an operating profit of 212 million pounds last year.")
    assert source_names(text, "operating profit") == ["Severn Water"]
