"""A role followed by a comma and a name is one speaker, whatever way the parser hangs the name;
"X comes as a report from Y estimates that ..." is the report's statement."""
from tests.extraction_helpers import source_names


def test_role_then_name_with_relative_clause_is_one_speaker():
    text = ("The Chief Information Officer of the agency, Ruth Adeyemi, who briefed reporters on Monday, "
            "said the outage had been fixed.")
    names = source_names(text, "outage")
    assert "Chief Information Officer" not in names
    assert any("Ruth Adeyemi" in n for n in names)


def test_role_and_other_person_are_two():
    text = "The spokesman and Ruth Adeyemi said the outage had been fixed."
    names = source_names(text, "outage")
    assert len(names) != 1 or names != ["Ruth Adeyemi"]


def test_comes_as_report_estimates():
    text = ("The proposal comes as a new study from the Hartwell Centre, a research group in Leeds, "
            "estimates that 40,000 homes lack broadband.")
    assert any("Hartwell Centre" in n for n in source_names(text, "broadband"))


def test_comes_as_without_reporting_verb_has_no_source():
    text = "The proposal comes as thousands of homes still lack broadband."
    assert source_names(text, "broadband") == []
