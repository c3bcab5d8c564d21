"""The channel named in the clause a reporting participle hangs on ("hit back in a post on X, writing that"),
a platform named before the item ("in an Instagram Story"), a programme no broadcaster owns ("told the Sliding
Scale podcast", then "told the podcast"), and an outlet something was confirmed to ("confirmed the release to
Reuters")."""
import pytest

from tests.extraction_helpers import sources_with_via


@pytest.mark.parametrize("text, needle, expected", [
    ('Derek Vance hit back within hours in a post on X, writing that the lawsuit was "a PR stunt".',
     "PR stunt", [("Derek Vance", "X")]),
    ("Kaia Monroe addressed the suit in an Instagram Story on Thursday night, telling her followers that she had "
     "stayed quiet for a month.", "stayed quiet", [("Kaia Monroe", "Instagram")]),
    ("Kaia Monroe said in a YouTube livestream that she would sue.", "would sue", [("Kaia Monroe", "YouTube")]),
])
def test_the_platform_of_the_clause(text, needle, expected):
    assert sources_with_via(text, needle) == expected


def test_a_participle_after_a_place_or_time_has_no_channel():
    text = "Kaia Monroe returned to Paris on Thursday, saying that she would sue."
    assert sources_with_via(text, "would sue") == [("Kaia Monroe", None)]


def test_a_follow_up_post_keeps_the_platform():
    text = ('Derek Vance hit back in a post on X, writing that the lawsuit was "a PR stunt". He added in a follow-up '
            'post that he had "receipts".')
    assert sources_with_via(text, "receipts") == [("Derek Vance", "X")]


def test_a_podcast_by_its_own_name_and_again_as_the_podcast():
    text = ("“I found out from an email,” Megan Tulloch told the Sliding Scale podcast. Tulloch has until Friday to "
            "appeal, and told the podcast she would “absolutely” do so.")
    assert sources_with_via(text, "found out") == [("Megan Tulloch", "Sliding Scale")]
    assert sources_with_via(text, "until Friday") == [("Megan Tulloch", "Sliding Scale")]


@pytest.mark.parametrize("text, needle, expected", [
    ("A security official, who asked not to be named, confirmed the release to Reuters but gave no details.",
     "confirmed the release", [("A security official", "Reuters")]),
    # someone it was confirmed to is a recipient, not a channel
    ("The minister confirmed the decision to parliament on Tuesday.", "confirmed the decision",
     [("minister", None)]),
])
def test_confirmed_to_an_outlet(text, needle, expected):
    assert sources_with_via(text, needle) == expected


def test_writing_in_a_paper_between_commas_gives_the_paper():
    text = "Health Minister Wes Streeting, writing in The Telegraph, said the policy had failed."
    assert sources_with_via(text, "policy had failed") == [("Wes Streeting", "Telegraph")]


@pytest.mark.parametrize("text, needle, expected", [
    ("A post on the group's Telegram channel said three fighters had been killed.", "three fighters",
     [("Telegram", None)]),
    ("A video posted on the ministry's Facebook page showed the damage.", "the damage", [("Facebook", None)]),
    ("Videos circulating on Russian Telegram channels showed a column of smoke.", "column of smoke",
     [("Telegram", None)]),
])
def test_an_item_on_a_platforms_page_is_named_after_the_platform(text, needle, expected):
    assert sources_with_via(text, needle) == expected
