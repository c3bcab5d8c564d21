"""A media item whose platform is named in a relative clause ("a video that circulated on TikTok") is
sourced to the platform, as "a video posted on TikTok" is."""

from tests.extraction_helpers import claim_with, source_names


def test_video_that_circulated_on_platform():
    text = "A video that circulated on TikTok on Sunday appeared to show a guard asleep at his post."
    assert source_names(text, "guard asleep") == ["TikTok"]


def test_clip_which_was_posted_on_platform():
    text = "A clip which was posted on Instagram shows the mayor cutting the ribbon a day early."
    assert source_names(text, "cutting the ribbon") == ["Instagram"]


def test_footage_that_was_shared_on_social_media():
    text = "Footage that was shared on social media showed flames rising from the roof."
    assert source_names(text, "flames rising") == ["social media"]


def test_relative_clause_without_a_platform_keeps_the_item():
    text = "A video that circulated in the town showed the arrest of two men."
    assert source_names(text, "arrest of two men") == ["A video"]


def test_platform_in_an_unrelated_relative_clause_is_not_the_carrier():
    # the clause says who criticised it on the platform, not where the video is carried
    text = "A video that officials criticised on Facebook showed the arrest of two men."
    assert "Facebook" not in source_names(text, "arrest of two men")
