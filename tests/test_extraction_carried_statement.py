""""according to a statement carried by the state news agency Kazinform": the statement speaks, the agency that
carried it is the via (not a second source, and not "state news")."""

from tests.extraction_helpers import sources_with_via


def test_statement_carried_by_an_agency():
    text = "The ministry has ordered an inspection of all mines, according to a statement carried by the state news agency SANA."
    assert sources_with_via(text, "inspection") == [("a statement", "SANA")]


def test_report_by_an_author_keeps_the_author():
    text = "Deaths rose by a fifth, according to a report by Human Rights Watch."
    assert [n for n, _v in sources_with_via(text, "Deaths rose")] == ["Human Rights Watch"]
