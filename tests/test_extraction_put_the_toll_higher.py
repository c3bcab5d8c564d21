""""..., while local volunteers put the toll higher": a figure of their own by comparison is a statement; "put
the blame on" is not."""

from tests.extraction_helpers import source_names


def test_volunteers_put_the_toll_higher():
    text = "At least 12 people died in the fire, police said on Monday, while residents put the toll higher."
    assert source_names(text, "fire") == ["police", "residents"]


def test_put_the_toll_lower():
    assert source_names("Rescue workers put the number lower.", "number lower") == ["Rescue workers"]


def test_put_the_blame_is_no_figure():
    assert source_names("Rescuers put the blame on the weather.", "blame") == []
