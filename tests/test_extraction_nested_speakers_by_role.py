"""Nested attribution ("X told Y that Z had said"): the inner speaker named by a role in what they run or own is a
source too, and a barrister who "put it to" a witness asserts what she put."""
from .extraction_helpers import source_names


def test_a_role_of_a_named_thing_inside_a_told_clause():
    text = ("A state police official, who was not authorized to speak publicly, told NewsChannel 9 that the train's "
            "engineer had told investigators the crossing gates were up.")
    assert source_names(text, "gates were up") == ["A state police official", "train's engineer"]


def test_a_definite_role_without_an_owner_stays_out():
    text = "The official said the engineer had told investigators the crossing gates were up."
    assert source_names(text, "gates were up") == ["official"]


def test_counsel_who_put_it_to_a_witness():
    text = "Mr Phelps put it to her that the stain was \"tiny\" and consistent with a man kneeling."
    assert source_names(text, "stain was") == ["Phelps"]


def test_putting_a_figure_is_not_putting_it_to_someone():
    text = "The storm put it to the test, the mayor said."
    assert source_names(text, "put it to the test") == ["mayor"]
