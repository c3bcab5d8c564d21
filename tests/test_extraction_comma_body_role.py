"""'The <body whose name has commas> <role>, <Name>, said': the person in apposition to the role, right
before the verb, speaks, however the parser splits the body's name."""

from tests.extraction_helpers import source_names


def test_union_with_commas_branch_secretary():
    text = ("The Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) branch secretary, "
            "Dr Felix Otieno, said the union would support the petition.")
    assert source_names(text, "support the petition") == ["Felix Otieno"]


def test_food_drink_union_general_secretary():
    text = "The Food, Drink and Tobacco Workers Union general secretary, Mary Okoth, said the strike would go ahead."
    assert source_names(text, "strike would go ahead") == ["Mary Okoth"]


def test_quote_after_keeps_that_person():
    text = ("The Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) branch secretary, "
            "Dr Felix Otieno, said the union would support the petition.\n\n"
            "\"Patients are buying their own gloves,\" he said.")
    assert source_names(text, "own gloves") == ["Felix Otieno"]


def test_named_member_of_an_including_group_keeps_the_group():
    text = "Officials in the province, including the regional governor, Anna Kowalska, said roads were closed."
    assert "Officials in the province" in source_names(text, "roads were closed")
