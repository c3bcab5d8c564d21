"""A third set of shapes from articles written for the project after the rules: a body named after a place called
"A and B", a role and a name the small model misread before 'wrote on X', a paper that calls itself 'this
publication' under its masthead, and three bodies listed with their acronyms who then speak as 'the unions' and
'they'."""
from claims.extraction import extract

from .extraction_helpers import source_names, sources_with_via


def test_a_body_named_after_a_place_called_a_and_b():
    text = "Five patients have tested positive, NHS Dumfries and Galloway said in a statement."
    assert source_names(text, "Five patients") == ["NHS Dumfries and Galloway"]


def test_a_role_and_a_name_before_wrote_on_x():
    text = 'Former Bafana Bafana midfielder Sizwe Ndlela wrote on X that Pirates "must not lose another star".'
    assert sources_with_via(text, "another star") == [("Sizwe Ndlela", "X")]


def test_this_publication_under_the_masthead():
    page = ("Mzansi Football Times\n\nPSL | Transfers\n\nDube saga drags on as Pirates reject second Raja bid\n\n"
            "Sources close to the player told this publication that Dube had not reported for training.\n")
    result = extract(page)
    assert result["metadata"]["outlet"] == "Mzansi Football Times"
    assert [(s["name"], s["via"]) for s in result["claims"][0]["sources"]] == [
        ("Sources close to the player", "Mzansi Football Times")]


def test_bodies_listed_with_acronyms_speak_together():
    text = ("The Ghana National Association of Teachers (GNAT), the National Association of Graduate Teachers "
            "(NAGRAT) and the Coalition of Concerned Teachers (CCT-GH) said in a joint statement on Sunday that "
            "11,000 teachers had gone unpaid.\n\n"
            '"Our members cannot teach on empty stomachs," the unions said.\n\n'
            "They accused the Ministry of Education of shifting responsibility.")
    three = ["Ghana National Association of Teachers", "National Association of Graduate Teachers",
             "Coalition of Concerned Teachers"]
    assert source_names(text, "11,000 teachers") == three
    assert source_names(text, "empty stomachs") == three
    assert source_names(text, "shifting responsibility") == three


def test_one_bodys_name_with_commas_stays_one():
    text = ("The Department for Environment, Food and Rural Affairs said in a statement that PM2.5 levels had "
            "fallen.")
    names = source_names(text, "PM2.5")
    assert len(names) == 1 and names[0].startswith("Department for Environment")
