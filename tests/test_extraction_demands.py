""""Opposition leader Rekha Mahato demanded his immediate resignation": a named speaker's demand is a statement;
a protest "demanding the arrest of ..." and unnamed protesters' demands are not sourced."""

from tests.extraction_helpers import source_names


def test_named_speaker_demand():
    assert source_names("Opposition leader Rekha Mahato demanded his immediate resignation.", "demanded") == \
        ["Rekha Mahato"]
    text = "Opposition leader in the state assembly, Rekha Mahato, however, demanded his immediate resignation."
    assert source_names(text, "demanded") == ["Rekha Mahato"]
    text = "The Democratic Alliance demanded an independent inquiry into the shooting."
    assert source_names(text, "demanded") == ["Democratic Alliance"]


def test_protest_demands_have_no_source():
    assert source_names("Relatives staged a protest for two hours, demanding the arrest of all suspects.",
                        "demanding") == []
    assert source_names("Protesters demanded the release of the detainees.", "demanded") == []
