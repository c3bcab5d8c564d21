"""Names the small model misreads and names that need the article: a surname that is also a number word ("Gatwech
Both"), a short company name read as an interjection ("CN disputed"), "Mrs Lister" when "Bev and Graham Lister"
were named together, and "CN" spelled out by "Canadian National Railway (CN)"."""

from .extraction_helpers import source_names


def test_a_surname_both_is_a_person_not_the_two_named_before():
    text = "Gatwech Both, a county official in Ulang, told AFP that at least 54 people had died of hunger."
    assert source_names(text, "died of hunger") == ["Gatwech Both"]


def test_a_lower_case_both_is_still_the_pair():
    text = "Kelvin Pharma and Sarvana Labs recalled the syrup. Kelvin and Sarvana face a lawsuit; both deny liability."
    assert "both" not in [n.lower() for n in source_names(text, "both deny")]


def test_a_short_company_name_read_as_an_interjection():
    text = "CN disputed the board's finding that its scheduling contributed to the crash, saying the hours were legal."
    assert source_names(text, "disputed") == ["CN"]


def test_mrs_and_mr_of_a_couple_named_together():
    text = ("Among them are Bev and Graham Lister, who have spent the past year in a caravan. "
            '"We thought we\'d be in by Christmas," Mrs Lister said. Mr Lister said he had stopped counting the days.')
    assert source_names(text, "Christmas") == ["Bev Lister"]
    assert source_names(text, "counting") == ["Graham Lister"]


def test_an_acronym_that_drops_the_kind_of_company():
    text = ("The Canadian National Railway (CN) operates the line. In a statement, CN said it had fully co-operated "
            "with the investigation.")
    assert source_names(text, "co-operated") == ["Canadian National Railway"]
