"""'he said' after 'One of the officers ... said' is that officer (a partitive names one member, though its
noun is plural), and keeps the channel the group spoke through; a plural group is still no 'he'."""

from tests.extraction_helpers import sources_with_via


def test_he_after_one_of_the_officers_is_that_officer_with_the_groups_channel():
    text = ("The militants seized weapons, according to two army officers who spoke to Radio Kulmiye by phone.\n\n"
            "One of the officers, who asked not to be named, said at least 17 soldiers had been killed.\n\n"
            '"They came at dawn. The first car exploded at the gate," he said.')
    assert sources_with_via(text, "first car exploded") == [("One of the officers", "Radio Kulmiye")]


def test_one_of_the_witnesses_then_she():
    text = ('One of the witnesses said the crowd had panicked. "Nobody could get out," she said.')
    assert [n for n, _v in sources_with_via(text, "Nobody could get out")] == ["One of the witnesses"]


def test_a_plural_group_is_no_he():
    text = ('Several officers said the gate had been left open. "We were not told anything," he said.')
    assert [n for n, _v in sources_with_via(text, "not told anything")] != ["Several officers"]
