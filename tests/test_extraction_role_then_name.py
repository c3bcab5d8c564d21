"""A role, then the person's name, right before the reporting verb: the small parser often makes the role the
subject and scatters the name, or leaves the verb with no subject at all. The name is who speaks."""

from .extraction_helpers import source_names


def test_a_role_written_before_a_name_with_a_particle():
    text = "Huthi military spokesman Hamid al-Qadimi said in a televised address that the group had confronted the aircraft."
    assert source_names(text, "confronted") == ["Hamid al-Qadimi"]


def test_a_long_role_and_a_titled_name_between_commas_before_a_time_and_the_verb():
    text = ("The presidential candidate of the Social Democratic Party (SDP), Senator Ibrahim Danladi Musa, on Saturday "
            "promised to cut the pump price of petrol by half.")
    assert source_names(text, "pump price") == ["Ibrahim Danladi Musa"]


def test_a_capitalised_office_and_a_name_with_mr():
    text = ("Reacting in a statement on X on Saturday evening, the Special Adviser to the President on Media and "
            "Publicity, Mr Kayode Adeleke, said Musa was wrong.")
    assert source_names(text, "Musa was wrong") == ["Kayode Adeleke"]


def test_two_roles_and_a_name_the_model_reads_as_a_company():
    text = ("In a post-earnings call with analysts, managing director and chief executive Anirudh Deshpande said the "
            "company expected demand to remain subdued.")
    assert source_names(text, "demand to remain") == ["Anirudh Deshpande"]


def test_a_name_inside_the_role_s_own_clause_is_not_the_speaker():
    text = "The minister who sacked John Lee said the decision was final."
    assert source_names(text, "decision was final") == ["minister"]


def test_a_named_speaker_keeps_its_name():
    text = "Managing director Anirudh Deshpande said the company expected demand to remain subdued."
    assert source_names(text, "demand to remain") == ["Anirudh Deshpande"]
