"""Similar-claims lookup stays bounded on a large desk: candidates come from the claim's rarest
probes (alone if rare, else two together) over all claims, and from a sample of the most recent
claims, in a fixed number of queries, without losing the match."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims import matching
from claims.matching import similar_claims

from .factories import ArticleFactory, ClaimFactory, VerdictFactory, rating

pytestmark = pytest.mark.django_db


def claim(text, article=None, **fields):
    return ClaimFactory(article=article or ArticleFactory(), text=text, **fields)


def crowd(text_for, n):
    """n claims in other articles, created after whatever came before (so they are the newest)."""
    return [claim(text_for(i)) for i in range(n)]


def test_an_old_match_is_found_through_its_rare_words_when_newer_claims_crowd_the_sample(monkeypatch):
    monkeypatch.setattr(matching, "RARITY_SAMPLE", 10)
    old = claim("Amina Okafor said 501 libraries had closed in Winnipeg since June.", status="published")
    VerdictFactory(claim=old, state="approved", rating=rating("False"))
    # Newer claims fill the sample: the old one is only reachable through the index.
    crowd(lambda i: f"Amina Okafor said {600 + i} schools had closed in Lagos since May.", 15)
    new = claim("Since June, 501 libraries have closed in Winnipeg, Amina Okafor said.")

    matches = similar_claims(claim=new)

    assert [m.claim for m in matches] == [old]
    assert matches[0].verdict_label == "False"


def test_two_common_names_together_find_the_match_among_many_claims_naming_each(monkeypatch):
    monkeypatch.setattr(matching, "RARITY_SAMPLE", 60)
    target = claim("Arjun Nakamura told the Winnipeg council that bus fares would double.")
    # Each name alone is common; together they are rare.
    crowd(lambda i: f"Arjun Nakamura opened library number {i} in Lagos.", 20)
    crowd(lambda i: f"The Winnipeg council closed pool number {i} last year.", 20)
    new = claim("Bus fares in Winnipeg will double, Arjun Nakamura told the council.")

    assert [m.claim for m in similar_claims(claim=new)] == [target]


def test_a_recent_claim_sharing_only_a_decimal_number_is_found():
    # "3.9" holds no trigram the index can look for; the recent sample finds it.
    jobless = claim("The jobless rate dropped to 3.9% in the July-September quarter.")
    crowd(lambda i: f"Exports rose {i}.5 percent in the first quarter, officials said.", 5)
    new = claim("Unemployment fell to 3.9 per cent in the third quarter.")

    assert [m.claim for m in similar_claims(claim=new)] == [jobless]


def test_claims_with_another_number_stay_apart_however_many_share_the_words():
    crowd(lambda i: f"At least {100 + i} homes were damaged by the floods, the mayor said.", 30)
    new = claim("At least 40 homes were damaged by the floods, the mayor said.")

    assert similar_claims(claim=new) == []


def test_at_most_candidate_limit_claims_are_scored(monkeypatch):
    monkeypatch.setattr(matching, "CANDIDATE_LIMIT", 7)
    scored = []
    real = matching.fingerprint_similarity
    monkeypatch.setattr(matching, "fingerprint_similarity", lambda a, b: scored.append(b) or real(a, b))
    crowd(lambda i: f"Kwame Mensah said the Accra port handled {1000 + i} ships.", 25)
    similar_claims(claim=claim("Kwame Mensah said the Accra port handled 999 ships."))

    assert 0 < len(scored) <= 7


def test_the_lookup_takes_a_fixed_number_of_queries():
    checked = claim("At least 40 homes were damaged by the floods, the mayor said.", status="published")
    VerdictFactory(claim=checked, state="approved", rating=rating("Mostly false"))
    crowd(lambda i: f"The mayor said {i} roads were closed by the floods.", 20)
    new = claim("The mayor said floods had damaged at least 40 homes in the city.")

    with CaptureQueriesContext(connection) as queries:
        matches = similar_claims(claim=new)

    assert [m.claim for m in matches] == [checked]
    # The recent sample, the candidates (one union), the matches with their articles, their verdicts.
    assert len(queries.captured_queries) == 4
    assert matches[0].claim.article.pk == checked.article_id  # loaded with the match, no further query


def test_a_claim_too_generic_for_the_index_is_looked_for_among_the_recent_claims(monkeypatch):
    monkeypatch.setattr(matching, "RARITY_SAMPLE", 12)
    old = claim("They have won fourteen of their last sixteen games.")
    crowd(lambda i: f"Prices rose {i} times last year.", 12)  # "last" is everywhere in the sample
    recent = claim("They have won fourteen of their last sixteen games.")
    new = claim("The team has won 14 of its last 16 matches.")

    # Its only searchable word is common, so the whole table is not read for it; the newest
    # claims holding it are scored, the old one is out of reach.
    assert [m.claim for m in similar_claims(claim=new)] == [recent]
    assert old.pk < recent.pk
