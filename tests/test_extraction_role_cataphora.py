""""..., the airline's business rescue practitioner has confirmed" in the lede, then "business rescue
practitioner Thandeka Nkosi said": a body's role holder named in the next sentences is that person."""

from tests.extraction_helpers import source_names


def test_possessed_role_named_next():
    text = ("About 1,800 employees of SkyVaal Airways will not be paid this month, the airline's business rescue "
            "practitioner has confirmed.\n\n"
            "In a letter to staff, business rescue practitioner Thandeka Nkosi said the company had no funds.")
    assert source_names(text, "will not be paid") == ["Thandeka Nkosi"]


def test_possessed_statement_is_not_a_person():
    text = ("The plant will close in May, the company's statement said.\n\n"
            "Plant manager Ruth Obi said 300 jobs would go.")
    assert source_names(text, "will close") != ["Ruth Obi"]
