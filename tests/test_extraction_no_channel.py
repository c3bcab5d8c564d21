"""What is not a channel: the speaker's own website, a party or a research centre that obtained or analysed a
document (an outlet that saw it is)."""

from .extraction_helpers import sources_with_via


def test_the_speaker_s_own_website():
    text = "Immunity usually fades after about five to ten years, the RKI says on its website."
    assert sources_with_via(text, "Immunity") == [("RKI", None)]


def test_figures_obtained_by_a_party():
    text = "Figures obtained by the Liberal Democrats under the Freedom of Information Act suggest the trust paid £3m."
    assert [via for _name, via in sources_with_via(text, "trust paid")] == [None]


def test_measurements_analysed_by_a_research_centre():
    text = ("Lake Bogoria has risen by about 4 metres since 2020, according to satellite measurements analysed by the "
            "Regional Centre for Mapping of Resources for Development.")
    assert [via for _name, via in sources_with_via(text, "Lake Bogoria")] == [None]


def test_minutes_seen_by_an_outlet_still_come_through_it():
    text = "Minutes seen by Euractiv show the plan was dropped."
    assert [via for _name, via in sources_with_via(text, "plan was dropped")] == ["Euractiv"]
