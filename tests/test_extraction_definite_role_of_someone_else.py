"""A definite role ("the president", "the militia") does not point at a source the article set up as something
else: a person introduced as a spokesman is not "the president", a ministry is not "the militia". A person the
article gave no role ("Emmanuel Macron ... The president said") still is."""
from tests.extraction_helpers import source_names


def test_a_spokesman_is_not_the_president():
    text = ("A rebel spokesman, Ali Musa, said the town had fallen. In a televised address, the president said the "
            "state of emergency would be lifted.")
    assert source_names(text, "state of emergency") == ["president"]


def test_a_person_given_no_role_can_be_the_president():
    text = ('Emmanuel Macron wrote on X that "the whole nation stands with the people of the Tarn". The president said '
            "the interior minister would travel to Albi.")
    assert source_names(text, "interior minister would travel") == ["Emmanuel Macron"]


def test_the_militia_is_not_the_ministry():
    text = "The defence ministry said schools would reopen. The militia said it had captured the base."
    assert source_names(text, "captured the base") == ["militia"]


def test_the_mayor_is_not_the_minister():
    text = ("The mayor said in a radio interview with WNYC that the shelters were full. The minister, writing in The "
            "Telegraph, said the policy had failed.")
    assert source_names(text, "policy had failed") == ["minister"]
