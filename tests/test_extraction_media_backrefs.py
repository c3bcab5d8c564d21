""""A video shared on TikTok ... The clip, which lasts 24 seconds, shows ...": a definite media item of the same
class as the one just sourced is that item, named after its platform."""

from tests.extraction_helpers import claim_with, source_names


def test_the_clip_is_the_video_shared_on_the_platform():
    text = ("A video shared thousands of times on TikTok this week purports to show water pouring down the stairs. "
            "The clip, which lasts 24 seconds, shows passengers wading through water.")
    c = claim_with(text, "wading through water")
    assert [s["name"] for s in c["sources"]] == ["TikTok"]
    assert c["sources"][0]["descriptor"] == "The clip"
    text = ("A video shared on Facebook on Monday shows smoke over the port. "
            "The footage shows fire crews arriving.")
    assert source_names(text, "fire crews") == ["Facebook"]


def test_an_item_of_another_class_is_not_the_earlier_one():
    text = "Photos shared on X show a flooded road. The video shows passengers wading through water."
    assert source_names(text, "wading through water") == ["video"]
