"""A title written as a name ("Health Minister urges calm", "the Transport Minister said") is the one person the
article names with that title; with no such person, it stays as written."""
from tests.extraction_helpers import source_names

_STORY = ("Health Minister says there is no cause for panic.\n\nHealth Minister P. Sreelatha told reporters in "
          "Thiruvananthapuram that there was \"no cause for panic\".\n\n")


def test_the_title_is_its_holder():
    assert source_names(_STORY, "there is no cause") == ["P. Sreelatha"]


def test_a_title_no_one_is_named_with_stays_as_written():
    text = _STORY + "The Transport Minister said the roads would reopen."
    assert source_names(text, "roads would reopen") == ["Transport Minister"]


def test_two_holders_of_the_title_leave_it_as_written():
    text = ("Health Minister says there is no cause for panic.\n\nHealth Minister P. Sreelatha told reporters that "
            "there was no cause for panic. Her predecessor as Health Minister K. Raman disagreed.")
    assert source_names(text, "there is no cause") == ["Health Minister"]


def test_a_shadow_or_former_holder_is_not_the_one_holding_the_title():
    text = ("The Housing Secretary promised a generation of building.\n\nShadow housing secretary Marcus Whitcombe "
            "wrote on X that the speech was a reheated announcement. Former Housing Secretary Ann Lowe agreed.")
    assert source_names(text, "generation of building") == ["Housing Secretary"]
