"""An unnamed speaker who gives a name in the next sentence ('said the spokesman, who gave his name as Ko Thura',
'said one woman, who gave her name only as Amina') keeps the channel of the spokesman or of the crowd that has just
spoken, and the spokesman bears the name from the start."""

from tests.extraction_helpers import sources_with_via

SPOKESMAN = (
    "The strike hit the monastery at about 11pm, a spokesman for the local People's Defence Force (PDF) told "
    "The Irrawaddy.\n\n"
    '"A jet dropped two bombs. One hit the hall directly," said the spokesman, who gave his name as Ko Thura.\n\n'
    "He said at least 30 people had been wounded."
)


def test_the_spokesman_who_gives_his_name_keeps_the_outlet_he_spoke_to():
    assert sources_with_via(SPOKESMAN, "One hit the hall") == [("Ko Thura", "Irrawaddy")]
    assert sources_with_via(SPOKESMAN, "30 people") == [("Ko Thura", "Irrawaddy")]


def test_the_spokesman_bears_the_name_he_gave_from_his_first_sentence():
    assert sources_with_via(SPOKESMAN, "The strike hit") == [("Ko Thura", "Irrawaddy")]


def test_one_of_the_residents_who_spoke_to_an_outlet_speaks_through_it():
    text = (
        "The attack began on Monday evening, residents who fled to the district capital told AFP by telephone.\n\n"
        '"We ran with the children to the river," said one woman, who gave her name only as Amina.'
    )
    assert sources_with_via(text, "We ran") == [("Amina", "AFP")]


def test_a_named_woman_after_an_official_keeps_no_channel_of_his():
    text = (
        "Governor Ali Musa told Reuters that 40 homes had burned.\n\n"
        '"We lost everything," said one woman, who gave her name only as Amina.'
    )
    assert sources_with_via(text, "We lost everything") == [("Amina", None)]
