"""'A resident of <place>, who asked ...': the relative clause is the resident's, not the place's."""

from tests.extraction_helpers import source_names


def test_resident_of_village_who_asked_anonymity():
    text = ("A resident of Brezno, who asked that her name not be used, told Reuters that the village had been "
            "without water for two days.")
    assert source_names(text, "without water") == ["A resident of Brezno"]


def test_residents_of_town_who_said():
    text = "Residents of Tarnow, who said they had not been warned, were evacuated on Sunday."
    assert source_names(text, "evacuated") == ["Residents of Tarnow"]




def test_plain_resident_of_place_is_one_source():
    text = "A resident of Brezno said the bridge had collapsed."
    assert source_names(text, "bridge had collapsed") == ["A resident of Brezno"]
