"""Source shapes met in the thirteenth session's development batches (533-556), on texts written for the test."""
from claims.extraction import extract


def _sources(text, needle):
    claim = next(c for c in extract(text)["claims"] if needle in c["text"])
    return [(s["name"], s["kind"]) for s in claim["sources"]]


def test_the_name_after_a_trailing_said_speaks_even_when_a_clause_follows():
    text = ("Car thefts rose last year.\n\nBurglaries may have peaked in 2022, said Ines Varga, a criminologist at "
            "Lakemont University, but one quiet year is not yet a trend.\n")
    assert _sources(text, "may have peaked") == [("Ines Varga", "person")]


def test_a_name_with_a_which_clause_is_a_company_and_the_company_later_is_it():
    text = ("Fire destroys warehouse\n\nA fire destroyed a warehouse in Elmford on Friday.\n\n"
            "Brightloom Textiles, which owns the warehouse, said in a statement that it was devastated.\n\n"
            "The company said its alarms had been tested in March.\n")
    assert _sources(text, "which owns the warehouse") == [("Brightloom Textiles", "organization")]
    assert _sources(text, "alarms had been tested") == [("Brightloom Textiles", "organization")]


def test_a_demonym_after_a_fronted_phrase_is_the_player_just_named():
    # (a word the model tags as no entity; "the Tasmanian", tagged NORP, is still read as a people: a known gap)
    text = ("Calder suspended\n\nTennis star Rhys Calder has been suspended after a positive test.\n\n"
            "In a statement posted on Instagram, the Queenslander said he was shocked.\n")
    assert _sources(text, "he was shocked") == [("Rhys Calder", "person")]


def test_conceding_a_race_is_no_statement_but_conceding_that_is():
    text = ("The count ended at midnight.\n\nMayor Ruth Hale conceded shortly after midnight in a speech to "
            "supporters.\n\nHale conceded that the count had been fair.\n")
    assert _sources(text, "shortly after midnight") == []
    assert _sources(text, "count had been fair") == [("Ruth Hale", "person")]


def test_a_report_named_for_its_owner_is_not_the_leaked_document_cited_before():
    text = ("Records system ran late\n\nAn internal Corvex email, seen by The Westbury Courier, appears to show the "
            "launch had slipped.\n\nThe National Audit Office (NAO) examined the contract.\n\n"
            "The NAO report found that staff had logged 11,000 incidents.\n")
    names = [name for name, _ in _sources(text, "logged 11,000 incidents")]
    assert names and "email" not in names[0].lower()


def test_a_paper_that_understands_is_its_own_source():
    text = ("Postal votes questioned\n\nA complaint has been lodged about the ward result.\n\n"
            "The Courier understands that at least two applications were made in the names of former residents.\n")
    assert [name for name, _ in _sources(text, "at least two applications")] == ["Courier"]


def test_the_department_is_the_one_department_the_article_named():
    text = ("Record crossings\n\nMore than 1,200 people crossed the Channel on Saturday, according to Home Office "
            "figures.\n\nThe department said 1,240 people had arrived in 21 boats.\n")
    assert [name for name, _ in _sources(text, "1,240 people had arrived")] == ["Home Office"]


def test_she_after_a_sentence_about_her_husband_is_the_woman_introduced_before():
    text = ("Heat deaths undercounted\n\nThe authority says 212 people died. A spokeswoman for the authority said the "
            "count was accurate.\n\nMarta Vidal, 71, lives on the sixth floor of a building with no lift. Her husband, "
            "Jordi, died in their flat on 19 July.\n\n\"Nobody asked about the heat,\" she said.\n")
    assert _sources(text, "Nobody asked about the heat") == [("Marta Vidal", "person")]


def test_she_after_a_sentence_about_someone_named_is_not_reached_back_for():
    text = ("Coach defiant\n\nAna Ortiz, the coach, said the striker was injured.\n\nLena Park has scored nine goals. "
            "Ortiz also dismissed a report that players were unhappy.\n\n\"There is no truth in it,\" she said.\n")
    assert _sources(text, "no truth in it") == [("Ana Ortiz", "person")]


def test_accepting_a_resignation_and_agreeing_or_threatening_to_act_inside_a_statement_are_acts():
    text = ("Minister quits\n\nThe schools minister resigned on Monday.\n\n"
            "Downing Street said the prime minister had accepted her resignation \"with regret\".\n\n"
            "Roger Lind, the regulator's director, said the bank had failed. He added that Northbridge had agreed to "
            "offer posts to \"the large majority\" of its staff.\n\n"
            "India's commerce ministry denied that its negotiators had threatened to block the communique.\n\n"
            "Labour unions have threatened to call a nationwide strike if the price rise is not reversed.\n")
    assert [name for name, _ in _sources(text, "accepted her resignation")] == ["Downing Street"]
    assert [name for name, _ in _sources(text, "agreed to offer posts")] == ["Roger Lind"]
    assert [name for name, _ in _sources(text, "threatened to block")] == ["India's commerce ministry"]
    assert [name for name, _ in _sources(text, "nationwide strike")] == ["Labour unions"]
