"""Another's characterisation inside a sentence is that one's statement: "elections, which critics dismissed as
a sham", "what the UN describes as the largest crisis", "an attack the army blamed on the militia"; and
", saying ..." after two coordinated verbs is the first verb's subject's. A pointer to words ("what the bank
has said") and a name given ("what it calls anti-smog squads") are not."""

from tests.extraction_helpers import source_names, sources_with_via


def test_which_critics_dismissed_as():
    text = "The council approved the plan in May, which critics dismissed as a giveaway to developers."
    assert source_names(text, "giveaway") == ["critics"]


def test_what_a_body_describes_as():
    text = "The drought has destroyed crops and created what the World Bank describes as a food emergency."
    assert source_names(text, "food emergency") == ["World Bank"]


def test_an_attack_the_army_blamed_on_rebels_is_no_channel():
    text = "A bomb killed nine people at the market on Monday, police said, in an attack the army blamed on rebels."
    assert sources_with_via(text, "bomb killed") == [("police", None), ("army", None)]


def test_pointer_and_name_given_are_not_statements():
    assert source_names("Here is what the central bank has said.", "central bank") == []
    assert source_names("The city deployed what it calls noise squads.", "noise squads") == []


def test_saying_after_two_coordinated_verbs():
    text = "The army closed the road and shelled the town, saying rebels had fired first."
    assert source_names(text, "fired first") == ["army"]
