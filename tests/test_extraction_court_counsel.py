"""Court reports: counsel with a post-nominal ("prosecutor Ann Lee SC told the jury"), and "she said" after counsel
whose sentence also used "he" or "Mr X" for the accused."""

from tests.extraction_helpers import claim_with, source_names


def test_postnominal_read_as_a_body_is_the_counsel():
    for pn in ("SC", "KC", "QC"):
        text = f"Opening the case on Wednesday, prosecutor Mei-Ling Harcourt {pn} told the jury that the fund was fake."
        c = claim_with(text, "told the jury")
        # (the model sometimes keeps the post-nominal inside the name: "Mei-Ling Harcourt QC" matches too)
        assert len(c["sources"]) == 1 and c["sources"][0]["name"].startswith("Mei-Ling Harcourt")
        assert c["sources"][0]["kind"] == "person"


def test_she_after_counsel_who_spoke_of_the_accused_as_he():
    text = ("Gareth Lindqvist, 54, has pleaded not guilty to 71 charges. "
            "Opening the case, prosecutor Mei-Ling Harcourt told the jury that Lindqvist had moved the money into "
            "what he described as a growth fund. "
            "\"There was no fund,\" Harcourt said. \"There was an account Mr Lindqvist controlled.\" "
            "She said the jury would hear that $2.4 million was paid to horse trainers.")
    assert source_names(text, "She said the jury") == ["Mei-Ling Harcourt"]


def test_he_for_the_speaker_still_genders_the_speaker():
    text = ("Tom Reilly said he would appeal. Anna Kowal said the ruling was fair. "
            "He said the judge had ignored the evidence.")
    assert source_names(text, "ignored the evidence") == ["Tom Reilly"]
