"""'the spokesperson said' after an unnamed spokesperson spoke: that spokesperson (as written), not the
person named before."""

from tests.extraction_helpers import source_names


def test_the_spokesperson_is_the_unnamed_one_before():
    text = ("Jane Smith said the prisons were failing. A Home Office spokesperson said the government was "
            "investing £40 million.\n\n\"We are working with the police,\" the spokesperson said.")
    assert source_names(text, "working with the police") == ["A Home Office spokesperson"]


def test_the_spokesman_is_the_named_spokesman():
    text = ("Tom Reed, a spokesman for the council, said the road would reopen. Jane Smith said she was "
            "relieved.\n\n\"Work starts on Monday,\" the spokesman said.")
    assert source_names(text, "Work starts") == ["Tom Reed"]


def test_no_spokesperson_before_keeps_the_old_reading():
    text = "Jane Smith said the prisons were failing.\n\n\"We are working on it,\" the spokeswoman said."
    assert source_names(text, "working on it") != ["A Home Office spokesperson"]
