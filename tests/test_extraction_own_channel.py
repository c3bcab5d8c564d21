""""The Palais de la Culture will host a festival next month, according to its website": the sentence's named
subject owns the website or report cited (the subject has no source of its own in the sentence)."""

from tests.extraction_helpers import source_names


def test_its_website_is_the_named_subjects():
    text = "The Palais de la Culture is expected to host a festival of traditional music next month, according to its website."
    assert source_names(text, "festival") == ["Palais de la Culture's website"]
    text = "Harbour Logistics employs 4,000 people, according to its annual report."
    assert source_names(text, "4,000 people") == ["Harbour Logistics's annual report"]


def test_its_website_with_no_named_subject_stays():
    assert source_names("The museum will reopen in March, according to its website.", "reopen") == ["its website"]
