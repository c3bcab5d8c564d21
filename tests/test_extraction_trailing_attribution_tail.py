"""'..., two witnesses and a health worker told Reuters, in the latest violence in ...': a closing phrase of
context after a trailing attribution does not hide it, and each coordinated speaker of the attribution speaks
through its channel."""
import pytest

from tests.extraction_helpers import sources_with_via


@pytest.mark.parametrize("text, needle, expected", [
    ("A drone strike hit a market in the north on Monday, killing at least nine civilians, two witnesses and a "
     "nurse told Reuters, in the latest violence in a two-year insurgency by rebel militias.", "drone strike",
     [("two witnesses", "Reuters"), ("a nurse", "Reuters")]),
    ("Fighting resumed on Sunday near the border, two residents and a local official told AFP, amid fears of a "
     "wider war in the region.", "Fighting resumed", [("two residents", "AFP"), ("a local official", "AFP")]),
    ("Shelling killed five people in the city on Sunday, a regional official told the BBC, during a lull in "
     "the talks over a ceasefire.", "Shelling killed", [("a regional official", "BBC")]),
])
def test_trailing_attribution_before_a_closing_phrase(text, needle, expected):
    assert sources_with_via(text, needle) == expected


@pytest.mark.parametrize("text, needle", [
    # the closing phrase has a verb of its own, or there is no attribution before it
    ("The market was shut on Friday, in a move that angered traders.", "market was shut"),
    ("Five people died in the fire on Sunday, in the worst blaze in the city for a decade.", "worst blaze"),
])
def test_no_speaker_from_a_closing_phrase(text, needle):
    assert sources_with_via(text, needle) == []
