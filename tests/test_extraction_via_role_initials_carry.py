"""A speaker named again by the initials of her role ("The FSPIO added") keeps the channel she spoke through
just before, once the initials are read as her name; a speaker who spoke nowhere in particular stays without."""

from tests.extraction_helpers import sources_with_via


def test_role_initials_keep_the_channel_of_the_holder():
    text = ("The Fire Service Public Information Officer in the county, ASP Kemi Adebayo, told the Lagos Ledger "
            'that two houses had burned. "Nobody was hurt," Adebayo said. '
            "The FSPIO added that the cause was being investigated.")
    assert sources_with_via(text, "cause was being investigated") == [("Kemi Adebayo", "Lagos Ledger")]


def test_role_initials_without_a_channel_before():
    text = ("The Fire Service Public Information Officer in the county, ASP Kemi Adebayo, said two houses burned. "
            "The FSPIO added that nobody was hurt.")
    assert sources_with_via(text, "nobody was hurt") == [("Kemi Adebayo", None)]
