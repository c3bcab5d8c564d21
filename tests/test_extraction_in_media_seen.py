"""'In a video posted on Instagram, a nurse was seen ...': what a media item shows, sourced to the
platform that carries it; a speaker in the video is found as usual."""

from tests.extraction_helpers import source_names, sources_with_via


def test_in_video_posted_on_platform_person_seen():
    text = "In a video posted on Instagram last week, a guard at the prison was seen selling phones to inmates."
    assert source_names(text, "selling phones") == ["Instagram"]


def test_in_footage_shared_can_be_seen():
    text = "In footage shared on TikTok, two officers can be seen kicking a man on the ground."
    assert source_names(text, "kicking a man") == ["TikTok"]


def test_speaker_in_video_keeps_the_speaker():
    text = "In a video posted on X, the minister said the talks had failed."
    assert sources_with_via(text, "talks had failed") == [("minister", "X")]


def test_unknown_carrier_is_not_a_platform():
    text = "In a video posted on Monday, a nurse was seen showing empty shelves."
    assert "Monday" not in source_names(text, "empty shelves")
