"""'A group of customers who have been organizing since the summer called the decision "..."': the small parser
hangs the main verb on the relative clause's last noun ('summer called'); the noun the clause describes speaks,
and an opening 'In a post on Facebook,' is its channel."""
import pytest

from tests.extraction_helpers import source_names, sources_with_via


@pytest.mark.parametrize("text, needle, head", [
    ('A group of rural customers who have been organizing since the summer called the decision "good news."',
     "good news", "customers"),
    ('A coalition of tenants who have campaigned since the spring called the ruling "a betrayal."',
     "betrayal", "tenants"),
])
def test_noun_before_the_relative_clause_speaks(text, needle, head):
    assert any(head in n for n in source_names(text, needle))


def test_opening_post_on_a_platform_is_the_channel():
    text = ('In a post on Facebook, a group of rural customers in Eastern Ontario who have been organizing since '
            'the summer called the decision "the first good news in months."')
    got = sources_with_via(text, "first good news")
    assert len(got) == 1 and "customers" in got[0][0] and got[0][1] == "Facebook"


@pytest.mark.parametrize("text, needle", [
    # a participle naming something, no statement
    ("The man who has run the shop since 2010 called Bob on Monday.", "called Bob"),
    ("Engineers who inspected the bridge since the flood repaired the deck.", "repaired the deck"),
])
def test_no_speaker_without_a_statement(text, needle):
    assert source_names(text, needle) == []
