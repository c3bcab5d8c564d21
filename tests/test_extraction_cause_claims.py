""""Experts have linked the increase to poor harvests", "Officials have pointed to smoke drifting across the
border": groups of people tying a cause to an effect are sources; a referee pointing to the spot, a road that
links two regions and a group "linked to" another are not."""

from tests.extraction_helpers import source_names


def test_people_linking_a_cause():
    assert source_names("Experts have linked the increase to poor harvests of beech nuts.", "increase") == ["Experts"]


def test_people_pointing_to_a_cause_even_when_misparsed():
    text = "Pakistani officials have also pointed to smoke drifting across the border."
    assert source_names(text, "smoke drifting") == ["Pakistani officials"]


def test_pointing_and_linking_without_a_claim():
    assert source_names("After a check, the referee pointed to the spot.", "spot") == []
    assert source_names("The road links the north of the country to the south.", "road links") == []
    assert source_names("Jihadists linked to Al-Qaeda ambushed a fuel convoy.", "ambushed") == []
    assert source_names("Some chemicals have been linked to kidney cancer.", "kidney cancer") == []
