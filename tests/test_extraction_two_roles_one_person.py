"""'Her husband and manager, Evans Kiprop, told ...': two roles sharing one determiner, with one name in
apposition, are one speaker (no second source 'manager' speaking through the same channel)."""
import pytest

from tests.extraction_helpers import source_names, sources_with_via


@pytest.mark.parametrize("text, needle, name", [
    ("Her husband and manager, Evans Kiprop, told Citizen TV that the couple had borrowed money.",
     "borrowed money", "Evans Kiprop"),
    ("Her father and coach, Samuel Kiprono, said the athlete was innocent.", "innocent", "Samuel Kiprono"),
    ("The club's owner and chairman, Tom Hale, told the BBC that the club would be sold.", "sold", "Tom Hale"),
])
def test_two_roles_of_one_named_person(text, needle, name):
    assert source_names(text, needle) == [name]


def test_channel_is_given_once():
    assert sources_with_via("Her husband and manager, Evans Kiprop, told Citizen TV that the couple had "
                            "borrowed money.", "borrowed money") == [("Evans Kiprop", "Citizen TV")]


@pytest.mark.parametrize("text, needle, names", [
    # two named people, each speaking
    ("Smith and his lawyer, Ann Lee, said the charges were false.", "charges", ["Smith", "Ann Lee"]),
    ("The Treasury and the Bank of England said inflation would fall.", "inflation", ["Treasury", "Bank of England"]),
])
def test_two_speakers_stay_two(text, needle, names):
    got = source_names(text, needle)
    assert all(any(n in g for g in got) for n in names)


@pytest.mark.parametrize("text, needle, name", [
    # "she" in his sentence is the woman named in the possessive, not him
    ("Chepkoech's husband and manager, Evans Kiprop, told Citizen TV that she was \"completely broken\" by the "
     "news. He said she had not run since the test.", "not run since", "Evans Kiprop"),
    ("Moreau's coach, Luc Benoit, told L'Equipe that she would appeal. He said her results were clean.",
     "results were clean", "Luc Benoit"),
])
def test_pronoun_of_a_possessor_does_not_give_the_speaker_her_gender(text, needle, name):
    assert source_names(text, needle) == [name]
