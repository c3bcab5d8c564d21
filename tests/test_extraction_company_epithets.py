""""the singer said" after "the Malian singer Mariam Kone", "her management said", "The Leeds-based grocer said"
and "Shares in X fell ... after it warned": descriptions and pronouns of the person or company of the story."""

from tests.extraction_helpers import claim_with, source_names


def test_the_singer_is_the_singer_named_even_after_an_unnamed_mention():
    text = ("Officials cite security concerns as the singer says she has been silenced.\n\n"
            "A concert by the Malian singer Awa Diallo has been cancelled, her management said.\n\n"
            "In a post on Facebook, the singer said she had been \"silenced\".")
    assert source_names(text, "In a post on Facebook") == ["Awa Diallo"]


def test_her_management_is_the_named_persons():
    text = "Pop star Lena Ross has cancelled her European tour, her management said on Tuesday."
    assert source_names(text, "cancelled her European tour") == ["Lena Ross's management"]


def test_seat_based_company_description_is_the_company():
    text = ("Shares in Brayfield Foods, the supermarket chain, fell sharply yesterday. "
            "The Leeds-based grocer said in a statement that it expected lower profits. "
            "It said a new warehouse had caused problems.")
    assert source_names(text, "Leeds-based grocer") == ["Brayfield Foods"]
    assert source_names(text, "new warehouse") == ["Brayfield Foods"]
    text = ("Shares in Norland Bank fell on Monday. The Frankfurt-headquartered lender said it would cut "
            "2,000 jobs.")
    assert source_names(text, "cut 2,000 jobs") == ["Norland Bank"]


def test_it_in_the_lede_is_the_company_named_before_it():
    text = ("Shares in Brayfield Foods, the supermarket chain, fell by a quarter after it warned that annual "
            "profits would fall short of expectations.")
    assert source_names(text, "fell by a quarter") == ["Brayfield Foods"]


def test_it_with_two_companies_named_stays_unresolved():
    text = ("Shares in Brayfield Foods rose while those of Corran Holdings fell by a quarter after it warned that annual "
            "profits would fall short of expectations.")
    assert source_names(text, "fell by a quarter") == []


def test_a_wire_epithet_before_the_body_is_named_takes_the_headline_name():
    text = ("WHO: Cholera deaths jumped by a third in 2025\n\nConflict and climate change are fuelling the worst "
            "cholera outbreaks in years, the UN health agency says.\n\nThe number of deaths rose by 34%, the World "
            "Health Organization (WHO) said.")
    from claims.extraction import extract
    claim = next(c for c in extract(text)["claims"] if "fuelling" in c["text"])
    assert [s["name"] for s in claim["sources"]] == ["World Health Organization"]
