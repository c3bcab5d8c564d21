"""A place or route that 'has recorded' events is the fact itself, not a source; a body that records
figures still is."""

from tests.extraction_helpers import claim_with, source_names


def test_expressway_has_recorded_fires():
    text = "The Kano-Zaria Highway is one of the busiest roads in the region and has recorded several crashes this year."
    assert claim_with(text, "recorded several crashes")["sources"] == []


def test_region_recorded_cases():
    text = "The northern region has recorded 40 new cases this week."
    assert claim_with(text, "40 new cases")["sources"] == []


def test_ministry_recorded_cases_still_speaks():
    text = "The health ministry has recorded 40 new cases this week."
    assert source_names(text, "40 new cases") == ["health ministry"]
