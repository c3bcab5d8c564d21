"""An outlet quoting someone: "The agency X quoted a local official as saying ...", "Newspaper Y, citing a
source close to the club, reported ..." (the one quoted is a source too, with the outlet as via); and an
outlet that carried the words: "..., the ministry said, quoted by X", "..., in comments carried by the state
news agency X", "according to a statement carried by X"."""

from tests.extraction_helpers import sources_with_via


def test_outlet_quoted_someone_as_saying():
    got = sources_with_via("The state news agency Ornis quoted a district official as saying that 40 homes "
                           "had been destroyed.", "40 homes")
    assert ("a district official", "Ornis") in got
    assert any(n == "Ornis" for n, _v in got)


def test_outlet_citing_a_source_then_saying_or_reporting():
    got = sources_with_via("The rebel-run Kalo news agency, citing a military source, said the fighters had "
                           "taken the ridge.", "taken the ridge")
    assert any(n == "a military source" and "Kalo" in (v or "") for n, v in got)
    got = sources_with_via("Sportovni Den, citing a source close to the club, reported that the striker would "
                           "sign on Friday.", "would sign on Friday")
    assert ("a source close to the club", "Sportovni Den") in got


def test_trailing_quoting_after_the_outlet_says():
    got = sources_with_via("Exports fell by a third, Reuters reported, citing two people familiar with the "
                           "matter.", "Exports fell")
    assert ("two people familiar with the matter", "Reuters") in got


def test_citing_a_reason_gives_no_second_source_and_a_non_outlet_citing_gives_no_via():
    assert [v for _n, v in sources_with_via("The minister, citing health reasons, said he would step down "
                                            "next month.", "step down")] == [None]
    # (the one cited is a source, as the gold has it for any citer; only an outlet citing gives a via)
    assert sources_with_via("The company, citing a spokesman for its parent group, said profits fell.",
                            "profits fell") == [("company", None), ("a spokesman for its parent group", None)]


def test_ministry_said_quoted_by_outlet_gives_via_and_carries():
    text = ("The number of confirmed deaths has risen to 9, the Interior Ministry said, quoted by Nova Press. "
            "Of the 80 people trapped, 61 have been rescued, the ministry said.")
    assert [v for _n, v in sources_with_via(text, "risen to 9")] == ["Nova Press"]
    assert [v for _n, v in sources_with_via(text, "61 have been rescued")] == ["Nova Press"]


def test_closing_comments_carried_by_agency_give_via():
    text = ('The Ministry of Culture said it had cancelled the festival "to preserve public order" after receiving '
            'complaints, in comments carried by the state news agency ZNA.')
    assert [v for _n, v in sources_with_via(text, "cancelled the festival")] == ["ZNA"]


def test_according_to_statement_carried_by_agency():
    text = ("The government has ordered an inspection of all mines, according to a statement carried by the state "
            "news agency Korda. A commission has been sent to the region, the statement said.")
    assert sources_with_via(text, "inspection of all mines") == [("a statement", "Korda")]
    assert [v for _n, v in sources_with_via(text, "commission has been sent")] == ["Korda"]


def test_published_by_a_body_is_no_via():
    assert [v for _n, v in sources_with_via("Maria Lopez said the report, published by the ministry, was wrong.",
                                            "was wrong")] == [None]
