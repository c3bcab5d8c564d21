"""Sources named as the article writes them: "according to EA figures" is the figures (the body behind them
still answers to "the ministry"); a body's name with "and" in it is one body; "co-author Professor X" is X."""
from tests.extraction_helpers import source_names


def test_figures_named_by_their_body_keep_the_phrase():
    text = ("The Environment Agency (EA) said it would act.\n\nWater companies discharged sewage for 3.6 million "
            "hours, according to EA figures.\n\nDeaths fell to 73,000, according to provisional CDC data.")
    assert source_names(text, "3.6 million") == ["EA figures"]
    assert source_names(text, "73,000") == ["provisional CDC data"]


def test_the_body_behind_the_figures_answers_to_its_noun():
    text = ("Nationwide, 74,380 cases were recorded, according to Health Ministry data.\n\n"
            "The ministry has urged the public to destroy mosquito breeding sites.")
    assert source_names(text, "breeding sites") == ["Health Ministry"]


def test_a_body_whose_name_has_and_in_it_is_one_source():
    text = ("The Hostages and Missing Families Forum said in a statement that every day of delay was a death "
            "sentence.\n\nThe Ministry of Roads and Highways said the road was among 14 projects.\n\n"
            "Fisheries and Oceans Canada said in an email that staff were assessing the impact.\n\n"
            "The police and the army said the attack was repelled.")
    assert source_names(text, "death sentence") == ["Hostages and Missing Families Forum"]
    assert source_names(text, "14 projects") == ["Ministry of Roads and Highways"]
    assert source_names(text, "assessing the impact") == ["Fisheries and Oceans Canada"]
    assert source_names(text, "attack was repelled") == ["police", "army"]


def test_a_hyphenated_role_before_the_name_leaves_the_name():
    text = ("Carbon loss was highest in the shallowest meadows, according to co-author Professor Femi Adeyinka.\n\n"
            "Volunteers rebuilt 160 kilometres of fencing, according to the camp co-ordinator, Jenny Malone.")
    assert source_names(text, "shallowest meadows") == ["Femi Adeyinka"]
    assert source_names(text, "160 kilometres") == ["Jenny Malone"]


def test_the_company_described_after_the_one_named_as_the_sentences_subject():
    text = ("Quanterra Semiconductor fell 4.8% after the chipmaker said late Thursday that demand may slow.\n\n"
            "In a statement posted on its Telegram channel, the group said its fighters had taken the outpost.")
    assert source_names(text, "demand may slow") == ["Quanterra Semiconductor"]
    assert "Telegram" not in source_names(text, "taken the outpost")


def test_a_councillors_abbreviated_title_is_no_part_of_her_name():
    text = ("Cr Rhonda Pascoe said the council would meet.\n\n"
            "Cr Pascoe later wrote on Facebook that residents were angry.")
    assert source_names(text, "residents were angry") == ["Rhonda Pascoe"]
