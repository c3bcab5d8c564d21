""""the provincial excise department" is not the Environmental Protection Department named before (a field noun
must be in the name); "The provincial government has ordered ... It says ..." is the government as written."""

from tests.extraction_helpers import source_names


def test_field_noun_must_be_in_the_name():
    text = ("The Punjab Environmental Protection Department said its monitors had recorded high readings. "
            "The number of registered vehicles has doubled in a decade, according to the provincial excise department.")
    assert source_names(text, "registered vehicles") == ["provincial excise department"]


def test_adjectives_and_demonyms_do_not_block_the_named_body():
    text = ("The Punjab Environmental Protection Department said its monitors had recorded high readings. "
            "Air quality worsened on Sunday, according to the provincial department.")
    assert source_names(text, "Air quality worsened") == ["Punjab Environmental Protection Department"]


def test_it_after_the_government_as_subject():
    text = ("Smog closed schools on Tuesday. The provincial government has ordered schools closed until Monday. "
            "It says more than 3,000 kilns have been converted since 2019.")
    assert source_names(text, "3,000 kilns") == ["provincial government"]
