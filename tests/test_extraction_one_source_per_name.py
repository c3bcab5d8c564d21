"""One source per name however a sentence writes it, and no count taken for a speaker: 'the UK Health Security
Agency' twice is one source; 'at least 11,500 civilians' or a bare 'seven' is never one, while 'two firefighters' is."""

from tests.extraction_helpers import source_names


def test_the_same_body_twice_is_one_source():
    text = ("Cases rose to 9,412, according to figures released on Thursday by the UK Health Security Agency "
            "(UKHSA), the UK Health Security Agency said.")
    names = source_names(text, "Cases rose")
    assert len(names) == len({n.lower().removeprefix("the ") for n in names}) == 1


def test_a_bounded_count_is_no_speaker():
    text = ("The UN monitoring mission said at least 11,500 civilians had been killed since the invasion began.")
    assert source_names(text, "11,500 civilians") == ["UN monitoring mission"]


def test_a_counted_group_of_people_still_speaks():
    text = "The smell came from a chemical plant, according to two firefighters who spoke on condition of anonymity."
    assert source_names(text, "chemical plant") == ["two firefighters"]
