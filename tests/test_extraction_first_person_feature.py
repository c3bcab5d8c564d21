"""In a first-person feature, "she told me" / "speaking to me" go through the publication, known from its masthead
or from the one outlet its photographers are credited to; "a claim I could not verify" makes no outlet of "I"."""

from claims.extraction import extract
from tests.extraction_helpers import sources_with_via

FEATURE = (
    "The hill came down like water\n\n"
    "By Anjali Gurung\n\n"
    "Sunita Tamang stands outside her shelter. [Anjali Gurung/Al Jazeera]\n\n"
    "Kharpani, Nepal – Sunita Tamang still sleeps in her sandals.\n\n"
    '"If it comes again, I want to be ready to run," she told me on the first evening I spent in the village.\n\n'
    "Speaking to me by phone from Kathmandu, the ward chair, Bir Bahadur Shrestha, said the budget for "
    "relocation never came.\n\n"
    "Villagers said the army arrived two days late, a claim I was unable to independently verify."
)


def test_told_me_goes_through_the_outlet_its_photographers_work_for():
    out = extract(FEATURE)
    claim = next(c for c in out["claims"] if "ready to run" in c["text"])
    assert [(s["name"], s["via"]) for s in claim["sources"]] == [("Sunita Tamang", "Al Jazeera")]
    claim = next(c for c in out["claims"] if "relocation never came" in c["text"])
    assert [(s["name"], s["via"]) for s in claim["sources"]] == [("Bir Bahadur Shrestha", "Al Jazeera")]


def test_the_writers_i_is_no_outlet():
    assert extract(FEATURE)["metadata"]["outlet"] != "I"


def test_writing_on_a_platform_after_the_quote_is_the_channel():
    text = ('Housing spokesperson Ross Dempster said the figures were "a damning verdict" on the record, writing on X '
            'that "children are paying for this".')
    assert sources_with_via(text, "damning verdict") == [("Ross Dempster", "X")]


def test_told_this_newspaper_goes_through_the_paper_that_saw_the_documents():
    text = ("Screenshots from one such group, seen by The Western Herald, show the photographed paper.\n\n"
            '"My parents had taken leave from work to drop me," Akshay Jadhav told this newspaper.')
    assert sources_with_via(text, "taken leave") == [("Akshay Jadhav", "The Western Herald")]


def test_an_adjective_or_a_subordinate_clause_is_no_source():
    text = ("Similar claims are pending against chemical producers in Belgium and Italy.\n\n"
            "The strike reportedly cost businesses millions of shillings, although no official estimate had been "
            "released by last evening.")
    assert sources_with_via(text, "Similar claims") == []
    assert all(not name.lower().startswith("although") for name, _ in sources_with_via(text, "The strike"))
