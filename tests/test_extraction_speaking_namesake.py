"""'Ms Morgan said' when the article names two Morgans: the one who has spoken before (the mother quoted, not the
baby whose death the story is about), as long as the title fits ('Mr Lister' stays Graham, not Bev)."""

from tests.extraction_helpers import source_names


def test_the_namesake_who_spoke_before():
    text = ("Elsie Morgan was born at the hospital on 14 March and died the following morning.\n\n"
            "Her mother, Jade Morgan, 29, told the BBC she had asked midwives four times to call a doctor.\n\n"
            "The hospital said it was reviewing her care.\n\n"
            "Ms Morgan said she did not want another family to go through what hers had.")
    assert source_names(text, "another family") == ["Jade Morgan"]


def test_the_title_still_decides():
    text = ("Bev Lister said the fire took everything. Graham Lister said the insurer had paid out.\n\n"
            "Bev Lister said the new house was smaller.\n\n"
            "Mr Lister said he had stopped counting the days.")
    assert source_names(text, "stopped counting") == ["Graham Lister"]
