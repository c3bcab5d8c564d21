"""Names the small model mislabels or misses: 'The Observatory' after the Syrian Observatory for Human Rights is that
body (no demonym for the last person named); 'Minister of State for Health Siobhán Kielty is understood ...' sets
up a person by her given name, so 'she said' and 'Ms Kielty said' are Siobhán Kielty."""

from tests.extraction_helpers import source_names


def test_the_observatory_is_the_body_not_the_last_person():
    text = ("The Syrian Observatory for Human Rights said the strikes hit a weapons depot.\n\n"
            "Kataeb Hezbollah, one of the factions, denied in a statement that any of its members had been killed.\n\n"
            "The Observatory said more than 70 pro-Iran fighters had been killed this year.")
    assert source_names(text, "more than 70") != ["Kataeb Hezbollah"]
    assert "Observatory" in source_names(text, "more than 70")[0]


def test_an_untagged_subject_with_a_given_name_is_a_person():
    text = ("Minister of State for Health Siobhán Kielty is understood to be seeking a meeting. Speaking in the Dáil "
            'on Thursday, she said the Government was "not in denial". "The numbers are unacceptable," Ms Kielty said.')
    assert source_names(text, "not in denial") == ["Siobhán Kielty"]
    assert source_names(text, "numbers are unacceptable") == ["Siobhán Kielty"]
