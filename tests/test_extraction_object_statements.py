"""Reporting with an object instead of a clause ("Residents described a frantic scramble", "the group
posted screenshots", "called it 'a careful piece of work'"), answers to a claim ("rejected that
description", "an assessment the government rejected"), and what is not a statement."""

from .extraction_helpers import source_names


def test_people_describing_what_they_saw_are_sources():
    assert source_names("Witnesses described scenes of panic at the station.", "panic") == ["Witnesses"]
    assert source_names("Farmers in the valley described swarms so thick they hid the sun.", "swarms") == [
        "Farmers in the valley"
    ]


def test_a_named_group_posting_or_publishing_media_speaks_through_it():
    text = "The campaign group Harbour Watch posted photos that show oil on the beach at Kessel Bay."
    assert source_names(text, "oil on the beach") == ["Harbour Watch"]
    text = "The Delta News network published videos showing soldiers firing into the air in the market."
    assert source_names(text, "soldiers") == ["Delta News"]


def test_posting_or_publishing_something_else_is_not_a_statement():
    assert source_names("A neighbour posted a parcel to the family in March.", "parcel") == []


def test_a_body_announcing_an_action_is_a_source():
    text = "The dockers' union announced a 48-hour strike at the port for Monday."
    assert source_names(text, "strike") == ["dockers' union"]


def test_a_verdict_in_words_and_a_call_for_action():
    text = 'Dr Amal Haddad, an epidemiologist who was not involved, called it "a landmark result".'
    assert source_names(text, "landmark") == ["Amal Haddad"]
    assert source_names("Opposition senators called for a public inquiry into the contract.", "inquiry") == [
        "Opposition senators"
    ]
    assert source_names("The plans call for 2,000 homes on the site.", "homes") == []


def test_answers_to_a_claim_are_statements():
    text = "Critics say the rollout was rushed. Halvorsen Energy rejected that description."
    assert source_names(text, "rejected") == ["Halvorsen Energy"]
    text = (
        "At least 90 people have died of cholera since May, the aid group said on Monday, an estimate the "
        "regional health bureau disputed."
    )
    assert source_names(text, "cholera") == ["aid group", "regional health bureau"]


def test_a_subject_inside_a_subordinate_clause_is_not_the_speaker():
    text = (
        "Water levels have fallen sharply as the glacier melts, and local fishermen have warned that the "
        "lake could dry up within a decade."
    )
    assert source_names(text, "glacier") == ["local fishermen"]
    text = "The toll rose to 40 on Monday, as officials said the search would continue."
    assert source_names(text, "toll") == ["officials"]


def test_a_person_showing_an_object_says_nothing():
    text = "Marsh, who wore a dark suit, showed no emotion as the verdict was read."
    assert source_names(text, "emotion") == []


def test_more_verbs_of_saying_with_reported_words():
    assert source_names("The judge ruled that the search had been unlawful.", "search") == ["judge"]
    assert source_names("Health officials fear that the outbreak has spread to two more districts.", "outbreak") == [
        "Health officials"
    ]
    assert source_names("The minister underlined that no decision had been taken.", "decision") == ["minister"]
    assert source_names("The coach describes the new stadium as the best in the league.", "stadium") == ["coach"]


def test_the_same_verbs_without_reported_words_say_nothing():
    assert source_names("The club fears relegation after a fifth straight defeat.", "relegation") == []
    assert source_names("Councillors proposed keeping the pool open on reduced hours.", "pool") == []


def test_a_habit_of_description_is_not_a_statement_of_this_sentence():
    text = "The militia routinely describes civilian victims as enemy fighters."
    assert source_names(text, "victims") == []
