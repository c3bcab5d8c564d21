"""'Witnesses recounted a scene of panic': recounting with an object is an account given, like 'described'."""
from tests.extraction_helpers import source_names


def test_people_recounting_a_scene_are_the_source():
    assert source_names("Passengers recounted a frantic scramble for the lifeboats.", "scramble") == ["Passengers"]


def test_recounted_under_a_pronoun_it_is_not_a_source():
    assert source_names("It recounted a frantic scramble for the lifeboats.", "scramble") == []
