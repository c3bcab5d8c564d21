"""'she said' is never 'a man', 'he said' never 'a woman': an unnamed speaker described by a gendered noun has that
gender."""

from tests.extraction_helpers import source_names


def test_she_is_not_the_man_who_spoke_before():
    text = ("A man claimed responsibility in a voice message circulated on WhatsApp.\n\n"
            "She said the video on Facebook was fake.")
    assert "A man" not in source_names(text, "was fake")


def test_she_is_the_woman_who_spoke_before():
    text = ('A woman who lives near the roundabout said her family hid in a hallway. "We heard everything," she said.')
    assert source_names(text, "heard everything") == source_names(text, "hid in a hallway") == ["A woman"]
