"""An outlet's name after its description, with its own article ("State-run newspaper The Daily Star
reported") or hung elsewhere by the parser ("Images broadcast by state television RTA showed"); a media
item's platform, never the day it was posted ("Videos posted on social media on Wednesday")."""

from tests.extraction_helpers import source_names, sources_with_via


def test_newspaper_name_with_its_own_article():
    text = "State-run newspaper The Daily Herald reported on Friday that troops had retaken the town."
    assert source_names(text, "retaken") == ["Daily Herald"]


def test_weekly_name_with_its_own_article():
    text = "Opposition weekly The Voice reported that the minister had resigned."
    assert source_names(text, "resigned") == ["Voice"]


def test_description_without_a_name_stays():
    text = "The state-run newspaper reported on Friday that troops had retaken the town."
    assert source_names(text, "retaken") == ["The state-run newspaper"]


def test_broadcaster_name_after_its_description_in_a_media_item():
    text = "Footage aired by state broadcaster NTV showed rescuers pulling a child from the rubble."
    assert source_names(text, "rescuers") == ["NTV"]


def test_broadcaster_without_a_name_is_the_description():
    text = "Images broadcast by state television showed villagers digging through rubble."
    assert source_names(text, "villagers") == ["state television"]


def test_day_after_the_platform_is_no_source():
    text = "Videos posted on social media on Wednesday appeared to show smoke rising over the market."
    assert source_names(text, "smoke rising") == ["social media"]


def test_day_before_the_platform_is_no_source():
    text = "Footage posted on Monday on Telegram showed flooded streets in the capital."
    assert source_names(text, "flooded streets") == ["Telegram"]


def test_newspaper_named_with_its_own_article_then_the_newspaper():
    text = ("State-run newspaper The Daily Herald reported on Friday that troops had retaken the town.\n\n"
            "The newspaper said the operation had lasted three days.")
    assert source_names(text, "three days") == ["Daily Herald"]


def test_a_name_after_the_with_an_apposition_is_no_epithet():
    text = ("Zaw Min, a spokesman for the rebels, told the BBC that 40 soldiers had surrendered.\n\n"
            "The Irrawaddy, an independent news outlet, reported that jets had bombed two villages overnight.")
    assert source_names(text, "jets had bombed") == ["Irrawaddy"]


def test_a_statement_carried_by_a_described_agency_goes_through_its_name():
    text = ("The International Labour Organization's office in Colombo, in a statement carried by the state news "
            "agency Lankapuvath, urged both sides to return to talks.")
    assert [v for _n, v in sources_with_via(text, "urged both sides")] == ["Lankapuvath"]
