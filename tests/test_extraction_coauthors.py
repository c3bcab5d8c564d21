""""A 2023 study by the Food and Agriculture Organization and the Urban Unit estimated ...": every author the
document names is a source."""

from tests.extraction_helpers import source_names


def test_two_named_authors_of_a_study():
    text = ("A 2023 study by the Food and Agriculture Organization and the Urban Unit, a provincial government "
            "company, estimated that transport accounted for 80 percent of emissions.")
    assert source_names(text, "transport accounted") == ["Food and Agriculture Organization", "Urban Unit"]


def test_one_author_stays_one():
    assert source_names("A report by Human Rights Watch found that 40 people died.", "40 people") == \
        ["Human Rights Watch"]
