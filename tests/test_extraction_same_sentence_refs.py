"""Within one sentence: "The Daily Nation reported that the records, which the newspaper said it had seen, ..."
(the newspaper is the outlet just named), "Her husband and manager, Evans Rotich, told" (two roles of one
person), and "If her B sample confirms the finding, ..." (a condition asserts nothing)."""

from tests.extraction_helpers import source_names


def test_the_newspaper_is_the_outlet_named_in_the_sentence():
    text = ("The Athletics Integrity Unit said the sample was positive. The Daily Nation reported that the "
            "clinic's records, which the newspaper said it had seen, listed iron supplements but no EPO.")
    assert source_names(text, "clinic's records") == ["Daily Nation"]


def test_two_roles_of_one_named_person():
    text = "Her husband and manager, Evans Rotich, told local broadcaster Citizen TV that they had borrowed money."
    assert source_names(text, "borrowed money") == ["Evans Rotich"]


def test_two_people_joined_still_both_speak():
    names = source_names("The mayor and the police chief said the road was closed.", "road was closed")
    assert len(names) == 2


def test_condition_is_no_statement():
    assert source_names("If her B sample confirms the finding, she could face a ban of up to four years.",
                        "could face a ban") == []
    assert source_names("If the ministry confirms the figures, it would be the worst year on record.",
                        "worst year") == []
