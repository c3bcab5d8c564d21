"""A person's surname that the tagger reads as a place or a body ("Yusuf, 45, said") is still a person once it
resolves to the person the article named; a body that happens to share nothing with a person keeps its kind."""
from tests.extraction_helpers import claim_with

TEXT = ('"We heard three explosions," Amina Yusuf, a trader, told AFP by phone. The army said no civilians were '
        'killed. Yusuf, 45, said she would leave the city.')


def test_the_surname_is_the_person():
    (source,) = claim_with(TEXT, "leave the city")["sources"]
    assert (source["name"], source["kind"]) == ("Amina Yusuf", "person")


def test_a_body_keeps_its_kind():
    (source,) = claim_with(TEXT, "no civilians")["sources"]
    assert source["kind"] != "person"
