"""A fronted participle clause ("Addressing a press conference in Mumbai, ...") the parser reads as the
subject: the name right before the verb speaks; a long title ending in a body's name followed by a given
name and surname ("... in the Legislative Council Suresh Patankar") is that person."""

from tests.extraction_helpers import source_names


def test_addressing_press_conference_long_title():
    text = ("Addressing a press conference in Pune, Leader of the Opposition in the Legislative Council "
            "Rahul Kulkarni alleged that the tender had been rigged.")
    assert source_names(text, "tender had been rigged") == ["Rahul Kulkarni"]


def test_follow_on_surname_is_the_same_person():
    text = ("Addressing a press conference in Pune, Leader of the Opposition in the Legislative Council "
            "Rahul Kulkarni alleged that the tender had been rigged.\n\n"
            "Kulkarni also said the firm had no experience.")
    assert source_names(text, "no experience") == ["Rahul Kulkarni"]


def test_speaking_to_reporters_title_and_name():
    text = "Speaking to reporters in Nairobi, Health Secretary Mary Wanjiku said the drugs had arrived."
    assert source_names(text, "drugs had arrived") == ["Mary Wanjiku"]


def test_body_named_after_a_person_stays_a_body():
    text = "Researchers at Sarah Lawrence College said prices rose."
    assert source_names(text, "prices rose") == ["Researchers at Sarah Lawrence College"]
