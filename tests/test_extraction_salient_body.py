"""'The regulator said', 'the company said' when the article never described any body with that word: the body
its sentences name most often; a title or standfirst that calls the body by its kind ('Company blames ...')
names it once the whole article is read."""

from claims.extraction import extract
from tests.extraction_helpers import source_names


def test_the_regulator_is_the_body_in_play():
    text = ("Ofgem raised the price cap by 10% on Friday. The regulator said the rise reflected wholesale costs.")
    assert source_names(text, "wholesale costs") == ["Ofgem"]


def test_a_standfirst_kind_names_the_company_the_article_is_about():
    article = ("Card payments fail across Europe\n\n"
               "Company blames 'a faulty software update' and says there is no evidence of a cyber-attack\n\n"
               "On Tuesday, Paylane said card payments had failed for two hours.\n\n"
               "Based in Amsterdam, Paylane processes payments for about 400,000 merchants.\n\n"
               "By the evening, Paylane said the outage had been fixed.")
    claim = next(c for c in extract(article)["claims"] if "faulty software update" in c["text"])
    assert [s["name"] for s in claim["sources"]] == ["Paylane"]


def test_a_company_is_not_the_regulator_just_named():
    text = ("Ofgem raised the price cap by 10% on Friday. The regulator said the rise reflected wholesale costs. "
            "Octopus Energy said it would pass the rise on. The company said bills would go up in October.")
    assert source_names(text, "bills would go up") != ["Ofgem"]
