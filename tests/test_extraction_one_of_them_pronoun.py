""""One of the officers ... said ... '...,' he said": one member of a group is one person, so a later "he"/"she"
is that member, not an earlier person."""

from tests.extraction_helpers import source_names


def test_he_after_one_of_the_officers():
    text = ("Two police officers told the radio station that the gunmen fled north.\n\n"
            "One of the officers said at least six people had been wounded.\n\n"
            "\"They fired at everyone,\" he said.")
    assert source_names(text, "fired at everyone") == ["One of the officers"]


def test_she_after_one_of_the_nurses_not_the_earlier_doctor():
    text = ("\"We have no more beds,\" a doctor at the hospital told AFP.\n\n"
            "One of the nurses, who asked not to be named, said the power had failed twice.\n\n"
            "\"We worked by torchlight,\" she said.")
    assert source_names(text, "torchlight") == ["One of the nurses"]


def test_a_group_itself_is_not_he():
    text = ("\"We have no more beds,\" a doctor at the hospital told AFP.\n\n"
            "Several nurses said the power had failed twice.\n\n"
            "\"We worked by torchlight,\" he said.")
    assert source_names(text, "torchlight") == ["a doctor at the hospital"]
