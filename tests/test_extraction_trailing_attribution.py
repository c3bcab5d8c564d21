"""'<a clause>, <speaker> said [when].': the speaker of a trailing attribution, even when the small
parser reads it as one more place or victim of a long sentence."""

from .extraction_helpers import source_names, sources_with_via


def test_the_speaker_at_the_end_of_a_long_sentence_not_its_first_subject():
    text = (
        "A landslide buried dozens of homes in a gold-mining village in the southern Philippines after days "
        "of heavy rain, killing at least 11 people and leaving more than 40 missing, officials said Thursday."
    )
    assert source_names(text, "landslide") == ["officials"]


def test_a_speaker_read_as_one_more_place_of_the_event():
    text = (
        "At least eight fans were injured in a crush at the Baba Yara Sports Stadium in Kumasi on Sunday when "
        "a gate collapsed before a cup match between Ashanti Stars and Accra Lions, the Ghana National Fire "
        "Service (GNFS) said."
    )
    assert source_names(text, "crush") == ["Ghana National Fire Service"]


def test_the_channel_after_a_trailing_speaker_is_kept():
    text = (
        "Shelling on the outskirts of the city killed four civilians and wounded a dozen others near the "
        "central market, the Syrian Observatory for Human Rights told AFP on Friday."
    )
    assert sources_with_via(text, "Shelling") == [("Syrian Observatory for Human Rights", "AFP")]


def test_a_clause_after_the_comma_is_not_a_trailing_attribution():
    # the words after the comma are a clause of their own, not who says so
    text = "Prices rose by 3% in March, the fastest pace since 2008, and the central bank raised rates."
    assert source_names(text, "Prices") == []
    text = "The council approved the plan, which residents said would flood the valley."
    assert "The council" not in source_names(text, "council approved")


def test_a_trailing_attribution_in_the_present_perfect():
    assert source_names("Prices will rise sharply next year, the company has warned.", "Prices") == ["company"]


def test_an_office_named_with_its_own_and_is_one_speaker():
    text = "The state pension age could rise to 68 as early as 2036, the work and pensions secretary has indicated."
    assert source_names(text, "pension age") == ["work and pensions secretary"]
