"""A speaker named by a bare surname the tagger reads as a body ("Trump", "Mkhize") is the person a following
"he" points at, and "told the network" is the channel that same speaker named just before; a lower-case word the
tagger put in front of a name ("chief executive Andile Mkhize") is not part of it."""
from tests.extraction_helpers import claim_with, sources_with_via

RALLY = ('A defence ministry source told RIA Novosti that drills would continue. Speaking at a rally in Ohio, Trump '
         'said the economy was "booming". He told Fox News later that evening that tariffs were working. "We are '
         'winning," Trump told the network.')


def test_he_is_the_bare_surname_that_spoke_just_before():
    assert sources_with_via(RALLY, "tariffs were working") == [("Trump", "Fox News")]


def test_the_network_is_the_channel_the_same_speaker_named():
    assert sources_with_via(RALLY, "We are winning") == [("Trump", "Fox News")]


def test_a_lower_case_word_before_the_name_is_the_description():
    text = ("At a press conference in Durban on Friday, CPT chief executive Andile Mkhize denied that the company had "
            'brought in replacement workers. "We have made a fair offer," Mkhize said.')
    source = claim_with(text, "replacement workers")["sources"][0]
    assert source["name"] == "Andile Mkhize"
    assert claim_with(text, "fair offer")["sources"][0]["name"] == "Andile Mkhize"
