"""A member of a group that just spoke through an outlet speaks through it too: 'one member' after 'Members of the
resistance committee told Sudan Radar', 'one of the sources familiar with the talks' after 'Two of them told
Reuters'."""

from tests.extraction_helpers import sources_with_via


def test_one_member_after_the_members():
    text = ("Shelling resumed overnight, members of the resistance committee told Sudan Radar.\n\n"
            "One member said the market had been hit twice.")
    assert sources_with_via(text, "market had been hit") == [("One member", "Sudan Radar")]


def test_one_of_the_sources_after_two_of_them():
    text = ("OPEC+ will pause output increases, three sources familiar with the talks said. Two of them told "
            "Reuters the decision was unanimous.\n\n"
            "One of the sources familiar with the talks said the UAE had argued for a further increase.")
    assert [v for _n, v in sources_with_via(text, "UAE had argued")] == ["Reuters"]
