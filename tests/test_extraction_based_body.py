"""'The Denver-based airline said': the company the sentence before was about (or the one company it
names), described by where it is based, headquartered or listed."""

from tests.extraction_helpers import source_names


def test_based_airline_is_the_company_before():
    text = ("Northwind Airways filed for bankruptcy protection on Monday.\n\n"
            "The Denver-based airline said it had $2 billion in debt.")
    assert source_names(text, "$2 billion") == ["Northwind Airways"]


def test_headquartered_carmaker():
    text = "Acme Motors cut 300 jobs on Friday. The Detroit-headquartered carmaker said demand had collapsed."
    assert source_names(text, "demand had collapsed") == ["Acme Motors"]


def test_company_named_in_apposition_lede():
    text = ("Brightline Foods, the frozen-meals maker that employs 2,000 people, closed two plants on Monday.\n\n"
            "The Ohio-based company said the closures were permanent.")
    assert source_names(text, "closures were permanent") == ["Brightline Foods"]


def test_indefinite_based_description_is_someone_new():
    text = "Acme Motors cut 300 jobs on Friday. A Detroit-based analyst said demand had collapsed."
    assert "Acme Motors" not in source_names(text, "demand had collapsed")


def test_two_companies_before_stay_unresolved():
    text = ("Acme Motors Inc and Zenith Industries Ltd both cut jobs on Friday.\n\n"
            "The Detroit-based company said demand had collapsed.")
    assert source_names(text, "demand had collapsed") not in (["Acme Motors Inc"], ["Zenith Industries Ltd"])
