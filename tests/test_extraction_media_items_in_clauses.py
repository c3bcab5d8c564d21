"""A media item carried by a platform is a source even when what it shows sits in a relative clause or an opening
phrase; a clip that is only mentioned (shared, asked about) is not."""

import pytest

from .extraction_helpers import claim_with, source_names


@pytest.mark.parametrize(
    "sentence, platform",
    [
        ("A video circulating on X, which shows thick black smoke over the road, has been viewed a million times.", "X"),
        ("In a video posted on Instagram last month, a nurse was seen showing empty pharmacy shelves.", "Instagram"),
        ("The case drew attention because of a video posted on TikTok that appears to show the mayor dancing.",
         "TikTok"),
    ],
)
def test_a_media_item_on_a_platform_that_shows_something_is_sourced_to_the_platform(sentence, platform):
    assert source_names(sentence, sentence[:25]) == [platform]


def test_a_media_item_only_mentioned_is_no_source():
    assert claim_with("Police asked people not to share a video posted on X.", "Police")["sources"] == []
