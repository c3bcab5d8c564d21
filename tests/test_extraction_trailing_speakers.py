"""Trailing attributions the parser splits: coordinated speakers after the event ("..., killing 14,
two witnesses and a nurse told Reuters"), an indefinite description among them, and a second subject the
parser took from the reported clause ("..., Kani township, at dawn, a resident told AFP")."""

from tests.extraction_helpers import claim_with, source_names


def test_coordinated_speakers_after_an_ing_clause():
    text = ("A shell hit the square on Monday, killing at least nine people, three residents and a doctor "
            "told the BBC, in the latest attack on the town.")
    assert source_names(text, "shell hit") == ["three residents", "a doctor"]


def test_coordinated_speakers_after_an_ing_clause_with_officials():
    text = "Gunmen stormed the village overnight, burning houses, a resident and a local official told AFP."
    assert source_names(text, "Gunmen stormed") == ["a resident", "a local official"]


def test_indefinite_group_coordinated_with_residents():
    text = "The air strike killed 12 people, residents and a local rescue group said on Friday."
    assert source_names(text, "air strike") == ["residents", "a local rescue group"]


def test_indefinite_group_first_then_residents():
    text = "The air strike killed 12 people, a local rights group and residents said on Friday."
    assert source_names(text, "air strike") == ["a local rights group", "residents"]


def test_speaker_next_to_the_verb_not_a_place_in_the_clause():
    text = ("Soldiers burned the market in Mora village, Hadi district, at around 2 am on Sunday, a trader "
            "who lost his stall told Reuters.")
    assert source_names(text, "Soldiers burned") == ["a trader"]


def test_things_coordinated_in_the_event_are_not_speakers():
    text = "Flooding destroyed the bridge, leaving residents and a school without water, officials said."
    assert source_names(text, "Flooding destroyed") == ["officials"]


def test_ing_clause_objects_are_not_speakers():
    text = "Gunmen stormed the village overnight, burning houses and a church, residents said."
    assert source_names(text, "Gunmen stormed") == ["residents"]
    assert claim_with(text, "Gunmen stormed")["sources"][0]["kind"] == "anonymous"


def test_coordinated_speakers_after_an_including_phrase():
    text = ("The strike killed at least 11 people, including four children, residents and a local rescue group "
            "said on Monday.")
    assert source_names(text, "strike killed") == ["residents", "a local rescue group"]


def test_one_trailing_speaker_after_an_including_phrase():
    text = "Two people were hurt, including a child, the fire service said."
    assert source_names(text, "were hurt") == ["fire service"]


def test_headline_style_event_then_trailing_speakers():
    text = "At least 12 soldiers killed in three days of fighting near the border, security sources say, as talks stall."
    assert source_names(text, "soldiers killed") == ["security sources"]
