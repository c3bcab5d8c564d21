"""'he' and 'she' find the person of that gender, from a clearly gendered given name or title when the
article has not used a pronoun for them yet, and the person the sentence before was about."""

from .extraction_helpers import claim_with, source_names, sources_with_via


def test_a_pronoun_skips_a_speaker_whose_given_name_is_of_the_other_gender():
    text = (
        "Assistant District Attorney Karen Boudreaux asked Darnell Hughes about the valve. "
        '"Not in those words," he replied. Lisa Tran, his supervisor, testified on Tuesday. '
        "He told the jury that the next shutdown was not until June."
    )
    assert source_names(text, "Not in those words") == ["Darnell Hughes"]
    assert source_names(text, "shutdown") == ["Darnell Hughes"]


def test_titles_give_the_gender():
    text = (
        "Mr Okafor said the contract had been signed in May. Mrs Adeyemi said she had never seen it. "
        "He added that the money had been paid."
    )
    assert source_names(text, "money") == ["Okafor"]


def test_the_person_the_sentence_before_was_about():
    text = (
        "The committee will vote next week on the nomination of Gregory Hollis, the White House said. "
        "Senator Laura Pettibone told reporters she had serious questions. "
        "Hollis himself has largely stayed out of public view. "
        "In an interview on Sunday, he acknowledged that mistakes were made."
    )
    assert source_names(text, "mistakes") == ["Gregory Hollis"]


def test_a_person_named_by_one_name_and_described_as_a_resident_takes_the_pronoun():
    text = (
        "Ahmed, a resident of the town, told Al Jazeera by phone that the shelling had not stopped.\n\n"
        '"We are hiding in the basement," he said.'
    )
    assert claim_with(text, "basement")["sources"][0]["name"] == "Ahmed"


def test_one_name_with_an_age_is_a_person():
    text = "Fatima, 34, said the clinic had closed.\n\nShe said she had walked for two hours."
    assert claim_with(text, "two hours")["sources"][0]["name"] == "Fatima"


def test_the_person_set_up_before_a_quotation_of_several_sentences_is_its_speaker():
    text = (
        '"There is no majority for delay," one of the diplomats told Reuters.\n\n'
        "Denmark's climate minister, Lise Hjort, pushed back. \"Methane is responsible for a third of the "
        'warming we see. We cannot pretend the gas we import is cleaner than it is," she said in an '
        "interview with Reuters."
    )
    assert sources_with_via(text, "Methane is responsible") == [("Lise Hjort", "Reuters")]
    assert sources_with_via(text, "We cannot pretend") == [("Lise Hjort", "Reuters")]
