""""The company said" and "the club said" point at the company or team the sentence itself names, in any role,
before the police or a ministry that spoke earlier; a name the small model misreads (a company ending in -ly read
as an adverb, a team read as a place, a surname read as a body) still gets its due."""

from .extraction_helpers import source_names


def test_the_company_is_the_one_named_in_the_same_sentence_not_the_police_before():
    text = ("Two people died in the crash, according to RCMP. The bus was operated by Vancouver-based Summit Coach "
            "Tours and was carrying tourists to Banff, the company said in a statement. "
            "The company said its driver was among the injured.")
    assert source_names(text, "carrying tourists") == ["Summit Coach Tours"]
    assert source_names(text, "its driver") == ["Summit Coach Tours"]


def test_a_platform_in_the_sentence_is_not_the_company():
    text = ("The Arakan Army has seized an outpost on Ramree island. In a statement posted on its Telegram channel, "
            "the group said its fighters had taken the outpost.")
    assert "Telegram" not in source_names(text, "taken the outpost")


def test_a_company_name_ending_in_ly_is_the_subject():
    text = "Stridely confirmed the breach in a blog post on Wednesday, saying a third party had accessed a database."
    assert source_names(text, "confirmed the breach") == ["Stridely"]


def test_an_adverb_with_its_comma_is_not_a_subject():
    text = "Separately, the regulator said it would review the rules."
    assert source_names(text, "review the rules") == ["regulator"]


def test_where_a_company_is_based_is_not_its_name():
    text = "The Dublin-based company says passwords were encrypted."
    assert source_names(text, "passwords") != ["Dublin-based"]


def test_a_team_the_model_reads_as_a_place_is_the_club():
    text = ("Thornbury City will be without their captain Daniel Okoro for six weeks after a scan confirmed he had "
            "torn a hamstring, the Championship club said on Monday.\n\n"
            "Okoro, who has scored 11 goals this season, pulled up in the 63rd minute. In a statement on its website, "
            "the club said the 28-year-old had suffered a tear.")
    assert source_names(text, "six weeks") == ["Thornbury City"]
    assert source_names(text, "suffered a tear") == ["Thornbury City"]


def test_a_scan_in_the_background_of_the_news_is_no_source():
    text = "The striker will be out for six weeks after a scan confirmed a torn hamstring, the club said."
    assert "scan" not in [n.lower() for n in source_names(text, "six weeks")]
