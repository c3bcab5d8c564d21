"""A lede's "a medical group said" / "Ethnic armed group says" is the body the next sentences name (a
union, an army, a force ...), but not a body the article describes as a group of another sort."""

from tests.extraction_helpers import source_names, sources_with_via


def test_medical_group_is_the_union_named_next():
    text = ("At least 12 people were killed when shells hit a hospital in the city on Monday, a medical group said.\n\n"
            "The Northern Nurses Union said in a statement that the shelling lasted two hours.\n\n"
            "\"We have run out of blood,\" the group said.")
    assert source_names(text, "shells hit") == ["Northern Nurses Union"]
    assert source_names(text, "run out of blood") == ["Northern Nurses Union"]


def test_armed_group_is_the_army_named_next():
    text = ("Armed group says it has taken the border town.\n\n"
            "The Delta Liberation Army (DLA) says its fighters captured the town after a week of fighting.")
    assert source_names(text, "taken the border town") == ["Delta Liberation Army"]


def test_group_of_another_sort_is_not_the_one():
    text = ("Soldiers killed at least eight villagers, a local resistance group said on Friday.\n\n"
            "The army did not comment.\n\n"
            "A local monitoring group, the Conflict Tracking Project, says more than 900 civilians have died this year.")
    assert source_names(text, "Soldiers killed") == ["a local resistance group"]


def test_capitalised_first_word_of_a_headline_is_no_name():
    assert source_names("Rebel group says it has taken the border town.", "border town") == ["Rebel group"]
    assert source_names("Hamas group says it has taken the border town.", "border town") == ["Hamas"]


def test_renamed_group_keeps_the_channel_it_just_spoke_through():
    text = ("Soldiers killed at least eight villagers, residents and a local resistance group said on Friday.\n\n"
            "The Valley Defence Force, a local militia, said in a statement on Facebook that the dead included a monk.\n\n"
            "The group also posted photos of the burned houses.")
    assert sources_with_via(text, "posted photos") == [("Valley Defence Force", "Facebook")]


def test_nationality_in_the_description_and_a_later_apposition():
    text = ("A Peruvian rights group said four miners had been killed on Monday.\n\n"
            "Energy Minister Luis Prado told reporters that one person had died.\n\n"
            "\"The police acted with restraint,\" Prado said.\n\n"
            "No officer had been armed, he added.\n\n"
            "The group, the Lima-based Andes Rights Watch, said two of the dead had gunshot wounds.")
    assert source_names(text, "four miners") == ["Andes Rights Watch"]


def test_group_is_the_body_its_spokesman_speaks_for():
    text = ("An air strike on a school killed at least nine people, a local militia group and residents said.\n\n"
            "The jets struck at dawn, a spokesman for the local Valley Defence Force told AFP.")
    assert source_names(text, "air strike") == ["Valley Defence Force", "residents"]


def test_spokesman_for_a_body_of_another_sort_is_not_the_group():
    text = ("An air strike on a school killed at least nine people, a local rights group said.\n\n"
            "The jets struck at dawn, a spokesman for the Valley Electricity Company told AFP.")
    assert source_names(text, "air strike") == ["a local rights group"]
