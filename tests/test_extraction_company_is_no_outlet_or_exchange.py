""""The company" is a company: not the news agency that could not verify something just before, not the stock
exchange a filing went to, not a workers' union; "the central bank" is no stock exchange; "the board found that"
is the board the article named."""

from .extraction_helpers import source_names

MINE = ("About 2,300 workers at Los Aromos walked off the job, the Los Aromos Workers' Union No. 1 said.\n\n"
        "Minera Los Aromos, the operator, said in a statement that it deeply regretted the decision.\n\n"
        "A video the union posted on Facebook appears to show buses passing the gate. The AP could not independently "
        "verify when the video was filmed.\n\n"
        "The company denied the accusation.\n\n"
        "Andes Pacific reported a 31% rise in profit. In a filing with the London Stock Exchange on Monday, the company "
        "said it did not expect the strike to affect its guidance.\n\n"
        "A 44-day stoppage in 2017 cut the country's growth that year, according to the central bank.")


def test_the_company_after_an_outlet_could_not_verify_is_not_the_outlet():
    assert source_names(MINE, "denied the accusation") not in (["AP"], ["Los Aromos Workers' Union No"])


def test_the_exchange_a_filing_went_to_is_not_the_company():
    assert source_names(MINE, "guidance") == ["Andes Pacific"]


def test_the_central_bank_is_no_stock_exchange():
    assert source_names(MINE, "stoppage") == ["central bank"]


def test_a_name_cut_inside_its_acronym_is_closed():
    text = "The Information Commissioner's Office (ICO) confirmed on Thursday that it had opened an investigation."
    assert source_names(text, "investigation") == ["Information Commissioner's Office"]


def test_the_board_found_that():
    text = ("A train passed a stop signal, the Transportation Safety Board of Canada has found. The board found that "
            "the railway's scheduling routinely put crews on long shifts.")
    assert source_names(text, "scheduling") == ["Transportation Safety Board of Canada"]


def test_police_found_a_body_is_no_statement():
    assert source_names("Police found the body of a man near the river on Monday.", "body of a man") == []
