"""A role spelled out with the holder's name in apposition, then its initials ("The PRO added"): the person."""
from tests.extraction_helpers import source_names


def test_role_initials_point_at_the_named_holder():
    text = ("The Fire Service Public Information Officer in the county, ASP Kemi Adebayo, said two houses burned. "
            "The FSPIO added that nobody was hurt.")
    assert source_names(text, "nobody was hurt") == ["Kemi Adebayo"]
    assert source_names(text, "two houses") == ["Kemi Adebayo"]


def test_initials_of_an_unnamed_role_stay():
    text = ("The Chief Fire Officer warned residents on Monday. "
            "The CFO said the blaze was under control.")
    assert source_names(text, "under control") != ["Kemi Adebayo"]
