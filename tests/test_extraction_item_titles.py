""""an identical clip posted on YouTube in 2021, with a title saying it showed ...": the title is the clip's, and
the clip is named after the platform that carries it."""

from tests.extraction_helpers import source_names


def test_title_of_a_posted_clip_is_the_platforms():
    text = ("A reverse image search led us to an identical clip posted on YouTube in 2021, with a title saying it "
            "showed a station in Mexico City.")
    assert source_names(text, "reverse image search") == ["YouTube"]
    text = "We found the same photo posted on Facebook in 2019, with a caption saying it was taken in Lagos."
    assert source_names(text, "same photo") == ["Facebook"]
