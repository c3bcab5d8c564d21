"""An epithet ("the 23-year-old", "the striker") points at the person the sentence before was about when no one
has spoken since, not only at the last person quoted; and a role written before a name in that sentence
("Striker Tomas Okoye", "Councillor Marian Cheetham") is not part of the name."""
from tests.extraction_helpers import source_names


def test_the_age_epithet_is_the_person_just_set_up():
    text = 'Striker Tomas Okoye has scored 12 goals this season. The 23-year-old said he was "very happy in London".'
    assert source_names(text, "very happy") == ["Tomas Okoye"]


def test_the_epithet_is_the_last_speaker_when_the_person_set_up_spoke_earlier():
    text = ('Tomas Okoye has scored 12 goals this season. "I love it here," Okoye said. Coach Erik Vance has praised '
            'him. "He is a leader," Vance said. The 51-year-old added that Okoye was signed in 2024.')
    assert source_names(text, "signed in 2024") == ["Erik Vance"]


def test_the_role_before_the_name_is_dropped_for_a_pronoun():
    text = 'Councillor Marian Cheetham opened the meeting. "This port built this town," she told councillors.'
    assert source_names(text, "port built") == ["Marian Cheetham"]


def test_an_age_epithet_the_parser_hung_on_the_verb_still_speaks():
    text = '"He is a leader," Erik Vance said of Okoye. The club will appeal the ban, the 51-year-old said.'
    assert source_names(text, "appeal the ban") == ["Erik Vance"]
