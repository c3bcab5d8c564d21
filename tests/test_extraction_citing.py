""""X, citing a source close to the club, reported ...": the cited source, report or figures is a source too;
"citing health reasons" gives a motive, not a source."""

from tests.extraction_helpers import source_names


def test_outlet_citing_an_anonymous_source():
    text = "The daily Blic, citing a source close to the club, reported that the fee was 4 million euros."
    assert source_names(text, "the fee was") == ["Blic", "a source close to the club"]
    text = "The newspaper, citing two senior officials, said the talks had collapsed."
    assert "two senior officials" in source_names(text, "talks had collapsed")


def test_speaker_citing_a_report():
    text = ("Her spokesman, Tom Hale, said costs had risen more slowly than elsewhere, citing a 2025 report from "
            "the state audit office.")
    names = source_names(text, "costs had risen")
    assert names[0] == "Tom Hale" and len(names) == 2 and "audit office" in names[1]


def test_citing_a_reason_is_no_source():
    assert source_names("Hurst resigned two weeks later, citing health reasons.", "resigned") == []
    text = "The airline cancelled 40 flights, citing safety concerns."
    assert source_names(text, "cancelled 40 flights") in ([], ["airline"])
