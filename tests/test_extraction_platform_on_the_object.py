"""A platform the parser hung on the object ("claimed responsibility for the attack on Telegram", "condemned the
attack in a post on X") is still the channel of the speaker's words; a platform inside the reported clause or
a thing that lives on the platform is not."""

from .extraction_helpers import sources_with_via


def test_responsibility_claimed_on_telegram():
    text = "The group claimed responsibility for the attack on Telegram, saying its fighters had killed 50 people."
    assert sources_with_via(text, "responsibility") == [("group", "Telegram")]


def test_a_post_on_x_after_the_object():
    text = "The EU's special representative, Henrik Lindahl, welcomed the spirit of the talks in a post on X."
    assert sources_with_via(text, "spirit") == [("Henrik Lindahl", "X")]


def test_the_first_verb_s_post_gives_the_channel_of_and_said():
    text = ("The U.N. peacekeeping mission, MONUSCO, condemned the attack in a post on X and said it had sent a patrol "
            "to the area.")
    assert sources_with_via(text, "patrol") == [("MONUSCO", "X")]


def test_a_platform_in_the_reported_clause_is_no_channel():
    text = "The minister said the campaign on Facebook was misleading."
    assert sources_with_via(text, "campaign") == [("minister", None)]


def test_a_page_hosted_on_a_platform_is_no_channel():
    text = "The mayor welcomed the launch of a fundraising page on Facebook."
    assert sources_with_via(text, "fundraising") == [("mayor", None)]
