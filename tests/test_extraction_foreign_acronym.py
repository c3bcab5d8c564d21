"""A bracketed acronym right after a name is that name's, even when it spells the name in another language
("the Group for the Support of Islam and Muslims (JNIM)"): later "JNIM" is the full name."""

from tests.extraction_helpers import source_names


def test_acronym_in_another_language_takes_the_full_name():
    text = ("The bombs went off near offices the National Liberation Front of the Coast (FLNC) has targeted "
            "since May.\n\n"
            "FLNC claimed the attack in a message posted on Telegram, saying its fighters had planted two bombs.")
    assert source_names(text, "planted two bombs") == ["National Liberation Front of the Coast"]


def test_a_bracketed_place_is_no_acronym():
    text = ("The Ministry of Health (Lagos) said 40 cases had been confirmed.\n\n"
            "Lagos officials said the outbreak was slowing.")
    assert source_names(text, "slowing") == ["Lagos officials"]
