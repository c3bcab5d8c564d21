"""'The company said' names the company that spoke just before, not a body named in what it says nor the company
the article mentions most."""
from .extraction_helpers import source_names

TEXT = ("Veritrace ApS, a Danish company, sold tools to Kyrgyzstan through a Dubai firm called Gulfbridge, documents "
        "show.\n\nIn a written response, Veritrace denied breaching export rules.\n\n"
        "The company said Gulfbridge had been a \"distributor in good standing\".\n\n"
        "In a filing with the Securities and Exchange Commission, Vantor disclosed that it had received a subpoena "
        "from the Justice Department.\n\nThe company said it was cooperating with the investigation.")


def test_a_body_named_after_the_verb_is_what_the_company_spoke_about():
    assert source_names(TEXT, "distributor in good standing") == ["Veritrace"]


def test_the_company_that_spoke_in_the_sentence_before():
    assert source_names(TEXT, "cooperating with the investigation") == ["Vantor"]


def test_a_company_named_before_a_closing_attribution_is_still_the_speaker():
    text = "Kelvin Pharma has recalled 2.1 million packs of its cough syrup, the company said."
    assert source_names(text, "cough syrup") == ["Kelvin Pharma"]
