"""A live page's list of key events: each bullet is its own unit, so a body named in one bullet never swallows the
line before it (and "the interior ministry" later resolves to a clean name)."""

from claims.extraction import extract


PAGE = """Georgia protests live: police use water cannon outside parliament

Key events
- Police fire water cannon and pepper spray at protesters on Rustaveli Avenue
- Interior ministry says 31 people detained and 12 officers injured

The interior ministry said in a statement that 31 people had been detained.
"""


def test_each_bullet_is_its_own_claim_without_its_marker():
    texts = [c["text"] for c in extract(PAGE)["claims"]]
    assert "Interior ministry says 31 people detained and 12 officers injured" in texts
    assert not any("\n" in t or t.startswith("-") for t in texts)


def test_no_source_name_runs_over_a_line():
    names = [s["name"] for c in extract(PAGE)["claims"] for s in c["sources"]]
    assert names and not any("\n" in n or "pepper spray" in n for n in names)


def test_a_dash_inside_a_hard_wrapped_sentence_is_no_bullet():
    text = "Headline here\n\nThe minister said the plan, which was agreed last year\n- and never funded - would go ahead.\n"
    texts = [c["text"] for c in extract(text)["claims"]]
    assert len(texts) == 1 and "never funded" in texts[0]
