"""Via of 'Speaking on <station>' with a station name the model leaves untagged, of 'told <Owner>'s
<name> programme' for any named owner, and no via for 'a review carried out by <firm>' (who did it)."""

from tests.extraction_helpers import sources_with_via


def _via(text, needle):
    return [v for _n, v in sources_with_via(text, needle)]


def test_speaking_on_an_untagged_station_gives_via_and_carries():
    text = ('Speaking on KZfm on Wednesday morning, Lerato Dube said the buyer had "walked away". '
            '"We had a signed term sheet," she said.')
    assert _via(text, "walked away") == ["KZfm"]
    assert _via(text, "signed term sheet") == ["KZfm"]


def test_speaking_on_a_place_is_a_topic_not_a_channel():
    assert _via("Speaking on Ukraine, Lerato Dube said the sanctions would stay.", "sanctions would stay") == [None]


def test_told_a_named_owners_programme_gives_the_owner():
    text = ('"We will publish it in full," Martin Hale told Radio Nova 2\'s Morning Show programme on Thursday. '
            'He added that half of the monitors had been replaced.')
    assert _via(text, "publish it in full") == ["Radio Nova 2"]
    assert _via(text, "half of the monitors") == ["Radio Nova 2"]


def test_told_own_programme_is_no_via():
    assert _via("Ana Ruiz told her programme that the season was over.", "season was over") == [None]


def test_carried_out_by_is_no_channel():
    text = "The audit, carried out by the consultancy Pell Wright, says 40 pumps were broken."
    assert _via(text, "pumps were broken") == [None]
