"""A document an outlet saw is the source of what it says, through that outlet, however the sentence puts it: as
its subject ("An internal briefing ..., seen by the Solent Post, suggests"), closing it ("..., messages seen by the
Courier show.") or after "The Nation has seen a copy of the audit report, which lists". The outlet is no source of
its own, nor is a body the document's name is made of."""

import pytest

from tests.extraction_helpers import sources_with_via


@pytest.mark.parametrize("text, needle, expected", [
    ("An internal briefing sent to station managers last week, seen by the Solent Post, suggests the company "
     "expects to lose about £2.3m in fares.", "briefing", [("An internal briefing", "Solent Post")]),
    ('A 2023 provincial report, obtained by the Ledger through a freedom-of-information request, rated the bridge '
     'in "fair" condition.', "provincial report", [("A 2023 provincial report", "Ledger")]),
    ("Internal National Party polling, seen by the Herald, is understood to have shown a similar drop in February.",
     "polling", [("Internal National Party polling", "Herald")]),
    ("The Nation has seen a copy of the audit report, which lists 37 payments to the two companies.",
     "37 payments", [("the audit report", "Nation")]),
    ("An internal HSE South West document seen by The Irish Times states that the region had 38 vacant posts.",
     "38 vacant", [("An internal HSE South West document", "Irish Times")]),
])
def test_the_document_speaks_through_the_outlet_that_saw_it(text, needle, expected):
    assert sources_with_via(text, needle) == expected


def test_an_outlet_that_saw_a_file_someone_shared_asserts_nothing_through_it():
    text = "The Guardian has seen a sample of the files, which Whitlock shared after removing personal details."
    assert sources_with_via(text, "sample of the files") == []


def test_a_record_cited_with_according_to_keeps_its_own_reading():
    text = "Price had no criminal record, according to court records reviewed by the Ledger."
    assert sources_with_via(text, "criminal record") == [("court records", "Ledger")]


def test_a_report_by_a_named_firm_keeps_the_firm_as_its_author():
    text = ("A report by the engineering firm Danso & Partners, commissioned by the league in 2019 and seen by the "
            "Chronicle, recommended that the gate be replaced.")
    assert sources_with_via(text, "recommended") == [("Danso & Partners", "Chronicle")]
