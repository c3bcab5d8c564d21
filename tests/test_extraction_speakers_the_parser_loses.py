"""Speakers the small parser hangs somewhere else are still found: on the channel phrase ("In a post on X, the
prefect, Sylvie Marchand, said"), on a place before a trailing attribution, inside a misread title, or in a sentence
where a description ran into the verb; and a place or body the tagger ran into a name is cut off."""

from tests.extraction_helpers import source_names, sources_with_via


def test_a_speaker_in_apposition_to_the_platform_speaks_through_it():
    text = "In a post on X, the prefect, Sylvie Marchand, said two of the new victims were found in a car."
    assert sources_with_via(text, "two of the new victims") == [("Sylvie Marchand", "X")]


def test_a_named_spokesman_read_into_the_fronted_phrase_speaks_through_the_platform():
    text = 'In a post on X, M23 spokesman Desire Kanamugire accused "the Kinshasa coalition" of firing on the camps.'
    assert sources_with_via(text, "Kinshasa coalition") == [("Desire Kanamugire", "X")]


def test_a_trailing_anonymous_speaker_read_as_an_apposition_of_a_place():
    text = ("Investigators suspect the gang is part of a larger network operating from Cambodia, a senior police "
            "officer, who did not wish to be identified, told The Hindu.")
    assert ("a senior police officer", "Hindu") in sources_with_via(text, "Investigators suspect")


def test_a_name_in_commas_right_before_the_verb_speaks_when_the_role_was_read_as_a_verb():
    text = "Maponya's lawyer, advocate Nomsa Khumalo, told the court her client had surrendered his passport."
    assert source_names(text, "surrendered his passport") == ["Nomsa Khumalo"]


def test_the_person_a_whose_clause_describes_speaks():
    text = ("A mother from Keighley, whose two-year-old son spent five nights in hospital last month, said she had "
            "delayed his first dose.")
    assert source_names(text, "delayed his first dose") == ["A mother from Keighley"]


def test_a_title_with_a_portfolio_before_the_name():
    text = 'Minister of State for Power Haris Jadoon wrote on X that monthly adjustments were "a legacy".'
    [(name, via)] = sources_with_via(text, "monthly adjustments")
    assert name.endswith("Haris Jadoon") and via == "X"


def test_a_titles_appositive_name_tagged_as_a_body_is_a_person():
    text = 'The Commissioner for Information, Bolanle Ogundipe, described it as "pure fiction" in a statement.'
    assert source_names(text, "pure fiction") == ["Bolanle Ogundipe"]


def test_a_body_or_place_run_into_a_name_is_cut_off():
    assert source_names("President of Kenya William Ruto said the talks would continue.", "talks") == ["William Ruto"]
    text = ("A political scientist at the University of Ibadan, Femi Akinola, said the decision may win him respect "
            "among workers.")
    assert source_names(text, "win him respect") == ["Femi Akinola"]


def test_a_role_word_tagged_into_a_name_is_its_descriptor():
    text = "Hydrologist Pascale Ferrand told the Independent that autumn storms had become more frequent."
    assert sources_with_via(text, "autumn storms") == [("Pascale Ferrand", "Independent")]


def test_a_council_title_makes_a_person_of_a_name_read_as_a_body():
    text = ("Derek Pawley, who leads the Conservative group, said the leader was wrong.\n\n"
            "Speaking to the Gazette after the meeting, Cllr Pawley said his group would table a motion in March.")
    assert sources_with_via(text, "table a motion") == [("Derek Pawley", "Gazette")]


def test_an_agreement_to_act_is_no_statement():
    assert source_names("Chile and Bolivia agreed on Tuesday to restore diplomatic relations.", "restore") == []


def test_a_demonstrative_the_parser_made_a_subject_is_no_source():
    text = "Those claims could not be independently verified by The Touchline Report."
    assert source_names(text, "Those claims") == []


def test_a_name_the_tagger_ran_into_its_verb_ends_before_the_verb():
    text = ("Linda Osei is the mayor.\n\n"
            '"We have young families leaving this town," Osei told CBC Radio\'s Ottawa Morning on Wednesday.')
    assert sources_with_via(text, "young families") == [("Linda Osei", "CBC Radio")]
